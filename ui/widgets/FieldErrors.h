#pragma once
// What the editing dialogs share: an inline error banner that names the field at fault, a map
// from the field names core uses in its errors to the widgets that edit them (so the cursor lands
// where the officer must act), labelled form rows, and the "one entry per line" list fields.

#include "common/Result.h"

#include <QHash>
#include <QLabel>
#include <QPointer>
#include <QString>
#include <QStringList>

class QFormLayout;
class QPlainTextEdit;

namespace conduct {

// A field name exactly as core's validation spells it (and translates it) in Error::field.
QString validationField(const char* sourceText);

// The red banner at the top of a dialog. Hidden until there is an error; announced to screen
// readers as an alert when it appears.
class ErrorBanner : public QLabel {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);
    void showError(const Error& error);
    void clearError();
};

// Error::field → the widget that edits it.
class FieldFocus {
public:
    void add(const QString& field, QWidget* widget);
    QWidget* widgetFor(const QString& field) const;
    // Puts the cursor in the field at fault; returns false when no widget edits that field.
    bool focus(const Error& error) const;

private:
    QHash<QString, QPointer<QWidget>> m_widgets;
};

// Adds "label: field" to the form with the label as the field's buddy (so its mnemonic works)
// and the label's words as the field's accessible name. Returns the label.
QLabel* addLabelledRow(QFormLayout* form, const QString& labelText, QWidget* field, QWidget* rowWidget = nullptr);

// The accessible name for a mnemonic label: "&Surname" → "Surname".
QString withoutMnemonic(const QString& text);

// List fields edited one entry per line. Blank lines and surrounding spaces are not entries.
QStringList linesOf(const QPlainTextEdit* edit);
void setLines(QPlainTextEdit* edit, const QStringList& lines);
QPlainTextEdit* makeListEdit(const QString& objectName, QWidget* parent);

} // namespace conduct
