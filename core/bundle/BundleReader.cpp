#include "bundle/BundleReader.h"

#include "bundle/BundleContainer.h"
#include "bundle/BundleFormat.h"
#include "security/Signing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace conduct::bundle {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::BundleReader", text); }

Result<QJsonObject> parseObject(const QByteArray& data, const QString& entry)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{entry, tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())};
    if (!doc.isObject()) return Error{entry, tr("must hold a JSON object")};
    return doc.object();
}

Status checkVersion(const QJsonObject& object, const QString& entry)
{
    const QJsonValue version = object.value(formatVersionKey);
    const QString field = entry + u'.' + formatVersionKey;
    if (!version.isDouble() || version.toDouble() != double(version.toInt()))
        return Error{field, tr("missing or not a whole number; a Conduct bundle states its format version")};
    if (version.toInt() < oldestReadableFormatVersion || version.toInt() > formatVersion)
        return Error{field, tr("version %1 is not supported: this program reads versions %2 to %3. Use a Conduct release "
                               "that reads version %1.").arg(version.toInt()).arg(oldestReadableFormatVersion).arg(formatVersion)};
    return {};
}

// The manifest lists every other entry exactly once, with its size and SHA-256; all are checked.
// manifest.sig is not listed: it signs the manifest. It belongs to signed versions only.
bool isSigned(const QJsonObject& manifest) { return manifest.value(formatVersionKey).toInt() >= firstSignedFormatVersion; }

QList<Error> checkManifest(const QJsonObject& manifest, const QList<Entry>& entries)
{
    QList<Error> problems;
    if (Status s = checkVersion(manifest, manifestEntry); !s.ok()) return {s.error()};
    for (const QString& key : manifest.keys())
        if (key != formatVersionKey && key != QLatin1String("entries") && !(key == signerKey && isSigned(manifest)))
            problems.append(Error{manifestEntry + u'.' + key, tr("unknown field")});
    const QJsonValue listedValue = manifest.value(QStringLiteral("entries"));
    if (!listedValue.isArray()) return problems << Error{manifestEntry + QStringLiteral(".entries"), tr("missing or not a list")};
    QHash<QString, const Entry*> present;
    for (const Entry& e : entries)
        if (e.name != manifestEntry && !(e.name == signatureEntry && isSigned(manifest))) present.insert(e.name, &e);
    QSet<QString> listed;
    const QJsonArray list = listedValue.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("%1.entries[%2]").arg(manifestEntry).arg(i);
        const QJsonObject item = list.at(i).toObject();
        const QString name = item.value(QStringLiteral("name")).toString();
        const QJsonValue size = item.value(QStringLiteral("size"));
        const QString hash = item.value(QStringLiteral("sha256")).toString();
        if (!list.at(i).isObject() || name.isEmpty() || !size.isDouble() || hash.size() != 64 || item.size() != 3) {
            problems.append(Error{where, tr("must be {\"name\", \"size\", \"sha256\"} and nothing else")});
            continue;
        }
        if (listed.contains(name)) {
            problems.append(Error{where + QStringLiteral(".name"), tr("\"%1\" is listed twice").arg(name)});
            continue;
        }
        listed.insert(name);
        const Entry* entry = present.value(name);
        if (!entry) problems.append(Error{where + QStringLiteral(".name"), tr("\"%1\" is listed but not in the file").arg(name)});
        else if (double(entry->data.size()) != size.toDouble() || QString::fromLatin1(sha256Hex(entry->data)) != hash)
            problems.append(Error{name, tr("its contents do not match the SHA-256 in the manifest: the entry was "
                                           "altered or damaged after export")});
    }
    for (auto it = present.cbegin(); it != present.cend(); ++it)
        if (!listed.contains(it.key())) problems.append(Error{it.key(), tr("is in the file but not in the manifest")});
    return problems;
}
} // namespace

std::optional<Bundle> BundleReader::fail(const Error& error)
{
    m_problems.append(error);
    return std::nullopt;
}

