#include "store/RiskSchema.h"

namespace conduct {
namespace {
// Columns that make up what was assessed and decided. Once an assessment is submitted these are
// frozen (the supervisor reviews exactly what the officer sent); a returned one may change again.
const char* const lockedAtSubmission[] = {
    "case_id", "pack_id", "pack_version", "instrument_version_no", "answers", "score", "suggested_level",
    "officer_level", "rationale", "marac_decision", "marac_date", "marac_reason", "mappa_decision", "mappa_date",
    "mappa_reason", "author_user_id", "created_utc",
};
// Everything else that an approval could still change; after approval nothing changes.
const char* const lockedAtApproval[] = {"status", "next_review_date", "submitted_utc", "updated_utc", "row_version"};

QString anyChanged(const QList<const char*>& columns)
{
    QStringList tests;
    for (const char* c : columns) tests.append(QStringLiteral("NEW.%1 IS NOT OLD.%1").arg(QString::fromLatin1(c)));
    return tests.join(QStringLiteral(" OR "));
}

// The review date in force on a case: the earliest next review of the newest submitted or approved
// version of each instrument. Kept on `cases` by trigger so the case list can flag overdue reviews
// without a join per row, whichever code path changed the assessment.
QString refreshReviewDue(const char* caseIdExpr)
{
    return QStringLiteral(
               "UPDATE cases SET risk_review_due = (SELECT min(r.next_review_date) FROM risk_assessments r "
               "WHERE r.case_id = %1 AND r.status IN ('submitted', 'approved') AND r.next_review_date IS NOT NULL "
               "AND NOT EXISTS (SELECT 1 FROM risk_assessments n WHERE n.case_id = r.case_id AND n.pack_id = r.pack_id "
               "AND n.instrument_version_no > r.instrument_version_no AND n.status IN ('submitted', 'approved'))) "
               "WHERE id = %1;")
        .arg(QString::fromLatin1(caseIdExpr));
}
// A case's first screening (the first submission of any form) and the level in force on its newest
// submitted or approved assessment: the supervisor's agreed level once approved, else the
// officer's, as the advisor reads it. Kept on `cases` by trigger, like risk_review_due: the
// monitoring dashboard reads them for every case opened in its period, and working them out per
// case at 100,000 cases cost most of its half-second budget (conduct-bench).
QString refreshRiskSummary(const char* caseIdExpr)
{
    return QStringLiteral(
               "UPDATE cases SET first_screening_utc = (SELECT min(COALESCE(r.submitted_utc, r.created_utc)) "
               "FROM risk_assessments r WHERE r.case_id = %1 AND r.status IN ('submitted', 'approved')), "
               "risk_level_current = COALESCE((SELECT COALESCE(NULLIF((SELECT v.level_agreed FROM assessment_reviews v "
               "WHERE v.assessment_id = r.id AND v.decision = 'approved' ORDER BY v.id DESC LIMIT 1), ''), r.officer_level) "
               "FROM risk_assessments r WHERE r.case_id = %1 AND r.status IN ('submitted', 'approved') "
               "ORDER BY r.created_utc DESC, r.id DESC LIMIT 1), '') "
               "WHERE id = %1;")
        .arg(QString::fromLatin1(caseIdExpr));
}
} // namespace

QStringList riskSummarySchemaV10(Engine)
{
    return {
        QStringLiteral("ALTER TABLE cases ADD COLUMN first_screening_utc TEXT"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN risk_level_current TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TRIGGER risk_summary_ai AFTER INSERT ON risk_assessments BEGIN %1 END").arg(refreshRiskSummary("NEW.case_id")),
        QStringLiteral("CREATE TRIGGER risk_summary_au AFTER UPDATE OF status, officer_level, submitted_utc, created_utc "
                       "ON risk_assessments BEGIN %1 END").arg(refreshRiskSummary("NEW.case_id")),
        QStringLiteral("CREATE TRIGGER risk_summary_ad AFTER DELETE ON risk_assessments BEGIN %1 END").arg(refreshRiskSummary("OLD.case_id")),
        QStringLiteral("CREATE TRIGGER risk_summary_review_ai AFTER INSERT ON assessment_reviews BEGIN %1 END")
            .arg(refreshRiskSummary("(SELECT case_id FROM risk_assessments WHERE id = NEW.assessment_id)")),
        // Every existing case, once.
        refreshRiskSummary("cases.id").chopped(1),
    };
}

QStringList riskSchemaV4(Engine)
{
    QList<const char*> submitted(std::begin(lockedAtSubmission), std::end(lockedAtSubmission));
    QList<const char*> approved = submitted;
    approved.append(QList<const char*>(std::begin(lockedAtApproval), std::end(lockedAtApproval)));

    return {
        QStringLiteral(R"(CREATE TABLE risk_assessments (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            pack_id TEXT NOT NULL,
            pack_version INTEGER NOT NULL CHECK (pack_version >= 1),
            instrument_version_no INTEGER NOT NULL CHECK (instrument_version_no >= 1),
            answers TEXT NOT NULL DEFAULT '{}',
            score INTEGER NOT NULL DEFAULT 0,
            suggested_level TEXT NOT NULL DEFAULT '',
            officer_level TEXT NOT NULL DEFAULT '',
            rationale TEXT NOT NULL DEFAULT '',
            marac_decision TEXT NOT NULL DEFAULT '' CHECK (marac_decision IN ('', 'refer', 'not_refer', 'already_managed')),
            marac_date TEXT,
            marac_reason TEXT NOT NULL DEFAULT '',
            mappa_decision TEXT NOT NULL DEFAULT '' CHECK (mappa_decision IN ('', 'refer', 'not_refer', 'already_managed')),
            mappa_date TEXT,
            mappa_reason TEXT NOT NULL DEFAULT '',
            next_review_date TEXT,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
            author_user_id INTEGER NOT NULL REFERENCES users(id),
            created_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL,
            submitted_utc TEXT,
            row_version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (case_id, pack_id, instrument_version_no)))"),
        QStringLiteral("CREATE INDEX risk_assessments_status ON risk_assessments(status, submitted_utc)"),
        QStringLiteral(R"(CREATE TABLE assessment_reviews (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES risk_assessments(id) ON DELETE CASCADE,
            reviewer_user_id INTEGER NOT NULL REFERENCES users(id),
            decision TEXT NOT NULL CHECK (decision IN ('approved', 'returned')),
            level_agreed TEXT NOT NULL DEFAULT '',
            comments TEXT NOT NULL DEFAULT '',
            review_utc TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX assessment_reviews_assessment ON assessment_reviews(assessment_id, id)"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN risk_review_due TEXT"),

        // Immutability is enforced here, not only in the service, so no code path (an import, a
        // script, a future bug) can alter what a supervisor signed off (protocol 3.7).
        QStringLiteral("CREATE TRIGGER risk_assessments_frozen_when_submitted BEFORE UPDATE ON risk_assessments "
                       "WHEN OLD.status = 'submitted' AND (%1 OR (NEW.person_id IS NOT OLD.person_id AND NEW.person_id IS NOT NULL)) "
                       "BEGIN SELECT RAISE(ABORT, 'A submitted risk assessment cannot be edited: the supervisor must return "
                       "it for changes first.'); END")
            .arg(anyChanged(submitted)),
        // The person assessed may be removed from the case (ON DELETE SET NULL); nothing else changes.
        QStringLiteral("CREATE TRIGGER risk_assessments_frozen_when_approved BEFORE UPDATE ON risk_assessments "
                       "WHEN OLD.status = 'approved' AND (%1 OR (NEW.person_id IS NOT OLD.person_id AND NEW.person_id IS NOT NULL)) "
                       "BEGIN SELECT RAISE(ABORT, 'An approved risk assessment cannot be edited. Start a reassessment: it "
                       "becomes a new version and this one is kept.'); END")
            .arg(anyChanged(approved)),
        QStringLiteral("CREATE TRIGGER risk_assessments_approve_only_submitted BEFORE UPDATE OF status ON risk_assessments "
                       "WHEN NEW.status = 'approved' AND OLD.status <> 'submitted' "
                       "BEGIN SELECT RAISE(ABORT, 'Only a submitted risk assessment can be approved.'); END"),
        // Erasing the whole case (DPA 2018 s47) still removes its assessments: the case row is gone by then.
        QStringLiteral("CREATE TRIGGER risk_assessments_kept BEFORE DELETE ON risk_assessments "
                       "WHEN OLD.status IN ('submitted', 'approved') AND EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id) "
                       "BEGIN SELECT RAISE(ABORT, 'A submitted or approved risk assessment cannot be deleted.'); END"),
        QStringLiteral("CREATE TRIGGER assessment_reviews_no_update BEFORE UPDATE ON assessment_reviews "
                       "BEGIN SELECT RAISE(ABORT, 'A supervisor''s review of a risk assessment cannot be edited.'); END"),
        QStringLiteral("CREATE TRIGGER assessment_reviews_no_delete BEFORE DELETE ON assessment_reviews "
                       "WHEN EXISTS (SELECT 1 FROM risk_assessments WHERE id = OLD.assessment_id) "
                       "BEGIN SELECT RAISE(ABORT, 'A supervisor''s review of a risk assessment cannot be deleted.'); END"),
        // Four-eyes review (protocol 3.7), also in the store: nobody reviews their own assessment.
        QStringLiteral("CREATE TRIGGER assessment_reviews_not_own BEFORE INSERT ON assessment_reviews "
                       "WHEN NEW.reviewer_user_id = (SELECT author_user_id FROM risk_assessments WHERE id = NEW.assessment_id) "
                       "BEGIN SELECT RAISE(ABORT, 'Nobody reviews their own risk assessment.'); END"),
        QStringLiteral("CREATE TRIGGER risk_assessments_due_ai AFTER INSERT ON risk_assessments BEGIN %1 END")
            .arg(refreshReviewDue("NEW.case_id")),
        QStringLiteral("CREATE TRIGGER risk_assessments_due_au AFTER UPDATE OF status, next_review_date ON risk_assessments "
                       "BEGIN %1 END").arg(refreshReviewDue("NEW.case_id")),
        QStringLiteral("CREATE TRIGGER risk_assessments_due_ad AFTER DELETE ON risk_assessments BEGIN %1 END")
            .arg(refreshReviewDue("OLD.case_id")),
    };
}

} // namespace conduct
