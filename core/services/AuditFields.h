#pragma once
// What the audit trail records of each record: its fields as JSON, so an update's record can
// list the changed fields with their before and after values (DPA 2018 s62).

#include "domain/Case.h"
#include "domain/Incident.h"
#include "domain/Person.h"

#include <QJsonObject>

namespace conduct {

QJsonObject auditFields(const Case& c);
QJsonObject auditFields(const Person& p);
QJsonObject auditFields(const Incident& i);

} // namespace conduct
