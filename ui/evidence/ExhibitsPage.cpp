#include "evidence/ExhibitsPage.h"
#include "common/UkTime.h"

#include "evidence/ExhibitDialog.h"
#include "widgets/Prompts.h"
#include "services/EvidenceService.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

// What the register can truthfully say of an exhibit's files (issue 31): a changed file first; a
// file whose only hash is the one taken when it came in has never been re-checked; otherwise the
// oldest of the last checks, the moment by which every file was known to match.
QString filesText(const Exhibit& e)
{
    if (e.attachments.isEmpty()) return {};
    const int files = int(e.attachments.size());
    int changed = 0, neverRechecked = 0;
    QDateTime allMatchedBy;
    for (const auto& a : e.attachments) {
        const bool rechecked = a.lastVerifiedUtc.isValid() && a.lastVerifiedUtc != a.addedUtc;
        if (a.lastVerifiedUtc.isValid() && !a.lastVerifiedOk) ++changed;
        else if (!rechecked) ++neverRechecked;
        else if (!allMatchedBy.isValid() || a.lastVerifiedUtc < allMatchedBy) allMatchedBy = a.lastVerifiedUtc;
    }
    // Text as well as any colour: the state must be readable without colour vision.
    if (changed) return QObject::tr("%n file(s) — ✖ %1 CHANGED", nullptr, files).arg(changed);
    if (neverRechecked == files)
        return QObject::tr("%n file(s) — hash taken when attached, not yet re-checked", nullptr, files);
    if (neverRechecked)
        return QObject::tr("%n file(s) — %1 matched on %2, %3 not yet re-checked", nullptr, files)
            .arg(files - neverRechecked)
            .arg(uktime::formatDateTime(allMatchedBy))
            .arg(neverRechecked);
    return QObject::tr("%n file(s) — ✔ matched on %1", nullptr, files).arg(uktime::formatDateTime(allMatchedBy));
}
} // namespace

ExhibitsPage::ExhibitsPage(EvidenceService& service, QWidget* parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("exhibitsPage"));
    auto* layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("exhibitsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("exhibitsTable"));
    m_table->setAccessibleName(tr("Exhibit register"));
    m_table->setHorizontalHeaderLabels({tr("Reference"), tr("Type"), tr("Description"), tr("Where held"), tr("Current holder"),
                                        tr("Incidents"), tr("Attached files")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    // Description takes the spare width; the other columns keep readable fixed widths.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const auto& [column, width] : {std::pair{3, 220}, std::pair{4, 200}, std::pair{5, 110}, std::pair{6, 170}})
        m_table->setColumnWidth(column, width);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    auto* add = button(tr("&Add exhibit…"), QStringLiteral("addExhibitButton"), this);
    auto* edit = button(tr("&Edit…"), QStringLiteral("editExhibitButton"), this);
    auto* remove = button(tr("Re&move"), QStringLiteral("removeExhibitButton"), this);
    auto* attach = button(tr("Attach &file…"), QStringLiteral("attachFileButton"), this);
    auto* verify = button(tr("&Verify files"), QStringLiteral("verifyFilesButton"), this);
    for (auto* b : {add, edit, remove, attach, verify}) buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ExhibitsPage::addExhibit);
    connect(edit, &QPushButton::clicked, this, &ExhibitsPage::editExhibit);
    connect(remove, &QPushButton::clicked, this, &ExhibitsPage::removeExhibit);
    connect(attach, &QPushButton::clicked, this, &ExhibitsPage::attachFile);
    connect(verify, &QPushButton::clicked, this, &ExhibitsPage::verifyFiles);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int, int) { editExhibit(); });
    m_chooseFile = [this] { return QFileDialog::getOpenFileName(this, tr("Attach a file to the exhibit")); };
}

void ExhibitsPage::show(const CaseDetail& detail)
{
    m_detail = detail;
    reload();
}

