// PersonDialog's witness details (issue 22: occupation, ethnicity, over 18, date of the original
// statement) and the suspect's relationship fields (protocol 4.3: the domestic abuse suggestion and
// when the relationship ended). Kept apart from the identity fields so each file reads in one go.

#include "case/PersonDialog.h"

#include "common/UkTime.h"
#include "domain/Validation.h"
#include "rules/DomesticAbuse.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace conduct {
namespace {
Relationship relationshipIn(const QComboBox* combo)
{
    return fromCode<Relationship>(combo->currentData().toString()).value_or(Relationship::Unknown);
}
} // namespace

void PersonDialog::buildRelationshipDetails(QFormLayout* form)
{
    m_domesticAbuseReason = new QLabel;
    m_domesticAbuseReason->setObjectName(QStringLiteral("domesticAbuseReasonLabel"));
    m_domesticAbuseReason->setWordWrap(true);
    m_domesticAbuseReason->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_domesticAbuseReason);

    m_relationshipEnded = new DateField(QStringLiteral("relationshipEndedEdit"));
    m_relationshipEnded->setPlaceholderText(tr("dd/mm/yyyy, if it has ended"));
    addLabelledRow(form, tr("Relat&ionship ended on"), m_relationshipEnded);
}

void PersonDialog::buildWitnessDetails(QFormLayout* form)
{
    m_occupation = new QLineEdit;
    m_occupation->setObjectName(QStringLiteral("occupationEdit"));
    addLabelledRow(form, tr("&Occupation"), m_occupation);

    m_ethnicity = new QComboBox;
    m_ethnicity->setObjectName(QStringLiteral("ethnicityCombo"));
    m_ethnicity->addItem(tr("Not recorded"), QString());
    for (const EthnicityCode& e : ethnicityCodeTable())
        m_ethnicity->addItem(ethnicityLabel(QString::fromLatin1(e.code)), QString::fromLatin1(e.code));
    m_ethnicity->setToolTip(tr("Self-defined ethnicity: the 16+1 codes"));
    addLabelledRow(form, tr("Ethnicit&y (self-defined)"), m_ethnicity);

    // Over 18 is asked only when the date of birth is not known; otherwise the age is shown.
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_over18 = new QComboBox;
    m_over18->setObjectName(QStringLiteral("over18Combo"));
    m_over18->addItem(tr("Not known"), QString());
    m_over18->addItem(tr("Yes"), QStringLiteral("yes"));
    m_over18->addItem(tr("No"), QStringLiteral("no"));
    m_age = new QLabel;
    m_age->setObjectName(QStringLiteral("ageLabel"));
    layout->addWidget(m_over18);
    layout->addWidget(m_age);
    layout->addStretch();
    addLabelledRow(form, tr("Over 1&8"), m_over18, row);

    m_statementDate = new DateField(QStringLiteral("statementDateEdit"));
    m_statementDate->setPlaceholderText(tr("dd/mm/yyyy"));
    addLabelledRow(form, tr("Date of original state&ment"), m_statementDate);

    connect(m_dateOfBirth, &DateEntry::valueChanged, this, &PersonDialog::updateAge);
    connect(m_dateOfBirthUnknown, &QCheckBox::toggled, this, &PersonDialog::updateAge);
}

void PersonDialog::loadDetails(const Person& p)
{
    m_relationshipEnded->setDate(p.relationshipEndedOn);
    m_occupation->setText(p.occupation);
    const int ethnicity = m_ethnicity->findData(p.ethnicityCode);
    m_ethnicity->setCurrentIndex(ethnicity < 0 ? 0 : ethnicity);
    m_over18->setCurrentIndex(!p.over18 ? 0 : (*p.over18 ? 1 : 2));
    m_statementDate->setDate(p.statementDate);
    // The stored decision stands: the reason is shown, but the box is left as it was saved.
    const auto reason = domesticAbuseSuggestion(p.relationship);
    m_domesticAbuseReason->setText(reason.value_or(QString()));
    updateRelationshipFields();
    updateAge();
}

void PersonDialog::readDetails(Person& p) const
{
    p.occupation = m_occupation->text().trimmed();
    p.ethnicityCode = m_ethnicity->currentData().toString();
    const bool dateOfBirthKnown = p.dateOfBirth.isValid();
    const QString over18 = m_over18->currentData().toString();
    // With a date of birth the age is known: a separate answer could only contradict it.
    p.over18 = dateOfBirthKnown || over18.isEmpty() ? std::nullopt : std::optional<bool>(over18 == QLatin1String("yes"));
    p.statementDate = p.role == PersonRole::Suspect ? QDate() : m_statementDate->date();
    p.relationshipEndedOn = p.role == PersonRole::Suspect && relationshipCanEnd(p.relationship)
                                ? m_relationshipEnded->date() : QDate();
}

void PersonDialog::relationshipChanged()
{
    // Only a change of relationship suggests: the officer's unticking stands until they pick
    // another relationship that suggests it.
    const auto reason = domesticAbuseSuggestion(relationshipIn(m_relationship));
    m_domesticAbuseReason->setText(reason.value_or(QString()));
    if (reason && !m_domesticAbuse->isChecked()) m_domesticAbuse->setChecked(true);
    updateRelationshipFields();
}

void PersonDialog::updateRelationshipFields()
{
    const bool suspect = fromCode<PersonRole>(m_role->currentData().toString()) == PersonRole::Suspect;
    m_relationshipEnded->setEnabled(relationshipCanEnd(relationshipIn(m_relationship)));
    m_form->setRowVisible(m_relationshipEnded, suspect);
    m_form->setRowVisible(m_domesticAbuseReason, suspect && !m_domesticAbuseReason->text().isEmpty());
    m_form->setRowVisible(m_statementDate, !suspect);
}

void PersonDialog::updateAge()
{
    const QDate born = m_dateOfBirthUnknown->isChecked() ? QDate() : m_dateOfBirth->date();
    const int age = ageInYears(born, uktime::today());
    m_over18->setVisible(age < 0);
    m_age->setVisible(age >= 0);
    m_age->setText(age < 0 ? QString()
                           : (age >= 18 ? tr("Aged %1 today, from the date of birth: over 18")
                                        : tr("Aged %1 today, from the date of birth: under 18")).arg(age));
}

} // namespace conduct
