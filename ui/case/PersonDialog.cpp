#include "case/PersonDialog.h"

#include "common/UkTime.h"
#include "domain/Validation.h"
#include "widgets/DateField.h"
#include "widgets/Prompts.h"

#include <algorithm>
#include <functional>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {

enum AddressColumn { TextColumn, VerifiedColumn, ConfidentialColumn };

// The "verified on" cell holds a QDate; an invalid date means "not verified" (9.2: addresses
// in a draft restraining order must be re-checked, so the date matters as much as the text).
class VerifiedDateDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant& value, const QLocale&) const override
    {
        const QDate date = value.toDate();
        return date.isValid() ? uktime::formatDate(date) : PersonDialog::tr("Not verified");
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* edit = new DateField(QStringLiteral("verifiedOnEdit"), parent);
        edit->setPlaceholderText(PersonDialog::tr("Not verified (dd/mm/yyyy)"));   // left empty: not verified
        edit->setAccessibleName(PersonDialog::tr("Address verified on"));
        edit->setFieldName(PersonDialog::tr("Address verified on"));
        return edit;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        static_cast<DateField*>(editor)->setDate(index.data(Qt::EditRole).toDate());
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* edit = static_cast<DateField*>(editor);
        if (Status read = edit->commit(); !read.ok()) {
            // Nothing half-typed is kept: the cell keeps its date and the officer is told why.
            prompts::warn(edit, PersonDialog::tr("Address verified on"), read.error().text());
            return;
        }
        model->setData(index, edit->date(), Qt::EditRole);
    }
};

} // namespace

PersonDialog::PersonDialog(const Person& initial, SaveFunction save, QWidget* parent)
    : QDialog(parent), m_initial(initial), m_save(std::move(save))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(initial.id == 0 ? tr("Add person") : tr("Edit %1").arg(initial.displayName()));

    auto* outer = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    outer->addWidget(m_banner);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    m_form = new QFormLayout(page);
    buildIdentity(m_form);
    QWidget* addressesBox = buildAddresses();
    addLabelledRow(m_form, tr("A&ddresses"), m_addresses, addressesBox);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = buttons->button(QDialogButtonBox::Ok);
    saveButton->setText(tr("Save"));
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setToolTip(tr("Save the person (Ctrl+Return)"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);

    const QList<QWidget*> order = {m_role, m_title, m_forenames, m_surname, m_dateOfBirth, m_dateOfBirthUnknown,
                                   m_gender, m_occupation, m_ethnicity, m_over18, m_statementDate, m_relationship,
                                   m_relationshipEnded, m_domesticAbuse, m_preferredContact, m_safeContact,
                                   m_aliases, m_phones, m_emails, m_handles, m_vehicles, m_addresses, m_addAddress, m_removeAddress, saveButton,
                                   buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < order.size(); ++i) setTabOrder(order[i - 1], order[i]);

    load(initial);
    mapErrorFields();
    connect(m_role, &QComboBox::currentIndexChanged, this, &PersonDialog::updateRoleFields);
    // After load(): the relationship as saved does not re-tick a box the officer left unticked.
    connect(m_relationship, &QComboBox::currentIndexChanged, this, &PersonDialog::relationshipChanged);
    updateRoleFields();
    m_role->setFocus();
    resize(620, 720);
}

