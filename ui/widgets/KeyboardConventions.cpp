#include "widgets/KeyboardConventions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>

namespace conduct {
namespace {

// Every widget is polished once before it is first shown: the moment to apply the convention,
// whichever code made the view.
class TabLeavesItemViews : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Polish)
            if (auto* view = qobject_cast<QAbstractItemView*>(watched)) view->setTabKeyNavigation(false);
        return false;
    }
};

} // namespace

void installKeyboardConventions()
{
    const QString name = QStringLiteral("conductTabLeavesItemViews");
    if (qApp->findChild<QObject*>(name, Qt::FindDirectChildrenOnly)) return;
    auto* filter = new TabLeavesItemViews(qApp);
    filter->setObjectName(name);
    qApp->installEventFilter(filter);
}

} // namespace conduct
