#pragma once
// Re-applying an officer's edit on top of someone else's newer save (issues 12 and 30): the fields
// the officer changed since opening the record are carried onto the version now stored. A field
// both people changed, differently, is a clash, and the officer is shown both values and chooses
// for each (ui/case/ConflictDialog): nothing is overwritten by a default, and resolving refuses a
// clash left unchosen. Fields only the colleague changed keep the colleague's value and are named,
// so the officer knows what they are saving over. Each kind of record lists its editable fields
// once, in RecordMerge.cpp.

#include "common/Result.h"
#include "domain/Case.h"
#include "domain/Incident.h"
#include "domain/Person.h"

#include <QHash>
#include <QStringList>

namespace conduct {

// One field both people changed, differently. Values are display text (dates and times in UK
// civil time, codes as their labels), as the form would show them.
struct FieldClash {
    QString key;      // the field's audit key, e.g. "crime_reference"
    QString label;    // as the form names it
    QString opened;   // the value when the officer opened the record
    QString mine;     // the officer's value
    QString theirs;   // the colleague's value, now stored
};

enum class MergeChoice { KeepTheirs, UseMine };

template <typename Record>
struct RecordMerge {
    Record merged;                 // the stored version with the officer's changes applied (theirs where only they changed)
    Record theirs;                 // the version now stored
    QList<FieldClash> clashes;     // fields both changed differently: the officer chooses each
    QStringList keptTheirs;        // labels of fields only the colleague changed: their value stands

    QStringList clashLabels() const
    {
        QStringList labels;
        for (const FieldClash& c : clashes) labels.append(c.label);
        return labels;
    }
};
using CaseMerge = RecordMerge<Case>;

// `opened`: the record as the officer opened it; `mine`: their edit; `theirs`: the stored version.
CaseMerge mergeCaseEdit(const Case& opened, const Case& mine, const Case& theirs);
RecordMerge<Incident> mergeIncidentEdit(const Incident& opened, const Incident& mine, const Incident& theirs);
RecordMerge<Person> mergePersonEdit(const Person& opened, const Person& mine, const Person& theirs);

// The record to save: the merge with the officer's choice applied to each clash, keyed by the
// clash's key. A clash without a choice is refused, naming the field: there is no default.
Result<Case> resolveCaseEdit(const CaseMerge& merge, const QHash<QString, MergeChoice>& choices);
Result<Incident> resolveIncidentEdit(const RecordMerge<Incident>& merge, const QHash<QString, MergeChoice>& choices);
Result<Person> resolvePersonEdit(const RecordMerge<Person>& merge, const QHash<QString, MergeChoice>& choices);

} // namespace conduct
