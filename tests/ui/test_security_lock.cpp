// The screen lock: Ctrl+L and the idle timer hide every piece of case data in every open window,
// only the signed-in user's password unlocks (through the Authenticator, so the back-off applies),
// and locking and unlocking are audited.

#include "TestSupport.h"

#include "case/CaseWorkspace.h"
#include "shell/LockController.h"
#include "shell/LockScreen.h"
#include "shell/MainWindow.h"
#include "security/AuditLog.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QAbstractButton>
#include <QAction>
#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace conduct;

namespace {

const QStringList secrets = {QStringLiteral("45AA0209820"), QStringLiteral("45 AA"), QStringLiteral("Zebedee"),
                             QStringLiteral("QUIXLEY"), QStringLiteral("Quixley"),
                             QStringLiteral("Seen waiting outside the bakery")};

qint64 makeCase(Database& db, const Session& session)
{
    CaseService service(db, session);
    Case c;
    c.urn = QStringLiteral("45AA0209820");
    c.officerInCase = QStringLiteral("PC 1234 Test");
    c.offences = {Offence::Stalking_s2A};
    auto created = service.createCase(c);
    REQUIRE(created.ok());
    Person p;
    p.caseId = created->id;
    p.role = PersonRole::Suspect;
    p.forenames = QStringLiteral("Zebedee");
    p.surname = QStringLiteral("Quixley");
    REQUIRE(service.addPerson(p).ok());
    Incident i;
    i.caseId = created->id;
    i.startUtc = QDateTime::currentDateTimeUtc().addDays(-2);
    i.location = QStringLiteral("High Street");
    i.behaviours = {Behaviour::Loitering};
    i.description = QStringLiteral("Seen waiting outside the bakery for an hour.");
    REQUIRE(service.addIncident(i).ok());
    return created->id;
}

// Every text a person (or a screen reader) could get from a visible widget.
QStringList visibleTexts()
{
    QStringList texts;
    for (QWidget* w : QApplication::allWidgets()) {
        if (!w->isVisible()) continue;
        if (w->isWindow()) texts << w->windowTitle();
        texts << w->accessibleName() << w->toolTip();
        if (auto* l = qobject_cast<QLabel*>(w)) texts << l->text();
        if (auto* e = qobject_cast<QLineEdit*>(w)) texts << e->text();
        if (auto* e = qobject_cast<QPlainTextEdit*>(w)) texts << e->toPlainText();
        if (auto* e = qobject_cast<QTextEdit*>(w)) texts << e->toPlainText();
        if (auto* b = qobject_cast<QAbstractButton*>(w)) texts << b->text();
        if (auto* t = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i) texts << t->tabText(i);
        if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model()) {
            const QAbstractItemModel* m = v->model();
            for (int r = 0; r < m->rowCount(v->rootIndex()); ++r)
                for (int c = 0; c < m->columnCount(v->rootIndex()); ++c)
                    texts << m->data(m->index(r, c, v->rootIndex()), Qt::DisplayRole).toString();
        }
    }
    return texts;
}

QStringList leaks()
{
    QStringList found;
    for (const QString& text : visibleTexts())
        for (const QString& secret : secrets)
            if (text.contains(secret)) found << text;
    return found;
}

