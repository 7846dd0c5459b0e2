#include "evidence/ExhibitDialog.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "domain/AttachmentCheck.h"

#include <QRegularExpression>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
QString localText(const QDateTime& utc) { return uktime::formatDateTime(utc); }

// A continuity time typed into the table, in UK time. Empty is no time (an open handover). In the
// hour that happens twice the cell cannot ask which one, so it must say: "25/10/2026 01:30 GMT".
Result<QDateTime> readUkTime(const QString& typed, const QString& field)
{
    QString text = typed.trimmed();
    if (text.isEmpty()) return QDateTime();
    static const QRegularExpression zoneSuffix(QStringLiteral("\\s+(BST|GMT)$"), QRegularExpression::CaseInsensitiveOption);
    const auto zone = zoneSuffix.match(text);
    const QString zoneName = zone.hasMatch() ? zone.captured(1).toUpper() : QString();
    if (zone.hasMatch()) text.truncate(zone.capturedStart());
    auto parsed = uktime::parseDateTime(text, field, true);
    if (!parsed) return parsed.error();
    auto instant = uktime::resolveTyped(parsed->date, *parsed->time, field);
    if (!instant) return instant.error();
    if (!instant->ambiguous()) return instant->utc;
    if (zoneName.isEmpty())
        return fieldError(field, uktime::repeatedHourQuestion(parsed->date, *parsed->time)
                                     + QLatin1Char(' ') + ExhibitDialog::tr("Add BST (the first) or GMT (the second) after the time."));
    return zoneName == QLatin1String("GMT") ? *instant->secondUtc : instant->utc;
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
// Each attached file with the SHA-256 taken when it came in and its last check. The hash is a
// read-only line edit rather than a label so the keyboard reaches it and it can be copied whole.
QGroupBox* attachedFilesBox(const QList<AttachmentInfo>& attachments, QWidget* parent)
{
    auto* box = new QGroupBox(ExhibitDialog::tr("Attached files"), parent);
    box->setObjectName(QStringLiteral("attachedFiles"));
    auto* form = new QFormLayout(box);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setStyleHint(QFont::Monospace);   // where the desktop names no fixed font, still ask for one
    fixed.setFixedPitch(true);
    for (const AttachmentInfo& a : attachments) {
        auto* hash = new QLineEdit(attachmentHashText(a), box);
        hash->setObjectName(QStringLiteral("attachmentHash"));
        hash->setReadOnly(true);
        hash->setFont(fixed);
        hash->setAccessibleName(ExhibitDialog::tr("SHA-256 of %1").arg(a.fileName));
        hash->setCursorPosition(0);
        hash->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(hash->text()) + 16);
        auto* check = new QLabel(attachmentCheckText(a), box);
        check->setObjectName(QStringLiteral("attachmentCheck"));
        check->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Text carries the state; the colour only repeats it.
        if (!a.lastVerifiedOk) check->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; font-weight: bold; }"));
        auto* name = new QLabel(ExhibitDialog::tr("%1 (%2 bytes, attached %3 by %4):")
                                    .arg(a.fileName, QLocale().toString(a.sizeBytes), localText(a.addedUtc), a.addedBy),
                                box);
        name->setBuddy(hash);
        name->setWordWrap(true);
        name->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));   // each file's block starts visibly
        form->addRow(name);
        auto* hashLabel = new QLabel(ExhibitDialog::tr("SHA-256:"), box);
        hashLabel->setBuddy(hash);
        form->addRow(hashLabel, hash);
        form->addRow(ExhibitDialog::tr("Last verification:"), check);
    }
    return box;
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

    auto* continuityLabel = new QLabel(tr("&Continuity (who had it, from, to; times dd/mm/yyyy hh:mm, UK time):"), this);
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
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(i.startTimeKnown ? localText(i.startUtc) : uktime::formatDateOnly(i.startUtc), i.description.left(70)), m_incidentList);
        item->setData(Qt::UserRole, i.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(exhibit.incidentIds.contains(i.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_incidentList->setMaximumHeight(110);
    layout->addWidget(m_incidentList);

    if (!exhibit.attachments.isEmpty()) layout->addWidget(attachedFilesBox(exhibit.attachments, this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExhibitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExhibitDialog::reject);
    resize(760, exhibit.attachments.isEmpty() ? 560 : 680);
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
    // accept() has refused anything unreadable before this is saved.
    const auto timeOrNone = [](const QString& typed) {
        auto read = readUkTime(typed, QString());
        return read.ok() ? read.value() : QDateTime();
    };
    auto text = [this](int row, int col) { return m_continuity->item(row, col) ? m_continuity->item(row, col)->text() : QString(); };
    for (int row = 0; row < m_continuity->rowCount(); ++row)
        e.continuity.append({text(row, 0).trimmed(), timeOrNone(text(row, 1)), timeOrNone(text(row, 2)), text(row, 3).trimmed()});
    e.incidentIds.clear();
    for (int i = 0; i < m_incidentList->count(); ++i)
        if (m_incidentList->item(i)->checkState() == Qt::Checked)
            e.incidentIds.append(m_incidentList->item(i)->data(Qt::UserRole).toLongLong());
    return e;
}

void ExhibitDialog::accept()
{
    // A continuity time that cannot be read is refused here: a handover must never lose its time.
    for (int row = 0; row < m_continuity->rowCount(); ++row) {
        for (int col : {1, 2}) {
            const QString field = tr("Continuity row %1, %2").arg(row + 1).arg(col == 1 ? tr("from") : tr("to"));
            const auto* item = m_continuity->item(row, col);
            if (auto read = readUkTime(item ? item->text() : QString(), field); !read.ok()) {
                m_error->setText(read.error().text());
                m_error->show();
                m_continuity->setCurrentCell(row, col);
                m_continuity->setFocus();
                return;
            }
        }
    }
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
