// Issue 29: WhatsApp chat exports — both line formats, 12-hour times, month-first files, multi-line
// messages, media and deleted messages, the clock-change hours resolved by the order of the lines,
// and the .zip export read through libarchive with its expansion limits.

#include "TestSupport.h"

#include "messages/ArchiveReader.h"
#include "messages/WhatsAppReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

using namespace conduct;
using namespace conduct::messages;

namespace {
const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

QByteArray sample(const QString& name)
{
    QFile f(test::sourcePath(QStringLiteral("tests/data/messages/") + name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

ReadOptions at(const QDateTime& nowUtc) { return ReadOptions{nowUtc, DateOrder::Detect, {}}; }

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0) { return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC); }

// A .zip written by libarchive, as a phone's share sheet would: each entry deflated.
QByteArray zipOf(const QList<std::pair<QByteArray, QByteArray>>& entries)
{
    QByteArray out(1, '\0');
    size_t used = 0;
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_set_options(a, "zip:compression=deflate");
    out.resize(64 * 1024 * 1024);
    REQUIRE(archive_write_open_memory(a, out.data(), size_t(out.size()), &used) == ARCHIVE_OK);
    for (const auto& [name, data] : entries) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, data.size());
        REQUIRE(archive_write_header(a, e) == ARCHIVE_OK);
        REQUIRE(archive_write_data(a, data.constData(), size_t(data.size())) == data.size());
        archive_entry_free(e);
    }
    REQUIRE(archive_write_close(a) == ARCHIVE_OK);
    archive_write_free(a);
    out.resize(qsizetype(used));
    return out;
}
} // namespace

TEST_CASE("an Android WhatsApp export reads its messages, multi-line, media and deleted", "[messages][whatsapp]")
{
    auto read = readWhatsAppText(QStringLiteral("WhatsApp Chat with Dan.txt"), sample(QStringLiteral("whatsapp-android.txt")), at(now));
    REQUIRE(read.ok());
    const MessageFile& file = read.value();
    CHECK(file.title == QStringLiteral("Dan"));
    CHECK(file.problems.isEmpty());
    REQUIRE(file.contacts.size() == 8);   // the encryption notice is about the chat, not a message in it

    const Contact& first = file.contacts[0];
    CHECK(first.sender == QStringLiteral("Dan"));
    CHECK(first.text == QStringLiteral("Why are you ignoring me"));
    CHECK(first.when.utc == utc(2026, 3, 23, 23, 5));   // GMT in March: the wall clock is UTC
    CHECK(first.when.original == QStringLiteral("23/03/2026, 23:05"));
    CHECK(first.direction == Direction::Unknown);     // names only: who is who decides
    CHECK(first.place.file == QStringLiteral("WhatsApp Chat with Dan.txt"));
    CHECK(first.place.line == 2);
    CHECK(first.place.byteOffset == QByteArray(sample(QStringLiteral("whatsapp-android.txt"))).indexOf("23/03/2026, 23:05"));

    const Contact& multi = file.contacts[2];
    CHECK(multi.text == QStringLiteral("Answer me\nor I'll come round\nand you'll regret it"));
    CHECK(multi.place.line == 4);

    CHECK(file.contacts[3].sender == QStringLiteral("Sam Taylor"));
    CHECK(file.contacts[3].place.line == 7);
    CHECK(file.contacts[4].attachments == QStringList{QStringLiteral("(media omitted)")});
    CHECK(file.contacts[4].text.isEmpty());
    CHECK(file.contacts[5].deleted);
    CHECK(file.contacts[5].text == QStringLiteral("This message was deleted"));
    CHECK(file.contacts[6].when.utc == utc(2026, 3, 24, 0, 30));
    const Contact& captioned = file.contacts[7];
    CHECK(captioned.attachments == QStringList{QStringLiteral("IMG-20260305-WA0003.jpg")});
    CHECK(captioned.text == QStringLiteral("Outside your office again"));
}

