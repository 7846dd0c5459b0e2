#include "store/server/ServerRoles.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ServerRoles", text); }
} // namespace

Result<ServerNames> ServerNames::forPrefix(const QString& prefix)
{
    // 20 + "_" + 40 (the longest user name) stays under PostgreSQL's 63-byte identifiers.
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,19}$"));
    if (!pattern.match(prefix).hasMatch())
        return fieldError(QStringLiteral("--prefix"),
                          tr("\"%1\" cannot name a store's roles. Use 1 to 20 lower-case letters, digits and underscores, "
                             "starting with a letter, e.g. --prefix sht_north.").arg(prefix));
    return ServerNames(prefix);
}

QString ServerNames::groupRole(Role role) const { return m_prefix + QLatin1Char('_') + roleCode(role); }

Status checkServerUserName(const QString& userName)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,40}$"));
    if (pattern.match(userName).hasMatch()) return {};
    return fieldError(tr("User name"), tr("On a server store a user name becomes a database role: use 1 to 40 letters, "
                                          "digits, dots, underscores or hyphens."));
}

QString quotedIdentifier(const QString& name)
{
    QString inner = name;
    return QLatin1Char('"') + inner.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString quotedLiteral(const QString& text)
{
    QString inner = text;
    return QLatin1Char('\'') + inner.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace conduct
