#include "logimport/LogMappingPage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {

using namespace logimport;

namespace {
constexpr int previewRows = 8;
const char* const fieldKeys[] = {"date", "time", "description", "location", "platform"};
} // namespace

LogMappingPage::LogMappingPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("logFormatLabel"));
    m_format->setWordWrap(true);
    layout->addWidget(m_format);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("mappingPreview"));
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_preview, 1);
    auto* form = new QFormLayout;
    int i = 0;
    for (const LogFieldEntry& f : logFieldTable()) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("mapCombo_") + QLatin1String(fieldKeys[i++]));
        form->addRow(QCoreApplication::translate("conduct::logimport", f.label) + QLatin1Char(':'), combo);
        m_combos.append(combo);
    }
    auto* note = new QLabel(tr("Dates are read day first (UK style). Times are London time. The date column may hold the time "
                               "as well. Your choice is remembered for files with the same column names."),
                            this);
    note->setWordWrap(true);
    layout->addLayout(form);
    layout->addWidget(note);
}

void LogMappingPage::setTable(const LogTable& table, const ColumnMapping& mapping)
{
    m_format->setText(tr("%1 — %2; %3 entries.").arg(table.fileName, table.formatLabel).arg(table.rows.size()));
    m_preview->clear();
    m_preview->setColumnCount(table.columnCount());
    m_preview->setHorizontalHeaderLabels(table.headers);
    const int rows = std::min<int>(previewRows, int(table.rows.size()));
    m_preview->setRowCount(rows);
    QStringList rowLabels;
    for (int r = 0; r < rows; ++r) {
        rowLabels.append(QString::number(table.rows[r].sourceRow));   // the spreadsheet's own row number
        for (int c = 0; c < table.columnCount(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(table.rows[r].cells.value(c)));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    m_preview->resizeColumnsToContents();
    int i = 0;
    for (const LogFieldEntry& f : logFieldTable()) {
        QComboBox* combo = m_combos[i++];
        combo->clear();
        combo->addItem(f.field == LogField::Date ? tr("(choose the date column)") : tr("(not in this file)"), -1);
        for (int c = 0; c < table.columnCount(); ++c) combo->addItem(table.headers[c], c);
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.column(f.field))));
    }
}

ColumnMapping LogMappingPage::mapping() const
{
    ColumnMapping m;
    int i = 0;
    for (const LogFieldEntry& f : logFieldTable()) m.column(f.field) = m_combos[i++]->currentData().toInt();
    return m;
}

} // namespace conduct
