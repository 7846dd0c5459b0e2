#include "case/CaseForm.h"

#include "domain/Urn.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace conduct {
namespace {
QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}
} // namespace

CaseForm::CaseForm(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("caseFormError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #b3261e; "
                                          "border-radius: 3px; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* form = new QFormLayout;
    m_urn = new QLineEdit(this);
    m_urn->setObjectName(QStringLiteral("urnEdit"));
    m_urn->setAccessibleName(tr("URN"));
    m_urn->setPlaceholderText(tr("e.g. 45AA0209820"));
    m_urn->setMaxLength(40);
    form->addRow(buddyLabel(tr("&URN:"), m_urn), m_urn);
    // Not an error: a 13-character URN is accepted, but the officer should check it (core says why).
    m_urnWarning = new QLabel(this);
    m_urnWarning->setObjectName(QStringLiteral("urnWarning"));
    m_urnWarning->setWordWrap(true);
    m_urnWarning->setStyleSheet(QStringLiteral("QLabel { color: #7a4b00; }"));
    m_urnWarning->hide();
    form->addRow(QString(), m_urnWarning);
    connect(m_urn, &QLineEdit::textChanged, this, &CaseForm::updateUrnWarning);

    m_crimeReference = new QLineEdit(this);
    m_crimeReference->setObjectName(QStringLiteral("crimeReferenceEdit"));
    m_crimeReference->setAccessibleName(tr("Crime reference"));
    form->addRow(buddyLabel(tr("&Crime reference:"), m_crimeReference), m_crimeReference);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Status"));
    for (CaseStatus s : allValues<CaseStatus>()) m_status->addItem(labelOf(s), toCode(s));
    form->addRow(buddyLabel(tr("&Status:"), m_status), m_status);

    m_officer = new QLineEdit(this);
    m_officer->setObjectName(QStringLiteral("officerEdit"));
    m_officer->setAccessibleName(tr("Officer in the case"));
    m_officer->setPlaceholderText(tr("Rank, number and name, e.g. DC 4127 Sam EXAMPLE"));
    form->addRow(buddyLabel(tr("&Officer in the case:"), m_officer), m_officer);

    m_supervisor = new QLineEdit(this);
    m_supervisor->setObjectName(QStringLiteral("supervisorEdit"));
    m_supervisor->setAccessibleName(tr("Supervisor"));
    form->addRow(buddyLabel(tr("Su&pervisor:"), m_supervisor), m_supervisor);
    layout->addLayout(form);

    auto* offences = new QGroupBox(tr("Offences under consideration"), this);
    auto* offenceLayout = new QVBoxLayout(offences);
    for (Offence o : allValues<Offence>()) {
        auto* box = new QCheckBox(labelOf(o), offences);
        box->setObjectName(QStringLiteral("offence_") + toCode(o));
        offenceLayout->addWidget(box);
        m_offences.append({o, box});
        connect(box, &QCheckBox::toggled, this, &CaseForm::markModified);
    }
    layout->addWidget(offences);

    m_hostility = new QCheckBox(tr("Racial or religious &hostility shown (CDA 1998 s32)"), this);
    m_hostility->setObjectName(QStringLiteral("hostilityCheck"));
    layout->addWidget(m_hostility);

    m_whyNotStalking = new QPlainTextEdit(this);
    m_whyNotStalking->setObjectName(QStringLiteral("whyNotStalkingEdit"));
    m_whyNotStalking->setAccessibleName(tr("Why this is not stalking"));
    m_whyNotStalking->setTabChangesFocus(true);
    m_whyNotStalking->setPlaceholderText(tr("Protocol 3.10: in every harassment case, record why this is not stalking."));
    m_whyNotStalking->setMaximumHeight(90);
    layout->addWidget(buddyLabel(tr("&Why this is not stalking (protocol 3.10):"), m_whyNotStalking));
    layout->addWidget(m_whyNotStalking);
    layout->addStretch();

    for (QLineEdit* edit : {m_urn, m_crimeReference, m_officer, m_supervisor})
        connect(edit, &QLineEdit::textEdited, this, &CaseForm::markModified);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseForm::markModified);
    connect(m_hostility, &QCheckBox::toggled, this, &CaseForm::markModified);
    connect(m_whyNotStalking, &QPlainTextEdit::textChanged, this, &CaseForm::markModified);
}

void CaseForm::updateUrnWarning()
{
    const auto parsed = parseUrn(m_urn->text());
    const QString warning = parsed.ok() ? parsed->warning : QString();
    m_urnWarning->setText(warning.isEmpty() ? QString() : tr("⚠ %1").arg(warning));
    m_urnWarning->setAccessibleName(warning);
    m_urnWarning->setVisible(!warning.isEmpty());
}

void CaseForm::markModified()
{
    if (m_loading) return;
    m_modified = true;
    emit modified();
}

void CaseForm::setCase(const Case& c)
{
    m_loading = true;
    m_case = c;
    m_urn->setText(c.urn);
    m_crimeReference->setText(c.crimeReference);
    m_status->setCurrentIndex(m_status->findData(toCode(c.status)));
    m_officer->setText(c.officerInCase);
    m_supervisor->setText(c.supervisor);
    for (const auto& [offence, box] : m_offences) box->setChecked(c.offences.contains(offence));
    m_hostility->setChecked(c.hostilityFlag);
    m_whyNotStalking->setPlainText(c.whyNotStalking);
    m_loading = false;
    m_modified = false;
    showError({}, {});
}

Case CaseForm::edited() const
{
    Case c = m_case;
    c.urn = m_urn->text();
    c.crimeReference = m_crimeReference->text().trimmed();
    c.status = fromCode<CaseStatus>(m_status->currentData().toString()).value_or(CaseStatus::OpenInvestigation);
    c.officerInCase = m_officer->text().trimmed();
    c.supervisor = m_supervisor->text().trimmed();
    c.offences.clear();
    for (const auto& [offence, box] : m_offences)
        if (box->isChecked()) c.offences.append(offence);
    c.hostilityFlag = m_hostility->isChecked();
    c.whyNotStalking = m_whyNotStalking->toPlainText();
    return c;
}

void CaseForm::showError(const QString& field, const QString& message)
{
    m_error->setVisible(!message.isEmpty());
    m_error->setText(field.isEmpty() ? message : QStringLiteral("<b>%1</b>: %2").arg(field.toHtmlEscaped(), message.toHtmlEscaped()));
    m_error->setAccessibleName(field.isEmpty() ? message : field + QStringLiteral(": ") + message);
    const QList<QPair<QString, QWidget*>> fields = {
        {tr("URN"), m_urn}, {tr("Crime reference"), m_crimeReference}, {tr("Officer in the case"), m_officer},
        {tr("Supervisor"), m_supervisor}};
    for (const auto& [name, widget] : fields)
        if (name == field) widget->setFocus();
}

} // namespace conduct
