#pragma once
// The audit trail of processing (DPA 2018 s62): who did what to which record, when, and why.
// Records form a hash chain: each record's hash covers the previous record's hash and its own
// canonical content, so altering, inserting, removing or reordering records is detectable.
// These are pure functions; AuditLog stores and reads the chain.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace conduct {

// The kinds of processing s62(1) requires logs of, plus account events.
enum class AuditAction {
    Create,         // collection
    Update,         // alteration
    Delete,         // erasure: see AuditRecord::beforeJson for what is kept
    Consult,        // a case or record was opened
    Disclose,       // exported, printed or otherwise sent outside Conduct, with a recipient
    Combine,        // records merged or linked (e.g. linked incidents, protocol 3.8)
    Login,
    LoginFailed,
    Logout,
    Lock,           // sign-in back-off engaged
    Unlock,         // an administrator cleared a lock
    AccountChange,  // user created, roles changed, password changed, deactivated
    DiscardDraft,   // an author threw away unsaved typing about a case (issue 24): the key, never the text
    ImportRefused,  // a case bundle was not imported: the reason, and the bundle's id and source when known (issue 24)
};

const QList<AuditAction>& allAuditActions();
QString auditActionCode(AuditAction action);   // "login_failed": stored in audit_log.action
std::optional<AuditAction> auditActionFromCode(const QString& code);

struct AuditRecord {
    qint64 sequence = 0;       // 1, 2, 3 ... with no gaps: set by AuditLog::append
    QDateTime timeUtc;         // set by AuditLog::append from Clock::nowUtc()
    qint64 userId = 0;         // 0 when no account is involved (e.g. a failed sign-in for an unknown name)
    QString userName;          // as typed or as held, so the record stays readable if the account changes
    AuditAction action = AuditAction::Consult;
    qint64 caseId = 0;
    QString caseUrn;
    QString entityType;        // "case", "person", "incident", "risk_assessment", "user", "document" ...
    QString entityId;
    // Changed fields as compact JSON objects, {"field": value}, exactly as stored and hashed.
    // For a Delete the values are never kept: AuditLog::append replaces each value with null, so
    // the record proves which fields were erased, by whom and when, without keeping the erased data.
    QByteArray beforeJson;
    QByteArray afterJson;
    QString justification;     // why a case was consulted or disclosed
    QString recipient;         // to whom it was disclosed
    QByteArray previousHash;   // hex SHA-256 of the previous record; genesisHash() for the first
    QByteArray hash;           // hex SHA-256 of previousHash + canonicalForm(*this)

    // Records only the fields whose values differ between before and after.
    void setChanges(const QJsonObject& before, const QJsonObject& after);
};

// The previous hash of the first record: 64 zeros.
QByteArray genesisHash();

// The exact bytes hashed: every field but the hashes, each length-prefixed so no two different
// records can serialise alike. Versioned, so a future format can be told apart.
QByteArray canonicalForm(const AuditRecord& record);
QByteArray computeHash(const QByteArray& previousHash, const AuditRecord& record);
inline QByteArray computeHash(const AuditRecord& record) { return computeHash(record.previousHash, record); }

// The text stored for and hashed from a time: ISO 8601 UTC with milliseconds.
QString auditTimeText(const QDateTime& utc);

struct VerifyResult {
    bool ok = true;
    int checked = 0;                 // records examined before stopping
    qint64 firstBadSequence = 0;     // the sequence number as stored on the first bad record
    int firstBadIndex = -1;          // its position in the list given
    QString problem;                 // a sentence naming the record and what is wrong with it
    QByteArray lastHash;             // the head of a good chain: keep it to detect truncation later
};

// Checks records in the order given, which must be ascending sequence order starting at 1.
// Detects altered content (hash mismatch), inserted or removed records (sequence gap, broken
// link), and reordering (sequence out of order, broken link). Removing the newest records leaves
// a valid shorter chain: compare lastHash and the count with a copy kept elsewhere to detect that.
VerifyResult verifyChain(const QList<AuditRecord>& records);

} // namespace conduct
