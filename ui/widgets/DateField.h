#pragma once
// A date typed whole ("31/03/2026", "31/3/2026") or picked from a calendar, for every form.
// Empty is really empty: date() is an invalid QDate, never a 1900 or 2000 stand-in.

#include "widgets/DateEntry.h"

namespace conduct {

class DateField : public DateEntry {
    Q_OBJECT
public:
    explicit DateField(const QString& objectName, QWidget* parent = nullptr);

    // The date read from the field; invalid when empty or refused.
    QDate date() const { return m_date; }
    bool isEmpty() const;
    // Shows the date (empty for an invalid one) and reads it.
    void setDate(QDate date);

    // An empty field is refused instead of meaning "not set".
    void setRequired(bool required) { m_required = required; markUnread(); }
    // Dates before `earliest` are refused with `why` (e.g. a date of birth before 1900).
    void setEarliest(QDate earliest, const QString& why);

protected:
    Status read(const QString& text) override;
    QString valueKey() const override;
    QDate calendarDate() const override { return m_date; }
    QString textForPickedDate(QDate picked) const override;

private:
    QDate m_date;
    bool m_required = false;
    QDate m_earliest;
    QString m_earliestWhy;
};

} // namespace conduct
