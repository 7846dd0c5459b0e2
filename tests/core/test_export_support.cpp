#include "test_export_support.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>

namespace conduct::test {

namespace {

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QDateTime utc(int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()); }

Person person(qint64 id, PersonRole role, const QString& forenames, const QString& surname, QDate dob)
{
    Person p;
    p.id = id;
    p.caseId = 1;
    p.role = role;
    p.forenames = forenames;
    p.surname = surname;
    p.dateOfBirth = dob;
    p.gender = role == PersonRole::Suspect ? QStringLiteral("Male") : QStringLiteral("Female");
    return p;
}

} // namespace

QString collapseSpaces(const QString& text) { return text.simplified(); }

QString PdfText::flat() const { return collapseSpaces(all); }

PdfText pdfText(const QString& path, bool layout)
{
    PdfText out;
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")};
    if (layout) arguments.prepend(QStringLiteral("-layout"));
    out.all = runTool(QStringLiteral("pdftotext"), arguments);
    out.pages = out.all.split(u'\f');
    if (!out.pages.isEmpty() && out.pages.last().trimmed().isEmpty()) out.pages.removeLast();
    return out;
}

bool hasUrnBoxes(const QString& layoutPage)
{
    static const QRegularExpression boxes(QStringLiteral("URN\\s+45\\s+AA\\s+02098\\s+20"));
    return boxes.match(layoutPage).hasMatch();
}

QMap<QString, QString> pdfInfo(const QString& path)
{
    QMap<QString, QString> info;
    for (const QString& line : runTool(QStringLiteral("pdfinfo"), {path}).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0) info.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return info;
}

