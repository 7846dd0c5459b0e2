#include "monitoring/MonitoringService.h"

#include "common/Clock.h"
#include "common/PrivateFiles.h"
#include "common/UkTime.h"
#include "monitoring/MonitoringExport.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "services/AdvisorService.h"
#include "services/UnitPolicyService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Monitoring", text); }

Status checkScope(const MonitoringScope& scope)
{
    if (!scope.firstDay.isValid() || !scope.lastDay.isValid())
        return fieldError(tr("Period"), tr("Choose the first and the last day of the period."));
    if (scope.lastDay < scope.firstDay)
        return fieldError(tr("To"), tr("The last day is before the first day. Choose a last day on or after %1.")
                                        .arg(uktime::formatDate(scope.firstDay)));
    return {};
}
} // namespace

MonitoringService::MonitoringService(Database& db, const Session& session, std::optional<DocumentSettings> settings)
    : m_db(db), m_session(session)
{
    // As ExportService: a stored marking or force name that cannot be used stops every export,
    // rather than the figures going out under the default marking (issue 24).
    if (settings) {
        m_settings = std::move(*settings);
    } else if (auto unit = unitDocumentSettings(db); unit.ok()) {
        m_settings = unit.value();
    } else {
        m_policyProblem = unit.error();
    }
    if (m_settings.marking.trimmed().isEmpty()) m_settings.marking = DocumentSettings{}.marking;
}

Result<QList<OfficerChoice>> MonitoringService::officers() const
{
    if (Status s = requirePermission(m_session, Action::ViewMonitoringReport); !s.ok()) return s.error();
    return MonitoringQueries(m_db).officers();
}

Result<MonitoringReport> MonitoringService::compute(const MonitoringScope& scope, const QDate& todayLondon) const
{
    if (Status s = requirePermission(m_session, Action::ViewMonitoringReport); !s.ok()) return s.error();
    if (Status s = checkScope(scope); !s.ok()) return s.error();
    const QDate asOf = monitoringAsOf(scope, todayLondon.isValid() ? todayLondon : londonDateOf(Clock::nowUtc()));
    MonitoringQueries queries(m_db);
    MonitoringFacts facts;
    auto opened = queries.openedCases(scope.caseFilter());
    if (!opened.ok()) return opened.error();
    facts.opened = std::move(opened).value();
    auto overdue = queries.overdueReviews(asOf, scope.officerUserId);
    if (!overdue.ok()) return overdue.error();
    facts.overdueReviewCases = std::move(overdue).value();
    auto work = queries.caseWork(scope.officerUserId);
    if (!work.ok()) return work.error();
    facts.caseWork = std::move(work).value();
    return buildMonitoringReport(scope, facts, asOf);
}

Result<MonitoringSection> MonitoringService::advisorSection(const MonitoringScope& scope) const
{
    if (Status s = requirePermission(m_session, Action::ViewMonitoringReport); !s.ok()) return s.error();
    auto open = MonitoringQueries(m_db).openCases(scope.officerUserId);
    if (!open.ok()) return open.error();
    MonitoringSection section{QStringLiteral("advisor"), tr("Advisor rules needing attention, open cases"), QStringLiteral("10.1"),
                              tr("Open cases (not NFA or closed) on which each paragraph's rule needs attention today."),
                              true, {}};
    QHash<QString, int> index;   // paragraph -> figure, in the table's paragraph order
    for (const AdvisorRule& rule : advisorRules()) {
        const QString paragraph = QString::fromLatin1(rule.paragraph);
        if (index.contains(paragraph)) continue;
        index.insert(paragraph, int(section.figures.size()));
        MonitoringFigure f;
        f.key = QStringLiteral("advisor.%1").arg(paragraph);
        f.label = QStringLiteral("%1 %2").arg(paragraph, tr(rule.title));
        section.figures.append(f);
    }
    AdvisorService advisor(m_db, m_session);
    for (qint64 caseId : open.value()) {
        auto results = advisor.advise(caseId);
        if (!results.ok()) return results.error();
        for (const RuleResult& r : results.value()) {
            if (r.state != RuleState::NeedsAttention || !index.contains(r.paragraph)) continue;
            MonitoringFigure& f = section.figures[index.value(r.paragraph)];
            if (f.caseIds.isEmpty() || f.caseIds.last() != caseId) {
                f.caseIds.append(caseId);
                ++f.count;
            }
        }
    }
    return section;
}

Result<QList<CaseRowFacts>> MonitoringService::casesBehind(const MonitoringFigure& figure) const
{
    if (Status s = requirePermission(m_session, Action::ViewMonitoringReport); !s.ok()) return s.error();
    return MonitoringQueries(m_db).caseRows(figure.caseIds);
}

