#include "evidence/ExhibitDialog.h"

#include "common/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
const QString timeFormat = QStringLiteral("dd/MM/yyyy HH:mm");
QString localText(const QDateTime& utc) { return utc.isValid() ? utc.toLocalTime().toString(timeFormat) : QString(); }
QDateTime fromLocalText(const QString& text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), timeFormat);
    if (!t.isValid()) return {};
    t.setTimeSpec(Qt::LocalTime);
    return t.toUTC();
}

QLineEdit* addField(QFormLayout* form, const QString& label, const QString& name, const QString& value, QWidget* parent)
{
    auto* edit = new QLineEdit(value, parent);
    edit->setObjectName(name);
    auto* l = new QLabel(label, parent);
    l->setBuddy(edit);
    form->addRow(l, edit);
    return edit;
}
} // namespace

ExhibitDialog::ExhibitDialog(const Exhibit& exhibit, const QList<Incident>& incidents, Saver saver, QWidget* parent)
    : QDialog(parent), m_original(exhibit), m_incidents(incidents), m_saver(std::move(saver))
{
    setObjectName(QStringLiteral("exhibitDialog"));
    setWindowTitle(exhibit.id == 0 ? tr("Add exhibit") : tr("Exhibit %1").arg(exhibit.reference));
    auto* layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exhibitError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; border: 1px solid #a4262c; padding: 4px; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* form = new QFormLayout;
    m_reference = addField(form, tr("&Reference (initials and number):"), QStringLiteral("exhibitReference"), exhibit.reference, this);
    m_reference->setPlaceholderText(tr("e.g. SE/1"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("exhibitType"));
    for (ExhibitType t : allValues<ExhibitType>()) m_type->addItem(labelOf(t), toCode(t));
    m_type->setCurrentIndex(m_type->findData(toCode(exhibit.type)));
    auto* typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, m_type);
    m_description = addField(form, tr("&Description:"), QStringLiteral("exhibitDescription"), exhibit.description, this);
    m_producedBy = addField(form, tr("&Produced by:"), QStringLiteral("exhibitProducedBy"), exhibit.producedBy, this);
    m_heldAt = addField(form, tr("&Where held now:"), QStringLiteral("exhibitHeldAt"), exhibit.heldAt, this);
    layout->addLayout(form);

    auto* continuityLabel = new QLabel(tr("&Continuity (who had it, from, to; times dd/mm/yyyy hh:mm, local):"), this);
    layout->addWidget(continuityLabel);
    m_continuity = new QTableWidget(0, 4, this);
    m_continuity->setObjectName(QStringLiteral("continuityTable"));
    m_continuity->setAccessibleName(tr("Continuity"));
    continuityLabel->setBuddy(m_continuity);
    m_continuity->setHorizontalHeaderLabels({tr("Who had it"), tr("From"), tr("To"), tr("Note")});
    m_continuity->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_continuity->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    for (const ContinuityEntry& c : exhibit.continuity) {
        const int row = m_continuity->rowCount();
        m_continuity->insertRow(row);
        const QStringList cells{c.heldBy, localText(c.fromUtc), localText(c.toUtc), c.note};
        for (int col = 0; col < cells.size(); ++col) m_continuity->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    layout->addWidget(m_continuity);
    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add &handover"), this);
    add->setObjectName(QStringLiteral("addContinuityButton"));
    auto* remove = new QPushButton(tr("Remove ro&w"), this);
    remove->setObjectName(QStringLiteral("removeContinuityButton"));
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, &ExhibitDialog::addContinuityRow);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_continuity->currentRow() >= 0) m_continuity->removeRow(m_continuity->currentRow());
    });

    auto* incidentsLabel = new QLabel(tr("&Incidents it evidences:"), this);
    layout->addWidget(incidentsLabel);
    m_incidentList = new QListWidget(this);
    m_incidentList->setObjectName(QStringLiteral("exhibitIncidents"));
    incidentsLabel->setBuddy(m_incidentList);
    for (const Incident& i : incidents) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(localText(i.startUtc), i.description.left(70)), m_incidentList);
        item->setData(Qt::UserRole, i.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(exhibit.incidentIds.contains(i.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_incidentList->setMaximumHeight(110);
    layout->addWidget(m_incidentList);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExhibitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExhibitDialog::reject);
    resize(760, 560);
}

void ExhibitDialog::addContinuityRow()
{
    const int row = m_continuity->rowCount();
    // A handover closes the open row at the same moment the new holder takes it.
    const QString now = localText(Clock::nowUtc());
    if (row > 0 && m_continuity->item(row - 1, 2) && m_continuity->item(row - 1, 2)->text().isEmpty())
        m_continuity->item(row - 1, 2)->setText(now);
    m_continuity->insertRow(row);
    const QStringList cells{QString(), now, QString(), QString()};
    for (int col = 0; col < cells.size(); ++col) m_continuity->setItem(row, col, new QTableWidgetItem(cells[col]));
    m_continuity->setCurrentCell(row, 0);
    m_continuity->editItem(m_continuity->item(row, 0));
}

Exhibit ExhibitDialog::exhibit() const
{
    Exhibit e = m_original;
    e.reference = m_reference->text();
    e.type = fromCode<ExhibitType>(m_type->currentData().toString()).value_or(ExhibitType::Other);
    e.description = m_description->text();
    e.producedBy = m_producedBy->text();
    e.heldAt = m_heldAt->text();
    e.continuity.clear();
    auto text = [this](int row, int col) { return m_continuity->item(row, col) ? m_continuity->item(row, col)->text() : QString(); };
    for (int row = 0; row < m_continuity->rowCount(); ++row)
        e.continuity.append({text(row, 0).trimmed(), fromLocalText(text(row, 1)), fromLocalText(text(row, 2)), text(row, 3).trimmed()});
    e.incidentIds.clear();
    for (int i = 0; i < m_incidentList->count(); ++i)
        if (m_incidentList->item(i)->checkState() == Qt::Checked)
            e.incidentIds.append(m_incidentList->item(i)->data(Qt::UserRole).toLongLong());
    return e;
}

void ExhibitDialog::accept()
{
    auto result = m_saver(exhibit());
    if (!result.ok()) {
        m_error->setText(result.error().text());
        m_error->show();
        if (result.error().field == tr("Reference")) m_reference->setFocus();
        else if (result.error().field == tr("Description")) m_description->setFocus();
        else if (result.error().field.startsWith(tr("Continuity"))) m_continuity->setFocus();
        return;
    }
    m_saved = result.value();
    QDialog::accept();
}

} // namespace conduct
