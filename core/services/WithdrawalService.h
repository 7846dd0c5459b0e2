#pragma once
// Withdrawal of support (protocol 5.3–5.8), through the permission check and audit of every case
// change. The statement and report wording comes from form packs (withdrawal-statement,
// withdrawal-officer-report): the shipped ones unless a force supplies its own.

#include "rules/Withdrawal.h"
#include "services/CaseWork.h"

namespace conduct {

struct StoredWithdrawal;

class WithdrawalService {
public:
    // `packs`: the form packs in use; empty means the packs shipped with Conduct.
    WithdrawalService(Database& db, const Session& session, QList<FormPack> packs = {});
    void setAccessJustification(const QString& justification) { m_work.setAccessJustification(justification); }

    // The packs a new statement or report is written with (the latest version of each id).
    Result<FormPack> statementPack() const { return packFor(withdrawalStatementPackId()); }
    Result<FormPack> reportPack() const { return packFor(withdrawalReportPackId()); }

    Result<QList<Withdrawal>> list(qint64 caseId) const;
    // The same for a case the caller has just checked.
    Result<QList<Withdrawal>> list(const CaseWork::Ref& checked) const;
    // Creates (id 0) or updates the withdrawal. Newly suspected pressure (5.5) adds an action to
    // investigate and raises the case flag flags::suspectedPressure(), in the same transaction.
    Result<Withdrawal> save(Withdrawal w);

private:
    Result<FormPack> packFor(const QString& id, int version = 0) const;
    Result<Withdrawal> parsed(const StoredWithdrawal& stored) const;
    Status raisePressure(const CaseWork::Ref& ref, const Withdrawal& w);

    CaseWork m_work;
    QList<FormPack> m_packs;
};

} // namespace conduct
