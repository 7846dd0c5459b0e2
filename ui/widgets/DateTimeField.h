#pragma once
// A UK date and time typed whole ("31/03/2026 23:10") or with the day picked from a calendar.
// The value is the UTC instant of that London wall-clock time:
//  * a time in the hour the clocks skip (last Sunday of March, 01:00-01:59) is refused;
//  * a time in the hour that happens twice (last Sunday of October) is asked about through
//    prompts::choose, and the answer kept: the field then shows the time with " BST" or " GMT",
//    and typing the same time again does not ask again.
// Where the form offers "Time not known", a date alone is accepted and stored as London midnight
// (uktime::startOfDayUtc) with timeKnown() false; only the date is shown.

#include "widgets/DateEntry.h"

#include <QDateTime>

class QCheckBox;

namespace conduct {

class DateTimeField : public DateEntry {
    Q_OBJECT
public:
    explicit DateTimeField(const QString& objectName, QWidget* parent = nullptr);

    // The instant read from the field; invalid when empty or refused.
    QDateTime utc() const { return m_utc; }
    bool timeKnown() const { return m_timeKnown; }
    bool isEmpty() const;
    // Shows the instant in UK time (the date alone when the time is not known) and reads it.
    void setUtc(const QDateTime& utc, bool timeKnown = true);

    // An empty field is refused instead of meaning "not set".
    void setRequired(bool required) { m_required = required; markUnread(); }
    // Puts a "Time not known" box beside the field; returns it.
    QCheckBox* offerTimeNotKnown(const QString& objectName);
    QCheckBox* timeNotKnownCheck() const { return m_timeNotKnown; }

protected:
    Status read(const QString& text) override;
    QString valueKey() const override;
    QDate calendarDate() const override;
    QString textForPickedDate(QDate picked) const override;

private:
    void setTimeNotKnownTicked(bool ticked);
    void onTimeNotKnownToggled(bool ticked);

    QDateTime m_utc;
    bool m_timeKnown = true;
    bool m_required = false;
    QCheckBox* m_timeNotKnown = nullptr;
    bool m_settingCheck = false;
    // The officer's answer for the last time typed that happens twice ("25/10/2026 01:30").
    QString m_answeredWallClock;
    bool m_answeredSecond = false;
};

} // namespace conduct
