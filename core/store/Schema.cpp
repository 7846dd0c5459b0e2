#include "store/Schema.h"

#include "store/SecuritySchema.h"

namespace conduct {
namespace {
// The case list shows names and counts for 100,000 cases without joining people and incidents
// on every scroll: triggers keep these summary columns on `cases` in step, inside the same
// transaction as the change that moved them, whichever code path wrote the row.
QString refreshPeopleSummary(Engine engine, const char* caseIdExpr)
{
    const QString id = QString::fromLatin1(caseIdExpr);
    const QString name = QStringLiteral("upper(surname) || CASE WHEN forenames <> '' AND surname <> '' THEN ', ' ELSE '' END "
                                        "|| forenames");
    // SQLite orders group_concat by its input; PostgreSQL's string_agg takes the order itself.
    const QString names = engine == Engine::Sqlite
        ? QStringLiteral("COALESCE((SELECT group_concat(n, '; ') FROM (SELECT %1 AS n "
                         "FROM people WHERE case_id = %2 AND role = '%3' ORDER BY id)), '')").arg(name)
        : QStringLiteral("COALESCE((SELECT string_agg(%1, '; ' ORDER BY id) "
                         "FROM people WHERE case_id = %2 AND role = '%3'), '')").arg(name);
    const QString everyone = engine == Engine::Sqlite
        ? QStringLiteral("group_concat(forenames || ' ' || surname, ' | ')")
        : QStringLiteral("string_agg(forenames || ' ' || surname, ' | ' ORDER BY id)");
    return QStringLiteral(
               "UPDATE cases SET complainant_names = %1, suspect_names = %2, "
               "people_search = lower(COALESCE((SELECT %4 "
               "FROM people WHERE case_id = %3), '')) WHERE id = %3;")
        .arg(names.arg(id, QStringLiteral("complainant")), names.arg(id, QStringLiteral("suspect")), id, everyone);
}

QString refreshIncidentSummary(const char* caseIdExpr)
{
    const QString id = QString::fromLatin1(caseIdExpr);
    return QStringLiteral("UPDATE cases SET incident_count = (SELECT count(*) FROM incidents WHERE case_id = %1), "
                          "last_incident_utc = (SELECT max(start_utc) FROM incidents WHERE case_id = %1) "
                          "WHERE id = %1;").arg(id);
}
} // namespace

QStringList schemaV1(Engine engine)
{
    return {
        QStringLiteral(R"(CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            urn TEXT NOT NULL UNIQUE,
            crime_reference TEXT NOT NULL DEFAULT '',
            offences TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            officer_in_case TEXT NOT NULL,
            supervisor TEXT NOT NULL DEFAULT '',
            hostility_flag INTEGER NOT NULL DEFAULT 0,
            why_not_stalking TEXT NOT NULL DEFAULT '',
            created_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1,
            complainant_names TEXT NOT NULL DEFAULT '',
            suspect_names TEXT NOT NULL DEFAULT '',
            people_search TEXT NOT NULL DEFAULT '',
            incident_count INTEGER NOT NULL DEFAULT 0,
            last_incident_utc TEXT))"),
        QStringLiteral("CREATE INDEX cases_updated ON cases(updated_utc)"),
        QStringLiteral("CREATE INDEX cases_status ON cases(status, urn)"),
        QStringLiteral("CREATE INDEX cases_officer ON cases(officer_in_case, urn)"),
        QStringLiteral("CREATE INDEX cases_last_incident ON cases(last_incident_utc)"),
        QStringLiteral(R"(CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('complainant', 'suspect', 'witness')),
            title TEXT NOT NULL DEFAULT '',
            forenames TEXT NOT NULL DEFAULT '',
            surname TEXT NOT NULL DEFAULT '',
            date_of_birth TEXT,
            gender TEXT NOT NULL DEFAULT '',
            relationship TEXT NOT NULL DEFAULT 'unknown',
            domestic_abuse INTEGER NOT NULL DEFAULT 0,
            preferred_contact TEXT NOT NULL DEFAULT '',
            safe_contact TEXT NOT NULL DEFAULT '',
            row_version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX people_case ON people(case_id, role)"),
        QStringLiteral(R"(CREATE TABLE person_details (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('alias', 'address', 'phone', 'email', 'handle', 'vehicle')),
            position INTEGER NOT NULL,
            value TEXT NOT NULL,
            verified_on TEXT,
            confidential INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX person_details_person ON person_details(person_id, kind, position)"),
        QStringLiteral(R"(CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            start_utc TEXT NOT NULL,
            end_utc TEXT,
            online INTEGER NOT NULL DEFAULT 0,
            location TEXT NOT NULL DEFAULT '',
            platform TEXT NOT NULL DEFAULT '',
            behaviours TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL,
            fear_of_violence INTEGER NOT NULL DEFAULT 0,
            alarm_or_distress INTEGER NOT NULL DEFAULT 0,
            altered_behaviour TEXT NOT NULL DEFAULT 'not_asked'
                CHECK (altered_behaviour IN ('not_asked', 'no', 'yes')),
            altered_behaviour_how TEXT NOT NULL DEFAULT '',
            reported_to_police INTEGER NOT NULL DEFAULT 0,
            police_reference TEXT NOT NULL DEFAULT '',
            provenance TEXT NOT NULL DEFAULT '',
            row_version INTEGER NOT NULL DEFAULT 1,
            CHECK (end_utc IS NULL OR end_utc >= start_utc)))"),
        QStringLiteral("CREATE INDEX incidents_case_start ON incidents(case_id, start_utc)"),
        // Unfinished edits, saved as the officer types, so an interruption or a crash loses nothing.
        QStringLiteral(R"(CREATE TABLE drafts (
            draft_key TEXT PRIMARY KEY,
            case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL,
            saved_utc TEXT NOT NULL))"),
        QStringLiteral("CREATE TRIGGER people_ai AFTER INSERT ON people BEGIN %1 END").arg(refreshPeopleSummary(engine, "NEW.case_id")),
        QStringLiteral("CREATE TRIGGER people_au AFTER UPDATE ON people BEGIN %1 %2 END")
            .arg(refreshPeopleSummary(engine, "NEW.case_id"), refreshPeopleSummary(engine, "OLD.case_id")),
        QStringLiteral("CREATE TRIGGER people_ad AFTER DELETE ON people BEGIN %1 END").arg(refreshPeopleSummary(engine, "OLD.case_id")),
        QStringLiteral("CREATE TRIGGER incidents_ai AFTER INSERT ON incidents BEGIN "
                       "UPDATE cases SET incident_count = incident_count + 1, "
                       "last_incident_utc = CASE WHEN last_incident_utc IS NULL OR NEW.start_utc > last_incident_utc "
                       "THEN NEW.start_utc ELSE last_incident_utc END WHERE id = NEW.case_id; END"),
        QStringLiteral("CREATE TRIGGER incidents_au AFTER UPDATE OF start_utc, case_id ON incidents BEGIN %1 %2 END")
            .arg(refreshIncidentSummary("NEW.case_id"), refreshIncidentSummary("OLD.case_id")),
        QStringLiteral("CREATE TRIGGER incidents_ad AFTER DELETE ON incidents BEGIN %1 END").arg(refreshIncidentSummary("OLD.case_id")),
    };
}

QStringList schemaV2()
{
    return userSchemaSqlite() + auditSchemaSqlite() + QStringList{
        // The accounts that own a case: the officer in the case and the supervisor, for the
        // permission table's ownership rule. Text names stay for the printed forms.
        QStringLiteral("ALTER TABLE cases ADD COLUMN oic_user_id INTEGER REFERENCES users(id)"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN supervisor_user_id INTEGER REFERENCES users(id)"),
        QStringLiteral("CREATE INDEX cases_oic_user ON cases(oic_user_id)"),
    };
}

QStringList incidentTimesKnownSchemaV11()
{
    // 1: every incident recorded before version 11 was entered with a time.
    return {
        QStringLiteral("ALTER TABLE incidents ADD COLUMN start_time_known INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE incidents ADD COLUMN end_time_known INTEGER NOT NULL DEFAULT 1"),
    };
}

} // namespace conduct
