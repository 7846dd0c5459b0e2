#include "store/DeskSecuritySchema.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace conduct {

QStringList deskSecuritySchemaV13(Engine)
{
    return {
        // ---- Drafts belong to their author. The new table takes the old one's place once its
        // rows have been given an author (assignDraftAuthorsV13). Made under a new name, not by
        // renaming the old one, so PostgreSQL's primary-key index names do not collide.
        QStringLiteral(R"(CREATE TABLE drafts_v13 (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            draft_key TEXT NOT NULL CHECK (length(draft_key) BETWEEN 1 AND 200),
            case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL,
            saved_utc TEXT NOT NULL,
            PRIMARY KEY (user_id, draft_key)))"),

        // ---- Unit policy: one row per setting that differs from the built-in default.
        QStringLiteral(R"(CREATE TABLE unit_policy (
            name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 64),
            value TEXT NOT NULL CHECK (length(value) <= 200),
            updated_by_user_id INTEGER REFERENCES users(id),
            updated_utc TEXT NOT NULL))"),

        // ---- Teams, assigned by an administrator: officers see their own and their team's cases
        // in full, supervisors their teams'.
        QStringLiteral(R"(CREATE TABLE teams (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
            created_utc TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE team_members (
            team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            PRIMARY KEY (team_id, user_id)))"),
        QStringLiteral("CREATE INDEX team_members_by_user ON team_members(user_id, team_id)"),

        // ---- Justified access: (officer, case, reason, text, when), ending at sign-out, at lock
        // or at expires_utc (8 hours after it was granted). Grants stay as the record of who was
        // allowed in; ending one sets ended_utc.
        QStringLiteral(R"(CREATE TABLE access_grants (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            reason TEXT NOT NULL CHECK (reason IN ('linked_enquiry', 'supervision', 'disclosure', 'other')),
            reason_text TEXT NOT NULL CHECK (length(reason_text) BETWEEN 15 AND 2000),
            granted_utc TEXT NOT NULL,
            expires_utc TEXT NOT NULL,
            ended_utc TEXT,
            ended_why TEXT NOT NULL DEFAULT '' CHECK (ended_why IN ('', 'signed_out', 'locked', 'revoked'))))"),
        QStringLiteral("CREATE INDEX access_grants_by_user ON access_grants(user_id, case_id, expires_utc)"),
        QStringLiteral("CREATE INDEX access_grants_by_case ON access_grants(case_id)"),

        // ---- Signing (core/security/Signing): this database's Ed25519 key pair, made on first
        // use, and the public keys an administrator has marked trusted. Keys are hex.
        QStringLiteral(R"(CREATE TABLE database_identity (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
            public_key TEXT NOT NULL CHECK (length(public_key) = 64),
            secret_key TEXT NOT NULL CHECK (length(secret_key) = 128),
            created_utc TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE trusted_keys (
            public_key TEXT PRIMARY KEY CHECK (length(public_key) = 64),
            label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
            trusted_by_user_id INTEGER NOT NULL REFERENCES users(id),
            trusted_utc TEXT NOT NULL))"),

        // ---- History from another database. An account that arrived in a bundle is a name from
        // that database, never a local account: it cannot sign in, hold a role or review.
        QStringLiteral("ALTER TABLE users ADD COLUMN transferred_from TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TRIGGER users_transferred_never_active BEFORE INSERT ON users "
                       "WHEN NEW.transferred_from <> '' AND NEW.active <> 0 "
                       "BEGIN SELECT RAISE(ABORT, 'An account from another database cannot sign in here.'); END"),
        QStringLiteral("CREATE TRIGGER users_transferred_stays_inactive BEFORE UPDATE ON users "
                       "WHEN (NEW.transferred_from <> '' AND NEW.active <> 0) OR NEW.transferred_from IS NOT OLD.transferred_from "
                       "BEGIN SELECT RAISE(ABORT, 'An account from another database cannot sign in here.'); END"),
        QStringLiteral("CREATE TRIGGER user_roles_local_accounts BEFORE INSERT ON user_roles "
                       "WHEN (SELECT transferred_from FROM users WHERE id = NEW.user_id) <> '' "
                       "BEGIN SELECT RAISE(ABORT, 'An account from another database cannot hold a role here.'); END"),
        QStringLiteral("CREATE TRIGGER assessment_reviews_local_reviewer BEFORE INSERT ON assessment_reviews "
                       "WHEN (SELECT transferred_from FROM users WHERE id = NEW.reviewer_user_id) <> '' "
                       "BEGIN SELECT RAISE(ABORT, 'Only a supervisor of this database reviews a risk assessment here.'); END"),
        QStringLiteral("CREATE TRIGGER charging_reviews_local_reviewer BEFORE INSERT ON charging_document_reviews "
                       "WHEN (SELECT transferred_from FROM users WHERE id = NEW.reviewer_user_id) <> '' "
                       "BEGIN SELECT RAISE(ABORT, 'Only a supervisor of this database reviews a charging document here.'); END"),
        // A risk assessment that arrived in a bundle names the database it came from; its reviews
        // there are kept as they were written, never as a review here.
        QStringLiteral("ALTER TABLE risk_assessments ADD COLUMN transferred_from TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE transferred_reviews (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES risk_assessments(id) ON DELETE CASCADE,
            source_database TEXT NOT NULL CHECK (length(source_database) BETWEEN 1 AND 200),
            reviewer_name TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('approved', 'returned')),
            level_agreed TEXT NOT NULL DEFAULT '',
            comments TEXT NOT NULL DEFAULT '',
            review_utc TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX transferred_reviews_assessment ON transferred_reviews(assessment_id, id)"),
        QStringLiteral("CREATE TRIGGER transferred_reviews_no_update BEFORE UPDATE ON transferred_reviews "
                       "BEGIN SELECT RAISE(ABORT, 'A review transferred from another database is history and cannot be edited.'); END"),
    };
}

