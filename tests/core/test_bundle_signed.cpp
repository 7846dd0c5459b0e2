// Case bundles carry history, never authority (issue 24, finding 1): a bundle edited so that a
// risk assessment is "approved" by a real supervisor of the receiving database, with its manifest
// recomputed, never becomes an approval here, whether the edit keeps the old signature (refused),
// drops it, or is signed again with the editor's own key. Signed bundles name their signer.

#include "bundle_fixture.h"
#include "test_export_support.h"

#include "export/Export.h"
#include "export/PdfWriter.h"
#include "security/AuditLog.h"
#include "security/TrustedKeysService.h"
#include "services/ExportService.h"
#include "services/RiskAssessmentService.h"
#include "store/CaseTransferStore.h"

#include <QTemporaryDir>

using namespace conduct;
using namespace conduct::test;

namespace {
const QString localSupervisorName = QStringLiteral("ds.local");

// The demo case's bundle, rewritten so that every risk assessment is approved by the receiving
// database's own supervisor: the reviewer account of the demo's approval is renamed to the local
// supervisor, and the S-DASH, only submitted, gets an approval of its own.
QJsonObject forgedApproval(QJsonObject doc, const Session& localSupervisor)
{
    QJsonArray reviews = doc.value(bundle::assessmentReviewsKind).toArray();
    REQUIRE(reviews.size() == 1);
    const qint64 reviewerId = reviews.at(0).toObject().value(QStringLiteral("reviewerUserId")).toInteger();
    QJsonArray accounts = doc.value(bundle::accountsKind).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QJsonObject a = accounts.at(i).toObject();
        if (a.value(QStringLiteral("id")).toInteger() != reviewerId) continue;
        a.insert(QStringLiteral("userName"), localSupervisor.user.userName);
        a.insert(QStringLiteral("displayName"), localSupervisor.user.displayName);
        accounts.replace(i, a);
    }
    doc.insert(bundle::accountsKind, accounts);
    QJsonArray assessments = doc.value(bundle::riskAssessmentsKind).toArray();
    for (qsizetype i = 0; i < assessments.size(); ++i) {
        QJsonObject a = assessments.at(i).toObject();
        if (a.value(QStringLiteral("status")).toString() == QStringLiteral("submitted")) {
            QJsonObject review = reviews.at(0).toObject();
            review.insert(QStringLiteral("id"), 9000 + i);
            review.insert(QStringLiteral("assessmentId"), a.value(QStringLiteral("id")));
            review.insert(QStringLiteral("comments"), QStringLiteral("Agreed. Signed off."));
            reviews.append(review);
        }
        a.insert(QStringLiteral("status"), QStringLiteral("approved"));
        assessments.replace(i, a);
    }
    doc.insert(bundle::riskAssessmentsKind, assessments);
    doc.insert(bundle::assessmentReviewsKind, reviews);
    return doc;
}

QByteArray entryData(const QByteArray& file, const QString& name)
{
    for (const bundle::Entry& e : entriesOf(file))
        if (e.name == name) return e.data;
    return {};
}

QList<bundle::Entry> replaced(QList<bundle::Entry> entries, const QString& name, const QByteArray& data)
{
    for (bundle::Entry& e : entries)
        if (e.name == name) e.data = data;
    return entries;
}

// A bundle as versions 1 to 3 wrote it: no signer, no signature (bundle_fixture's withDocument).
QByteArray unsignedBundle(const QByteArray& file, QJsonObject document, int version)
{
    document.insert(bundle::formatVersionKey, version);
    return withDocument(file, document);
}

// What version 3 had: no transferred reviews, no transferredFrom on assessments.
QJsonObject asVersion3(QJsonObject doc)
{
    doc.remove(bundle::transferredReviewsKind);
    QJsonArray assessments;
    for (const QJsonValue& v : doc.value(bundle::riskAssessmentsKind).toArray()) {
        QJsonObject a = v.toObject();
        a.remove(QStringLiteral("transferredFrom"));
        assessments.append(a);
    }
    doc.insert(bundle::riskAssessmentsKind, assessments);
    return doc;
}

