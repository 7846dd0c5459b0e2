#include "widgets/KeyboardConventions.h"

#include "widgets/AccessibleNames.h"
#include "widgets/DialogKeyboard.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QKeyEvent>

namespace conduct {
namespace {

// The fields whose value the wheel would change.
bool wheelChangesValue(const QObject* object)
{
    return qobject_cast<const QComboBox*>(object) || qobject_cast<const QAbstractSpinBox*>(object);
}

// Every widget is polished once before it is first shown: the moment to apply the conventions,
// whichever code made the widget.
class ApplicationConventions : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Polish) {
            if (auto* view = qobject_cast<QAbstractItemView*>(watched)) view->setTabKeyNavigation(false);
            // Qt's default for these is WheelFocus; a field deliberately kept out of the Tab order stays so.
            if (auto* field = qobject_cast<QWidget*>(watched); field && wheelChangesValue(field) && field->focusPolicy() == Qt::WheelFocus)
                field->setFocusPolicy(Qt::StrongFocus);
            if (watched->isWidgetType()) letTabLeave(static_cast<QWidget*>(watched));
        } else if (event->type() == QEvent::Show && watched->isWidgetType()) {
            // Shown, not polished: by now the dialog's code has made its labels and set their buddies.
            auto* widget = static_cast<QWidget*>(watched);
            if (auto* dialog = qobject_cast<QDialog*>(widget)) applyDialogKeyboard(dialog);
            else if (isNamedInput(widget)) nameFromLabel(widget);
        } else if (event->type() == QEvent::KeyPress && watched->isWidgetType()
                   && isAcceptChord(static_cast<QKeyEvent*>(event))) {
            if (auto* dialog = qobject_cast<QDialog*>(static_cast<QWidget*>(watched)->window()); dialog && acceptFromKeyboard(dialog))
                return true;
        } else if (event->type() == QEvent::Wheel && wheelChangesValue(watched)
                   && !static_cast<QWidget*>(watched)->hasFocus()) {
            // Not delivered to the field, and not accepted: Qt passes it on to the parent (the scroll area).
            event->ignore();
            return true;
        }
        return false;
    }
};

} // namespace

void installKeyboardConventions()
{
    const QString name = QStringLiteral("conductApplicationConventions");
    if (qApp->findChild<QObject*>(name, Qt::FindDirectChildrenOnly)) return;
    auto* filter = new ApplicationConventions(qApp);
    filter->setObjectName(name);
    qApp->installEventFilter(filter);
    installAccessibleComboBoxes();
}

} // namespace conduct
