// Issue 14: reading complainants' logs — encodings, separators, quoting, diaries, UK dates,
// London clock changes and keyword suggestions.

#include "TestSupport.h"

#include "logimport/BehaviourKeywords.h"
#include "logimport/ColumnMapping.h"
#include "logimport/DelimitedParser.h"
#include "logimport/DiaryParser.h"
#include "logimport/LogText.h"
#include "logimport/ProposedIncident.h"
#include "logimport/UkDateTime.h"

#include <QFile>

using namespace conduct;
using namespace conduct::logimport;

namespace {
const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

QByteArray sample(const char* name)
{
    QFile f(test::sourcePath(QStringLiteral("tests/core/data/logimport/") + QString::fromLatin1(name)));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

LogTable tableOf(const QString& name, const QByteArray& bytes)
{
    auto decoded = decodeLog(name, bytes);
    REQUIRE(decoded.ok());
    return looksDelimited(name, decoded->text) ? delimitedTable(name, decoded->text, decoded->encoding)
                                               : diaryTable(name, decoded->text, decoded->encoding);
}

QDateTime utc(int y, int mo, int d, int h, int mi) { return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC); }
} // namespace

TEST_CASE("Windows-1252 semicolon CSV with a quoted multi-line field", "[logimport]")
{
    const LogTable t = tableOf(QStringLiteral("log_semicolon_cp1252.csv"), sample("log_semicolon_cp1252.csv"));
    CHECK(t.formatLabel.contains(QStringLiteral("semicolon")));
    CHECK(t.formatLabel.contains(QStringLiteral("Windows-1252")));
    REQUIRE(t.headers == QStringList{QStringLiteral("Date"), QStringLiteral("Time"), QStringLiteral("What happened"), QStringLiteral("Where")});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].sourceRow == 2);
    CHECK(t.rows[0].cells[2] == QStringLiteral("He was parked outside my work \u2013 again"));
    CHECK(t.rows[1].sourceRow == 3);
    CHECK(t.rows[1].cells[2] == QStringLiteral("He posted about me on Facebook; \u201Cshe\u2019ll regret it\u201D\r\nsecond line"));
    CHECK(t.rows[1].cells[3] == QStringLiteral("Online"));
}

TEST_CASE("UTF-8 with and without BOM, UTF-16 and tab separated text all read", "[logimport][time]")
{
    auto bom = decodeLog(QStringLiteral("a.csv"), QByteArray("\xEF\xBB\xBF" "Date,What\n1/3/2026,caf\xC3\xA9\n"));
    REQUIRE(bom.ok());
    CHECK(bom->encoding == QStringLiteral("UTF-8 with BOM"));
    CHECK(bom->text.startsWith(QStringLiteral("Date")));
    CHECK(bom->text.contains(QStringLiteral("caf\u00E9")));
    auto plain = decodeLog(QStringLiteral("a.csv"), QByteArray("Date,What\n1/3/2026,caf\xC3\xA9\n"));
    REQUIRE(plain.ok());
    CHECK(plain->encoding == QStringLiteral("UTF-8"));

    const QString text = QStringLiteral("Date\tWhat happened\n01/03/2026\tHe texted\n");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const LogTable t = tableOf(QStringLiteral("export.txt"), utf16);   // Excel's "Unicode text"
    CHECK(!t.isDiary);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].cells == QStringList{QStringLiteral("01/03/2026"), QStringLiteral("He texted")});

    const LogTable quoted = delimitedTable(QStringLiteral("q.csv"),
        QStringLiteral("Date,What\n\"1/3/2026\",\"He said \"\"hello\"\", then left\"\n\n2/3/2026,x\n"), QStringLiteral("UTF-8"));
    REQUIRE(quoted.rows.size() == 2);
    CHECK(quoted.rows[0].cells[1] == QStringLiteral("He said \"hello\", then left"));
    CHECK(quoted.rows[1].sourceRow == 4);   // the blank line is still a spreadsheet row
}

