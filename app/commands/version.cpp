#include "Commands.h"

#include <QCoreApplication>

namespace conduct::cli {

int runVersion(const QStringList&)
{
    out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
    return 0;
}

} // namespace conduct::cli
