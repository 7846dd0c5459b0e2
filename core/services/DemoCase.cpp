#include "services/DemoCase.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "security/AuditLog.h"
#include "security/PasswordHasher.h"
#include "services/AppPaths.h"
#include "store/Database.h"
#include "store/TeamRepository.h"
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
// The example case's own people (issue 31): a fictional officer in the case who did its work and a
// fictional supervisor who approved it under the four-eyes rule, the same DC EXAMPLE and DS SPECIMEN
// the forms print. Whoever loads the example then looks at a colleague's case, as at work, and can
// see what an approval by someone else looks like. Nobody knows their passwords and they are
// deactivated once the case is written (retireExamplePeople); they are made only in the example
// database, never in a database of real cases.
struct ExamplePerson {
    const char* userName;
    const char* displayName;
    Role role;
    OfficerProfile profile;
};

const ExamplePerson& exampleOfficer()
{
    static const ExamplePerson officer{"example.officer", "DC 4127 Sam EXAMPLE", Role::Officer,
                                       OfficerProfile{QStringLiteral("Detective Constable"), QStringLiteral("4127"),
                                                      QStringLiteral("Newtown Police Station"), QStringLiteral("01632 960127"),
                                                      QStringLiteral("07700 900127"), QStringLiteral("sam.example@example.police.uk")}};
    return officer;
}

const ExamplePerson& exampleSupervisor()
{
    static const ExamplePerson supervisor{"example.supervisor", "DS 2290 Alex SPECIMEN", Role::Supervisor,
                                          OfficerProfile{QStringLiteral("Detective Sergeant"), QStringLiteral("2290"),
                                                         QStringLiteral("Newtown Police Station"), QStringLiteral("01632 960290"),
                                                         QStringLiteral("07700 900290"), QStringLiteral("alex.specimen@example.police.uk")}};
    return supervisor;
}

// The team the example's people share with whoever loads it, so the loader sees the case in full
// without a grant (need to know, issue 24).
constexpr const char* exampleTeamName = "Example team (fictional)";

bool isExampleDatabase(const Database& db)
{
    return QFileInfo(db.path()).absoluteFilePath() == QFileInfo(exampleDatabasePath()).absoluteFilePath();
}

// The account, made if it is not there yet and active while the example is written.
Result<Session> exampleAccount(Database& db, const Session& loader, const ExamplePerson& person)
{
    UserRepository users(db);
    const QString name = QString::fromLatin1(person.userName);
    auto found = users.findByName(name);
    if (!found.ok()) return found.error();
    if (!found->has_value()) {
        NewUser account{name, QString::fromUtf8(person.displayName), {person.role}, person.profile};
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
                "{\"example_database\":\"a fictional officer for the example case; cannot sign in\"}");
            if (Status s = AuditLog::append(db, record); !s.ok()) return s.error();
            return user.value();
        });
        if (!made.ok()) return made.error();
    } else if (Status s = users.setActive(found->value().user.id, true); !s.ok()) {
        return s.error();   // made for an earlier example case, and deactivated after it
    }
    found = users.findByName(name);
    if (!found.ok()) return found.error();
    if (!found->has_value()) return Error{QStringLiteral("Example case"), QStringLiteral("The account %1 could not be read back.").arg(name)};
    return Session{found->value().user, Clock::nowUtc()};
}

