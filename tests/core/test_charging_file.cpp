// Issue 22: the charging file's workflow. The four-eyes rule (in the service and in the store),
// versioning after approval, what the export prints for each version, and text limits.

#include "RiskTestSupport.h"

#include "export/Export.h"
#include "services/AccessGrants.h"
#include "services/CaseFileService.h"
#include "services/ChargingFileService.h"

using namespace conduct;
using namespace conduct::test;

namespace {

struct ChargingFixture {
    TempDatabase t;
    qint64 caseId = makeRiskCase(t);   // created by t.session(): the officer in the case
    Session supervisor = secondSupervisor(t.db());
    Session colleague = sessionFor(t.db(), QStringLiteral("pc.colleague"), {Role::Officer});

    // The colleague is outside the officer's team: they work on the case under a grant (issue 24).
    ChargingFixture()
    {
        REQUIRE(AccessGrants(t.db(), colleague)
                    .grant(caseId, GrantReason::Other, QStringLiteral("Writing the MG3 while the officer in the case is on leave"))
                    .ok());
    }

    ChargingDocument writtenMg3(const Session& author)
    {
        ChargingDocument d;
        d.caseId = caseId;
        d.form = ChargingForm::Mg3;
        d.mg3.outline = QStringLiteral("The suspect waited outside the complainant's home. Advice sought on charge.");
        ChargingFileService service(t.db(), author);
        auto saved = service.save(d);
        INFO((saved.ok() ? QString() : saved.error().text()).toStdString());
        REQUIRE(saved.ok());
        return saved.value();
    }

    ChargingDocument submitted(const Session& author)
    {
        const qint64 id = writtenMg3(author).id;
        ChargingFileService service(t.db(), author);
        auto s = service.submit(id);
        REQUIRE(s.ok());
        return s.value();
    }

    int scalar(const QString& sql)
    {
        auto r = t.db().scalar(sql);
        REQUIRE(r.ok());
        return r->toInt();
    }

    CaseFile assembled(int pinnedMg3 = 0)
    {
        CaseFileService files(t.db(), t.session());
        files.pinChargingVersions(pinnedMg3, 0);
        auto file = files.assemble(caseId, Action::PrintDocument);
        INFO((file.ok() ? QString() : file.error().text()).toStdString());
        REQUIRE(file.ok());
        return file.value();
    }
};

Mg3SupervisorPart comments()
{
    Mg3SupervisorPart p;
    p.evidenceAlignedToPointsToProve = QStringLiteral("Ten incidents over four months; each point to prove is met.");
    p.recommendedCharges = QStringLiteral("Stalking, s2A PHA 1997.");
    return p;
}

const TextBlock* textBlock(const DocumentLayout& doc, const QString& label)
{
    for (const Block& b : doc.blocks)
        if (const auto* t = std::get_if<TextBlock>(&b); t && t->label == label) return t;
    return nullptr;
}

bool hasBlank(const DocumentLayout& doc, const QString& label)
{
    for (const Block& b : doc.blocks)
        if (const auto* blank = std::get_if<BlankBlock>(&b); blank && blank->label == label) return true;
    return false;
}

const QString kPointsToProve = QStringLiteral(
    "How the evidence gathered is aligned to the points to prove for the offence(s) requiring advice:");

} // namespace

TEST_CASE("charging file: only a supervisor who is neither the author nor the officer in the case approves",
          "[charging-file][four-eyes]")
{
    ChargingFixture f;
    const ChargingDocument d = f.submitted(f.t.session());
    const int auditBefore = f.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));

    SECTION("an officer who is not a supervisor")
    {
        auto r = ChargingFileService(f.t.db(), f.colleague).approve(d.id, comments());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("Only a supervisor")));
    }
    SECTION("the officer in the case, who is also a supervisor and wrote it")
    {
        auto r = ChargingFileService(f.t.db(), f.t.session()).approve(d.id, comments());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("another supervisor")));
    }
    SECTION("a return for changes is refused the same way")
    {
        auto r = ChargingFileService(f.t.db(), f.t.session()).returnForChanges(d.id, QStringLiteral("Add the CCTV."));
        REQUIRE_FALSE(r.ok());
    }
    // A refusal writes nothing: no review, no status change, no audit record.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM charging_document_reviews")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM charging_documents WHERE status = 'submitted'")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
}

