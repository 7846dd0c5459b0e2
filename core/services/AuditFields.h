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

// Whether an edit changes none of a record's audited fields (issue 30). The audited fields are
// every field an officer edits, so such a save writes nothing and returns the record as stored:
// bumping its version would give every other desk with it open a conflict for nothing, and the
// audit trail would gain an update that changed nothing.
inline bool changesNothing(const QJsonObject& storedFields, const QJsonObject& editedFields)
{
    return storedFields == editedFields;
}

} // namespace conduct
