#pragma once
// Re-applying an officer's edit of a case on top of someone else's newer save (issue 12): the
// fields the officer changed since opening the case are carried onto the version now stored;
// a field both people changed, differently, is a clash that the officer must look at. Nothing
// is saved here: the merged case goes back into the form for the officer to check and save.

#include "domain/Case.h"

#include <QStringList>

namespace conduct {

struct CaseMerge {
    Case merged;           // the stored version with the officer's changes applied
    QStringList clashes;   // labels of fields both changed differently; the officer's value is kept
};

// `opened`: the case as the officer opened it; `mine`: their edit; `theirs`: the stored version.
CaseMerge mergeCaseEdit(const Case& opened, const Case& mine, const Case& theirs);

} // namespace conduct