TEST_CASE("charging file: a supervisor who is not the officer in the case approves, even when a colleague wrote it",
          "[charging-file][four-eyes]")
{
    ChargingFixture f;
    const ChargingDocument d = f.submitted(f.colleague);
    // The officer in the case did not write this version, but is still refused (the four-eyes rule).
    REQUIRE_FALSE(ChargingFileService(f.t.db(), f.t.session()).approve(d.id, comments()).ok());
    auto approved = ChargingFileService(f.t.db(), f.supervisor).approve(d.id, comments());
    REQUIRE(approved.ok());
    CHECK(approved->status == ChargingStatus::Approved);
    REQUIRE(approved->approval());
    CHECK(approved->approval()->reviewer.userId == f.supervisor.user.id);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_type = 'charging_document'")) == 3);
}

TEST_CASE("charging file: the store refuses what the service refuses", "[charging-file][four-eyes][store]")
{
    ChargingFixture f;
    const ChargingDocument d = f.submitted(f.t.session());
    const auto insertReview = [&](qint64 reviewer) {
        return f.t.db().write(QStringLiteral("INSERT INTO charging_document_reviews (document_id, reviewer_user_id, decision, "
                                             "reviewer_name, review_utc) VALUES (?, ?, 'approved', 'x', '2026-12-07T10:00:00Z')"),
                              {d.id, reviewer});
    };
    CHECK_FALSE(insertReview(f.t.session().user.id).ok());   // the author and officer in the case
    CHECK_FALSE(insertReview(f.colleague.user.id).ok());     // not a supervisor
    // Approved by hand, without a supervisor's review: refused.
    CHECK_FALSE(f.t.db().write(QStringLiteral("UPDATE charging_documents SET status = 'approved' WHERE id = ?"), {d.id}).ok());
    // A submitted version's content cannot be changed behind the supervisor's back.
    CHECK_FALSE(f.t.db().write(QStringLiteral("UPDATE charging_documents SET content = '{}' WHERE id = ?"), {d.id}).ok());

    REQUIRE(insertReview(f.supervisor.user.id).ok());
    REQUIRE(f.t.db().write(QStringLiteral("UPDATE charging_documents SET status = 'approved' WHERE id = ?"), {d.id}).ok());
    CHECK_FALSE(f.t.db().write(QStringLiteral("UPDATE charging_documents SET status = 'draft' WHERE id = ?"), {d.id}).ok());
    CHECK_FALSE(f.t.db().write(QStringLiteral("UPDATE charging_document_reviews SET reasons = 'x'")).ok());
    CHECK_FALSE(f.t.db().write(QStringLiteral("DELETE FROM charging_documents WHERE id = ?"), {d.id}).ok());
}

TEST_CASE("charging file: an edit after approval is a new version that needs approval again", "[charging-file][versions]")
{
    ChargingFixture f;
    const ChargingDocument d = f.submitted(f.t.session());
    REQUIRE(ChargingFileService(f.t.db(), f.supervisor).approve(d.id, comments()).ok());

    auto latest = ChargingFileService(f.t.db(), f.t.session()).latest(f.caseId, ChargingForm::Mg3);
    REQUIRE(latest.ok());
    ChargingDocument edited = latest->value();
    edited.mg3.outline += QStringLiteral(" A further statement has been taken.");
    auto saved = ChargingFileService(f.t.db(), f.t.session()).save(edited);
    REQUIRE(saved.ok());
    CHECK(saved->version == 2);
    CHECK(saved->status == ChargingStatus::Draft);
    CHECK(saved->reviews.isEmpty());

    auto all = ChargingFileService(f.t.db(), f.t.session()).versions(f.caseId, ChargingForm::Mg3);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).status == ChargingStatus::Approved);
    CHECK_FALSE(all->at(0).mg3.outline.contains(QStringLiteral("further statement")));   // what was approved is kept

    SECTION("the newest version prints unapproved, with the supervisor's part blank")
    {
        const DocumentLayout mg3 = buildDocuments(f.assembled(), DocumentKind::Mg3).first();
        CHECK(mg3.meta.subtitles.contains(QStringLiteral("Version 2 \u2013 not yet approved")));
        CHECK(hasBlank(mg3, kPointsToProve));
        CHECK(textBlock(mg3, kPointsToProve) == nullptr);
    }
    SECTION("the approved earlier version can still be exported on its own")
    {
        const DocumentLayout mg3 = buildDocuments(f.assembled(1), DocumentKind::Mg3).first();
        CHECK(mg3.meta.subtitles.last().startsWith(QStringLiteral("Version 1 \u2013 approved")));
        const TextBlock* points = textBlock(mg3, kPointsToProve);
        REQUIRE(points);
        CHECK(points->text == comments().evidenceAlignedToPointsToProve);
        CHECK_FALSE(textBlock(mg3, QStringLiteral("Outline of circumstances and decision/advice sought (unless verbal report "
                                                  "given)"))->text.contains(QStringLiteral("further statement")));
    }
    SECTION("a version number the case does not have is refused by name")
    {
        CaseFileService files(f.t.db(), f.t.session());
        files.pinChargingVersions(7, 0);
        auto file = files.assemble(f.caseId, Action::PrintDocument);
        REQUIRE_FALSE(file.ok());
        CHECK(file.error().field == QStringLiteral("MG3 version"));
    }
}

