#pragma once
// One model of justified access (issue 24): a grant of (officer, case, reason, text, when) lets a
// user who does not see a case in full (AccessGrantRepository's rule: not its officer in the case
// or supervisor, not in a team with its officer) read and work on it: open, add, export, import.
// It ends at sign-out, at lock (security/SessionEvents) or 8 hours after it was granted. Granting
// is audited as a consultation with the reason and text, as opening someone else's case always was
// (DPA 2018 s62: a consultation's log keeps its justification). CaseAccess asks for the grant.
//
// An export is still its own disclosure, with its own justification and recipient: the grant
// lets the officer work on the case, not send it anywhere unrecorded.

#include "common/Result.h"
#include "security/User.h"
#include "store/AccessGrantRepository.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace conduct {

class Database;

enum class GrantReason { LinkedEnquiry, Supervision, Disclosure, Other };

// The short list the officer chooses from; `code` is access_grants.reason.
struct GrantReasonRow {
    GrantReason reason;
    const char* code;
    const char* label;   // translated through conduct::AccessGrants
};
const QList<GrantReasonRow>& grantReasonTable();
QString grantReasonCode(GrantReason reason);
QString grantReasonLabel(GrantReason reason);
std::optional<GrantReason> grantReasonFromCode(const QString& code);

// The text must say something a reviewer can check: "x" or "checking" is not a reason.
constexpr int minimumGrantTextLength = 15;
constexpr int maximumGrantTextLength = 2000;   // access_grants.reason_text's CHECK
constexpr int grantLifetimeHours = 8;

struct AccessGrant {
    qint64 id = 0;
    qint64 caseId = 0;
    GrantReason reason = GrantReason::Other;
    QString text;
    QDateTime grantedUtc;
    QDateTime expiresUtc;

    // "Supervision: reviewing the risk assessment for PS Hall": what the audit trail keeps.
    QString justification() const;
};

// Refused with the field named: the reason text shorter than 15 characters once trimmed, or too long.
Status validateGrantText(const QString& text);

// What anyone may see of a case they cannot see in full: its URN and whom to ask.
struct CaseOutline {
    QString urn;
    QString officerInCase;
};

class AccessGrants {
public:
    AccessGrants(Database& db, const Session& session) : m_db(db), m_session(session) {}

    // The URN and officer in the case, for the question "why do you need this case?".
    Result<CaseOutline> outline(qint64 caseId) const;
    // Whether this user sees the case in full without a grant.
    Result<bool> seesInFull(qint64 caseId) const;
    // The grant in force for this user and case, if any.
    Result<std::optional<AccessGrant>> active(qint64 caseId) const;
    // Grants access for 8 hours, recorded and audited as a consultation of the case. Refused when
    // the case has gone, when the user's roles may not open other officers' cases at all
    // (administrators: Permissions), or when the text is too short.
    Result<AccessGrant> grant(qint64 caseId, GrantReason reason, const QString& text);

private:
    Database& m_db;
    Session m_session;
};

// The grant as the service shows it, from its stored row.
AccessGrant accessGrantFrom(const StoredGrant& stored);

} // namespace conduct
