#pragma once
// Opening the store at start-up: a file, or a force's server (issue 12). When the server wants a
// password that ~/.pgpass does not hold, the officer is asked for it in a password field; it is
// kept only in memory, for this connection.

#include "store/Database.h"

#include <functional>
#include <optional>

class QWidget;

namespace conduct {

// `location` is a file path or a postgresql:// address, told apart by Database::open.
Result<std::unique_ptr<Database>> openStoreInteractively(const QString& location, QWidget* parent = nullptr,
                                                         OpenOptions options = {});

// TESTS: answers the password question instead of a dialog (empty optional: cancelled).
using PasswordHandler = std::function<std::optional<QString>(const QString& server, const QString& problem)>;
PasswordHandler& passwordOverride();

} // namespace conduct