struct Receiver {
    TempDatabase t;
    Session supervisor = sessionFor(t.db(), localSupervisorName, {Role::Supervisor});
    Session officer = sessionFor(t.db(), QStringLiteral("dc.patel"), {Role::Officer});
    // The receiving unit's supervisor reviews the importer's cases: one team, as an administrator
    // would set it (issue 24: need to know).
    Receiver() { joinTeam(t.db(), QStringLiteral("Receiving team"), {supervisor.user.id, officer.user.id}); }

    Result<BundleImportOutcome> import(const QByteArray& file) { return BundleService(t.db(), officer).importBytes(file, {}); }
    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        auto n = t.db().scalar(sql, params);
        REQUIRE(n.ok());
        return n->toLongLong();
    }
    AuditRecord lastAudit()
    {
        auto records = AuditLog::readAll(t.db());
        REQUIRE(records.ok());
        REQUIRE_FALSE(records->isEmpty());
        return records->last();
    }
};

QString riskRecordText(Database& db, const Session& session, qint64 caseId)
{
    auto file = ExportService(db, session).caseFile(caseId);
    if (!file.ok()) FAIL(file.error().text().toStdString());
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("risk-%1.pdf").arg(caseId));
    REQUIRE(writePdf(path, buildDocuments(file.value(), DocumentKind::RiskRecord)).ok());
    return pdfText(path).flat();
}
} // namespace

