#pragma once
// Helpers for the GUI tests that drive MainWindow: a window on a fresh database, a modal dialog
// answered from a timer (exec() blocks the test), and a named child that must exist.

#include "TestSupport.h"

#include "Appearance.h"
#include "MainWindow.h"
#include "store/Database.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace conduct::test {

// Runs `interact` on the next modal dialog of type T once it is showing.
template <typename T>
void whenModalOpens(std::function<void(T*)> interact)
{
    QTimer::singleShot(0, [interact] {
        T* dialog = nullptr;
        REQUIRE(waitFor([&] { return (dialog = qobject_cast<T*>(QApplication::activeModalWidget())) != nullptr; }));
        // Keyboard input goes to the focus widget: wait until the dialog is active and holds it.
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        REQUIRE(waitFor([&] { return dialog->isAncestorOf(QApplication::focusWidget()); }));
        interact(dialog);
    });
}

template <typename W>
W* child(QObject* parent, const char* name)
{
    W* w = parent->findChild<W*>(QString::fromLatin1(name));
    INFO("looking for " << name);
    REQUIRE(w != nullptr);
    return w;
}

// Puts the style and palette back, so other tests in this process see the default look.
struct RestoreLook {
    QString style = QApplication::style()->name();
    QPalette palette = QApplication::palette();
    ~RestoreLook()
    {
        QApplication::setStyle(QStyleFactory::create(style));
        QApplication::setPalette(palette);
        saveAppearance(Appearance::System);
    }
};

// The main window, shown and active, on a fresh database as an officer-and-supervisor.
struct WindowFixture {
    WindowFixture()
    {
        session = t.session();
        const QString path = t.path();
        t.database.reset();
        auto opened = Database::openSqlite(path);
        REQUIRE(opened.ok());
        window = std::make_unique<MainWindow>(std::move(opened).value(), session);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    TempDatabase t;
    Session session;
    std::unique_ptr<MainWindow> window;
};

} // namespace conduct::test
