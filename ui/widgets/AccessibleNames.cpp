#include "widgets/AccessibleNames.h"

#include "widgets/FieldErrors.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessibleWidget>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace conduct {
namespace {

// How far up from an input a label may be found: the field itself, the composite field it is
// part of (a date entry, a field with its button), and at most one container of that.
constexpr int labelSearchDepth = 3;

QLabel* labelWithBuddy(const QWidget* buddy)
{
    const auto labels = buddy->window()->findChildren<QLabel*>();
    for (QLabel* label : labels)
        if (label->buddy() == buddy) return label;
    return nullptr;
}

// The label of the QFormLayout row whose field is `field`, in its parent's layouts.
QWidget* formLabelFor(const QWidget* field)
{
    const QWidget* parent = field->parentWidget();
    if (!parent) return nullptr;
    const auto forms = parent->findChildren<QFormLayout*>();
    for (const QFormLayout* form : forms)
        if (QWidget* label = form->labelForField(const_cast<QWidget*>(field))) return label;
    return nullptr;
}

QString fallbackName(const QWidget* input)
{
    if (!input->toolTip().isEmpty()) return nameFromLabelText(input->toolTip());
    if (auto* line = qobject_cast<const QLineEdit*>(input)) return line->placeholderText();
    if (auto* plain = qobject_cast<const QPlainTextEdit*>(input)) return plain->placeholderText();
    if (auto* rich = qobject_cast<const QTextEdit*>(input)) return rich->placeholderText();
    if (auto* combo = qobject_cast<const QComboBox*>(input); combo && combo->lineEdit())
        return combo->lineEdit()->placeholderText();
    return {};
}

// Qt's own combo box interface, but with the name of a field (see the header).
class AccessibleComboBox : public QAccessibleWidget {
public:
    explicit AccessibleComboBox(QComboBox* combo) : QAccessibleWidget(combo, QAccessible::ComboBox) {}

    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Value)
            return combo()->isEditable() && combo()->lineEdit() ? combo()->lineEdit()->text() : combo()->currentText();
        return QAccessibleWidget::text(kind);   // Name: the accessible name, else the buddy label's text
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.expandable = true;
        state.expanded = combo()->isVisible() && combo()->view()->isVisible();
        state.editable = combo()->isEditable();
        return state;
    }

    // The list of choices, and the line edit of an editable combo box, as Qt's own interface has.
    int childCount() const override { return combo()->isEditable() ? 2 : 1; }
    QAccessibleInterface* child(int index) const override
    {
        if (index == 0) return QAccessible::queryAccessibleInterface(combo()->view());
        if (index == 1 && combo()->isEditable()) return QAccessible::queryAccessibleInterface(combo()->lineEdit());
        return nullptr;
    }
    int indexOfChild(const QAccessibleInterface* child) const override
    {
        if (!child) return -1;
        if (child->object() == combo()->view()) return 0;
        if (combo()->isEditable() && child->object() == combo()->lineEdit()) return 1;
        return -1;
    }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }

    QStringList actionNames() const override { return {showMenuAction(), pressAction()}; }
    void doAction(const QString& action) override
    {
        if (action == showMenuAction() || action == pressAction()) combo()->showPopup();
    }

private:
    QComboBox* combo() const { return static_cast<QComboBox*>(object()); }
};

QAccessibleInterface* comboBoxFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("QComboBox"))
        if (auto* combo = qobject_cast<QComboBox*>(object)) return new AccessibleComboBox(combo);
    return nullptr;
}

} // namespace

bool isNamedInput(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    if (qobject_cast<const QLineEdit*>(widget))
        return !qobject_cast<const QComboBox*>(parent) && !qobject_cast<const QAbstractSpinBox*>(parent);
    return qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QComboBox*>(widget)
        || qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget);
}

QString nameFromLabelText(const QString& labelText)
{
    QString text = Qt::mightBeRichText(labelText) ? QTextDocumentFragment::fromHtml(labelText).toPlainText() : labelText;
    text = withoutMnemonic(text).simplified();
    while (text.endsWith(QLatin1Char(':'))) text.chop(1);
    return text.trimmed();
}

QString labelTextFor(const QWidget* input)
{
    const QWidget* candidate = input;
    for (int depth = 0; candidate && !candidate->isWindow() && depth < labelSearchDepth; ++depth) {
        if (const QLabel* label = labelWithBuddy(candidate)) return nameFromLabelText(label->text());
        if (const auto* label = qobject_cast<const QLabel*>(formLabelFor(candidate))) return nameFromLabelText(label->text());
        candidate = candidate->parentWidget();
    }
    return {};
}

void nameFromLabel(QWidget* input)
{
    if (!input->accessibleName().isEmpty()) return;
    // A form row's label without a buddy: its mnemonic should reach the field, as addLabelledRow does.
    if (auto* label = qobject_cast<QLabel*>(formLabelFor(input)); label && !label->buddy()) label->setBuddy(input);
    QString name = labelTextFor(input);
    if (name.isEmpty()) name = fallbackName(input);
    if (!name.isEmpty()) input->setAccessibleName(name);
}

void installAccessibleComboBoxes()
{
    static bool installed = false;
    if (installed) return;
    installed = true;
    QAccessible::installFactory(comboBoxFactory);
}

} // namespace conduct
