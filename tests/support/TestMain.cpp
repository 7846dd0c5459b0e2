// The only file that defines CATCH_CONFIG_RUNNER. Catch's test discovery runs this binary at
// build time, where there is no display: default to the offscreen platform before Qt starts.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

#ifdef CONDUCT_TESTS_NEED_WIDGETS
#include <QApplication>
#include "widgets/KeyboardConventions.h"
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

namespace {
QtMessageHandler defaultHandler = nullptr;

// The offscreen platform warns about window hints it cannot honour; that noise hides real output.
void quietOffscreenNoise(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints"))) return;
    if (defaultHandler) defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    defaultHandler = qInstallMessageHandler(quietOffscreenNoise);
    QStandardPaths::setTestModeEnabled(true);   // never touch the user's real data or settings
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("ConductTests"));
    TestApplication::setApplicationName(QStringLiteral("conduct-tests"));
    // Settings written by one run (e.g. the last officer's name) must not leak into the next.
    const QTemporaryDir settingsFolder;
    for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settingsFolder.path());
#ifdef CONDUCT_TESTS_NEED_WIDGETS
    conduct::installKeyboardConventions();   // as app/main.cpp does: every widget test sees the real conventions
#endif
    return Catch::Session().run(argc, argv);
}
