#pragma once
// Builds the advisor's input for a case from the store and runs the rule table (rules/Advisor.h).
// The case list's "needs attention" column is computed here for the rows on screen only: rules
// depend on today's date (review dates, address checks), so a figure stored on save would go stale
// without any save; a page of 200 cases costs a few queries each, off the list's SQL.

#include "common/Result.h"
#include "rules/Advisor.h"
#include "security/User.h"
#include "services/CaseAccess.h"
#include "services/CaseWorkRecords.h"

#include <QHash>

namespace conduct {

class Database;

class AdvisorService {
public:
    AdvisorService(Database& db, const Session& session) : m_db(db), m_session(session) {}
    // 9.2: how recently restraining-order addresses must have been checked (28 days by default).
    void setAddressVerificationDays(int days) { m_addressDays = days; }
    void setAccessJustification(const QString& justification) { m_justification = justification; }

    Result<AdvisorInput> inputFor(qint64 caseId) const;
    Result<QList<RuleResult>> advise(qint64 caseId) const;
    // The same for a case the caller has just loaded (the workspace): its people and incidents
    // are not read a second time. The permission is still checked here.
    Result<QList<RuleResult>> advise(const CaseDetail& loaded) const;
    // The same when the caller has loaded the case's work records too (the workspace reads them
    // once for its chronology and its advisor).
    Result<QList<RuleResult>> advise(const CaseDetail& loaded, const CaseWorkRecords& work) const;
    // Rules needing attention per case, for cases this user may open without a justification;
    // other cases are left out (the list shows nothing for them rather than revealing anything).
    QHash<qint64, int> attentionCounts(const QList<qint64>& caseIds) const;

private:
    // The rest of the input around a case loaded and checked just now; `work` when already read.
    Result<AdvisorInput> inputFor(CaseDetail detail, const CaseAccess::Ref& checked, const CaseWorkRecords* work) const;
    Database& m_db;
    Session m_session;
    int m_addressDays = 28;
    QString m_justification;
};

} // namespace conduct