TEST_CASE("a diary splits into entries at each dated line", "[logimport][time]")
{
    const LogTable t = tableOf(QStringLiteral("diary_utf8.txt"), sample("diary_utf8.txt"));
    REQUIRE(t.isDiary);
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].cells[0].isEmpty());   // the title line: kept, undated, for the officer to drop
    CHECK(t.rows[1].sourceRow == 3);
    CHECK(t.rows[1].cells[0] == QStringLiteral("Monday 2 March 2026"));
    CHECK(t.rows[1].cells[1] == QStringLiteral("19:05"));
    CHECK(t.rows[1].cells[2] == QStringLiteral("He followed me from the station to the bus stop. He did not say anything."));
    CHECK(t.rows[3].cells[1] == QStringLiteral("7:30pm"));

    auto proposals = buildProposals(t, guessMapping(t), now);
    REQUIRE(proposals.ok());
    CHECK(proposals->at(0).problem.contains(QStringLiteral("diary_utf8.txt row 1 has no date")));
    CHECK(proposals->at(1).startUtc == utc(2026, 3, 2, 19, 5));          // GMT in March
    CHECK(proposals->at(2).startUtc == utc(2026, 3, 3, 0, 0));           // no time: the whole day
    CHECK(proposals->at(2).endUtc == utc(2026, 3, 3, 23, 59));
    CHECK(proposals->at(3).behaviours == QList<Behaviour>{Behaviour::Contacting, Behaviour::Loitering});
    auto ready = checkReadyToImport(t.fileName, proposals.value());
    REQUIRE(!ready.ok());
    CHECK(ready.error().message.contains(QStringLiteral("drop the row")));
    REQUIRE(dropEntry(proposals.value(), 0).ok());
    CHECK(checkReadyToImport(t.fileName, proposals.value()).ok());
}

TEST_CASE("dates are UK day-first; a file with month-first dates is flagged, never read silently", "[logimport][time]")
{
    auto d = readDate(u"04/03/2026");
    REQUIRE(d);
    CHECK(d->date == QDate(2026, 3, 4));
    CHECK(d->monthFirst == QDate(2026, 4, 3));
    CHECK(readDate(u"3 Mar 2026")->date == QDate(2026, 3, 3));
    CHECK(readDate(u"Tue 3rd of March 2026")->date == QDate(2026, 3, 3));
    CHECK(readDate(u"2026-03-04")->date == QDate(2026, 3, 4));
    CHECK(readDate(u"31/02/2026") == std::nullopt);
    CHECK(readTime(u"7pm")->time == QTime(19, 0));
    CHECK(readTime(u"12:15am")->time == QTime(0, 15));
    CHECK(readTime(u"3 men") == std::nullopt);

    const LogTable t = tableOf(QStringLiteral("log_us_dates_bom.csv"), sample("log_us_dates_bom.csv"));
    auto p = buildProposals(t, guessMapping(t), now);
    REQUIRE(p.ok());
    REQUIRE(p->size() == 3);
    // 03/25/2026 only reads month-first: proposed as 25 March, but must be confirmed.
    REQUIRE(p->at(0).questions.size() == 1);
    CHECK(p->at(0).questions[0].reason.contains(QStringLiteral("month first")));
    CHECK(p->at(0).startUtc == utc(2026, 3, 25, 10, 0));
    // 04/03/2026 is now in doubt: 4 March (proposed) or 3 April.
    REQUIRE(p->at(1).questions.size() == 1);
    REQUIRE(p->at(1).questions[0].options.size() == 2);
    CHECK(p->at(1).startUtc == utc(2026, 3, 4, 11, 0));
    CHECK(p->at(1).questions[0].options[1].startUtc == utc(2026, 4, 3, 10, 0));   // 11:00 BST
    CHECK(p->at(2).questions.isEmpty());   // 26/03 reads only one way

    auto ready = checkReadyToImport(t.fileName, p.value());
    REQUIRE(!ready.ok());
    CHECK(ready.error().field == QStringLiteral("log_us_dates_bom.csv row 2"));
    REQUIRE(chooseDateOption(p.value()[0], 0, 0).ok());
    REQUIRE(chooseDateOption(p.value()[1], 0, 1).ok());
    CHECK(p->at(1).startUtc == utc(2026, 4, 3, 10, 0));
    CHECK(checkReadyToImport(t.fileName, p.value()).ok());

    // The same dates in a file with no month-first date are read day-first without a question.
    const LogTable uk = delimitedTable(QStringLiteral("uk.csv"), QStringLiteral("Date,What\n04/03/2026,He texted\n"), QStringLiteral("UTF-8"));
    auto ukp = buildProposals(uk, guessMapping(uk), now);
    REQUIRE(ukp.ok());
    CHECK(ukp->at(0).questions.isEmpty());
    CHECK(ukp->at(0).startUtc == utc(2026, 3, 4, 0, 0));
}

