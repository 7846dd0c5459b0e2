#pragma once
// Messages and calls read from a complainant's own exports (issue 29): WhatsApp chats, the
// "SMS Backup & Restore" XML of texts and calls, Facebook/Instagram "Download your information"
// JSON and e-mail. Every contact keeps the exact place it was read from, so a prosecutor can trace
// any count back to the lines behind it (protocol 3.4: "the full range of evidence that may be
// available via social media, digital and surrounding witnesses"), and the time as written beside
// the UTC instant it was read as.
//
// Nothing here is stored yet: the import that writes the exhibit and the incidents takes these
// values as they are.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace conduct::messages {

enum class SourceFormat { WhatsAppText, WhatsAppZip, SmsBackupXml, CallsBackupXml, FacebookJson, Email, Mbox };
QString formatName(SourceFormat format);   // "WhatsApp chat export", "SMS Backup & Restore texts", …

enum class ContactKind { Message, Call };

// Seen from the device (or account) the export came from: the complainant's. Chats and e-mail give
// names, not sides, so their contacts stay Unknown until the officer says who is who (Attribution).
enum class Direction { Unknown, Received, Sent };

// Call-log outcomes, as the SMS Backup & Restore calls file gives them (its `type`).
enum class CallOutcome { NotACall, Incoming, Outgoing, Missed, Voicemail, Rejected, Blocked, AnsweredElsewhere, Connected };
// Connected: a call that was answered where the source does not say who made it (Facebook).
QString callOutcomeName(CallOutcome outcome);   // "missed call", "outgoing call", …

// Where a contact was read from. `line` is 1-based; `element` names the XML or JSON element
// ("smses/sms[12]", "messages[40]"); `byteOffset` counts from the start of `file` as read (inside
// the archive for a .zip), -1 when the format does not give one.
struct SourcePlace {
    QString file;
    int line = 0;
    QString element;
    qint64 byteOffset = -1;

    QString text() const;   // "chat.txt, line 14" or "sms.xml, line 3 (smses/sms[2])"
};

struct MessageTime {
    QDateTime utc;                     // invalid only when the reader could not read any time
    QString original;                  // as the file wrote it, e.g. "27/10/2024, 01:30" or "1767225600000"
    bool resolvedByLineOrder = false;  // a wall-clock time in the autumn repeated hour, placed by the lines around it
    bool inFuture = false;             // after the time of reading: a phone with a wrong clock, for the officer to see
};

struct Contact {
    ContactKind kind = ContactKind::Message;
    MessageTime when;
    Direction direction = Direction::Unknown;
    QString sender;              // as the source gives it: display name, number, address or e-mail
    QStringList recipients;      // empty where the source does not name them (a one-to-one chat)
    QString conversation;        // chat or thread name; the other party's number for texts
    QString text;                // message body (plain text); empty for a call
    QStringList attachments;     // file names, or "(media omitted)" where the export left the media out
    bool deleted = false;        // "This message was deleted": the text says so, the content is gone
    CallOutcome call = CallOutcome::NotACall;
    int durationSeconds = -1;    // calls only; -1 when not given
    SourcePlace place;
};

// Something the officer should see about the file that does not stop it being read: a line not
// understood, a time that never happened, a future date, a date order the file does not settle.
struct ReadProblem {
    SourcePlace place;
    QString message;
};

struct MessageFile {
    QString fileName;            // as chosen by the officer (the archive's name for a .zip)
    SourceFormat format = SourceFormat::WhatsAppText;
    QList<Contact> contacts;     // in the file's order
    QList<ReadProblem> problems;
    QStringList participants;    // names or identifiers the file itself lists (JSON participants)
    QStringList mediaNames;      // files beside the chat in a .zip
    QString title;               // thread title where the format has one
};

// What the caller says about how to read a file.
enum class DateOrder { Detect, DayFirst, MonthFirst };
struct ReadOptions {
    QDateTime nowUtc;                        // later contacts are flagged; invalid = Clock::nowUtc()
    DateOrder dateOrder = DateOrder::Detect; // WhatsApp dates: the officer's answer when the file leaves it open
    QString deviceZone;                      // IANA zone of the phone's clock for wall-clock formats; empty = Europe/London
};

} // namespace conduct::messages
