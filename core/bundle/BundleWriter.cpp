#include "bundle/BundleWriter.h"

#include "bundle/BundleFormat.h"
#include "security/AuditLog.h"
#include "security/Signing.h"
#include "store/CaseTransferStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace conduct::bundle {
namespace {
QJsonValue toJson(const FieldSpec& field, const QVariant& value)
{
    if (value.isNull()) return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Id:
    case FieldType::Ref:
    case FieldType::AccountRef:
    case FieldType::Integer: return QJsonValue(value.toLongLong());
    case FieldType::Boolean: return QJsonValue(value.toLongLong() != 0);
    default: return QJsonValue(value.toString());
    }
}

QStringList columnsOf(const KindSpec& kind)
{
    QStringList columns;
    for (const FieldSpec& f : kind.fields) columns.append(f.column);
    return columns;
}

// This database's own audit records of the case, in the shape of transferred_audit_records:
// on import they are kept for reference under the bundle's id, never added to the local chain.
QJsonArray localAuditRecords(const QList<AuditRecord>& records, const QString& source)
{
    QJsonArray out;
    for (const AuditRecord& r : records) {
        out.append(QJsonObject{
            {QStringLiteral("source"), source},
            {QStringLiteral("sequence"), r.sequence},
            {QStringLiteral("timeUtc"), auditTimeText(r.timeUtc)},
            {QStringLiteral("userName"), r.userName},
            {QStringLiteral("action"), auditActionCode(r.action)},
            {QStringLiteral("entityType"), r.entityType},
            {QStringLiteral("entityId"), r.entityId},
            {QStringLiteral("beforeJson"), QString::fromUtf8(r.beforeJson)},
            {QStringLiteral("afterJson"), QString::fromUtf8(r.afterJson)},
            {QStringLiteral("justification"), r.justification},
            {QStringLiteral("recipient"), r.recipient},
            {QStringLiteral("previousHash"), QString::fromLatin1(r.previousHash)},
            {QStringLiteral("hash"), QString::fromLatin1(r.hash)},
        });
    }
    return out;
}
} // namespace

Result<CollectedCase> collectCase(Database& db, qint64 caseId, const BundleStamp& stamp)
{
    const CaseTransferStore store(db);
    CollectedCase out;
    out.document.insert(formatVersionKey, formatVersion);
    out.document.insert(bundleIdKey, stamp.bundleId);
    out.document.insert(exportedUtcKey, toDbTime(stamp.exportedUtc).toString());
    out.document.insert(exportedByKey, stamp.exportedBy);
    QSet<qint64> accountIds;

    for (const KindSpec& kind : recordKinds()) {
        if (kind.name == accountsKind) continue;   // filled in last, from the references found
        auto rows = store.readRows(caseId, kind.table, columnsOf(kind), kind.orderBy);
        if (!rows.ok()) return rows.error();
        QJsonArray records;
        for (const QVariantList& row : rows.value()) {
            QJsonObject record;
            for (int i = 0; i < kind.fields.size(); ++i) {
                const FieldSpec& f = kind.fields[i];
                record.insert(f.jsonName(), toJson(f, row[i]));
                if (f.type == FieldType::AccountRef && !row[i].isNull()) accountIds.insert(row[i].toLongLong());
            }
            if (kind.name == attachmentsKind) {
                const qint64 attachmentId = record.value(QStringLiteral("id")).toInteger();
                auto content = store.attachmentContent(attachmentId);
                if (!content.ok()) return content.error();
                out.attachments.append({attachmentEntry(attachmentId), content.value()});
            }
            records.append(record);
        }
        if (kind.name == auditRecordsKind) {
            auto local = AuditLog::readForCase(db, caseId);
            if (!local.ok()) return local.error();
            for (const QJsonValue& r : localAuditRecords(local.value(), stamp.bundleId)) records.append(r);
        }
        if (kind.single) {
            if (records.size() != 1) return Error{QCoreApplication::translate("conduct::BundleWriter", "Case"),
                                                 QCoreApplication::translate("conduct::BundleWriter", "The case no longer exists.")};
            out.document.insert(kind.name, records.first());
            out.urn = records.first().toObject().value(QStringLiteral("urn")).toString();
        } else {
            out.document.insert(kind.name, records);
        }
        out.recordCount += int(records.size());
    }

    auto accounts = store.accounts(QList<qint64>(accountIds.begin(), accountIds.end()));
    if (!accounts.ok()) return accounts.error();
    QList<qint64> ids = accounts->keys();
    std::sort(ids.begin(), ids.end());
    QJsonArray accountRecords;
    for (qint64 id : ids)
        accountRecords.append(QJsonObject{{QStringLiteral("id"), id},
                                          {QStringLiteral("userName"), accounts->value(id).userName},
                                          {QStringLiteral("displayName"), accounts->value(id).displayName}});
    out.document.insert(accountsKind, accountRecords);
    out.recordCount += int(accountRecords.size());
    return out;
}

Result<QList<Entry>> bundleEntries(const CollectedCase& collected, const BundleSigner& signer)
{
    QList<Entry> entries{{caseEntry, QJsonDocument(collected.document).toJson(QJsonDocument::Indented)}};
    entries.append(collected.attachments);
    QJsonArray listed;
    for (const Entry& e : entries)
        listed.append(QJsonObject{{QStringLiteral("name"), e.name},
                                  {QStringLiteral("size"), e.data.size()},
                                  {QStringLiteral("sha256"), QString::fromLatin1(sha256Hex(e.data))}});
    const QJsonObject manifest{{formatVersionKey, formatVersion},
                               {signerKey, QJsonObject{{QStringLiteral("database"), signer.databaseName},
                                                       {QStringLiteral("publicKey"), QString::fromLatin1(signer.publicKey.toHex())}}},
                               {QStringLiteral("entries"), listed}};
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    auto signature = signing::signDetached(manifestBytes, signer.secretKey);
    if (!signature.ok()) return signature.error();
    entries.prepend({signatureEntry, signature->toHex()});
    entries.prepend({manifestEntry, manifestBytes});
    return entries;
}

} // namespace conduct::bundle