TEST_CASE("Europe/London clock changes: the skipped hour and the repeated hour are asked about", "[logimport][time]")
{
    const LondonInstant summer = londonToUtc(QDate(2026, 7, 1), QTime(12, 0));
    CHECK(summer.change == ClockChange::None);
    CHECK(summer.utcReadings == QList<QDateTime>{utc(2026, 7, 1, 11, 0)});

    const LogTable t = tableOf(QStringLiteral("log_clock_change.tsv"), sample("log_clock_change.tsv"));
    auto p = buildProposals(t, guessMapping(t), now);
    REQUIRE(p.ok());
    REQUIRE(p->size() == 2);
    // 29 March 2026 01:30 never happened: read as GMT unless the officer chooses BST.
    const DateQuestion& spring = p->at(0).questions.value(0);
    CHECK(spring.reason.contains(QStringLiteral("clocks went forward")));
    REQUIRE(spring.options.size() == 2);
    CHECK(spring.options[0].startUtc == utc(2026, 3, 29, 1, 30));
    CHECK(spring.options[1].startUtc == utc(2026, 3, 29, 0, 30));
    // 25 October 2026 01:30 happened twice: first (BST) proposed, second (GMT) offered.
    const DateQuestion& autumn = p->at(1).questions.value(0);
    CHECK(autumn.reason.contains(QStringLiteral("happened twice")));
    REQUIRE(autumn.options.size() == 2);
    CHECK(autumn.options[0].startUtc == utc(2026, 10, 25, 0, 30));
    CHECK(autumn.options[1].startUtc == utc(2026, 10, 25, 1, 30));
    CHECK(p->at(0).behaviours == QList<Behaviour>{Behaviour::Contacting});
    CHECK(p->at(1).behaviours == QList<Behaviour>{Behaviour::WatchingOrSpying});
}

TEST_CASE("keyword suggestions map the complainant's words to s2A behaviours", "[logimport]")
{
    CHECK(suggestBehaviours(QStringLiteral("He FOLLOWED me home")) == QList<Behaviour>{Behaviour::Following});
    CHECK(suggestBehaviours(QStringLiteral("he was outside my  house again")) == QList<Behaviour>{Behaviour::Loitering});
    CHECK(suggestBehaviours(QStringLiteral("She messaged me and posted about me")) ==
          QList<Behaviour>{Behaviour::Contacting, Behaviour::Publishing});
    CHECK(suggestBehaviours(QStringLiteral("threatened to smash my windows")) == QList<Behaviour>{Behaviour::Threats});
    CHECK(suggestBehaviours(QStringLiteral("Nothing today")).isEmpty());
    CHECK(suggestBehaviours(QStringLiteral("context")).isEmpty());   // whole words only: not "text"
}

