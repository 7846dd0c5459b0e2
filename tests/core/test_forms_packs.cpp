// The packs shipped in the binary: all load cleanly, and their content matches the reference
// (risk-and-evidence-forms.md): counts, verification flags, notes, conditions and notices.

#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "forms/FormAnswers.h"
#include "forms/FormPackLoader.h"

#include <algorithm>

using namespace conduct;

namespace {

QString s(const char* text) { return QString::fromUtf8(text); }

const FormPack& packById(const ShippedPacks& shipped, const char* id)
{
    const auto it = std::find_if(shipped.packs.begin(), shipped.packs.end(), [&](const FormPack& p) { return p.id == s(id); });
    REQUIRE(it != shipped.packs.end());
    return *it;
}

QStringList unverifiedNumbers(const FormPack& pack)
{
    QStringList out;
    for (const FormItem* item : pack.items())
        if (!item->wordingVerified()) out.append(item->number);
    return out;
}

} // namespace

TEST_CASE("Every shipped form pack loads cleanly", "[forms]")
{
    const ShippedPacks shipped = loadShippedFormPacks();
    QStringList problems;
    for (const auto& e : shipped.errors) problems.append(e.text());
    INFO(problems.join(s("\n")).toStdString());
    CHECK(shipped.errors.isEmpty());
    QStringList ids;
    for (const auto& p : shipped.packs) ids.append(p.id);
    CHECK(ids == QStringList{s("dash-2009"), s("evidence-checklist-domestic-abuse"), s("evidence-checklist-stalking"),
                             s("lines-of-enquiry-3-4"), s("s-dash-2009"), s("sash"), s("withdrawal-officer-report"),
                             s("withdrawal-statement")});
    for (const auto& p : shipped.packs) {
        INFO(p.id.toStdString());
        CHECK(p.version >= 1);
        CHECK_FALSE(p.copyright.isEmpty());
        CHECK_FALSE(p.source.isEmpty());
    }
}

TEST_CASE("DASH 2009 has 27 questions, Q12-27 flagged unverified", "[forms]")
{
    const ShippedPacks shipped = loadShippedFormPacks();
    const FormPack& dash = packById(shipped, "dash-2009");
    CHECK(dash.kind == PackKind::Risk);
    CHECK(dash.itemCount() == 27);
    CHECK(dash.verification == Verification::Unconfirmed);
    QStringList expected;
    for (int n = 12; n <= 27; ++n) expected.append(QString::number(n));
    CHECK(unverifiedNumbers(dash) == expected);
    CHECK(verificationBadge(dash.findItem(s("q12"))->verification) == s("Wording not verified"));
    CHECK(verificationBadge(dash.findItem(s("q11"))->verification).isEmpty());

    CHECK(dash.findItem(s("q1"))->text == s("Has the current incident resulted in injury? (please state what and whether this is the first injury)"));
    CHECK(dash.findItem(s("q6"))->text == s("Have you separated or tried to separate from (name of abuser(s)….) within the past year?"));
    CHECK(dash.findItem(s("q10"))->text == s("Are there any children, step-children that aren’t (…..) in the household? Or are there other dependants in the household (i.e. older relative)?"));

    const FormItem& q3 = *dash.findItem(s("q3"));
    CHECK(q3.type == AnswerType::Grid);
    QStringList rows, columns;
    for (const auto& r : q3.gridRows) rows.append(r.label);
    for (const auto& c : q3.gridColumns) columns.append(c.label);
    CHECK(rows == QStringList{s("Kill"), s("Further injury and violence"), s("Other (please clarify)")});
    CHECK(columns == QStringList{s("Self"), s("Children"), s("Other (please specify)")});
    CHECK(q3.scored);

    CHECK(dash.findItem(s("q8"))->note.startsWith(s("Consider asking additional Stalking and Harassment questions if yes")));
    CHECK(dash.findItem(s("q8"))->note.contains(s("S-DASH")));
    CHECK(dash.findItem(s("q4"))->note.contains(s("Honour based Violence and Forced Marriage")));
    // Which questions are bold (high risk factors) is not yet known: none is claimed.
    for (const FormItem* item : dash.items()) CHECK_FALSE(item->highRiskFactor.has_value());

    QStringList sections;
    for (const auto& sec : dash.sections) sections.append(verificationCode(sec.verification));
    CHECK(sections == QStringList{s("confirmed"), s("confirmed"), s("unconfirmed"), s("unconfirmed")});
    CHECK(dash.copyright.startsWith(s("©Laura Richards (2009). Please do not reproduce without permission")));
    REQUIRE(dash.scoring.levels.size() == 3);
    CHECK(dash.scoring.levels.at(2).visibleHighRisk);
    CHECK(*dash.scoring.levels.at(2).min == 14);
}