void PersonDialog::buildIdentity(QFormLayout* form)
{
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (PersonRole role : allValues<PersonRole>()) m_role->addItem(labelOf(role), toCode(role));
    addLabelledRow(form, tr("&Role"), m_role);

    const auto lineEdit = [](const char* name) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    m_title = lineEdit("titleEdit");
    addLabelledRow(form, tr("&Title"), m_title);
    m_forenames = lineEdit("forenamesEdit");
    addLabelledRow(form, tr("Fore&names"), m_forenames);
    m_surname = lineEdit("surnameEdit");
    addLabelledRow(form, tr("&Surname"), m_surname);

    auto* dobRow = new QWidget;
    auto* dobLayout = new QHBoxLayout(dobRow);
    dobLayout->setContentsMargins(0, 0, 0, 0);
    m_dateOfBirth = new DateField(QStringLiteral("dateOfBirthEdit"));
    m_dateOfBirth->setEarliest(QDate(1900, 1, 1), tr("a date of birth before 1900 cannot be right: check the year."));
    m_dateOfBirthUnknown = new QCheckBox(tr("Not &known"));
    m_dateOfBirthUnknown->setObjectName(QStringLiteral("dateOfBirthUnknownCheck"));
    m_dateOfBirthUnknown->setAccessibleName(tr("Date of birth not known"));
    dobLayout->addWidget(m_dateOfBirth);
    dobLayout->addWidget(m_dateOfBirthUnknown);
    dobLayout->addStretch();
    m_dateOfBirthLabel = addLabelledRow(form, tr("Date of &birth"), m_dateOfBirth, dobRow);
    connect(m_dateOfBirthUnknown, &QCheckBox::toggled, this, [this](bool unknown) {
        setDateOfBirthKnown(!unknown);
        if (!unknown) {   // the officer is about to type the date: put them in it
            m_dateOfBirth->setFocus(Qt::OtherFocusReason);
            m_dateOfBirth->lineEdit()->selectAll();   // typing replaces whatever is there
        }
    });

    m_gender = lineEdit("genderEdit");
    addLabelledRow(form, tr("&Gender"), m_gender);
    buildWitnessDetails(form);

    m_relationship = new QComboBox;
    m_relationship->setObjectName(QStringLiteral("relationshipCombo"));
    for (Relationship r : allValues<Relationship>()) m_relationship->addItem(labelOf(r), toCode(r));
    addLabelledRow(form, tr("Relationship to the &complainant"), m_relationship);
    m_domesticAbuse = new QCheckBox(tr("Domestic ab&use (the suspect is personally connected to the complainant)"));
    m_domesticAbuse->setObjectName(QStringLiteral("domesticAbuseCheck"));
    m_domesticAbuse->setAccessibleName(tr("Domestic abuse"));
    m_domesticAbuse->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);   // clickable where its words are
    form->addRow(QString(), m_domesticAbuse);
    buildRelationshipDetails(form);

    m_preferredContact = lineEdit("preferredContactEdit");
    m_preferredContact->setToolTip(tr("How the complainant wants to be contacted (protocol 6.4)"));
    addLabelledRow(form, tr("&Preferred means of contact (6.4)"), m_preferredContact);
    m_safeContact = lineEdit("safeContactEdit");
    m_safeContact->setToolTip(tr("A way to reach the complainant that the suspect cannot see or intercept (protocol 6.4)"));
    addLabelledRow(form, tr("Sa&fe means of contact (6.4)"), m_safeContact);

    m_aliases = makeListEdit(QStringLiteral("aliasesEdit"), nullptr);
    addLabelledRow(form, tr("&Aliases (one per line)"), m_aliases);
    m_phones = makeListEdit(QStringLiteral("phonesEdit"), nullptr);
    addLabelledRow(form, tr("P&hone numbers (one per line)"), m_phones);
    m_emails = makeListEdit(QStringLiteral("emailsEdit"), nullptr);
    addLabelledRow(form, tr("&E-mail addresses (one per line)"), m_emails);
    m_handles = makeListEdit(QStringLiteral("handlesEdit"), nullptr);
    m_handles->setPlaceholderText(tr("platform: handle"));
    addLabelledRow(form, tr("Online hand&les (one per line)"), m_handles);
    m_vehicles = makeListEdit(QStringLiteral("vehiclesEdit"), nullptr);
    m_vehicles->setPlaceholderText(tr("registration mark"));
    addLabelledRow(form, tr("&Vehicles (one per line)"), m_vehicles);

}

QWidget* PersonDialog::buildAddresses()
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_addresses = new QTableWidget(0, 3, box);
    m_addresses->setObjectName(QStringLiteral("addressesTable"));
    m_addresses->setHorizontalHeaderLabels({tr("Address"), tr("Verified on (9.2)"), tr("Confidential")});
    m_addresses->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_addresses->verticalHeader()->setVisible(false);
    m_addresses->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addresses->setItemDelegateForColumn(VerifiedColumn, new VerifiedDateDelegate(m_addresses));
    m_addresses->setMinimumHeight(120);
    layout->addWidget(m_addresses);

    auto* buttons = new QHBoxLayout;
    m_addAddress = new QPushButton(tr("Add address"), box);
    m_addAddress->setObjectName(QStringLiteral("addAddressButton"));
    m_removeAddress = new QPushButton(tr("Remove address"), box);
    m_removeAddress->setObjectName(QStringLiteral("removeAddressButton"));
    m_addAddress->setAutoDefault(false);
    m_removeAddress->setAutoDefault(false);
    buttons->addWidget(m_addAddress);
    buttons->addWidget(m_removeAddress);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_addAddress, &QPushButton::clicked, this, [this] {
        addAddressRow(Address{});
        const int row = m_addresses->rowCount() - 1;
        m_addresses->setCurrentCell(row, TextColumn);
        m_addresses->setFocus(Qt::OtherFocusReason);
        m_addresses->editItem(m_addresses->item(row, TextColumn));   // ready to type the address
    });
    connect(m_removeAddress, &QPushButton::clicked, this, &PersonDialog::removeSelectedAddresses);
    return box;
}

