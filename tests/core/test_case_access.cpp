// The one case-access guard (services/CaseAccess), the one transaction helper (store/Transaction.h)
// and the code tables that replaced the copies of the Answer and review-decision conversions.

#include "TestSupport.h"

#include "domain/Codes.h"
#include "security/AuditLog.h"
#include "services/AccessGrants.h"
#include "services/CaseAccess.h"
#include "services/CaseService.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QJsonDocument>

using namespace conduct;
using test::TempDatabase;

namespace {
qint64 makeCase(TempDatabase& t, const QString& urn = QStringLiteral("45AA0209820"))
{
    Case c;
    c.urn = urn;
    c.officerInCase = QStringLiteral("PC 1234 Test");
    c.offences = {Offence::Harassment_s2};
    auto created = CaseService(t.db(), t.session()).createCase(c);
    REQUIRE(created.ok());
    return created->id;
}

AuditRecord lastRecordFor(Database& db, qint64 caseId)
{
    auto records = AuditLog::readForCase(db, caseId);
    REQUIRE(records.ok());
    REQUIRE_FALSE(records->isEmpty());
    return records->last();
}
} // namespace

TEST_CASE("the case-access guard finds the case and applies the ownership rule", "[caseaccess][security]")
{
    TempDatabase t;
    const qint64 caseId = makeCase(t);
    const Session other = test::sessionFor(t.db(), QStringLiteral("pc.other"), {Role::Officer});

    SECTION("the officer in the case is let in and gets the URN for the audit record")
    {
        const CaseAccess own(t.db(), t.session());
        auto ref = own.check(caseId, Action::EditCase);
        REQUIRE(ref.ok());
        CHECK(ref->id == caseId);
        CHECK(ref->urn == QStringLiteral("45AA0209820"));
        CHECK(own.accessTo(caseId) == Decision::Allowed);
    }
    SECTION("a case that has gone is named as gone, for every kind of lookup")
    {
        const CaseAccess own(t.db(), t.session());
        auto ref = own.check(caseId + 1000, Action::ViewCase);
        REQUIRE_FALSE(ref.ok());
        CHECK(ref.error().field == QStringLiteral("Case"));
        CHECK(ref.error().message == QStringLiteral("The case no longer exists. It may have been deleted."));
        auto found = own.find(caseId + 1000);
        REQUIRE_FALSE(found.ok());
        CHECK(found.error().message == ref.error().message);
        CHECK(own.require(caseId + 1000, Action::ViewCase).error().message == ref.error().message);
    }
    SECTION("another officer outside the team is refused until they hold a grant (issue 24)")
    {
        CaseAccess access(t.db(), other);
        CHECK(access.accessTo(caseId) == Decision::NeedsJustification);
        auto refused = access.check(caseId, Action::ViewCase);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("Reason for access"));
        access.setJustification(QStringLiteral("Covering for PC 1234 on leave"));
        CHECK_FALSE(access.check(caseId, Action::ViewCase).ok());   // a reason alone lets nobody in
        REQUIRE(AccessGrants(t.db(), other).grant(caseId, GrantReason::Other, QStringLiteral("Covering for PC 1234 on leave")).ok());
        CHECK(access.check(caseId, Action::ViewCase).ok());
        CHECK(access.accessTo(caseId) == Decision::Allowed);
        // Finding the URN for a record applies no permission of its own.
        auto found = CaseAccess(t.db(), other).find(caseId);
        REQUIRE(found.ok());
        CHECK(found->urn == QStringLiteral("45AA0209820"));
    }
    SECTION("what the table refuses stays refused whatever the grant")
    {
        REQUIRE(AccessGrants(t.db(), other).grant(caseId, GrantReason::Other, QStringLiteral("Curious about this case")).ok());
        CaseAccess access(t.db(), other);
        auto refused = access.check(caseId, Action::DeleteCase);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(actionLabel(Action::DeleteCase)));
    }
}

