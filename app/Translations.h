#pragma once
// The user-interface language. Translations live in translations/conduct_<language>.ts and are
// compiled into the binary under :/i18n, so an installed Conduct needs no translation files on disk.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace conduct {

// The user's interface languages, most preferred first: GNU LANGUAGE (the colon-separated list a
// desktop's language setting writes, e.g. "cy:en_GB"), then QLocale::system().uiLanguages().
QStringList preferredUiLanguages();

// Installs the translation for the first of `languages` that Conduct has, with Qt's own strings
// (standard buttons) for that language where the system has them. English is the source language:
// reaching an English entry stops the search. Returns the language installed (e.g. "cy"), or an
// empty string when the interface stays in English.
QString installTranslations(QCoreApplication& app, const QStringList& languages = preferredUiLanguages());

} // namespace conduct
