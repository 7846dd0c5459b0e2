#include "widgets/DateEntry.h"

#include "common/UkTime.h"
#include "widgets/FieldErrors.h"

#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QFocusEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace conduct {

DateEntry::DateEntry(const QString& objectName, QWidget* parent) : QWidget(parent)
{
    setObjectName(objectName);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    m_row = new QHBoxLayout;
    m_row->setSpacing(4);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(objectName + QStringLiteral("Text"));
    m_edit->installEventFilter(this);
    m_button = new QToolButton(this);
    m_button->setObjectName(objectName + QStringLiteral("Calendar"));
    m_button->setText(QStringLiteral("\u25BE"));   // a small down-pointing triangle, as on a combo box
    m_button->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    m_button->setFocusPolicy(Qt::NoFocus);          // the keyboard opens it from the field: one Tab stop
    m_row->addWidget(m_edit, 1);
    m_row->addWidget(m_button);
    outer->addLayout(m_row);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(objectName + QStringLiteral("Error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_errorLabel->hide();
    outer->addWidget(m_errorLabel);
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);   // so a label's mnemonic (QLabel::setBuddy) reaches the line edit
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setObjectName(objectName + QStringLiteral("Popup"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto* popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(2, 2, 2, 2);
    m_calendar = new QCalendarWidget(m_popup);
    m_calendar->setObjectName(objectName + QStringLiteral("CalendarWidget"));
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    popupLayout->addWidget(m_calendar);
    // The calendar's own views take the keys first: Escape is caught on its way to any of them.
    m_calendar->installEventFilter(this);
    for (QWidget* inner : m_calendar->findChildren<QWidget*>()) inner->installEventFilter(this);

    connect(m_button, &QToolButton::clicked, this, &DateEntry::openCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateEntry::pickDate);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateEntry::pickDate);
    connect(m_edit, &QLineEdit::textEdited, this, &DateEntry::edited);
}

DateEntry::~DateEntry()
{
    // Focus leaves the line edit while the widgets are torn down: nothing must be read by then.
    m_edit->removeEventFilter(this);
}

QString DateEntry::text() const { return m_edit->text(); }

void DateEntry::setText(const QString& text)
{
    m_edit->setText(text);
    m_readOnce = false;
    const Status read = commit();
    Q_UNUSED(read);   // shown beside the field; the form's Save reports it again
}

void DateEntry::setPlaceholderText(const QString& text) { m_edit->setPlaceholderText(text); }

QString DateEntry::fieldName() const
{
    if (!m_fieldName.isEmpty()) return m_fieldName;
    QString name = accessibleName().trimmed();
    if (name.endsWith(QLatin1Char(':'))) name.chop(1);   // "Report date:" from its label
    return name.isEmpty() ? objectName() : name;
}

void DateEntry::setAccessibleName(const QString& name)
{
    QWidget::setAccessibleName(name);
    m_edit->setAccessibleName(name);
    m_button->setAccessibleName(tr("%1: choose from a calendar").arg(name));
    m_calendar->setAccessibleName(tr("Calendar for %1").arg(name));
}

Status DateEntry::commit()
{
    if (m_reading || (m_readOnce && m_edit->text() == m_readText)) {
        if (m_error) return *m_error;
        return Status();
    }
    m_reading = true;
    const QString before = valueKey();
    const QString typed = m_edit->text();
    const Status outcome = read(typed);
    m_readText = m_edit->text();   // read() may have written the value in its usual form
    m_readOnce = true;
    m_reading = false;
    showError(outcome.ok() ? std::nullopt : std::optional<Error>(outcome.error()));
    if (valueKey() != before) emit valueChanged();
    return outcome;
}

Status DateEntry::commitAll(const QList<DateEntry*>& fields)
{
    for (DateEntry* field : fields) {
        if (!field || !field->isEnabled()) continue;
        if (Status s = field->commit(); !s.ok()) {
            field->setFocus(Qt::OtherFocusReason);
            return s;
        }
    }
    return Status();
}

void DateEntry::showNormalised(const QString& text)
{
    if (m_edit->text() != text) m_edit->setText(text);
}

void DateEntry::addBesideField(QWidget* widget) { m_row->addWidget(widget); }

void DateEntry::showError(const std::optional<Error>& error)
{
    m_error = error;
    m_errorLabel->setText(error ? error->text() : QString());
    m_errorLabel->setVisible(error.has_value());
    m_edit->setAccessibleDescription(error ? error->text() : QString());
    if (error) {
        QAccessibleEvent alert(m_errorLabel, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void DateEntry::openCalendar()
{
    if (!isEnabled()) return;
    QDate shown = calendarDate();
    if (!shown.isValid()) shown = m_referenceDate.isValid() ? m_referenceDate : uktime::today();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_popup->adjustSize();
    QPoint where = m_edit->mapToGlobal(QPoint(0, m_edit->height()));
    if (const QScreen* screen = this->screen()) {   // keep it on the screen near the bottom edge
        const QRect available = screen->availableGeometry();
        if (where.y() + m_popup->height() > available.bottom())
            where.setY(m_edit->mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
    }
    m_popup->move(where);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateEntry::closeCalendar()
{
    m_popup->hide();
    m_edit->setFocus(Qt::PopupFocusReason);
}

bool DateEntry::isCalendarOpen() const { return m_popup->isVisible(); }

void DateEntry::pickDate(QDate date)
{
    if (!date.isValid()) return;
    m_popup->hide();
    m_edit->setText(textForPickedDate(date));
    m_edit->setFocus(Qt::PopupFocusReason);
    const Status read = commit();
    Q_UNUSED(read);   // shown beside the field
    emit edited();
}

bool DateEntry::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            const bool altDown = key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier);
            if (altDown || key->key() == Qt::Key_F4) {
                openCalendar();
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                const Status read = commit();
                Q_UNUSED(read);   // then Enter goes on to the dialog's default button, which refuses it too
            }
        } else if (event->type() == QEvent::FocusOut) {
            // Leaving the field reads it; losing focus to the calendar, another window or a question
            // this field itself asked does not.
            const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
            if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason) {
                // Where the officer was going (Qt has already named it), kept across a question the read
                // may ask: closing that question would otherwise hand focus back to this field, and the
                // next words typed would land in the date.
                const QPointer<QWidget> next = QApplication::focusWidget();
                const Status read = commit();
                Q_UNUSED(read);
                if (next && next != m_edit && next->isVisible() && next->isEnabled() && QApplication::focusWidget() != next)
                    next->setFocus(reason);
            }
        }
        return false;
    }
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape
        && isCalendarOpen()) {
        closeCalendar();
        return true;
    }
    return false;
}

bool DateEntry::event(QEvent* event)
{
    // A label set the name through QWidget (FieldErrors' addLabelledRow does): pass it on.
    if (event->type() == QEvent::Polish && m_edit->accessibleName() != accessibleName() && !accessibleName().isEmpty())
        setAccessibleName(accessibleName());
    return QWidget::event(event);
}

} // namespace conduct
