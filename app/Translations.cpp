#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace conduct {
namespace {

// "cy-GB", "cy_GB.UTF-8" and "cy_GB@euro" all name the file suffix "cy_GB".
QString fileSuffixFor(const QString& language)
{
    QString name = language.trimmed();
    for (QChar stop : {u'.', u'@'})
        if (const qsizetype at = name.indexOf(stop); at >= 0) name.truncate(at);
    name.replace(u'-', u'_');
    return name;
}

bool isSourceLanguage(const QString& suffix)
{
    return suffix == QLatin1String("en") || suffix.startsWith(QLatin1String("en_"))
        || suffix == QLatin1String("C") || suffix == QLatin1String("POSIX");
}

// Tries "cy_GB" then "cy": a regional preference is served by the language's translation.
QString bundledTranslationFor(const QString& suffix)
{
    QStringList candidates{suffix};
    if (const qsizetype underscore = suffix.indexOf(u'_'); underscore > 0) candidates.append(suffix.left(underscore));
    for (const QString& candidate : candidates) {
        const QString path = QStringLiteral(":/i18n/conduct_%1.qm").arg(candidate);
        if (QFile::exists(path)) return candidate;
    }
    return {};
}

bool installFrom(QCoreApplication& app, const QString& fileName, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator)) return true;
    delete translator;
    return false;
}

} // namespace

QStringList preferredUiLanguages()
{
    QStringList languages;
    const QString fromEnvironment = qEnvironmentVariable("LANGUAGE");
    for (const QString& language : fromEnvironment.split(u':', Qt::SkipEmptyParts)) languages.append(language);
    languages.append(QLocale::system().uiLanguages());
    languages.removeDuplicates();
    return languages;
}

QString installTranslations(QCoreApplication& app, const QStringList& languages)
{
    for (const QString& language : languages) {
        const QString suffix = fileSuffixFor(language);
        if (suffix.isEmpty()) continue;
        if (isSourceLanguage(suffix)) return {};
        const QString found = bundledTranslationFor(suffix);
        if (found.isEmpty()) continue;
        if (!installFrom(app, QStringLiteral("conduct_%1").arg(found), QStringLiteral(":/i18n"))) continue;
        // Qt's own strings (OK, Cancel, file dialogs); Debian ships them for some languages only.
        installFrom(app, QStringLiteral("qtbase_%1").arg(found), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return found;
    }
    return {};
}

} // namespace conduct
