#pragma once
// Schema version 6: withdrawal, victim care, bail, orders, charging and pleas (protocol 4–9).
// Only Migrations.cpp calls this.

#include <QStringList>

namespace conduct {

QStringList schemaV6();

} // namespace conduct
