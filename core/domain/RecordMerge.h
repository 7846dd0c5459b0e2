#pragma once
// Re-applying an officer's edit on top of someone else's newer save (issue 12): the fields the
// officer changed since opening the record are carried onto the version now stored; a field both
// people changed, differently, is a clash the officer is told about (their own value is kept).
// Each kind of record lists its editable fields once, in RecordMerge.cpp.

#include "domain/Case.h"
#include "domain/Incident.h"

#include <QStringList>

namespace conduct {

template <typename Record>
struct RecordMerge {
    Record merged;         // the stored version with the officer's changes applied
    QStringList clashes;   // labels of fields both changed differently
};
using CaseMerge = RecordMerge<Case>;

// `opened`: the record as the officer opened it; `mine`: their edit; `theirs`: the stored version.
CaseMerge mergeCaseEdit(const Case& opened, const Case& mine, const Case& theirs);
RecordMerge<Incident> mergeIncidentEdit(const Incident& opened, const Incident& mine, const Incident& theirs);

} // namespace conduct