TEST_CASE("an iPhone WhatsApp export reads bracketed 12-hour times with a narrow no-break space", "[messages][whatsapp]")
{
    auto read = readWhatsAppText(QStringLiteral("_chat.txt"), sample(QStringLiteral("_chat.txt")), at(now));
    REQUIRE(read.ok());
    const MessageFile& file = read.value();
    REQUIRE(file.contacts.size() == 6);
    CHECK(file.contacts[0].sender == QStringLiteral("Dan Hart"));
    CHECK(file.contacts[0].when.utc == utc(2026, 6, 14, 20, 15, 40));   // 9:15:40 PM BST
    CHECK(file.contacts[0].when.original == QStringLiteral("14/06/2026, 9:15:40\u202FPM"));
    CHECK(file.contacts[1].attachments == QStringList{QStringLiteral("00000012-PHOTO-2026-06-14-21-16-03.jpg")});
    CHECK(file.contacts[2].text == QStringLiteral("Leave me alone. Caf\u00e9 closed, I'm going home"));   // no trailing \r
    CHECK(file.contacts[3].kind == ContactKind::Call);
    CHECK(file.contacts[3].call == CallOutcome::Missed);
    CHECK(file.contacts[4].attachments == QStringList{QStringLiteral("(image omitted)")});
    CHECK(file.contacts[5].when.utc == utc(2026, 6, 14, 23, 0, 30));   // 12:00:30 AM is half a minute past midnight BST
    CHECK(file.contacts[5].deleted);
}

TEST_CASE("WhatsApp's date order is read from the whole file, and an open question is reported", "[messages][whatsapp]")
{
    SECTION("a day above 12 in the second place settles month-first, with two-digit years")
    {
        auto read = readWhatsAppText(QStringLiteral("chat.txt"), sample(QStringLiteral("whatsapp-month-first.txt")), at(now));
        REQUIRE(read.ok());
        REQUIRE(read->contacts.size() == 3);
        CHECK(read->contacts[0].when.utc == utc(2026, 3, 14, 23, 5));
        CHECK(read->contacts[2].when.utc == utc(2026, 4, 2, 7, 0));   // 8:00 am BST on 2 April
        CHECK(read->problems.isEmpty());
    }
    SECTION("the order that keeps the lines in time order settles it when no number does")
    {
        const QByteArray chat = "03/04/2026, 10:00 - A: one\n04/03/2026, 10:00 - A: two\n";
        auto read = readWhatsAppText(QStringLiteral("chat.txt"), chat, at(now));
        REQUIRE(read.ok());
        CHECK(read->contacts[0].when.utc.date() == QDate(2026, 3, 4));   // month-first: 4 March, then 3 April
        CHECK(read->problems.isEmpty());
    }
    SECTION("a file that settles neither way is read day-first and says so")
    {
        const QByteArray chat = "03/04/2026, 10:00 - A: one\n03/04/2026, 11:00 - A: two\n";
        auto read = readWhatsAppText(QStringLiteral("chat.txt"), chat, at(now));
        REQUIRE(read.ok());
        CHECK(read->contacts[0].when.utc.date() == QDate(2026, 4, 3));
        REQUIRE(read->problems.size() == 1);
        CHECK(read->problems[0].place.line == 1);
        CHECK(read->problems[0].message.contains(QStringLiteral("day-first (UK) or month-first (US)")));
        auto answered = readWhatsAppText(QStringLiteral("chat.txt"), chat, ReadOptions{now, DateOrder::MonthFirst, {}});
        REQUIRE(answered.ok());
        CHECK(answered->contacts[0].when.utc.date() == QDate(2026, 3, 4));
        CHECK(answered->problems.isEmpty());
    }
}

