#pragma once
// The free search box (Ctrl+K): one line of text, classified term by term into what the store
// can look up: names, phone numbers, e-mail addresses, dates of birth, vehicles, online handles,
// URNs, and whatever is left as free text. "SMITH, Jon 12/03/1980 07700 900123" is a surname,
// a forename, a date of birth and one phone number.
//
// parseSearchQuery accepts any input (it is fuzzed): it never fails, and unclassifiable input
// becomes Text terms. Very long input is cut at maximumQueryLength characters.

#include "domain/Person.h"

#include <QDate>
#include <QList>
#include <QString>

namespace conduct {

enum class QueryTermKind { Name, Phone, Email, DateOfBirth, Vehicle, Handle, Urn, Text };
QString termKindCode(QueryTermKind kind);   // "name", "phone", … for logs and tests

struct QueryTerm {
    QueryTermKind kind = QueryTermKind::Text;
    QString text;   // as typed (tokens of a multi-word term joined by one space)
    QString key;    // the index key: normalisedName, phoneKey, emailKey, ISO date, vehicleKey,
                    // handleKey, normalised URN, or lower-case text
    QDate date;     // DateOfBirth only
};

struct ParsedQuery {
    QList<QueryTerm> terms;   // in the order typed
    bool surnameFirst = false;   // "SMITH, John": the comma follows the first name term

    bool isEmpty() const { return terms.isEmpty(); }
    QList<QueryTerm> ofKind(QueryTermKind kind) const;
};

constexpr qsizetype maximumQueryLength = 500;

ParsedQuery parseSearchQuery(const QString& text);

// A probe person for rankCandidates. Names: "SMITH, John" or "John Smith" give forenames John
// and surname Smith; a single name is taken as a surname.
Person probeFromQuery(const ParsedQuery& query);

} // namespace conduct