void ExhibitsPage::reload()
{
    auto list = m_service.exhibits(m_detail.caseRecord.id);
    m_exhibits = list.ok() ? list.value() : QList<Exhibit>();
    m_table->setRowCount(int(m_exhibits.size()));
    for (int row = 0; row < m_exhibits.size(); ++row) {
        const Exhibit& e = m_exhibits[row];
        QStringList dates;
        for (const Incident& i : m_detail.incidents)
            if (e.incidentIds.contains(i.id)) dates.append(uktime::formatDateOnly(i.startUtc));
        const QString holder = e.continuity.isEmpty() ? QString() : e.continuity.last().heldBy;
        const QStringList cells{e.reference, labelOf(e.type), e.description, e.heldAt, holder, dates.join(QStringLiteral(", ")),
                                filesText(e)};
        for (int col = 0; col < cells.size(); ++col) m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
}

void ExhibitsPage::showMessage(const QString& text, bool problem)
{
    m_message->setText((problem ? QStringLiteral("✖ ") : QStringLiteral("✔ ")) + text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { background: #fde7e9; border: 1px solid #a4262c; padding: 4px; }")
                                     : QStringLiteral("QLabel { background: #dff6dd; border: 1px solid #107c10; padding: 4px; }"));
    m_message->show();
}

int ExhibitsPage::selectedIndex() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_exhibits.size() ? row : -1;
}

void ExhibitsPage::addExhibit()
{
    Exhibit e;
    e.caseId = m_detail.caseRecord.id;
    e.producedBy = m_detail.caseRecord.officerInCase;
    ExhibitDialog dialog(e, m_detail.incidents, [this](const Exhibit& x) { return m_service.addExhibit(x); }, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reload();
    emit changed();
}

void ExhibitsPage::editExhibit()
{
    const int index = selectedIndex();
    if (index < 0) return;
    ExhibitDialog dialog(m_exhibits[index], m_detail.incidents, [this](const Exhibit& x) { return m_service.updateExhibit(x); }, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reload();
    emit changed();
}

void ExhibitsPage::removeExhibit()
{
    const int index = selectedIndex();
    if (index < 0) return;
    const Exhibit e = m_exhibits[index];
    if (prompts::ask(this, tr("Remove exhibit"), tr("Remove exhibit %1 and its attached files from the register?").arg(e.reference),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Status s = m_service.removeExhibit(e); !s.ok()) return showMessage(s.error().text(), true);
    reload();
    emit changed();
}

void ExhibitsPage::attachFile()
{
    const int index = selectedIndex();
    if (index < 0) return showMessage(tr("Select the exhibit the file belongs to, then attach it."), true);
    const QString path = m_chooseFile ? m_chooseFile() : QString();
    if (path.isEmpty()) return;
    auto attached = m_service.attachFile(m_exhibits[index].id, path);
    if (!attached.ok()) return showMessage(attached.error().text(), true);
    showMessage(tr("%1 attached to %2. SHA-256 %3").arg(attached->fileName, m_exhibits[index].reference,
                                                         QString::fromLatin1(attached->sha256Hex)), false);
    reload();
    emit changed();
}

void ExhibitsPage::verifyFiles()
{
    QStringList problems, fine;
    for (const Exhibit& e : m_exhibits)
        for (const AttachmentInfo& a : e.attachments) {
            auto outcome = m_service.verifyAttachment(a.id);
            if (!outcome.ok()) problems.append(outcome.error().text());
            else (outcome->intact ? fine : problems).append(QStringLiteral("%1: %2").arg(e.reference, outcome->message));
        }
    reload();
    if (problems.isEmpty() && fine.isEmpty()) return showMessage(tr("No attached files to verify."), false);
    showMessage(problems.isEmpty() ? tr("All %n attached file(s) are unchanged.", nullptr, int(fine.size()))
                                   : problems.join(QStringLiteral("\n")), !problems.isEmpty());
}

} // namespace conduct
