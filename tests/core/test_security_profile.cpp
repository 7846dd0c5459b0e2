// The officer's profile (issue 22): what the MG forms print for an officer. Stored with the
// account, loaded into every User (and so into the signed-in Session), changed only by an
// administrator or by the officer themselves, every change audited with the fields before and
// after, and every refusal naming the field and its limit while changing nothing.

#include "TestSupport.h"

#include "common/Clock.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/Authenticator.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace conduct;

namespace {

const QString adminPassword = QStringLiteral("admin pass phrase 1");
const QString officerPassword = QStringLiteral("officer pass phrase 2");

PasswordHasher cheap() { return PasswordHasher(HashCost::minimumForTests()); }

OfficerProfile patelProfile()
{
    return {QStringLiteral("DC"), QStringLiteral("4410"), QStringLiteral("Newtown Police Station"),
            QStringLiteral("01632 960123"), QStringLiteral("+44 (0)7700 900461"), QStringLiteral("asha.patel@force.police.uk")};
}

struct ProfileFixture {
    ProfileFixture() : clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
    {
        AccountService accounts(t.db(), cheap());
        auto a = accounts.createFirstAdministrator(NewUser{QStringLiteral("admin"), QStringLiteral("Admin One"), {}, {}},
                                                   adminPassword);
        REQUIRE(a.ok());
        admin = Session{a.value(), Clock::nowUtc()};
        auto o = accounts.createUser(admin, NewUser{QStringLiteral("dc.patel"), QStringLiteral("DC 4410 Asha PATEL"),
                                                    {Role::Officer}, patelProfile()},
                                     officerPassword);
        REQUIRE(o.ok());
        officer = Session{o.value(), Clock::nowUtc()};
        auto other = accounts.createUser(admin, NewUser{QStringLiteral("pc.jones"), QStringLiteral("PC 77 Jones"),
                                                        {Role::Officer}, {}},
                                         officerPassword);
        REQUIRE(other.ok());
        colleague = other.value();
    }

    OfficerProfile storedProfile(qint64 userId)
    {
        auto found = UserRepository(t.db()).findById(userId);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return (*found)->user.profile;
    }

    QList<AuditRecord> audit()
    {
        auto records = AuditLog::readAll(t.db());
        REQUIRE(records.ok());
        return records.value();
    }

    test::TempDatabase t;
    ScopedFakeClock clock;
    Session admin;
    Session officer;
    User colleague;
};

QJsonObject jsonOf(const QByteArray& bytes) { return QJsonDocument::fromJson(bytes).object(); }

} // namespace

TEST_CASE("profile: created with the account, loaded by every lookup and carried by the session", "[security][profile]")
{
    ProfileFixture f;
    CHECK(f.officer.user.profile == patelProfile());
    CHECK(f.storedProfile(f.officer.user.id) == patelProfile());

    auto byName = UserRepository(f.t.db()).findByName(QStringLiteral("DC.PATEL"));
    REQUIRE(byName.ok());
    REQUIRE(byName->has_value());
    CHECK((*byName)->user.profile == patelProfile());

    auto all = UserRepository(f.t.db()).list();
    REQUIRE(all.ok());
    int seen = 0;
    for (const User& u : all.value()) {
        if (u.id != f.officer.user.id) continue;
        ++seen;
        CHECK(u.profile == patelProfile());
    }
    CHECK(seen == 1);

    auto session = Authenticator(f.t.db(), cheap()).signIn(QStringLiteral("dc.patel"), officerPassword);
    REQUIRE(session.ok());
    CHECK(session->user.profile == patelProfile());

    // The creation record names the profile fields filled in, and none that were left empty.
    const QList<AuditRecord> records = f.audit();
    bool found = false;
    for (const AuditRecord& r : records) {
        if (r.entityId != QString::number(f.officer.user.id) || !r.beforeJson.isEmpty()) continue;
        const QJsonObject after = jsonOf(r.afterJson);
        if (after.value(QStringLiteral("user_name")).toString() != QStringLiteral("dc.patel")) continue;
        found = true;
        CHECK(after.value(QStringLiteral("collar_number")).toString() == QStringLiteral("4410"));
        CHECK(after.value(QStringLiteral("email")).toString() == QStringLiteral("asha.patel@force.police.uk"));
    }
    CHECK(found);
    for (const AuditRecord& r : records)
        if (r.entityId == QString::number(f.colleague.id)) CHECK_FALSE(jsonOf(r.afterJson).contains(QStringLiteral("rank")));
}

