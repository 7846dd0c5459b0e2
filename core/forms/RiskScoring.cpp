#include "forms/RiskScoring.h"

#include "common/UkTime.h"
#include "forms/FormsText.h"

#include <algorithm>

namespace conduct {

namespace {

QString levelLabel(const FormPack& pack, const QString& id)
{
    const RiskLevel* level = pack.scoring.level(id);
    return level ? level->label : id;
}

QStringList levelLabels(const FormPack& pack)
{
    QStringList labels;
    for (const auto& level : pack.scoring.levels) labels.append(level.label);
    return labels;
}

// Rank of the lowest level that is marked "visible high risk", or -1.
int visibleHighRiskRank(const FormPack& pack)
{
    const auto& levels = pack.scoring.levels;
    for (qsizetype i = 0; i < levels.size(); ++i)
        if (levels.at(i).visibleHighRisk) return int(i);
    return -1;
}

} // namespace

bool answerCounts(const FormPack& pack, const FormItem& item, const QVariant& value)
{
    const QStringList counted = item.countAnswers.isEmpty() ? pack.scoring.countAnswers : item.countAnswers;
    switch (item.type) {
    case AnswerType::YesNo:
    case AnswerType::YesNoDontKnow:
    case AnswerType::SingleChoice: return counted.contains(value.toString());
    case AnswerType::MultipleChoice: {
        const QStringList selected = value.toStringList();
        return std::any_of(selected.begin(), selected.end(), [&](const QString& id) { return counted.contains(id); });
    }
    case AnswerType::Grid: {
        if (!counted.contains(yesCode())) return false;
        const QVariantMap rows = value.toMap();
        return std::any_of(rows.begin(), rows.end(), [](const QVariant& ticked) { return !ticked.toStringList().isEmpty(); });
    }
    default: return false;
    }
}

int scoreAnswers(const FormPack& pack, const FormAnswers& answers, const CaseFacts& facts)
{
    if (!pack.scoring.counted) return 0;
    int score = 0;
    for (const FormItem* item : visibleItems(pack, answers, facts)) {
        if (!item->scored) continue;
        const auto normal = normaliseAnswer(*item, answers.value(item->id));
        if (normal.ok() && answerCounts(pack, *item, normal.value())) ++score;
    }
    return score;
}

const RiskLevel* suggestedLevel(const FormPack& pack, int score)
{
    if (!pack.scoring.hasBands()) return nullptr;
    for (const auto& level : pack.scoring.levels)
        if (level.min && score >= *level.min && (!level.max || score <= *level.max)) return &level;
    return nullptr;
}

bool isVisibleHighRisk(const FormPack& pack, int score)
{
    const RiskLevel* level = suggestedLevel(pack, score);
    const int threshold = visibleHighRiskRank(pack);
    return level && threshold >= 0 && pack.scoring.levelRank(level->id) >= threshold;
}

bool meetsEscalationCriterion(int callOutsInWindow, const EscalationRule& rule)
{
    return rule.callOutThreshold > 0 && callOutsInWindow >= rule.callOutThreshold;
}

Status validateOfficerLevel(const FormPack& pack, const QString& suggestedLevelId, const QString& officerLevelId,
                            const QString& rationale)
{
    const QString field = FormsText::tr("Officer's risk level");
    const int officerRank = pack.scoring.levelRank(officerLevelId);
    if (officerRank < 0)
        return Error{field, FormsText::tr("choose one of: %1.").arg(levelLabels(pack).join(QStringLiteral(", ")))};
    if (suggestedLevelId.isEmpty() || suggestedLevelId == officerLevelId) return {};
    const int suggestedRank = pack.scoring.levelRank(suggestedLevelId);
    if (suggestedRank < 0)
        return Error{FormsText::tr("Suggested risk level"), FormsText::tr("%1 is not a level of this form; use one of: %2.")
                                                                .arg(suggestedLevelId, levelLabels(pack).join(QStringLiteral(", ")))};
    if (officerRank < suggestedRank)
        return Error{field, FormsText::tr("%1 is below the suggested level, %2. Professional judgement may raise the risk level "
                                          "but never lower it: DASH guidance says other factors may increase the risk level but "
                                          "will not reduce it, and an actuarial assessment must not be downgraded. Choose %2 or "
                                          "higher (protocol 3.7).")
                                .arg(levelLabel(pack, officerLevelId), levelLabel(pack, suggestedLevelId))};
    if (rationale.trimmed().isEmpty())
        return Error{FormsText::tr("Rationale"), FormsText::tr("explain in writing why you graded the risk %1 when the suggested level is %2.")
                                                     .arg(levelLabel(pack, officerLevelId), levelLabel(pack, suggestedLevelId))};
    return {};
}

QDate nextReviewDate(const QString& levelId, const QDate& assessedOn, const ReviewIntervals& intervals)
{
    return assessedOn.addDays(intervals.daysFor(levelId));
}

QDate nextReviewDate(const QString& levelId, const ReviewIntervals& intervals)
{
    return nextReviewDate(levelId, uktime::today(), intervals);   // London's today, not UTC's (00:00-01:00 BST)
}

bool shouldPromptSdash(const FormAnswers& dash, int incidentCount)
{
    return dash.value(dashStalkingItemId()).toString() == yesCode() || incidentCount >= 2;
}

RiskSummary summariseRisk(const FormPack& pack, const FormAnswers& answers, const CaseFacts& facts, int callOutsInWindow,
                          const QString& officerLevelId, const RiskConfig& config)
{
    RiskSummary s;
    s.score = scoreAnswers(pack, answers, facts);
    if (const RiskLevel* level = suggestedLevel(pack, s.score)) s.suggestedLevelId = level->id;
    s.visibleHighRisk = isVisibleHighRisk(pack, s.score);
    s.potentialEscalation = meetsEscalationCriterion(callOutsInWindow, config.escalation);
    const int officerRank = pack.scoring.levelRank(officerLevelId);
    const int highRank = visibleHighRiskRank(pack);
    s.professionalJudgement = !s.visibleHighRisk && officerRank >= 0 && highRank >= 0 && officerRank >= highRank;
    const RiskLevel* graded = pack.scoring.level(officerLevelId);
    const RiskLevel* suggested = pack.scoring.level(s.suggestedLevelId);
    s.promptsFullerAssessment = (graded && graded->promptsFullerAssessment) || (suggested && suggested->promptsFullerAssessment);
    if (s.visibleHighRisk) s.maracCriteria.append(FormsText::tr("Visible high risk"));
    if (s.professionalJudgement) s.maracCriteria.append(FormsText::tr("Professional judgement"));
    if (s.potentialEscalation) s.maracCriteria.append(FormsText::tr("Potential escalation"));
    return s;
}

} // namespace conduct
