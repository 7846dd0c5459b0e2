#pragma once
// Schema version 6: withdrawal, victim care, bail, orders, charging and pleas (protocol 4–9).
// Only Migrations.cpp calls this.

#include <QStringList>

namespace conduct {

QStringList schemaV6();

// Schema v13: where a withdrawal statement was taken, who was present and who made contact (the
// circumstances the officer's report and the MG11 print).
QStringList withdrawalCircumstancesV13();

} // namespace conduct