TEST_CASE("profile: the officer corrects their own; only the changed fields are audited", "[security][profile]")
{
    ProfileFixture f;
    OfficerProfile corrected = patelProfile();
    corrected.rank = QStringLiteral("DS");
    corrected.mobile = QString();
    corrected.station = QStringLiteral("  Oldtown Police Station  ");   // spaces as typed are removed
    const qsizetype before = f.audit().size();

    REQUIRE(AccountService(f.t.db(), cheap()).setProfile(f.officer, f.officer.user.id, corrected).ok());
    const OfficerProfile stored = f.storedProfile(f.officer.user.id);
    CHECK(stored.rank == QStringLiteral("DS"));
    CHECK(stored.mobile.isEmpty());
    CHECK(stored.station == QStringLiteral("Oldtown Police Station"));
    CHECK(stored.email == patelProfile().email);

    const QList<AuditRecord> records = f.audit();
    REQUIRE(records.size() == before + 1);
    const AuditRecord& r = records.last();
    CHECK(r.action == AuditAction::AccountChange);
    CHECK(r.userName == QStringLiteral("dc.patel"));
    CHECK(r.entityType == QStringLiteral("user"));
    CHECK(r.entityId == QString::number(f.officer.user.id));
    CHECK(jsonOf(r.beforeJson) == QJsonObject{{QStringLiteral("rank"), QStringLiteral("DC")},
                                              {QStringLiteral("station"), QStringLiteral("Newtown Police Station")},
                                              {QStringLiteral("mobile"), QStringLiteral("+44 (0)7700 900461")}});
    CHECK(jsonOf(r.afterJson) == QJsonObject{{QStringLiteral("rank"), QStringLiteral("DS")},
                                             {QStringLiteral("station"), QStringLiteral("Oldtown Police Station")},
                                             {QStringLiteral("mobile"), QString()}});
    CHECK(AuditLog::verify(f.t.db()).ok);

    // Saving it again unchanged is not a change: nothing more in the trail.
    REQUIRE(AccountService(f.t.db(), cheap()).setProfile(f.officer, f.officer.user.id, corrected).ok());
    CHECK(f.audit().size() == before + 1);
}

TEST_CASE("profile: an officer cannot change someone else's; an administrator can", "[security][profile]")
{
    ProfileFixture f;
    AccountService accounts(f.t.db(), cheap());
    OfficerProfile jones;
    jones.rank = QStringLiteral("PC");
    jones.collarNumber = QStringLiteral("77");
    const qsizetype before = f.audit().size();

    auto refused = accounts.setProfile(f.officer, f.colleague.id, jones);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("manage user accounts")));
    CHECK(f.storedProfile(f.colleague.id) == OfficerProfile{});
    CHECK(f.audit().size() == before);

    REQUIRE(accounts.setProfile(f.admin, f.colleague.id, jones).ok());
    CHECK(f.storedProfile(f.colleague.id) == jones);
    const AuditRecord last = f.audit().last();
    CHECK(last.userName == QStringLiteral("admin"));
    CHECK(last.entityId == QString::number(f.colleague.id));
    CHECK(jsonOf(last.afterJson) == QJsonObject{{QStringLiteral("rank"), QStringLiteral("PC")},
                                                {QStringLiteral("collar_number"), QStringLiteral("77")}});
    CHECK(jsonOf(last.beforeJson) == QJsonObject{{QStringLiteral("rank"), QString()},
                                                 {QStringLiteral("collar_number"), QString()}});

    // A deactivated account's old session cannot change even its own profile.
    REQUIRE(accounts.setActive(f.admin, f.officer.user.id, false).ok());
    const qsizetype afterDeactivation = f.audit().size();
    auto stale = accounts.setProfile(f.officer, f.officer.user.id, jones);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().message.contains(QStringLiteral("deactivated")));
    CHECK(f.storedProfile(f.officer.user.id) == patelProfile());
    CHECK(f.audit().size() == afterDeactivation);
}

