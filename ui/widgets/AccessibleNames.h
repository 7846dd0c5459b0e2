#pragma once
// What a screen reader says a field is called (issue 31): the words of its label, never its value.
//
// Every input gets its label's words as its accessible name when it is first shown, unless its
// code named it already: the QLabel whose buddy it is, else its QFormLayout row's label (made its
// buddy too, so the label's mnemonic reaches it), else, for a field inside a composite one (a date
// with its calendar button), the composite's label; failing a label, its tooltip or placeholder.
// Applied to every window by the application-wide conventions (widgets/KeyboardConventions).
//
// Qt 6.4 on Linux reports a combo box's current text as its name ("Not asked") and leaves the label
// to an AT-SPI relation, which the issue found screen readers do not announce; the accessible
// interface installed here names a combo box like any other field and keeps the current text as
// its value.

#include <QString>

class QWidget;

namespace conduct {

// Line, multi-line and rich text boxes, spin boxes (dates and times included) and combo boxes,
// but not the line edit inside a combo or spin box, which is part of it.
bool isNamedInput(const QWidget* widget);

// A label's text as a name: "&Reason:" → "Reason" (mnemonic, rich text and trailing colon gone).
QString nameFromLabelText(const QString& labelText);

// The label's words for `input`, or empty when no label names it.
QString labelTextFor(const QWidget* input);

// Sets `input`'s accessible name as described above, when it has none.
void nameFromLabel(QWidget* input);

// Installs the combo box interface described above; once per process.
void installAccessibleComboBoxes();

} // namespace conduct
