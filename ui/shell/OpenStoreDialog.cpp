#include "shell/OpenStoreDialog.h"

#include "store/PostgresLocation.h"

#include <QInputDialog>
#include <QLineEdit>

namespace conduct {

PasswordHandler& passwordOverride()
{
    static PasswordHandler handler;
    return handler;
}

namespace {
std::optional<QString> askPassword(QWidget* parent, const QString& server, const QString& problem)
{
    if (passwordOverride()) return passwordOverride()(server, problem);
    bool ok = false;
    const QString text = QInputDialog::getText(parent, QObject::tr("Sign in to the server"),
                                               QObject::tr("%1\n\nPassword for %2:").arg(problem, server),
                                               QLineEdit::Password, QString(), &ok);
    if (!ok) return std::nullopt;
    return text;
}
} // namespace

Result<std::unique_ptr<Database>> openStoreInteractively(const QString& location, QWidget* parent, OpenOptions options)
{
    auto opened = Database::open(location, options);
    // Three tries, as at a sign-in; each refusal's message is shown above the next question.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (opened.ok() || !isPostgresAddress(location) || opened.error().field != QLatin1String("Password")) return opened;
        const auto password = askPassword(parent, parsePostgresAddress(location)->displayText(), opened.error().message);
        if (!password) return opened;
        options.password = *password;
        opened = Database::open(location, options);
    }
    return opened;
}

} // namespace conduct
