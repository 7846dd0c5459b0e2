#include "SecretInput.h"

#include "Commands.h"

#include <termios.h>
#include <unistd.h>

namespace conduct::cli {

QString readSecretLine(const QString& prompt)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    // One stream for the whole process: a second QTextStream on stdin would miss what the first buffered.
    static QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    return line;
}

} // namespace conduct::cli
