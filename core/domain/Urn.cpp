#include "domain/Urn.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace conduct {

QString normaliseUrn(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == u'/' || c == u'-') continue;
        out.append(c.toUpper());
    }
    return out;
}

Result<ParsedUrn> parseUrn(const QString& text)
{
    static const QRegularExpression standard(QStringLiteral("^\\d{2}[A-Z]{2}\\d{5}\\d{2}$"));
    static const QRegularExpression longForm(QStringLiteral("^\\d{2}[A-Z]{2}\\d{7}\\d{2}$"));
    const QString field = QCoreApplication::translate("conduct::Urn", "URN");

    ParsedUrn urn;
    urn.normalised = normaliseUrn(text);
    if (urn.normalised.isEmpty())
        return fieldError(field, QCoreApplication::translate("conduct::Urn",
            "The URN is required, e.g. 45AA0209820 (force, unit, 5-digit serial, 2-digit year)."));
    if (standard.match(urn.normalised).hasMatch())
        return urn;
    if (longForm.match(urn.normalised).hasMatch()) {
        urn.longForm = true;
        urn.warning = QCoreApplication::translate("conduct::Urn",
            "This URN has a 7-digit serial. It is accepted, but check it against the force system: "
            "most URNs have 5 digits.");
        return urn;
    }
    return fieldError(field, QCoreApplication::translate("conduct::Urn",
        "\"%1\" is not a valid URN. Use 2 digits, 2 letters, a 5-digit serial and a 2-digit year, "
        "e.g. 45AA0209820 (spaces, '/' and '-' are ignored).").arg(text.left(40)));
}

QStringList ParsedUrn::boxes() const
{
    const int serialLength = longForm ? 7 : 5;
    return {normalised.mid(0, 2), normalised.mid(2, 2), normalised.mid(4, serialLength),
            normalised.mid(4 + serialLength, 2)};
}

} // namespace conduct
