#include "logimport/LogImportDialog.h"

#include "case/CaseAccessGate.h"

#include "common/Clock.h"
#include "logimport/DiaryParser.h"
#include "logimport/LogImportService.h"
#include "logimport/LogMappingPage.h"
#include "logimport/LogReviewPage.h"
#include "logimport/LogText.h"
#include "services/CaseService.h"
#include "services/EvidenceService.h"
#include "widgets/DialogKeyboard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace conduct {

using namespace logimport;

namespace {
enum Page { FilePage, MappingPage, ReviewPage };

QString settingsKey(const LogTable& table) { return QStringLiteral("logImport/mapping/") + headerSignature(table.headers); }
} // namespace

LogImportDialog::LogImportDialog(Database& db, const Session& session, qint64 caseId, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_caseId(caseId)
{
    setObjectName(QStringLiteral("logImportDialog"));
    setWindowTitle(tr("Import complainant's log"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);

    auto* filePage = new QWidget(m_pages);
    auto* fileLayout = new QVBoxLayout(filePage);
    auto* intro = new QLabel(tr("Choose the complainant's own log of what happened: a spreadsheet saved as CSV or TSV, or a "
                                "diary as plain text with each entry starting with its date. The file is kept unchanged as an "
                                "exhibit, and each incident records the row it came from (protocol 3.2: the course of conduct "
                                "is seen as a whole)."), filePage);
    intro->setWordWrap(true);
    fileLayout->addWidget(intro);
    auto* fileRow = new QHBoxLayout;
    m_fileEdit = new QLineEdit(filePage);
    m_fileEdit->setObjectName(QStringLiteral("logFileEdit"));
    m_fileEdit->setAccessibleName(tr("Log file"));
    auto* browse = new QPushButton(tr("&Browse…"), filePage);
    browse->setObjectName(QStringLiteral("browseLogButton"));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    fileLayout->addLayout(fileRow);
    fileLayout->addStretch();
    m_pages->addWidget(filePage);

    m_mapping = new LogMappingPage(m_pages);
    m_pages->addWidget(m_mapping);

    auto* reviewHolder = new QWidget(m_pages);
    auto* reviewLayout = new QVBoxLayout(reviewHolder);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    m_review = new LogReviewPage(reviewHolder);
    reviewLayout->addWidget(m_review, 1);
    auto* exhibitForm = new QFormLayout;
    m_exhibitEdit = new QLineEdit(reviewHolder);
    m_exhibitEdit->setObjectName(QStringLiteral("exhibitReferenceEdit"));
    m_producedByEdit = new QLineEdit(reviewHolder);
    m_producedByEdit->setObjectName(QStringLiteral("producedByEdit"));
    exhibitForm->addRow(tr("Keep the file as &exhibit:"), m_exhibitEdit);
    exhibitForm->addRow(tr("Produced b&y:"), m_producedByEdit);
    reviewLayout->addLayout(exhibitForm);
    m_pages->addWidget(reviewHolder);
    layout->addWidget(m_pages, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("logImportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4000f;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    auto* cancel = new QPushButton(tr("Cancel"), this);
    m_back = new QPushButton(tr("< Bac&k"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setDefault(true);
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Save every entry as an incident and the file as an exhibit, all together or not at all"));
    buttons->addStretch();
    for (QPushButton* b : {m_back, m_next, m_import, cancel}) buttons->addWidget(b);
    markCtrlReturnButton(m_next);     // Ctrl+Return: on to the next page,
    markCtrlReturnButton(m_import);   // and on the review page, Import
    layout->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, &LogImportDialog::browse);
    connect(m_back, &QPushButton::clicked, this, &LogImportDialog::back);
    connect(m_next, &QPushButton::clicked, this, &LogImportDialog::next);
    connect(m_import, &QPushButton::clicked, this, &LogImportDialog::importNow);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_review, &LogReviewPage::editFailed, this, &LogImportDialog::showError);
    connect(m_review, &LogReviewPage::edited, this, [this] { showError(QString()); });
    resize(1100, 700);
    updateButtons();
}

void LogImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Complainant's log"), QString(),
                                                      tr("Logs (*.csv *.tsv *.txt *.tab);;All files (*)"));
    if (!path.isEmpty()) m_fileEdit->setText(path);
}

void LogImportDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LogImportDialog::updateButtons()
{
    const int page = m_pages->currentIndex();
    m_back->setEnabled(page != FilePage);
    m_next->setVisible(page != ReviewPage);
    m_import->setVisible(page == ReviewPage);
    m_import->setDefault(page == ReviewPage);
    m_next->setDefault(page != ReviewPage);
}

void LogImportDialog::back()
{
    showError(QString());
    m_pages->setCurrentIndex(std::max(0, m_pages->currentIndex() - 1));
    updateButtons();
}

void LogImportDialog::next()
{
    showError(QString());
    const bool moved = m_pages->currentIndex() == FilePage ? readFile() : buildReview();
    if (moved) m_pages->setCurrentIndex(m_pages->currentIndex() + 1);
    updateButtons();
}

bool LogImportDialog::readFile()
{
    const QString path = m_fileEdit->text().trimmed();
    auto bytes = readLogFile(path);
    if (!bytes.ok()) return showError(bytes.error().text()), false;
    const QString name = QFileInfo(path).fileName();
    auto decoded = decodeLog(name, bytes.value());
    if (!decoded.ok()) return showError(decoded.error().message), false;
    m_original = bytes.value();
    m_encoding = decoded->encoding;
    m_table = looksDelimited(name, decoded->text) ? delimitedTable(name, decoded->text, decoded->encoding)
                                                  : diaryTable(name, decoded->text, decoded->encoding);
    // A mapping chosen before for a file with these column names is used again.
    ColumnMapping mapping = guessMapping(m_table);
    const QString remembered = QSettings().value(settingsKey(m_table)).toString();
    if (!m_table.isDiary && !remembered.isEmpty()) mapping = mappingFromText(remembered, m_table.columnCount());
    m_mapping->setTable(m_table, mapping);
    return true;
}

bool LogImportDialog::buildReview()
{
    const ColumnMapping mapping = m_mapping->mapping();
    auto proposals = buildProposals(m_table, mapping, Clock::nowUtc());
    if (!proposals.ok()) return showError(proposals.error().message), false;
    if (!m_table.isDiary) QSettings().setValue(settingsKey(m_table), mappingToText(mapping));
    m_review->setProposals(m_table.fileName, proposals.value());
    if (m_exhibitEdit->text().isEmpty()) m_exhibitEdit->setText(suggestedExhibitReference());
    return true;
}

QString LogImportDialog::suggestedExhibitReference() const
{
    // The producer is usually the complainant: their initials, then the first number not yet used.
    QString initials = QStringLiteral("CL");
    auto detail = CaseService(m_db, m_session).loadCase(m_caseId);
    if (detail.ok())
        for (const Person& p : detail->people)
            if (p.role == PersonRole::Complainant && !p.forenames.isEmpty() && !p.surname.isEmpty()) {
                initials = QString(p.forenames.at(0).toUpper()) + p.surname.at(0).toUpper();
                if (m_producedByEdit->text().isEmpty()) m_producedByEdit->setText(p.displayName());
                break;
            }
    QStringList used;
    if (auto exhibits = EvidenceService(m_db, m_session).exhibits(m_caseId); exhibits.ok())
        for (const Exhibit& e : exhibits.value()) used.append(e.reference.toUpper());
    for (int n = 1;; ++n) {
        const QString reference = QStringLiteral("%1/%2").arg(initials).arg(n);
        if (!used.contains(reference)) return reference;
    }
}

void LogImportDialog::importNow()
{
    showError(QString());
    const LogImportRequest request{m_caseId, m_table.fileName, m_original, m_encoding, m_exhibitEdit->text().trimmed(),
                                   m_producedByEdit->text().trimmed(), m_review->proposals()};
    auto outcome = LogImportService(m_db, m_session).importLog(request);
    // Row messages already name the file and row; others need their field ("Reference") in front.
    const Error& e = outcome.ok() ? Error{} : outcome.error();
    if (!outcome.ok()) return showError(e.message.contains(e.field) ? e.message : e.text());
    m_imported = int(outcome->incidentIds.size());
    accept();
}

bool runLogImport(QWidget* parent, Database& db, const Session& session, qint64 caseId)
{
    // Importing adds an exhibit and incidents: asked before the first page, not at Import (issue 31).
    if (!mayBeginOnCase(parent, db, session, caseId, Action::EditCase, LogImportDialog::tr("Import complainant's log")))
        return false;
    LogImportDialog dialog(db, session, caseId, parent);
    return dialog.exec() == QDialog::Accepted && dialog.importedCount() > 0;
}

} // namespace conduct
