#pragma once
// Suggested behaviours for an entry in a complainant's log, from the words they used. The table
// is the one place the vocabulary lives; the officer confirms or changes every suggestion before
// anything is saved (a suggestion is never evidence of the behaviour by itself).

#include "domain/Codes.h"

#include <QList>
#include <QString>
#include <span>

namespace conduct::logimport {

struct BehaviourKeyword {
    const char* phrase;    // whole words, case-insensitive; a trailing '*' matches any ending
    Behaviour behaviour;
};

std::span<const BehaviourKeyword> behaviourKeywordTable();

// The behaviours whose phrases occur in the text, in the order of the behaviour table.
QList<Behaviour> suggestBehaviours(const QString& text);

} // namespace conduct::logimport
