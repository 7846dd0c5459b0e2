// Issue 31, access that stops half-way: permission is asked before a dialog of several steps
// begins, never at its last step. An officer working a colleague's case under a justified-access
// grant imports the complainant's log and exports from it; when the grant has ended the grant is
// offered before the first page; when the work cannot be done at all the officer is told why
// before typing anything.

#include "GuiTestSupport.h"

#include "case/CaseWorkspace.h"
#include "case/OpenCaseDialog.h"
#include "common/Clock.h"
#include "export/ExportDialog.h"
#include "logimport/LogImportDialog.h"
#include "services/AccessGrants.h"
#include "services/CaseService.h"
#include "store/AccessGrantRepository.h"
#include "widgets/Prompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace conduct;
using test::child;
using test::whenModalOpens;

namespace {
const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

const QByteArray simpleLog("Date,Time,What happened,Where\n"
                           "02/03/2026,19:05,He followed me from the station,Newtown station\n"
                           "04/03/2026,21:00,He was outside my house,Home\n");

// Alice's case; Bob, an officer in no team with her, holds a grant to work on it.
struct ColleaguesCase {
    test::TempDatabase t;
    Session alice = test::sessionFor(t.db(), QStringLiteral("alice"), {Role::Officer});
    Session bob = test::sessionFor(t.db(), QStringLiteral("bob"), {Role::Officer});
    qint64 caseId = test::createSampleCase(t.db(), alice);
    QString logPath;

