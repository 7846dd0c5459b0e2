#include "evidence/ChecklistPage.h"
#include "common/UkTime.h"

#include "forms/FormPack.h"
#include "services/EvidenceService.h"

#include <QComboBox>
#include <algorithm>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
enum Column { ItemColumn, StatusColumn, DateColumn, ExhibitsColumn, NoteColumn, ColumnCount };
const QString dateFormat = QStringLiteral("dd/MM/yyyy");

const ChecklistItemRecord* findRecord(const QList<ChecklistItemRecord>& records, const QString& pack, const QString& item)
{
    for (const auto& r : records)
        if (r.packId == pack && r.itemId == item) return &r;
    return nullptr;
}
// Header fields of the domestic abuse checklist (officer, staff number, reference) come from the case.
bool isStatusItem(const FormItem& item) { return item.type != AnswerType::Text; }
} // namespace

ChecklistPage::ChecklistPage(EvidenceService& service, QWidget* parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("checklistPage"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("checklistHeading"));
    layout->addWidget(m_heading);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("checklistError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; border: 1px solid #a4262c; padding: 4px; }"));
    m_error->hide();
    layout->addWidget(m_error);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("checklistTable"));
    m_table->setAccessibleName(tr("Evidence checklist items"));
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Status"), tr("Date"), tr("Exhibits"), tr("Note")});
    m_table->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    // Rows follow their wrapped text at the table's real width, not the width when first filled.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (!m_filling && column != ItemColumn && column != StatusColumn) save(row);
    });
}

QString ChecklistPage::summaryText(const QList<ChecklistItemRecord>& records, int itemCount, QStringList* outstanding)
{
    int obtained = 0, open = 0, closed = 0;
    for (const auto& r : records) {
        if (r.packId != QLatin1String(stalkingChecklistPackId)) continue;
        if (r.status == EvidenceStatus::Obtained) ++obtained;
        else if (r.status == EvidenceStatus::NotApplicable || r.status == EvidenceStatus::NotAvailable) ++closed;
        else ++open;
    }
    if (outstanding) {
        if (const FormPack* pack = evidencePack(QString::fromLatin1(stalkingChecklistPackId)))
            for (const FormItem* item : pack->items()) {
                const ChecklistItemRecord* r = findRecord(records, pack->id, item->id);
                if (!r || r->status == EvidenceStatus::Outstanding || r->status == EvidenceStatus::Requested)
                    outstanding->append(QStringLiteral("%1 (%2)").arg(item->text, r ? labelOf(r->status) : tr("no status")));
            }
    }
    const int unset = itemCount - obtained - open - closed;
    return tr("Evidence checklist: %1 of %2 items obtained, %3 requested or outstanding, %4 not applicable or not available, "
              "%5 with no status.").arg(obtained).arg(itemCount).arg(open).arg(closed).arg(unset);
}

void ChecklistPage::show(const CaseDetail& detail)
{
    m_caseId = detail.caseRecord.id;
    m_domesticAbuse = false;
    for (const Person& p : detail.people)
        if (p.role == PersonRole::Suspect && p.domesticAbuse) m_domesticAbuse = true;
    auto records = m_service.checklist(m_caseId);
    m_records = records.ok() ? records.value() : QList<ChecklistItemRecord>();
    fill();
}

