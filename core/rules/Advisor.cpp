#include "rules/Advisor.h"

#include "rules/ProtocolText.h"

#include <QCoreApplication>

namespace conduct {

QString ruleStateLabel(RuleState state)
{
    switch (state) {
    case RuleState::Met: return QCoreApplication::translate("conduct::Advisor", "Met");
    case RuleState::NeedsAttention: return QCoreApplication::translate("conduct::Advisor", "Needs attention");
    case RuleState::NotApplicable: return QCoreApplication::translate("conduct::Advisor", "Not applicable");
    case RuleState::NotYetRecorded: return QCoreApplication::translate("conduct::Advisor", "Not yet recorded");
    }
    return {};
}

QString ruleStateCode(RuleState state)
{
    switch (state) {
    case RuleState::Met: return QStringLiteral("met");
    case RuleState::NeedsAttention: return QStringLiteral("needs_attention");
    case RuleState::NotApplicable: return QStringLiteral("not_applicable");
    case RuleState::NotYetRecorded: return QStringLiteral("not_yet_recorded");
    }
    return {};
}

const ChecklistItemRecord* AdvisorInput::checklistItem(const QString& packId, const QString& itemId) const
{
    for (const auto& r : checklist)
        if (r.packId == packId && r.itemId == itemId) return &r;
    return nullptr;
}

QList<RuleResult> runAdvisor(const AdvisorInput& input)
{
    QList<RuleResult> out;
    for (const AdvisorRule& rule : advisorRules()) {
        const RuleVerdict verdict = rule.check(input);
        const QString paragraph = QString::fromLatin1(rule.paragraph);
        out.append({paragraph, QCoreApplication::translate("conduct::Advisor", rule.title), verdict.state, verdict.detail,
                    QCoreApplication::translate("conduct::Advisor", rule.advice), protocolParagraphText(paragraph)});
    }
    return out;
}

int countNeedingAttention(const QList<RuleResult>& results)
{
    int n = 0;
    for (const auto& r : results)
        if (r.state == RuleState::NeedsAttention) ++n;
    return n;
}

} // namespace conduct
