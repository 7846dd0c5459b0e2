#pragma once
// One page of audit records for the audit viewer's table. Times are shown in UK time.

#include "security/AuditRecord.h"

#include <QAbstractTableModel>

namespace conduct {

class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SequenceColumn, TimeColumn, UserColumn, ActionColumn, CaseColumn, EntityColumn, ChangesColumn,
                  JustificationColumn, RecipientColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(QList<AuditRecord> records);
    const QList<AuditRecord>& records() const { return m_records; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString actionLabel(AuditAction action);

private:
    QList<AuditRecord> m_records;
};

} // namespace conduct
