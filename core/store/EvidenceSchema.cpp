#include "store/EvidenceSchema.h"

#include "domain/Evidence.h"

#include <QSqlQuery>

namespace conduct {

// Attached files are kept IN the database (attachment_content.content BLOB), not beside it:
// - an exhibit's file and its audit record are written in one transaction, so the register can
//   never name a file that is missing or hold a file the audit trail does not know about;
// - backups (VACUUM INTO), restore and the file's 0600 permissions cover attachments with no
//   second copy mechanism to keep in step;
// - there is no path for another program to rewrite behind Conduct's back.
// The cost is a larger database file; the configurable size limit (50 MB by default) bounds it,
// and content lives in its own table so listing exhibits never reads it.
QStringList evidenceSchemaV5(Engine engine)
{
    const QString blob = engine == Engine::Postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    return {
        QStringLiteral(R"(CREATE TABLE checklist_items (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            pack_id TEXT NOT NULL,
            pack_version INTEGER NOT NULL,
            item_id TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('obtained', 'requested', 'outstanding', 'not_applicable', 'not_available')),
            note TEXT NOT NULL DEFAULT '',
            obtained_on TEXT,
            requested_on TEXT,
            updated_by TEXT NOT NULL,
            updated_by_user_id INTEGER,
            updated_utc TEXT NOT NULL,
            UNIQUE (case_id, pack_id, item_id)))"),
        QStringLiteral(R"(CREATE TABLE exhibits (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            reference TEXT NOT NULL,
            reference_key TEXT NOT NULL,
            description TEXT NOT NULL,
            exhibit_type TEXT NOT NULL CHECK (exhibit_type IN ('cctv', 'phone_download', 'screenshots', 'letters_or_gifts',
                '999_recording', 'body_worn_video', 'social_media_capture', 'documents', 'other')),
            produced_by TEXT NOT NULL DEFAULT '',
            held_at TEXT NOT NULL DEFAULT '',
            created_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (case_id, reference_key)))"),
        QStringLiteral(R"(CREATE TABLE exhibit_continuity (
            id INTEGER PRIMARY KEY,
            exhibit_id INTEGER NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            held_by TEXT NOT NULL,
            from_utc TEXT NOT NULL,
            to_utc TEXT,
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX exhibit_continuity_exhibit ON exhibit_continuity(exhibit_id, position)"),
        QStringLiteral(R"(CREATE TABLE exhibit_incidents (
            exhibit_id INTEGER NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE,
            incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            PRIMARY KEY (exhibit_id, incident_id)))"),
        QStringLiteral(R"(CREATE TABLE exhibit_checklist_items (
            exhibit_id INTEGER NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE,
            checklist_item_id INTEGER NOT NULL REFERENCES checklist_items(id) ON DELETE CASCADE,
            PRIMARY KEY (exhibit_id, checklist_item_id)))"),
        QStringLiteral("CREATE INDEX exhibit_checklist_items_item ON exhibit_checklist_items(checklist_item_id)"),
        QStringLiteral(R"(CREATE TABLE exhibit_attachments (
            id INTEGER PRIMARY KEY,
            exhibit_id INTEGER NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_utc TEXT NOT NULL,
            last_verified_utc TEXT,
            last_verified_ok INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX exhibit_attachments_exhibit ON exhibit_attachments(exhibit_id)"),
        QStringLiteral(R"(CREATE TABLE attachment_content (
            attachment_id INTEGER PRIMARY KEY REFERENCES exhibit_attachments(id) ON DELETE CASCADE,
            content %1 NOT NULL))").arg(blob),
        QStringLiteral(R"(CREATE TABLE enquiry_answers (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            pack_id TEXT NOT NULL,
            pack_version INTEGER NOT NULL,
            answers_json TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            updated_utc TEXT NOT NULL,
            PRIMARY KEY (case_id, pack_id)))"),
        QStringLiteral(R"(CREATE TABLE case_measures (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('pin', 'postal_requisition')),
            measure_date TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            recorded_utc TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX case_measures_case ON case_measures(case_id)"),
        QStringLiteral(R"(CREATE TABLE offence_guide_facts (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
            fixated INTEGER,
            obsessive INTEGER,
            unwanted INTEGER,
            repeated INTEGER,
            updated_by TEXT NOT NULL,
            updated_utc TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE offence_choices (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            offences TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            chosen_by TEXT NOT NULL,
            chosen_utc TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX offence_choices_case ON offence_choices(case_id, id)"),
    };
}

Status standardiseExhibitReferencesV13(Database& db)
{
    QList<std::pair<qint64, QString>> changed;
    {
        auto rows = db.exec(QStringLiteral("SELECT id, reference FROM exhibits"));
        if (!rows.ok()) return rows.error();
        while (rows->next()) {
            const QString reference = rows->value(1).toString();
            const QString standard = standardExhibitReference(reference);
            if (standard != reference) changed.append({rows->value(0).toLongLong(), standard});
        }
    }
    for (const auto& [id, reference] : changed)
        if (auto r = db.exec(QStringLiteral("UPDATE exhibits SET reference = ? WHERE id = ?"), {reference, id}); !r.ok())
            return r.error();
    return {};
}

} // namespace conduct