    ColleaguesCase()
    {
        auto granted = AccessGrants(t.db(), bob).grant(caseId, GrantReason::LinkedEnquiry,
                                                       QStringLiteral("Suspect also named in my case 45AA0209821"));
        REQUIRE(granted.ok());
        logPath = t.dir.filePath(QStringLiteral("jane-log.csv"));
        QFile f(logPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(simpleLog);
    }

    int incidentCount()
    {
        auto detail = CaseService(t.db(), alice).loadCase(caseId);
        REQUIRE(detail.ok());
        return int(detail->incidents.size());
    }
};

// Drives the log import from its first page to Import.
void importThroughEveryPage(LogImportDialog* d, const QString& path)
{
    QTest::keyClicks(child<QLineEdit>(d, "logFileEdit"), path);
    QTest::mouseClick(child<QPushButton>(d, "nextButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(d, "nextButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(d, "importButton"), Qt::LeftButton);
}

// Says the reason for access in the grant dialog and presses OK.
void giveReason(OpenCaseDialog* d)
{
    auto* reason = child<QComboBox>(d, "grantReason");
    reason->setCurrentIndex(reason->findText(grantReasonLabel(GrantReason::LinkedEnquiry)));
    QTest::keyClicks(child<QLineEdit>(d, "grantText"), QStringLiteral("Suspect also named in my case 45AA0209821"));
    QPushButton* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

struct WarningCatcher {
    QStringList seen;
    WarningCatcher()
    {
        prompts::override() = [this](const QString& title, const QString& text, QMessageBox::StandardButtons) {
            seen.append(title + QStringLiteral(": ") + text);
            return QMessageBox::Ok;
        };
    }
    ~WarningCatcher() { prompts::override() = nullptr; }
};
} // namespace

TEST_CASE("under a grant an officer imports a colleague's complainant's log and exports from the case", "[gui][access][accessfirst]")
{
    ScopedFakeClock clock(now);
    ColleaguesCase c;
    CaseWorkspace ws(c.t.db(), c.bob, c.caseId, QString());
    REQUIRE(ws.isLoaded());
    ws.resize(1280, 820);
    ws.show();

    bool imported = false;
    whenModalOpens<LogImportDialog>([&](LogImportDialog* d) {
        importThroughEveryPage(d, c.logPath);
        imported = !d->isVisible() && d->result() == QDialog::Accepted;
        if (!imported) CHECK(child<QLabel>(d, "logImportError")->text().toStdString() == "");
        test::closeModalDialogs();
    });
    QTest::mouseClick(child<QPushButton>(&ws, "importLogButton"), Qt::LeftButton);
    CHECK(imported);
    CHECK(c.incidentCount() == 2);

    bool exportReady = false;
    whenModalOpens<ExportDialog>([&](ExportDialog* d) {
        // No "Reason for access" in the way: the documents can be saved (a disclosure of its own).
        exportReady = child<QPushButton>(d, "saveButton")->isEnabled();
        CHECK(test::keepScreenshot(d->grab().toImage(), QStringLiteral("access-export-under-grant.png")));
        d->reject();
    });
    QTest::mouseClick(child<QPushButton>(&ws, "exportButton"), Qt::LeftButton);
    CHECK(exportReady);
}

TEST_CASE("when the grant has ended the import offers the grant before its first page", "[gui][access][accessfirst]")
{
    ScopedFakeClock clock(now);
    ColleaguesCase c;
    CaseWorkspace ws(c.t.db(), c.bob, c.caseId, QString());
    REQUIRE(ws.isLoaded());
    ws.show();
    // The grant ends (the desk was locked) while the case is still on screen.
    REQUIRE(AccessGrantRepository(c.t.db()).endAll(c.bob.user.id, GrantEnd::Locked, Clock::nowUtc()).ok());

    SECTION("declining the grant: the import never opens")
    {
        bool asked = false;
        whenModalOpens<OpenCaseDialog>([&](OpenCaseDialog* d) {
            asked = true;
            d->reject();
        });
        // Any log import dialog now would be the failure this test is about.
        bool importOpened = false;
        QTimer::singleShot(800, [&] {
            if (qobject_cast<LogImportDialog*>(QApplication::activeModalWidget())) {
                importOpened = true;
                test::closeModalDialogs();
            }
        });
        QTest::mouseClick(child<QPushButton>(&ws, "importLogButton"), Qt::LeftButton);
        QTest::qWait(900);
        CHECK(asked);
        CHECK_FALSE(importOpened);
        CHECK(c.incidentCount() == 0);
    }
    SECTION("giving the reason: the import then runs to the end")
    {
        bool imported = false;
        whenModalOpens<OpenCaseDialog>([&](OpenCaseDialog* d) {
            whenModalOpens<LogImportDialog>([&](LogImportDialog* importer) {
                importThroughEveryPage(importer, c.logPath);
                imported = !importer->isVisible() && importer->result() == QDialog::Accepted;
                test::closeModalDialogs();
            });
            giveReason(d);
        });
        QTest::mouseClick(child<QPushButton>(&ws, "importLogButton"), Qt::LeftButton);
        REQUIRE(test::waitFor([&] { return imported; }));
        CHECK(c.incidentCount() == 2);
    }
}

TEST_CASE("an import that cannot be done is refused before the first page, saying why", "[gui][access][accessfirst]")
{
    ScopedFakeClock clock(now);
    ColleaguesCase c;
    CaseWorkspace ws(c.t.db(), c.bob, c.caseId, QString());
    REQUIRE(ws.isLoaded());
    ws.show();
    // Alice deletes the case at her desk while Bob still has it on screen.
    auto detail = CaseService(c.t.db(), c.alice).loadCase(c.caseId);
    REQUIRE(detail.ok());
    const Session supervisor = test::sessionFor(c.t.db(), QStringLiteral("ds.hall"), {Role::Supervisor});
    test::joinTeam(c.t.db(), QStringLiteral("Response 1"), {c.alice.user.id, supervisor.user.id});
    REQUIRE(CaseService(c.t.db(), supervisor).deleteCase(c.caseId).ok());

    WarningCatcher warnings;
    bool importOpened = false;
    QTimer::singleShot(500, [&] {
        if (qobject_cast<LogImportDialog*>(QApplication::activeModalWidget())) {
            importOpened = true;
            test::closeModalDialogs();
        }
    });
    QTest::mouseClick(child<QPushButton>(&ws, "importLogButton"), Qt::LeftButton);
    QTest::qWait(600);
    CHECK_FALSE(importOpened);
    REQUIRE(warnings.seen.size() == 1);
    CHECK(warnings.seen.first().startsWith(QStringLiteral("Import complainant's log: ")));
    CHECK(warnings.seen.first().contains(QStringLiteral("no longer exists")));
}
