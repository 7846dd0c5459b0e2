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

// Whether a save would change nothing (issue 30): the edit is of the version stored and leaves
// every audited field as stored. The audited fields are every field an officer edits, so such a
// save writes nothing and returns the record as stored: bumping its version would give every
// other desk with it open a conflict for nothing, and the audit trail would gain an update that
// changed nothing. An edit of an older version still goes on to the repository's conflict check.
inline bool changesNothing(qint64 storedVersion, const QJsonObject& storedFields, qint64 editedVersion,
                           const QJsonObject& editedFields)
{
    return storedVersion == editedVersion && storedFields == editedFields;
}

} // namespace conduct
