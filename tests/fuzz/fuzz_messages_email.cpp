// libFuzzer target: .eml and .mbox through GMime (issue 29). Built with QT_NO_KEYWORDS, as the
// reader is (GLib's headers use `signals` as a name).

#include "FuzzSupport.h"

#include "messages/EmailReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace conduct::messages;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const ReadOptions options{QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC), DateOrder::Detect, {}};
    for (const auto& read : {readEml(QStringLiteral("fuzz.eml"), bytes, options), readMbox(QStringLiteral("fuzz.mbox"), bytes, options)}) {
        if (!read.ok()) {
            if (read.error().message.isEmpty() || read.error().field.isEmpty()) std::abort();
            continue;
        }
        for (const Contact& c : read.value().contacts)
            if (!c.when.utc.isValid() || c.place.byteOffset >= bytes.size()) std::abort();
    }
    return 0;
}
