// The interface language: which translation installTranslations() picks, and that the embedded
// Welsh translation really renames the menus. Uses the .qm files compiled from translations/.

#include "TestSupport.h"
#include "Translations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>

namespace {

QString menuText(const char* source) { return QCoreApplication::translate("conduct::MainWindow", source); }

void removeInstalledTranslations()
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Each test starts and ends in English, whatever the machine's locale.
struct EnglishInterface {
    EnglishInterface() { removeInstalledTranslations(); }
    ~EnglishInterface() { removeInstalledTranslations(); }
};

QString install(const QStringList& languages)
{
    return conduct::installTranslations(*QCoreApplication::instance(), languages);
}

} // namespace

TEST_CASE("Welsh turns the menus into Welsh", "[translations]")
{
    EnglishInterface english;
    REQUIRE(install({QStringLiteral("cy")}) == QStringLiteral("cy"));
    CHECK(menuText("&File") == QStringLiteral("&Ffeil"));
    CHECK(menuText("&Edit") == QStringLiteral("&Golygu"));
    CHECK(menuText("&Help") == QStringLiteral("&Cymorth"));
    CHECK(menuText("&New case…") == QStringLiteral("Achos &newydd…"));
    CHECK(menuText("&Open database…") == QStringLiteral("&Agor cronfa ddata…"));
    CHECK(menuText("&Quit") == QStringLiteral("&Gadael"));
    CHECK(menuText("Load &example case") == QStringLiteral("Llwytho achos &enghreifftiol"));
}

TEST_CASE("Strings not yet translated into Welsh stay in English", "[translations]")
{
    EnglishInterface english;
    REQUIRE(install({QStringLiteral("cy")}) == QStringLiteral("cy"));
    CHECK(menuText("Open or create a Conduct database") == QStringLiteral("Open or create a Conduct database"));
}

TEST_CASE("A regional or encoded Welsh locale uses the Welsh translation", "[translations]")
{
    for (const char* locale : {"cy_GB", "cy-GB", "cy_GB.UTF-8", "cy_GB.UTF-8@euro"}) {
        EnglishInterface english;
        INFO(locale);
        CHECK(install({QString::fromLatin1(locale)}) == QStringLiteral("cy"));
        CHECK(menuText("&File") == QStringLiteral("&Ffeil"));
    }
}

TEST_CASE("English preferred before Welsh keeps the interface in English", "[translations]")
{
    EnglishInterface english;
    CHECK(install({QStringLiteral("en_GB"), QStringLiteral("cy")}).isEmpty());
    CHECK(menuText("&File") == QStringLiteral("&File"));
}

TEST_CASE("A language without a translation falls through to the next preference", "[translations]")
{
    EnglishInterface english;
    CHECK(install({QStringLiteral("fr_FR"), QStringLiteral("cy")}) == QStringLiteral("cy"));
    CHECK(menuText("&Help") == QStringLiteral("&Cymorth"));
}

TEST_CASE("No language Conduct has leaves the interface in English", "[translations]")
{
    EnglishInterface english;
    CHECK(install({QStringLiteral("fr_FR"), QStringLiteral("de")}).isEmpty());
    CHECK(install({}).isEmpty());
    CHECK(menuText("&File") == QStringLiteral("&File"));
}

TEST_CASE("LANGUAGE orders the preferred languages ahead of the locale", "[translations]")
{
    const QByteArray saved = qgetenv("LANGUAGE");
    const bool wasSet = qEnvironmentVariableIsSet("LANGUAGE");
    qputenv("LANGUAGE", "cy:en_GB");
    const QStringList languages = conduct::preferredUiLanguages();
    if (wasSet) qputenv("LANGUAGE", saved); else qunsetenv("LANGUAGE");

    REQUIRE(languages.size() >= 2);
    CHECK(languages.at(0) == QStringLiteral("cy"));
    CHECK(languages.at(1) == QStringLiteral("en_GB"));
}
