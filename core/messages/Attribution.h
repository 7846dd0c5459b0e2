#pragma once
// Who is who in a message file: each sender and recipient identifier normalised (phone numbers to
// E.164, e-mail addresses, online handles, through core/search/Identifiers; WhatsApp and Facebook
// display names folded as names are) and matched against the case's people, given as plain values
// so that nothing here reads the store. An identifier is matched automatically only when a person
// has it recorded (a number, an address, a handle, or a display name equal to one of their names or
// aliases); anything else is listed for the officer to assign to a person or mark as a third party,
// with any person whose first name it shares suggested.

#include "messages/MessageRecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace conduct::messages {

enum class IdentifierKind { Phone, Email, Handle, DisplayName };

struct PartyKey {
    IdentifierKind kind = IdentifierKind::DisplayName;
    QString key;   // normalised; empty when the text holds nothing to match on
    bool operator==(const PartyKey&) const = default;
};
// How a sender or recipient of a file in this format is matched.
PartyKey partyKeyOf(const QString& identifier, SourceFormat format);

enum class CaseRole { Complainant, Suspect, Other };

// One of the case's people as the caller gives them.
struct CasePerson {
    QString personId;
    CaseRole role = CaseRole::Other;
    QStringList names;         // full name first, then aliases and nicknames
    QStringList phones, emails, handles;
};

// An identifier's owner, as the officer confirms it: the record the later import stores.
struct PartyMapping {
    PartyKey party;
    QString shown;             // the identifier as the file first gave it
    QString personId;          // empty for a third party
    bool thirdParty = false;   // someone outside the case (a friend in a group chat, a delivery text)
    bool byOfficer = false;    // chosen by the officer rather than matched on a recorded identifier
    QString reason;            // e.g. "phone number +447700900123 is recorded for this person"
};

struct UnknownParty {
    PartyKey party;
    QString shown;
    int contacts = 0;          // how many contacts in the file name it
    SourcePlace firstPlace;
    QStringList suggestedPersonIds;   // people whose first name the display name shares
};

struct WhoIsWho {
    QList<PartyMapping> mappings;
    QList<UnknownParty> unknown;   // in order of first appearance
};

// Matches every sender and recipient in the file. The officer's own choices (earlier mappings)
// come first and are kept as they are.
WhoIsWho matchParties(const MessageFile& file, const QList<CasePerson>& people, const QList<PartyMapping>& officerChoices = {});

// The officer's answer for an unknown party: to a person, or as a third party (empty personId).
PartyMapping assignParty(const UnknownParty& unknown, const QString& personId);

// Answers "whose is this contact" for one file once the mappings are settled.
class Attribution {
public:
    Attribution(const MessageFile& file, const QList<CasePerson>& people, const QList<PartyMapping>& mappings);

    QString personOf(const QString& identifier) const;   // empty: unknown or a third party
    CaseRole roleOf(const QString& identifier) const;    // Other for unknown and third parties
    // The contact's direction from the complainant's side: as the file says where it says (texts,
    // calls), else from who the sender is (the complainant's own name or address means Sent).
    Direction directionOf(const Contact& contact) const;
    // A contact by a suspect: received from them (texts, calls, a chat or e-mail they sent).
    bool fromSuspect(const Contact& contact) const;

private:
    SourceFormat m_format;
    QHash<QString, QString> m_personByKey;   // "kind:key" → person id ("" for a third party)
    QHash<QString, CaseRole> m_roleByPerson;
    mutable QHash<QString, QString> m_personByIdentifier;   // identifier as written → person id
};

} // namespace conduct::messages
