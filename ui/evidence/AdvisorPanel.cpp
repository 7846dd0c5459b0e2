#include "evidence/AdvisorPanel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
QIcon stateIcon(RuleState state)
{
    QStyle* style = QApplication::style();
    switch (state) {
    case RuleState::Met: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case RuleState::NeedsAttention: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case RuleState::NotApplicable: return style->standardIcon(QStyle::SP_DialogNoButton);
    case RuleState::NotYetRecorded: return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    }
    return {};
}
} // namespace

QString AdvisorPanel::stateSymbol(RuleState state)
{
    switch (state) {
    case RuleState::Met: return QStringLiteral("✔");
    case RuleState::NeedsAttention: return QStringLiteral("⚠");
    case RuleState::NotApplicable: return QStringLiteral("–");
    case RuleState::NotYetRecorded: return QStringLiteral("?");
    }
    return {};
}

AdvisorPanel::AdvisorPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("advisorPanel"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("advisorSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_rules = new QTreeWidget(split);
    m_rules->setObjectName(QStringLiteral("advisorRules"));
    m_rules->setAccessibleName(tr("Protocol advisor rules"));
    m_rules->setRootIsDecorated(false);
    m_rules->setHeaderLabels({tr("State"), tr("Protocol"), tr("Rule"), tr("What Conduct found")});
    m_rules->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_rules->setWordWrap(true);
    m_paragraph = new QTextBrowser(split);
    m_paragraph->setObjectName(QStringLiteral("advisorParagraph"));
    m_paragraph->setAccessibleName(tr("Advice and protocol text"));
    split->addWidget(m_rules);
    split->addWidget(m_paragraph);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);
    connect(m_rules, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item) showParagraph(m_rules->indexOfTopLevelItem(item));
    });
}

void AdvisorPanel::setResults(const QList<RuleResult>& results)
{
    m_results = results;
    m_rules->clear();
    int attention = 0, met = 0, unknown = 0;
    for (const RuleResult& r : results) {
        auto* item = new QTreeWidgetItem(m_rules, {stateSymbol(r.state) + QLatin1Char(' ') + ruleStateLabel(r.state), r.paragraph,
                                                   r.title, r.detail});
        item->setIcon(0, stateIcon(r.state));
        item->setToolTip(2, tr("Select to read the advice and paragraph %1 of the protocol.").arg(r.paragraph));
        if (r.state == RuleState::NeedsAttention) {
            ++attention;
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
        if (r.state == RuleState::Met) ++met;
        if (r.state == RuleState::NotYetRecorded) ++unknown;
    }
    for (int c = 0; c < 3; ++c) m_rules->resizeColumnToContents(c);
    m_summary->setText(tr("Protocol advisor: %1 need attention, %2 met, %3 not yet recorded. It advises; it never blocks. "
                          "Select a rule to read the protocol's words.").arg(attention).arg(met).arg(unknown));
    if (!results.isEmpty()) m_rules->setCurrentItem(m_rules->topLevelItem(0));
}

void AdvisorPanel::showParagraph(int index)
{
    if (index < 0 || index >= m_results.size()) return;
    const RuleResult& r = m_results[index];
    QString html = QStringLiteral("<p><b>%1 %2 — %3</b></p>").arg(stateSymbol(r.state), ruleStateLabel(r.state).toHtmlEscaped(),
                                                                r.title.toHtmlEscaped());
    if (r.state == RuleState::NeedsAttention || r.state == RuleState::NotYetRecorded)
        html += tr("<p><b>What to do:</b> %1</p>").arg(r.advice.toHtmlEscaped());
    html += tr("<p><b>Protocol %1:</b></p>").arg(r.paragraph);
    html += QStringLiteral("<blockquote>%1</blockquote>").arg(r.paragraphText.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_paragraph->setHtml(html);
}

} // namespace conduct
