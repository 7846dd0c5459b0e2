#pragma once
// The protocol advisor: each rule's state as an icon AND words (never colour alone), what was
// found, and — one click away — the advice and the protocol paragraph's own text.

#include "rules/Advisor.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace conduct {

class AdvisorPanel : public QWidget {
    Q_OBJECT
public:
    explicit AdvisorPanel(QWidget* parent = nullptr);
    void setResults(const QList<RuleResult>& results);
    QTreeWidget* rules() const { return m_rules; }
    QTextBrowser* paragraphView() const { return m_paragraph; }
    static QString stateSymbol(RuleState state);   // "✔", "⚠", "–", "?"

private:
    void showParagraph(int index);
    QList<RuleResult> m_results;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_rules = nullptr;
    QTextBrowser* m_paragraph = nullptr;
};

} // namespace conduct
