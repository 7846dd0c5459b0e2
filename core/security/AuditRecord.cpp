#include "security/AuditRecord.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Audit", text); }

QByteArray compact(const QJsonObject& object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// name=<byte length>:<bytes>\n — the length makes field boundaries unambiguous whatever the content.
void appendField(QByteArray& out, const char* name, const QByteArray& value)
{
    out.append(name);
    out.append('=');
    out.append(QByteArray::number(value.size()));
    out.append(':');
    out.append(value);
    out.append('\n');
}

VerifyResult failure(const VerifyResult& sofar, int index, qint64 sequence, const QString& problem)
{
    VerifyResult r = sofar;
    r.ok = false;
    r.firstBadIndex = index;
    r.firstBadSequence = sequence;
    r.problem = problem;
    r.lastHash.clear();
    return r;
}
} // namespace

const QList<AuditAction>& allAuditActions()
{
    static const QList<AuditAction> actions{
        AuditAction::Create, AuditAction::Update, AuditAction::Delete, AuditAction::Consult,
        AuditAction::Disclose, AuditAction::Combine, AuditAction::Login, AuditAction::LoginFailed,
        AuditAction::Logout, AuditAction::Lock, AuditAction::Unlock, AuditAction::AccountChange,
        AuditAction::DiscardDraft, AuditAction::ImportRefused};
    return actions;
}

QString auditActionCode(AuditAction action)
{
    switch (action) {
    case AuditAction::Create: return QStringLiteral("create");
    case AuditAction::Update: return QStringLiteral("update");
    case AuditAction::Delete: return QStringLiteral("delete");
    case AuditAction::Consult: return QStringLiteral("consult");
    case AuditAction::Disclose: return QStringLiteral("disclose");
    case AuditAction::Combine: return QStringLiteral("combine");
    case AuditAction::Login: return QStringLiteral("login");
    case AuditAction::LoginFailed: return QStringLiteral("login_failed");
    case AuditAction::Logout: return QStringLiteral("logout");
    case AuditAction::Lock: return QStringLiteral("lock");
    case AuditAction::Unlock: return QStringLiteral("unlock");
    case AuditAction::AccountChange: return QStringLiteral("account_change");
    case AuditAction::DiscardDraft: return QStringLiteral("discard_draft");
    case AuditAction::ImportRefused: return QStringLiteral("import_refused");
    }
    return {};
}

std::optional<AuditAction> auditActionFromCode(const QString& code)
{
    for (AuditAction a : allAuditActions())
        if (auditActionCode(a) == code) return a;
    return std::nullopt;
}

void AuditRecord::setChanges(const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject changedBefore;
    QJsonObject changedAfter;
    QSet<QString> keys;
    for (const QString& k : before.keys()) keys.insert(k);
    for (const QString& k : after.keys()) keys.insert(k);
    for (const QString& k : keys) {
        if (before.value(k) == after.value(k)) continue;
        if (before.contains(k)) changedBefore.insert(k, before.value(k));
        if (after.contains(k)) changedAfter.insert(k, after.value(k));
    }
    beforeJson = compact(changedBefore);
    afterJson = compact(changedAfter);
}

QByteArray genesisHash() { return QByteArray(64, '0'); }

QString auditTimeText(const QDateTime& utc)
{
    if (!utc.isValid()) return {};
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QByteArray canonicalForm(const AuditRecord& r)
{
    QByteArray out("conduct-audit-v1\n");
    appendField(out, "sequence", QByteArray::number(r.sequence));
    appendField(out, "time_utc", auditTimeText(r.timeUtc).toUtf8());
    appendField(out, "user_id", QByteArray::number(r.userId));
    appendField(out, "user_name", r.userName.toUtf8());
    appendField(out, "action", auditActionCode(r.action).toUtf8());
    appendField(out, "case_id", QByteArray::number(r.caseId));
    appendField(out, "case_urn", r.caseUrn.toUtf8());
    appendField(out, "entity_type", r.entityType.toUtf8());
    appendField(out, "entity_id", r.entityId.toUtf8());
    appendField(out, "before", r.beforeJson);
    appendField(out, "after", r.afterJson);
    appendField(out, "justification", r.justification.toUtf8());
    appendField(out, "recipient", r.recipient.toUtf8());
    return out;
}

QByteArray computeHash(const QByteArray& previousHash, const AuditRecord& record)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(previousHash);
    sha.addData(canonicalForm(record));
    return sha.result().toHex();
}

VerifyResult verifyChain(const QList<AuditRecord>& records)
{
    VerifyResult result;
    QByteArray expectedPrevious = genesisHash();
    qint64 expectedSequence = 1;
    for (int i = 0; i < records.size(); ++i) {
        const AuditRecord& r = records.at(i);
        if (r.sequence != expectedSequence) {
            const QString what = r.sequence < expectedSequence
                ? tr("Audit record %1 is out of order or repeated: record %2 was expected here. Records "
                     "have been reordered or inserted.")
                : tr("Audit record %1 follows record %2: the records in between are missing.");
            return failure(result, i, r.sequence,
                           r.sequence < expectedSequence ? what.arg(r.sequence).arg(expectedSequence)
                                                         : what.arg(r.sequence).arg(expectedSequence - 1));
        }
        if (r.previousHash != expectedPrevious)
            return failure(result, i, r.sequence,
                           tr("Audit record %1 does not link to the record before it: a record has been "
                              "inserted, removed or reordered here.").arg(r.sequence));
        if (computeHash(r) != r.hash)
            return failure(result, i, r.sequence,
                           tr("Audit record %1 has been altered since it was written: its content no "
                              "longer matches its hash.").arg(r.sequence));
        expectedPrevious = r.hash;
        ++expectedSequence;
        result.checked = i + 1;
    }
    result.lastHash = expectedPrevious;
    return result;
}

} // namespace conduct
