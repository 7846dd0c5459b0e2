#include "TestSupport.h"

#include "rules/OffenceGuide.h"

#include <QTimeZone>

using namespace conduct;

namespace {
const QDateTime base(QDate(2026, 1, 5), QTime(12, 0), QTimeZone::utc());

Incident occasion(int day, QList<Behaviour> behaviours, bool fear = false, bool alarm = false,
                  Answer altered = Answer::No, const QString& how = {})
{
    Incident i;
    i.startUtc = base.addDays(day);
    i.behaviours = behaviours;
    i.fearOfViolence = fear;
    i.alarmOrDistress = alarm;
    i.alteredBehaviour = altered;
    i.alteredBehaviourHow = how;
    i.description = QStringLiteral("occasion");
    return i;
}

CaseDetail caseWith(QList<Incident> incidents)
{
    CaseDetail d;
    d.caseRecord.urn = QStringLiteral("45AA0209826");
    d.incidents = incidents;
    return d;
}

GuideFacts today() { return GuideFacts{{}, QDate(2026, 3, 1)}; }
bool anyFactContains(const OffenceSuggestion* s, const QString& text)
{
    for (const QString& f : s->facts)
        if (f.contains(text)) return true;
    return false;
}
const GuideNote* noteFor(const OffenceGuideResult& r, const QString& paragraph)
{
    for (const auto& n : r.notes)
        if (n.paragraph == paragraph) return &n;
    return nullptr;
}
} // namespace

TEST_CASE("one occasion only: no course of conduct, nothing suggested (PHA s7)", "[offences]")
{
    const auto r = suggestOffences(caseWith({occasion(0, {Behaviour::Following}, true, true)}), today());
    CHECK_FALSE(r.courseOfConduct);
    CHECK(r.courseText.contains(QStringLiteral("No course of conduct")));
    CHECK(r.courseText.contains(QStringLiteral("s7")));
    CHECK(r.suggestions.isEmpty());
}

TEST_CASE("two contacts with no fear: stalking s2A as the starting point, no s4 or s4A", "[offences]")
{
    const auto r = suggestOffences(caseWith({occasion(0, {Behaviour::Contacting}), occasion(3, {Behaviour::Contacting})}), today());
    REQUIRE(r.courseOfConduct);
    const OffenceSuggestion* s2a = r.suggestion(Offence::Stalking_s2A);
    REQUIRE(s2a);
    CHECK(s2a->startingPoint);
    CHECK(anyFactContains(s2a, QStringLiteral("s2A(3)(b)")));
    CHECK(s2a->reasoning.contains(QStringLiteral("4.2")));
    CHECK(s2a->penalty.modeOfTrial == QStringLiteral("Summary only"));
    CHECK_FALSE(r.suggests(Offence::StalkingFearAlarm_s4A));
    CHECK_FALSE(r.suggests(Offence::FearOfViolence_s4));
    // Harassment is shown only as the alternative that needs a reason (3.10).
    const OffenceSuggestion* s2 = r.suggestion(Offence::Harassment_s2);
    REQUIRE(s2);
    CHECK_FALSE(s2->startingPoint);
    CHECK(s2->reasoning.contains(QStringLiteral("3.10")));
}

TEST_CASE("loitering plus following names both s2A(3) behaviours with their dates", "[offences][time]")
{
    const auto r = suggestOffences(caseWith({occasion(0, {Behaviour::Loitering}), occasion(9, {Behaviour::Following})}), today());
    REQUIRE(r.stalkingIndicated);
    const OffenceSuggestion* s2a = r.suggestion(Offence::Stalking_s2A);
    REQUIRE(s2a);
    CHECK(anyFactContains(s2a, QStringLiteral("s2A(3)(e)) on 05/01/2026")));
    CHECK(anyFactContains(s2a, QStringLiteral("s2A(3)(a)) on 14/01/2026")));
}

TEST_CASE("FOUR answered yes makes stalking the starting point without a listed behaviour", "[offences]")
{
    GuideFacts facts = today();
    facts.four = {true, true, true, true};
    const auto r = suggestOffences(caseWith({occasion(0, {Behaviour::Other}), occasion(2, {Behaviour::Other})}), facts);
    REQUIRE(r.suggestion(Offence::Stalking_s2A));
    CHECK(anyFactContains(r.suggestion(Offence::Stalking_s2A), QStringLiteral("FOUR")));
    facts.four.repeated = false;
    const auto without = suggestOffences(caseWith({occasion(0, {Behaviour::Other}), occasion(2, {Behaviour::Other})}), facts);
    CHECK_FALSE(without.suggests(Offence::Stalking_s2A));
    CHECK(without.suggestion(Offence::Harassment_s2)->startingPoint);
    REQUIRE(noteFor(without, QStringLiteral("3.10")));
    CHECK(noteFor(without, QStringLiteral("3.10"))->kind == GuideNoteKind::Required);
}