void PersonDialog::addAddressRow(const Address& address)
{
    const int row = m_addresses->rowCount();
    m_addresses->insertRow(row);
    m_addresses->setItem(row, TextColumn, new QTableWidgetItem(address.text));
    auto* verified = new QTableWidgetItem;
    verified->setData(Qt::EditRole, address.verifiedOn);
    m_addresses->setItem(row, VerifiedColumn, verified);
    auto* confidential = new QTableWidgetItem(tr("Confidential"));
    confidential->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    confidential->setCheckState(address.confidential ? Qt::Checked : Qt::Unchecked);
    m_addresses->setItem(row, ConfidentialColumn, confidential);
}

void PersonDialog::removeSelectedAddresses()
{
    QList<int> rows;
    for (const QModelIndex& index : m_addresses->selectionModel()->selectedRows()) rows.append(index.row());
    if (rows.isEmpty() && m_addresses->currentRow() >= 0) rows.append(m_addresses->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows) m_addresses->removeRow(row);
}

QList<Address> PersonDialog::addresses() const
{
    QList<Address> out;
    for (int row = 0; row < m_addresses->rowCount(); ++row) {
        Address a;
        a.text = m_addresses->item(row, TextColumn)->text().trimmed();
        a.verifiedOn = m_addresses->item(row, VerifiedColumn)->data(Qt::EditRole).toDate();
        a.confidential = m_addresses->item(row, ConfidentialColumn)->checkState() == Qt::Checked;
        out.append(a);
    }
    return out;
}

void PersonDialog::setDateOfBirthKnown(bool known)
{
    m_dateOfBirth->setEnabled(known);
    // The label's mnemonic must lead somewhere that takes the focus.
    m_dateOfBirthLabel->setBuddy(known ? static_cast<QWidget*>(m_dateOfBirth) : m_dateOfBirthUnknown);
}

void PersonDialog::load(const Person& p)
{
    m_role->setCurrentIndex(m_role->findData(toCode(p.role)));
    m_title->setText(p.title);
    m_forenames->setText(p.forenames);
    m_surname->setText(p.surname);
    const bool known = p.dateOfBirth.isValid();
    m_dateOfBirth->setDate(p.dateOfBirth);   // empty when not known: no stand-in date
    m_dateOfBirthUnknown->setChecked(!known);
    setDateOfBirthKnown(known);
    m_gender->setText(p.gender);
    m_relationship->setCurrentIndex(m_relationship->findData(toCode(p.relationship)));
    m_domesticAbuse->setChecked(p.domesticAbuse);
    m_preferredContact->setText(p.preferredContact);
    m_safeContact->setText(p.safeContact);
    setLines(m_aliases, p.aliases);
    setLines(m_phones, p.phones);
    setLines(m_emails, p.emails);
    setLines(m_handles, p.onlineHandles);
    setLines(m_vehicles, p.vehicles);
    m_addresses->setRowCount(0);
    for (const Address& a : p.addresses) addAddressRow(a);
    loadDetails(p);
}

void PersonDialog::mapErrorFields()
{
    const QList<QPair<const char*, QWidget*>> fields = {
        {"Title", m_title}, {"Forenames", m_forenames}, {"Surname", m_surname}, {"Gender", m_gender},
        {"Date of birth", m_dateOfBirth}, {"Aliases", m_aliases}, {"Phone numbers", m_phones},
        {"E-mail addresses", m_emails}, {"Online handles", m_handles}, {"Vehicles", m_vehicles},
        {"Preferred means of contact", m_preferredContact}, {"Safe means of contact", m_safeContact},
        {"Addresses", m_addresses}, {"Address", m_addresses}, {"Address verified on", m_addresses},
        {"Occupation", m_occupation}, {"Ethnicity", m_ethnicity}, {"Date of original statement", m_statementDate},
        {"Relationship ended on", m_relationshipEnded}};
    for (const auto& [field, widget] : fields) m_fieldFocus.add(validationField(field), widget);
}

