#include "logimport/LogImportService.h"

#include "common/UkTime.h"
#include "logimport/LogText.h"
#include "security/AuditLog.h"
#include "services/CaseService.h"
#include "services/EvidenceService.h"
#include "store/CaseRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace conduct::logimport {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::logimport", text); }
} // namespace

QString provenanceText(const QString& fileName, const ProposedIncident& proposal, const QString& exhibitReference)
{
    return tr("From complainant's log: %1 %2 (exhibit %3)").arg(fileName, proposal.rowsText(), exhibitReference);
}

LogImportService::LogImportService(Database& db, const Session& session) : m_db(db), m_session(session) {}

Result<LogImportOutcome> LogImportService::importLog(const LogImportRequest& request)
{
    if (request.original.size() > maxLogBytes)
        return decodeLog(request.fileName, request.original).error();   // the size message names the file
    if (Status s = checkReadyToImport(request.fileName, request.incidents); !s.ok()) return s.error();

    // The services below each open a transaction; nested ones join this one, so a failure in any
    // of them (or here) rolls back the exhibit, its file, every incident and every audit record.
    Transaction tx(m_db);
    if (!tx.status().ok()) return tx.status().error();
    CaseService cases(m_db, m_session);
    EvidenceService evidence(m_db, m_session);

    Exhibit exhibit;
    exhibit.caseId = request.caseId;
    exhibit.reference = request.exhibitReference;
    exhibit.description = tr("Complainant's own incident log: %1 (entries imported: %2)")
                              .arg(request.fileName).arg(request.incidents.size());
    exhibit.type = ExhibitType::Documents;
    exhibit.producedBy = request.producedBy;
    auto added = evidence.addExhibit(exhibit);
    if (!added.ok()) return added.error();
    evidence.setAttachmentLimitBytes(maxLogBytes);
    auto attached = evidence.attachBytes(added->id, request.fileName, request.original);
    if (!attached.ok()) return attached.error();

    LogImportOutcome outcome{added->id, attached->id, attached->sha256Hex, {}};
    const QDateTime now = uktime::nowUtcToTheMinute();   // an untimed entry of today ends now, to the minute
    for (const ProposedIncident& p : request.incidents) {
        Incident i;
        i.caseId = request.caseId;
        i.startUtc = p.startUtc;
        i.endUtc = p.endUtc.isValid() ? std::min(p.endUtc, now) : QDateTime();
        i.online = !p.platform.isEmpty();
        i.platform = p.platform;
        i.location = i.online ? QString() : p.location;
        i.behaviours = p.behaviours;
        i.description = p.description;
        i.provenance = provenanceText(request.fileName, p, added->reference);
        i.sourceWording = p.originalWording;
        i.sourceWhenText = p.originalWhenText;
        auto saved = cases.addIncident(i);
        if (!saved.ok())
            return Error{saved.error().field, tr("%1 %2: %3").arg(request.fileName, p.rowsText(), saved.error().message)};
        outcome.incidentIds.append(saved->id);
    }
    // The exhibit evidences every incident it produced.
    Exhibit linked = added.value();
    linked.incidentIds = outcome.incidentIds;
    if (auto updated = evidence.updateExhibit(linked); !updated.ok()) return updated.error();

    auto c = CaseRepository(m_db).get(request.caseId);
    if (!c.ok()) return c.error();
    AuditRecord record = AuditLog::recordFor(m_session, AuditAction::Create);   // collection, as one import
    record.caseId = request.caseId;
    record.caseUrn = c->urn;
    record.entityType = QStringLiteral("complainant_log");
    record.entityId = QString::number(added->id);
    QJsonArray ids;
    for (qint64 id : outcome.incidentIds) ids.append(id);
    const QJsonObject after{{QStringLiteral("file"), request.fileName},
                            {QStringLiteral("sha256"), QString::fromLatin1(attached->sha256Hex)},
                            {QStringLiteral("encoding"), request.encoding},
                            {QStringLiteral("exhibit"), added->reference},
                            {QStringLiteral("incidents"), ids}};
    record.afterJson = QJsonDocument(after).toJson(QJsonDocument::Compact);
    if (Status s = AuditLog::append(m_db, record); !s.ok()) return s.error();
    if (Status s = tx.commit(); !s.ok()) return s.error();
    return outcome;
}

} // namespace conduct::logimport
