#pragma once
// Shared by the risk assessment tests: a case with incidents, complete DASH answers with a chosen
// number of "yes" answers, and a fully signed-off assessment.

#include "TestSupport.h"

#include "common/Clock.h"
#include "forms/FormPackCatalogue.h"
#include "services/CaseService.h"
#include "services/RiskAssessmentService.h"
#include "store/Database.h"
#include "store/UserRepository.h"

namespace conduct::test {

inline qint64 makeRiskCase(TempDatabase& t, const QString& urn = QStringLiteral("45AA0209820"), int incidents = 1)
{
    CaseService service(t.db(), t.session());
    Case c;
    c.urn = urn;
    c.officerInCase = QStringLiteral("PC 1234 Test");
    c.offences = {Offence::Stalking_s2A};
    auto created = service.createCase(c);
    REQUIRE(created.ok());
    Person complainant;
    complainant.caseId = created->id;
    complainant.role = PersonRole::Complainant;
    complainant.forenames = QStringLiteral("Ann");
    complainant.surname = QStringLiteral("Example");
    REQUIRE(service.addPerson(complainant).ok());
    for (int n = 0; n < incidents; ++n) {
        Incident i;
        i.caseId = created->id;
        i.startUtc = Clock::nowUtc().addDays(-10 - n);
        i.location = QStringLiteral("Outside the complainant's home");
        i.behaviours = {Behaviour::Loitering};
        i.description = QStringLiteral("Waited outside the house.");
        REQUIRE(service.addIncident(i).ok());
    }
    return created->id;
}

inline const FormPack& shippedPack(const QString& id)
{
    static QMap<QString, FormPack> cache;
    if (!cache.contains(id)) {
        auto pack = FormPackCatalogue::shipped().latest(id);
        REQUIRE(pack.ok());
        cache.insert(id, pack.value());
    }
    return cache[id];
}

// Every question answered: the first `yes` yes/no questions "yes", the rest "no", grids "none".
inline FormAnswers completeAnswers(const FormPack& pack, int yes)
{
    FormAnswers answers;
    for (const FormItem* item : pack.items()) {
        if (item->type == AnswerType::Grid) {
            QVariantMap none;
            for (const ChoiceOption& row : item->gridRows) none.insert(row.id, QStringList());
            answers.setValue(item->id, none);
        } else {
            answers.setValue(item->id, yes-- > 0 ? yesCode() : noCode());
        }
    }
    return answers;
}

// A DASH submitted by `officer` with `yes` yes answers, graded at the suggested level.
inline RiskAssessment submittedDash(Database& db, const Session& officer, qint64 caseId, int yes,
                                    const FormPackCatalogue& packs = FormPackCatalogue::shipped())
{
    RiskAssessmentService service(db, officer, packs);
    auto draft = service.startAssessment(caseId, QStringLiteral("dash-2009"));
    INFO((draft.ok() ? QString() : draft.error().text()).toStdString());
    REQUIRE(draft.ok());
    RiskAssessment a = draft.value();
    auto pack = service.packFor(a);
    REQUIRE(pack.ok());
    a.answers = completeAnswers(pack.value(), yes);
    a.officerLevel = suggestedLevel(pack.value(), yes)->id;
    if (isVisibleHighRisk(pack.value(), yes)) {
        a.marac.decision = ReferralDecision::Refer;
        a.marac.date = Clock::nowUtc().date();
        a.marac.reason = QStringLiteral("Visible high risk");
    }
    auto submitted = service.submit(a);
    INFO((submitted.ok() ? QString() : submitted.error().text()).toStdString());
    REQUIRE(submitted.ok());
    return submitted.value();
}

// The supervisor who reviews the test officer's work: in the test officer's team, since
// supervisors see their teams' cases in full (issue 24).
inline Session secondSupervisor(Database& db)
{
    const Session reviewer = sessionFor(db, QStringLiteral("ds.review"), {Role::Supervisor});
    QList<qint64> team{reviewer.user.id};
    auto officer = UserRepository(db).findByName(QStringLiteral("test.officer"));
    REQUIRE(officer.ok());
    if (officer->has_value()) team.append((*officer)->user.id);
    joinTeam(db, QStringLiteral("Test unit"), team);
    return reviewer;
}

} // namespace conduct::test
