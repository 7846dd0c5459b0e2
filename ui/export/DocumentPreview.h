#pragma once
// The export dialog's preview: the pages exactly as the PDF writer lays them out, drawn by the
// same renderer (renderPreviewImages), one below the other in a scrollable list.

#include "export/DocumentLayout.h"
#include "export/PdfWriter.h"

#include <QScrollArea>

class QVBoxLayout;

namespace conduct {

class DocumentPreview : public QScrollArea {
    Q_OBJECT
public:
    explicit DocumentPreview(QWidget* parent = nullptr);
    void showDocuments(const QList<DocumentLayout>& documents, const PdfOptions& options);
    void clear();
    int pageCount() const { return m_pages; }

private:
    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout = nullptr;
    int m_pages = 0;
};

} // namespace conduct
