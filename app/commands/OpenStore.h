#pragma once
// Opening the store named by a command's --db: a file, or a server address (issue 12). A server
// that wants a password not found in ~/.pgpass gets one typed at the terminal, never one taken
// from the command line.

#include "store/Database.h"

namespace conduct::cli {

Result<std::unique_ptr<Database>> openStoreForCommand(const QString& location, const OpenOptions& options = {});

} // namespace conduct::cli
