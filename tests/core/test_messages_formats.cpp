// Issue 29: SMS Backup & Restore texts and calls, Facebook/Instagram JSON with Meta's mis-encoded
// accents, e-mail through GMime, and the sniffer that chooses a reader from what a file holds.

#include "TestSupport.h"

#include "messages/EmailReader.h"
#include "messages/FacebookReader.h"
#include "messages/FormatSniffer.h"
#include "messages/SmsBackupReader.h"

#include <QFile>
#include <QTemporaryDir>

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

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0) { return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC); }
} // namespace

TEST_CASE("SMS Backup & Restore texts: direction from type, epoch milliseconds, MMS parts and places", "[messages][smsxml]")
{
    const QByteArray bytes = sample(QStringLiteral("sms-20260701100000.xml"));
    auto read = readSmsBackup(QStringLiteral("sms.xml"), bytes, options);
    REQUIRE(read.ok());
    CHECK(read->format == SourceFormat::SmsBackupXml);
    REQUIRE(read->contacts.size() == 5);
    const Contact& first = read->contacts[0];
    CHECK(first.direction == Direction::Received);
    CHECK(first.sender == QStringLiteral("07700 900123"));
    CHECK(first.text == QStringLiteral("Pick up the phone"));
    CHECK(first.when.utc == utc(2026, 6, 7, 21, 0));
    CHECK(first.when.original == QStringLiteral("1780866000000"));
    CHECK(first.place.line == 4);
    CHECK(first.place.element == QStringLiteral("smses/sms[1]"));
    CHECK(first.place.byteOffset == bytes.indexOf("<sms "));
    CHECK(read->contacts[1].text == QStringLiteral("I will find you & you know it"));
    const Contact& sent = read->contacts[2];
    CHECK(sent.direction == Direction::Sent);
    CHECK(sent.sender.isEmpty());
    CHECK(sent.recipients == QStringList{QStringLiteral("07700900123")});
    const Contact& mms = read->contacts[4];
    CHECK(mms.place.element == QStringLiteral("smses/mms[1]"));
    CHECK(mms.place.byteOffset == bytes.indexOf("<mms "));
    CHECK(mms.direction == Direction::Received);
    CHECK(mms.sender == QStringLiteral("+447700900123"));
    CHECK(mms.recipients == QStringList{QStringLiteral("+447700900789")});
    CHECK(mms.text == QStringLiteral("Outside your house now"));
    CHECK(mms.attachments == QStringList{QStringLiteral("IMG_0412.jpg")});
    CHECK(read->problems.isEmpty());
}

TEST_CASE("SMS Backup & Restore calls: outcome and direction from type, with durations", "[messages][smsxml]")
{
    auto read = readSmsBackup(QStringLiteral("calls.xml"), sample(QStringLiteral("calls-20260701100000.xml")), options);
    REQUIRE(read.ok());
    CHECK(read->format == SourceFormat::CallsBackupXml);
    REQUIRE(read->contacts.size() == 4);
    CHECK(read->contacts[0].kind == ContactKind::Call);
    CHECK(read->contacts[0].call == CallOutcome::Missed);
    CHECK(read->contacts[0].direction == Direction::Received);
    CHECK(read->contacts[0].durationSeconds == 0);
    CHECK(read->contacts[1].call == CallOutcome::Rejected);
    CHECK(read->contacts[2].call == CallOutcome::Incoming);
    CHECK(read->contacts[2].durationSeconds == 42);
    CHECK(read->contacts[3].call == CallOutcome::Outgoing);
    CHECK(read->contacts[3].direction == Direction::Sent);
    CHECK(read->contacts[3].recipients == QStringList{QStringLiteral("01632 960001")});
    CHECK(read->contacts[3].place.element == QStringLiteral("calls/call[4]"));
    CHECK(callOutcomeName(read->contacts[1].call) == QStringLiteral("rejected call"));
}

