// Scoring against the shipped DASH pack (bands 1–9 / 10–13 / 14+, visible high risk at 14),
// the officer's grading (raise with a rationale, never lower), MARAC criteria, review dates and
// the S-DASH prompt.

#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/Clock.h"
#include "forms/FormPackLoader.h"
#include "forms/RiskScoring.h"

using namespace conduct;

namespace {

QString s(const char* text) { return QString::fromUtf8(text); }

FormPack shipped(const char* file)
{
    const PackValidation v = loadFormPackFile(s(":/forms/") + s(file));
    INFO(v.summary().toStdString());
    REQUIRE(v.ok());
    return *v.pack;
}

FormPack testPack(const char* file)
{
    const PackValidation v = loadFormPackFile(test::sourcePath(s("tests/data/forms/") + s(file)));
    INFO(v.summary().toStdString());
    REQUIRE(v.ok());
    return *v.pack;
}

// DASH answers with `yes` of the 27 questions answered yes (Q3 by ticking its grid).
FormAnswers dashWithYes(const FormPack& dash, int yes)
{
    FormAnswers a;
    int given = 0;
    for (const FormItem* item : dash.items()) {
        const bool isYes = given++ < yes;
        if (item->type == AnswerType::Grid)
            a.setValue(item->id, QVariantMap{{s("kill"), isYes ? QStringList{s("self")} : QStringList{}},
                                             {s("further_injury"), QStringList{}},
                                             {s("other"), QStringList{}}});
        else
            a.setValue(item->id, isYes ? yesCode() : noCode());
    }
    return a;
}

} // namespace

TEST_CASE("DASH score bands suggest standard, medium and high", "[forms]")
{
    const FormPack dash = shipped("dash-2009.json");
    const struct { int yes; const char* level; bool visibleHighRisk; } table[] = {
        {0, "standard", false}, {1, "standard", false}, {9, "standard", false}, {10, "medium", false},
        {13, "medium", false},  {14, "high", true},     {27, "high", true},
    };
    for (const auto& row : table) {
        INFO("yes answers: " << row.yes);
        const FormAnswers answers = dashWithYes(dash, row.yes);
        const int score = scoreAnswers(dash, answers, {});
        CHECK(score == row.yes);
        REQUIRE(suggestedLevel(dash, score) != nullptr);
        CHECK(suggestedLevel(dash, score)->id == s(row.level));
        CHECK(isVisibleHighRisk(dash, score) == row.visibleHighRisk);
    }
}

TEST_CASE("Only counted answers to shown, scored items add to the score", "[forms]")
{
    const FormPack pack = testPack("all-types.json");
    FormAnswers a;
    a.setValue(s("y1"), s("yes"));                                       // +1
    a.setValue(s("y2"), s("dont_know"));                                 // pack counts only "yes"
    a.setValue(s("g1"), QVariantMap{{s("harm"), QStringList{s("children")}}, {s("other"), QStringList{}}});   // +1
    a.setValue(s("c1"), s("high"));                                      // +1: item counts "high"
    a.setValue(s("m1"), QStringList{s("x"), s("y")});                    // counts only "z"
    a.setValue(s("y3"), s("yes"));                                       // +1: shown because y1 is yes
    a.setValue(s("y4"), s("yes"));                                       // hidden unless ex-partner
    a.setValue(s("y5"), s("yes"));                                       // not scored
    CHECK(scoreAnswers(pack, a, {}) == 4);
    CHECK(suggestedLevel(pack, 4)->id == s("medium"));
    CHECK(scoreAnswers(pack, a, {{s("relationship"), s("ex_partner")}}) == 5);
    a.setValue(s("m1"), QStringList{s("z")});
    CHECK(scoreAnswers(pack, a, {}) == 5);
    CHECK(isVisibleHighRisk(pack, 5));
    a.setValue(s("y1"), s("no"));   // hides y3 as well: 2 fewer
    CHECK(scoreAnswers(pack, a, {}) == 3);
}

