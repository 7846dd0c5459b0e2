#pragma once
// The monitoring report as a document for the one PDF writer (PdfWriter.h) and as CSV.
// An anonymised copy carries figures only: no case references and no officer's name. The report
// itself never holds a complainant's or suspect's name, date of birth or address.

#include "export/DocumentLayout.h"
#include "monitoring/MonitoringReport.h"

#include <QByteArray>
#include <QHash>

namespace conduct {

// `caseUrns`: case id -> URN for the case references of a named copy; ignored when anonymised.
DocumentLayout monitoringDocument(const MonitoringReport& report, bool anonymised, const QHash<qint64, QString>& caseUrns);
QByteArray monitoringCsv(const MonitoringReport& report, bool anonymised, const QHash<qint64, QString>& caseUrns);

QString monitoringPeriodText(const MonitoringScope& scope);

} // namespace conduct
