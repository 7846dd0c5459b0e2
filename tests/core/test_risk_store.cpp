// Schema v4: the store itself refuses edits to submitted and approved risk assessments and to
// supervisor reviews (protocol 3.7), whatever code path tries.

#include "RiskTestSupport.h"

#include "security/AuditLog.h"
#include "store/CaseListQuery.h"
#include "store/Migrations.h"

using namespace conduct;
using namespace conduct::test;

namespace {
QString columnOf(Database& db, qint64 id, const char* column)
{
    auto v = db.scalar(QStringLiteral("SELECT %1 FROM risk_assessments WHERE id = ?").arg(QString::fromLatin1(column)), {id});
    REQUIRE(v.ok());
    return v->toString();
}

RiskAssessment approvedDash(TempDatabase& t, qint64 caseId, int yes = 11)
{
    const RiskAssessment submitted = submittedDash(t.db(), t.session(), caseId, yes);
    auto approved = RiskAssessmentService(t.db(), secondSupervisor(t.db())).approve(submitted.id, {}, QStringLiteral("Agreed"));
    INFO((approved.ok() ? QString() : approved.error().text()).toStdString());
    REQUIRE(approved.ok());
    return approved.value();
}
} // namespace

TEST_CASE("schema version 4 holds risk assessments and reviews", "[risk][store]")
{
    TempDatabase t;
    CHECK(t.db().schemaVersion() >= 4);
    auto tables = t.db().tableNames();
    REQUIRE(tables.ok());
    CHECK(tables->contains(QStringLiteral("risk_assessments")));
    CHECK(tables->contains(QStringLiteral("assessment_reviews")));
}

TEST_CASE("editing an approved assessment in the store is refused", "[risk][store]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    const RiskAssessment a = approvedDash(t, caseId);
    const QString answersBefore = columnOf(t.db(), a.id, "answers");

    for (const char* sql : {"UPDATE risk_assessments SET officer_level = 'high' WHERE id = ?",
                            "UPDATE risk_assessments SET answers = '{}' WHERE id = ?",
                            "UPDATE risk_assessments SET rationale = 'changed later' WHERE id = ?",
                            "UPDATE risk_assessments SET status = 'draft' WHERE id = ?",
                            "UPDATE risk_assessments SET next_review_date = '2099-01-01' WHERE id = ?",
                            "DELETE FROM risk_assessments WHERE id = ?"}) {
        INFO(sql);
        auto r = t.db().exec(QString::fromLatin1(sql), {a.id});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("cannot be")));
    }
    CHECK(columnOf(t.db(), a.id, "answers") == answersBefore);
    CHECK(columnOf(t.db(), a.id, "officer_level") == QStringLiteral("medium"));
    CHECK(columnOf(t.db(), a.id, "status") == QStringLiteral("approved"));

    SECTION("and its review rows cannot be edited or deleted")
    {
        CHECK_FALSE(t.db().exec(QStringLiteral("UPDATE assessment_reviews SET comments = 'x' WHERE assessment_id = ?"), {a.id}).ok());
        CHECK_FALSE(t.db().exec(QStringLiteral("DELETE FROM assessment_reviews WHERE assessment_id = ?"), {a.id}).ok());
        auto comments = t.db().scalar(QStringLiteral("SELECT comments FROM assessment_reviews WHERE assessment_id = ?"), {a.id});
        REQUIRE(comments.ok());
        CHECK(comments->toString() == QStringLiteral("Agreed"));
    }
}

TEST_CASE("a submitted assessment is frozen in the store until it is returned", "[risk][store]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    const RiskAssessment a = submittedDash(t.db(), t.session(), caseId, 3);

    CHECK_FALSE(t.db().exec(QStringLiteral("UPDATE risk_assessments SET answers = '{}' WHERE id = ?"), {a.id}).ok());
    CHECK_FALSE(t.db().exec(QStringLiteral("UPDATE risk_assessments SET officer_level = 'high' WHERE id = ?"), {a.id}).ok());
    CHECK_FALSE(t.db().exec(QStringLiteral("DELETE FROM risk_assessments WHERE id = ?"), {a.id}).ok());

    auto returned = RiskAssessmentService(t.db(), secondSupervisor(t.db())).returnForChanges(a.id, QStringLiteral("Expand Q2"));
    REQUIRE(returned.ok());
    // A returned assessment is the officer's to edit again.
    CHECK(t.db().exec(QStringLiteral("UPDATE risk_assessments SET rationale = 'expanded' WHERE id = ?"), {a.id}).ok());
}

TEST_CASE("the store refuses approval of a draft and a review by the author", "[risk][store]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    auto draft = RiskAssessmentService(t.db(), t.session()).startAssessment(caseId, QStringLiteral("dash-2009"));
    REQUIRE(draft.ok());
    CHECK_FALSE(t.db().exec(QStringLiteral("UPDATE risk_assessments SET status = 'approved' WHERE id = ?"), {draft->id}).ok());
    CHECK_FALSE(t.db()
                    .exec(QStringLiteral("INSERT INTO assessment_reviews (assessment_id, reviewer_user_id, decision, review_utc) "
                                         "VALUES (?, ?, 'approved', '2026-01-01T00:00:00.000Z')"),
                          {draft->id, t.session().user.id})
                    .ok());
    // A draft may be discarded.
    CHECK(t.db().exec(QStringLiteral("DELETE FROM risk_assessments WHERE id = ?"), {draft->id}).ok());
}

