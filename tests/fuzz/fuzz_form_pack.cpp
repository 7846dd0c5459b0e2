// libFuzzer target: the form-pack loader. Packs come from forces as JSON files, so any bytes
// must end in a pack or in a list of errors, never in a crash.

#include "FuzzSupport.h"

#include "forms/FormPackLoader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const conduct::PackValidation v = conduct::loadFormPack(json);
    // All or nothing: a pack only without errors, errors only without a pack.
    if (v.pack.has_value() == !v.errors.isEmpty()) std::abort();
    if (!v.ok() && v.summary().isEmpty()) std::abort();
    return 0;
}
