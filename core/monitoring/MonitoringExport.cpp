#include "monitoring/MonitoringExport.h"

#include "common/UkTime.h"
#include "export/Csv.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Monitoring", text); }

// A printed figure lists at most this many case references; the CSV lists them all.
constexpr int printedReferencesPerFigure = 30;

QStringList urnsOf(const MonitoringFigure& f, const QHash<qint64, QString>& caseUrns, int limit)
{
    QStringList urns;
    for (qint64 id : f.caseIds) {
        if (limit >= 0 && urns.size() >= limit) {
            urns.append(tr("and %1 more").arg(f.caseIds.size() - limit));
            break;
        }
        urns.append(caseUrns.value(id, QStringLiteral("#%1").arg(id)));
    }
    return urns;
}

QString scopeText(const MonitoringReport& report, bool anonymised)
{
    if (report.scope.officerUserId == 0) return tr("Whole unit");
    return anonymised ? tr("One officer (name withheld in the anonymised copy)") : report.scope.officerName;
}
} // namespace

QString monitoringPeriodText(const MonitoringScope& scope)
{
    return tr("%1 to %2 (UK local dates)")
        .arg(uktime::formatDate(scope.firstDay), uktime::formatDate(scope.lastDay));
}

DocumentLayout monitoringDocument(const MonitoringReport& report, bool anonymised, const QHash<qint64, QString>& caseUrns)
{
    DocumentLayout doc;
    // meta.kind is only read by case-document builders; this report is not a case document.
    doc.meta.formCode = tr("MONITORING");
    doc.meta.title = tr("STALKING AND HARASSMENT MONITORING REPORT");
    doc.meta.subtitles = {tr("NPCC\u2013CPS protocol 4.1 (monthly monitoring) and 10.1 (lessons learnt)")};
    doc.meta.layoutVersion = tr("Conduct layout 1: monitoring report (no official form)");
    doc.meta.notDisclosable = true;
    // The writer prints a URN on page 1; a unit's figures belong to no single case.
    doc.meta.urnText = tr("none (unit figures)");
    doc.meta.subject = tr("Monitoring report %1").arg(monitoringPeriodText(report.scope));
    doc.fields({{tr("Period:"), monitoringPeriodText(report.scope)},
                {tr("Cases of:"), scopeText(report, anonymised)},
                {tr("Current figures as at:"), uktime::formatDate(report.asOf)},
                {tr("Copy:"), anonymised ? tr("Anonymised: figures only") : tr("With case references")}},
               2);
    for (const MonitoringSection& s : report.sections) {
        doc.heading(tr("%1 (protocol %2)").arg(s.title, s.paragraph));
        if (!s.note.isEmpty()) doc.paragraph(s.note, true);
        TableBlock table;
        table.columns = {{tr("Figure"), 10}, {tr("Value"), 4}};
        if (!anonymised) table.columns.append({tr("Cases"), 12});
        for (const MonitoringFigure& f : s.figures) {
            QStringList row{f.label, f.valueText()};
            if (!anonymised) row.append(urnsOf(f, caseUrns, printedReferencesPerFigure).join(QStringLiteral(", ")));
            table.rows.append(row);
        }
        doc.table(table);
    }
    return doc;
}

QByteArray monitoringCsv(const MonitoringReport& report, bool anonymised, const QHash<qint64, QString>& caseUrns)
{
    QStringList header{QStringLiteral("section"), QStringLiteral("protocol_paragraph"), QStringLiteral("figure_key"),
                       QStringLiteral("figure"), QStringLiteral("value"), QStringLiteral("period_first_day"),
                       QStringLiteral("period_last_day"), QStringLiteral("scope")};
    if (!anonymised) header.append(QStringLiteral("case_urns"));
    QByteArray csv = csvRow(header);
    for (const MonitoringSection& s : report.sections)
        for (const MonitoringFigure& f : s.figures) {
            QStringList row{s.title, s.paragraph, f.key, f.label, f.valueText(), report.scope.firstDay.toString(Qt::ISODate),
                            report.scope.lastDay.toString(Qt::ISODate), scopeText(report, anonymised)};
            if (!anonymised) row.append(urnsOf(f, caseUrns, -1).join(u' '));
            csv += csvRow(row);
        }
    return csv;
}

} // namespace conduct
