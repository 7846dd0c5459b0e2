#include "chronology/MonitoringDialog.h"

#include "chronology/MonitoringChart.h"
#include "common/UkTime.h"
#include "domain/Codes.h"
#include "widgets/DateField.h"
#include "widgets/DialogKeyboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
constexpr int keyRole = Qt::UserRole;
constexpr int caseIdRole = Qt::UserRole + 1;
} // namespace

std::function<QString(QWidget*, const QString&)>& MonitoringDialog::saveFileOverride()
{
    static std::function<QString(QWidget*, const QString&)> fn;
    return fn;
}

MonitoringDialog::MonitoringDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Monitoring report"));
    resize(1100, 720);
    // The default period: the last full calendar month in London, as the SPOC's monthly return (4.1).
    const QDate today = uktime::today();
    const QDate firstOfMonth(today.year(), today.month(), 1);

    m_from = new DateField(QStringLiteral("fromDate"), this);
    m_from->setAccessibleName(tr("Period from"));
    m_to = new DateField(QStringLiteral("toDate"), this);
    m_to->setAccessibleName(tr("Period to"));
    for (DateField* e : {m_from, m_to}) {
        e->setRequired(true);
        e->setReferenceDate(firstOfMonth.addMonths(-1));
    }
    m_from->setDate(firstOfMonth.addMonths(-1));
    m_to->setDate(firstOfMonth.addDays(-1));
    m_officer = new QComboBox(this);
    m_officer->setObjectName(QStringLiteral("officerCombo"));
    m_officer->addItem(tr("Whole unit"), qint64(0));
    if (auto officers = MonitoringService(m_db, m_session).officers(); officers.ok())
        for (const OfficerChoice& o : officers.value()) m_officer->addItem(o.displayName, o.userId);
    auto* computeButton = new QPushButton(tr("&Show figures"), this);
    markCtrlReturnButton(computeButton);
    computeButton->setObjectName(QStringLiteral("computeButton"));
    auto* advisorButton = new QPushButton(tr("Check &advisor rules on open cases"), this);
    advisorButton->setObjectName(QStringLiteral("advisorButton"));
    advisorButton->setToolTip(tr("Runs the protocol advisor on every open case in scope; each case is consulted and logged."));

    auto* top = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    auto* toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addWidget(new QLabel(tr("(UK dates)"), this));
    top->addSpacing(12);
    auto* officerLabel = new QLabel(tr("Offic&er"), this);
    officerLabel->setBuddy(m_officer);   // names the list for screen readers, and Alt+E reaches it
    top->addWidget(officerLabel);
    top->addWidget(m_officer, 1);
    top->addWidget(computeButton);
    top->addWidget(advisorButton);

    m_figures = new QTreeWidget(this);
    m_figures->setObjectName(QStringLiteral("figureTree"));
    m_figures->setHeaderLabels({tr("Figure"), tr("Value"), tr("Protocol")});
    m_figures->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->header()->setStretchLastSection(false);
    m_chart = new MonitoringChart(this);
    m_chart->setObjectName(QStringLiteral("figureChart"));
    m_casesTitle = new QLabel(tr("Choose a figure to see the cases behind it."), this);
    m_casesTitle->setObjectName(QStringLiteral("casesTitle"));
    m_casesTitle->setWordWrap(true);
    m_cases = new QTableWidget(0, 4, this);
    m_cases->setObjectName(QStringLiteral("caseTable"));
    m_cases->setHorizontalHeaderLabels({tr("URN"), tr("Officer in the case"), tr("Status"), tr("Opened")});
    m_cases->horizontalHeader()->setStretchLastSection(true);
    m_cases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->verticalHeader()->hide();

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_chart);
    rightLayout->addWidget(m_casesTitle);
    rightLayout->addWidget(m_cases, 1);
    rightLayout->addWidget(new QLabel(tr("Double-click a case, or press Enter, to open it."), this));
    auto* split = new QSplitter(this);
    split->addWidget(m_figures);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 480});

    m_anonymised = new QCheckBox(tr("Anonymised (figures only: no case references or officer's name)"), this);
    m_anonymised->setObjectName(QStringLiteral("anonymisedCheck"));
    m_anonymised->setChecked(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. monthly SPOC monitoring return"));
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("recipientEdit"));
    m_recipient->setPlaceholderText(tr("e.g. CPS Area stalking SPOC"));
    auto* pdf = new QPushButton(tr("Export &PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    auto* csv = new QPushButton(tr("Export &CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    auto* exportForm = new QFormLayout;
    exportForm->addRow(tr("Why it is disclosed:"), m_reason);
    exportForm->addRow(tr("Who receives it:"), m_recipient);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_anonymised, 1);
    exportRow->addWidget(pdf);
    exportRow->addWidget(csv);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000;"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(exportForm);
    layout->addLayout(exportRow);
    layout->addWidget(m_error);

    connect(computeButton, &QPushButton::clicked, this, [this] { compute(); });
    connect(advisorButton, &QPushButton::clicked, this, &MonitoringDialog::computeAdvisor);
    connect(m_figures, &QTreeWidget::itemClicked, this, &MonitoringDialog::itemClicked);
    connect(m_chart, &MonitoringChart::figureClicked, this, &MonitoringDialog::showCasesOf);
    // Activation is a double-click or Enter, as the platform style has it.
    connect(m_cases, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        m_chosenCaseId = m_cases->item(index.row(), 0)->data(caseIdRole).toLongLong();
        accept();
    });
    connect(pdf, &QPushButton::clicked, this, [this] { exportReport(true); });
    connect(csv, &QPushButton::clicked, this, [this] { exportReport(false); });
}

