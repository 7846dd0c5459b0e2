#include "security/AuditViewerDialog.h"
#include "common/UkTime.h"
#include "widgets/DateField.h"

#include "security/AuditTableModel.h"
#include "widgets/FieldErrors.h"
#include "widgets/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace conduct {
namespace {
// A filter date: used only when its box is ticked, and then it must be a real date.
DateField* makeDateEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new DateField(objectName, parent);
    edit->setRequired(true);
    edit->setDate(uktime::today());
    edit->setEnabled(false);
    return edit;
}
} // namespace

AuditViewerDialog::AuditViewerDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("auditViewerDialog"));
    setWindowTitle(tr("Audit trail"));
    auto* layout = new QVBoxLayout(this);

    m_chain = new QLabel(this);
    m_chain->setObjectName(QStringLiteral("chainStatus"));
    m_chain->setWordWrap(true);
    m_chain->setTextFormat(Qt::PlainText);
    layout->addWidget(m_chain);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    auto* form = new QFormLayout;
    buildFilters(form);
    layout->addLayout(form);

    m_model = new AuditTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setAccessibleName(tr("Audit records"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QList<QPair<int, int>> widths = {{AuditTableModel::SequenceColumn, 60}, {AuditTableModel::TimeColumn, 150},
                                           {AuditTableModel::UserColumn, 120}, {AuditTableModel::ActionColumn, 120},
                                           {AuditTableModel::CaseColumn, 110}, {AuditTableModel::EntityColumn, 110},
                                           {AuditTableModel::ChangesColumn, 260}, {AuditTableModel::JustificationColumn, 180}};
    for (const auto& [column, width] : widths) m_view->setColumnWidth(column, width);
    layout->addWidget(m_view, 1);

    auto* pager = new QHBoxLayout;
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("auditPageLabel"));
    m_previous = new QPushButton(tr("&Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_next = new QPushButton(tr("Ne&xt"), this);
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_export = new QPushButton(tr("&Export to CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    pager->addWidget(m_pageLabel, 1);
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    pager->addSpacing(24);
    pager->addWidget(m_export);
    layout->addLayout(pager);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previous, &QPushButton::clicked, this, &AuditViewerDialog::previousPage);
    connect(m_next, &QPushButton::clicked, this, &AuditViewerDialog::nextPage);
    connect(m_export, &QPushButton::clicked, this, &AuditViewerDialog::exportClicked);

    resize(1100, 640);
    refreshChainStatus();
    search();
}

void AuditViewerDialog::buildFilters(QFormLayout* form)
{
    m_urn = new QLineEdit(this);
    m_urn->setObjectName(QStringLiteral("auditUrnFilter"));
    m_urn->setPlaceholderText(tr("All or part of a URN"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->setPlaceholderText(tr("All or part of a user name"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->addItem(tr("Any action"), QString());
    for (AuditAction a : allAuditActions()) m_action->addItem(AuditTableModel::actionLabel(a), auditActionCode(a));

    auto* dates = new QWidget(this);
    auto* dateRow = new QHBoxLayout(dates);
    dateRow->setContentsMargins(0, 0, 0, 0);
    m_useFrom = new QCheckBox(tr("&From"), dates);
    m_useFrom->setObjectName(QStringLiteral("auditUseFrom"));
    m_from = makeDateEdit(QStringLiteral("auditFromDate"), dates);
    m_from->setAccessibleName(tr("From (UK date)"));
    m_useTo = new QCheckBox(tr("&To"), dates);
    m_useTo->setObjectName(QStringLiteral("auditUseTo"));
    m_to = makeDateEdit(QStringLiteral("auditToDate"), dates);
    m_to->setAccessibleName(tr("To (UK date)"));
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto* searchButton = new QPushButton(tr("&Search"), dates);
    searchButton->setObjectName(QStringLiteral("auditSearchButton"));
    searchButton->setDefault(true);
    connect(searchButton, &QPushButton::clicked, this, &AuditViewerDialog::search);
    dateRow->addWidget(m_useFrom);
    dateRow->addWidget(m_from);
    dateRow->addSpacing(12);
    dateRow->addWidget(m_useTo);
    dateRow->addWidget(m_to);
    dateRow->addStretch(1);
    dateRow->addWidget(searchButton);

    addLabelledRow(form, tr("Case &URN:"), m_urn);
    addLabelledRow(form, tr("&User:"), m_user);
    addLabelledRow(form, tr("&Action:"), m_action);
    form->addRow(tr("Dates (UK):"), dates);
    connect(m_urn, &QLineEdit::returnPressed, this, &AuditViewerDialog::search);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditViewerDialog::search);
}

AuditFilter AuditViewerDialog::filter() const
{
    AuditFilter f;
    f.caseUrn = m_urn->text().trimmed();
    f.userName = m_user->text().trimmed();
    f.action = auditActionFromCode(m_action->currentData().toString());
    if (m_useFrom->isChecked()) f.fromDate = m_from->date();
    if (m_useTo->isChecked()) f.toDate = m_to->date();
    return f;
}

QString AuditViewerDialog::chainStatus() const { return m_chain->text(); }

void AuditViewerDialog::refreshChainStatus()
{
    auto status = AuditQueryService(m_db, m_session).verifyChain();
    const bool intact = status.ok() && status->ok;
    m_chain->setText(status.ok() ? chainStatusText(status.value()) : status.error().text());
    m_chain->setStyleSheet(intact ? QStringLiteral("QLabel { color: #14532d; }")
                                  : QStringLiteral("QLabel { color: #7f1d1d; font-weight: bold; }"));
}

bool AuditViewerDialog::search() { return load(0); }
bool AuditViewerDialog::nextPage() { return m_offset + pageSize < m_total && load(m_offset + pageSize); }
bool AuditViewerDialog::previousPage() { return m_offset > 0 && load(qMax(0, m_offset - pageSize)); }

bool AuditViewerDialog::load(int offset)
{
    if (Status dates = DateEntry::commitAll({m_from, m_to}); !dates.ok()) {   // disabled (unticked) ones are skipped
        m_error->showError(dates.error());
        return false;
    }
    auto page = AuditQueryService(m_db, m_session).find(filter(), offset, pageSize);
    if (!page.ok()) {
        m_error->showError(page.error());
        m_model->setRecords({});
        m_total = 0;
        m_pageLabel->clear();
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        m_export->setEnabled(false);
        return false;
    }
    m_error->clearError();
    m_offset = page->offset;
    m_total = page->total;
    m_model->setRecords(page->records);
    m_pageLabel->setText(m_total == 0 ? tr("No records match.")
                                      : tr("Records %1–%2 of %3").arg(m_offset + 1).arg(m_offset + page->records.size())
                                            .arg(m_total));
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + pageSize < m_total);
    m_export->setEnabled(m_total > 0);
    return true;
}

std::function<QString(QWidget*)>& AuditViewerDialog::saveFileOverride()
{
    static std::function<QString(QWidget*)> fn;
    return fn;
}

void AuditViewerDialog::exportClicked()
{
    const QString path = saveFileOverride()
                             ? saveFileOverride()(this)
                             : QFileDialog::getSaveFileName(this, tr("Export audit records"), QStringLiteral("audit.csv"),
                                                            tr("CSV files (*.csv)"));
    if (!path.isEmpty()) exportTo(path);
}

bool AuditViewerDialog::exportTo(const QString& path)
{
    // An export is a disclosure (DPA 2018 s62(1)(d)): why, and to whom, go into the trail with it.
    const auto reason = prompts::askText(this, tr("Why are these records being exported?"),
                                         tr("Say why the audit records are needed; your reason is recorded."));
    if (!reason) return false;
    const auto recipient = prompts::askText(this, tr("Who will receive them?"),
                                            tr("Name the person or department the records are for; it is recorded."));
    if (!recipient) return false;
    auto written = AuditQueryService(m_db, m_session).exportCsv(filter(), path, *reason, *recipient);
    if (!written.ok()) {
        m_error->showError(written.error());
        return false;
    }
    m_error->clearError();
    refreshChainStatus();
    load(m_offset);   // the export's own record may now match the filter
    m_pageLabel->setText(m_pageLabel->text() + u' ' + (written.value() == 1 ? tr("(1 record exported.)")
                                                                               : tr("(%1 records exported.)").arg(written.value())));
    return true;
}

} // namespace conduct
