// Issue 31: the exhibit register says what is known of each exhibit's files, not "hash verified"
// for files nobody has re-checked since they came in: the hash taken on attaching is the reference
// value, a re-check is a verification, and a file that no longer matches is CHANGED.

#include "TestSupport.h"

#include "case/CaseWorkspace.h"
#include "common/Clock.h"
#include "evidence/EvidenceTabs.h"
#include "evidence/ExhibitsPage.h"
#include "services/DemoCase.h"
#include "services/EvidenceService.h"
#include "store/Database.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace conduct;

namespace {
constexpr int filesColumn = 6;

QString filesCell(ExhibitsPage& page, const QString& reference)
{
    for (int row = 0; row < page.table()->rowCount(); ++row)
        if (page.table()->item(row, 0)->text() == reference) return page.table()->item(row, filesColumn)->text();
    return QStringLiteral("(no row for %1)").arg(reference);
}
} // namespace

TEST_CASE("the exhibit register says a file was never re-checked, then when it matched, then that it changed", "[exhibitregisterui]")
{
    // 14:00 UK time on 7 December (GMT): the attaching moment.
    ScopedFakeClock clock(QDateTime(QDate(2026, 12, 7), QTime(14, 0), Qt::UTC));
    test::TempDatabase t;
    auto id = ensureDemoCase(t.db(), t.session());
    REQUIRE(id.ok());
    CaseWorkspace ws(t.db(), t.session(), id.value(), QString());
    REQUIRE(ws.isLoaded());
    ExhibitsPage& page = *ws.evidence()->exhibits();

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("doorbell-still.png"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not really a picture, but bytes with a hash");
    }
    const Exhibit first = page.exhibits().first();
    page.table()->selectRow(0);
    page.setFileChooser([&] { return path; });
    page.findChild<QPushButton*>(QStringLiteral("attachFileButton"))->click();
    const QString justAttached = filesCell(page, first.reference);
    INFO(justAttached.toStdString());
    CHECK(justAttached.contains(QStringLiteral("not yet re-checked")));
    CHECK_FALSE(justAttached.contains(QStringLiteral("verified")));
    CHECK_FALSE(justAttached.contains(QStringLiteral("matched")));

    clock.set(QDateTime(QDate(2026, 12, 7), QTime(14, 2), Qt::UTC));
    page.findChild<QPushButton*>(QStringLiteral("verifyFilesButton"))->click();
    const QString afterCheck = filesCell(page, first.reference);
    INFO(afterCheck.toStdString());
    CHECK(afterCheck.contains(QStringLiteral("✔ matched on 07/12/2026 14:02")));
    if (qEnvironmentVariableIsSet("CONDUCT_SCREENSHOT_DIR")) {
        ws.resize(1280, 820);
        ws.show();
        if (auto* tabs = ws.findChild<QTabWidget*>(QStringLiteral("caseTabs"))) tabs->setCurrentWidget(&page);
        CHECK(test::keepScreenshot(ws.grab().toImage(), QStringLiteral("exhibit-register-checks.png")));
    }
    CHECK_FALSE(afterCheck.contains(QStringLiteral("not yet re-checked")));

    // The stored copy is altered behind Conduct's back; the next check finds it.
    qint64 attachmentId = 0;
    for (const Exhibit& e : page.exhibits())
        if (e.id == first.id)
            for (const AttachmentInfo& a : e.attachments)
                if (a.fileName == QStringLiteral("doorbell-still.png")) attachmentId = a.id;
    REQUIRE(attachmentId > 0);
    auto altered = t.db().exec(QStringLiteral("UPDATE attachment_content SET content = ? WHERE attachment_id = ?"),
                               {QByteArray("something else"), attachmentId});
    REQUIRE(altered.ok());
    clock.set(QDateTime(QDate(2026, 12, 7), QTime(14, 5), Qt::UTC));
    page.findChild<QPushButton*>(QStringLiteral("verifyFilesButton"))->click();
    CHECK(filesCell(page, first.reference).contains(QStringLiteral("CHANGED")));
}
