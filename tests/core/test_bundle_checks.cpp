// Case bundles refused: each problem names the record and the field (or the entry), and the
// target database is left exactly as it was.

#include "bundle_fixture.h"

#include "security/AuditLog.h"

using namespace conduct;
using namespace conduct::test;

namespace {
struct Target {
    TempDatabase t;
    QMap<QString, qint64> before;
    Target() { before = rowCounts(t.db()); }

    Result<BundleImportOutcome> import(const QByteArray& file, const BundleImportRequest& request = {})
    {
        return BundleService(t.db(), t.session()).importBytes(file, request);
    }
    // The session's account is created on first use; count from after that.
    void settle()
    {
        (void)t.session();
        before = rowCounts(t.db());
    }
    // Nothing changed but the refusal's own audit record (issue 24: a refused import is audited).
    bool unchanged()
    {
        QMap<QString, qint64> now = rowCounts(t.db());
        const bool oneMoreRecord = now.value(QStringLiteral("audit_log")) == before.value(QStringLiteral("audit_log")) + 1;
        now.insert(QStringLiteral("audit_log"), before.value(QStringLiteral("audit_log")));
        auto records = AuditLog::readAll(t.db());
        const bool refusal = records.ok() && !records->isEmpty() && records->last().action == AuditAction::ImportRefused;
        return now == before && oneMoreRecord && refusal;
    }
};

void checkRefused(const QByteArray& file, const QString& field, const QString& wording)
{
    Target target;
    target.settle();
    auto r = target.import(file);
    REQUIRE_FALSE(r.ok());
    INFO(r.error().text().toStdString());
    CHECK(r.error().field == field);
    CHECK(r.error().message.contains(wording));
    CHECK(target.unchanged());
}
} // namespace

TEST_CASE("bundle: each kind of bad record is refused naming the record and the field", "[bundle][time]")
{
    BundleSource source;
    const QByteArray file = source.exportBytes();
    const QJsonObject doc = documentOf(file);

    SECTION("a code that is not in the list")
    {
        checkRefused(withDocument(file, withField(doc, QStringLiteral("incidents"), 0, QStringLiteral("alteredBehaviour"),
                                                  QStringLiteral("maybe"))),
                     QStringLiteral("incidents[0].alteredBehaviour"), QStringLiteral("\"maybe\" is not one of"));
    }
    SECTION("a date and time that is not one")
    {
        checkRefused(withDocument(file, withField(doc, QStringLiteral("incidents"), 2, QStringLiteral("startUtc"),
                                                  QStringLiteral("last Tuesday"))),
                     QStringLiteral("incidents[2].startUtc"), QStringLiteral("use ISO 8601 UTC"));
    }
    SECTION("a date with an impossible day")
    {
        checkRefused(withDocument(file, withField(doc, QStringLiteral("people"), 0, QStringLiteral("dateOfBirth"),
                                                  QStringLiteral("1990-02-30"))),
                     QStringLiteral("people[0].dateOfBirth"), QStringLiteral("not a date"));
    }
    SECTION("text longer than allowed")
    {
        checkRefused(withDocument(file, withField(doc, QStringLiteral("people"), 1, QStringLiteral("surname"),
                                                  QString(501, u'x'))),
                     QStringLiteral("people[1].surname"), QStringLiteral("at most 500"));
    }
    SECTION("a reference to a record that is not in the bundle")
    {
        checkRefused(withDocument(file, withField(doc, QStringLiteral("personDetails"), 0, QStringLiteral("personId"), 99999)),
                     QStringLiteral("personDetails[0].personId"), QStringLiteral("people id 99999"));
    }
    SECTION("a missing field")
    {
        checkRefused(withDocument(file, withField(doc, QStringLiteral("incidents"), 1, QStringLiteral("description"), {}, true)),
                     QStringLiteral("incidents[1].description"), QStringLiteral("missing"));
    }
    SECTION("an unknown field")
    {
        checkRefused(withDocument(file, withField(doc, QStringLiteral("exhibits"), 0, QStringLiteral("colour"), 1)),
                     QStringLiteral("exhibits[0].colour"), QStringLiteral("unknown field"));
    }
    SECTION("a newer format version")
    {
        QJsonObject newer = doc;
        newer.insert(bundle::formatVersionKey, bundle::formatVersion + 1);
        checkRefused(withDocument(file, newer), QStringLiteral("case.json.formatVersion"),
                     QStringLiteral("version %1 is not supported").arg(bundle::formatVersion + 1));
    }
    SECTION("an attachment whose recorded hash does not match its file")
    {
        checkRefused(withDocument(file, withField(doc, QStringLiteral("exhibitAttachments"), 0, QStringLiteral("sha256"),
                                                  QString(64, u'0'))),
                     QStringLiteral("exhibitAttachments[0].sha256"), QStringLiteral("does not match"));
    }
}

