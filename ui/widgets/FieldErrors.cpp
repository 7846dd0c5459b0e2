#include "widgets/FieldErrors.h"

#include "widgets/DateEntry.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QFormLayout>
#include <QKeySequence>
#include <QPlainTextEdit>

namespace conduct {

QString validationField(const char* sourceText)
{
    return QCoreApplication::translate("conduct::Validation", sourceText);
}

ErrorBanner::ErrorBanner(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Colour is not the only signal: the text itself starts with the field name.
    setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #7f1d1d; border: 1px solid #b91c1c; "
                                 "border-radius: 3px; padding: 6px; }"));
    setVisible(false);
}

void ErrorBanner::showError(const Error& error)
{
    setText(error.text());
    setAccessibleName(tr("Error"));
    setAccessibleDescription(error.text());
    setVisible(true);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ErrorBanner::clearError()
{
    clear();
    setAccessibleDescription(QString());
    setVisible(false);
}

void FieldFocus::add(const QString& field, QWidget* widget) { m_widgets.insert(field, widget); }

QWidget* FieldFocus::widgetFor(const QString& field) const { return m_widgets.value(field).data(); }

bool FieldFocus::focus(const Error& error) const
{
    QWidget* widget = widgetFor(error.field);
    if (!widget || !widget->isEnabled()) return false;
    widget->setFocus(Qt::OtherFocusReason);
    return true;
}

QString withoutMnemonic(const QString& text)
{
    QString out = text;
    out.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    out.remove(QLatin1Char('&'));
    out.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return out;
}

QLabel* addLabelledRow(QFormLayout* form, const QString& labelText, QWidget* field, QWidget* rowWidget)
{
    auto* label = new QLabel(labelText);
    label->setBuddy(field);
    if (field->accessibleName().isEmpty()) {
        // A date field's name belongs on the line edit inside it, where screen readers look.
        if (auto* date = qobject_cast<DateEntry*>(field)) date->setAccessibleName(withoutMnemonic(labelText));
        else field->setAccessibleName(withoutMnemonic(labelText));
    }
    form->addRow(label, rowWidget ? rowWidget : field);
    return label;
}

QStringList linesOf(const QPlainTextEdit* edit)
{
    QStringList out;
    const QStringList lines = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : lines)
        if (!line.trimmed().isEmpty()) out.append(line.trimmed());
    return out;
}

void setLines(QPlainTextEdit* edit, const QStringList& lines) { edit->setPlainText(lines.join(QLatin1Char('\n'))); }

QPlainTextEdit* makeListEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);   // Tab moves on, as in every other field; Return starts a new entry
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace conduct