TEST_CASE("The officer may raise the level with a rationale but never lower it", "[forms]")
{
    const FormPack dash = shipped("dash-2009.json");
    CHECK(validateOfficerLevel(dash, s("medium"), s("medium"), {}).ok());
    CHECK(validateOfficerLevel(dash, s("medium"), s("high"), s("Threats to kill with a weapon; separation last week.")).ok());

    const Status noRationale = validateOfficerLevel(dash, s("standard"), s("medium"), s("   "));
    REQUIRE_FALSE(noRationale.ok());
    CHECK(noRationale.error().field == s("Rationale"));
    CHECK(noRationale.error().message == s("explain in writing why you graded the risk Medium when the suggested level is Standard."));

    const Status lowered = validateOfficerLevel(dash, s("high"), s("medium"), s("Victim does not feel at risk."));
    REQUIRE_FALSE(lowered.ok());
    CHECK(lowered.error().field == s("Officer's risk level"));
    CHECK(lowered.error().message.startsWith(s("Medium is below the suggested level, High.")));
    CHECK(lowered.error().message.contains(s("DASH guidance")));
    CHECK(lowered.error().message.contains(s("protocol 3.7")));

    const Status unknown = validateOfficerLevel(dash, s("medium"), s("severe"), s("x"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == s("choose one of: Standard, Medium, High."));

    // Officer-graded packs (SASH) have no suggestion to compare with.
    const FormPack sash = shipped("sash.json");
    CHECK(validateOfficerLevel(sash, {}, s("moderate"), {}).ok());
}

TEST_CASE("MARAC criteria: visible high risk, potential escalation and professional judgement", "[forms]")
{
    const FormPack dash = shipped("dash-2009.json");
    CHECK_FALSE(meetsEscalationCriterion(2));
    CHECK(meetsEscalationCriterion(3));
    CHECK_FALSE(meetsEscalationCriterion(4, EscalationRule{5, 12}));
    CHECK(meetsEscalationCriterion(5, EscalationRule{5, 12}));

    const RiskSummary high = summariseRisk(dash, dashWithYes(dash, 15), {}, 0, s("high"));
    CHECK(high.score == 15);
    CHECK(high.suggestedLevelId == s("high"));
    CHECK(high.maracCriteria == QStringList{s("Visible high risk")});

    const RiskSummary judged = summariseRisk(dash, dashWithYes(dash, 8), {}, 3, s("high"));
    CHECK(judged.suggestedLevelId == s("standard"));
    CHECK_FALSE(judged.visibleHighRisk);
    CHECK(judged.maracCriteria == QStringList{s("Professional judgement"), s("Potential escalation")});

    RiskConfig kent;
    kent.escalation = EscalationRule{3, 6};
    const RiskSummary none = summariseRisk(dash, dashWithYes(dash, 11), {}, 2, s("medium"), kent);
    CHECK(none.suggestedLevelId == s("medium"));
    CHECK_FALSE(none.meetsMaracCriteria());
}

TEST_CASE("SASH moderate or high concern prompts a fuller assessment", "[forms]")
{
    const FormPack sash = testPack("sash-structure.json");
    CHECK_FALSE(summariseRisk(sash, {}, {}, 0, s("low")).promptsFullerAssessment);
    CHECK(summariseRisk(sash, {}, {}, 0, s("moderate")).promptsFullerAssessment);
    CHECK(summariseRisk(sash, {}, {}, 0, s("high")).promptsFullerAssessment);
    CHECK(summariseRisk(sash, {}, {}, 0, s("high")).suggestedLevelId.isEmpty());
}

TEST_CASE("The next review date follows the level and is configurable", "[forms][time]")
{
    const QDate assessed(2024, 3, 1);
    CHECK(nextReviewDate(s("high"), assessed) == QDate(2024, 3, 8));
    CHECK(nextReviewDate(s("medium"), assessed) == QDate(2024, 3, 15));
    CHECK(nextReviewDate(s("standard"), assessed) == QDate(2024, 3, 29));
    CHECK(nextReviewDate(s("unheard-of"), assessed) == QDate(2024, 3, 29));

    ReviewIntervals force;
    force.daysByLevel[s("high")] = 3;
    force.otherDays = 90;
    CHECK(nextReviewDate(s("high"), assessed, force) == QDate(2024, 3, 4));
    CHECK(nextReviewDate(s("standard"), assessed, force) == QDate(2024, 3, 29));
    CHECK(nextReviewDate(s("local"), assessed, force) == QDate(2024, 5, 30));

    ScopedFakeClock clock(QDateTime(QDate(2025, 1, 10), QTime(23, 30), Qt::UTC));
    CHECK(nextReviewDate(s("high")) == QDate(2025, 1, 17));
}

TEST_CASE("S-DASH is prompted by DASH question 8 or two incidents", "[forms]")
{
    FormAnswers dash;
    CHECK_FALSE(shouldPromptSdash(dash, 1));
    CHECK(shouldPromptSdash(dash, 2));
    dash.setValue(s("q8"), s("no"));
    CHECK_FALSE(shouldPromptSdash(dash, 0));
    dash.setValue(s("q8"), s("yes"));
    CHECK(shouldPromptSdash(dash, 0));
}
