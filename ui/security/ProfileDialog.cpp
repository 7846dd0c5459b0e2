#include "security/ProfileDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace conduct {
namespace {
// A field name exactly as UserRepository spells (and translates) it in Error::field.
QString accountField(const char* sourceText) { return QCoreApplication::translate("conduct::Security", sourceText); }

// No maxLength on the edits: a pasted value that is too long is refused by core with the limit
// named, rather than silently cut short.
QLineEdit* makeEdit(const char* objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}
} // namespace

void ProfileFields::build(QWidget* parent, QFormLayout* form, const OfficerProfile& initial)
{
    m_rank = makeEdit("rankEdit", parent);
    m_rank->setPlaceholderText(QDialog::tr("e.g. DC, PS or a staff job title"));
    m_collarNumber = makeEdit("collarNumberEdit", parent);
    m_station = makeEdit("stationEdit", parent);
    m_telephone = makeEdit("telephoneEdit", parent);
    m_mobile = makeEdit("mobileEdit", parent);
    m_email = makeEdit("emailEdit", parent);
    m_email->setPlaceholderText(QDialog::tr("e.g. jane.smith@force.police.uk"));
    addLabelledRow(form, QDialog::tr("Ran&k:"), m_rank);
    addLabelledRow(form, QDialog::tr("Colla&r or staff number:"), m_collarNumber);
    addLabelledRow(form, QDialog::tr("S&tation:"), m_station);
    addLabelledRow(form, QDialog::tr("Telep&hone:"), m_telephone);
    addLabelledRow(form, QDialog::tr("&Mobile:"), m_mobile);
    addLabelledRow(form, QDialog::tr("&E-mail:"), m_email);

    m_rank->setText(initial.rank);
    m_collarNumber->setText(initial.collarNumber);
    m_station->setText(initial.station);
    m_telephone->setText(initial.telephone);
    m_mobile->setText(initial.mobile);
    m_email->setText(initial.email);

    m_focus.add(accountField("Rank"), m_rank);
    m_focus.add(accountField("Collar or staff number"), m_collarNumber);
    m_focus.add(accountField("Station"), m_station);
    m_focus.add(accountField("Telephone"), m_telephone);
    m_focus.add(accountField("Mobile"), m_mobile);
    m_focus.add(accountField("E-mail"), m_email);
}

OfficerProfile ProfileFields::profile() const
{
    // Core trims and validates; the text goes as typed.
    return {m_rank->text(), m_collarNumber->text(), m_station->text(), m_telephone->text(), m_mobile->text(), m_email->text()};
}

ProfileDialog::ProfileDialog(const QString& title, const QString& intro, const OfficerProfile& initial, Apply apply,
                             QWidget* parent)
    : QDialog(parent), m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    introLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(introLabel);
    auto* form = new QFormLayout;
    m_fields.build(this, form, initial);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save profile"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_fields.first()->setFocus();
    setMinimumWidth(460);
}

void ProfileDialog::accept()
{
    const Status s = m_apply(m_fields.profile());
    if (!s.ok()) {
        m_error->showError(s.error());
        m_fields.focus(s.error());
        return;
    }
    QDialog::accept();
}

} // namespace conduct