TEST_CASE("WhatsApp times in the clock-change hours: the autumn hour by line order, the spring gap reported", "[messages][whatsapp][time]")
{
    SECTION("25/10/2026: the first run of 01:xx is BST, after the times go back GMT")
    {
        const QByteArray chat = "25/10/2026, 00:50 - Dan: a\n25/10/2026, 01:10 - Dan: b\n25/10/2026, 01:50 - Dan: c\n"
                                "25/10/2026, 01:05 - Dan: d\n25/10/2026, 01:55 - Dan: e\n25/10/2026, 02:10 - Dan: f\n";
        auto read = readWhatsAppText(QStringLiteral("chat.txt"), chat, at(now));
        REQUIRE(read.ok());
        REQUIRE(read->contacts.size() == 6);
        CHECK(read->contacts[0].when.utc == utc(2026, 10, 24, 23, 50));
        CHECK(read->contacts[1].when.utc == utc(2026, 10, 25, 0, 10));   // BST
        CHECK(read->contacts[2].when.utc == utc(2026, 10, 25, 0, 50));   // BST
        CHECK(read->contacts[3].when.utc == utc(2026, 10, 25, 1, 5));    // GMT: the clock went back
        CHECK(read->contacts[4].when.utc == utc(2026, 10, 25, 1, 55));   // still GMT, though later than 01:50
        CHECK(read->contacts[5].when.utc == utc(2026, 10, 25, 2, 10));
        CHECK_FALSE(read->contacts[0].when.resolvedByLineOrder);
        CHECK(read->contacts[1].when.resolvedByLineOrder);
        CHECK(read->contacts[4].when.resolvedByLineOrder);
        CHECK(read->problems.isEmpty());
    }
    SECTION("29/03/2026 01:30 never happened: read as GMT and reported at its line")
    {
        const QByteArray chat = "29/03/2026, 00:59 - Dan: a\n29/03/2026, 01:30 - Dan: b\n29/03/2026, 02:00 - Dan: c\n";
        auto read = readWhatsAppText(QStringLiteral("chat.txt"), chat, at(now));
        REQUIRE(read.ok());
        REQUIRE(read->contacts.size() == 3);
        CHECK(read->contacts[1].when.utc == utc(2026, 3, 29, 1, 30));
        CHECK(read->contacts[2].when.utc == utc(2026, 3, 29, 1, 0));   // 02:00 BST
        REQUIRE(read->problems.size() == 1);
        CHECK(read->problems[0].place.line == 2);
        CHECK(read->problems[0].message.contains(QStringLiteral("never happened in the UK")));
    }
    SECTION("a phone in another zone is read in that zone when the officer says so")
    {
        auto read = readWhatsAppText(QStringLiteral("chat.txt"), "25/10/2026, 01:30 - Dan: a\n",
                                     ReadOptions{now, DateOrder::Detect, QStringLiteral("Europe/Paris")});
        REQUIRE(read.ok());
        CHECK(read->contacts[0].when.utc == utc(2026, 10, 24, 23, 30));   // CEST
        CHECK_FALSE(read->contacts[0].when.resolvedByLineOrder);
    }
}

TEST_CASE("a WhatsApp line dated in the future is flagged, not refused", "[messages][whatsapp]")
{
    auto read = readWhatsAppText(QStringLiteral("chat.txt"), "01/01/2026, 10:00 - Dan: a\n01/01/2031, 10:00 - Dan: b\n", at(now));
    REQUIRE(read.ok());
    REQUIRE(read->contacts.size() == 2);
    CHECK_FALSE(read->contacts[0].when.inFuture);
    CHECK(read->contacts[1].when.inFuture);
    REQUIRE(read->problems.size() == 1);
    CHECK(read->problems[0].place.text() == QStringLiteral("chat.txt, line 2"));
    CHECK(read->problems[0].message.contains(QStringLiteral("in the future")));
}

TEST_CASE("WhatsApp refusals name the file and the line", "[messages][whatsapp]")
{
    auto notChat = readWhatsAppText(QStringLiteral("notes.txt"), "Shopping list\nmilk\n", at(now));
    REQUIRE_FALSE(notChat.ok());
    CHECK(notChat.error().field == QStringLiteral("notes.txt, line 1"));
    CHECK(notChat.error().message.contains(QStringLiteral("WhatsApp")));

    QByteArray cut = sample(QStringLiteral("_chat.txt"));
    cut.chop(cut.size() - cut.indexOf("Caf") - 4);   // ends half way through the é
    auto truncated = readWhatsAppText(QStringLiteral("_chat.txt"), cut, at(now));
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().field == QStringLiteral("_chat.txt, line 4"));
    CHECK(truncated.error().message.contains(QStringLiteral("not UTF-8")));

    // A stray continuation byte is refused even on a line that also holds a real U+FFFD (found by fuzz_messages_smsxml).
    auto stray = readWhatsAppText(QStringLiteral("chat.txt"), "01/01/2026, 10:00 - Dan: a\n01/01/2026, 10:01 - Dan: \xE1\xB5\x8A\x91 \xEF\xBF\xBD\n", at(now));
    REQUIRE_FALSE(stray.ok());
    CHECK(stray.error().field == QStringLiteral("chat.txt, line 2"));
    for (const char* overlong : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80"})
        CHECK_FALSE(readWhatsAppText(QStringLiteral("chat.txt"), QByteArray("01/01/2026, 10:00 - Dan: ") + overlong, at(now)).ok());

    auto binary = readWhatsAppText(QStringLiteral("photo.txt"), QByteArray("01/01/2026, 10:00 - Dan: a\n\x89PNG\0\0", 34), at(now));
    REQUIRE_FALSE(binary.ok());
    CHECK(binary.error().field == QStringLiteral("photo.txt, line 2"));
    CHECK(binary.error().message.contains(QStringLiteral("binary data")));

    QByteArray huge(65 * 1024 * 1024, 'a');
    huge.prepend("01/01/2026, 10:00 - Dan: ");
    auto oversize = readWhatsAppText(QStringLiteral("big.txt"), huge, at(now));
    REQUIRE_FALSE(oversize.ok());
    CHECK(oversize.error().field == QStringLiteral("big.txt"));
    CHECK(oversize.error().message.contains(QStringLiteral("over the 64 MB")));
}