TEST_CASE("fear of violence on two occasions suggests s4A(1)(b)(i), or s4 without stalking", "[offences][time]")
{
    const auto stalking = suggestOffences(
        caseWith({occasion(0, {Behaviour::Threats, Behaviour::Following}, true), occasion(4, {Behaviour::Threats}, true)}), today());
    const OffenceSuggestion* s4a = stalking.suggestion(Offence::StalkingFearAlarm_s4A);
    REQUIRE(s4a);
    CHECK(s4a->limb == QStringLiteral("s4A(1)(b)(i)"));
    CHECK(anyFactContains(s4a, QStringLiteral("05/01/2026, 09/01/2026")));
    CHECK(s4a->penalty.maximum.contains(QStringLiteral("10 years")));

    const auto harassment = suggestOffences(caseWith({occasion(0, {Behaviour::Threats}, true), occasion(4, {Behaviour::Threats}, true)}),
                                            today());
    REQUIRE(harassment.suggestion(Offence::FearOfViolence_s4));
    CHECK(harassment.suggestion(Offence::FearOfViolence_s4)->startingPoint);
    CHECK_FALSE(harassment.suggests(Offence::StalkingFearAlarm_s4A));

    const auto once = suggestOffences(caseWith({occasion(0, {Behaviour::Threats}, true), occasion(4, {Behaviour::Threats}, false)}),
                                      today());
    CHECK_FALSE(once.suggests(Offence::FearOfViolence_s4));
}

TEST_CASE("serious alarm with altered routine suggests s4A(1)(b)(ii) with the altered behaviour as support", "[offences]")
{
    const auto r = suggestOffences(
        caseWith({occasion(0, {Behaviour::WatchingOrSpying}, false, true, Answer::Yes, QStringLiteral("Leaves by the back door")),
                  occasion(6, {Behaviour::Loitering}, false, true, Answer::No)}),
        today());
    const OffenceSuggestion* s4a = r.suggestion(Offence::StalkingFearAlarm_s4A);
    REQUIRE(s4a);
    CHECK(s4a->limb == QStringLiteral("s4A(1)(b)(ii)"));
    REQUIRE(s4a->supporting.size() == 1);
    CHECK(s4a->supporting.first().contains(QStringLiteral("Leaves by the back door")));
    CHECK(s4a->reasoning.contains(QStringLiteral("3.9")));
}

TEST_CASE("a domestic-abuse ex-partner: the charging decision must go to the CPS (4.3)", "[offences]")
{
    CaseDetail d = caseWith({occasion(0, {Behaviour::Contacting}), occasion(1, {Behaviour::Contacting})});
    Person suspect;
    suspect.role = PersonRole::Suspect;
    suspect.surname = QStringLiteral("Placeholder");
    suspect.relationship = Relationship::ExPartner;
    suspect.domesticAbuse = true;
    d.people = {suspect};
    const auto r = suggestOffences(d, today());
    const GuideNote* note = noteFor(r, QStringLiteral("4.3"));
    REQUIRE(note);
    CHECK(note->kind == GuideNoteKind::Required);
    CHECK(note->text.contains(QStringLiteral("CPS")));
    REQUIRE(note->basis.size() == 1);
    CHECK(note->basis.first().contains(QStringLiteral("PLACEHOLDER")));
    d.people.first().domesticAbuse = false;
    CHECK_FALSE(noteFor(suggestOffences(d, today()), QStringLiteral("4.3")));
}

TEST_CASE("a racially aggravated case adds CDA 1998 s32 with the right limb and maximum", "[offences]")
{
    CaseDetail d = caseWith({occasion(0, {Behaviour::Contacting}), occasion(1, {Behaviour::Contacting})});
    d.caseRecord.hostilityFlag = true;
    const auto r = suggestOffences(d, today());
    const OffenceSuggestion* s32 = r.suggestion(Offence::Aggravated_s32);
    REQUIRE(s32);
    CHECK(s32->limb == QStringLiteral("s32(1)(a)"));
    CHECK(s32->penalty.maximum.contains(QStringLiteral("2 years")));
    CHECK(anyFactContains(s32, QStringLiteral("hostility")));

    d.incidents = {occasion(0, {Behaviour::Threats}, true), occasion(1, {Behaviour::Following}, true)};
    const auto withFear = suggestOffences(d, today());   // kept: suggestion() points into it
    const OffenceSuggestion* fear = withFear.suggestion(Offence::Aggravated_s32);
    REQUIRE(fear);
    CHECK(fear->limb == QStringLiteral("s32(1)(b)"));
    CHECK(fear->penalty.maximum.contains(QStringLiteral("14 years")));
}

TEST_CASE("summary-only offences carry the six-month time limit as a warning to check", "[offences][time]")
{
    const CaseDetail d = caseWith({occasion(0, {Behaviour::Contacting}), occasion(10, {Behaviour::Contacting})});
    const auto r = suggestOffences(d, today());
    const GuideNote* limit = noteFor(r, QStringLiteral("MCA 1980 s127"));
    REQUIRE(limit);
    CHECK(limit->kind == GuideNoteKind::Warning);
    CHECK(limit->text.contains(QStringLiteral("15/07/2026")));
    REQUIRE(limit->basis.size() == 1);
    CHECK(limit->basis.first() == QStringLiteral("Last incident: 15/01/2026"));
    CHECK(summaryTimeLimit(d.incidents) == QDate(2026, 7, 15));
    const auto late = suggestOffences(d, GuideFacts{{}, QDate(2026, 8, 1)});
    CHECK(noteFor(late, QStringLiteral("MCA 1980 s127"))->text.contains(QStringLiteral("passed")));
}
