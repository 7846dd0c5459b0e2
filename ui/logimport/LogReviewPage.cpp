#include "logimport/LogReviewPage.h"

#include "logimport/UkDateTime.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {

using namespace logimport;

namespace {
enum Column { RowsColumn, WhenColumn, WhatColumn, WhereColumn, BehavioursColumn, CheckColumn, ColumnCount };

QString londonText(const ProposedIncident& p)
{
    if (!p.startUtc.isValid()) return QString();
    const QDateTime start = utcToLondon(p.startUtc);
    if (!p.timeGiven) return start.toString(QStringLiteral("ddd dd/MM/yyyy")) + LogReviewPage::tr(" (no time given)");
    QString text = start.toString(QStringLiteral("ddd dd/MM/yyyy HH:mm"));
    if (p.endUtc.isValid()) text += QStringLiteral("–") + utcToLondon(p.endUtc).toString(QStringLiteral("HH:mm"));
    return text;
}

QString behavioursText(const ProposedIncident& p)
{
    QStringList labels;
    for (Behaviour b : p.behaviours) labels.append(labelOf(b));
    return labels.join(QStringLiteral(", "));
}

QString checkText(const ProposedIncident& p)
{
    if (!p.problem.isEmpty()) return LogReviewPage::tr("Cannot import: %1").arg(p.problem);
    for (const DateQuestion& q : p.questions)
        if (!q.confirmed) return LogReviewPage::tr("Confirm the date: %1").arg(q.reason);
    return p.questions.isEmpty() ? LogReviewPage::tr("Ready") : LogReviewPage::tr("Ready (date confirmed)");
}
} // namespace

