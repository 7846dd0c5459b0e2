#include "store/PostgresLocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::PostgresLocation", text); }

const QString field = QStringLiteral("Server address");

// libpq's own sslmode values (https://www.postgresql.org/docs/15/libpq-ssl.html).
const QStringList sslModes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                              QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
// And its target_session_attrs values (PostgreSQL 15, libpq-connect.html).
const QStringList sessionAttributes = {QStringLiteral("any"), QStringLiteral("read-write"), QStringLiteral("read-only"),
                                       QStringLiteral("primary"), QStringLiteral("standby"), QStringLiteral("prefer-standby")};

bool isLocalHost(const QString& host)
{
    return host.isEmpty() || host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1") || host.startsWith(QLatin1Char('/'));
}

// A value in libpq's key='value' form: quoted, with \ and ' escaped.
QString quotedOption(const QString& value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'")) +
           QLatin1Char('\'');
}

struct HostList {
    QString hosts;   // comma-separated
    int port = 5432;
};

// libpq's multi-host form, host1:port,host2:port, which QUrl cannot read. One port for all: the
// driver passes a single number (QSqlDatabase::setPort).
Result<HostList> parseHostList(const QString& authority)
{
    static const QRegularExpression entry(QStringLiteral("^([A-Za-z0-9.-]+)(?::([0-9]{1,5}))?$"));
    QStringList hosts;
    QList<int> ports;
    for (const QString& part : authority.split(QLatin1Char(','))) {
        const auto match = entry.match(part);
        if (!match.hasMatch())
            return fieldError(field, tr("\"%1\" is not a host name. With several servers, write host names or IPv4 "
                                        "addresses separated by commas, as in db1.unit.police.uk,db2.unit.police.uk.")
                                         .arg(part));
        hosts.append(match.captured(1).toLower());
        ports.append(match.captured(2).isEmpty() ? 5432 : match.captured(2).toInt());
    }
    for (int port : ports)
        if (port != ports.first())
            return fieldError(field, tr("Every server in the address must use the same port; give each the same "
                                        "number, or none for 5432."));
    return HostList{hosts.join(QLatin1Char(',')), ports.first()};
}
} // namespace

bool isPostgresAddress(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

QString defaultSslModeFor(const QString& host)
{
    for (const QString& one : host.split(QLatin1Char(',')))
        if (!isLocalHost(one)) return QStringLiteral("verify-full");
    return QStringLiteral("prefer");
}

Result<PostgresLocation> parsePostgresAddress(const QString& text)
{
    const QString example = QStringLiteral("postgresql://officer@db.example.police.uk:5432/conduct");
    if (!isPostgresAddress(text))
        return fieldError(field, tr("%1 is not a server address. Write it as %2.").arg(text, example));
    // Several hosts: checked here, then the first stands in for them while QUrl reads the rest.
    static const QRegularExpression parts(QStringLiteral("^(postgres(?:ql)?://)([^@/?#]*@)?([^/?#]*)(.*)$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const auto split = parts.match(text);
    std::optional<HostList> hostList;
    QString single = text;
    if (split.hasMatch() && split.captured(3).contains(QLatin1Char(','))) {
        auto list = parseHostList(split.captured(3));
        if (!list.ok()) return list.error();
        hostList = list.value();
        single = split.captured(1) + split.captured(2) + QStringLiteral("multiple.invalid:%1").arg(hostList->port) +
                 split.captured(4);
    }
    const QUrl url(single, QUrl::StrictMode);
    if (!url.isValid())
        return fieldError(field, tr("The address cannot be read (%1). Write it as %2.").arg(url.errorString(), example));
    if (!url.password().isEmpty())
        return fieldError(field, tr("The address contains a password. Remove it: Conduct asks for the password, or "
                                    "reads it from ~/.pgpass, so that it never appears on a command line or in a log."));
    PostgresLocation location;
    if (!url.host().isEmpty()) location.host = url.host();
    if (hostList) location.host = hostList->hosts;
    location.port = url.port(5432);
    if (location.port < 1 || location.port > 65535)
        return fieldError(field, tr("The port must be between 1 and 65535."));
    location.user = url.userName();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/')))
        return fieldError(field, tr("The address names no database. Add it after the host, as in %1.").arg(example));
    location.sslMode = defaultSslModeFor(location.host);

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
        } else if (key == QLatin1String("sslrootcert")) {
            // The driver turns every ';' of its options into a space, so such a path could not
            // reach libpq whole.
            if (!value.startsWith(QLatin1Char('/')) || value.contains(QLatin1Char(';')))
                return fieldError(field, tr("sslrootcert must be the full path of the CA certificate file on this desk, "
                                            "starting with / and without ';', as in "
                                            "/etc/conduct/unit-ca.crt."));
            location.sslRootCert = value;
        } else if (key == QLatin1String("target_session_attrs")) {
            if (!sessionAttributes.contains(value))
                return fieldError(field, tr("target_session_attrs must be one of %1; read-write finds the primary "
                                            "among several servers.").arg(sessionAttributes.join(QStringLiteral(", "))));
            location.targetSessionAttrs = value;
        } else {
            return fieldError(field, tr("The address has a setting Conduct does not use: %1. Only sslmode, schema, "
                                        "role, sslrootcert and target_session_attrs are accepted.").arg(key));
        }
    }
    return location;
}

bool PostgresLocation::isLocal() const { return defaultSslModeFor(host) == QLatin1String("prefer"); }

bool PostgresLocation::allowsPlainTextOverNetwork() const
{
    static const QStringList plainTextModes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer")};
    return !isLocal() && plainTextModes.contains(sslMode);
}

QString PostgresLocation::connectOptions(const QString& applicationName) const
{
    QStringList options = {QStringLiteral("sslmode=") + sslMode, QStringLiteral("connect_timeout=10"),
                           QStringLiteral("application_name=") + applicationName};
    if (!sslRootCert.isEmpty()) options.append(QStringLiteral("sslrootcert=") + quotedOption(sslRootCert));
    if (!targetSessionAttrs.isEmpty()) options.append(QStringLiteral("target_session_attrs=") + targetSessionAttrs);
    return options.join(QLatin1Char(';'));
}

QString PostgresLocation::displayText() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty()) text += user + QLatin1Char('@');
    QStringList hosts;
    for (const QString& one : host.split(QLatin1Char(',')))
        hosts.append((one.contains(QLatin1Char(':')) ? QLatin1Char('[') + one + QLatin1Char(']') : one) + QLatin1Char(':') +
                     QString::number(port));
    text += hosts.join(QLatin1Char(',')) + QLatin1Char('/') + database;
    QStringList settings;
    // sslmode too unless it is the default for these hosts, so that the text opens the same
    // store the same way again (File ▸ Recent databases keeps it: issue 30).
    if (sslMode != defaultSslModeFor(host)) settings.append(QStringLiteral("sslmode=") + sslMode);
    if (!schema.isEmpty()) settings.append(QStringLiteral("schema=") + schema);
    if (!role.isEmpty()) settings.append(QStringLiteral("role=") + role);
    if (!sslRootCert.isEmpty())
        settings.append(QStringLiteral("sslrootcert=") + QString::fromLatin1(QUrl::toPercentEncoding(sslRootCert, "/")));
    if (!targetSessionAttrs.isEmpty()) settings.append(QStringLiteral("target_session_attrs=") + targetSessionAttrs);
    if (!settings.isEmpty()) text += QLatin1Char('?') + settings.join(QLatin1Char('&'));
    return text;
}

} // namespace conduct