// Puts the loader (and the example's people) in the example team, made if need be: a later
// loader of the same example database joins it too.
Status joinExampleTeam(Database& db, const Session& loader, const QList<qint64>& userIds)
{
    const TeamRepository teams(db);
    return inTransaction<void>(db, [&]() -> Status {
        auto existing = teams.findByName(QString::fromLatin1(exampleTeamName));
        if (!existing.ok()) return existing.error();
        qint64 teamId = existing->value_or(0);
        if (teamId == 0) {
            auto made = teams.insert(QString::fromLatin1(exampleTeamName), Clock::nowUtc());
            if (!made.ok()) return made.error();
            teamId = made.value();
        }
        auto team = teams.get(teamId);
        if (!team.ok()) return team.error();
        QList<qint64> members;
        if (team->has_value())
            for (const TeamMember& member : team->value().members) members.append(member.userId);
        for (qint64 userId : userIds) {
            if (members.contains(userId)) continue;
            if (Status s = teams.addMember(teamId, userId); !s.ok()) return s;
            // Team changes are audited like an administrator's (TeamService), naming who loaded the example.
            AuditRecord record = AuditLog::recordFor(loader, AuditAction::AccountChange);
            record.entityType = QStringLiteral("team");
            record.entityId = QString::number(teamId);
            record.afterJson = QStringLiteral("{\"example_team_member\":%1}").arg(userId).toUtf8();
            if (Status s = AuditLog::append(db, record); !s.ok()) return s;
        }
        return Status{};
    });
}

// Once the example case is written its people are deactivated: active only while it is written,
// so the accounts are never there to be used.
Status retireExamplePeople(Database& db, const QList<Session>& people)
{
    for (const Session& person : people)
        if (Status s = UserRepository(db).setActive(person.user.id, false); !s.ok()) return s;
    return {};
}

// Writes the case as `officer`, reviewed by `reviewer` when there is one. Returns its id.
Result<qint64> writeDemoCase(Database& db, const Session& officer, const Session* reviewer)
{
    CaseService service(db, officer);
    if (auto imported = service.importCases({buildDemoCase(Clock::nowUtc())}); !imported.ok()) return imported.error();
    auto created = service.findCaseByUrn(QString::fromLatin1(demoCaseUrn));
    if (!created.ok()) return created.error();
    const qint64 id = created.value().value_or(0);
    if (reviewer) {
        // The reviewing supervisor is the case's supervisor, so they see it in full (issue 24).
        auto detail = service.loadCase(id);
        if (!detail.ok()) return detail.error();
        Case assigned = detail->caseRecord;
        assigned.supervisorUserId = reviewer->user.id;
        if (auto saved = service.updateCase(assigned); !saved.ok()) return saved.error();
    }
    if (Status s = addDemoEvidence(db, officer, id); !s.ok()) return s.error();
    if (Status s = addDemoCare(db, officer, id); !s.ok()) return s.error();
    if (Status s = addDemoRiskAssessments(db, id, officer, reviewer); !s.ok()) return s.error();
    if (Status s = addDemoChargingFile(db, id, officer, reviewer); !s.ok()) return s.error();
    return id;
}

// In the example database: the case written by its own fictional officer and approved by its own
// fictional supervisor, both in a team with the loader.
Result<qint64> writeExampleCase(Database& db, const Session& loader)
{
    auto officer = exampleAccount(db, loader, exampleOfficer());
    if (!officer.ok()) return officer.error();
    auto supervisor = exampleAccount(db, loader, exampleSupervisor());
    if (!supervisor.ok()) return supervisor.error();
    if (Status s = joinExampleTeam(db, loader, {officer->user.id, supervisor->user.id, loader.user.id}); !s.ok()) return s.error();
    auto id = writeDemoCase(db, officer.value(), &supervisor.value());
    if (!id.ok()) return id.error();
    if (Status s = retireExamplePeople(db, {officer.value(), supervisor.value()}); !s.ok()) return s.error();
    return id.value();
}
} // namespace

Result<qint64> ensureDemoCase(Database& db, const Session& session, const Session* reviewer)
{
    auto existing = CaseService(db, session).findCaseByUrn(QString::fromLatin1(demoCaseUrn));
    if (!existing.ok()) return existing.error();
    const bool example = !reviewer && isExampleDatabase(db);
    if (existing.value()) {
        // A later account loading the same example joins its team, so it sees the case too.
        if (example)
            if (Status s = joinExampleTeam(db, session, {session.user.id}); !s.ok()) return s.error();
        return *existing.value();
    }
    return example ? writeExampleCase(db, session) : writeDemoCase(db, session, reviewer);
}

} // namespace conduct
