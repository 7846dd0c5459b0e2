// conduct: start-up. Headless requests (help, version, subcommands) run without a display;
// otherwise the application window opens on the chosen database.

#include "shell/Appearance.h"
#include "case/CaseWorkspace.h"
#include "CommandLine.h"
#include "shell/MainWindow.h"
#include "shell/OpenStoreDialog.h"
#include "widgets/KeyboardConventions.h"
#include "widgets/Prompts.h"
#include "shell/SignInDialog.h"
#include "Translations.h"
#include "services/AppPaths.h"
#include "services/DemoCase.h"
#include "services/StartupStore.h"
#include "services/UnitPolicyService.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "common/PrivateFiles.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("conduct"));
    QCoreApplication::setApplicationName(QStringLiteral("conduct"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONDUCT_VERSION));
    // Recent databases and the last officer's name are personal data: the settings file is the
    // officer's alone, including one an older version left readable by others.
    const QString settingsFile = QSettings().fileName();
    if (const conduct::Status s = conduct::makeOwnerOnly(settingsFile, QStringLiteral("Settings")); !s.ok())
        qWarning("%s", qPrintable(s.error().text()));
}

QStringList argumentsOf(int argc, char* argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i) args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

int runGui(int argc, char* argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    conduct::installTranslations(app);   // Welsh where the desktop asks for it (LANGUAGE=cy)
    conduct::installKeyboardConventions();   // before any window: sign-in and store dialogs too
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Conduct"));
    QGuiApplication::setDesktopFileName(QStringLiteral("uk.police.Conduct"));

    conduct::cli::GuiOptions options;
    int exitCode = 0;
    if (!conduct::cli::parseGuiOptions(QApplication::arguments(), options, exitCode)) return exitCode;

    if (options.appearance) conduct::saveAppearance(*options.appearance);
    conduct::applyAppearance(conduct::savedAppearance());

    // The demo case always uses its own file; otherwise --db, the unit's deployed address or the
    // officer's own choice, then the desk's private file (StartupStore.h gives the order).
    const conduct::StartupStore store =
        options.demo && options.databasePath.isEmpty()
            ? conduct::StartupStore{conduct::exampleDatabasePath(), conduct::StartupStore::Source::LocalFile, {}}
            : conduct::chooseStartupStore(options.databasePath, conduct::readDeskStoreSettings(),
                                          conduct::defaultDatabasePath());
    if (store.source == conduct::StartupStore::Source::LocalFile) {
        if (conduct::Status s = conduct::ensureDataFolder(); !s.ok()) {
            QMessageBox::critical(nullptr, QStringLiteral("Conduct"), s.error().text());
            return 1;
        }
    }
    auto db = conduct::openStoreInteractively(store.location);
    if (!db.ok()) {
        QString message = db.error().text();
        if (!store.origin.isEmpty())
            message += QStringLiteral("\n\n") + QCoreApplication::translate("main", "Conduct tried %1.").arg(store.origin);
        QMessageBox::critical(nullptr, QStringLiteral("Conduct"), message);
        return 1;
    }
    auto session = conduct::SignInDialog::signIn(*db.value(), nullptr);
    if (!session) return 0;   // the user cancelled signing in
    qint64 demoCaseId = 0;
    if (options.demo) {
        auto id = conduct::ensureDemoCase(*db.value(), *session);
        if (!id.ok()) {
            QMessageBox::critical(nullptr, QStringLiteral("Conduct"), id.error().text());
            return 1;
        }
        demoCaseId = id.value();
    }
    // A daily safety copy beside the database (issue 9); a failure must not stop the officer working.
    auto backup = conduct::maybeAutoBackup(*db.value(), conduct::unitPolicyOrDefaults(*db.value()).backupPolicy());
    conduct::MainWindow window(std::move(db).value(), *session);
    window.show();
    if (!backup.ok())
        window.statusBar()->showMessage(QCoreApplication::translate("main", "Automatic backup failed: %1")
                                            .arg(backup.error().text()));
    if (demoCaseId > 0)
        if (conduct::CaseWorkspace* ws = window.openCase(demoCaseId)) ws->showIncidents();
    return app.exec();
}
} // namespace

int main(int argc, char* argv[])
{
    conduct::restrictNewFilesToOwner();   // OFFICIAL-SENSITIVE: nothing this process writes is readable by others
    const QStringList arguments = argumentsOf(argc, argv);
    switch (conduct::cli::modeFor(arguments)) {
    case conduct::cli::Mode::Headless: {
        QCoreApplication app(argc, argv);   // no window, so no display server is needed
        describeApplication();
        return conduct::cli::runHeadless(arguments);
    }
    case conduct::cli::Mode::HeadlessWithGui: {
        // PDF rendering needs fonts, hence QGuiApplication, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        return conduct::cli::runHeadless(arguments);
    }
    case conduct::cli::Mode::Gui:
        break;
    }
    return runGui(argc, argv);
}
