#pragma once
// Shared by the case bundle tests: a source database holding the demo case, bundles made from it,
// and ways to take a bundle apart and put it back together (to tamper with it on purpose).

#include "RiskTestSupport.h"
#include "TestSupport.h"

#include "bundle/BundleContainer.h"
#include "bundle/BundleCrypto.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleService.h"
#include "bundle/BundleWriter.h"
#include "security/Signing.h"
#include "services/DemoCase.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace conduct::test {

inline const Disclosure bundleDisclosure{QStringLiteral("case moved to West Division"), QStringLiteral("DC 456 Patel")};

// Argon2id at its cheapest while a test runs: the format and the checks are what is tested.
struct CheapKdf {
    CheapKdf() { bundle::setKdfCostForTesting(bundle::minimumKdfCost()); }
    ~CheapKdf() { bundle::setKdfCostForTesting({}); }
};

struct BundleSource {
    TempDatabase t;
    qint64 caseId = 0;

    BundleSource()
    {
        const Session reviewer = secondSupervisor(t.db());
        auto id = ensureDemoCase(t.db(), t.session(), &reviewer);
        if (!id.ok()) FAIL(id.error().text().toStdString());
        caseId = id.value();
    }

    QString path(const QString& name) const { return t.dir.filePath(name); }

    QByteArray exportBytes(const QString& passphrase = {})
    {
        const QString file = path(QStringLiteral("case-%1.conduct").arg(++m_exports));
        auto out = BundleService(t.db(), t.session()).exportCase(caseId, {file, passphrase, bundleDisclosure});
        if (!out.ok()) FAIL(out.error().text().toStdString());
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }

private:
    int m_exports = 0;
};

// A plain bundle's entries, and the bytes again after changing them.
inline QList<bundle::Entry> entriesOf(const QByteArray& file)
{
    auto entries = bundle::unpackBundle(file, {});
    if (!entries.ok()) FAIL(entries.error().text().toStdString());
    return entries.value();
}

inline QByteArray withEntries(const QList<bundle::Entry>& entries)
{
    auto packed = bundle::packBundle(entries, {});
    REQUIRE(packed.ok());
    return packed.value();
}

inline QJsonObject documentOf(const QByteArray& file)
{
    for (const bundle::Entry& e : entriesOf(file))
        if (e.name == bundle::caseEntry) return QJsonDocument::fromJson(e.data).object();
    FAIL("no case.json");
    return {};
}

// A signer that is not the source database: someone who rewrote a bundle and signed it with a key
// of their own. Its signature verifies; it proves only that this key signed.
inline const bundle::BundleSigner& rewritersSigner()
{
    static const bundle::BundleSigner signer = [] {
        auto pair = signing::generateKeyPair();
        REQUIRE(pair.ok());
        return bundle::BundleSigner{QStringLiteral("source"), pair->publicKey, pair->secretKey};
    }();
    return signer;
}

// A consistent bundle (manifest hashes recomputed) holding this document and the original files:
// only the record checks can refuse it. A document of a signed version is signed again by
// `signer`; one of an older version gets the unsigned manifest that version had.
inline QByteArray withDocument(const QByteArray& file, const QJsonObject& document,
                               const bundle::BundleSigner& signer = rewritersSigner())
{
    QList<bundle::Entry> attachments;
    for (const bundle::Entry& e : entriesOf(file))
        if (e.name != bundle::caseEntry && e.name != bundle::manifestEntry && e.name != bundle::signatureEntry)
            attachments.append(e);
    const int version = document.value(bundle::formatVersionKey).toInt();
    if (version >= bundle::firstSignedFormatVersion) {
        bundle::CollectedCase collected;
        collected.document = document;
        collected.attachments = attachments;
        auto entries = bundle::bundleEntries(collected, signer);
        REQUIRE(entries.ok());
        return withEntries(entries.value());
    }
    QList<bundle::Entry> entries{{bundle::caseEntry, QJsonDocument(document).toJson()}};
    entries.append(attachments);
    QJsonArray listed;
    for (const bundle::Entry& e : entries)
        listed.append(QJsonObject{{QStringLiteral("name"), e.name},
                                  {QStringLiteral("size"), e.data.size()},
                                  {QStringLiteral("sha256"), QString::fromLatin1(bundle::sha256Hex(e.data))}});
    entries.prepend({bundle::manifestEntry,
                     QJsonDocument(QJsonObject{{bundle::formatVersionKey, version}, {QStringLiteral("entries"), listed}}).toJson()});
    return withEntries(entries);
}

// Changes one field of one record of a kind (case.json paths like incidents[0].startUtc).
inline QJsonObject withField(QJsonObject document, const QString& kind, int index, const QString& field,
                             const QJsonValue& value, bool remove = false)
{
    QJsonArray records = document.value(kind).toArray();
    QJsonObject record = records.at(index).toObject();
    if (remove) record.remove(field);
    else record.insert(field, value);
    records.replace(index, record);
    document.insert(kind, records);
    return document;
}

// Every table's row count: what "the database is unchanged" means for these tests.
inline QMap<QString, qint64> rowCounts(Database& db)
{
    QMap<QString, qint64> counts;
    auto tables = db.tableNames();
    REQUIRE(tables.ok());
    const QStringList names = tables.value();
    for (const QString& name : names) {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name));
        REQUIRE(n.ok());
        counts.insert(name, n->toLongLong());
    }
    return counts;
}

} // namespace conduct::test