TEST_CASE("the guard's audit records: a consultation keeps the reason, an update the changed fields", "[caseaccess][security]")
{
    TempDatabase t;
    const qint64 caseId = makeCase(t);
    const Session other = test::sessionFor(t.db(), QStringLiteral("pc.other"), {Role::Officer});
    REQUIRE(AccessGrants(t.db(), other).grant(caseId, GrantReason::Other, QStringLiteral("Covering for PC 1234 on leave")).ok());
    CaseAccess access(t.db(), other);
    access.setJustification(QStringLiteral("Covering for PC 1234 on leave"));
    auto ref = access.check(caseId, Action::ViewCase);
    REQUIRE(ref.ok());

    REQUIRE(access.audit(AuditAction::Consult, ref.value(), QStringLiteral("case"), caseId, {}, {}).ok());
    const AuditRecord consult = lastRecordFor(t.db(), caseId);
    CHECK(consult.action == AuditAction::Consult);
    CHECK(consult.userName == QStringLiteral("pc.other"));
    CHECK(consult.caseUrn == QStringLiteral("45AA0209820"));
    CHECK(consult.justification == QStringLiteral("Covering for PC 1234 on leave"));

    const QJsonObject before{{QStringLiteral("note"), QStringLiteral("old")}, {QStringLiteral("kept"), 1}};
    const QJsonObject after{{QStringLiteral("note"), QStringLiteral("new")}, {QStringLiteral("kept"), 1}};
    REQUIRE(access.audit(AuditAction::Update, ref.value(), QStringLiteral("exhibit"), 7, before, after).ok());
    const AuditRecord update = lastRecordFor(t.db(), caseId);
    CHECK(update.entityType == QStringLiteral("exhibit"));
    CHECK(update.entityId == QStringLiteral("7"));
    CHECK(update.justification.isEmpty());   // only a consultation records the reason for access
    CHECK(QJsonDocument::fromJson(update.beforeJson).object() == QJsonObject{{QStringLiteral("note"), QStringLiteral("old")}});
    CHECK(QJsonDocument::fromJson(update.afterJson).object() == QJsonObject{{QStringLiteral("note"), QStringLiteral("new")}});
    CHECK(AuditLog::verify(t.db()).ok);
}

TEST_CASE("the transaction helper commits what succeeds and rolls back what fails", "[store][transaction]")
{
    TempDatabase t;
    const qint64 caseId = makeCase(t);
    const CaseRepository cases(t.db());
    const QDateTime moved = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    auto updatedTime = [&] { return cases.get(caseId)->updatedUtc; };
    const QDateTime original = updatedTime();

    SECTION("success: the result is returned and the change kept")
    {
        auto touched = inTransaction<bool>(t.db(), [&]() -> Result<bool> { return cases.touch(caseId, moved); });
        REQUIRE(touched.ok());
        CHECK(touched.value());
        CHECK(updatedTime() == moved);
    }
    SECTION("failure after a write: the error is returned and the write undone")
    {
        const Status failed = inTransaction<void>(t.db(), [&]() -> Status {
            if (auto r = cases.touch(caseId, moved); !r.ok()) return r.error();
            return fieldError(QStringLiteral("Note"), QStringLiteral("Refused after the write."));
        });
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().field == QStringLiteral("Note"));
        CHECK(updatedTime() == original);
    }
    SECTION("an inner unit that succeeded is undone with the outer one that failed")
    {
        const Status failed = inTransaction<void>(t.db(), [&]() -> Status {
            auto inner = inTransaction<bool>(t.db(), [&]() -> Result<bool> { return cases.touch(caseId, moved); });
            if (!inner.ok()) return inner.error();
            return Error{QString(), QStringLiteral("The outer unit failed.")};
        });
        REQUIRE_FALSE(failed.ok());
        CHECK(updatedTime() == original);
    }
    SECTION("an inner unit that failed makes the outer one fail at its commit")
    {
        const Status failed = inTransaction<void>(t.db(), [&]() -> Status {
            auto inner = inTransaction<bool>(t.db(), [&]() -> Result<bool> { return Error{QString(), QStringLiteral("inner")}; });
            CHECK_FALSE(inner.ok());
            auto touched = cases.touch(caseId, moved);
            return touched.ok() ? Status{} : Status{touched.error()};
        });
        CHECK_FALSE(failed.ok());
        CHECK(updatedTime() == original);
    }
}

TEST_CASE("answers, review and link decisions convert through the one code table", "[domain][codes]")
{
    CHECK(toCode(Answer::NotAsked) == QStringLiteral("not_asked"));
    CHECK(toCode(Answer::No) == QStringLiteral("no"));
    CHECK(toCode(Answer::Yes) == QStringLiteral("yes"));
    for (Answer a : allValues<Answer>()) CHECK(fromCode<Answer>(toCode(a)) == a);
    CHECK_FALSE(fromCode<Answer>(QStringLiteral("maybe")).has_value());
    CHECK(labelOf(Answer::NotAsked) == QStringLiteral("Not asked"));

    CHECK(toCode(ReviewDecision::Approved) == QStringLiteral("approved"));
    CHECK(toCode(ReviewDecision::Returned) == QStringLiteral("returned"));
    for (ReviewDecision d : allValues<ReviewDecision>()) CHECK(fromCode<ReviewDecision>(toCode(d)) == d);

    CHECK(toCode(LinkDecision::Confirmed) == QStringLiteral("confirmed"));
    CHECK(toCode(LinkDecision::Dismissed) == QStringLiteral("dismissed"));
    for (LinkDecision d : allValues<LinkDecision>()) CHECK(fromCode<LinkDecision>(toCode(d)) == d);
}
