// libFuzzer target: the WhatsApp chat reader and its .zip reader (issue 29). Chat exports come from
// the complainant's phone, and a .zip from anyone: neither may crash, hang or run away with memory.

#include "FuzzSupport.h"

#include "messages/ArchiveReader.h"
#include "messages/WhatsAppReader.h"

#include <cstdlib>

namespace {
using namespace conduct::messages;

void check(const conduct::Result<MessageFile>& read, qsizetype size)
{
    if (!read.ok()) {
        if (read.error().message.isEmpty() || read.error().field.isEmpty()) std::abort();   // every refusal names the file and says why
        return;
    }
    int previousLine = 0;
    for (const Contact& c : read.value().contacts) {
        if (!c.when.utc.isValid()) std::abort();                        // a contact without a time is left out, not kept
        if (c.place.line <= previousLine) std::abort();                  // in the file's order, one line each at most
        if (read.value().format == SourceFormat::WhatsAppText && (c.place.byteOffset < 0 || c.place.byteOffset >= size)) std::abort();
        previousLine = c.place.line;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const ReadOptions options{QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC), DateOrder::Detect, {}};
    check(readWhatsAppText(QStringLiteral("fuzz.txt"), bytes, options), bytes.size());
    check(readWhatsAppText(QStringLiteral("fuzz.txt"), bytes, ReadOptions{options.nowUtc, DateOrder::MonthFirst, {}}), bytes.size());
    SizeLimits small;   // small enough that an input of a few kilobytes can reach every limit
    small.expandedChatBytes = 256 * 1024;
    small.expandedTotalBytes = 1024 * 1024;
    small.archiveEntries = 50;
    check(readWhatsAppZip(QStringLiteral("fuzz.zip"), bytes, options, small), bytes.size());
    return 0;
}
