#include "commands/OpenStore.h"

#include "commands/SecretInput.h"
#include "store/PostgresLocation.h"

#include <QCoreApplication>

namespace conduct::cli {

Result<std::unique_ptr<Database>> openStoreForCommand(const QString& location, const OpenOptions& options)
{
    auto opened = Database::open(location, options);
    // Database names the Password field when the server refused or lacked one.
    if (opened.ok() || !isPostgresAddress(location) || opened.error().field != QLatin1String("Password")) return opened;
    OpenOptions withPassword = options;
    withPassword.password = readSecretLine(
        QCoreApplication::translate("conduct::cli", "Password for %1: ").arg(parsePostgresAddress(location)->displayText()));
    if (withPassword.password.isEmpty()) return opened;
    return Database::open(location, withPassword);
}

} // namespace conduct::cli
