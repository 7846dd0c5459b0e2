// The only file that defines CATCH_CONFIG_RUNNER. Catch's test discovery runs this binary at
// build time, where there is no display: default to the offscreen platform before Qt starts.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QStandardPaths>
#include <QtGlobal>

#ifdef CONDUCT_TESTS_NEED_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);   // never touch the user's real data or settings
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("ConductTests"));
    TestApplication::setApplicationName(QStringLiteral("conduct-tests"));
    return Catch::Session().run(argc, argv);
}