TEST_CASE("bundle: a forged approval with the manifest recomputed never becomes an approval", "[bundle][signing]")
{
    BundleSource source;
    const QByteArray file = source.exportBytes();
    Receiver receiver;
    const QJsonObject forged = forgedApproval(documentOf(file), receiver.supervisor);

    SECTION("recomputed manifest under the source's signature: refused by name, and the refusal audited")
    {
        const QByteArray resigned = withDocument(file, forged);
        const QByteArray keptSignature = withEntries(replaced(entriesOf(resigned), bundle::signatureEntry,
                                                              entryData(file, bundle::signatureEntry)));
        auto r = receiver.import(keptSignature);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == bundle::signatureEntry);
        CHECK(r.error().message.contains(QStringLiteral("the signature does not match")));
        CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM cases")) == 0);
        const AuditRecord refusal = receiver.lastAudit();
        CHECK(refusal.action == AuditAction::ImportRefused);
        CHECK(refusal.userName == QStringLiteral("dc.patel"));
        CHECK(refusal.entityType == QStringLiteral("case_bundle"));
        const QJsonObject why = QJsonDocument::fromJson(refusal.afterJson).object();
        CHECK(why.value(QStringLiteral("reason")).toString().contains(QStringLiteral("manifest.sig")));
        CHECK(why.value(QStringLiteral("claimedSourceDatabase")).toString() == QStringLiteral("source"));
        CHECK(AuditLog::verify(receiver.t.db()).ok);

        // Without any signature, still version 4: refused too.
        QList<bundle::Entry> stripped;
        for (const bundle::Entry& e : entriesOf(resigned))
            if (e.name != bundle::signatureEntry) stripped.append(e);
        auto unsignedV4 = receiver.import(withEntries(stripped));
        REQUIRE_FALSE(unsignedV4.ok());
        CHECK(unsignedV4.error().field == bundle::signatureEntry);
        CHECK(unsignedV4.error().message.contains(QStringLiteral("missing")));
    }

    SECTION("signed again with the editor's own key, or sent unsigned as version 3: history only")
    {
        const bool asVersion3Bundle = GENERATE(false, true);
        INFO((asVersion3Bundle ? "unsigned version 3" : "signed by the editor's own key"));
        const QByteArray bundleFile = asVersion3Bundle ? unsignedBundle(file, asVersion3(forged), 3) : withDocument(file, forged);
        auto imported = receiver.import(bundleFile);
        INFO((imported.ok() ? QString() : imported.error().text()).toStdString());
        REQUIRE(imported.ok());
        const BundleOrigin& origin = imported->origin;
        CHECK(origin.isSigned == !asVersion3Bundle);
        CHECK_FALSE(origin.trusted);
        if (asVersion3Bundle) {
            CHECK(origin.signatureText().contains(QStringLiteral("Not signed")));
        } else {
            CHECK(origin.signerFingerprint == signing::fingerprint(rewritersSigner().publicKey));
            CHECK(origin.signatureText().contains(QStringLiteral("no administrator here has marked")));
        }
        const qint64 caseId = imported->caseId;

        // No review here, nothing approved, every assessment marked with where it came from.
        CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM assessment_reviews")) == 0);
        CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM risk_assessments WHERE case_id = ? AND status = 'approved'"),
                             {caseId}) == 0);
        CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM risk_assessments WHERE case_id = ? AND status = 'submitted' "
                                            "AND transferred_from = ?"),
                             {caseId, origin.sourceLabel}) == 2);
        // The reviews arrived as what they are: history naming the source and the name it gave.
        CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM transferred_reviews WHERE source_database = ? "
                                            "AND reviewer_name = ? AND decision = 'approved'"),
                             {origin.sourceLabel, receiver.supervisor.user.displayName}) == 2);

        // The local supervisor's account gained nothing; the bundle's "ds.local" is another account,
        // inactive, without roles, marked with the source.
        CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM users WHERE user_name = ? AND transferred_from = '' AND active = 1"),
                             {localSupervisorName}) == 1);
        const QString standIn = transferredUserName(origin.sourceLabel, localSupervisorName);
        CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM users WHERE user_name = ? AND transferred_from = ? AND active = 0"),
                             {standIn, origin.sourceLabel}) == 1);
        CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM user_roles r JOIN users u ON u.id = r.user_id "
                                            "WHERE u.transferred_from <> ''")) == 0);
        // The importer is the officer in the case; no supervisor is taken from the file.
        CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM cases WHERE id = ? AND oic_user_id = ? AND supervisor_user_id IS NULL"),
                             {caseId, receiver.officer.user.id}) == 1);

        // The risk level waits for a supervisor here: both forms are in the queue.
        auto queue = RiskAssessmentService(receiver.t.db(), receiver.supervisor).supervisorQueue();
        REQUIRE(queue.ok());
        QStringList queued;
        for (const QueueEntry& e : queue.value())
            if (e.assessment.caseId == caseId) queued.append(e.assessment.packId);
        queued.sort();
        CHECK(queued == QStringList{QStringLiteral("dash-2009"), QStringLiteral("s-dash-2009")});

        // The risk record prints the approval as history, never in the sign-off box.
        const QString printed = riskRecordText(receiver.t.db(), receiver.officer, caseId);
        CHECK(printed.contains(QStringLiteral("History from another database")));
        CHECK(printed.contains(QStringLiteral("Approved in ")));
        CHECK(printed.contains(QStringLiteral("by %1 on").arg(receiver.supervisor.user.displayName)));
        CHECK(printed.contains(QStringLiteral("History only: not a sign-off in this database")));
        CHECK_FALSE(printed.contains(QStringLiteral("Approved: level agreed")));

        // A supervisor here can still decide: the approval then is theirs, and the only review here.
        auto approved = RiskAssessmentService(receiver.t.db(), receiver.supervisor)
                            .approve(queue->first().assessment.id, {}, QStringLiteral("Reviewed here after transfer."));
        INFO((approved.ok() ? QString() : approved.error().text()).toStdString());
        REQUIRE(approved.ok());
        REQUIRE(approved->approval() != nullptr);
        CHECK(approved->approval()->reviewerUserId == receiver.supervisor.user.id);
        CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM assessment_reviews")) == 1);
    }
}

TEST_CASE("bundle: a signed manifest changed in any way is refused, naming the signature", "[bundle][signing]")
{
    BundleSource source;
    const QByteArray file = source.exportBytes();
    const QByteArray manifest = entryData(file, bundle::manifestEntry);
    REQUIRE(manifest.contains("\"signer\""));
    const QJsonObject signer = QJsonDocument::fromJson(manifest).object().value(bundle::signerKey).toObject();
    const QByteArray ownKey = signer.value(QStringLiteral("publicKey")).toString().toLatin1();
    const QByteArray ownName = '"' + signer.value(QStringLiteral("database")).toString().toUtf8() + '"';
    REQUIRE(manifest.contains(ownName));
    const QList<QByteArray> tampered{
        QByteArray(manifest).replace(ownName, "\"West Division\""),   // a different signer's name
        QByteArray(manifest).replace(ownKey, rewritersSigner().publicKey.toHex()),   // another key
        QByteArray(manifest).replace("\"entries\"", "\"entries\" "),   // a byte of white space
    };
    for (const QByteArray& changed : tampered) {
        REQUIRE(changed != manifest);
        Receiver receiver;
        auto r = receiver.import(withEntries(replaced(entriesOf(file), bundle::manifestEntry, changed)));
        REQUIRE_FALSE(r.ok());
        INFO(r.error().text().toStdString());
        CHECK(r.error().field == bundle::signatureEntry);
        CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM cases")) == 0);
        CHECK(receiver.lastAudit().action == AuditAction::ImportRefused);
    }
}

