// Issue 23: UK civil time has one source (core/common/UkTime, with "now" from core/common/Clock).
// This reads every source file under core/ and ui/ and names, in one failure, each line that asks
// the machine for its own zone or its own "now", or reads a date-time editor's value as the desk's
// local time; those gave 22:10 for 23:10 and a breach at both 12:00 and 13:00 on a desk outside the UK.

#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

namespace {

struct Forbidden {
    QRegularExpression pattern;
    const char* why;
};

const QList<Forbidden>& forbidden()
{
    static const QList<Forbidden> list = {
        {QRegularExpression(QStringLiteral("toLocalTime\\s*\\(")), "the desk's zone; use uktime::utcToLondon/formatDateTime"},
        {QRegularExpression(QStringLiteral("Qt::LocalTime")), "the desk's zone; use londonToUtc/uktime::resolveTyped"},
        {QRegularExpression(QStringLiteral("systemTimeZone\\s*\\(")), "the desk's zone; Europe/London comes from UkTime"},
        {QRegularExpression(QStringLiteral("QDate::currentDate\\s*\\(")), "the desk's today; use uktime::today()"},
        {QRegularExpression(QStringLiteral("QDateTime::currentDateTime\\s*\\(")), "the desk's now; use Clock::nowUtc()"},
        {QRegularExpression(QStringLiteral("QTime::currentTime\\s*\\(")), "the desk's clock; use uktime::formatTime(Clock::nowUtc())"},
        {QRegularExpression(QStringLiteral("(->|\\.)dateTime\\s*\\(\\s*\\)")),
         "a QDateTimeEdit's value in the desk's zone; read date() and time() and convert with uktime::resolveTyped"},
    };
    return list;
}

// The two modules that may touch the machine's clock and zones themselves.
bool exempt(const QString& relative)
{
    return relative.startsWith(QLatin1String("core/common/UkTime.")) || relative.startsWith(QLatin1String("core/common/Clock."));
}

// A line's code without a trailing // comment, so that a comment explaining the rule is not an offence.
QString codeOf(const QString& line)
{
    const qsizetype comment = line.indexOf(QLatin1String("//"));
    return comment < 0 ? line : line.left(comment);
}

QStringList offencesIn(const QString& folder)
{
    QStringList out;
    QString root = conduct::test::sourcePath(QString());
    root.chop(1);   // sourcePath("") ends with the separator
    QDirIterator it(root + QLatin1Char('/') + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) files.append(it.next());
    files.sort();
    for (const QString& path : files) {
        const QString relative = path.mid(root.size() + 1);
        if (exempt(relative)) continue;
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
        QTextStream in(&f);
        int number = 0;
        while (!in.atEnd()) {
            const QString line = in.readLine();
            ++number;
            const QString code = codeOf(line);
            for (const Forbidden& rule : forbidden())
                if (rule.pattern.match(code).hasMatch())
                    out.append(QStringLiteral("%1:%2: %3  [%4]").arg(relative).arg(number).arg(line.trimmed(),
                                                                                             QString::fromLatin1(rule.why)));
        }
    }
    return out;
}

} // namespace

TEST_CASE("the scan finds what it looks for", "[time]")
{
    // The rules themselves, on text that breaks them and text that does not.
    const auto offends = [](const QString& code) {
        for (const Forbidden& rule : forbidden())
            if (rule.pattern.match(codeOf(code)).hasMatch()) return true;
        return false;
    };
    CHECK(offends(QStringLiteral("x = utc.toLocalTime().date();")));
    CHECK(offends(QStringLiteral("QDateTime(d, t, Qt::LocalTime)")));
    CHECK(offends(QStringLiteral("QTimeZone::systemTimeZone()")));
    CHECK(offends(QStringLiteral("QDate::currentDate()")));
    CHECK(offends(QStringLiteral("QDateTime::currentDateTime()")));
    CHECK(offends(QStringLiteral("QTime::currentTime().toString()")));
    CHECK(offends(QStringLiteral("m_start->dateTime()")));
    CHECK(offends(QStringLiteral("edit.dateTime ()")));
    CHECK_FALSE(offends(QStringLiteral("QDateTime::currentDateTimeUtc()")));
    CHECK_FALSE(offends(QStringLiteral("m_start->setDateTime(x)")));
    CHECK_FALSE(offends(QStringLiteral("m_start->dateTime(x)")));
    CHECK_FALSE(offends(QStringLiteral("ok(); // never toLocalTime()")));
}

TEST_CASE("core uses UK civil time from one module, never the desk's zone or clock", "[time]")
{
    const QStringList offences = offencesIn(QStringLiteral("core"));
    INFO("Lines in core/ that use the machine's zone or clock:\n" << offences.join(u'\n').toStdString());
    CHECK(offences.isEmpty());
}

TEST_CASE("ui uses UK civil time from one module, never the desk's zone or clock", "[time]")
{
    const QStringList offences = offencesIn(QStringLiteral("ui"));
    INFO("Lines in ui/ that use the machine's zone or clock:\n" << offences.join(u'\n').toStdString());
    CHECK(offences.isEmpty());
}
