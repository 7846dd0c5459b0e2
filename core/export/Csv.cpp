#include "export/Csv.h"

namespace conduct {
namespace {
// Cells a spreadsheet would start a formula with, tab and CR included.
const QString formulaStarts = QStringLiteral("=+-@\t\r");
} // namespace

QByteArray safeCsvCell(QString text)
{
    if (!text.isEmpty() && formulaStarts.contains(text.front())) text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text.toUtf8();
}

QByteArray csvRow(const QStringList& cells)
{
    QByteArray row;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) row.append(',');
        row.append(safeCsvCell(cells[i]));
    }
    row.append("\r\n");   // RFC 4180
    return row;
}

} // namespace conduct
