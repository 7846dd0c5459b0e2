#pragma once
// What DateField and DateTimeField share: a line edit the officer types the whole value into as
// they would write it ("31/03/2026", "31/3/2026 23:10"), a calendar button, and a refusal shown
// beside the field. The text is read when the officer leaves the field or presses Enter, never
// digit by digit, so nothing is clamped or half-kept: an impossible value keeps the officer's text
// and says why, naming the field, and the form's Save refuses with the same message.
//
// Keyboard: Enter reads the value; Alt+Down or F4 opens the calendar; Escape closes it.
// The calendar opens at the value, else at the reference date the form gives, else at today (UK).

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>
#include <optional>

class QCalendarWidget;
class QFrame;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace conduct {

class DateEntry : public QWidget {
    Q_OBJECT
public:
    ~DateEntry() override;

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* calendarButton() const { return m_button; }
    QCalendarWidget* calendar() const { return m_calendar; }

    QString text() const;
    // Replaces the text and reads it, as if the officer had typed it and left the field.
    void setText(const QString& text);
    void setPlaceholderText(const QString& text);

    // The name refusals give: the label's words (the accessible name) unless set here.
    void setFieldName(const QString& name) { m_fieldName = name; }
    QString fieldName() const;
    // Hides QWidget's: the line edit and calendar button carry the name for screen readers.
    void setAccessibleName(const QString& name);

    // Where the calendar opens while the field is empty (e.g. the case's first incident).
    void setReferenceDate(QDate date) { m_referenceDate = date; }

    // Reads the typed text now, as leaving the field does, unless it was already read. A refusal is
    // shown beside the field and returned; the text is left as typed.
    Status commit();
    bool hasError() const { return m_error.has_value(); }
    const std::optional<Error>& error() const { return m_error; }

    void openCalendar();
    void closeCalendar();
    bool isCalendarOpen() const;

    // Reads every field (see commit) and returns the first refusal, with the cursor put in its field.
    static Status commitAll(const QList<DateEntry*>& fields);

signals:
    // The officer typed, picked a day or ticked a box: for drafts and "unsaved changes".
    void edited();
    // The value read from the field changed.
    void valueChanged();

protected:
    DateEntry(const QString& objectName, QWidget* parent);

    // Sets the value from the text (an empty text included) or returns why it cannot.
    virtual Status read(const QString& text) = 0;
    // A key that changes whenever the value does.
    virtual QString valueKey() const = 0;
    // The date the calendar shows first; invalid when there is none.
    virtual QDate calendarDate() const = 0;
    // The text after the officer picks a day in the calendar.
    virtual QString textForPickedDate(QDate picked) const = 0;

    // Shows the value in its usual form after a successful read.
    void showNormalised(const QString& text);
    // Forgets the last read, so the next commit reads the text again (e.g. after a box is ticked).
    void markUnread() { m_readOnce = false; }
    void addBesideField(QWidget* widget);

    bool eventFilter(QObject* watched, QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void showError(const std::optional<Error>& error);
    void pickDate(QDate date);

    QLineEdit* m_edit = nullptr;
    QToolButton* m_button = nullptr;
    QHBoxLayout* m_row = nullptr;
    QLabel* m_errorLabel = nullptr;
    QFrame* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QString m_fieldName;
    QDate m_referenceDate;
    QString m_readText;
    bool m_readOnce = false;
    bool m_reading = false;
    std::optional<Error> m_error;
};

} // namespace conduct
