#include "export/ExportDialog.h"

#include "export/DocumentPreview.h"
#include "widgets/FieldErrors.h"
#include "widgets/Prompts.h"
#include "export/Export.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace conduct {

ExportDialog::SaveFileHandler& ExportDialog::saveFileOverride()
{
    static SaveFileHandler handler;
    return handler;
}

ExportDialog::PrinterHandler& ExportDialog::printerOverride()
{
    static PrinterHandler handler;
    return handler;
}

ExportDialog::ExportDialog(Database& db, const Session& session, qint64 caseId, const DocumentSettings& settings,
                           QWidget* parent)
    : QDialog(parent), m_service(db, session, settings), m_focus(std::make_unique<FieldFocus>())
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export / print documents"));
    auto* outer = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    outer->addWidget(m_banner);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildChoices());
    leftLayout->addWidget(buildDisclosure());
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    leftLayout->addWidget(m_status);
    m_preview = new DocumentPreview(splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    outer->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(this);
    const auto addButton = [&](const QString& text, const char* name, QDialogButtonBox::ButtonRole role) {
        auto* b = buttons->addButton(text, role);
        b->setObjectName(QString::fromLatin1(name));
        m_actions.append(b);
        return b;
    };
    auto* previewButton = addButton(tr("Pre&view"), "previewButton", QDialogButtonBox::ActionRole);
    auto* printButton = addButton(tr("&Print…"), "printButton", QDialogButtonBox::ActionRole);
    auto* saveButton = addButton(tr("&Save PDF…"), "saveButton", QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(previewButton, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ExportDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &ExportDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    resize(1000, 720);

    auto file = m_service.caseFile(caseId);
    if (!file.ok()) {
        showError(file.error());
        for (QPushButton* b : m_actions) b->setEnabled(false);
        return;
    }
    m_file = file.value();
    setWindowTitle(tr("Export / print documents: %1").arg(m_file.caseRecord.urn));
    selectionChanged();
}

ExportDialog::~ExportDialog() = default;

QWidget* ExportDialog::buildChoices()
{
    auto* box = new QGroupBox(tr("Documents"), this);
    auto* layout = new QVBoxLayout(box);
    // What the bundle holds is the registry's, shown for this case in the tooltip (selectionChanged).
    m_bundle = new QCheckBox(tr("&Charging file bundle (the pre-charge file for the CPS, protocol 4.5, 5.2)"), box);
    m_bundle->setObjectName(QStringLiteral("chargingBundleCheck"));
    layout->addWidget(m_bundle);
    connect(m_bundle, &QCheckBox::toggled, this, &ExportDialog::selectionChanged);
    const DocumentRegistry& documents = DocumentRegistry::standard();
    for (DocumentKind kind : documents.kinds()) {
        auto* check = new QCheckBox(documents.title(kind), box);
        check->setObjectName(QStringLiteral("document_") + documentKindCode(kind));
        layout->addWidget(check);
        m_kinds.insert(kind, check);
        check->setChecked(kind == DocumentKind::Mg3);   // the usual first request (protocol 4.5)
        connect(check, &QCheckBox::toggled, this, &ExportDialog::selectionChanged);
    }

    auto* missingLabel = new QLabel(tr("&Not recorded (printed as \"%1\"):").arg(notRecordedText()), box);
    m_missing = new QListWidget(box);
    m_missing->setObjectName(QStringLiteral("missingList"));
    m_missing->setAccessibleName(tr("Values not recorded"));
    m_missing->setWordWrap(true);
    missingLabel->setBuddy(m_missing);
    layout->addWidget(missingLabel);
    layout->addWidget(m_missing, 1);
    auto* goHint = new QLabel(tr("Press Enter or double-click on a value to go where it is recorded."), box);
    goHint->setWordWrap(true);
    goHint->setStyleSheet(QStringLiteral("QLabel { color: #4a4a4a; font-style: italic; }"));
    layout->addWidget(goHint);
    connect(m_missing, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QVariant place = item->data(Qt::UserRole);
        if (!place.isValid()) return;
        emit placeRequested(place.value<CasePlace>());
        reject();   // back to the case, at the field; the export can be opened again from there
    });

    m_confidential = new QLabel(box);
    m_confidential->setObjectName(QStringLiteral("confidentialWarning"));
    m_confidential->setWordWrap(true);
    m_confidential->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #c19c00; padding: 6px; }"));
    m_confidential->setAccessibleName(tr("Confidential contact details warning"));
    m_confidential->hide();
    layout->addWidget(m_confidential);
    return box;
}

QWidget* ExportDialog::buildDisclosure()
{
    auto* box = new QGroupBox(tr("Disclosure (recorded in the audit trail)"), this);
    auto* form = new QFormLayout(box);
    m_justification = new QLineEdit(box);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setPlaceholderText(tr("e.g. pre-charge file for CPS charging advice"));
    m_recipient = new QLineEdit(box);
    m_recipient->setObjectName(QStringLiteral("recipientEdit"));
    m_recipient->setPlaceholderText(tr("e.g. CPS Direct"));
    addLabelledRow(form, tr("&Justification:"), m_justification);
    addLabelledRow(form, tr("&Recipient:"), m_recipient);
    m_focus->add(QCoreApplication::translate("conduct::ExportService", "Justification"), m_justification);
    m_focus->add(QCoreApplication::translate("conduct::ExportService", "Recipient"), m_recipient);
    return box;
}

DocumentSelection ExportDialog::selection() const
{
    if (m_bundle->isChecked()) return DocumentSelection::bundle();
    DocumentSelection s;
    for (DocumentKind kind : DocumentRegistry::standard().kinds())
        if (m_kinds.value(kind)->isChecked()) s.kinds.append(kind);
    return s;
}

void ExportDialog::selectionChanged()
{
    for (QCheckBox* check : m_kinds) check->setEnabled(!m_bundle->isChecked());
    m_preview->clear();
    m_missing->clear();
    if (!isReady()) return;
    QStringList bundled;
    for (DocumentKind kind : DocumentRegistry::standard().chargingBundle(m_file))
        bundled.append(DocumentRegistry::standard().title(kind));
    m_bundle->setToolTip(tr("For this case: %1").arg(bundled.join(QStringLiteral("; "))));
    const DocumentSelection chosen = selection();
    const QList<Error> missing = missingValues(m_file, chosen);
    for (const Error& e : missing) {
        auto* item = new QListWidgetItem(e.field, m_missing);
        item->setToolTip(e.message);
        if (const auto place = placeOfMissingValue(e)) item->setData(Qt::UserRole, QVariant::fromValue(*place));
    }
    if (missing.isEmpty() && !chosen.isEmpty()) new QListWidgetItem(tr("Nothing: every value is recorded."), m_missing);
    const QList<Error> confidential = confidentialContactWarnings(m_file, chosen);
    QStringList lines;
    for (const Error& e : confidential) lines.append(QStringLiteral("• ") + e.message.toHtmlEscaped());
    m_confidential->setText(tr("<b>Confidential contact details in a document served on the defence</b><br>%1")
                                .arg(lines.join(QStringLiteral("<br>"))));
    m_confidential->setVisible(!confidential.isEmpty());
    for (QPushButton* b : m_actions) b->setEnabled(!chosen.isEmpty());
}

void ExportDialog::preview()
{
    if (!isReady() || selection().isEmpty()) return;
    m_preview->showDocuments(buildSelection(m_file, selection()), m_service.pdfOptions());
    m_status->setText(tr("Preview: %n page(s).", nullptr, m_preview->pageCount()));
}

void ExportDialog::showError(const Error& error)
{
    m_banner->showError(error);
    m_focus->focus(error);
}

bool ExportDialog::readyToDisclose()
{
    m_banner->clearError();
    const Disclosure disclosure{m_justification->text(), m_recipient->text()};
    if (Status s = m_service.checkDisclosure(disclosure); !s.ok()) {
        showError(s.error());
        return false;
    }
    const QList<Error> confidential = confidentialContactWarnings(m_file, selection());
    if (confidential.isEmpty()) return true;
    QStringList lines;
    for (const Error& e : confidential) lines.append(e.message);
    return prompts::ask(this, tr("Confidential contact details"),
                        tr("%1\n\nDisclose them anyway?").arg(lines.join(QStringLiteral("\n\n"))),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

bool ExportDialog::savePdf()
{
    if (!isReady() || !readyToDisclose()) return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const DocumentSelection chosen = selection();
    const QString name = m_file.caseRecord.urn + QStringLiteral("-")
                         + (chosen.chargingBundle ? QStringLiteral("charging-file")
                                                  : (chosen.kinds.size() == 1 ? documentKindCode(chosen.kinds.first())
                                                                              : QStringLiteral("documents")))
                         + QStringLiteral(".pdf");
    const QString suggested = QDir(folder).filePath(name);
    QString path = saveFileOverride() ? saveFileOverride()(suggested)
                                      : QFileDialog::getSaveFileName(this, tr("Save documents as PDF"), suggested,
                                                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) return false;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) path += QStringLiteral(".pdf");
    auto outcome = m_service.exportCaseFile(m_file, chosen, path, {m_justification->text(), m_recipient->text()});
    if (!outcome.ok()) {
        showError(outcome.error());
        return false;
    }
    m_status->setText(tr("Saved %1 (%n page(s)). Recorded as a disclosure to %2.", nullptr, outcome->pageCount)
                          .arg(QDir::toNativeSeparators(outcome->path), m_recipient->text().trimmed()));
    return true;
}

bool ExportDialog::print()
{
    if (!isReady() || !readyToDisclose()) return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("%1 documents").arg(m_file.caseRecord.urn));
    bool accepted = false;
    if (printerOverride()) {
        accepted = printerOverride()(printer);
    } else {
        QPrintDialog dialog(&printer, this);
        accepted = dialog.exec() == QDialog::Accepted;
    }
    if (!accepted) return false;
    auto pages = m_service.printCaseFile(m_file, selection(), &printer, {m_justification->text(), m_recipient->text()});
    if (!pages.ok()) {
        showError(pages.error());
        return false;
    }
    m_status->setText(tr("Sent %n page(s) to the printer. Recorded as a disclosure to %1.", nullptr, pages.value())
                          .arg(m_recipient->text().trimmed()));
    return true;
}

} // namespace conduct
