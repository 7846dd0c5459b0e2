#pragma once
// A case opened from a read-only store (issue 24, finding 6) is for reading: its editing
// controls are disabled or made read-only, instead of staying enabled for core to refuse each
// change on use. Core still refuses every change there; this only stops offering them.
//
// One lock holds the whole workspace, every tab included, so no page needs its own read-only
// mode: text stays selectable and copyable (read-only rather than disabled), tabs, tables,
// scrolling and the controls that only read (export, zoom, find elsewhere, which version or
// person is shown) stay usable, and a control a page enables again later (a version picked, a
// row selected, a suspect's block rebuilt) is locked again at once.

#include <QObject>
#include <QSet>
#include <QString>

class QWidget;

namespace conduct {

class ReadOnlyLock : public QObject {
    Q_OBJECT
public:
    // Locks everything under `root` from now on, for as long as the lock lives (it is `root`'s child).
    explicit ReadOnlyLock(QWidget* root);

    // The controls, by object name, that only read or navigate, and so stay usable.
    static const QSet<QString>& readingControls();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void lockAll();
    void lock(QWidget* widget);

    QWidget* m_root;
    bool m_locking = false;
};

} // namespace conduct
