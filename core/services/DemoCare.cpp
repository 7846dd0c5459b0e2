// The demo case's withdrawal of support and draft restraining order: clearly fictional, like the
// rest of the demo (services/DemoCase.cpp).

#include "services/DemoCase.h"

#include "common/UkTime.h"
#include "services/ChargingService.h"
#include "services/OrdersService.h"
#include "services/VictimCareService.h"
#include "services/WithdrawalService.h"
#include "store/Database.h"

namespace conduct {
namespace {
qint64 personWithRole(const CaseDetail& detail, PersonRole role)
{
    for (const Person& p : detail.people)
        if (p.role == role) return p.id;
    return 0;
}

FormAnswers answers(const QStringList& texts)
{
    FormAnswers a;
    for (int i = 0; i < texts.size(); ++i) a.setValue(QStringLiteral("p%1").arg(i + 1), texts[i]);
    return a;
}

Withdrawal demoWithdrawal(qint64 caseId, qint64 complainantId, const QDate& today)
{
    Withdrawal w;
    w.caseId = caseId;
    w.complainantId = complainantId;
    // 5.3, in the complainant's own words.
    w.statement = answers({
        QStringLiteral("I don't want to go to court. I am exhausted and I just want it to stop. I have moved to my sister's and I "
                       "want to put it behind me."),
        QStringLiteral("I do not want to change anything in my first statement."),
        QStringLiteral("Yes. Everything I said in my first statement is true."),
        QStringLiteral("Nobody has told me to withdraw. His mum messaged me to say he is sorry, but she did not ask me to drop it."),
        QStringLiteral("I have talked to my sister and to my ISAC. I have not seen a solicitor."),
        QStringLiteral("I am not taking any civil action."),
    });
    w.statementTakenUtc = londonToUtc(today.addDays(-6), QTime(18, 30)).utcReadings.first();
    w.statementTakenBy = QStringLiteral("DC 4127 Sam EXAMPLE");
    w.statementTakenAt = QStringLiteral("Her sister's home, Leeds (address on the MG2)");
    w.presentAtStatement = QStringLiteral("Her ISAC, Jo SPECIMEN, at her request");
    w.contactInitiatedBy = QStringLiteral("She telephoned DC 4127 EXAMPLE the day before and asked to withdraw");
    // 5.4, the officer's report.
    w.report = answers({
        QStringLiteral("I believe the statement is truthful. The message from the suspect's mother may be indirect pressure; I have "
                       "raised it for enquiry. Her reasons are exhaustion and fear of court."),
        QStringLiteral("Proceed without her evidence: the messages, the CCTV of 14 February and the neighbour's statement prove the "
                       "course of conduct."),
        QStringLiteral("She would be very distressed if compelled; she says she would attend but not speak."),
        QStringLiteral("High risk (S-DASH). The suspect knows her work address. No children."),
        QStringLiteral("ISAC support since the first report; special measures (screens) were offered. She says support was not the reason."),
        QStringLiteral("The ISAC supports proceeding without her evidence."),
        QStringLiteral("Not proceeding would leave her without the protection of a restraining order on conviction."),
    });
    w.reportDate = today.addDays(-5);
    w.reportBy = QStringLiteral("DC 4127 Sam EXAMPLE");
    w.pressureSuspected = true;
    w.pressureDetail = QStringLiteral("Message from the suspect's mother the day before the withdrawal.");
    w.decision = WithdrawalDecision::ProceedWithoutComplainant;
    w.decisionReasons = QStringLiteral("5.6: the complaint is confirmed true; independent evidence (messages, CCTV, neighbour) is "
                                       "sufficient. Agreed with the CPS.");
    w.decisionDate = today.addDays(-3);
    w.decidedBy = QStringLiteral("DS 2290 Alex SPECIMEN");
    return w;
}
} // namespace

Status addDemoCare(Database& db, const Session& session, qint64 caseId)
{
    auto detail = CaseService(db, session).loadCase(caseId);
    if (!detail.ok()) return detail.error();
    const qint64 complainant = personWithRole(detail.value(), PersonRole::Complainant);
    const qint64 suspect = personWithRole(detail.value(), PersonRole::Suspect);
    const QDate today = uktime::today();

    // One transaction for the whole of it: the demo is there complete or not at all.
    Transaction tx(db);
    if (!tx.status().ok()) return tx.status();

    if (auto w = WithdrawalService(db, session).save(demoWithdrawal(caseId, complainant, today)); !w.ok()) return w.error();

    VictimCareService care(db, session);
    CarePlan plan;
    plan.caseId = caseId;
    plan.complainantId = complainant;
    plan.spocName = QStringLiteral("DC 4127 Sam EXAMPLE");
    plan.spocContact = QStringLiteral("07700 900100 (team mobile)");
    plan.deputySpoc = QStringLiteral("DC 3318 Jo SAMPLE");
    plan.agreedOn = today.addDays(-60);
    plan.sharedWithCpsAndWcu = true;
    plan.preferredContact = QStringLiteral("Telephone, weekdays after 17:00");
    plan.safeContact = QStringLiteral("Text to 07700 900461 first; do not leave voicemail");
    if (auto r = care.savePlan(plan); !r.ok()) return r.error();
    SupportReferral isac;
    isac.caseId = caseId;
    isac.personId = complainant;
    isac.service = SupportService::Isac;
    isac.organisation = QStringLiteral("Example Stalking Advocacy Service");
    isac.consent = true;
    isac.consentOn = today.addDays(-60);
    isac.referredOn = today.addDays(-60);
    if (auto r = care.saveReferral(isac); !r.ok()) return r.error();
    SpecialMeasuresRecord measures;
    measures.caseId = caseId;
    measures.personId = complainant;
    measures.intimidated = true;
    measures.eligibilityEvidence = QStringLiteral("Complainant in a stalking case: fear and distress about testifying (s17).");
    measures.measuresDiscussed = {SpecialMeasure::Screens, SpecialMeasure::LiveLink, SpecialMeasure::EvidenceInPrivate};
    measures.measuresWanted = {SpecialMeasure::Screens};
    measures.complainantViews = QStringLiteral("Wants screens so she does not have to see him; prefers to be in the courtroom.");
    measures.supporter = QStringLiteral("Her ISAC, Example Stalking Advocacy Service");
    measures.discussedOn = today.addDays(-40);
    measures.effectOnQuality = QStringLiteral("Seeing him in court would distress her so much that her evidence would be incomplete.");
    measures.viewsOnEligibility = QStringLiteral("Agrees she is frightened of giving evidence in front of him.");
    measures.viewsOnQualityImprovement = QStringLiteral("Believes she could give her account fully if she could not see him.");
    measures.otherPartiesViews = QStringLiteral("Her ISAC supports screens and will accompany her at court.");
    measures.supportingMaterial = false;
    measures.meetingRequired = false;
    measures.communicationNeeds = QStringLiteral("None");
    if (auto r = care.saveSpecialMeasures(measures); !r.ok()) return r.error();

    ContactEntry call;
    call.caseId = caseId;
    call.personId = complainant;
    call.contactUtc = londonToUtc(today.addDays(-6), QTime(17, 30)).utcReadings.first();
    call.method = QStringLiteral("Telephone");
    call.byWhom = QStringLiteral("DC 4127 Sam EXAMPLE");
    call.summary = QStringLiteral("She asked to withdraw support; arranged to take her statement at her sister's this evening.");
    if (auto r = care.logContact(call); !r.ok()) return r.error();

    OrdersService orders(db, session);
    BailConditions bail;
    bail.caseId = caseId;
    bail.suspectId = suspect;
    bail.grantedOn = today.addDays(-20);
    bail.answerBailOn = today.addDays(40);
    bail.conditions = {QStringLiteral("Not to contact Hannah Louise FICTIONAL directly or indirectly, including through social media"),
                       QStringLiteral("Not to enter Sample Close, Oldbury")};
    bail.complainantViews = QStringLiteral("Wants him kept away from her sister's road and her workplace.");
    bail.viewsSoughtOn = today.addDays(-20);
    if (auto r = orders.saveBail(bail); !r.ok()) return r.error();
    CourtOrder order;
    order.caseId = caseId;
    order.subjectId = suspect;
    order.protectedPersonIds = {complainant};
    order.terms = {
        OrderTerm{OrderTermKind::NoContact, standardTermWording(OrderTermKind::NoContact, QStringLiteral("Hannah Louise FICTIONAL")), {}},
        OrderTerm{OrderTermKind::NoPublishing, standardTermWording(OrderTermKind::NoPublishing, QStringLiteral("Hannah Louise FICTIONAL")), {}},
        OrderTerm{OrderTermKind::ExcludedAddress, QStringLiteral("3 Sample Close, Oldbury, OX9 9ZZ"), today.addDays(-8)},
        OrderTerm{OrderTermKind::ExcludedAddress, QStringLiteral("Example Logistics Ltd, Unit 4, Pretend Park, Oldbury, OX9 7ZZ (workplace)"),
                  today.addDays(-8)},
        OrderTerm{OrderTermKind::ExclusionZone, QStringLiteral("Not to enter Sample Close, Oldbury (map exhibit SE/4)."), {}},
    };
    order.complainantViews = QStringLiteral("Wants an order without an end date; most worried about her workplace.");
    order.specialistServiceViews = QStringLiteral("ISAC supports an order on conviction or acquittal.");
    order.mg5NotificationGiven = true;
    order.mg5NotifiedOn = today.addDays(-2);
    if (auto r = orders.saveOrder(order); !r.ok()) return r.error();

    ActionItem action;
    action.caseId = caseId;
    action.description = QStringLiteral("Obtain the phone download report and exhibit the WhatsApp messages");
    action.owner = QStringLiteral("DC 4127 Sam EXAMPLE");
    action.dueDate = today.addDays(10);
    action.agreedDate = today.addDays(14);
    if (auto r = ChargingService(db, session).saveAction(action); !r.ok()) return r.error();
    return tx.commit();
}

} // namespace conduct