Status assignDraftAuthorsV13(Database& db)
{
    struct OldDraft {
        QVariantList values;   // draft_key, case_id, title, payload, saved_utc
        QVariant officerInCase;
    };
    QList<OldDraft> old;
    {
        auto rows = db.exec(QStringLiteral("SELECT d.draft_key, d.case_id, d.title, d.payload, d.saved_utc, c.oic_user_id "
                                           "FROM drafts d LEFT JOIN cases c ON c.id = d.case_id"));
        if (!rows.ok()) return rows.error();
        QSqlQuery& q = rows.value();
        while (q.next())
            old.append({{q.value(0), q.value(1), q.value(2), q.value(3), q.value(4)}, q.value(5)});
    }
    static const QRegularExpression namedUser(QStringLiteral(":user=(\\d+)$"));
    for (const OldDraft& d : old) {
        QVariant author = d.officerInCase;
        if (const auto m = namedUser.match(d.values.at(0).toString()); m.hasMatch()) author = m.captured(1).toLongLong();
        if (author.isNull()) continue;
        auto exists = db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ?"), {author});
        if (!exists.ok()) return exists.error();
        if (exists.value().toInt() == 0) continue;
        if (auto r = db.exec(QStringLiteral("INSERT INTO drafts_v13 (user_id, draft_key, case_id, title, payload, saved_utc) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"),
                             QVariantList{author} + d.values);
            !r.ok())
            return r.error();
    }
    for (const char* sql : {"DROP TABLE drafts", "ALTER TABLE drafts_v13 RENAME TO drafts",
                            "CREATE INDEX drafts_by_case ON drafts(case_id, user_id)"})
        if (auto r = db.exec(QString::fromLatin1(sql)); !r.ok()) return r.error();
    return {};
}

QStringList trustedKeyPurposesV15()
{
    return {
        QStringLiteral("ALTER TABLE trusted_keys ADD COLUMN purpose TEXT NOT NULL DEFAULT 'bundles' "
                       "CHECK (purpose IN ('bundles', 'audit_checkpoints'))"),
        QStringLiteral("UPDATE trusted_keys SET purpose = 'audit_checkpoints' WHERE label LIKE 'Audit checkpoints: %'"),
    };
}

} // namespace conduct
