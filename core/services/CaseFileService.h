#pragma once
// Gathers one case into the CaseFile the document builders read (export/CaseFile.h): the case,
// people and incidents through CaseService, then each optional section (risk assessments,
// evidence checklist and exhibits, withdrawal, special measures, charging, orders) through the
// service that owns it. A section whose data is not recorded stays empty, and the documents
// print "[not recorded]" there. Reading a case to export or print it is checked against the
// permission table (ExportDocument / PrintDocument) through the case's owner, like CaseService.

#include "common/Result.h"
#include "export/CaseFile.h"
#include "security/Permissions.h"
#include "security/User.h"

namespace conduct {

class Database;

class CaseFileService {
public:
    CaseFileService(Database& db, const Session& session);

    // Why this user exports someone else's case (officers must say; see Permissions.h).
    void setAccessJustification(const QString& justification) { m_justification = justification; }

    // `purpose` is ExportDocument or PrintDocument (or ViewCase, to draft from the case). `forceName` is printed centred on the MG3 and
    // MG11; it comes from the application's settings, which core does not read.
    Result<CaseFile> assemble(qint64 caseId, Action purpose, const QString& forceName = {},
                              const EscalationOptions& escalation = {}) const;

    // Prints an earlier version of the MG3 or MG5 (an approved one) instead of the newest.
    void pinChargingVersions(int mg3Version, int mg5Version)
    {
        m_pinnedMg3 = mg3Version;
        m_pinnedMg5 = mg5Version;
    }

private:
    Database& m_db;
    Session m_session;
    QString m_justification;
    int m_pinnedMg3 = 0;
    int m_pinnedMg5 = 0;
};

} // namespace conduct
