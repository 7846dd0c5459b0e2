#pragma once
// Scoring a completed risk form and checking the officer's grading (protocol 3.7: first response
// staff and their supervisor identify risk factors and the level of intervention; the assessment
// is kept under review; high risk cases are considered for MARAC/MAPPA).
//
// DASH guidance (risk-and-evidence-forms.md §2.4): the count bands are "suggested risk levels
// only – other factors may increase risk level, but will not reduce it", and professional
// judgement must not "downgrade" an actuarial assessment. Hence an officer may raise the level
// but never lower it, and must write down why whenever it differs.

#include "common/Result.h"
#include "forms/FormAnswers.h"
#include "forms/FormPack.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace conduct {

// MARAC "potential escalation": police call-outs within a window. SafeLives "common practice" is
// three in 12 months; Kent uses three in 6 months and one older form five in 12, so it is a setting.
struct EscalationRule {
    int callOutThreshold = 3;
    int windowMonths = 12;   // the caller counts call-outs over this window
};

// Days until the next review of an assessment, by level id. The reference sets no national
// intervals; these defaults (high weekly, medium fortnightly, otherwise four-weekly) follow 3.7's
// "kept under constant review" and are meant to be overridden by force policy.
struct ReviewIntervals {
    QMap<QString, int> daysByLevel{{QStringLiteral("high"), 7},
                                   {QStringLiteral("medium"), 14},
                                   {QStringLiteral("moderate"), 14},
                                   {QStringLiteral("standard"), 28},
                                   {QStringLiteral("low"), 28}};
    int otherDays = 28;

    int daysFor(const QString& levelId) const { return daysByLevel.value(levelId, otherDays); }
};

struct RiskConfig {
    EscalationRule escalation;
    ReviewIntervals review;
};

// Whether this answer counts towards the score: the item's own countAnswers, else the pack's
// (default "yes"). A grid counts when any of its sub-options is ticked.
bool answerCounts(const FormPack& pack, const FormItem& item, const QVariant& value);

// Count of counted answers among scored items that are shown; hidden items never count.
int scoreAnswers(const FormPack& pack, const FormAnswers& answers, const CaseFacts& facts);

// The band the score falls in; null when the pack is graded by the officer without bands.
const RiskLevel* suggestedLevel(const FormPack& pack, int score);

// MARAC criterion 1: the score reaches a band marked "visible high risk" (DASH: 14 or more).
bool isVisibleHighRisk(const FormPack& pack, int score);

// MARAC criterion 3: potential escalation.
bool meetsEscalationCriterion(int callOutsInWindow, const EscalationRule& rule = {});

// The officer's level: must be one of the pack's levels, not below the suggested level, and
// explained in `rationale` when it differs. `suggestedLevelId` empty: no suggestion to compare.
Status validateOfficerLevel(const FormPack& pack, const QString& suggestedLevelId, const QString& officerLevelId,
                            const QString& rationale);

QDate nextReviewDate(const QString& levelId, const QDate& assessedOn, const ReviewIntervals& intervals = {});
QDate nextReviewDate(const QString& levelId, const ReviewIntervals& intervals = {});   // from Clock::nowUtc()

// S-DASH is prompted when DASH Q8 ("constantly text, call, contact, follow, stalk or harass")
// is answered yes, or there are two or more incidents (S-DASH guidance, reference §3.1).
inline QString dashStalkingItemId() { return QStringLiteral("q8"); }
bool shouldPromptSdash(const FormAnswers& dash, int incidentCount);

struct RiskSummary {
    int score = 0;
    QString suggestedLevelId;           // empty when officer-graded
    bool visibleHighRisk = false;
    bool potentialEscalation = false;
    bool professionalJudgement = false; // officer graded at or above the visible-high-risk level
    bool promptsFullerAssessment = false;
    QStringList maracCriteria;          // the criteria met, in the users' words

    bool meetsMaracCriteria() const { return !maracCriteria.isEmpty(); }
};

RiskSummary summariseRisk(const FormPack& pack, const FormAnswers& answers, const CaseFacts& facts, int callOutsInWindow,
                          const QString& officerLevelId, const RiskConfig& config = {});

} // namespace conduct
