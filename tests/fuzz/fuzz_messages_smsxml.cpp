// libFuzzer target: the SMS Backup & Restore reader (texts and calls, issue 29). The XML comes
// from the complainant's phone, or from whoever made the file.

#include "FuzzSupport.h"

#include "messages/SmsBackupReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace conduct::messages;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto read = readSmsBackup(QStringLiteral("fuzz.xml"), bytes, ReadOptions{QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC), DateOrder::Detect, {}});
    if (!read.ok()) {
        if (read.error().message.isEmpty() || read.error().field.isEmpty()) std::abort();
        return 0;
    }
    for (const Contact& c : read.value().contacts) {
        if (!c.when.utc.isValid() || c.place.element.isEmpty()) std::abort();        // every entry kept has a time and a path
        if (c.place.byteOffset < 0 || c.place.byteOffset >= bytes.size()) std::abort();  // and points inside the file
        if (bytes.at(c.place.byteOffset) != '<') std::abort();                          // at its element's tag
        if ((c.kind == ContactKind::Call) != (c.call != CallOutcome::NotACall)) std::abort();
    }
    return 0;
}
