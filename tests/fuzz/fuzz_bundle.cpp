// libFuzzer target: the case bundle reader (core/bundle), which reads files from other databases
// and other people. No database: everything up to the import is checked here.
// The input picks the layer by its first bytes: a bundle file ("CNDTBNDL…") goes through the whole
// reader; a JSON object ("{…") straight to the record checks; anything else to the entry parser.

#include "FuzzSupport.h"

#include "bundle/BundleContainer.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdlib>

namespace {
// Every refusal names something and says something.
void requireExplained(const QList<conduct::Error>& problems)
{
    if (problems.isEmpty()) std::abort();
    for (const conduct::Error& e : problems)
        if (e.message.isEmpty()) std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (bytes.startsWith(conduct::bundle::fileMagic)) {
        conduct::bundle::BundleReader reader;
        // No passphrase: a protected bundle is refused before any key derivation.
        const auto bundle = reader.read(bytes, QString());
        if (bundle) {
            if (!reader.problems().isEmpty()) std::abort();
            // What the reader accepts, the checks accept again.
            if (!conduct::bundle::validateDocument(bundle->document, bundle->files).isEmpty()) std::abort();
        } else {
            requireExplained(reader.problems());
        }
    } else if (bytes.startsWith('{')) {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        if (doc.isObject()) {
            const QList<conduct::Error> problems = conduct::bundle::validateDocument(doc.object(), {});
            for (const conduct::Error& e : problems)
                if (e.message.isEmpty()) std::abort();
        }
    } else {
        auto entries = conduct::bundle::parseEntries(bytes);
        // Entries that parse serialise back to the same bytes: the format has one spelling.
        if (entries.ok() && conduct::bundle::serialiseEntries(entries.value()) != bytes) std::abort();
        if (!entries.ok() && entries.error().message.isEmpty()) std::abort();
    }
    return 0;
}
