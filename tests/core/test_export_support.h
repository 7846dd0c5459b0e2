#pragma once
// Shared by the export tests: a fully recorded case file, and reading generated PDFs back
// with poppler's pdftotext / pdfinfo.

#include "export/CaseFile.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace conduct::test {

// A case with every section recorded: two complainant/witness MG2s, a suspect, incidents in
// summer and winter time, charging data, action plan, risk assessment, withdrawal, draft order.
CaseFile fullCaseFile();

struct PdfText {
    QStringList pages;   // one entry per page (pdftotext separates pages with form feeds)
    QString all;
    QString flat() const;   // whitespace collapsed to single spaces: for phrases that wrap
};

// layout: pdftotext -layout, which keeps a printed row (e.g. the URN boxes) on one line.
PdfText pdfText(const QString& path, bool layout = false);
bool hasUrnBoxes(const QString& layoutPage);   // "URN  45  AA  02098  20" on one line
QMap<QString, QString> pdfInfo(const QString& path);   // "Pages" -> "6", "Page size" -> ...
QString collapseSpaces(const QString& text);

} // namespace conduct::test
