// The record checks of BundleReader: every kind, record and field of case.json against the one
// table in BundleFormat. Nothing here touches a database.

#include "bundle/BundleContainer.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleReader.h"
#include "domain/Urn.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace conduct::bundle {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::BundleReader", text); }

// JSON numbers are doubles: whole numbers are exact up to 2^53.
constexpr double largestExactInteger = 9007199254740992.0;

bool isWholeNumber(const QJsonValue& v)
{
    if (!v.isDouble()) return false;
    const double d = v.toDouble();
    // The range first: converting a larger double to an integer is undefined behaviour (found by fuzz_bundle).
    return d <= largestExactInteger && d >= -largestExactInteger && d == std::trunc(d);
}

bool matches(const char* pattern, const QString& text)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

QString problemWithCodes(const QString& value, const FieldSpec& field)
{
    const QStringList allowed = field.codes();
    QStringList parts = field.type == FieldType::CodeList ? value.split(u',', Qt::SkipEmptyParts) : QStringList{value};
    if (field.type == FieldType::CodeList && value.contains(QLatin1String(",,"))) parts.append(QStringLiteral(",,"));
    for (const QString& part : parts)
        if (!allowed.contains(part))
            return tr("\"%1\" is not one of: %2").arg(part.left(40), allowed.join(QStringLiteral(", ")));
    return {};
}

// What is wrong with one value, or an empty string when it is fine.
QString problemWith(const QJsonValue& v, const FieldSpec& field)
{
    if (v.isNull()) return field.nullable ? QString() : tr("is null; a value is required");
    switch (field.type) {
    case FieldType::Id:
    case FieldType::Ref:
    case FieldType::AccountRef:
        return isWholeNumber(v) && v.toDouble() >= 1 ? QString() : tr("not a positive whole number");
    case FieldType::Integer: return isWholeNumber(v) ? QString() : tr("not a whole number");
    case FieldType::Boolean: return v.isBool() ? QString() : tr("not true or false");
    default: break;
    }
    if (!v.isString()) return tr("not text");
    const QString s = v.toString();
    switch (field.type) {
    case FieldType::Text:
        return s.size() <= field.maxLength ? QString()
                                           : tr("is %1 characters long; at most %2 are allowed").arg(s.size()).arg(field.maxLength);
    case FieldType::JsonText: {
        if (s.size() > field.maxLength) return tr("is longer than %1 characters").arg(field.maxLength);
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8(), &e);
        return e.error == QJsonParseError::NoError && !doc.isNull() ? QString()
                                                                     : tr("not JSON text (an object or a list written as a string)");
    }
    case FieldType::Date:
        return matches("^\\d{4}-\\d{2}-\\d{2}$", s) && QDate::fromString(s, Qt::ISODate).isValid()
                   ? QString()
                   : tr("not a date (use YYYY-MM-DD, e.g. 2026-03-01)");
    case FieldType::DateTime:
        return matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$", s)
                       && QDateTime::fromString(s, Qt::ISODateWithMs).isValid()
                   ? QString()
                   : tr("not a date (use ISO 8601 UTC, e.g. 2026-03-01T14:30:00.000Z)");
    case FieldType::Code:
    case FieldType::CodeList: return problemWithCodes(s, field);
    case FieldType::Sha256: return matches("^[0-9a-f]{64}$", s) ? QString() : tr("not a SHA-256 hash (64 lower-case hex digits)");
    case FieldType::Urn: {
        auto urn = parseUrn(s);
        if (!urn.ok()) return urn.error().message;
        return urn->normalised == s ? QString() : tr("not written as Conduct stores URNs (%1)").arg(urn->normalised);
    }
    default: return {};
    }
}

class Validator {
public:
    explicit Validator(const QHash<QString, QByteArray>& files) : m_files(files) {}

    void add(const QString& field, const QString& message)
    {
        if (m_problems.size() < maxProblemsListed) m_problems.append(Error{field, message});
        else ++m_more;
    }

