#include "widgets/DateTimeField.h"

#include "common/UkTime.h"
#include "widgets/Prompts.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QRegularExpression>

namespace conduct {
namespace {

// "25/10/2026 01:30 GMT": the zone the field itself shows in the repeated hour, read back.
struct WithoutZone {
    QString text;
    QString zone;   // "BST", "GMT" or empty
};

WithoutZone splitZone(const QString& typed)
{
    static const QRegularExpression zone(QStringLiteral("\\s+(BST|GMT)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    const auto m = zone.match(typed);
    if (!m.hasMatch()) return {typed, QString()};
    return {typed.left(m.capturedStart()), m.captured(1).toUpper()};
}

} // namespace

DateTimeField::DateTimeField(const QString& objectName, QWidget* parent) : DateEntry(objectName, parent)
{
    setPlaceholderText(tr("dd/mm/yyyy hh:mm"));
}

bool DateTimeField::isEmpty() const { return text().trimmed().isEmpty(); }

void DateTimeField::setUtc(const QDateTime& utc, bool timeKnown)
{
    if (utc.isValid() && timeKnown && uktime::inRepeatedHour(utc)) {
        // Loading a stored value is not the officer typing it: the stored instant is the answer.
        const QDateTime wall = utcToLondon(utc);
        m_answeredWallClock = uktime::formatDate(wall.date()) + QLatin1Char(' ') + wall.time().toString(QStringLiteral("HH:mm"));
        m_answeredSecond = uktime::zoneName(utc) == QLatin1String("GMT");
    }
    if (m_timeNotKnown) setTimeNotKnownTicked(utc.isValid() && !timeKnown);
    setText(timeKnown ? uktime::formatDateTime(utc) : uktime::formatDateOnly(utc));
}

QCheckBox* DateTimeField::offerTimeNotKnown(const QString& objectName)
{
    if (m_timeNotKnown) return m_timeNotKnown;
    m_timeNotKnown = new QCheckBox(tr("Time not known"), this);
    m_timeNotKnown->setObjectName(objectName);
    m_timeNotKnown->setToolTip(tr("Only the date is known: type the date alone, or tick this."));
    addBesideField(m_timeNotKnown);
    setPlaceholderText(tr("dd/mm/yyyy hh:mm, or the date alone"));
    connect(m_timeNotKnown, &QCheckBox::toggled, this, &DateTimeField::onTimeNotKnownToggled);
    markUnread();
    return m_timeNotKnown;
}

void DateTimeField::setTimeNotKnownTicked(bool ticked)
{
    if (!m_timeNotKnown || m_timeNotKnown->isChecked() == ticked) return;
    m_settingCheck = true;
    m_timeNotKnown->setChecked(ticked);
    m_settingCheck = false;
}

void DateTimeField::onTimeNotKnownToggled(bool ticked)
{
    if (m_settingCheck) return;
    const QDate date = calendarDate();
    if (ticked && date.isValid()) {
        setText(uktime::formatDate(date));   // the date alone: a date alone means the time is not known
    } else if (!ticked) {
        // The time is known after all: the cursor goes after the date for the officer to type it.
        lineEdit()->setText(text().trimmed() + (text().trimmed().isEmpty() ? QString() : QStringLiteral(" ")));
        lineEdit()->setFocus(Qt::OtherFocusReason);
        lineEdit()->end(false);
        markUnread();
    }
    emit edited();
}

Status DateTimeField::read(const QString& text)
{
    m_utc = QDateTime();
    m_timeKnown = true;
    const WithoutZone typed = splitZone(text.trimmed());
    if (typed.text.trimmed().isEmpty()) {
        if (!m_required) return Status();
        return fieldError(fieldName(), tr("No date and time were typed: type them as day/month/year and 24-hour time, "
                                          "for example 31/03/2026 23:10."));
    }
    const bool dateAloneAllowed = m_timeNotKnown != nullptr;
    auto parsed = uktime::parseDateTime(typed.text, fieldName(), !dateAloneAllowed);
    if (!parsed) return parsed.error();
    if (!parsed->time) {
        m_utc = uktime::startOfDayUtc(parsed->date);
        m_timeKnown = false;
        setTimeNotKnownTicked(true);
        showNormalised(uktime::formatDate(parsed->date));
        return Status();
    }
    const QTime time(parsed->time->hour(), parsed->time->minute());   // officers type minutes, not seconds
    auto instant = uktime::resolveTyped(parsed->date, time, fieldName());
    if (!instant) return instant.error();
    QDateTime chosen = instant->utc;
    const QString wallClock = uktime::formatDate(parsed->date) + QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm"));
    if (instant->ambiguous()) {
        bool second = false;
        if (!typed.zone.isEmpty()) {
            second = typed.zone == QLatin1String("GMT");
        } else if (wallClock == m_answeredWallClock) {
            second = m_answeredSecond;   // the same time typed again: the answer already given holds
        } else {
            const auto answer = prompts::choose(this, tr("Which %1?").arg(time.toString(QStringLiteral("HH:mm"))),
                                                uktime::repeatedHourQuestion(parsed->date, time),
                                                {uktime::firstOccurrenceLabel(time), uktime::secondOccurrenceLabel(time)});
            if (!answer)
                return fieldError(fieldName(), tr("%1 happens twice in the UK: say which one by typing %1 BST (the "
                                                  "first) or %1 GMT (the second).").arg(wallClock));
            second = *answer == 1;
        }
        chosen = second ? *instant->secondUtc : instant->utc;
        m_answeredWallClock = wallClock;
        m_answeredSecond = second;
    } else if (!typed.zone.isEmpty() && typed.zone != uktime::zoneName(chosen)) {
        return fieldError(fieldName(), tr("%1 %2: the UK kept %3 then, not %2.")
                                           .arg(wallClock, typed.zone, uktime::zoneName(chosen)));
    }
    m_utc = chosen;
    setTimeNotKnownTicked(false);
    showNormalised(uktime::formatDateTime(chosen));
    return Status();
}

QString DateTimeField::valueKey() const
{
    if (!m_utc.isValid()) return QString();
    return m_utc.toString(Qt::ISODate) + (m_timeKnown ? QStringLiteral("/time") : QStringLiteral("/date"));
}

QDate DateTimeField::calendarDate() const
{
    if (m_utc.isValid()) return uktime::dateOf(m_utc);
    // Refused or not yet read: the date part of what is typed, when it is one.
    const QString typed = text().trimmed().section(QLatin1Char(' '), 0, 0);
    auto date = uktime::parseDate(typed, fieldName());
    return date ? *date : QDate();
}

QString DateTimeField::textForPickedDate(QDate picked) const
{
    // A time already typed is kept; the day is what was picked.
    const QString typed = text().trimmed();
    const qsizetype space = typed.indexOf(QLatin1Char(' '));
    const QString time = space >= 0 ? typed.mid(space + 1).trimmed() : QString();
    if (time.isEmpty() || (m_timeNotKnown && m_timeNotKnown->isChecked())) return uktime::formatDate(picked);
    return uktime::formatDate(picked) + QLatin1Char(' ') + time;
}

} // namespace conduct
