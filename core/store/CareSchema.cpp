#include "store/CareSchema.h"

namespace conduct {

// The withdrawal and the action plan are read by rules and reports field by field, so they have
// columns. The other records of sections 6–9 are small documents always read whole per case:
// they are stored as JSON (`data`) beside the columns needed to find them, so a new field on a
// referral or an order term does not need a schema step.
QStringList schemaV6()
{
    return {
        QStringLiteral(R"(CREATE TABLE withdrawals (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            complainant_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            statement_pack_id TEXT NOT NULL,
            statement_pack_version INTEGER NOT NULL,
            statement_json TEXT NOT NULL,
            statement_taken_utc TEXT NOT NULL,
            statement_taken_by TEXT NOT NULL,
            report_pack_id TEXT NOT NULL,
            report_pack_version INTEGER NOT NULL DEFAULT 0,
            report_json TEXT NOT NULL DEFAULT '{}',
            report_date TEXT,
            report_by TEXT NOT NULL DEFAULT '',
            pressure_suspected INTEGER NOT NULL DEFAULT 0,
            pressure_detail TEXT NOT NULL DEFAULT '',
            safety_enquiries TEXT NOT NULL DEFAULT '',
            safety_enquiries_on TEXT,
            decision TEXT NOT NULL DEFAULT 'undecided',
            decision_reasons TEXT NOT NULL DEFAULT '',
            decision_date TEXT,
            decided_by TEXT NOT NULL DEFAULT '',
            row_version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX withdrawals_case ON withdrawals(case_id)"),
        QStringLiteral(R"(CREATE TABLE care_records (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('care_plan', 'contact', 'referral', 'special_measures', 'vps',
                                               'bail', 'restraining_order', 'stalking_protection_order', 'breach',
                                               'charging_request', 'plea_offer')),
            person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
            data TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX care_records_case ON care_records(case_id, kind)"),
        QStringLiteral(R"(CREATE TABLE case_actions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            description TEXT NOT NULL,
            owner TEXT NOT NULL,
            due_date TEXT NOT NULL,
            agreed_date TEXT,
            status TEXT NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
            origin TEXT NOT NULL DEFAULT '',
            created_utc TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1))"),
        // Overdue actions across all cases: open ones by date.
        QStringLiteral("CREATE INDEX case_actions_open ON case_actions(status, due_date)"),
        QStringLiteral("CREATE INDEX case_actions_case ON case_actions(case_id)"),
        QStringLiteral(R"(CREATE TABLE case_flags (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            raised_utc TEXT NOT NULL,
            cleared_utc TEXT))"),
        QStringLiteral("CREATE INDEX case_flags_case ON case_flags(case_id, code)"),
    };
}

QStringList withdrawalCircumstancesV13()
{
    return {
        QStringLiteral("ALTER TABLE withdrawals ADD COLUMN statement_taken_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE withdrawals ADD COLUMN present_at_statement TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE withdrawals ADD COLUMN contact_initiated_by TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace conduct