TEST_CASE("SMS XML refusals: a DTD, a cut-short file, the wrong root; a future date is flagged", "[messages][smsxml]")
{
    auto dtd = readSmsBackup(QStringLiteral("sms.xml"),
                             "<?xml version='1.0'?>\n<!DOCTYPE smses [<!ENTITY big \"aaaaaaaa\">]>\n<smses><sms body=\"&big;\"/></smses>", options);
    REQUIRE_FALSE(dtd.ok());
    CHECK(dtd.error().field == QStringLiteral("sms.xml, line 2"));
    CHECK(dtd.error().message.contains(QStringLiteral("DTD")));

    const QByteArray whole = sample(QStringLiteral("sms-20260701100000.xml"));
    auto cut = readSmsBackup(QStringLiteral("sms.xml"), whole.left(whole.indexOf("<mms ") + 40), options);
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().field == QStringLiteral("sms.xml, line 8"));
    CHECK(cut.error().message.contains(QStringLiteral("cut short")));

    auto wrong = readSmsBackup(QStringLiteral("notes.xml"), "<?xml version='1.0'?>\n<notes/>", options);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("notes.xml, line 2 (notes)"));

    auto future = readSmsBackup(QStringLiteral("sms.xml"), "<smses><sms address=\"07700900123\" date=\"1956528000000\" type=\"1\" body=\"x\"/></smses>", options);
    REQUIRE(future.ok());
    REQUIRE(future->contacts.size() == 1);
    CHECK(future->contacts[0].when.inFuture);
    REQUIRE(future->problems.size() == 1);
    CHECK(future->problems[0].place.element == QStringLiteral("smses/sms[1]"));
}

TEST_CASE("Facebook JSON: Meta's mis-encoded accents are repaired only when the result is UTF-8", "[messages][facebook]")
{
    CHECK(repairMetaText(QStringLiteral("Caf\u00c3\u00a9")) == QStringLiteral("Caf\u00e9"));
    CHECK(repairMetaText(QStringLiteral("\u00f0\u009f\u0098\u00a1")) == QStringLiteral("\U0001F621"));
    CHECK(repairMetaText(QStringLiteral("Caf\u00e9")) == QStringLiteral("Caf\u00e9"));          // real Latin-1: not UTF-8 bytes, kept
    CHECK(repairMetaText(QStringLiteral("Zo\u00eb \u2013 ok")) == QStringLiteral("Zo\u00eb \u2013 ok"));   // real Unicode kept
    CHECK(repairMetaText(QStringLiteral("\u00ef\u00bb\u00bfhi")) == QStringLiteral("\uFEFFhi"));   // a BOM in the text stays (fuzz_messages_facebook)
    CHECK(repairMetaText(QStringLiteral("caf\u00c3")) == QStringLiteral("caf\u00c3"));                // cut short: not UTF-8, kept

    const QByteArray bytes = sample(QStringLiteral("message_1.json"));
    auto read = readFacebookJson(QStringLiteral("message_1.json"), bytes, options);
    REQUIRE(read.ok());
    CHECK(read->title == QStringLiteral("Dan Hart"));
    CHECK(read->participants == QStringList{QStringLiteral("Dan Hart"), QStringLiteral("Sam Taylor")});
    REQUIRE(read->contacts.size() == 5);
    // Meta writes the newest first; contacts come in time order, each keeping its element and line.
    const Contact& oldest = read->contacts[0];
    CHECK(oldest.when.utc == utc(2026, 6, 11, 19, 40));
    CHECK(oldest.text == QStringLiteral("I'll post the photos of you everywhere \U0001F621"));
    CHECK(oldest.attachments == QStringList{QStringLiteral("https://example.org/post/1")});
    CHECK(oldest.place.element == QStringLiteral("messages[4]"));
    CHECK(oldest.place.line == 11);
    CHECK(oldest.place.byteOffset == bytes.indexOf("{\"sender_name\": \"Dan Hart\", \"timestamp_ms\": 1781206800000"));
    CHECK(read->contacts[1].text == QStringLiteral("Please stop. Zo\u00eb says the same"));
    CHECK(read->contacts[2].kind == ContactKind::Call);
    CHECK(read->contacts[2].call == CallOutcome::Missed);
    CHECK(read->contacts[3].attachments == QStringList{QStringLiteral("4471_n.jpg")});
    CHECK(read->contacts[4].text == QStringLiteral("Saw you at the caf\u00e9 with him [again] {again}"));
    CHECK(read->contacts[4].place.element == QStringLiteral("messages[0]"));
}