void typeAndUnlock(LockScreen* screen, const QString& password)
{
    QTest::keyClicks(screen->passwordEdit(), password);
    QTest::mouseClick(screen->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
}

struct LockFixture {
    LockFixture()
    {
        session = t.session();
        caseId = makeCase(t.db(), session);
        const QString path = t.path();
        t.database.reset();
        auto opened = Database::openSqlite(path);
        REQUIRE(opened.ok());
        window = std::make_unique<MainWindow>(std::move(opened).value(), session);
        window->lockController()->setHasher(PasswordHasher(HashCost::minimumForTests()));
        window->lockController()->setIdleTimeout(std::chrono::minutes(10));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QList<AuditRecord> screenEvents()
    {
        auto all = AuditLog::readAll(window->database());
        REQUIRE(all.ok());
        QList<AuditRecord> events;
        for (const AuditRecord& r : all.value())
            if (r.entityType == QStringLiteral("session")) events.append(r);
        return events;
    }

    test::TempDatabase t;
    Session session;
    qint64 caseId = 0;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("Ctrl+L hides every piece of case data until the right password is typed", "[gui][lock]")
{
    LockFixture f;
    CaseWorkspace* ws = f.window->openCase(f.caseId);
    REQUIRE(ws != nullptr);
    // A second window showing case data, as a dialog left open would.
    QDialog side(f.window.get());
    auto* sideLayout = new QVBoxLayout(&side);
    sideLayout->addWidget(new QLabel(QStringLiteral("Suspect: Zebedee QUIXLEY, case 45AA0209820"), &side));
    side.setWindowTitle(QStringLiteral("Notes on 45AA0209820"));
    side.show();
    REQUIRE(QTest::qWaitForWindowExposed(&side));
    REQUIRE_FALSE(leaks().isEmpty());   // the walk does find the data when it is on screen

    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(f.window->lockController()->isLocked());
    INFO("visible while locked: " << leaks().join(QStringLiteral(" | ")).toStdString());
    CHECK(leaks().isEmpty());
    REQUIRE(f.window->lockController()->lockScreens().size() == 2);
    LockScreen* screen = f.window->lockController()->lockScreens().first();
    REQUIRE(screen != nullptr);
    CHECK(screen->parentWidget() == f.window.get());
    // Actions and their shortcuts are off while locked: Ctrl+N would otherwise open a dialog.
    CHECK_FALSE(f.window->findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());

    SECTION("a wrong password keeps it locked and says so")
    {
        typeAndUnlock(screen, QStringLiteral("not my password at all"));
        CHECK(f.window->lockController()->isLocked());
        CHECK(leaks().isEmpty());
        auto* error = screen->findChild<QLabel*>(QStringLiteral("lockError"));
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("not correct")));
        CHECK(screen->passwordEdit()->text().isEmpty());
    }
    SECTION("the right password restores every window as it was")
    {
        typeAndUnlock(screen, QString::fromLatin1(test::testPassword));
        REQUIRE_FALSE(f.window->lockController()->isLocked());
        CHECK(f.window->currentWorkspace() == ws);
        CHECK(ws->isVisible());
        CHECK(f.window->centralWidget()->isVisible());
        CHECK(f.window->menuBar()->isVisible());
        CHECK(side.windowTitle() == QStringLiteral("Notes on 45AA0209820"));
        CHECK(f.window->findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
        CHECK_FALSE(leaks().isEmpty());
        const QList<AuditRecord> events = f.screenEvents();
        REQUIRE(events.size() == 2);
        CHECK(events[0].action == AuditAction::Lock);
        CHECK(events[0].afterJson.contains("\"by\":\"manual\""));
        CHECK(events[1].action == AuditAction::Unlock);
        CHECK(events[1].userId == f.session.user.id);
    }
}

TEST_CASE("wrong passwords at the lock screen engage the sign-in back-off", "[gui][lock]")
{
    LockFixture f;
    f.window->lockController()->lock();
    for (int i = 0; i < 5; ++i) CHECK_FALSE(f.window->lockController()->tryUnlock(QStringLiteral("wrong password %1").arg(i)));
    // Now even the right password waits out the back-off.
    CHECK_FALSE(f.window->lockController()->tryUnlock(QString::fromLatin1(test::testPassword)));
    LockScreen* screen = f.window->lockController()->lockScreens().first();
    CHECK(screen->findChild<QLabel*>(QStringLiteral("lockError"))->text().contains(QStringLiteral("Try again in")));
    CHECK(f.window->lockController()->isLocked());
}

TEST_CASE("Conduct locks itself when left idle, and input postpones it", "[gui][lock]")
{
    LockFixture f;
    LockController* lock = f.window->lockController();

    SECTION("input restarts the countdown")
    {
        lock->setIdleTimeout(std::chrono::seconds(60));
        // Wait until at least a second of the countdown has run (the window system may still be
        // delivering the window's first pointer events, which restart it, as real input would).
        REQUIRE(test::waitFor([&] { return lock->idleRemainingMs() <= 59000; }, 10000));
        QTest::keyClick(f.window->filterEdit(), Qt::Key_A);
        CHECK(lock->idleRemainingMs() > 59000);
        CHECK_FALSE(lock->isLocked());
    }
    SECTION("without input it locks")
    {
        lock->setIdleTimeout(std::chrono::milliseconds(300));
        REQUIRE(test::waitFor([&] { return lock->isLocked(); }, 10000));
        CHECK(leaks().isEmpty());
        const QList<AuditRecord> events = f.screenEvents();
        REQUIRE(events.size() == 1);
        CHECK(events[0].afterJson.contains("\"by\":\"idle\""));
        REQUIRE(lock->tryUnlock(QString::fromLatin1(test::testPassword)));
    }
    SECTION("zero turns it off")
    {
        lock->setIdleTimeout(std::chrono::milliseconds(0));
        QTest::qWait(300);
        CHECK_FALSE(lock->isLocked());
    }
}

TEST_CASE("a modal dialog open at the lock is locked too, and can unlock", "[gui][lock]")
{
    LockFixture f;
    bool unlockedFromDialog = false;
    QTimer::singleShot(0, [&] {
        QDialog* modal = nullptr;
        REQUIRE(test::waitFor([&] { return (modal = qobject_cast<QDialog*>(QApplication::activeModalWidget())) != nullptr; }));
        f.window->lockController()->lock();
        CHECK(leaks().isEmpty());
        LockScreen* inDialog = nullptr;
        for (const auto& s : f.window->lockController()->lockScreens())
            if (s && s->parentWidget() == modal) inDialog = s;
        REQUIRE(inDialog != nullptr);
        typeAndUnlock(inDialog, QString::fromLatin1(test::testPassword));
        unlockedFromDialog = !f.window->lockController()->isLocked();
        CHECK(modal->findChild<QLabel*>(QStringLiteral("secretLabel"))->isVisible());
        modal->reject();
    });
    QDialog dialog(f.window.get());
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(QStringLiteral("Zebedee QUIXLEY"), &dialog);
    label->setObjectName(QStringLiteral("secretLabel"));
    layout->addWidget(label);
    dialog.exec();
    CHECK(unlockedFromDialog);
}