Status MonitoringService::checkExport(const MonitoringExportRequest& request) const
{
    if (Status s = requirePermission(m_session, Action::ViewMonitoringReport); !s.ok()) return s;
    if (Status s = requirePermission(m_session, Action::ExportDocument); !s.ok()) return s;
    if (m_policyProblem) return *m_policyProblem;
    if (request.path.trimmed().isEmpty()) return fieldError(tr("Export file"), tr("Choose the file to save the report as."));
    // DPA 2018 s62(3)(b): the log of a disclosure records the justification and the recipients.
    if (request.justification.trimmed().isEmpty())
        return fieldError(tr("Justification"), tr("Say why the figures are being disclosed, e.g. \"monthly SPOC "
                                                  "monitoring return\". The audit trail records it."));
    if (request.recipient.trimmed().isEmpty())
        return fieldError(tr("Recipient"), tr("Say who will receive the figures, e.g. \"CPS Area stalking SPOC\". "
                                              "The audit trail records it."));
    return {};
}

Result<QHash<qint64, QString>> MonitoringService::urnsFor(const MonitoringReport& report, bool anonymised) const
{
    QHash<qint64, QString> urns;
    if (anonymised) return urns;
    QList<qint64> ids;
    for (const MonitoringSection& s : report.sections)
        for (const MonitoringFigure& f : s.figures) ids.append(f.caseIds);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    auto rows = MonitoringQueries(m_db).caseRows(ids);
    if (!rows.ok()) return rows.error();
    for (const CaseRowFacts& r : rows.value()) urns.insert(r.caseId, r.urn);
    return urns;
}

Status MonitoringService::recordDisclosure(const MonitoringReport& report, const MonitoringExportRequest& request,
                                           const QString& format, int pages)
{
    AuditRecord record = AuditLog::recordFor(m_session, AuditAction::Disclose);
    record.entityType = QStringLiteral("monitoring_report");
    record.entityId = format;
    QJsonObject after{{QStringLiteral("first_day"), report.scope.firstDay.toString(Qt::ISODate)},
                      {QStringLiteral("last_day"), report.scope.lastDay.toString(Qt::ISODate)},
                      {QStringLiteral("officer_user_id"), report.scope.officerUserId},
                      {QStringLiteral("anonymised"), request.anonymised},
                      {QStringLiteral("marking"), m_settings.marking},
                      // The folder may name the user's home, so only the file name is kept.
                      {QStringLiteral("file"), QFileInfo(request.path).fileName()}};
    if (pages > 0) after.insert(QStringLiteral("pages"), pages);
    record.setChanges({}, after);
    record.justification = request.justification.trimmed();
    record.recipient = request.recipient.trimmed();
    return AuditLog::append(m_db, record);
}

Result<int> MonitoringService::exportPdf(const MonitoringReport& report, const MonitoringExportRequest& request)
{
    if (Status s = checkExport(request); !s.ok()) return s.error();
    auto urns = urnsFor(report, request.anonymised);
    if (!urns.ok()) return urns.error();
    PdfOptions options;
    options.marking = m_settings.marking;
    options.draftWatermark = false;   // figures, not a case document awaiting an officer's finalising
    const bool existed = QFile::exists(request.path);
    int pages = 0;
    // writePdf saves through QSaveFile; the record follows at once, and without it the file is taken back.
    if (Status s = writePdf(request.path, {monitoringDocument(report, request.anonymised, urns.value())}, options, &pages);
        !s.ok())
        return s.error();
    if (Status s = recordDisclosure(report, request, QStringLiteral("pdf"), pages); !s.ok()) {
        if (!existed) QFile::remove(request.path);
        return s.error();
    }
    return pages;
}

Status MonitoringService::exportCsv(const MonitoringReport& report, const MonitoringExportRequest& request)
{
    if (Status s = checkExport(request); !s.ok()) return s;
    auto urns = urnsFor(report, request.anonymised);
    if (!urns.ok()) return urns.error();
    QSaveFile file(request.path);
    if (Status s = openPrivately(file, tr("Export file")); !s.ok()) return s;
    file.write(monitoringCsv(report, request.anonymised, urns.value()));
    // Recorded before the file appears: if recording fails, nothing is disclosed.
    if (Status s = recordDisclosure(report, request, QStringLiteral("csv"), 0); !s.ok()) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return fieldError(tr("Export file"), tr("%1 could not be saved (%2). Try another folder.").arg(request.path, file.errorString()));
    return {};
}

} // namespace conduct