TEST_CASE("Facebook JSON refusals name the line", "[messages][facebook]")
{
    const QByteArray bytes = sample(QStringLiteral("message_1.json"));
    auto cut = readFacebookJson(QStringLiteral("message_1.json"), bytes.left(bytes.indexOf("\"title\"")), options);
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().field.startsWith(QStringLiteral("message_1.json, line ")));
    CHECK(cut.error().message.contains(QStringLiteral("cut short")));
    // A time far out of range is reported, not converted (found by fuzz_messages_facebook).
    auto damaged = readFacebookJson(QStringLiteral("message_1.json"), "{\"messages\": [{\"timestamp_ms\": 1.8e37}]}", options);
    REQUIRE(damaged.ok());
    CHECK(damaged->contacts.isEmpty());
    REQUIRE(damaged->problems.size() == 1);
    CHECK(damaged->problems[0].place.element == QStringLiteral("messages[0]"));
    auto other = readFacebookJson(QStringLiteral("settings.json"), "{\"theme\": \"dark\"}", options);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.contains(QStringLiteral("no \"messages\" list")));
}

TEST_CASE("an mbox with two messages reads through GMime, zones honoured", "[messages][email]")
{
    const QByteArray bytes = sample(QStringLiteral("mailbox.mbox"));
    auto read = readMbox(QStringLiteral("mailbox.mbox"), bytes, options);
    REQUIRE(read.ok());
    REQUIRE(read->contacts.size() == 2);
    const Contact& first = read->contacts[0];
    CHECK(first.sender == QStringLiteral("dan.hart@example.com"));
    CHECK(first.recipients == QStringList{QStringLiteral("sam.taylor@example.org")});
    CHECK(first.conversation == QStringLiteral("You can't ignore me forever"));
    CHECK(first.when.utc == utc(2026, 6, 8, 6, 45));   // 07:45 +0100
    CHECK(first.when.original == QStringLiteral("Mon, 08 Jun 2026 07:45:00 +0100"));
    CHECK(first.text == QStringLiteral("I waited outside your work again. You'll regret blocking my number.\n\u2014 D"));
    CHECK(first.place.line == 1);
    CHECK(first.place.byteOffset == 0);
    const Contact& second = read->contacts[1];
    CHECK(second.recipients == QStringList{QStringLiteral("dan.hart@example.com"), QStringLiteral("hr@example.net")});
    CHECK(second.when.utc == utc(2026, 6, 8, 8, 0));
    CHECK(second.place.line == bytes.left(bytes.indexOf("From sam.taylor")).count('\n') + 1);
    CHECK(second.place.element == QStringLiteral("message 2"));
}

TEST_CASE("an .eml: encoded subject, Latin-1 quoted-printable body and an attachment's name", "[messages][email]")
{
    auto read = readEml(QStringLiteral("photos.eml"), sample(QStringLiteral("photos.eml")), options);
    REQUIRE(read.ok());
    REQUIRE(read->contacts.size() == 1);
    const Contact& c = read->contacts[0];
    CHECK(c.sender == QStringLiteral("Dan.Hart@Example.com"));
    CHECK(c.conversation == QStringLiteral("Photos of you \u2013 Caf\u00e9"));
    CHECK(c.text == QStringLiteral("I took these outside the caf\u00e9. I'm watching you."));
    CHECK(c.attachments == QStringList{QStringLiteral("outside.jpg")});
    CHECK(c.when.utc == utc(2026, 6, 11, 20, 10));
}

