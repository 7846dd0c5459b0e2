#include "store/PostgresLocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::PostgresLocation", text); }

const QString field = QStringLiteral("Server address");

// libpq's own sslmode values (https://www.postgresql.org/docs/15/libpq-ssl.html).
const QStringList sslModes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                              QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
} // namespace

bool isPostgresAddress(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<PostgresLocation> parsePostgresAddress(const QString& text)
{
    const QString example = QStringLiteral("postgresql://officer@db.example.police.uk:5432/conduct");
    if (!isPostgresAddress(text))
        return fieldError(field, tr("%1 is not a server address. Write it as %2.").arg(text, example));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fieldError(field, tr("The address cannot be read (%1). Write it as %2.").arg(url.errorString(), example));
    if (!url.password().isEmpty())
        return fieldError(field, tr("The address contains a password. Remove it: Conduct asks for the password, or "
                                    "reads it from ~/.pgpass, so that it never appears on a command line or in a log."));
    PostgresLocation location;
    if (!url.host().isEmpty()) location.host = url.host();
    location.port = url.port(5432);
    if (location.port < 1 || location.port > 65535)
        return fieldError(field, tr("The port must be between 1 and 65535."));
    location.user = url.userName();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/')))
        return fieldError(field, tr("The address names no database. Add it after the host, as in %1.").arg(example));

    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes.contains(value))
                return fieldError(field, tr("sslmode must be one of %1.").arg(sslModes.join(QStringLiteral(", "))));
            location.sslMode = value;
        } else if (key == QLatin1String("schema")) {
            // The schema name is placed in SQL text (SET search_path takes no parameters), so
            // only plain lower-case identifiers are accepted.
            static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
            if (!identifier.match(value).hasMatch())
                return fieldError(field, tr("The schema name must be lower-case letters, digits and underscores, "
                                            "starting with a letter."));
            location.schema = value;
        } else if (key == QLatin1String("role")) {
            // Placed in SQL text too (SET ROLE takes no parameters).
            static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
            if (!identifier.match(value).hasMatch())
                return fieldError(field, tr("The role name must be lower-case letters, digits and underscores, "
                                            "starting with a letter."));
            location.role = value;
        } else {
            return fieldError(field, tr("The address has a setting Conduct does not use: %1. Only sslmode, schema and "
                                        "role are accepted.").arg(key));
        }
    }
    return location;
}

QString PostgresLocation::displayText() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty()) text += user + QLatin1Char('@');
    text += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    QStringList settings;
    // sslmode too unless it is the default, so that the text opens the same store the same way
    // again (File ▸ Recent databases keeps it: issue 30).
    if (sslMode != PostgresLocation().sslMode) settings.append(QStringLiteral("sslmode=") + sslMode);
    if (!schema.isEmpty()) settings.append(QStringLiteral("schema=") + schema);
    if (!role.isEmpty()) settings.append(QStringLiteral("role=") + role);
    if (!settings.isEmpty()) text += QLatin1Char('?') + settings.join(QLatin1Char('&'));
    return text;
}

} // namespace conduct
