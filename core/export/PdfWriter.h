#pragma once
// The one PDF writer: renders any number of DocumentLayouts onto A4 pages with the furniture
// every page needs (protective marking top and bottom, form code, URN, "Page n of N",
// "Not disclosable", layout version, generation stamp, DRAFT watermark: mg-forms §1 and §11).
// Each document in a bundle starts on a new page with its own page numbering.

#include "common/Result.h"
#include "export/DocumentLayout.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace conduct {

struct PdfOptions {
    // mg-forms §11: forces may override the marking text (e.g. "OFFICIAL-SENSITIVE: Personal").
    QString marking = QStringLiteral("OFFICIAL-SENSITIVE");
    bool draftWatermark = true;     // until an officer finalises the document
    QDateTime generatedUtc;         // invalid: Clock::nowUtc()
};

// Writes atomically through QSaveFile: a failed export leaves no file behind (and never a
// half-written one over an earlier export). PDF/A-1b, fonts embedded. `pagesWritten`, when given,
// receives the number of pages (recorded with the disclosure in the audit trail).
Status writePdf(const QString& filePath, const QList<DocumentLayout>& documents, const PdfOptions& options = {},
                int* pagesWritten = nullptr);

// Renders onto any paged device (QPdfWriter, or a QPrinter in the UI for print and preview).
// Sets the device to A4 portrait. Returns the number of pages painted.
Result<int> renderDocuments(QPagedPaintDevice* device, const QList<DocumentLayout>& documents,
                            const PdfOptions& options = {});

// Page images for an on-screen preview, laid out at the given resolution.
QList<QImage> renderPreviewImages(const QList<DocumentLayout>& documents, const PdfOptions& options = {},
                                  int dotsPerInch = 72);

} // namespace conduct