TEST_CASE("erasing a case removes its approved assessments; removing the person assessed keeps them", "[risk][store]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    const RiskAssessment a = approvedDash(t, caseId);
    CHECK(a.personId != 0);

    CaseService cases(t.db(), t.session());
    auto detail = cases.loadCase(caseId);
    REQUIRE(detail.ok());
    REQUIRE(cases.removePerson(detail->people.first()).ok());
    CHECK(t.db().scalar(QStringLiteral("SELECT person_id FROM risk_assessments WHERE id = ?"), {a.id})->isNull());
    CHECK(columnOf(t.db(), a.id, "status") == QStringLiteral("approved"));

    REQUIRE(cases.deleteCase(caseId).ok());
    auto left = t.db().scalar(QStringLiteral("SELECT (SELECT count(*) FROM risk_assessments) + (SELECT count(*) FROM assessment_reviews)"));
    REQUIRE(left.ok());
    CHECK(left->toInt() == 0);
}

TEST_CASE("the case keeps its risk review date in step, and overdue reviews are listed", "[risk][store][time]")
{
    TempDatabase t;
    ScopedFakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const qint64 caseId = makeRiskCase(t);
    const qint64 otherCase = makeRiskCase(t, QStringLiteral("45AA0209821"));
    const RiskAssessment a = approvedDash(t, caseId, 11);   // medium: reviewed within 14 days
    CHECK(a.nextReviewDate == QDate(2026, 3, 16));
    auto due = t.db().scalar(QStringLiteral("SELECT risk_review_due FROM cases WHERE id = ?"), {caseId});
    REQUIRE(due.ok());
    CHECK(fromDbDate(due.value()) == QDate(2026, 3, 16));

    // The case list reads the same date, for its "Risk review" column.
    auto rows = CaseListQuery(t.db(), t.session().user).page({}, 0, 10);
    REQUIRE(rows.ok());
    for (const CaseSummary& row : rows.value())
        CHECK(row.riskReviewDue == (row.id == caseId ? QDate(2026, 3, 16) : QDate()));

    RiskAssessmentService service(t.db(), t.session());
    CHECK(service.overdueReviews()->isEmpty());
    clock.set(QDateTime(QDate(2026, 3, 17), QTime(9, 0), Qt::UTC));
    auto overdue = service.overdueReviews();
    REQUIRE(overdue.ok());
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->first().caseId == caseId);
    CHECK(overdue->first().caseUrn == QStringLiteral("45AA0209820"));

    // A reassessment that is submitted replaces the old date; an open draft does not.
    auto draft = service.startAssessment(caseId, QStringLiteral("dash-2009"));
    REQUIRE(draft.ok());
    CHECK(service.overdueReviews()->size() == 1);
    submittedDash(t.db(), t.session(), caseId, 2);
    CHECK(service.overdueReviews()->isEmpty());
    (void)otherCase;
}

TEST_CASE("the case keeps its first screening and the level in force in step with its assessments", "[risk][store][time]")
{
    TempDatabase t;
    ScopedFakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const qint64 caseId = makeRiskCase(t);
    const auto kept = [&t, caseId] {
        auto r = t.db().exec(QStringLiteral("SELECT first_screening_utc, risk_level_current FROM cases WHERE id = ?"), {caseId});
        REQUIRE(r.ok());
        REQUIRE(r->next());
        return std::pair<QDateTime, QString>{fromDbTime(r->value(0)), r->value(1).toString()};
    };
    CHECK(kept() == std::pair<QDateTime, QString>{QDateTime(), QString()});

    // A draft is not a screening.
    RiskAssessmentService officer(t.db(), t.session());
    REQUIRE(officer.startAssessment(caseId, QStringLiteral("s-dash-2009")).ok());
    CHECK(kept().second.isEmpty());

    const QDateTime first = Clock::nowUtc();
    const RiskAssessment medium = submittedDash(t.db(), t.session(), caseId, 11);
    CHECK(kept() == std::pair<QDateTime, QString>{first, medium.officerLevel});

    // The supervisor raises it: the agreed level is the one in force.
    clock.advanceSeconds(3600);
    auto approved = RiskAssessmentService(t.db(), secondSupervisor(t.db())).approve(medium.id, QStringLiteral("high"),
                                                                                   QStringLiteral("Escalating: raised to high."));
    REQUIRE(approved.ok());
    CHECK(kept() == std::pair<QDateTime, QString>{first, QStringLiteral("high")});

    // A later reassessment is the one in force; the first screening stays the first.
    clock.advanceSeconds(7 * 24 * 3600);
    const RiskAssessment later = submittedDash(t.db(), t.session(), caseId, 2);
    CHECK(kept() == std::pair<QDateTime, QString>{first, later.officerLevel});
    CHECK(later.officerLevel != QStringLiteral("high"));
}
