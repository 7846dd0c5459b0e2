#pragma once
// Reading a password or passphrase for the command line: from standard input, never from the
// command line itself (other users of the machine can read a process's arguments).

#include <QString>

namespace conduct::cli {

// One line from standard input; on a terminal the prompt is shown and typing is not echoed.
QString readSecretLine(const QString& prompt);

} // namespace conduct::cli
