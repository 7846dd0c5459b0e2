// libFuzzer target: the URN parser (the URN is typed by people and read from case bundles).

#include "FuzzSupport.h"

#include "domain/Urn.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = conduct::fuzz::textOf(data, size);
    const QString normalised = conduct::normaliseUrn(text);
    // Normalising is idempotent: a stored URN normalises to itself.
    if (conduct::normaliseUrn(normalised) != normalised) std::abort();
    auto parsed = conduct::parseUrn(text);
    if (parsed.ok()) {
        // An accepted URN is stored normalised and prints as four boxes that rebuild it exactly.
        if (parsed->normalised != normalised) std::abort();
        const QStringList boxes = parsed->boxes();
        if (boxes.size() != 4 || boxes.join(QString()) != parsed->normalised) std::abort();
        if (!conduct::parseUrn(parsed->normalised).ok()) std::abort();
    } else if (parsed.error().message.isEmpty()) {
        std::abort();   // every refusal says what would be valid
    }
    return 0;
}