CaseFile fullCaseFile()
{
    CaseFile f;
    f.forceName = QStringLiteral("West Yorkshire Police");
    f.caseRecord.id = 1;
    f.caseRecord.urn = QStringLiteral("45AA0209820");
    f.caseRecord.offences = {Offence::Stalking_s2A, Offence::StalkingFearAlarm_s4A};
    f.caseRecord.officerInCase = QStringLiteral("PC 1234 Alex Morgan");
    f.caseRecord.supervisor = QStringLiteral("PS 777 Sam Okafor");

    f.people = {person(10, PersonRole::Complainant, QStringLiteral("Shelagh"), QStringLiteral("Mclove"), QDate(1985, 3, 2)),
                person(11, PersonRole::Witness, QStringLiteral("Tariq"), QStringLiteral("Bellweather"), QDate(2008, 6, 1)),
                person(20, PersonRole::Suspect, QStringLiteral("Desmond"), QStringLiteral("Quillfeather"), QDate(1981, 9, 20))};

    Incident summer;
    summer.id = 100;
    summer.startUtc = utc(2024, 7, 1, 12, 0);   // 13:00 BST
    summer.location = QStringLiteral("Outside 4 Larkspur Close, Leeds");
    summer.behaviours = {Behaviour::Loitering, Behaviour::WatchingOrSpying};
    summer.description = QStringLiteral("Suspect waited outside the complainant's home for two hours (summerincident).");
    summer.fearOfViolence = true;
    summer.alteredBehaviour = Answer::Yes;
    summer.alteredBehaviourHow = QStringLiteral("now leaves by the back door");
    Incident winter;
    winter.id = 101;
    winter.startUtc = utc(2024, 1, 15, 12, 0);  // 12:00 GMT
    winter.online = true;
    winter.platform = QStringLiteral("Instagram");
    winter.behaviours = {Behaviour::Contacting};
    winter.description = QStringLiteral("Forty direct messages in one night (winterincident).");
    winter.alarmOrDistress = true;
    f.incidents = {summer, winter};

    ChargingInfo c;
    SuspectCharging s;
    s.personId = 20;
    s.ethnicityCode = QStringLiteral("W1. White British");
    s.badCharacterEvidence = true;
    s.dangerousOffender = false;
    s.custodyReference = QStringLiteral("CUST-88812");
    s.returnBailDate = QDate(2024, 9, 30);
    s.proposedCharges = QStringLiteral("Stalking involving serious alarm or distress, s4A PHA 1997 (proposedchargetext)");
    s.anticipatedPlea = QStringLiteral("Not guilty");
    c.suspects = {s};
    c.materialProvided = {{QStringLiteral("Statement of:"), QStringLiteral("Shelagh MCLOVE"), QDate(2024, 7, 2)},
                          {QStringLiteral("Police incident log:"), QStringLiteral("Log 0412 of 01/07/2024"), QDate(2024, 7, 1)}};
    c.completingOfficer = {QStringLiteral("Alex Morgan"), QStringLiteral("PC"), QStringLiteral("1234"),
                           QStringLiteral("Elland Road"), QStringLiteral("0113 000 0000"), QStringLiteral("07700 900123"),
                           QStringLiteral("alex.morgan@example.police.uk")};
    c.dateCompleted = QDate(2024, 7, 20);
    c.testSought = ChargingTest::FullCode;
    c.outlineOfCircumstances = QStringLiteral("CIRCUMSTANCES\nThe suspect and complainant separated in 2023 (outlinetext).");
    c.evidenceAlignedToPointsToProve = QStringLiteral("Each incident is corroborated (pointstoprovetext).");
    c.availabilityOfOtherEvidence = QStringLiteral("Phone download awaited (otherevidencetext).");
    c.whyCpsConsulted = QStringLiteral("Stalking: protocol 4.3 (whycpstext).");
    c.publicInterest = QStringLiteral("Escalating behaviour (publicinteresttext).");
    c.recommendedCharges = QStringLiteral("s4A PHA 1997 (recommendedchargetext).");
    c.undermineOrAssistMaterial = QStringLiteral("None known (underminetext).");
    c.supervisor = {QStringLiteral("Sam Okafor"), QStringLiteral("PS"), QStringLiteral("777"), {}, {}, {},
                    QStringLiteral("sam.okafor@example.police.uk")};
    c.mark = {1, true, utc(2024, 7, 21, 10, 0)};   // approved by the supervisor, so their part prints
    f.charging = c;
    f.actionPlan = {{QStringLiteral("Obtain Instagram subscriber data (actiononetext)"), QDate(2024, 8, 15),
                     QStringLiteral("PC Morgan"), false}};

    CaseSummaryInfo m;
    m.keyEvidence = QStringLiteral("Headline summary: sustained stalking (keyevidencetext).");
    m.keyWitnesses = QStringLiteral("Shelagh MCLOVE, complainant (keywitnesstext).");
    m.defendantExplanation = QStringLiteral("No comment interview (explanationtext).");
    m.interviewUtc = utc(2024, 7, 10, 9, 30);
    m.visuallyRecordedEvidence = true;
    m.vreIsKeyEvidence = false;
    m.vreDetails = QStringLiteral("Doorbell footage (vretext).");
    m.nonKeyWitnesses = QStringLiteral("None (nonkeytext).");
    m.injuries = QStringLiteral("No physical injury (injurytext).");
    m.forensicEvidence = QStringLiteral("None (forensictext).");
    m.compensation = QStringLiteral("None sought (compensationtext).");
    m.certifyingOfficer = c.completingOfficer;
    m.certifiedOn = QDate(2024, 7, 21);
    m.certifyingSupervisor = c.supervisor;
    m.supervisorCertifiedOn = QDate(2024, 7, 22);
    m.mark = {1, true, utc(2024, 7, 22, 10, 0)};
    f.caseSummary = m;

    SpecialMeasuresAssessment a;
    a.personId = 10;
    a.fearOrDistress = true;
    a.domesticAbuseComplainant = true;
    a.screens = true;
    a.liveLink = true;
    a.evidenceOfEligibility = QStringLiteral("Visibly distressed (eligibilitytext).");
    a.viewsOnMeasures = QStringLiteral("Wants to give evidence by live link (viewsonmeasurestext).");
    a.meetingRequired = true;
    a.assessingOfficer = c.completingOfficer;
    a.assessedOn = QDate(2024, 7, 5);
    a.supporterName = QStringLiteral("Jo Ruggles, ISAC (supportertext)");
    SpecialMeasuresAssessment b = a;
    b.personId = 11;
    b.youthUnder18 = true;
    b.viewsOnMeasures = QStringLiteral("Prefers screens (youthviewstext).");
    f.specialMeasures = {a, b};

    RiskAssessmentRecord r;
    r.instrument = QStringLiteral("S-DASH");
    r.instrumentVersion = QStringLiteral("2009 police screening");
    r.assessmentVersion = 2;
    r.completedUtc = utc(2024, 7, 3, 15, 45);
    r.assessor = QStringLiteral("PC 1234 Alex Morgan");
    r.subjectPersonId = 10;
    r.answers = {{QStringLiteral("1"), QStringLiteral("Is the victim very frightened? (questiononetext)"),
                  QStringLiteral("Yes"), QStringLiteral("Terrified (commentonetext)"), true}};
    r.score = 9;
    r.suggestedLevel = QStringLiteral("Medium");
    r.officerLevel = QStringLiteral("High");
    r.rationale = QStringLiteral("Escalation and fixation (rationaletext).");
    r.maracReferral = true;
    r.nextReview = QDate(2024, 8, 3);
    r.signOff = SupervisorSignOff{QStringLiteral("PS 777 Sam Okafor"), QStringLiteral("Agree"),
                                  QStringLiteral("Agreed high (signofftext)."), utc(2024, 7, 4, 8, 0)};
    f.riskAssessments = {r};

    f.evidenceChecklist = {{QStringLiteral("999 / emergency call recordings"), QStringLiteral("Obtained"),
                            QStringLiteral("Recording held (checklistnotetext)"), QStringLiteral("AM/1"), QDate(2024, 7, 2)}};

    WithdrawalStatementInfo w;
    w.complainantId = 10;
    w.occupation = QStringLiteral("Nurse");
    w.originalStatementDate = QDate(2024, 7, 2);
    w.reasons = QStringLiteral("I want to move on with my life (reasonstext).");
    w.originalComplaintTrue = QStringLiteral("Everything in my first statement is true (truetext).");
    w.pressure = QStringLiteral("Nobody has pressured me (pressuretext).");
    w.discussedWith = QStringLiteral("I have spoken to my sister only (discussedtext).");
    w.civilAction = QStringLiteral("I am not taking any civil action (civiltext).");
    w.takenUtc = utc(2024, 8, 1, 10, 0);
    w.takenAt = QStringLiteral("Complainant's home");
    w.takenBy = c.completingOfficer;
    f.withdrawalStatement = w;

    OfficerWithdrawalReportInfo o;
    o.circumstances = QStringLiteral("Complainant phoned OIC (circumstancestext).");
    o.viewsOnCase = QStringLiteral("Statement is credible (viewsoncasetext).");
    o.howToProceed = QStringLiteral("Proceed on other evidence (howtoproceedtext).");
    o.reactionToCompulsion = QStringLiteral("Would be distressed (compulsiontext).");
    o.risks = QStringLiteral("High risk remains (riskstext).");
    o.supportAvailable = QStringLiteral("ISAC engaged (supportavailabletext).");
    o.supportOrganisationViews = QStringLiteral("ISAC supports proceeding (supportviewstext).");
    o.impactOfProceeding = QStringLiteral("Manageable with special measures (impacttext).");
    o.otherEvidence = QStringLiteral("Doorbell footage and messages (otherevidencetext2).");
    o.officer = c.completingOfficer;
    o.reportDate = QDate(2024, 8, 2);
    f.withdrawalReport = o;

    f.restrainingOrder = RestrainingOrderDraft{QStringLiteral("On conviction (s.360 Sentencing Act 2020)"), {10},
                                               {QStringLiteral("Not to contact Shelagh MCLOVE directly or indirectly (prohibitiontext)")},
                                               QStringLiteral("Until further order"),
                                               QStringLiteral("Wants an order (victimviewstext).")};
    return f;
}

} // namespace conduct::test
