// The export dialog driven as an officer uses it: choose documents, read what is missing and the
// confidential-contact warning, preview, give the disclosure details, save; and Ctrl+E from a case.

#include "GuiTestSupport.h"

#include "case/CaseWorkspace.h"
#include "export/ExportDialog.h"
#include "widgets/FieldErrors.h"
#include "shell/MainWindow.h"
#include "widgets/Prompts.h"
#include "security/AuditLog.h"
#include "services/DemoCase.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace conduct;
using test::child;
using test::whenModalOpens;

namespace {
// Answers the dialog's seams for one test, and puts them back afterwards.
struct Seams {
    QString savePath;
    QStringList questions;
    Seams()
    {
        ExportDialog::saveFileOverride() = [this](const QString&) { return savePath; };
        prompts::override() = [this](const QString&, const QString& text, QMessageBox::StandardButtons) {
            questions.append(text);
            return QMessageBox::Yes;
        };
    }
    ~Seams()
    {
        ExportDialog::saveFileOverride() = nullptr;
        prompts::override() = nullptr;
    }
};

int disclosureCount(Database& db)
{
    auto all = AuditLog::readAll(db);
    REQUIRE(all.ok());
    int n = 0;
    for (const AuditRecord& r : all.value()) n += r.action == AuditAction::Disclose ? 1 : 0;
    return n;
}
} // namespace

TEST_CASE("Export dialog: missing values, confidential warning, preview and a recorded save", "[gui][exportdialog]")
{
    test::TempDatabase t;
    auto demo = ensureDemoCase(t.db(), t.session());
    REQUIRE(demo.ok());
    Seams seams;
    seams.savePath = t.dir.filePath(QStringLiteral("demo-mg3.pdf"));
    ExportDialog dialog(t.db(), t.session(), demo.value(), DocumentSettings{.forceName = QStringLiteral("Exampleshire Police")});
    dialog.show();
    REQUIRE(dialog.isReady());

    // MG3 is ticked to begin with; the demo case has no charging data yet.
    CHECK(child<QCheckBox>(&dialog, "document_mg3")->isChecked());
    auto* missing = child<QListWidget>(&dialog, "missingList");
    REQUIRE(missing->count() > 0);
    CHECK(missing->item(0)->text().startsWith(QStringLiteral("MG3: ")));
    auto* warning = child<QLabel>(&dialog, "confidentialWarning");
    CHECK_FALSE(warning->isVisible());   // the MG3 is not served on the defence

    auto* chronology = child<QCheckBox>(&dialog, "document_chronology");
    chronology->setFocus();
    QTest::keyClick(chronology, Qt::Key_Space);
    REQUIRE(chronology->isChecked());
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("confidential address")));

    QTest::mouseClick(child<QPushButton>(&dialog, "previewButton"), Qt::LeftButton);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("previewPage1")) != nullptr);
    QApplication::processEvents();   // lay the pages out before looking
    CHECK(child<QLabel>(&dialog, "previewPage1")->isVisible());
    CHECK(test::keepScreenshot(dialog.grab().toImage(), QStringLiteral("export-dialog.png")));

    SECTION("saving without a justification is refused, naming the field")
    {
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        CHECK_FALSE(QFile::exists(seams.savePath));
        auto* banner = dialog.findChild<ErrorBanner*>();
        REQUIRE(banner != nullptr);
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("Justification")));
        CHECK(QApplication::focusWidget() == child<QLineEdit>(&dialog, "justificationEdit"));
        CHECK(disclosureCount(t.db()) == 0);
    }
    SECTION("with justification and recipient, the officer confirms the warning and the PDF is saved and recorded")
    {
        QTest::keyClicks(child<QLineEdit>(&dialog, "justificationEdit"), QStringLiteral("pre-charge file"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "recipientEdit"), QStringLiteral("CPS Direct"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        REQUIRE(seams.questions.size() == 1);
        CHECK(seams.questions.first().contains(QStringLiteral("3 sample close")));
        CHECK(QFile::exists(seams.savePath));
        CHECK(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("CPS Direct")));
        CHECK(disclosureCount(t.db()) == 1);
    }
    SECTION("the charging file bundle replaces the single documents")
    {
        auto* bundle = child<QCheckBox>(&dialog, "chargingBundleCheck");
        // What the bundle holds for this case, from the document registry (the demo records a withdrawal).
        CHECK(bundle->toolTip().contains(QStringLiteral("Chronology of incidents")));
        CHECK(bundle->toolTip().contains(QStringLiteral("MG11 Withdrawal statement")));
        bundle->setFocus();
        QTest::keyClick(bundle, Qt::Key_Space);
        CHECK_FALSE(chronology->isEnabled());
        CHECK(dialog.selection().chargingBundle);
    }
}

TEST_CASE("Ctrl+E in a case opens the export dialog for that case", "[gui][exportdialog]")
{
    test::TempDatabase t;
    auto demo = ensureDemoCase(t.db(), t.session());
    REQUIRE(demo.ok());
    const Session session = t.session();
    MainWindow window(std::move(t.database), session);
    window.show();
    REQUIRE(window.openCase(demo.value()) != nullptr);
    bool opened = false;
    QTimer::singleShot(0, [&] {
        REQUIRE(test::waitFor([] { return qobject_cast<ExportDialog*>(QApplication::activeModalWidget()) != nullptr; }));
        auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
        opened = dialog->isReady() && dialog->caseFile().caseRecord.urn == QString::fromLatin1(demoCaseUrn);
        dialog->reject();
    });
    auto* action = child<QAction>(&window, "exportAction");
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
    action->trigger();
    CHECK(opened);
}
