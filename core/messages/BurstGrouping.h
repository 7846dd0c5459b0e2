#pragma once
// From messages to proposed incidents (issue 29): contacts from the suspect less than a chosen gap
// apart (2 hours unless the officer chooses another) become one proposal, described as the officer
// would write it ("41 messages and 12 calls between 23:05 and 04:10"), with the s2A behaviours it
// suggests: contacting by its nature (PHA 1997 s2A(3)(b)), and any the messages' words suggest
// through the one keyword table the diary import uses (logimport/BehaviourKeywords). The officer
// merges, splits and drops proposals (pure functions: the list given is never changed), and the
// timeline shows a count per UK day.

#include "common/Result.h"
#include "domain/Codes.h"
#include "messages/Attribution.h"
#include "messages/MessageRecord.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace conduct::messages {

// Which contacts are taken at all. Protocol 3.4 and 3.12 ask for the digital evidence of the
// conduct, not the complainant's private life: by default only the suspect's contacts, and the
// officer can narrow further to one conversation and a date range, so that no more is taken from
// the complainant's phone than the case needs.
struct ContactFilter {
    QString conversation;     // empty: every conversation in the file
    bool suspectOnly = true;
    QDate firstDay, lastDay;  // UK dates, inclusive; an invalid date leaves that end open
};
// Indexes into file.contacts of the contacts the filter keeps, in time order.
QList<int> selectContacts(const MessageFile& file, const Attribution& attribution, const ContactFilter& filter);

inline constexpr int defaultBurstGapSeconds = 2 * 60 * 60;

struct BurstProposal {
    QList<int> contacts;         // indexes into the file's contacts, in time order
    QDateTime startUtc, endUtc;
    int messages = 0;
    int calls = 0;
    QList<Behaviour> suggested;  // Contacting first, then what the words suggest, in the behaviour table's order
    QString description;         // "41 messages and 12 calls between 23:05 and 04:10"
};

// Groups the selected contacts (as selectContacts gives them) into bursts.
QList<BurstProposal> groupBursts(const MessageFile& file, const QList<int>& selected, int gapSeconds = defaultBurstGapSeconds);

// One proposal's figures, behaviours and description from its contacts.
BurstProposal proposalFor(const MessageFile& file, QList<int> contacts);
// "3 messages and 1 call between 23:05 and 23:40"; with the dates when it runs past midnight.
QString describeBurst(int messages, int calls, const QDateTime& startUtc, const QDateTime& endUtc);

// The officer's edits. Each returns the new list, or says why the edit cannot be made.
Result<QList<BurstProposal>> mergeWithNext(const MessageFile& file, const QList<BurstProposal>& proposals, int index);
// Splits proposal `index` before its contact at `position` (1 to its count − 1).
Result<QList<BurstProposal>> splitBefore(const MessageFile& file, const QList<BurstProposal>& proposals, int index, int position);
Result<QList<BurstProposal>> dropProposal(const QList<BurstProposal>& proposals, int index);

// Contacts per UK calendar day, for the timeline.
QMap<QDate, int> countsPerUkDay(const MessageFile& file, const QList<int>& selected);

} // namespace conduct::messages
