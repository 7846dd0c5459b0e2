#include "chronology/LinkedMatchesBanner.h"
#include "common/UkTime.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
enum Column { DecisionColumn, StrengthColumn, PersonColumn, CaseColumn, ComplainantsColumn, MatchedColumn, ColumnCount };

QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}
} // namespace

LinkedMatchesBanner::LinkedMatchesBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("linkedMatchesBanner"));
    setAccessibleName(tr("Possible matches in other cases"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xCE));   // an information bar, not an error
    pal.setColor(QPalette::WindowText, Qt::black);
    setPalette(pal);
    auto* layout = new QHBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("linkedMatchesText"));
    auto* view = makeButton(tr("&View matches"), QStringLiteral("viewMatchesButton"), this);
    auto* close = makeButton(tr("Close"), QStringLiteral("closeBannerButton"), this);
    close->setToolTip(tr("Hide this bar. The search stays recorded on the case, and the matches can be found again "
                         "with \"Find this person elsewhere\"."));
    layout->addWidget(m_label, 1);
    layout->addWidget(view);
    layout->addWidget(close);
    connect(view, &QPushButton::clicked, this, &LinkedMatchesBanner::viewRequested);
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void LinkedMatchesBanner::showOutcome(const Person& probe, const LinkedSearchOutcome& outcome)
{
    m_probe = probe;
    m_outcome = outcome;
    const int n = int(outcome.matches.size());
    m_label->setText(tr("%n possible match(es) in other cases for %1 (protocol 3.8: check for linked incidents).", nullptr, n)
                         .arg(probe.displayName()));
    setVisible(n > 0);
}

QString LinkedMatchesBanner::text() const { return m_label->text(); }

LinkedMatchesDialog::LinkedMatchesDialog(LinkedSearchService& service, const Person& probe,
                                         const LinkedSearchOutcome& outcome, QWidget* parent)
    : QDialog(parent), m_service(service), m_probe(probe), m_outcome(outcome)
{
    setObjectName(QStringLiteral("linkedMatchesDialog"));
    setWindowTitle(tr("%1 in other cases").arg(probe.displayName()));
    resize(1100, 480);
    m_decisions.resize(outcome.matches.size());
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("People recorded on other cases who may be %1. A match is a prompt to look, not a link: "
                                "open the case, then confirm or dismiss each one. Decisions are recorded on this case "
                                "(protocol 3.8).").arg(probe.displayName()), this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("linkedMatchesTable"));
    m_table->setAccessibleName(tr("Possible matches"));
    m_table->setHorizontalHeaderLabels({tr("Decision"), tr("Strength"), tr("Person and role"), tr("Case"),
                                        tr("Other complainants"), tr("What matched")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    auto* noteRow = new QHBoxLayout;
    auto* noteLabel = new QLabel(tr("&Note for the record:"), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("decisionNoteEdit"));
    m_note->setPlaceholderText(tr("Why it is, or is not, the same person"));
    noteLabel->setBuddy(m_note);
    auto* confirm = makeButton(tr("&Confirm same person"), QStringLiteral("confirmMatchButton"), this);
    auto* dismiss = makeButton(tr("&Dismiss"), QStringLiteral("dismissMatchButton"), this);
    auto* open = makeButton(tr("&Open that case"), QStringLiteral("openMatchCaseButton"), this);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(confirm);
    noteRow->addWidget(dismiss);
    noteRow->addWidget(open);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("linkedMatchesStatus"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(noteRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(confirm, &QPushButton::clicked, this, &LinkedMatchesDialog::confirmSelected);
    connect(dismiss, &QPushButton::clicked, this, &LinkedMatchesDialog::dismissSelected);
    connect(open, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0) return;
        m_caseToOpen = m_outcome.matches[row].ranked.candidate.person.caseId;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
    if (m_table->rowCount() > 0) m_table->selectRow(0);
    else m_status->setText(tr("No possible matches in other cases. The search is recorded on this case."));
}

void LinkedMatchesDialog::fill()
{
    m_table->setRowCount(int(m_outcome.matches.size()));
    for (int row = 0; row < m_outcome.matches.size(); ++row) {
        const LinkedMatch& m = m_outcome.matches[row];
        const Person& p = m.ranked.candidate.person;
        QString person = tr("%1 — %2").arg(p.displayName(), labelOf(p.role).toLower());
        if (p.dateOfBirth.isValid()) person += tr(", born %1").arg(uktime::formatDate(p.dateOfBirth));
        QString others = m.otherComplainants.isEmpty() ? tr("none") : m.otherComplainants.join(QStringLiteral("; "));
        QString matched = describeMatches(m.ranked);
        if (m.restricted) {
            // Issue 24: a case outside the officer's teams says only that a match exists and whom to ask.
            person = tr("Restricted: ask %1, the officer in the case").arg(m.officerInCase);
            others = tr("(restricted)");
            matched = tr("Open that case with a reason to see who matched");
        }
        const QStringList cells = {m_decisions[row].isEmpty() ? tr("Not decided") : m_decisions[row],
                                   tr("%1 (%2)").arg(matchBand(m.ranked.score)).arg(m.ranked.score), person,
                                   m.ranked.candidate.urn, others, matched};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(PersonColumn, std::min(m_table->columnWidth(PersonColumn), 260));
    m_table->setColumnWidth(ComplainantsColumn, std::min(m_table->columnWidth(ComplainantsColumn), 220));
}

int LinkedMatchesDialog::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void LinkedMatchesDialog::confirmSelected() { decide(LinkDecision::Confirmed); }
void LinkedMatchesDialog::dismissSelected() { decide(LinkDecision::Dismissed); }

void LinkedMatchesDialog::decide(LinkDecision decision)
{
    const int row = selectedRow();
    if (row < 0) return;
    const LinkedMatch& m = m_outcome.matches[row];
    auto recorded = m_service.recordDecision(m_outcome.searchId, m_probe.caseId, m, decision, m_note->text().trimmed());
    if (!recorded.ok()) {
        m_status->setText(recorded.error().text());
        return;
    }
    m_decisions[row] = decision == LinkDecision::Confirmed ? tr("Confirmed") : tr("Dismissed");
    m_status->setText(tr("Recorded: %1 %2 in case %3.")
                          .arg(m_decisions[row], m.ranked.candidate.person.displayName(), m.ranked.candidate.urn));
    m_note->clear();
    fill();
    m_table->selectRow(std::min(row + 1, m_table->rowCount() - 1));
}

} // namespace conduct