std::optional<Bundle> BundleReader::read(const QByteArray& file, const QString& passphrase)
{
    m_problems.clear();
    m_claimed = Provenance{};
    auto entries = unpackBundle(file, passphrase);
    if (!entries.ok()) return fail(entries.error());
    if (entries->isEmpty() || entries->first().name != manifestEntry)
        return fail(Error{manifestEntry, tr("must be the first entry of a bundle")});
    auto manifest = parseObject(entries->first().data, manifestEntry);
    if (!manifest.ok()) return fail(manifest.error());
    // The signature before the hashes: a bundle that is not what its signer wrote is refused as
    // such, whatever else is wrong with it.
    if (Status s = checkSignature(manifest.value(), entries->first().data, entries.value()); !s.ok()) return fail(s.error());
    m_problems = checkManifest(manifest.value(), entries.value());
    if (!m_problems.isEmpty()) return std::nullopt;

    Bundle bundle;
    QByteArray caseJson;
    bool haveCase = false;
    for (const Entry& e : entries.value()) {
        if (e.name == caseEntry) {
            caseJson = e.data;
            haveCase = true;
        } else if (e.name != manifestEntry && !(e.name == signatureEntry && m_claimed.isSigned)) {
            bundle.files.insert(e.name, e.data);
        }
    }
    if (!haveCase) return fail(Error{caseEntry, tr("missing: a bundle holds one case")});
    auto document = parseObject(caseJson, caseEntry);
    if (!document.ok()) return fail(document.error());
    m_claimed.bundleId = document->value(bundleIdKey).toString().left(100);
    if (Status s = checkVersion(document.value(), caseEntry); !s.ok()) return fail(s.error());
    if (document->value(formatVersionKey).toInt() != m_claimed.formatVersion)
        return fail(Error{caseEntry + u'.' + formatVersionKey,
                          tr("is %1 but the manifest says %2: both parts of a bundle are written by one export")
                              .arg(document->value(formatVersionKey).toInt())
                              .arg(m_claimed.formatVersion)});
    m_problems = validateDocument(document.value(), bundle.files);
    if (!m_problems.isEmpty()) return std::nullopt;
    bundle.document = document.value();
    bundle.provenance = m_claimed;
    return bundle;
}

Status BundleReader::checkSignature(const QJsonObject& manifest, const QByteArray& manifestBytes, const QList<Entry>& entries)
{
    m_claimed = Provenance{};
    if (Status s = checkVersion(manifest, manifestEntry); !s.ok()) return s;
    m_claimed.formatVersion = manifest.value(formatVersionKey).toInt();
    if (!isSigned(manifest)) return {};   // versions 1 to 3: the importer says plainly that it is unsigned

    const QString where = manifestEntry + u'.' + signerKey;
    const QJsonObject signer = manifest.value(signerKey).toObject();
    const QString database = signer.value(QStringLiteral("database")).toString();
    const QString keyHex = signer.value(QStringLiteral("publicKey")).toString();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (!manifest.value(signerKey).isObject() || signer.size() != 2 || database.trimmed().isEmpty() || database.size() > 100
        || !hex64.match(keyHex).hasMatch())
        return Error{where, tr("must be {\"database\": its name (1 to 100 characters), \"publicKey\": 64 lower-case hex "
                               "digits}: a version %1 bundle names the database that signed it").arg(m_claimed.formatVersion)};
    m_claimed.sourceDatabase = database;
    m_claimed.signerPublicKey = QByteArray::fromHex(keyHex.toLatin1());

    const Entry* signature = nullptr;
    for (const Entry& e : entries)
        if (e.name == signatureEntry) signature = &e;
    if (!signature)
        return Error{signatureEntry, tr("missing: a version %1 bundle is signed, so this file was altered or damaged after "
                                        "export (or made by something other than Conduct)").arg(m_claimed.formatVersion)};
    static const QRegularExpression hex128(QStringLiteral("^[0-9a-f]{128}$"));
    if (!hex128.match(QString::fromLatin1(signature->data)).hasMatch()
        || !signing::verifyDetached(manifestBytes, QByteArray::fromHex(signature->data), m_claimed.signerPublicKey))
        return Error{signatureEntry, tr("the signature does not match the manifest and the key of \"%1\" (fingerprint %2): the "
                                        "bundle was altered after it was signed. It was not imported; ask the sender for a new "
                                        "export.").arg(database, signing::fingerprint(m_claimed.signerPublicKey))};
    m_claimed.isSigned = true;
    return {};
}

Error BundleReader::summary() const
{
    if (m_problems.isEmpty()) return Error{};
    Error out = m_problems.first();
    for (qsizetype i = 1; i < m_problems.size(); ++i) out.message += u'\n' + m_problems[i].text();
    return out;
}

} // namespace conduct::bundle
