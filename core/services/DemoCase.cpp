#include "services/DemoCase.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "security/AuditLog.h"
#include "security/PasswordHasher.h"
#include "services/AppPaths.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"

#include <QFileInfo>
#include <QRandomGenerator>

namespace conduct {
namespace {
struct DemoIncident {
    int daysAgo;
    int hour;
    int minute;
    bool online;
    const char* where;
    QList<Behaviour> behaviours;
    const char* description;
    bool fear;
    bool alarm;
    Answer altered;
    const char* alteredHow;
};

// Three months of escalation: messages, then posts, then loitering, then following and a threat.
const QList<DemoIncident>& demoIncidents()
{
    static const QList<DemoIncident> items = {
        {96, 21, 40, true, "WhatsApp", {Behaviour::Contacting},
         "After the relationship ended, the suspect sent 14 WhatsApp messages in one evening asking to meet. "
         "The complainant replied once asking him to stop.", false, true, Answer::No, ""},
        {88, 23, 5, true, "WhatsApp", {Behaviour::Contacting},
         "A further 31 messages between 23:05 and 02:10, alternating between apologies and accusations that the "
         "complainant had 'ruined his life'. She blocked the number.", false, true, Answer::No, ""},
        {79, 19, 15, true, "Instagram", {Behaviour::Contacting, Behaviour::Publishing},
         "A new Instagram account (@not_giving_up_on_us) sent direct messages and posted a photograph of the "
         "complainant taken without her knowledge, captioned 'you can't hide from me'.", false, true, Answer::Yes,
         "Set her accounts to private and stopped posting her location."},
        {66, 7, 50, false, "Outside 14 Example Terrace, Newtown (complainant's home)", {Behaviour::Loitering, Behaviour::WatchingOrSpying},
         "A neighbour saw the suspect's silver hatchback parked opposite the complainant's home for about 40 minutes "
         "before she left for work.", false, true, Answer::Yes, "Now leaves for work by the rear entrance."},
        {52, 17, 30, false, "Car park, Riverside Business Park, Newtown (complainant's workplace)", {Behaviour::Loitering, Behaviour::WatchingOrSpying},
         "The suspect was waiting beside the complainant's car when she finished work. He said he 'just wanted to "
         "talk'. A colleague walked her back inside.", true, true, Answer::Yes,
         "Asks a colleague to walk her to her car every evening."},
        {38, 12, 10, true, "E-mail (work address)", {Behaviour::Contacting, Behaviour::MonitoringCommunications},
         "An e-mail to the complainant's work address quoting a private message she had sent to her sister, "
         "suggesting he has access to her accounts.", false, true, Answer::Yes, "Changed all passwords; reported to her employer."},
        {24, 18, 45, false, "Newtown High Street to Station Road", {Behaviour::Following},
         "The suspect followed the complainant on foot from the high street to the railway station, keeping about "
         "20 metres behind. CCTV requested from the station.", true, true, Answer::Yes, "No longer walks alone after dark."},
        {17, 6, 30, false, "Driveway of 14 Example Terrace, Newtown", {Behaviour::InterferingWithProperty, Behaviour::CriminalDamage},
         "Both front tyres of the complainant's car were found slashed. A handwritten note under the wiper read "
         "'Now you have to stay home'.", true, true, Answer::Yes, "Has moved to stay with her sister."},
        {9, 22, 15, false, "Outside the complainant's sister's address, 3 Sample Close, Oldbury", {Behaviour::Following, Behaviour::Threats, Behaviour::Loitering},
         "The suspect found the complainant at her sister's address and shouted that if he could not have her "
         "'nobody will'. He left before police arrived.", true, true, Answer::Yes,
         "Has taken leave from work and keeps the curtains closed."},
        {4, 20, 5, true, "Text message (new number)", {Behaviour::Contacting, Behaviour::Threats},
         "A text from an unknown number: 'I know where you are now. Tell the police and see what happens.'",
         true, true, Answer::Yes, "Has changed her phone number."},
    };
    return items;
}
} // namespace

CaseImport buildDemoCase(const QDateTime& nowUtc)
{
    CaseImport demo;
    Case& c = demo.caseRecord;
    c.urn = QString::fromLatin1(demoCaseUrn);
    c.crimeReference = QStringLiteral("EX/2026/004417");
    c.offences = {Offence::Stalking_s2A, Offence::StalkingFearAlarm_s4A};
    c.status = CaseStatus::OpenInvestigation;
    c.officerInCase = QStringLiteral("DC 4127 Sam EXAMPLE");   // the fictional OIC printed on the forms
    c.supervisor = QStringLiteral("DS 2290 Alex SPECIMEN");

    Person complainant;
    complainant.role = PersonRole::Complainant;
    complainant.title = QStringLiteral("Ms");
    complainant.forenames = QStringLiteral("Hannah Louise");
    complainant.surname = QStringLiteral("Fictional");
    complainant.dateOfBirth = QDate(1991, 4, 12);
    complainant.gender = QStringLiteral("Female");
    complainant.addresses = {Address{QStringLiteral("3 Sample Close, Oldbury, OX9 9ZZ (temporary, sister's address)"),
                                     uktime::dateOf(nowUtc).addDays(-8), true}};
    complainant.phones = {QStringLiteral("07700 900461")};
    complainant.emails = {QStringLiteral("h.fictional@example.org")};
    complainant.preferredContact = QStringLiteral("Telephone, weekdays after 17:00");
    complainant.safeContact = QStringLiteral("Text to 07700 900461 first; do not leave voicemail");
    complainant.occupation = QStringLiteral("Logistics coordinator");
    complainant.ethnicityCode = QStringLiteral("W1");
    complainant.statementDate = uktime::dateOf(nowUtc).addDays(-8);

    Person suspect;
    suspect.role = PersonRole::Suspect;
    suspect.title = QStringLiteral("Mr");
    suspect.forenames = QStringLiteral("Daniel James");
    suspect.surname = QStringLiteral("Placeholder");
    suspect.dateOfBirth = QDate(1988, 11, 3);
    suspect.gender = QStringLiteral("Male");
    suspect.aliases = {QStringLiteral("Danny Placeholder")};
    suspect.addresses = {Address{QStringLiteral("Flat 2, 27 Invented Road, Newtown, OX9 8ZZ"), uktime::dateOf(nowUtc).addDays(-20), false}};
    suspect.phones = {QStringLiteral("07700 900982")};
    suspect.onlineHandles = {QStringLiteral("Instagram: @not_giving_up_on_us")};
    suspect.vehicles = {QStringLiteral("EX21 ABC")};
    suspect.relationship = Relationship::ExPartner;
    suspect.relationshipEndedOn = uktime::dateOf(nowUtc).addDays(-100);
    suspect.domesticAbuse = true;
    suspect.ethnicityCode = QStringLiteral("W1");
    suspect.occupation = QStringLiteral("Delivery driver");

    Person witness;
    witness.role = PersonRole::Witness;
    witness.forenames = QStringLiteral("Priya");
    witness.surname = QStringLiteral("Sampleton");
    witness.phones = {QStringLiteral("07700 900315")};
    witness.occupation = QStringLiteral("Warehouse supervisor");
    witness.ethnicityCode = QStringLiteral("A1");
    witness.over18 = true;
    witness.statementDate = uktime::dateOf(nowUtc).addDays(-45);

    demo.people = {complainant, suspect, witness};

    for (const DemoIncident& d : demoIncidents()) {
        Incident i;
        const QDate day = uktime::dateOf(nowUtc).addDays(-d.daysAgo);
        i.startUtc = londonToUtc(day, QTime(d.hour, d.minute)).utcReadings.first();
        i.online = d.online;
        (d.online ? i.platform : i.location) = QString::fromUtf8(d.where);
        i.behaviours = d.behaviours;
        i.description = QString::fromUtf8(d.description);
        i.fearOfViolence = d.fear;
        i.alarmOrDistress = d.alarm;
        i.alteredBehaviour = d.altered;
        i.alteredBehaviourHow = QString::fromUtf8(d.alteredHow);
        i.reportedToPolice = d.daysAgo < 70;
        if (i.reportedToPolice) i.policeReference = QStringLiteral("EX-%1").arg(260000 + d.daysAgo * 37);
        demo.incidents.append(i);
    }
    return demo;
}

namespace {
// The example database's fictional supervisor, so the example case shows a charging file and DASH
// approved under the four-eyes rule. Nobody knows its password and it is deactivated once it has
// approved (retireExampleSupervisor); it is made only in the example database, never in a
// database of real cases.
Result<std::optional<Session>> exampleSupervisor(Database& db, const Session& loader)
{
    if (QFileInfo(db.path()).absoluteFilePath() != QFileInfo(exampleDatabasePath()).absoluteFilePath())
        return std::optional<Session>();
    UserRepository users(db);
    const QString name = QStringLiteral("example.supervisor");
    auto found = users.findByName(name);
    if (!found.ok()) return found.error();
    if (!found->has_value()) {
        NewUser account{name, QStringLiteral("DS 2290 Alex SPECIMEN"), {Role::Supervisor},
                        OfficerProfile{QStringLiteral("Detective Sergeant"), QStringLiteral("2290"),
                                       QStringLiteral("Newtown Police Station"), QStringLiteral("01632 960290"),
                                       QStringLiteral("07700 900290"), QStringLiteral("alex.specimen@example.police.uk")}};
        // A password nobody knows, hashed at the cheapest cost (it is never checked: the account is inactive).
        QString secret;
        for (int i = 0; i < 4; ++i) secret += QString::number(QRandomGenerator::system()->generate64(), 36);
        auto hash = PasswordHasher(HashCost::minimumForTests()).hash(secret);
        if (!hash.ok()) return hash.error();
        auto made = inTransaction<User>(db, [&]() -> Result<User> {
            auto user = users.create(account, hash.value());
            if (!user.ok()) return user.error();
            AuditRecord record = AuditLog::recordFor(loader, AuditAction::AccountChange);
            record.entityType = QStringLiteral("user");
            record.entityId = QString::number(user->id);
            record.afterJson = QByteArrayLiteral(
                "{\"example_database\":\"a fictional supervisor for the example case; cannot sign in\"}");
            if (Status s = AuditLog::append(db, record); !s.ok()) return s.error();
            return user.value();
        });
        if (!made.ok()) return made.error();
    } else if (Status s = users.setActive(found->value().user.id, true); !s.ok()) {
        return s.error();   // made for an earlier example case, and deactivated after it
    }
    found = users.findByName(name);
    if (!found.ok()) return found.error();
    return std::optional<Session>(Session{found->value().user, Clock::nowUtc()});
}

// Once it has approved the example case, the fictional supervisor is deactivated: active only
// while the example is written, so the account is never there to be used.
Status retireExampleSupervisor(Database& db, const Session& supervisor)
{
    return UserRepository(db).setActive(supervisor.user.id, false);
}
} // namespace

Result<qint64> ensureDemoCase(Database& db, const Session& session, const Session* reviewer)
{
    CaseService service(db, session);
    auto existing = service.findCaseByUrn(QString::fromLatin1(demoCaseUrn));
    if (!existing.ok()) return existing.error();
    if (existing.value()) return *existing.value();
    if (auto imported = service.importCases({buildDemoCase(Clock::nowUtc())}); !imported.ok()) return imported.error();
    auto created = service.findCaseByUrn(QString::fromLatin1(demoCaseUrn));
    if (!created.ok()) return created.error();
    const qint64 id = created.value().value_or(0);
    std::optional<Session> example;
    if (!reviewer) {
        auto supervisor = exampleSupervisor(db, session);
        if (!supervisor.ok()) return supervisor.error();
        example = supervisor.value();
        if (example) reviewer = &*example;
    }
    if (reviewer) {
        // The reviewing supervisor is the case's supervisor, so they see it in full (issue 24).
        auto detail = service.loadCase(id);
        if (!detail.ok()) return detail.error();
        Case assigned = detail->caseRecord;
        assigned.supervisorUserId = reviewer->user.id;
        if (auto saved = service.updateCase(assigned); !saved.ok()) return saved.error();
    }
    if (Status s = addDemoEvidence(db, session, id); !s.ok()) return s.error();
    if (Status s = addDemoCare(db, session, id); !s.ok()) return s.error();
    if (Status s = addDemoRiskAssessments(db, id, session, reviewer); !s.ok()) return s.error();
    if (Status s = addDemoChargingFile(db, id, session, reviewer); !s.ok()) return s.error();
    if (example)
        if (Status s = retireExampleSupervisor(db, *example); !s.ok()) return s.error();
    return id;
}

} // namespace conduct
