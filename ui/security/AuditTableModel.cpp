#include "security/AuditTableModel.h"
#include "common/UkTime.h"


namespace conduct {

void AuditTableModel::setRecords(QList<AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_records.size()); }

int AuditTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString AuditTableModel::actionLabel(AuditAction action)
{
    switch (action) {
    case AuditAction::Create: return tr("Created");
    case AuditAction::Update: return tr("Changed");
    case AuditAction::Delete: return tr("Erased");
    case AuditAction::Consult: return tr("Consulted");
    case AuditAction::Disclose: return tr("Disclosed");
    case AuditAction::Combine: return tr("Combined");
    case AuditAction::Login: return tr("Signed in");
    case AuditAction::LoginFailed: return tr("Sign-in failed");
    case AuditAction::Logout: return tr("Signed out");
    case AuditAction::Lock: return tr("Locked");
    case AuditAction::Unlock: return tr("Unlocked");
    case AuditAction::AccountChange: return tr("Account changed");
    case AuditAction::DiscardDraft: return tr("Draft discarded");
    case AuditAction::ImportRefused: return tr("Import refused");
    }
    return {};
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size()) return {};
    const AuditRecord& r = m_records[index.row()];
    if (role == Qt::ToolTipRole && index.column() == ChangesColumn)
        return QStringLiteral("%1\n→ %2").arg(QString::fromUtf8(r.beforeJson), QString::fromUtf8(r.afterJson));
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case SequenceColumn: return r.sequence;
    case TimeColumn:
        return uktime::formatDateTimeSeconds(r.timeUtc);
    case UserColumn: return r.userName;
    case ActionColumn: return actionLabel(r.action);
    case CaseColumn: return r.caseUrn;
    case EntityColumn: return r.entityId.isEmpty() ? r.entityType : QStringLiteral("%1 %2").arg(r.entityType, r.entityId);
    case ChangesColumn: {
        const QString before = QString::fromUtf8(r.beforeJson);
        const QString after = QString::fromUtf8(r.afterJson);
        return before.isEmpty() ? after : QStringLiteral("%1 → %2").arg(before, after);
    }
    case JustificationColumn: return r.justification;
    case RecipientColumn: return r.recipient;
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case SequenceColumn: return tr("No.");
    case TimeColumn: return tr("Time (UK)");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case CaseColumn: return tr("Case URN");
    case EntityColumn: return tr("Record");
    case ChangesColumn: return tr("Changes");
    case JustificationColumn: return tr("Reason");
    case RecipientColumn: return tr("Recipient");
    default: return {};
    }
}

} // namespace conduct
