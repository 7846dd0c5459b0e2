#include "case/ReadOnlyLock.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTabBar>
#include <QTextEdit>

namespace conduct {
namespace {
void lockShortcutsOf(QObject* parent)
{
    // Every shortcut in a case changes it (Ctrl+S saves, Ctrl+Shift+I imports a log); export's
    // Ctrl+E belongs to the main window and stays.
    for (QShortcut* s : parent->findChildren<QShortcut*>(Qt::FindDirectChildrenOnly)) s->setEnabled(false);
}
} // namespace

const QSet<QString>& ReadOnlyLock::readingControls()
{
    static const QSet<QString> names = {
        // Overview and People: export is core's to allow or refuse (a disclosure must be
        // recorded, and a read-only store cannot record it, so core says so); searching other cases reads.
        QStringLiteral("exportButton"), QStringLiteral("findElsewhereButton"),
        QStringLiteral("viewMatchesButton"), QStringLiteral("closeBannerButton"),
        // Chronology: looking closer, and the picture of it.
        QStringLiteral("timelineZoomIn"), QStringLiteral("timelineZoomOut"), QStringLiteral("timelineFit"),
        QStringLiteral("exportTimelineButton"), QStringLiteral("exportChartButton"),
        // Risk: an assessment opened or two versions compared, to read.
        QStringLiteral("openAssessmentButton"), QStringLiteral("compareVersionsButton"),
        // Which version of a charging document, and whose special measures, are shown.
        QStringLiteral("mg3Versions"), QStringLiteral("mg5Versions"), QStringLiteral("measuresPerson"),
    };
    return names;
}

ReadOnlyLock::ReadOnlyLock(QWidget* root) : QObject(root), m_root(root)
{
    lockAll();
    // Widgets made later (a suspect's block, a table's cell combo) and controls a page enables
    // again are seen here: the one filter keeps every page locked without a mode of its own.
    qApp->installEventFilter(this);
}

void ReadOnlyLock::lockAll()
{
    lock(m_root);
    for (QWidget* w : m_root->findChildren<QWidget*>()) lock(w);
    for (QShortcut* s : m_root->findChildren<QShortcut*>()) s->setEnabled(false);
}

void ReadOnlyLock::lock(QWidget* w)
{
    if (readingControls().contains(w->objectName())) return;
    QWidget* parent = w->parentWidget();
    // A tab bar's scroll arrows, a combo's or spin box's own line edit: parts of another control.
    if (parent && (qobject_cast<QTabBar*>(parent) || qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent)))
        return;
    m_locking = true;
    // Text is made read-only rather than disabled: it stays easy to read, select and copy.
    if (auto* line = qobject_cast<QLineEdit*>(w)) line->setReadOnly(true);
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) plain->setReadOnly(true);
    else if (auto* rich = qobject_cast<QTextEdit*>(w)) rich->setReadOnly(true);
    else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) spin->setReadOnly(true);
    else if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w)) w->setEnabled(false);
    else if (auto* view = qobject_cast<QAbstractItemView*>(w)) view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_locking = false;
}

bool ReadOnlyLock::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (m_locking || !watched->isWidgetType()
        || (type != QEvent::Polish && type != QEvent::EnabledChange && type != QEvent::ReadOnlyChange && type != QEvent::ParentChange))
        return false;
    auto* w = static_cast<QWidget*>(watched);
    if (w != m_root && !m_root->isAncestorOf(w)) return false;
    if (type == QEvent::ParentChange) {   // built elsewhere (and perhaps polished there), then moved in
        lock(w);
        for (QWidget* child : w->findChildren<QWidget*>()) lock(child);
        for (QShortcut* s : w->findChildren<QShortcut*>()) s->setEnabled(false);
        return false;
    }
    // Only a control that became usable again needs locking; anything else is already as locked as it gets.
    const bool unlocked = type == QEvent::Polish || (type == QEvent::EnabledChange && !w->testAttribute(Qt::WA_Disabled))
        || type == QEvent::ReadOnlyChange;
    if (unlocked) lock(w);
    if (type == QEvent::Polish) lockShortcutsOf(w);
    return false;
}

} // namespace conduct