TEST_CASE("S-DASH 2009 has 11 confirmed questions and no numeric threshold", "[forms]")
{
    const ShippedPacks shipped = loadShippedFormPacks();
    const FormPack& sdash = packById(shipped, "s-dash-2009");
    CHECK(sdash.itemCount() == 11);
    CHECK(sdash.verification == Verification::Confirmed);
    CHECK(unverifiedNumbers(sdash).isEmpty());
    CHECK(sdash.scoring.counted);
    CHECK_FALSE(sdash.scoring.hasBands());
    CHECK(sdash.findItem(s("q2"))->text == s("Has (insert name of suspect(s)……) engaged in harassment on previous occasions(s)? (this victim and/or other victims)"));
    CHECK(sdash.findItem(s("q11"))->text == s("Is the abuser(s) known to have been violent in the past? (Physical or psychological. Intelligence or reported)"));
    CHECK(sdash.copyright.startsWith(s("Lorraine Sheridan, Karl Roberts and Laura Richards (2009) Please do not reproduce without permission")));
}

TEST_CASE("SASH ships as structure only: 13 + 3 former-partner items without wording", "[forms]")
{
    const ShippedPacks shipped = loadShippedFormPacks();
    const FormPack& sash = packById(shipped, "sash");
    CHECK(sash.structureOnly);
    CHECK(sash.itemCount() == 16);
    for (const FormItem* item : sash.items()) CHECK(item->text.isEmpty());
    CHECK(sash.notice.contains(s("import the licensed pack")));
    CHECK(visibleItems(sash, {}, {{s("relationship"), s("stranger")}}).size() == 13);
    CHECK(visibleItems(sash, {}, {{s("relationship"), s("ex_partner")}}).size() == 16);
    QStringList levels;
    for (const auto& l : sash.scoring.levels) levels.append(l.id + (l.promptsFullerAssessment ? s("*") : QString()));
    CHECK(levels == QStringList{s("low"), s("moderate*"), s("high*")});
    CHECK(sash.scoring.levels.first().verification == Verification::Unconfirmed);
    const Status complete = checkComplete(sash, {}, {});
    REQUIRE_FALSE(complete.ok());
    CHECK(complete.error().message.contains(s("import the licensed pack")));
}

TEST_CASE("The synthetic SASH-structured pack can be completed", "[forms]")
{
    const PackValidation v = loadFormPackFile(test::sourcePath(s("tests/data/forms/sash-structure.json")));
    REQUIRE(v.ok());
    const FormPack& pack = *v.pack;
    FormAnswers answers;
    for (int n = 1; n <= 13; ++n) answers.setValue(s("q") + QString::number(n), noCode());
    CHECK(checkComplete(pack, answers, {{s("relationship"), s("acquaintance")}}).ok());
    CHECK(unansweredRequired(pack, answers, {{s("relationship"), s("ex_partner")}}) == QStringList{s("14"), s("15"), s("16")});
}

TEST_CASE("Evidence checklists and protocol templates", "[forms]")
{
    const ShippedPacks shipped = loadShippedFormPacks();

    const FormPack& stalking = packById(shipped, "evidence-checklist-stalking");
    CHECK(stalking.kind == PackKind::Checklist);
    CHECK(stalking.itemCount() == 17);
    CHECK(stalking.notice == s("provisional item list — replace with your force's copy of the Joint NPCC/CPS checklist"));
    CHECK(unverifiedNumbers(stalking).size() == 17);
    CHECK(stalking.findItem(s("e1"))->allowExhibitReference);
    CHECK(stalking.findItem(s("e1"))->options.size() == 5);

    const FormPack& da = packById(shipped, "evidence-checklist-domestic-abuse");
    CHECK(da.findItem(s("a1"))->text == s("999 Call"));
    CHECK(da.findItem(s("b3"))->text == s("DASH or local equivalent risk identification checklist with outcome (i.e. MARAC case, high risk, standard risk)"));
    CHECK(da.findItem(s("a1"))->wordingVerified());
    CHECK_FALSE(da.findItem(s("c1"))->wordingVerified());

    const FormPack& loe = packById(shipped, "lines-of-enquiry-3-4");
    CHECK(loe.itemCount() == 13);
    CHECK(loe.citation == s("Protocol 3.4"));
    const FormItem& defences = *loe.findItem(s("l13"));
    CHECK(defences.type == AnswerType::MultipleChoice);
    REQUIRE(defences.options.size() == 3);
    CHECK(defences.options.at(0).label == s("Pursued for the purpose of preventing or detecting crime"));
    CHECK(defences.options.at(2).label == s("In the particular circumstances of the case was the pursuit of the course of conduct reasonable?"));
    CHECK(checkComplete(loe, {}, {}).ok());   // lines of enquiry are prompts, not required answers

    const FormPack& statement = packById(shipped, "withdrawal-statement");
    CHECK(statement.kind == PackKind::Template);
    CHECK(statement.itemCount() == 6);
    CHECK(statement.findItem(s("p1"))->text == s("Fully explain the reasons for withdrawing support"));
    CHECK(statement.findItem(s("p6"))->citation == s("Protocol 5.3"));

    const FormPack& report = packById(shipped, "withdrawal-officer-report");
    CHECK(report.itemCount() == 7);
    CHECK(report.findItem(s("p3"))->text == s("How the complainant might react to being compelled to give evidence"));
    CHECK(report.findItem(s("p3"))->citation == s("Protocol 5.4"));
}
