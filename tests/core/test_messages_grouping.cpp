// Issue 29: who is who (identifiers matched to the case's people, unknown senders listed) and
// grouping the suspect's contacts into proposed incidents, with the officer's merge, split and drop.

#include "TestSupport.h"

#include "messages/Attribution.h"
#include "messages/BurstGrouping.h"
#include "messages/MessageText.h"
#include "messages/SmsBackupReader.h"
#include "messages/WhatsAppReader.h"

#include <QFile>

using namespace conduct;
using namespace conduct::messages;

namespace {
const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
const ReadOptions options{now, DateOrder::Detect, {}};

QByteArray sample(const QString& name)
{
    QFile f(test::sourcePath(QStringLiteral("tests/data/messages/") + name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QDateTime utc(int y, int mo, int d, int h, int mi) { return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC); }

QList<CasePerson> casePeople()
{
    CasePerson sam{QStringLiteral("p-sam"), CaseRole::Complainant, {QStringLiteral("Sam Taylor")}, {QStringLiteral("07700 900789")},
                   {QStringLiteral("sam.taylor@example.org")}, {}};
    CasePerson dan{QStringLiteral("p-dan"), CaseRole::Suspect, {QStringLiteral("Daniel Hart"), QStringLiteral("Dan Hart")},
                   {QStringLiteral("+44 (0)7700 900123")}, {QStringLiteral("dan.hart@example.com")}, {QStringLiteral("Instagram: @dan.h")}};
    return {sam, dan};
}

// A file of hand-built contacts: (minutes from 22:00 UTC on 1 July 2026, sender, kind).
MessageFile handBuilt(const QList<std::tuple<int, const char*, ContactKind, const char*>>& contacts)
{
    MessageFile file;
    file.fileName = QStringLiteral("built.txt");
    file.format = SourceFormat::WhatsAppText;
    int line = 0;
    for (const auto& [minutes, sender, kind, text] : contacts) {
        Contact c;
        c.kind = kind;
        c.when.utc = utc(2026, 7, 1, 22, 0).addSecs(qint64(minutes) * 60);
        c.sender = QString::fromLatin1(sender);
        c.text = QString::fromLatin1(text);
        c.conversation = QStringLiteral("Dan");
        c.place = {file.fileName, ++line, {}, -1};
        file.contacts.append(c);
    }
    return file;
}
} // namespace

TEST_CASE("identifiers are normalised and matched to the case's people; the rest are listed", "[messages][whoiswho]")
{
    SECTION("texts and calls by phone number in any written form")
    {
        auto sms = readSmsBackup(QStringLiteral("sms.xml"), sample(QStringLiteral("sms-20260701100000.xml")), options);
        REQUIRE(sms.ok());
        const WhoIsWho who = matchParties(sms.value(), casePeople());
        REQUIRE(who.mappings.size() == 2);
        CHECK(who.mappings[0].party == PartyKey{IdentifierKind::Phone, QStringLiteral("+447700900123")});
        CHECK(who.mappings[0].personId == QStringLiteral("p-dan"));
        CHECK(who.mappings[0].shown == QStringLiteral("07700 900123"));
        CHECK(who.mappings[0].reason.contains(QStringLiteral("+447700900123")));
        CHECK(who.mappings[1].personId == QStringLiteral("p-sam"));   // the MMS's recipient
        REQUIRE(who.unknown.size() == 1);
        CHECK(who.unknown[0].party.key == QStringLiteral("+447700900456"));
        CHECK(who.unknown[0].contacts == 1);
        CHECK(who.unknown[0].firstPlace.element == QStringLiteral("smses/sms[4]"));

        const Attribution attribution(sms.value(), casePeople(), who.mappings);
        CHECK(attribution.fromSuspect(sms->contacts[0]));
        CHECK(attribution.fromSuspect(sms->contacts[1]));     // "+447700900123": the same number
        CHECK_FALSE(attribution.fromSuspect(sms->contacts[2]));  // sent by the complainant
        CHECK_FALSE(attribution.fromSuspect(sms->contacts[3]));  // unknown
    }
    SECTION("WhatsApp display names: a recorded name matches, a first name is only suggested")
    {
        auto chat = readWhatsAppText(QStringLiteral("chat.txt"), sample(QStringLiteral("whatsapp-android.txt")), options);
        REQUIRE(chat.ok());
        const WhoIsWho who = matchParties(chat.value(), casePeople());
        REQUIRE(who.mappings.size() == 1);
        CHECK(who.mappings[0].personId == QStringLiteral("p-sam"));   // "Sam Taylor" is her recorded name
        REQUIRE(who.unknown.size() == 1);
        CHECK(who.unknown[0].shown == QStringLiteral("Dan"));
        CHECK(who.unknown[0].contacts == 7);
        CHECK(who.unknown[0].firstPlace.line == 2);
        CHECK(who.unknown[0].suggestedPersonIds == QStringList{QStringLiteral("p-dan")});   // Dan, Daniel

        // The officer assigns "Dan"; a later match keeps the officer's choice.
        const PartyMapping assigned = assignParty(who.unknown[0], QStringLiteral("p-dan"));
        CHECK(assigned.byOfficer);
        CHECK_FALSE(assigned.thirdParty);
        const WhoIsWho again = matchParties(chat.value(), casePeople(), {assigned});
        CHECK(again.unknown.isEmpty());
        QList<PartyMapping> all = again.mappings;
        const Attribution attribution(chat.value(), casePeople(), all);
        CHECK(attribution.directionOf(chat->contacts[0]) == Direction::Received);
        CHECK(attribution.directionOf(chat->contacts[3]) == Direction::Sent);   // Sam Taylor: the complainant
        CHECK(attribution.fromSuspect(chat->contacts[0]));
        CHECK_FALSE(attribution.fromSuspect(chat->contacts[3]));
    }
    SECTION("a third party is mapped to no one and never counts as the suspect")
    {
        const MessageFile file = handBuilt({{0, "Alex", ContactKind::Message, "hi"}});
        const WhoIsWho who = matchParties(file, casePeople());
        REQUIRE(who.unknown.size() == 1);
        CHECK(who.unknown[0].suggestedPersonIds.isEmpty());
        const PartyMapping third = assignParty(who.unknown[0], QString());
        CHECK(third.thirdParty);
        const Attribution attribution(file, casePeople(), {third});
        CHECK(attribution.personOf(QStringLiteral("Alex")).isEmpty());
        CHECK_FALSE(attribution.fromSuspect(file.contacts[0]));
    }
    SECTION("e-mail addresses and handles")
    {
        CHECK(partyKeyOf(QStringLiteral("Dan.Hart@Example.COM"), SourceFormat::Email) == PartyKey{IdentifierKind::Email, QStringLiteral("dan.hart@example.com")});
        CHECK(partyKeyOf(QStringLiteral("@Dan.H"), SourceFormat::FacebookJson) == PartyKey{IdentifierKind::Handle, QStringLiteral("dan.h")});
        CHECK(partyKeyOf(QStringLiteral("+44 7700 900123"), SourceFormat::WhatsAppText) == PartyKey{IdentifierKind::Phone, QStringLiteral("+447700900123")});
        CHECK(partyKeyOf(QStringLiteral("  Dan  HART "), SourceFormat::WhatsAppText).kind == IdentifierKind::DisplayName);
    }
}

TEST_CASE("the suspect's contacts less than the gap apart become one proposed incident", "[messages][bursts]")
{
    const MessageFile file = handBuilt({
        {65, "Dan", ContactKind::Message, "Answer me"},          // 23:05
        {70, "Dan", ContactKind::Call, ""},
        {80, "Sam Taylor", ContactKind::Message, "Stop"},         // the complainant's: not taken
        {150, "Dan", ContactKind::Message, "You'll regret this"},  // 00:30 next day
        {370, "Dan", ContactKind::Message, "outside your house"}, // 04:10: 3 h 40 after the last
        {489, "Dan", ContactKind::Call, ""},                     // 06:09: 1 h 59 later, same burst
        {609, "Dan", ContactKind::Message, "x"},                 // 08:09: exactly 2 h later, a new burst
    });
    const PartyMapping dan{{IdentifierKind::DisplayName, QStringLiteral("dan")}, QStringLiteral("Dan"), QStringLiteral("p-dan"), false, true, {}};
    const WhoIsWho who = matchParties(file, casePeople(), {dan});
    const Attribution attribution(file, casePeople(), who.mappings);
    const QList<int> selected = selectContacts(file, attribution, {});
    CHECK(selected == QList<int>{0, 1, 3, 4, 5, 6});

    const QList<BurstProposal> bursts = groupBursts(file, selected);
    REQUIRE(bursts.size() == 3);
    CHECK(bursts[0].contacts == QList<int>{0, 1, 3});
    CHECK(bursts[0].messages == 2);
    CHECK(bursts[0].calls == 1);
    CHECK(bursts[0].startUtc == utc(2026, 7, 1, 23, 5));
    CHECK(bursts[0].endUtc == utc(2026, 7, 2, 0, 30));
    // UK times (BST in July), with the dates as the burst runs past midnight.
    CHECK(bursts[0].description == QStringLiteral("2 messages and 1 call between 00:05 and 01:30 on 02/07/2026"));
    CHECK(bursts[0].suggested == QList<Behaviour>{Behaviour::Contacting, Behaviour::Threats});
    CHECK(bursts[1].contacts == QList<int>{4, 5});
    CHECK(bursts[1].suggested == QList<Behaviour>{Behaviour::Contacting});
    CHECK(bursts[2].description == QStringLiteral("1 message at 09:09 on 02/07/2026"));

    SECTION("a different gap")
    {
        CHECK(groupBursts(file, selected, 4 * 3600).size() == 1);
        CHECK(groupBursts(file, selected, 30 * 60).size() == 5);
    }
    SECTION("merge, split and drop return new lists and leave the given one alone")
    {
        auto merged = mergeWithNext(file, bursts, 0);
        REQUIRE(merged.ok());
        REQUIRE(merged->size() == 2);
        CHECK(merged.value()[0].contacts == QList<int>{0, 1, 3, 4, 5});
        CHECK(merged.value()[0].description == QStringLiteral("3 messages and 2 calls between 00:05 and 07:09 on 02/07/2026"));
        CHECK(bursts.size() == 3);

        auto split = splitBefore(file, bursts, 0, 2);
        REQUIRE(split.ok());
        REQUIRE(split->size() == 4);
        CHECK(split.value()[0].contacts == QList<int>{0, 1});
        CHECK(split.value()[0].suggested == QList<Behaviour>{Behaviour::Contacting});
        CHECK(split.value()[1].contacts == QList<int>{3});
        CHECK(split.value()[1].suggested == QList<Behaviour>{Behaviour::Contacting, Behaviour::Threats});

        auto dropped = dropProposal(bursts, 1);
        REQUIRE(dropped.ok());
        CHECK(dropped->size() == 2);
        CHECK(dropped.value()[1].contacts == QList<int>{6});

        auto noNext = mergeWithNext(file, bursts, 2);
        REQUIRE_FALSE(noNext.ok());
        CHECK(noNext.error().message.contains(QStringLiteral("the last")));
        auto badSplit = splitBefore(file, bursts, 0, 3);
        REQUIRE_FALSE(badSplit.ok());
        CHECK(badSplit.error().message == QStringLiteral("proposal 1 holds 3 contacts: split it before contact 2 to 3."));
        CHECK_FALSE(dropProposal(bursts, 7).ok());
    }
    SECTION("counts per UK day and the filters")
    {
        const QMap<QDate, int> perDay = countsPerUkDay(file, selected);
        CHECK(perDay.value(QDate(2026, 7, 2)) == 6);   // 23:05 UTC on the 1st is 00:05 BST on the 2nd
        CHECK(perDay.size() == 1);

        ContactFilter everyone;
        everyone.suspectOnly = false;
        CHECK(selectContacts(file, attribution, everyone).size() == 7);
        ContactFilter otherChat;
        otherChat.conversation = QStringLiteral("Mum");
        CHECK(selectContacts(file, attribution, otherChat).isEmpty());
        ContactFilter range;
        range.firstDay = QDate(2026, 7, 3);
        CHECK(selectContacts(file, attribution, range).isEmpty());
        range.firstDay = QDate(2026, 7, 2);
        range.lastDay = QDate(2026, 7, 2);
        CHECK(selectContacts(file, attribution, range).size() == 6);
    }
}

TEST_CASE("a burst description across midnight gives both dates; the autumn hour names its zone", "[messages][bursts]")
{
    CHECK(describeBurst(41, 12, utc(2026, 3, 3, 23, 5), utc(2026, 3, 4, 4, 10))
          == QStringLiteral("41 messages and 12 calls between 23:05 on 03/03/2026 and 04:10 on 04/03/2026"));
    CHECK(describeBurst(0, 3, utc(2026, 3, 3, 23, 5), utc(2026, 3, 3, 23, 40)) == QStringLiteral("3 calls between 23:05 and 23:40 on 03/03/2026"));
    CHECK(describeBurst(2, 0, utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 20))
          == QStringLiteral("2 messages between 01:30 BST and 01:20 GMT on 25/10/2026"));
}

TEST_CASE("the readers' hour-by-hour London clock gives what UkTime gives, clock-change days included", "[messages][bursts][time]")
{
    for (const QDate day : {QDate(2026, 3, 28), QDate(2026, 3, 29), QDate(2026, 10, 24), QDate(2026, 10, 25), QDate(2026, 12, 31)}) {
        for (QDateTime at(day, QTime(0, 0), Qt::UTC); at < QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC); at = at.addSecs(17 * 60)) {
            CHECK(londonclock::dateOf(at) == uktime::dateOf(at));
            CHECK(londonclock::timeText(at) == uktime::formatTime(at));
            CHECK(londonclock::dateText(at) == uktime::formatDateOnly(at));
        }
        for (QTime wall(0, 7); wall.hour() < 23; wall = wall.addSecs(23 * 60)) {
            const LondonInstant expected = londonToUtc(day, wall);
            const WallClockReading cached = londonclock::toUtc(day, wall);
            CHECK(cached.change == expected.change);
            CHECK(cached.utcReadings == expected.utcReadings);
        }
    }
}
