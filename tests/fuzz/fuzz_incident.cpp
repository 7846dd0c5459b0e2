// libFuzzer target: incident validation, over any text in its fields and any instant, valid or
// not, for its start and end (the checks format dates for their messages, the risky part).
// Input: the first 16 bytes are the start and end as milliseconds since 1970 (little-endian);
// the rest is fields separated by '\n'.

#include "FuzzSupport.h"

#include "domain/Validation.h"

#include <QDateTime>
#include <cstdlib>
#include <cstring>

namespace {
QDateTime instantFrom(const uint8_t* bytes, bool present)
{
    if (!present) return {};
    qint64 ms = 0;
    std::memcpy(&ms, bytes, sizeof ms);
    // Years far outside what QDateTime holds become invalid, which validation must also handle.
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace conduct;
    if (size < 17) return 0;
    const uint8_t flags = data[16];
    Incident i;
    i.startUtc = instantFrom(data, flags & 8);
    i.endUtc = instantFrom(data + 8, flags & 16);
    i.online = flags & 1;
    i.alteredBehaviour = (flags & 2) ? Answer::Yes : (flags & 32) ? Answer::No : Answer::NotAsked;
    i.reportedToPolice = flags & 4;
    const QStringList f = fuzz::fieldsOf(data + 17, size - 17, 6);
    i.location = f[0];
    i.platform = f[0];
    i.description = f[1];
    i.alteredBehaviourHow = f[2];
    i.policeReference = f[3];
    i.provenance = f[4];
    for (const QString& code : f[5].split(u',', Qt::SkipEmptyParts))
        if (auto b = fromCode<Behaviour>(code)) i.behaviours.append(*b);

    const Status s = validateIncident(i);
    if (!s.ok() && s.error().message.isEmpty()) std::abort();   // every refusal says what is wrong
    // An incident that passes has a start, no later than its end, and at least one behaviour.
    if (s.ok() && (!i.startUtc.isValid() || (i.endUtc.isValid() && i.endUtc < i.startUtc) || i.behaviours.isEmpty()))
        std::abort();
    return 0;
}