void PersonDialog::updateRoleFields()
{
    const auto role = fromCode<PersonRole>(m_role->currentData().toString()).value_or(PersonRole::Witness);
    m_form->setRowVisible(m_relationship, role == PersonRole::Suspect);
    m_form->setRowVisible(m_domesticAbuse, role == PersonRole::Suspect);
    m_form->setRowVisible(m_preferredContact, role == PersonRole::Complainant);
    m_form->setRowVisible(m_safeContact, role == PersonRole::Complainant);
    updateRelationshipFields();
}

Person PersonDialog::person() const
{
    Person p = m_initial;   // keeps id, case and row version
    p.role = fromCode<PersonRole>(m_role->currentData().toString()).value_or(m_initial.role);
    p.title = m_title->text().trimmed();
    p.forenames = m_forenames->text().trimmed();
    p.surname = m_surname->text().trimmed();
    p.dateOfBirth = m_dateOfBirthUnknown->isChecked() ? QDate() : m_dateOfBirth->date();
    p.gender = m_gender->text().trimmed();
    p.aliases = linesOf(m_aliases);
    p.phones = linesOf(m_phones);
    p.emails = linesOf(m_emails);
    p.onlineHandles = linesOf(m_handles);
    p.vehicles = linesOf(m_vehicles);
    p.addresses = addresses();
    // Role-specific answers are kept only for the role they belong to, so a witness never
    // carries a stale "domestic abuse" flag from an earlier choice of role.
    const bool suspect = p.role == PersonRole::Suspect;
    const bool complainant = p.role == PersonRole::Complainant;
    p.relationship = suspect ? fromCode<Relationship>(m_relationship->currentData().toString()).value_or(Relationship::Unknown)
                             : Relationship::Unknown;
    p.domesticAbuse = suspect && m_domesticAbuse->isChecked();
    p.preferredContact = complainant ? m_preferredContact->text().trimmed() : QString();
    p.safeContact = complainant ? m_safeContact->text().trimmed() : QString();
    readDetails(p);
    return p;
}

void PersonDialog::commitPendingEdits()
{
    // An address cell still being edited (Ctrl+Return pressed inside it, say) would otherwise be
    // committed only when its editor loses the focus. commitData is a protected slot, so call it
    // through the meta-object.
    if (QWidget* editor = m_addresses->indexWidget(m_addresses->currentIndex()))
        QMetaObject::invokeMethod(m_addresses, "commitData", Qt::DirectConnection, Q_ARG(QWidget*, editor));
}

void PersonDialog::accept()
{
    commitPendingEdits();
    m_banner->clearError();
    if (!m_save) {
        m_banner->showError(Error{QString(), tr("This person cannot be saved here.")});
        return;
    }
    // The other dates as typed, when the officer can see them (a hidden one is not saved).
    QList<DateEntry*> dates;
    if (m_statementDate->isVisibleTo(this)) dates.append(m_statementDate);
    if (m_relationshipEnded->isVisibleTo(this) && m_relationshipEnded->isEnabled()) dates.append(m_relationshipEnded);
    if (Status read = DateEntry::commitAll(dates); !read.ok()) {
        m_banner->showError(read.error());
        return;
    }
    if (!m_dateOfBirthUnknown->isChecked()) {
        if (Status dob = DateEntry::commitAll({m_dateOfBirth}); !dob.ok()) {
            m_banner->showError(dob.error());
            return;
        }
        const QDate dob = m_dateOfBirth->date();
        if (dob.isValid() && dateOfBirthNeedsConfirmation(dob, uktime::today())) {
            const QString question = tr("A date of birth of %1 makes this person over 110 years old. Is that right?")
                                         .arg(uktime::formatDate(dob));
            if (prompts::ask(this, tr("Date of birth"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes) {
                m_banner->showError(fieldError(tr("Date of birth"),
                                               tr("%1 makes this person over 110: check the year, or confirm it when "
                                                  "saving.").arg(uktime::formatDate(dob))));
                m_dateOfBirth->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
    Result<Person> saved = m_save(person());
    if (!saved.ok()) {
        m_banner->showError(saved.error());
        m_fieldFocus.focus(saved.error());
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

} // namespace conduct
