#pragma once
// Helpers for the GUI tests that drive MainWindow: a window on a fresh database, a modal dialog
// answered from a timer (exec() blocks the test), and a named child that must exist.

#include "TestSupport.h"

#include "shell/Appearance.h"
#include "services/CaseService.h"
#include "shell/MainWindow.h"
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

// Closes every modal dialog still open, innermost first.
inline void closeModalDialogs()
{
    for (int guard = 0; guard < 10 && QApplication::activeModalWidget(); ++guard)
        QApplication::activeModalWidget()->close();
}

// Runs `interact` on the next modal dialog of type T once it is showing.
// The check for the dialog polls from short timers instead of waiting in one: the code that opens
// the dialog may process events before it reaches exec() (building a preview, say), and a wait
// here would then keep it from ever getting there.
// A failed REQUIRE inside `interact` has already been reported to Catch when it throws; the
// exception must not cross Qt's event loop (that aborts or leaves exec() waiting for ever), so it
// is caught here and the dialogs are closed, which lets the test's own exec() return.
template <typename T>
void whenModalOpens(std::function<void(T*)> interact, int pollsLeft = 1000)
{
    QTimer::singleShot(pollsLeft == 1000 ? 0 : 10, [interact, pollsLeft] {
        T* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (pollsLeft > 0)
                whenModalOpens<T>(interact, pollsLeft - 1);
            else
                FAIL_CHECK("no " << T::staticMetaObject.className() << " opened within 10 seconds");
            return;
        }
        try {
            // Keyboard input goes to the focus widget: wait until the dialog is active and holds it.
            REQUIRE(QTest::qWaitForWindowActive(dialog));
            REQUIRE(waitFor([&] { return dialog->isAncestorOf(QApplication::focusWidget()); }));
            interact(dialog);
        } catch (...) {
            closeModalDialogs();
        }
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
        t.database.reset();
        auto opened = Database::open(t.location());   // a file, or a server schema (CONDUCT_TEST_POSTGRES)
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

// A stalking case with the URN 45AA0209820 created by this session's officer; its id.
inline qint64 createSampleCase(Database& db, const Session& session)
{
    Case c;
    c.urn = QStringLiteral("45AA0209820");
    c.officerInCase = QStringLiteral("PC 1234 Test");
    c.offences = {Offence::Stalking_s2A};
    auto created = CaseService(db, session).createCase(c);
    REQUIRE(created.ok());
    return created->id;
}

} // namespace conduct::test
