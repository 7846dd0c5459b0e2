#include "store/ChargingFileSchema.h"

namespace conduct {

QStringList chargingFileSchemaV12(Engine)
{
    return {
        // The officer's profile (MG3 contact details, MG5 and MG2 certification blocks).
        QStringLiteral("ALTER TABLE users ADD COLUMN rank TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE users ADD COLUMN collar_number TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE users ADD COLUMN station TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE users ADD COLUMN telephone TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE users ADD COLUMN mobile TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT ''"),

        // Witness details used by the MG11 and MG2, and when a relationship ended.
        QStringLiteral("ALTER TABLE people ADD COLUMN occupation TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE people ADD COLUMN ethnicity_code TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE people ADD COLUMN over_18 TEXT NOT NULL DEFAULT '' CHECK (over_18 IN ('', 'yes', 'no'))"),
        QStringLiteral("ALTER TABLE people ADD COLUMN statement_date TEXT"),
        QStringLiteral("ALTER TABLE people ADD COLUMN relationship_ended_on TEXT"),

        // Words a user has added to their own dictionary: names and police terms.
        QStringLiteral(R"(CREATE TABLE personal_words (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            word TEXT NOT NULL CHECK (length(word) BETWEEN 1 AND 64),
            added_utc TEXT NOT NULL,
            PRIMARY KEY (user_id, word)) WITHOUT ROWID)"),

        // The police part of each MG3 and MG5, one row per version. An edit after approval is a
        // new version: the approved one is kept as it was approved.
        QStringLiteral(R"(CREATE TABLE charging_documents (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            form TEXT NOT NULL CHECK (form IN ('mg3', 'mg5')),
            version INTEGER NOT NULL CHECK (version >= 1),
            content TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
            author_user_id INTEGER NOT NULL REFERENCES users(id),
            created_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL,
            submitted_utc TEXT,
            row_version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (case_id, form, version)))"),
        QStringLiteral("CREATE INDEX charging_documents_status ON charging_documents(status, submitted_utc)"),
        // The supervisor's decision on one version, with the supervisor's own part of the form
        // and their name, rank and e-mail as they were when they decided.
        QStringLiteral(R"(CREATE TABLE charging_document_reviews (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES charging_documents(id) ON DELETE CASCADE,
            reviewer_user_id INTEGER NOT NULL REFERENCES users(id),
            decision TEXT NOT NULL CHECK (decision IN ('approved', 'returned')),
            supervisor_part TEXT NOT NULL DEFAULT '{}',
            reasons TEXT NOT NULL DEFAULT '',
            reviewer_name TEXT NOT NULL,
            reviewer_rank TEXT NOT NULL DEFAULT '',
            reviewer_number TEXT NOT NULL DEFAULT '',
            reviewer_email TEXT NOT NULL DEFAULT '',
            review_utc TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX charging_document_reviews_document ON charging_document_reviews(document_id, id)"),

        // The rules hold in the store too, so no script, import or future bug can approve a
        // charging file the service would refuse (as for risk reviews, protocol 3.7).
        QStringLiteral("CREATE TRIGGER charging_documents_frozen BEFORE UPDATE ON charging_documents "
                       "WHEN OLD.status IN ('submitted', 'approved') AND (NEW.content IS NOT OLD.content "
                       "OR NEW.version IS NOT OLD.version OR NEW.case_id IS NOT OLD.case_id OR NEW.form IS NOT OLD.form "
                       "OR NEW.author_user_id IS NOT OLD.author_user_id) "
                       "BEGIN SELECT RAISE(ABORT, 'A submitted or approved charging document cannot be edited: an edit "
                       "after approval starts a new version.'); END"),
        QStringLiteral("CREATE TRIGGER charging_documents_approved_stays BEFORE UPDATE OF status ON charging_documents "
                       "WHEN OLD.status = 'approved' AND NEW.status <> 'approved' "
                       "BEGIN SELECT RAISE(ABORT, 'An approved charging document stays approved: an edit starts a new version.'); END"),
        QStringLiteral("CREATE TRIGGER charging_documents_approve_reviewed BEFORE UPDATE OF status ON charging_documents "
                       "WHEN NEW.status = 'approved' AND OLD.status <> 'approved' AND (OLD.status <> 'submitted' OR NOT EXISTS "
                       "(SELECT 1 FROM charging_document_reviews WHERE document_id = NEW.id AND decision = 'approved')) "
                       "BEGIN SELECT RAISE(ABORT, 'A charging document is approved only by a supervisor''s review of the "
                       "submitted version.'); END"),
        QStringLiteral("CREATE TRIGGER charging_documents_kept BEFORE DELETE ON charging_documents "
                       "WHEN OLD.status IN ('submitted', 'approved') AND EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id) "
                       "BEGIN SELECT RAISE(ABORT, 'A submitted or approved charging document cannot be deleted.'); END"),
        QStringLiteral("CREATE TRIGGER charging_document_reviews_no_update BEFORE UPDATE ON charging_document_reviews "
                       "BEGIN SELECT RAISE(ABORT, 'A supervisor''s review of a charging document cannot be edited.'); END"),
        QStringLiteral("CREATE TRIGGER charging_document_reviews_no_delete BEFORE DELETE ON charging_document_reviews "
                       "WHEN EXISTS (SELECT 1 FROM charging_documents WHERE id = OLD.document_id) "
                       "BEGIN SELECT RAISE(ABORT, 'A supervisor''s review of a charging document cannot be deleted.'); END"),
        QStringLiteral("CREATE TRIGGER charging_document_reviews_submitted BEFORE INSERT ON charging_document_reviews "
                       "WHEN (SELECT status FROM charging_documents WHERE id = NEW.document_id) IS NOT 'submitted' "
                       "BEGIN SELECT RAISE(ABORT, 'Only a charging document submitted for approval can be reviewed.'); END"),
        QStringLiteral("CREATE TRIGGER charging_document_reviews_supervisor BEFORE INSERT ON charging_document_reviews "
                       "WHEN NOT EXISTS (SELECT 1 FROM user_roles WHERE user_id = NEW.reviewer_user_id AND role = 'supervisor') "
                       "BEGIN SELECT RAISE(ABORT, 'Only a supervisor approves a charging document.'); END"),
        QStringLiteral("CREATE TRIGGER charging_document_reviews_not_own BEFORE INSERT ON charging_document_reviews "
                       "WHEN NEW.reviewer_user_id = (SELECT author_user_id FROM charging_documents WHERE id = NEW.document_id) "
                       "BEGIN SELECT RAISE(ABORT, 'Nobody approves a charging document they wrote.'); END"),
        QStringLiteral("CREATE TRIGGER charging_document_reviews_not_oic BEFORE INSERT ON charging_document_reviews "
                       "WHEN NEW.reviewer_user_id = (SELECT c.oic_user_id FROM cases c JOIN charging_documents d "
                       "ON d.case_id = c.id WHERE d.id = NEW.document_id) "
                       "BEGIN SELECT RAISE(ABORT, 'The officer in the case does not approve their own charging file.'); END"),
    };
}

} // namespace conduct
