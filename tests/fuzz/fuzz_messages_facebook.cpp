// libFuzzer target: the Facebook/Instagram messages reader and Meta's text repair (issue 29).

#include "FuzzSupport.h"

#include "messages/FacebookReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace conduct::messages;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString text = conduct::fuzz::textOf(data, size);
    const QString repaired = repairMetaText(text);
    if (repaired.size() > text.size()) std::abort();                   // UTF-8 bytes never decode to more characters
    if (repairMetaText(QString::fromLatin1(repaired.toUtf8())) != repaired && !repaired.contains(QChar::ReplacementCharacter))
        std::abort();                                                   // the repair undoes exactly Meta's mis-encoding
    const auto read = readFacebookJson(QStringLiteral("message_1.json"), bytes,
                                       ReadOptions{QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC), DateOrder::Detect, {}});
    if (!read.ok()) {
        if (read.error().message.isEmpty() || read.error().field.isEmpty()) std::abort();
        return 0;
    }
    QDateTime previous;
    for (const Contact& c : read.value().contacts) {
        if (!c.when.utc.isValid() || (previous.isValid() && c.when.utc < previous)) std::abort();   // in time order
        if (c.place.byteOffset >= bytes.size()) std::abort();
        if (c.place.byteOffset >= 0 && bytes.at(c.place.byteOffset) != '{' && bytes.at(c.place.byteOffset) != '[') std::abort();
        previous = c.when.utc;
    }
    return 0;
}
