#pragma once
// The charging file (issue 22): the MG3 and MG5 police parts written and versioned, submitted for
// approval, approved or returned by a supervisor under the four-eyes rule (protocol 3.7's rule
// applied to the file), through the case's permission check and audit. The store enforces the
// same rules with triggers (store/ChargingFileSchema.cpp).

#include "domain/ChargingFile.h"
#include "services/CaseWork.h"

namespace conduct {

// What the case already holds, offered as the starting point of each free-text box. Nothing here
// is printed unless the officer keeps it (the builders print the saved document only).
struct ChargingFileStart {
    QList<SuspectChargingEntry> suspects;   // proposed charges from the offence guide, per suspect
    QList<MaterialEntry> material;          // built from statements, exhibits, the incident log, the MG2
    QString outline;                        // course of conduct, escalation, risk, bail, 4.3, time limit
    QString keyEvidence;                    // the incidents in order
    QString keyWitnesses;                   // the complainant and witnesses with their roles
    QString nonKeyWitnesses;
    std::optional<bool> visuallyRecordedEvidence;
    QString vreDetails;                     // exhibits of that kind
    QString ordersApplied;                  // the restraining-order draft
};

class ChargingFileService {
public:
    ChargingFileService(Database& db, const Session& session);
    void setAccessJustification(const QString& justification) { m_work.setAccessJustification(justification); }

    // Every version of one form of the case, oldest first, each with its reviews.
    Result<QList<ChargingDocument>> versions(qint64 caseId, ChargingForm form) const;
    // The newest version, or none when nothing has been written yet.
    Result<std::optional<ChargingDocument>> latest(qint64 caseId, ChargingForm form) const;

    // Saves the police part. A draft or returned version is updated in place (refused when
    // `document.rowVersion` is stale); an approved version is never changed: the edit becomes a
    // new draft version that needs approval again; a submitted version is refused.
    Result<ChargingDocument> save(ChargingDocument document);
    Result<ChargingDocument> submit(qint64 documentId);
    // The supervisor's decision. Refused, writing nothing, for the author, the officer in the
    // case and anyone who is not a supervisor. The approval keeps the supervisor's name, rank,
    // number and e-mail as they are now.
    Result<ChargingDocument> approve(qint64 documentId, const Mg3SupervisorPart& supervisorPart);
    Result<ChargingDocument> returnForChanges(qint64 documentId, const QString& reasons);

    // Versions submitted and waiting on the cases this supervisor sees in full, oldest first.
    Result<QList<ChargingQueueItem>> awaitingApproval() const;

    // The starting points built from what the case holds (ChargingFileStart).
    Result<ChargingFileStart> startingPoints(qint64 caseId) const;

private:
    Result<ChargingDocument> decide(qint64 documentId, ReviewDecision decision, const Mg3SupervisorPart& supervisorPart,
                                    const QString& reasons);

    Database& m_db;
    CaseWork m_work;
};

} // namespace conduct