TEST_CASE("the sniffer chooses the reader from content and refuses what none reads", "[messages][sniffer]")
{
    const auto format = [](const char* name, const QByteArray& bytes) {
        auto f = detectFormat(QString::fromLatin1(name), bytes);
        REQUIRE(f.ok());
        return f.value();
    };
    CHECK(format("chat.doc", sample(QStringLiteral("whatsapp-android.txt"))) == SourceFormat::WhatsAppText);
    CHECK(format("x", sample(QStringLiteral("_chat.txt"))) == SourceFormat::WhatsAppText);
    CHECK(format("x", sample(QStringLiteral("whatsapp-export.zip"))) == SourceFormat::WhatsAppZip);
    CHECK(format("x", sample(QStringLiteral("sms-20260701100000.xml"))) == SourceFormat::SmsBackupXml);
    CHECK(format("x", sample(QStringLiteral("calls-20260701100000.xml"))) == SourceFormat::CallsBackupXml);
    CHECK(format("x", sample(QStringLiteral("message_1.json"))) == SourceFormat::FacebookJson);
    CHECK(format("x", sample(QStringLiteral("mailbox.mbox"))) == SourceFormat::Mbox);
    CHECK(format("x", sample(QStringLiteral("photos.eml"))) == SourceFormat::Email);

    auto read = readMessages(QStringLiteral("backup"), sample(QStringLiteral("calls-20260701100000.xml")), options);
    REQUIRE(read.ok());
    CHECK(read->contacts.size() == 4);

    const auto refused = [](const char* name, const QByteArray& bytes) {
        auto f = readMessages(QString::fromLatin1(name), bytes, options);
        REQUIRE_FALSE(f.ok());
        return f.error();
    };
    CHECK(refused("empty.txt", {}).message.contains(QStringLiteral("empty")));
    const Error binary = refused("photo.jpg", QByteArray::fromHex("ffd8ffe000104a464946000101"));
    CHECK(binary.field == QStringLiteral("photo.jpg, line 1"));
    CHECK(binary.message.contains(QStringLiteral("binary data")));
    const Error prose = refused("letter.txt", "Dear Sam,\nI am writing to...\n");
    CHECK(prose.field == QStringLiteral("letter.txt, line 1"));
    CHECK(prose.message.contains(QStringLiteral("not an export Conduct reads")));
    CHECK(refused("list.json", "[1, 2]").message.contains(QStringLiteral("JSON list")));
    CHECK(refused("feed.xml", "<?xml version='1.0'?>\n<rss/>").field == QStringLiteral("feed.xml, line 1 (rss)"));
    CHECK(refused("part.zip", "PK\x07\x08").message.contains(QStringLiteral("cut short")));
}

TEST_CASE("a file on disk is read by its content, and one over the limit is refused before it is read", "[messages][sniffer]")
{
    auto read = readMessageFile(test::sourcePath(QStringLiteral("tests/data/messages/whatsapp-export.zip")), options);
    REQUIRE(read.ok());
    CHECK(read->format == SourceFormat::WhatsAppZip);
    CHECK(read->fileName == QStringLiteral("whatsapp-export.zip"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backup.xml"));
    QFile huge(path);
    REQUIRE(huge.open(QIODevice::WriteOnly));
    REQUIRE(huge.resize(3LL * 1024 * 1024 * 1024));   // sparse: takes no disk space, and is never read
    huge.close();
    auto refused = readMessageFile(path, options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("backup.xml"));
    CHECK(refused.error().message.contains(QStringLiteral("3072 MB, over the 2048 MB")));

    auto missing = readMessageFile(dir.filePath(QStringLiteral("gone.txt")), options);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field == QStringLiteral("gone.txt"));
}
