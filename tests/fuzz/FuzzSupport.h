#pragma once
// Shared by the libFuzzer targets: turning fuzz bytes into the text types the parsers take.
// Each target calls only functions that must accept any input without crashing, hanging or
// touching memory they do not own (AddressSanitizer and UBSan check the last two).

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>

namespace conduct::fuzz {

// Bytes as UTF-8 text (invalid sequences become U+FFFD, as for text pasted from elsewhere).
inline QString textOf(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Splits the input on '\n' into fields, so that one input can fill several parameters.
inline QStringList fieldsOf(const uint8_t* data, size_t size, int count)
{
    QStringList fields = textOf(data, size).split(u'\n');
    while (fields.size() < count) fields.append(QString());
    return fields;
}

} // namespace conduct::fuzz