TEST_CASE("a WhatsApp .zip export reads its chat and lists its media", "[messages][zip]")
{
    auto read = readWhatsAppZip(QStringLiteral("WhatsApp Chat - Dan Hart.zip"), sample(QStringLiteral("whatsapp-export.zip")), at(now));
    REQUIRE(read.ok());
    CHECK(read->format == SourceFormat::WhatsAppZip);
    CHECK(read->fileName == QStringLiteral("WhatsApp Chat - Dan Hart.zip"));
    CHECK(read->contacts.size() == 6);
    CHECK(read->mediaNames == QStringList{QStringLiteral("00000012-PHOTO-2026-06-14-21-16-03.jpg")});
    CHECK(read->contacts[0].place.text() == QStringLiteral("WhatsApp Chat - Dan Hart.zip/_chat.txt, line 2"));
}

TEST_CASE("a zip bomb is refused by the bytes libarchive expands, naming the file", "[messages][zip]")
{
    SECTION("a chat text expanding past 64 MB")
    {
        // 80 MB of one repeated line deflates to well under a megabyte.
        QByteArray chat;
        const QByteArray line = "01/01/2026, 10:00 - Dan: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n";
        chat.reserve(80 * 1024 * 1024 + line.size());
        while (chat.size() < 80 * 1024 * 1024) chat += line;
        const QByteArray bomb = zipOf({{"_chat.txt", chat}});
        CHECK(bomb.size() < 1024 * 1024);
        auto read = readWhatsAppZip(QStringLiteral("export.zip"), bomb, at(now));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().field == QStringLiteral("export.zip, _chat.txt"));
        CHECK(read.error().message.contains(QStringLiteral("more than 64 MB")));
    }
    SECTION("media expanding past the total, with limits made small for the test")
    {
        SizeLimits limits;
        limits.expandedTotalBytes = 1024 * 1024;
        const QByteArray bomb = zipOf({{"_chat.txt", "01/01/2026, 10:00 - Dan: a\n"}, {"VID-1.mp4", QByteArray(2 * 1024 * 1024, '\0')}});
        auto read = readWhatsAppZip(QStringLiteral("export.zip"), bomb, at(now), limits);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().field == QStringLiteral("export.zip, VID-1.mp4"));
        CHECK(read.error().message.contains(QStringLiteral("more than 1 MB")));
    }
    SECTION("too many entries")
    {
        SizeLimits limits;
        limits.archiveEntries = 3;
        const QByteArray many = zipOf({{"_chat.txt", "01/01/2026, 10:00 - Dan: a\n"}, {"a.jpg", "x"}, {"b.jpg", "x"}, {"c.jpg", "x"}});
        auto read = readWhatsAppZip(QStringLiteral("export.zip"), many, at(now), limits);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().field == QStringLiteral("export.zip, entry 4"));
    }
    SECTION("a cut-short archive and one with no chat")
    {
        const QByteArray whole = sample(QStringLiteral("whatsapp-export.zip"));
        auto cut = readWhatsAppZip(QStringLiteral("export.zip"), whole.left(whole.size() / 2), at(now));
        REQUIRE_FALSE(cut.ok());
        CHECK(cut.error().field.startsWith(QStringLiteral("export.zip")));
        auto noChat = readWhatsAppZip(QStringLiteral("photos.zip"), zipOf({{"a.jpg", "x"}}), at(now));
        REQUIRE_FALSE(noChat.ok());
        CHECK(noChat.error().message.contains(QStringLiteral("no chat text")));
    }
}