TEST_CASE("bundle: an entry changed after export is refused by its hash, naming the entry", "[bundle]")
{
    BundleSource source;
    const QByteArray file = source.exportBytes();
    QList<bundle::Entry> entries = entriesOf(file);
    for (bundle::Entry& e : entries)
        if (e.name == bundle::caseEntry) e.data.replace(demoCaseUrn, "99ZZ0012327");
    checkRefused(withEntries(entries), QStringLiteral("case.json"), QStringLiteral("do not match the SHA-256"));

    // Not a bundle at all, and one cut short.
    checkRefused(QByteArrayLiteral("PK\x03\x04 not ours"), QStringLiteral("Bundle file"), QStringLiteral("not a Conduct case bundle"));
    checkRefused(file.left(file.size() / 2), QStringLiteral("Bundle file"), QStringLiteral("cut short"));
}

TEST_CASE("bundle: a passphrase encrypts the bundle; wrong, missing and tampered are refused clearly", "[bundle]")
{
    CheapKdf cheap;
    BundleSource source;
    const QString passphrase = QStringLiteral("violet harbour kettle");
    const QByteArray file = source.exportBytes(passphrase);
    CHECK_FALSE(file.contains(demoCaseUrn));   // nothing readable without the passphrase
    auto protection = bundle::bundleProtection(file);
    REQUIRE(protection.ok());
    CHECK(protection.value() == bundle::Protection::Passphrase);

    checkRefused(file, QStringLiteral("Passphrase"), QStringLiteral("protected by a passphrase"));
    {
        Target target;
        target.settle();
        auto wrong = target.import(file, {QStringLiteral("violet harbour kettles"), {}});
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().field == QStringLiteral("Passphrase"));
        CHECK(wrong.error().message.contains(QStringLiteral("not the one this bundle was exported with")));
        CHECK(target.unchanged());
    }
    {
        QByteArray tampered = file;
        tampered[tampered.size() - 40] = char(tampered.at(tampered.size() - 40) ^ 0x01);
        Target target;
        target.settle();
        auto r = target.import(tampered, {passphrase, {}});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("fails its integrity check")));
        CHECK(target.unchanged());
    }
    Target target;
    auto imported = target.import(file, {passphrase, {}});
    INFO((imported.ok() ? QString() : imported.error().text()).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->urn == QString::fromLatin1(demoCaseUrn));

    // A short passphrase is refused at export, naming the field.
    auto weak = BundleService(source.t.db(), source.t.session())
                    .exportCase(source.caseId, {source.path(QStringLiteral("weak.conduct")), QStringLiteral("short"), bundleDisclosure});
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().field == QStringLiteral("Passphrase"));
}

TEST_CASE("bundle: a URN already in the database is refused unless imported as a copy", "[bundle]")
{
    BundleSource source;
    const QByteArray file = source.exportBytes();
    Target target;
    REQUIRE(target.import(file).ok());
    target.before = rowCounts(target.t.db());

    auto clash = target.import(file);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().field == QStringLiteral("URN"));
    CHECK(clash.error().message.contains(QStringLiteral("already in this database")));
    CHECK(target.unchanged());

    target.before = rowCounts(target.t.db());
    auto badUrn = target.import(file, {{}, QStringLiteral("not a urn")});
    REQUIRE_FALSE(badUrn.ok());
    CHECK(badUrn.error().field == QStringLiteral("New URN"));
    CHECK(target.unchanged());
    target.before = rowCounts(target.t.db());
    auto takenUrn = target.import(file, {{}, QString::fromLatin1(demoCaseUrn)});
    REQUIRE_FALSE(takenUrn.ok());
    CHECK(takenUrn.error().field == QStringLiteral("New URN"));
    CHECK(target.unchanged());

    auto copy = target.import(file, {{}, QStringLiteral("45 AA 02098 26")});
    INFO((copy.ok() ? QString() : copy.error().text()).toStdString());
    REQUIRE(copy.ok());
    CHECK(copy->urn == QStringLiteral("45AA0209826"));
    CHECK(copy->sourceUrn == QString::fromLatin1(demoCaseUrn));
    auto copies = target.t.db().scalar(QStringLiteral("SELECT count(*) FROM people WHERE case_id = ?"), {copy->caseId});
    REQUIRE(copies.ok());
    CHECK(copies->toInt() == documentOf(file).value(QStringLiteral("people")).toArray().size());
}

TEST_CASE("bundle: a failure part-way through the import leaves the database as it was", "[bundle]")
{
    BundleSource source;
    const QByteArray file = source.exportBytes();
    // Valid record by record, but two exhibits with one reference: the store refuses the second
    // after the case, its people and incidents were already inserted.
    QJsonObject doc = documentOf(file);
    const QJsonArray exhibits = doc.value(QStringLiteral("exhibits")).toArray();
    REQUIRE(exhibits.size() >= 2);
    doc = withField(doc, QStringLiteral("exhibits"), 1, QStringLiteral("referenceKey"),
                    exhibits.at(0).toObject().value(QStringLiteral("referenceKey")));
    Target target;
    target.settle();
    auto r = target.import(withDocument(file, doc));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("exhibits[1]"));
    CHECK(target.unchanged());   // only the refusal's audit record, in its own transaction
    CHECK(AuditLog::verify(target.t.db()).ok);
}
