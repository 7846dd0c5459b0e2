#pragma once
// The monitoring report for supervisors (Action::ViewMonitoringReport; protocol 4.1, 10.1):
// computing the figures, the cases behind each, the advisor's rules across open cases, and the
// PDF and CSV exports, each recorded in the audit trail as a disclosure (DPA 2018 s62).

#include "common/Result.h"
#include "monitoring/MonitoringReport.h"
#include "security/User.h"
#include "services/ExportService.h"

namespace conduct {

class Database;

struct MonitoringExportRequest {
    QString path;
    bool anonymised = true;
    QString justification;   // why the figures leave Conduct
    QString recipient;       // to whom
};

class MonitoringService {
public:
    // Without settings, the unit's policy in the store (unitDocumentSettings): its marking and force
    // name. When the stored values cannot be used, the figures can still be seen but not exported.
    MonitoringService(Database& db, const Session& session, std::optional<DocumentSettings> settings = std::nullopt);

    Result<QList<OfficerChoice>> officers() const;
    // `todayLondon` invalid: today by the clock.
    Result<MonitoringReport> compute(const MonitoringScope& scope, const QDate& todayLondon = {}) const;
    // Advisor rules needing attention, by paragraph, across the open cases in scope. Each case is
    // consulted (and so logged) as the advisor does for one case; run on request, not with the figures.
    Result<MonitoringSection> advisorSection(const MonitoringScope& scope) const;
    Result<QList<CaseRowFacts>> casesBehind(const MonitoringFigure& figure) const;

    Result<int> exportPdf(const MonitoringReport& report, const MonitoringExportRequest& request);   // pages written
    Status exportCsv(const MonitoringReport& report, const MonitoringExportRequest& request);

private:
    Status checkExport(const MonitoringExportRequest& request) const;
    Result<QHash<qint64, QString>> urnsFor(const MonitoringReport& report, bool anonymised) const;
    Status recordDisclosure(const MonitoringReport& report, const MonitoringExportRequest& request, const QString& format,
                            int pages);

    Database& m_db;
    Session m_session;
    DocumentSettings m_settings;
    std::optional<Error> m_policyProblem;   // the unit's marking or force name is unusable: no export
};

} // namespace conduct