MonitoringScope MonitoringDialog::scope() const
{
    const qint64 officer = m_officer->currentData().toLongLong();
    return {m_from->date(), m_to->date(), officer, officer ? m_officer->currentText() : QString()};
}

void MonitoringDialog::showError(const QString& text) { m_error->setText(text); }

bool MonitoringDialog::compute()
{
    if (Status dates = DateEntry::commitAll({m_from, m_to}); !dates.ok()) {
        showError(dates.error().text());
        return false;
    }
    auto report = MonitoringService(m_db, m_session).compute(scope());
    if (!report.ok()) {
        showError(report.error().text());
        return false;
    }
    showError({});
    m_report = std::move(report).value();
    showReport();
    return true;
}

void MonitoringDialog::computeAdvisor()
{
    if (m_report.sections.isEmpty() && !compute()) return;
    auto section = MonitoringService(m_db, m_session).advisorSection(scope());
    if (!section.ok()) {
        showError(section.error().text());
        return;
    }
    m_report.sections.removeIf([](const MonitoringSection& s) { return s.key == QStringLiteral("advisor"); });
    m_report.sections.append(section.value());
    showReport();
}

void MonitoringDialog::showReport()
{
    m_figures->clear();
    for (const MonitoringSection& s : m_report.sections) {
        auto* sectionItem = new QTreeWidgetItem(m_figures, {s.title, QString(), s.paragraph});
        QFont bold = sectionItem->font(0);
        bold.setBold(true);
        sectionItem->setFont(0, bold);
        sectionItem->setToolTip(0, s.note);
        sectionItem->setData(0, keyRole, s.key);
        for (const MonitoringFigure& f : s.figures) {
            auto* item = new QTreeWidgetItem(sectionItem, {f.label, f.valueText(), s.paragraph});
            item->setData(0, keyRole, f.key);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, tr("Click to list the cases behind this figure."));
        }
    }
    m_figures->expandAll();
    m_figures->resizeColumnToContents(1);
    if (!m_report.sections.isEmpty()) m_chart->setSection(m_report.sections.first());
}

void MonitoringDialog::itemClicked(QTreeWidgetItem* item)
{
    const QString key = item->data(0, keyRole).toString();
    QTreeWidgetItem* sectionItem = item->parent() ? item->parent() : item;
    for (const MonitoringSection& s : m_report.sections)
        if (s.key == sectionItem->data(0, keyRole).toString() && s.chart) m_chart->setSection(s);
    if (item->parent()) showCasesOf(key);
}

void MonitoringDialog::showCasesOf(const QString& figureKey)
{
    const MonitoringFigure* figure = m_report.figure(figureKey);
    if (!figure) return;
    auto rows = MonitoringService(m_db, m_session).casesBehind(*figure);
    if (!rows.ok()) {
        showError(rows.error().text());
        return;
    }
    // Spelt out rather than %n: without a loaded translation, %n would show "case(s)".
    const QString count = rows->size() == 1 ? tr("1 case") : tr("%1 cases").arg(rows->size());
    m_casesTitle->setText(tr("%1: %2 (%3)").arg(figure->label, figure->valueText(), count));
    m_cases->setRowCount(0);
    for (const CaseRowFacts& r : rows.value()) {
        const int row = m_cases->rowCount();
        m_cases->insertRow(row);
        auto* urn = new QTableWidgetItem(r.urn);
        urn->setData(caseIdRole, r.caseId);
        m_cases->setItem(row, 0, urn);
        m_cases->setItem(row, 1, new QTableWidgetItem(r.officerInCase));
        const auto status = fromCode<CaseStatus>(r.statusCode);
        m_cases->setItem(row, 2, new QTableWidgetItem(status ? labelOf(*status) : r.statusCode));
        m_cases->setItem(row, 3, new QTableWidgetItem(uktime::formatDate(uktime::dateOf(r.createdUtc))));
    }
    m_cases->resizeColumnsToContents();
}

void MonitoringDialog::exportReport(bool pdf)
{
    if (m_report.sections.isEmpty() && !compute()) return;
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
    const QString suggested = QStringLiteral("monitoring-%1.%2").arg(m_report.scope.firstDay.toString(Qt::ISODate), suffix);
    const QString path = saveFileOverride() ? saveFileOverride()(this, suffix)
                                            : QFileDialog::getSaveFileName(this, tr("Export the monitoring report"), suggested,
                                                                           pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    const MonitoringExportRequest request{path, m_anonymised->isChecked(), m_reason->text(), m_recipient->text()};
    MonitoringService service(m_db, m_session);
    Status written;
    if (pdf) {
        if (auto pages = service.exportPdf(m_report, request); !pages.ok()) written = pages.error();
    } else {
        written = service.exportCsv(m_report, request);
    }
    showError(written.ok() ? QString() : written.error().text());
    if (written.ok()) m_casesTitle->setText(tr("Exported to %1; the disclosure is recorded in the audit trail.").arg(path));
}

} // namespace conduct
