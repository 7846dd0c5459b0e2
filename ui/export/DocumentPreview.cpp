#include "export/DocumentPreview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace conduct {

namespace {
constexpr int previewDpi = 60;   // a whole A4 page fits the dialog's width; zoom is for the PDF viewer
}

DocumentPreview::DocumentPreview(QWidget* parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("documentPreview"));
    setAccessibleName(tr("Preview of the documents"));
    // The pages keep their size and the list scrolls; a resizable content widget would squeeze them.
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setBackgroundRole(QPalette::Dark);
    m_content = new QWidget(this);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_layout->setSpacing(12);
    setWidget(m_content);
    clear();
}

void DocumentPreview::clear()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pages = 0;
    auto* hint = new QLabel(tr("Choose documents and press Preview to see the pages."), m_content);
    hint->setObjectName(QStringLiteral("previewHint"));
    hint->setWordWrap(true);
    m_layout->addWidget(hint);
    hint->show();
    m_layout->activate();
    m_content->adjustSize();
}

void DocumentPreview::showDocuments(const QList<DocumentLayout>& documents, const PdfOptions& options)
{
    clear();
    const QList<QImage> pages = renderPreviewImages(documents, options, previewDpi);
    if (pages.isEmpty()) return;
    QLayoutItem* hint = m_layout->takeAt(0);
    delete hint->widget();
    delete hint;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        auto* page = new QLabel(m_content);
        page->setObjectName(QStringLiteral("previewPage%1").arg(i + 1));
        page->setPixmap(QPixmap::fromImage(pages[i]));
        page->setFixedSize(pages[i].size());   // whole pages, scrolled: never squeezed into the view
        page->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(pages.size()));
        m_layout->addWidget(page);
        page->show();   // now, not on a queued event, so the size below counts it
    }
    m_pages = int(pages.size());
    m_layout->activate();
    m_content->adjustSize();
}

} // namespace conduct