TEST_CASE("profile: each refusal names the field and its limit, and changes nothing", "[security][profile]")
{
    ProfileFixture f;
    struct Case {
        const char* what;
        void (*change)(OfficerProfile&);
        const char* field;
        const char* says;
    };
    const Case cases[] = {
        {"rank too long", [](OfficerProfile& p) { p.rank = QString(61, u'R'); }, "Rank", "at most 60 characters"},
        {"number too long", [](OfficerProfile& p) { p.collarNumber = QString(21, u'9'); }, "Collar or staff number",
         "at most 20 characters"},
        {"station too long", [](OfficerProfile& p) { p.station = QString(101, u'S'); }, "Station", "at most 100 characters"},
        {"telephone too long", [](OfficerProfile& p) { p.telephone = QString(41, u'1'); }, "Telephone", "at most 40 characters"},
        {"telephone with letters", [](OfficerProfile& p) { p.telephone = QStringLiteral("01632 ext 12"); }, "Telephone",
         "only digits, spaces, +, brackets and hyphens"},
        {"mobile with letters", [](OfficerProfile& p) { p.mobile = QStringLiteral("07700 9OO461"); }, "Mobile",
         "only digits, spaces, +, brackets and hyphens"},
        {"mobile too long", [](OfficerProfile& p) { p.mobile = QString(41, u'7'); }, "Mobile", "at most 40 characters"},
        {"e-mail too long",
         [](OfficerProfile& p) { p.email = QString(250, u'a') + QStringLiteral("@x.uk"); }, "E-mail", "at most 254 characters"},
        {"e-mail without @", [](OfficerProfile& p) { p.email = QStringLiteral("asha.patel"); }, "E-mail",
         "type a whole address such as jane.smith@force.police.uk"},
        {"e-mail without domain", [](OfficerProfile& p) { p.email = QStringLiteral("asha@force"); }, "E-mail",
         "type a whole address"},
        {"e-mail with a space", [](OfficerProfile& p) { p.email = QStringLiteral("asha patel@force.police.uk"); }, "E-mail",
         "type a whole address"},
    };
    AccountService accounts(f.t.db(), cheap());
    const qsizetype before = f.audit().size();
    for (const Case& c : cases) {
        INFO(c.what);
        OfficerProfile bad = patelProfile();
        c.change(bad);
        auto own = accounts.setProfile(f.officer, f.officer.user.id, bad);
        REQUIRE_FALSE(own.ok());
        CHECK(own.error().field == QString::fromUtf8(c.field));
        CHECK(own.error().message.contains(QString::fromUtf8(c.says)));
        CHECK(own.error().text().startsWith(QString::fromUtf8(c.field) + QStringLiteral(": ")));
        CHECK_FALSE(accounts.setProfile(f.admin, f.officer.user.id, bad).ok());
        CHECK(f.storedProfile(f.officer.user.id) == patelProfile());

        // The same rule when the administrator creates the account: no account is made.
        auto created = accounts.createUser(f.admin, NewUser{QStringLiteral("pc.new"), QStringLiteral("PC New"),
                                                             {Role::Officer}, bad},
                                           officerPassword);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().field == QString::fromUtf8(c.field));
        auto absent = UserRepository(f.t.db()).findByName(QStringLiteral("pc.new"));
        REQUIRE(absent.ok());
        CHECK_FALSE(absent->has_value());
    }
    CHECK(f.audit().size() == before);

    // At the limits exactly, and with every field empty, a profile is accepted.
    const OfficerProfile longest{QString(60, u'R'), QString(20, u'9'), QString(100, u'S'), QString(40, u'1'),
                                 QStringLiteral("+44 (0)7700-900461"), QString(238, u'a') + QStringLiteral("@force.police.uk")};
    REQUIRE(longest.email.size() == 254);
    CHECK(accounts.setProfile(f.officer, f.officer.user.id, longest).ok());
    CHECK(f.storedProfile(f.officer.user.id) == longest);
    // Spaces typed around an address are not part of it, when creating an account too.
    OfficerProfile spaced;
    spaced.email = QStringLiteral("  pc.new@force.police.uk ");
    auto created = accounts.createUser(f.admin, NewUser{QStringLiteral("pc.new"), QStringLiteral("PC New"), {Role::Officer}, spaced},
                                       officerPassword);
    REQUIRE(created.ok());
    CHECK(f.storedProfile(created->id).email == QStringLiteral("pc.new@force.police.uk"));

    CHECK(accounts.setProfile(f.officer, f.officer.user.id, OfficerProfile{}).ok());
    CHECK(f.storedProfile(f.officer.user.id) == OfficerProfile{});
}
