#pragma once
// tests/data/permissions.tsv read as (role, action, allowed?) rows: the independent statement of
// who may do what, which the server's generated grants are checked against (issue 25).

#include "TestSupport.h"

#include "security/Permissions.h"

#include <QFile>

namespace conduct::test {

struct PermissionRow {
    Role role;
    Action action;
    bool allowed;   // "allowed" or "reason"; "denied" is false
};

inline QList<PermissionRow> permissionRows()
{
    QFile file(sourcePath(QStringLiteral("tests/data/permissions.tsv")));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<PermissionRow> rows;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        REQUIRE(cells.size() == 4);
        const auto role = roleFromCode(cells.at(0));
        REQUIRE(role.has_value());
        std::optional<Action> action;
        for (Action a : allActions())
            if (actionCode(a) == cells.at(1)) action = a;
        INFO("permissions.tsv: " << line.toStdString());
        REQUIRE(action.has_value());
        rows.append({*role, *action, cells.at(2) != QLatin1String("denied")});
    }
    return rows;
}

} // namespace conduct::test