TEST_CASE("bundle: the importer names the signer and whether an administrator trusts its key", "[bundle][signing]")
{
    BundleSource source;
    const QByteArray file = source.exportBytes();
    auto sourceIdentity = TrustedKeysService(source.t.db()).thisDatabase();
    REQUIRE(sourceIdentity.ok());
    const QString sourceFingerprint = signing::fingerprint(sourceIdentity->publicKey);

    Receiver receiver;
    BundleService service(receiver.t.db(), receiver.officer);
    auto untrusted = service.inspectBytes(file, {});
    REQUIRE(untrusted.ok());
    CHECK(untrusted->isSigned);
    CHECK(untrusted->formatVersion == bundle::formatVersion);
    CHECK(untrusted->signerDatabase == sourceIdentity->name);
    CHECK(untrusted->signerFingerprint == sourceFingerprint);
    CHECK_FALSE(untrusted->trusted);
    CHECK(untrusted->signatureText().startsWith(QStringLiteral("Warning")));
    CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM cases")) == 0);   // inspecting writes nothing

    const Session admin = sessionFor(receiver.t.db(), QStringLiteral("admin.keys"), {Role::Administrator});
    REQUIRE(TrustedKeysService(receiver.t.db())
                .trust(admin, QString::fromLatin1(sourceIdentity->publicKey.toHex()), QStringLiteral("Demo source unit"))
                .ok());
    auto imported = service.importBytes(file, {});
    REQUIRE(imported.ok());
    CHECK(imported->origin.trusted);
    CHECK(imported->origin.trustedLabel == QStringLiteral("Demo source unit"));
    CHECK_FALSE(imported->origin.signatureText().contains(QStringLiteral("Warning")));
    // Trusted or not, the approval there is history here.
    CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM assessment_reviews")) == 0);
    CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM transferred_reviews")) == 1);
    const QJsonObject audited = QJsonDocument::fromJson(receiver.lastAudit().afterJson).object();
    CHECK(audited.value(QStringLiteral("signer")).toString() == sourceFingerprint);
    CHECK(audited.value(QStringLiteral("trusted")).toBool());
    CHECK(audited.value(QStringLiteral("signed")).toBool());
}

TEST_CASE("bundle: a case that came from elsewhere carries its reviews on, each with its source", "[bundle]")
{
    BundleSource source;
    const QByteArray file = source.exportBytes();
    Receiver middle;
    auto first = middle.import(file);
    REQUIRE(first.ok());
    // A supervisor in the middle database approves the transferred DASH.
    auto queue = RiskAssessmentService(middle.t.db(), middle.supervisor).supervisorQueue();
    REQUIRE(queue.ok());
    qint64 dashId = 0;
    for (const QueueEntry& e : queue.value())
        if (e.assessment.packId == QStringLiteral("dash-2009")) dashId = e.assessment.id;
    REQUIRE(dashId != 0);
    REQUIRE(RiskAssessmentService(middle.t.db(), middle.supervisor).approve(dashId, {}, QStringLiteral("Agreed here.")).ok());

    const QString onward = middle.t.dir.filePath(QStringLiteral("onward.conduct"));
    auto exported = BundleService(middle.t.db(), middle.officer).exportCase(first->caseId, {onward, {}, bundleDisclosure});
    INFO((exported.ok() ? QString() : exported.error().text()).toStdString());
    REQUIRE(exported.ok());
    QFile f(onward);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray onwardFile = f.readAll();
    const QJsonObject doc = documentOf(onwardFile);
    CHECK(doc.value(bundle::assessmentReviewsKind).toArray().size() == 1);     // the middle's own review
    CHECK(doc.value(bundle::transferredReviewsKind).toArray().size() == 1);    // the source's, as history

    Receiver last;
    auto second = last.import(onwardFile);
    REQUIRE(second.ok());
    auto history = RiskAssessmentService(last.t.db(), last.officer).history(second->caseId);
    REQUIRE(history.ok());
    const RiskAssessment* dash = nullptr;
    for (const RiskAssessment& a : history.value())
        if (a.packId == QStringLiteral("dash-2009")) dash = &a;
    REQUIRE(dash != nullptr);
    CHECK(dash->transferredFrom == second->origin.sourceLabel);
    CHECK(dash->reviews.isEmpty());
    REQUIRE(dash->transferredReviews.size() == 2);
    CHECK(dash->transferredReviews[0].sourceDatabase == first->origin.sourceLabel);   // the first database's approval
    CHECK(dash->transferredReviews[1].sourceDatabase == second->origin.sourceLabel);  // the middle's
    CHECK(dash->transferredReviews[1].reviewerName == middle.supervisor.user.displayName);
    CHECK(dash->status == AssessmentStatus::Submitted);
}