TEST_CASE("merge, split and drop keep each entry's rows", "[logimport][time]")
{
    const LogTable t = delimitedTable(QStringLiteral("m.csv"),
        QStringLiteral("Date,Time,What happened\n01/03/2026,10:00,He followed me. Later he texted me.\n01/03/2026,10:30,He was outside my house\n"),
        QStringLiteral("UTF-8"));
    auto p = buildProposals(t, guessMapping(t), now);
    REQUIRE(p.ok());
    REQUIRE(splitEntry(p.value(), 0).ok());
    REQUIRE(p->size() == 3);
    CHECK(p->at(0).description == QStringLiteral("He followed me."));
    CHECK(p->at(0).behaviours == QList<Behaviour>{Behaviour::Following});
    CHECK(p->at(1).description == QStringLiteral("Later he texted me."));
    CHECK(p->at(1).behaviours == QList<Behaviour>{Behaviour::Contacting});
    CHECK(p->at(1).sourceRows == QList<int>{2});
    REQUIRE(mergeWithNext(p.value(), 1).ok());
    REQUIRE(p->size() == 2);
    CHECK(p->at(1).sourceRows == QList<int>{2, 3});
    CHECK(p->at(1).rowsText() == QStringLiteral("rows 2, 3"));
    CHECK(p->at(1).startUtc == utc(2026, 3, 1, 10, 0));
    CHECK(p->at(1).endUtc == utc(2026, 3, 1, 10, 30));
    CHECK(p->at(1).behaviours == QList<Behaviour>{Behaviour::Contacting, Behaviour::Loitering});
    CHECK(!mergeWithNext(p.value(), 1).ok());
    CHECK(!splitEntry(p.value(), 5).ok());
    REQUIRE(dropEntry(p.value(), 0).ok());
    CHECK(p->size() == 1);
}

TEST_CASE("bad logs are refused with the file and row named", "[logimport][time]")
{
    auto binary = decodeLog(QStringLiteral("photo.jpg"), QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10));
    REQUIRE(!binary.ok());
    CHECK(binary.error().message.contains(QStringLiteral("photo.jpg is not a text file: line 1")));
    auto workbook = decodeLog(QStringLiteral("log.xlsx"), QByteArray("PK\x03\x04rest", 8));
    REQUIRE(!workbook.ok());
    CHECK(workbook.error().message.contains(QStringLiteral("CSV UTF-8")));
    auto huge = decodeLog(QStringLiteral("big.csv"), QByteArray(int(maxLogBytes) + 1, 'a'));
    REQUIRE(!huge.ok());
    CHECK(huge.error().message.contains(QStringLiteral("over the 20.0 MB limit")));

    const LogTable t = delimitedTable(QStringLiteral("bad.csv"),
        QStringLiteral("Date,What happened\n,He texted\n01/01/2027,He rang\nsoon,He called me\n"), QStringLiteral("UTF-8"));
    auto noDateColumn = buildProposals(t, ColumnMapping{-1, -1, 1, -1, -1}, now);
    REQUIRE(!noDateColumn.ok());
    CHECK(noDateColumn.error().message.contains(QStringLiteral("bad.csv: choose which column holds the date")));
    auto p = buildProposals(t, guessMapping(t), now);
    REQUIRE(p.ok());
    CHECK(p->at(0).problem == QStringLiteral("bad.csv row 2 has no date in \"Date\". Add the date in the file, or drop the row."));
    CHECK(p->at(1).problem.contains(QStringLiteral("bad.csv row 3: 01/01/2027 is in the future")));
    CHECK(p->at(2).problem.contains(QStringLiteral("bad.csv row 4: \"soon\" is not a date")));
}

TEST_CASE("mappings are guessed from column names and remembered by header signature", "[logimport]")
{
    LogTable t;
    t.fileName = QStringLiteral("x.csv");
    t.headers = {QStringLiteral("Where"), QStringLiteral("Date of incident"), QStringLiteral("Details"), QStringLiteral("Time")};
    const ColumnMapping m = guessMapping(t);
    CHECK(m == ColumnMapping{1, 3, 2, 0, -1});
    CHECK(mappingFromText(mappingToText(m), 4) == m);
    CHECK(mappingFromText(QStringLiteral("date=9;time=1"), 4) == ColumnMapping{-1, 1, -1, -1, -1});
    CHECK(headerSignature({QStringLiteral(" Date "), QStringLiteral("TIME")}) ==
          headerSignature({QStringLiteral("date"), QStringLiteral("time")}));
    CHECK(headerSignature({QStringLiteral("date"), QStringLiteral("time")}) != headerSignature({QStringLiteral("time"), QStringLiteral("date")}));
    CHECK(!checkMapping(t, ColumnMapping{1, 1, 2, -1, -1}).ok());
}
