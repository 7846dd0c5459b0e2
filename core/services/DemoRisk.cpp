// The demo case's risk screening (protocol 3.7): a DASH answered from the demo incidents, graded
// high on professional judgement and referred to MARAC, and an S-DASH awaiting review. Every
// answer and comment is invented and matches the fictional incidents in DemoCase.cpp.

#include "services/DemoCase.h"

#include "common/UkTime.h"
#include "security/Permissions.h"
#include "services/RiskAssessmentService.h"

namespace conduct {
namespace {
struct DemoAnswer {
    const char* item;
    const char* value;
    const char* comment;
};

const QList<DemoAnswer>& demoDash()
{
    static const QList<DemoAnswer> answers = {
        {"q1", "no", "No injury in the latest incident."},
        {"q2", "yes", "Says she is 'terrified to go home'."},
        {"q4", "no", ""},
        {"q5", "yes", "Low mood, not sleeping; has taken leave from work. Not suicidal."},
        {"q6", "yes", "Ended the relationship just over three months ago."},
        {"q7", "no", "No children."},
        {"q8", "yes", "Messages, new accounts, loitering at home and work, following; she believes it is deliberate."},
        {"q9", "no", ""},  {"q10", "no", ""}, {"q11", "no", ""}, {"q12", "no", ""},
        {"q13", "yes", "Weekly at first, now several times a week."},
        {"q14", "yes", "From messages to damage to her car and a threat at her sister's address."},
        {"q15", "yes", "Quoted her private messages: believes he has access to her accounts."},
        {"q16", "no", ""},
        {"q17", "yes", "Shouted that if he could not have her 'nobody will'."},
        {"q18", "no", ""}, {"q19", "no", ""}, {"q20", "no", ""}, {"q21", "no", "Not known to her."},
        {"q22", "no", ""}, {"q23", "no", ""},
        {"q24", "yes", "Drinking heavily since the separation, according to the complainant."},
        {"q25", "no", ""}, {"q26", "no", ""}, {"q27", "no", "No previous convictions on PNC."},
    };
    return answers;
}

const QList<DemoAnswer>& demoSdash()
{
    static const QList<DemoAnswer> answers = {
        {"q1", "yes", "Very frightened since the threat at her sister's address."},
        {"q2", "no", "No known previous harassment."},
        {"q3", "yes", "Both front tyres of her car slashed."},
        {"q4", "yes", "Home, workplace and her sister's address."},
        {"q5", "yes", "Parked opposite her home; waited by her car at work."},
        {"q6", "yes", "'Nobody will'; 'see what happens'."},
        {"q7", "no", ""},
        {"q8", "no", ""},
        {"q9", "no", ""},
        {"q10", "yes", "Drinking heavily (complainant)."},
        {"q11", "no", ""},
    };
    return answers;
}

FormAnswers toAnswers(const QList<DemoAnswer>& list)
{
    FormAnswers answers;
    for (const DemoAnswer& a : list) {
        answers.setValue(QString::fromLatin1(a.item), QString::fromLatin1(a.value));
        if (*a.comment) answers.setComment(QString::fromLatin1(a.item), QString::fromUtf8(a.comment));
    }
    return answers;
}

Result<RiskAssessment> submitDemo(RiskAssessmentService& service, qint64 caseId, const char* packId, FormAnswers answers,
                                  const char* rationale)
{
    auto draft = service.startAssessment(caseId, QString::fromLatin1(packId));
    if (!draft.ok()) return draft;
    RiskAssessment a = draft.value();
    a.answers = std::move(answers);
    a.officerLevel = QStringLiteral("high");
    a.rationale = QString::fromUtf8(rationale);
    a.marac = {ReferralDecision::Refer, uktime::today(),
               QStringLiteral("Professional judgement: threat to kill, escalation and fixation on the complainant.")};
    a.mappa = {ReferralDecision::DoNotRefer, uktime::today(), QStringLiteral("No qualifying conviction; not a MAPPA offender.")};
    return service.submit(a);
}
} // namespace

Status addDemoRiskAssessments(Database& db, qint64 caseId, const Session& officer, const Session* reviewer)
{
    // An account that cannot complete assessments (an administrator) still gets the demo case.
    if (PermissionTable::check(officer.user.roles, Action::CompleteAssessment) != Decision::Allowed) return {};
    RiskAssessmentService service(db, officer);
    auto dashAnswers = toAnswers(demoDash());
    QVariantMap fears{{QStringLiteral("kill"), QStringList{QStringLiteral("self")}},
                      {QStringLiteral("further_injury"), QStringList{QStringLiteral("self")}},
                      {QStringLiteral("other"), QStringList{}}};
    dashAnswers.setValue(QStringLiteral("q3"), fears);
    dashAnswers.setComment(QStringLiteral("q3"), QStringLiteral("Afraid he will kill her or seriously hurt her."));
    auto dash = submitDemo(service, caseId, "dash-2009", dashAnswers,
                           "Score 10 suggests medium. Graded high: explicit threat ('nobody will'), rapid escalation over "
                           "three months, criminal damage, and he found her at her sister's address after she moved.");
    if (!dash.ok()) return dash.error();
    if (reviewer && reviewer->user.id != officer.user.id) {
        auto approved = RiskAssessmentService(db, *reviewer)
                            .approve(dash->id, {}, QStringLiteral("Agree high. MARAC referral approved; review weekly."));
        if (!approved.ok()) return approved.error();
    }
    auto sdash = submitDemo(service, caseId, "s-dash-2009", toAnswers(demoSdash()),
                            "Fixated and escalating: visits home, work and family; damage and threats. High on professional judgement.");
    if (!sdash.ok()) return sdash.error();
    return {};
}

} // namespace conduct