TEST_CASE("bundle: older transferred versions of a form do not wait in the supervisor queue", "[bundle]")
{
    BundleSource source;
    const QByteArray file = source.exportBytes();
    QJsonObject doc = documentOf(file);
    // A second DASH version, as the source would have after a reassessment.
    const QJsonArray original = doc.value(bundle::riskAssessmentsKind).toArray();
    QJsonArray assessments = original;
    for (const QJsonValue& v : original) {
        QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("packId")).toString() != QStringLiteral("dash-2009")) continue;
        a.insert(QStringLiteral("id"), 7001);
        a.insert(QStringLiteral("instrumentVersionNo"), 2);
        a.insert(QStringLiteral("status"), QStringLiteral("submitted"));
        assessments.append(a);
    }
    doc.insert(bundle::riskAssessmentsKind, assessments);
    Receiver receiver;
    auto imported = receiver.import(withDocument(file, doc));
    INFO((imported.ok() ? QString() : imported.error().text()).toStdString());
    REQUIRE(imported.ok());
    auto queue = RiskAssessmentService(receiver.t.db(), receiver.supervisor).supervisorQueue();
    REQUIRE(queue.ok());
    QStringList queued;
    for (const QueueEntry& e : queue.value())
        queued.append(QStringLiteral("%1 v%2").arg(e.assessment.packId).arg(e.assessment.versionNo));
    queued.sort();
    CHECK(queued == QStringList{QStringLiteral("dash-2009 v2"), QStringLiteral("s-dash-2009 v1")});
    // The older version stays on the case, as history.
    CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM risk_assessments WHERE case_id = ? AND pack_id = 'dash-2009'"),
                         {imported->caseId}) == 2);
}

TEST_CASE("bundle: version 3 bundles still import, reported as unsigned", "[bundle]")
{
    BundleSource source;
    const QByteArray file = source.exportBytes();
    Receiver receiver;
    auto imported = receiver.import(unsignedBundle(file, asVersion3(documentOf(file)), 3));
    INFO((imported.ok() ? QString() : imported.error().text()).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->origin.formatVersion == 3);
    CHECK_FALSE(imported->origin.isSigned);
    CHECK(imported->origin.signerFingerprint.isEmpty());
    CHECK(imported->origin.signatureText().contains(QStringLiteral("Not signed")));
    CHECK(imported->origin.sourceLabel.contains(imported->bundleId));
    CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM transferred_reviews")) == 1);
    CHECK(receiver.count(QStringLiteral("SELECT count(*) FROM assessment_reviews")) == 0);

    // A version 3 manifest may not carry a signature entry nobody lists.
    QList<bundle::Entry> entries = entriesOf(unsignedBundle(file, asVersion3(documentOf(file)), 3));
    entries.append({bundle::signatureEntry, QByteArray(128, 'a')});
    Receiver other;
    auto refused = other.import(withEntries(entries));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == bundle::signatureEntry);
}