void ChecklistPage::fill()
{
    m_filling = true;
    m_table->setRowCount(0);
    m_rows.clear();
    QStringList packIds{QString::fromLatin1(stalkingChecklistPackId)};
    if (m_domesticAbuse) packIds.append(QString::fromLatin1(domesticAbuseChecklistPackId));
    QStringList notices;
    for (const QString& packId : packIds) {
        const FormPack* pack = evidencePack(packId);
        if (!pack) continue;
        if (!pack->notice.isEmpty()) notices.append(pack->notice);
        for (const FormSection& section : pack->sections) {
            if (std::none_of(section.items.begin(), section.items.end(), isStatusItem)) continue;
            const int header = m_table->rowCount();
            m_table->insertRow(header);
            auto* title = new QTableWidgetItem(pack->sections.size() > 1 || packIds.size() > 1
                                                   ? QStringLiteral("%1 — %2").arg(pack->title, section.title) : pack->title);
            QFont bold = title->font();
            bold.setBold(true);
            title->setFont(bold);
            title->setFlags(Qt::ItemIsEnabled);
            m_table->setItem(header, 0, title);
            m_table->setSpan(header, 0, 1, ColumnCount);
            m_rows.append({packId, {}});
            for (const FormItem& item : section.items) {
                if (!isStatusItem(item)) continue;
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                m_rows.append({packId, item.id});
                const ChecklistItemRecord* r = findRecord(m_records, packId, item.id);
                QString text = item.text;
                if (!item.wordingVerified()) text += QStringLiteral("  [%1]").arg(verificationBadge(item.verification));
                auto* label = new QTableWidgetItem(text);
                label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                label->setToolTip(item.citation.isEmpty() ? item.text : item.citation);
                m_table->setItem(row, ItemColumn, label);
                auto* status = new QComboBox(m_table);
                status->setObjectName(QStringLiteral("status_%1").arg(item.id));
                status->setAccessibleName(tr("Status of %1").arg(item.text));
                status->addItem(tr("— no status —"), QString());
                for (EvidenceStatus s : allValues<EvidenceStatus>()) status->addItem(labelOf(s), toCode(s));
                status->setCurrentIndex(r ? status->findData(toCode(r->status)) : 0);
                connect(status, &QComboBox::currentIndexChanged, this, [this, row] { if (!m_filling) save(row); });
                m_table->setCellWidget(row, StatusColumn, status);
                const QDate date = r ? (r->obtainedOn.isValid() ? r->obtainedOn : r->requestedOn) : QDate();
                m_table->setItem(row, DateColumn, new QTableWidgetItem(date.toString(dateFormat)));
                m_table->setItem(row, ExhibitsColumn, new QTableWidgetItem(r ? r->exhibitRefs.join(QStringLiteral(", ")) : QString()));
                m_table->setItem(row, NoteColumn, new QTableWidgetItem(r ? r->note : QString()));
            }
        }
    }
    m_heading->setText(summaryText(m_records, evidencePack(QString::fromLatin1(stalkingChecklistPackId))
                                                  ? evidencePack(QString::fromLatin1(stalkingChecklistPackId))->itemCount() : 0)
                       + (notices.isEmpty() ? QString() : QStringLiteral("\n") + notices.join(QStringLiteral("\n"))));
    m_table->resizeColumnToContents(StatusColumn);
    m_table->setColumnWidth(DateColumn, 95);
    m_table->setColumnWidth(ExhibitsColumn, 110);
    m_filling = false;
}

void ChecklistPage::save(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].itemId.isEmpty()) return;
    auto* status = qobject_cast<QComboBox*>(m_table->cellWidget(row, StatusColumn));
    if (!status || status->currentData().toString().isEmpty()) return;   // nothing to record until a status is chosen
    ChecklistItemRecord item;
    item.caseId = m_caseId;
    item.packId = m_rows[row].packId;
    item.itemId = m_rows[row].itemId;
    item.status = fromCode<EvidenceStatus>(status->currentData().toString()).value_or(EvidenceStatus::Outstanding);
    const QString dateText = m_table->item(row, DateColumn) ? m_table->item(row, DateColumn)->text().trimmed() : QString();
    QDate date = QDate::fromString(dateText, dateFormat);
    if (!dateText.isEmpty() && !date.isValid()) {
        m_error->setText(tr("Date: \"%1\" is not a date. Use dd/mm/yyyy, e.g. %2.")
                             .arg(dateText, uktime::formatDate(uktime::today())));
        m_error->show();
        return;
    }
    // Choosing obtained or requested dates it today unless a date is given: the officer can correct it.
    if (!date.isValid() && (item.status == EvidenceStatus::Obtained || item.status == EvidenceStatus::Requested))
        date = uktime::today();
    if (item.status == EvidenceStatus::Obtained) item.obtainedOn = date;
    else if (item.status == EvidenceStatus::Requested) item.requestedOn = date;
    const QString refs = m_table->item(row, ExhibitsColumn) ? m_table->item(row, ExhibitsColumn)->text() : QString();
    for (const QString& ref : refs.split(QLatin1Char(','), Qt::SkipEmptyParts)) item.exhibitRefs.append(ref.trimmed());
    item.note = m_table->item(row, NoteColumn) ? m_table->item(row, NoteColumn)->text() : QString();
    auto saved = m_service.setChecklistItem(item);
    if (!saved.ok()) {
        m_error->setText(saved.error().text());
        m_error->show();
        return;
    }
    m_error->hide();
    auto records = m_service.checklist(m_caseId);
    if (records.ok()) m_records = records.value();
    fill();
    emit changed();
}

} // namespace conduct