LogReviewPage::LogReviewPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* body = new QHBoxLayout;
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setAccessibleName(tr("Proposed incidents"));
    m_table->setHorizontalHeaderLabels({tr("Rows"), tr("When (London)"), tr("What happened"), tr("Where"), tr("Behaviours"), tr("Check")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    body->addWidget(m_table, 5);

    auto* side = new QVBoxLayout;
    auto* behaviourLabel = new QLabel(tr("&Behaviours of the selected entry (suggested from the complainant's words; "
                                         "confirm or change — s2A behaviours first, protocol 4.2):"), this);
    behaviourLabel->setWordWrap(true);
    m_behaviours = new QListWidget(this);
    m_behaviours->setObjectName(QStringLiteral("behaviourList"));
    behaviourLabel->setBuddy(m_behaviours);
    for (Behaviour b : allValues<Behaviour>()) {
        auto* item = new QListWidgetItem(labelOf(b), m_behaviours);
        item->setData(Qt::UserRole, static_cast<int>(b));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    side->addWidget(behaviourLabel);
    side->addWidget(m_behaviours, 1);

    m_dateBox = new QGroupBox(tr("Date to confirm (protocol 3.6: the account's precision matters)"), this);
    auto* dateLayout = new QVBoxLayout(m_dateBox);
    m_dateReason = new QLabel(m_dateBox);
    m_dateReason->setObjectName(QStringLiteral("dateReason"));
    m_dateReason->setWordWrap(true);
    m_dateOptions = new QComboBox(m_dateBox);
    m_dateOptions->setObjectName(QStringLiteral("dateOptionCombo"));
    auto* confirm = new QPushButton(tr("&Confirm this date"), m_dateBox);
    confirm->setObjectName(QStringLiteral("confirmDateButton"));
    dateLayout->addWidget(m_dateReason);
    dateLayout->addWidget(m_dateOptions);
    dateLayout->addWidget(confirm);
    side->addWidget(m_dateBox);
    body->addLayout(side, 2);
    layout->addLayout(body, 1);

    auto* buttons = new QHBoxLayout;
    const auto makeButton = [&](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    auto* merge = makeButton(tr("&Merge with next"), "mergeButton", tr("The selected entry and the one below describe one incident"));
    auto* split = makeButton(tr("S&plit"), "splitButton", tr("The selected entry describes two occasions: split at its first paragraph or sentence"));
    auto* drop = makeButton(tr("&Drop"), "dropButton", tr("Leave the selected entry out of the import (it stays in the exhibit)"));
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(merge, &QPushButton::clicked, this, [this] { apply(&mergeWithNext); });
    connect(split, &QPushButton::clicked, this, [this] { apply(&splitEntry); });
    connect(drop, &QPushButton::clicked, this, [this] { apply(&dropEntry); });
    connect(confirm, &QPushButton::clicked, this, &LogReviewPage::confirmDate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LogReviewPage::showSelected);
    connect(m_behaviours, &QListWidget::itemChanged, this, &LogReviewPage::behaviourToggled);
}

void LogReviewPage::setProposals(const QString& fileName, const QList<ProposedIncident>& proposals)
{
    m_fileName = fileName;
    m_proposals = proposals;
    refill(0);
}

int LogReviewPage::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void LogReviewPage::refill(int selectRow)
{
    m_filling = true;
    m_table->setRowCount(int(m_proposals.size()));
    int waiting = 0;
    for (int r = 0; r < m_proposals.size(); ++r) {
        const ProposedIncident& p = m_proposals[r];
        const QStringList cells = {p.rowsText(), londonText(p), p.description, p.platform.isEmpty() ? p.location : p.platform,
                                   behavioursText(p), checkText(p)};
        const bool blocked = !p.problem.isEmpty() || p.needsConfirmation();
        if (blocked) ++waiting;
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (blocked) item->setBackground(p.problem.isEmpty() ? QColor(0xFF, 0xF2, 0xCC) : QColor(0xF8, 0xD7, 0xDA));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnToContents(RowsColumn);
    m_table->resizeColumnToContents(WhenColumn);
    m_table->setColumnWidth(WhatColumn, 220);
    m_table->setColumnWidth(WhereColumn, 120);
    m_table->setColumnWidth(BehavioursColumn, 170);
    m_table->resizeRowsToContents();
    m_status->setText(waiting == 0 ? tr("%1 entries from %2 are ready to import. Nothing is saved until you press Import.")
                                         .arg(m_proposals.size()).arg(m_fileName)
                                   : tr("%1 entries from %2; %3 need your attention (coloured) before the import can go ahead. "
                                        "Nothing is saved until you press Import.")
                                         .arg(m_proposals.size()).arg(m_fileName).arg(waiting));
    m_filling = false;
    if (!m_proposals.isEmpty()) m_table->selectRow(std::clamp(selectRow, 0, int(m_proposals.size()) - 1));
    showSelected();
    emit edited();
}

void LogReviewPage::showSelected()
{
    const int row = selectedRow();
    m_filling = true;
    const bool any = row >= 0;
    m_behaviours->setEnabled(any);
    for (int i = 0; i < m_behaviours->count(); ++i) {
        QListWidgetItem* item = m_behaviours->item(i);
        const auto b = static_cast<Behaviour>(item->data(Qt::UserRole).toInt());
        item->setCheckState(any && m_proposals[row].behaviours.contains(b) ? Qt::Checked : Qt::Unchecked);
    }
    m_dateOptions->clear();
    const DateQuestion* question = nullptr;
    if (any)
        for (const DateQuestion& q : m_proposals[row].questions)
            if (!question || (!q.confirmed && question->confirmed)) question = &q;
    m_dateBox->setVisible(question != nullptr);
    if (question) {
        m_dateReason->setText(question->reason);
        for (const DateOption& o : question->options) m_dateOptions->addItem(o.label);
        m_dateOptions->setCurrentIndex(question->chosen);
    }
    m_filling = false;
}

void LogReviewPage::apply(Status (*edit)(QList<ProposedIncident>&, int))
{
    const int row = selectedRow();
    if (Status s = edit(m_proposals, row); !s.ok()) {
        emit editFailed(s.error().message);
        return;
    }
    refill(row);
}

void LogReviewPage::behaviourToggled()
{
    const int row = selectedRow();
    if (m_filling || row < 0) return;
    QList<Behaviour> chosen;
    for (int i = 0; i < m_behaviours->count(); ++i)
        if (m_behaviours->item(i)->checkState() == Qt::Checked)
            chosen.append(static_cast<Behaviour>(m_behaviours->item(i)->data(Qt::UserRole).toInt()));
    m_proposals[row].behaviours = chosen;
    m_table->item(row, BehavioursColumn)->setText(behavioursText(m_proposals[row]));
    emit edited();
}

void LogReviewPage::confirmDate()
{
    const int row = selectedRow();
    if (row < 0) return;
    ProposedIncident& p = m_proposals[row];
    int question = -1;
    for (int q = 0; q < p.questions.size() && question < 0; ++q)
        if (!p.questions[q].confirmed) question = q;
    if (question < 0) question = 0;
    if (Status s = chooseDateOption(p, question, m_dateOptions->currentIndex()); !s.ok()) {
        emit editFailed(s.error().message);
        return;
    }
    refill(row);
}

} // namespace conduct
