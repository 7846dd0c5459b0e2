#pragma once
// Schema version 4: risk assessments and supervisor review (protocol 3.7). Only Migrations.cpp
// calls this.

#include "store/Database.h"

#include <QStringList>

namespace conduct {

QStringList riskSchemaV4(Engine engine);
// Each case's first screening and current risk level kept on the case, for the monitoring dashboard.
QStringList riskSummarySchemaV10(Engine engine);

} // namespace conduct
