#pragma once
// The mapping page of the log import: the first rows of the file, and one choice per field
// (date, time, what happened, where, online platform) of the column that holds it.

#include "logimport/ColumnMapping.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace conduct {

class LogMappingPage : public QWidget {
    Q_OBJECT
public:
    explicit LogMappingPage(QWidget* parent = nullptr);
    void setTable(const logimport::LogTable& table, const logimport::ColumnMapping& mapping);
    logimport::ColumnMapping mapping() const;

private:
    QLabel* m_format;
    QTableWidget* m_preview;
    QList<QComboBox*> m_combos;   // in the order of logimport::logFieldTable()
};

} // namespace conduct