    // Shape, types and ids of every record; references are checked once all ids are known.
    void checkKind(const QJsonObject& document, const KindSpec& kind)
    {
        const QJsonValue value = document.value(kind.name);
        if (kind.single) {
            if (!value.isObject()) return add(kind.name, tr("missing or not an object"));
            checkRecord(kind, kind.name, value.toObject());
            return;
        }
        if (value.isUndefined() && kind.addedLater) return;   // an older bundle: none of them
        if (!value.isArray()) return add(kind.name, tr("missing or not a list (an empty list when there are none)"));
        const QJsonArray records = value.toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString where = QStringLiteral("%1[%2]").arg(kind.name).arg(i);
            if (!records.at(i).isObject()) add(where, tr("not an object"));
            else checkRecord(kind, where, records.at(i).toObject());
        }
    }

    void checkReferences(const QJsonObject& document, const KindSpec& kind)
    {
        const QJsonValue value = document.value(kind.name);
        const QJsonArray records = kind.single ? QJsonArray{value} : value.toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (!records.at(i).isObject()) continue;   // already reported
            const QJsonObject record = records.at(i).toObject();
            const QString where = kind.single ? kind.name : QStringLiteral("%1[%2]").arg(kind.name).arg(i);
            for (const FieldSpec& f : kind.fields) {
                if (f.type != FieldType::Ref && f.type != FieldType::AccountRef) continue;
                const QJsonValue ref = record.value(f.jsonName());
                if (!isWholeNumber(ref)) continue;   // null, or already reported
                const QString target = f.type == FieldType::Ref ? f.refKind : accountsKind;
                if (!m_ids.value(target).contains(ref.toInteger()))
                    add(where + u'.' + f.jsonName(),
                        tr("refers to %1 id %2, which is not in the bundle").arg(target).arg(ref.toInteger()));
            }
            if (kind.name == attachmentsKind) checkAttachment(where, record);
        }
    }

    void checkUnusedFiles()
    {
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
            if (!m_usedFiles.contains(it.key())) add(it.key(), tr("is not the file of any attachment in the bundle"));
    }

    QList<Error> problems() const
    {
        QList<Error> out = m_problems;
        if (m_more > 0) out.append(Error{QString(), tr("… and %1 more problems.").arg(m_more)});
        return out;
    }

private:
    void checkRecord(const KindSpec& kind, const QString& where, const QJsonObject& record)
    {
        for (const QString& key : record.keys())
            if (!kind.field(key)) add(where + u'.' + key, tr("unknown field: version %1 of the format has no such field").arg(formatVersion));
        for (const FieldSpec& f : kind.fields) {
            const QString field = where + u'.' + f.jsonName();
            if (!record.contains(f.jsonName())) {
                if (!f.whenAbsent.isUndefined()) continue;   // added in a later version; older bundles lack it
                add(field, f.nullable ? tr("missing (write null when there is no value)") : tr("missing"));
                continue;
            }
            const QJsonValue v = record.value(f.jsonName());
            if (const QString problem = problemWith(v, f); !problem.isEmpty()) add(field, problem);
            else if (f.type == FieldType::Id && m_ids[kind.name].contains(v.toInteger()))
                add(field, tr("id %1 is used by another record of %2").arg(v.toInteger()).arg(kind.name));
            else if (f.type == FieldType::Id)
                m_ids[kind.name].insert(v.toInteger());
        }
    }

    void checkAttachment(const QString& where, const QJsonObject& record)
    {
        const QString entry = attachmentEntry(record.value(QStringLiteral("id")).toInteger());
        if (!m_files.contains(entry)) return add(where + QStringLiteral(".id"), tr("its file %1 is not in the bundle").arg(entry));
        m_usedFiles.insert(entry);
        const QByteArray& data = m_files[entry];
        if (record.value(QStringLiteral("sizeBytes")).toDouble() != double(data.size()))
            add(where + QStringLiteral(".sizeBytes"), tr("does not match the size of %1 (%2 bytes)").arg(entry).arg(data.size()));
        if (record.value(QStringLiteral("sha256")).toString() != QString::fromLatin1(sha256Hex(data)))
            add(where + QStringLiteral(".sha256"), tr("does not match the SHA-256 of %1").arg(entry));
    }

    const QHash<QString, QByteArray>& m_files;
    QHash<QString, QSet<qint64>> m_ids;
    QSet<QString> m_usedFiles;
    QList<Error> m_problems;
    int m_more = 0;
};
} // namespace

QList<Error> validateDocument(const QJsonObject& document, const QHash<QString, QByteArray>& files)
{
    Validator v(files);
    static const QStringList headerKeys{formatVersionKey, bundleIdKey, exportedUtcKey, exportedByKey};
    for (const QString& key : document.keys())
        if (!headerKeys.contains(key) && !kindNamed(key))
            v.add(caseEntry + u'.' + key, tr("unknown member: version %1 of the format has no such list").arg(formatVersion));
    const FieldSpec bundleId{bundleIdKey, FieldType::Text, false, 100};
    const FieldSpec exportedUtc{exportedUtcKey, FieldType::DateTime};
    const FieldSpec exportedBy{exportedByKey, FieldType::Text, false, 64};
    for (const FieldSpec* f : {&bundleId, &exportedUtc, &exportedBy}) {
        const QString problem = document.contains(f->column) ? problemWith(document.value(f->column), *f) : tr("missing");
        if (!problem.isEmpty()) v.add(f->column, problem);
    }
    if (document.value(bundleIdKey).toString().trimmed().isEmpty() && document.value(bundleIdKey).isString())
        v.add(bundleIdKey, tr("is empty; it names the export"));
    for (const KindSpec& kind : recordKinds()) v.checkKind(document, kind);
    for (const KindSpec& kind : recordKinds()) v.checkReferences(document, kind);
    v.checkUnusedFiles();
    return v.problems();
}

} // namespace conduct::bundle
