#include "Commands.h"

#include <array>

namespace conduct::cli {

namespace {
constexpr std::array table{
    Command{"version", "Print the version and exit.", false, &runVersion},
};
} // namespace

std::span<const Command> commands() { return table; }

const Command* findCommand(const QString& name)
{
    for (const Command& c : table)
        if (name == QLatin1String(c.name)) return &c;
    return nullptr;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace conduct::cli