TEST_CASE("charging file: a submitted version is not edited, and a return gives it back with reasons",
          "[charging-file][versions]")
{
    ChargingFixture f;
    ChargingDocument d = f.submitted(f.t.session());
    d.mg3.outline = QStringLiteral("changed");
    auto refused = ChargingFileService(f.t.db(), f.t.session()).save(d);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("with the supervisor")));

    CHECK_FALSE(ChargingFileService(f.t.db(), f.supervisor).returnForChanges(d.id, QStringLiteral("  ")).ok());
    auto returned = ChargingFileService(f.t.db(), f.supervisor).returnForChanges(d.id, QStringLiteral("Add the CCTV exhibit."));
    REQUIRE(returned.ok());
    CHECK(returned->status == ChargingStatus::Returned);
    REQUIRE(returned->latestReturn());
    CHECK(returned->latestReturn()->reasons == QStringLiteral("Add the CCTV exhibit."));
    // A returned version is edited in place and keeps its number.
    ChargingDocument again = returned.value();
    again.mg3.outline = QStringLiteral("With the CCTV exhibit SE/2.");
    auto saved = ChargingFileService(f.t.db(), f.t.session()).save(again);
    REQUIRE(saved.ok());
    CHECK(saved->version == 1);
    CHECK(saved->status == ChargingStatus::Returned);
}

TEST_CASE("charging file: the supervisors' queue lists submitted versions; officers may not read it", "[charging-file]")
{
    ChargingFixture f;
    const ChargingDocument d = f.submitted(f.colleague);
    auto queue = ChargingFileService(f.t.db(), f.supervisor).awaitingApproval();
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().documentId == d.id);
    CHECK(queue->first().urn == QStringLiteral("45AA0209820"));
    CHECK_FALSE(ChargingFileService(f.t.db(), f.colleague).awaitingApproval().ok());
}

TEST_CASE("charging file: text over its limit is refused by field name and nothing is written", "[charging-file][limits]")
{
    ChargingFixture f;
    ChargingDocument d;
    d.caseId = f.caseId;
    d.form = ChargingForm::Mg3;
    d.mg3.outline = QString(kLongTextLimit + 1, u'x');
    auto r = ChargingFileService(f.t.db(), f.t.session()).save(d);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Outline of circumstances"));
    CHECK(r.error().message.contains(QString::number(kLongTextLimit)));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM charging_documents")) == 0);

    ChargingDocument mg5;
    mg5.caseId = f.caseId;
    mg5.form = ChargingForm::Mg5;
    mg5.mg5.injuries = QString(kCommentLimit + 1, u'x');
    auto r5 = ChargingFileService(f.t.db(), f.t.session()).save(mg5);
    REQUIRE_FALSE(r5.ok());
    CHECK(r5.error().field == QStringLiteral("Description of injuries"));

    const ChargingDocument sent = f.submitted(f.t.session());
    Mg3SupervisorPart tooLong = comments();
    tooLong.publicInterest = QString(kCommentLimit + 1, u'x');
    auto a = ChargingFileService(f.t.db(), f.supervisor).approve(sent.id, tooLong);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().field == QStringLiteral("Supervisor's comments: public interest"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM charging_document_reviews")) == 0);
}
