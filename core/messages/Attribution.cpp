#include "messages/Attribution.h"

#include "search/Identifiers.h"
#include "search/NameMatching.h"

#include <QCoreApplication>

#include <algorithm>

namespace conduct::messages {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::messages", text); }

QString hashKey(const PartyKey& p) { return QString::number(int(p.kind)) + u':' + p.key; }

bool namesParties(SourceFormat format)
{
    return format == SourceFormat::WhatsAppText || format == SourceFormat::WhatsAppZip || format == SourceFormat::FacebookJson;
}

// "Dan" and "Daniel Hart" share a first name (canonicalForename takes the first of several names).
QString firstNameKey(const QString& name) { return canonicalForename(name.trimmed()); }

// The person who has this identifier recorded, with the reason; empty when none or several do.
std::pair<QString, QString> recordedOwner(const PartyKey& party, const QList<CasePerson>& people)
{
    QString owner, reason;
    for (const CasePerson& person : people) {
        bool has = false;
        switch (party.kind) {
        case IdentifierKind::Phone:
            for (const QString& p : person.phones) has = has || phoneKey(p) == party.key;
            if (has) reason = tr("phone number %1 is recorded for this person").arg(party.key);
            break;
        case IdentifierKind::Email:
            for (const QString& e : person.emails) has = has || emailKey(e) == party.key;
            if (has) reason = tr("e-mail address %1 is recorded for this person").arg(party.key);
            break;
        case IdentifierKind::Handle:
            for (const QString& h : person.handles) has = has || handleKey(h) == party.key;
            if (has) reason = tr("handle %1 is recorded for this person").arg(party.key);
            break;
        case IdentifierKind::DisplayName:
            for (const QString& n : person.names) has = has || normalisedName(n) == party.key;
            for (const QString& h : person.handles) has = has || handleKey(h) == party.key;
            if (has) reason = tr("the name \"%1\" is one recorded for this person").arg(party.key);
            break;
        }
        if (!has) continue;
        if (!owner.isEmpty()) return {};   // shared by two people: the officer decides
        owner = person.personId;
    }
    return {owner, reason};
}
} // namespace

PartyKey partyKeyOf(const QString& identifier, SourceFormat format)
{
    const QString text = identifier.trimmed();
    if (text.contains(u'@') && !text.startsWith(u'@') && (format != SourceFormat::FacebookJson)) return {IdentifierKind::Email, emailKey(text)};
    if (format == SourceFormat::Email || format == SourceFormat::Mbox) return {IdentifierKind::Email, emailKey(text)};
    if (text.startsWith(u'@')) return {IdentifierKind::Handle, handleKey(text)};
    if (namesParties(format)) {
        // A WhatsApp contact not in the phone's address book shows as its number.
        const QString phone = phoneKey(text);
        if (phone.startsWith(u'+') && std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); }))
            return {IdentifierKind::Phone, phone};
        return {IdentifierKind::DisplayName, normalisedName(text)};
    }
    return {IdentifierKind::Phone, phoneKey(text)};
}

WhoIsWho matchParties(const MessageFile& file, const QList<CasePerson>& people, const QList<PartyMapping>& officerChoices)
{
    WhoIsWho out;
    QHash<QString, qsizetype> mapped, unknown;
    for (const PartyMapping& m : officerChoices) {
        mapped.insert(hashKey(m.party), out.mappings.size());
        out.mappings.append(m);
    }
    // What each identifier as written came to: -1 when mapped (or nothing to match on), else its
    // place in the unknown list. A chat names the same few people thousands of times, so each
    // distinct identifier is normalised and matched once.
    QHash<QString, qsizetype> seen;
    const auto see = [&](const QString& identifier, const Contact& c) {
        if (auto known = seen.constFind(identifier); known != seen.constEnd()) {
            if (*known >= 0) ++out.unknown[*known].contacts;
            return;
        }
        const PartyKey party = partyKeyOf(identifier, file.format);
        const QString key = hashKey(party);
        if (party.key.isEmpty() || mapped.contains(key)) {
            seen.insert(identifier, -1);
            return;
        }
        if (auto u = unknown.constFind(key); u != unknown.constEnd()) {   // the same party written differently
            ++out.unknown[*u].contacts;
            seen.insert(identifier, *u);
            return;
        }
        const auto [owner, reason] = recordedOwner(party, people);
        if (!owner.isEmpty()) {
            mapped.insert(key, out.mappings.size());
            out.mappings.append({party, identifier, owner, false, false, reason});
            seen.insert(identifier, -1);
            return;
        }
        UnknownParty u{party, identifier, 1, c.place, {}};
        if (party.kind == IdentifierKind::DisplayName) {
            const QString first = firstNameKey(identifier);
            for (const CasePerson& person : people)
                if (!person.names.isEmpty() && !first.isEmpty() && firstNameKey(person.names.first()) == first)
                    u.suggestedPersonIds.append(person.personId);
        }
        unknown.insert(key, out.unknown.size());
        seen.insert(identifier, out.unknown.size());
        out.unknown.append(std::move(u));
    };
    for (const Contact& c : file.contacts) {
        see(c.sender, c);
        for (const QString& r : c.recipients) see(r, c);
    }
    return out;
}

PartyMapping assignParty(const UnknownParty& unknown, const QString& personId)
{
    return {unknown.party, unknown.shown, personId, personId.isEmpty(), true,
            personId.isEmpty() ? tr("marked as a third party by the officer") : tr("assigned by the officer")};
}

Attribution::Attribution(const MessageFile& file, const QList<CasePerson>& people, const QList<PartyMapping>& mappings)
    : m_format(file.format)
{
    for (const CasePerson& p : people) m_roleByPerson.insert(p.personId, p.role);
    for (const PartyMapping& m : mappings) m_personByKey.insert(hashKey(m.party), m.thirdParty ? QString() : m.personId);
}

QString Attribution::personOf(const QString& identifier) const
{
    // A chat names the same few people thousands of times: each is normalised once.
    if (auto known = m_personByIdentifier.constFind(identifier); known != m_personByIdentifier.constEnd()) return *known;
    const QString person = m_personByKey.value(hashKey(partyKeyOf(identifier, m_format)));
    m_personByIdentifier.insert(identifier, person);
    return person;
}

CaseRole Attribution::roleOf(const QString& identifier) const
{
    const QString person = personOf(identifier);
    return person.isEmpty() ? CaseRole::Other : m_roleByPerson.value(person, CaseRole::Other);
}

Direction Attribution::directionOf(const Contact& contact) const
{
    if (contact.direction != Direction::Unknown) return contact.direction;
    if (contact.sender.isEmpty() || personOf(contact.sender).isEmpty()) return Direction::Unknown;
    return roleOf(contact.sender) == CaseRole::Complainant ? Direction::Sent : Direction::Received;
}

bool Attribution::fromSuspect(const Contact& contact) const
{
    // Received and sent by a suspect: asked once per contact, so the sender is looked up once.
    if (contact.direction == Direction::Sent || contact.sender.isEmpty()) return false;
    const QString person = personOf(contact.sender);
    return !person.isEmpty() && m_roleByPerson.value(person, CaseRole::Other) == CaseRole::Suspect;
}

} // namespace conduct::messages
