#pragma once
// The case's Unique Reference Number (mg-forms.md §2): force code (2 digits), station or
// unit (2 letters), serial (5 digits), year (2 digits), e.g. 45AA0209820.

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace conduct {

struct ParsedUrn {
    QString normalised;   // upper case, no spaces, '/' or '-'
    bool longForm = false;   // the 13-character variant with a 7-digit serial: accepted with a warning
    QString warning;
    // The four boxes printed on page 1 of the MG forms.
    QStringList boxes() const;
};

QString normaliseUrn(const QString& text);
Result<ParsedUrn> parseUrn(const QString& text);

} // namespace conduct
