#include "bundle/BundleReader.h"

#include "bundle/BundleContainer.h"
#include "bundle/BundleFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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
QList<Error> checkManifest(const QJsonObject& manifest, const QList<Entry>& entries)
{
    QList<Error> problems;
    if (Status s = checkVersion(manifest, manifestEntry); !s.ok()) return {s.error()};
    for (const QString& key : manifest.keys())
        if (key != formatVersionKey && key != QLatin1String("entries"))
            problems.append(Error{manifestEntry + u'.' + key, tr("unknown field")});
    const QJsonValue listedValue = manifest.value(QStringLiteral("entries"));
    if (!listedValue.isArray()) return problems << Error{manifestEntry + QStringLiteral(".entries"), tr("missing or not a list")};
    QHash<QString, const Entry*> present;
    for (const Entry& e : entries)
        if (e.name != manifestEntry) present.insert(e.name, &e);
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
    auto entries = unpackBundle(file, passphrase);
    if (!entries.ok()) return fail(entries.error());
    if (entries->isEmpty() || entries->first().name != manifestEntry)
        return fail(Error{manifestEntry, tr("must be the first entry of a bundle")});
    auto manifest = parseObject(entries->first().data, manifestEntry);
    if (!manifest.ok()) return fail(manifest.error());
    m_problems = checkManifest(manifest.value(), entries.value());
    if (!m_problems.isEmpty()) return std::nullopt;

    Bundle bundle;
    QByteArray caseJson;
    bool haveCase = false;
    for (const Entry& e : entries.value()) {
        if (e.name == caseEntry) {
            caseJson = e.data;
            haveCase = true;
        } else if (e.name != manifestEntry) {
            bundle.files.insert(e.name, e.data);
        }
    }
    if (!haveCase) return fail(Error{caseEntry, tr("missing: a bundle holds one case")});
    auto document = parseObject(caseJson, caseEntry);
    if (!document.ok()) return fail(document.error());
    if (Status s = checkVersion(document.value(), caseEntry); !s.ok()) return fail(s.error());
    m_problems = validateDocument(document.value(), bundle.files);
    if (!m_problems.isEmpty()) return std::nullopt;
    bundle.document = document.value();
    return bundle;
}

Error BundleReader::summary() const
{
    if (m_problems.isEmpty()) return Error{};
    Error out = m_problems.first();
    for (qsizetype i = 1; i < m_problems.size(); ++i) out.message += u'\n' + m_problems[i].text();
    return out;
}

} // namespace conduct::bundle
