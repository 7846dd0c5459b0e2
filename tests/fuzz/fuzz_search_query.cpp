// libFuzzer target: the search box's query parser and the identifier keys it builds
// (SearchQuery.h promises that any input is accepted).

#include "FuzzSupport.h"

#include "search/Identifiers.h"
#include "search/SearchQuery.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace conduct;
    const QString text = fuzz::textOf(data, size);
    const ParsedQuery query = parseSearchQuery(text);
    for (const QueryTerm& term : query.terms) {
        if (termKindCode(term.kind).isEmpty()) std::abort();
        if (term.kind == QueryTermKind::DateOfBirth && !term.date.isValid()) std::abort();
    }
    (void)probeFromQuery(query);

    (void)phoneKey(text);
    (void)emailKey(text);
    (void)vehicleKey(text);
    (void)handleKey(text);
    (void)handlePlatform(text);
    return 0;
}
