#include "security/AccountDialogs.h"

#include "widgets/FieldErrors.h"
#include "security/PasswordHasher.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace conduct {
namespace {
QLineEdit* makeEdit(const QString& objectName, bool secret, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    if (secret) edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QDialogButtonBox* addButtons(QDialog* dialog, QLayout* layout, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveButton"));
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

// Shows the error and puts the cursor in the field it names, when one of these edits it.
void showFailure(ErrorBanner* banner, const Error& error, const QHash<QString, QWidget*>& fields)
{
    banner->showError(error);
    if (QWidget* w = fields.value(error.field)) w->setFocus();
}

bool passwordsMatch(ErrorBanner* banner, QLineEdit* password, QLineEdit* confirm)
{
    if (password->text() == confirm->text()) return true;
    banner->showError(Error{QDialog::tr("Confirm password"), QDialog::tr("The two passwords differ. Type the same password twice.")});
    confirm->clear();
    confirm->setFocus();
    return false;
}

QString roleDescription(Role role)
{
    switch (role) {
    case Role::Officer: return QDialog::tr("&Officer: works cases");
    case Role::Supervisor: return QDialog::tr("&Supervisor: reviews risk assessments, reads the audit trail");
    case Role::Administrator: return QDialog::tr("&Administrator: manages accounts and form packs");
    }
    return {};
}
} // namespace

void RoleChecks::build(QWidget* parent, QLayout* layout, const QSet<Role>& initial)
{
    for (Role role : allRoles()) {
        auto* check = new QCheckBox(roleDescription(role), parent);
        check->setObjectName(QStringLiteral("role_") + roleCode(role));
        check->setChecked(initial.contains(role));
        layout->addWidget(check);
        m_checks.insert(role, check);
    }
}

QSet<Role> RoleChecks::roles() const
{
    QSet<Role> roles;
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it)
        if (it.value()->isChecked()) roles.insert(it.key());
    return roles;
}

NewAccountDialog::NewAccountDialog(Apply apply, QWidget* parent) : QDialog(parent), m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("newAccountDialog"));
    setWindowTitle(tr("New account"));
    auto* layout = new QVBoxLayout(this);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto* form = new QFormLayout;
    m_userName = makeEdit(QStringLiteral("userNameEdit"), false, this);
    m_displayName = makeEdit(QStringLiteral("displayNameEdit"), false, this);
    m_displayName->setPlaceholderText(tr("e.g. PC 4410 Sam SPECIMEN"));
    m_password = makeEdit(QStringLiteral("passwordEdit"), true, this);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(PasswordHasher::minimumLength));
    m_confirm = makeEdit(QStringLiteral("confirmPasswordEdit"), true, this);
    addLabelledRow(form, tr("&User name:"), m_userName);
    addLabelledRow(form, tr("&Name and collar number:"), m_displayName);
    addLabelledRow(form, tr("Initial &password:"), m_password);
    addLabelledRow(form, tr("Con&firm password:"), m_confirm);
    layout->addLayout(form);
    // What the MG forms print for the officer; they can correct it later with File ▸ My profile….
    auto* profileForm = new QFormLayout;
    m_profile.build(this, profileForm, {});
    layout->addLayout(profileForm);
    auto* roles = new QLabel(tr("Roles:"), this);
    layout->addWidget(roles);
    m_roles.build(this, layout, {Role::Officer});
    auto* note = new QLabel(tr("Give the initial password to the user in person; they should change it with "
                               "File ▸ Change password… when they first sign in."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    addButtons(this, layout, tr("&Create account"));
    setMinimumWidth(480);
}

void NewAccountDialog::accept()
{
    if (!passwordsMatch(m_error, m_password, m_confirm)) return;
    QString password = m_password->text();
    const Status s = m_apply(NewUser{m_userName->text().trimmed(), m_displayName->text().trimmed(), m_roles.roles(),
                                     m_profile.profile()},
                             password);
    wipePassword(password);
    if (!s.ok()) {
        showFailure(m_error, s.error(), {{tr("User name"), m_userName}, {tr("Name"), m_displayName},
                                         {tr("Password"), m_password}, {tr("New password"), m_password}});
        m_profile.focus(s.error());
        return;
    }
    m_password->clear();
    m_confirm->clear();
    QDialog::accept();
}

RolesDialog::RolesDialog(const User& user, Apply apply, QWidget* parent) : QDialog(parent), m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("rolesDialog"));
    setWindowTitle(tr("Roles of %1").arg(user.userName));
    auto* layout = new QVBoxLayout(this);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto* intro = new QLabel(tr("Roles of %1 (%2):").arg(user.displayName, user.userName), this);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    m_roles.build(this, layout, user.roles);
    addButtons(this, layout, tr("&Save roles"));
    setMinimumWidth(420);
}

void RolesDialog::accept()
{
    const Status s = m_apply(m_roles.roles());
    if (!s.ok()) {
        m_error->showError(s.error());
        return;
    }
    QDialog::accept();
}

PasswordDialog::PasswordDialog(const QString& title, const QString& intro, bool askCurrent, Apply apply, QWidget* parent)
    : QDialog(parent), m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    introLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(introLabel);
    auto* form = new QFormLayout;
    if (askCurrent) {
        m_current = makeEdit(QStringLiteral("currentPasswordEdit"), true, this);
        addLabelledRow(form, tr("C&urrent password:"), m_current);
    }
    m_password = makeEdit(QStringLiteral("newPasswordEdit"), true, this);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(PasswordHasher::minimumLength));
    m_confirm = makeEdit(QStringLiteral("confirmPasswordEdit"), true, this);
    addLabelledRow(form, tr("&New password:"), m_password);
    addLabelledRow(form, tr("Con&firm new password:"), m_confirm);
    layout->addLayout(form);
    addButtons(this, layout, tr("&Set password"));
    setMinimumWidth(420);
}

void PasswordDialog::accept()
{
    if (!passwordsMatch(m_error, m_password, m_confirm)) return;
    QString current = m_current ? m_current->text() : QString();
    QString fresh = m_password->text();
    const Status s = m_apply(current, fresh);
    wipePassword(current);
    wipePassword(fresh);
    if (!s.ok()) {
        showFailure(m_error, s.error(), {{tr("Current password"), m_current}, {tr("New password"), m_password},
                                         {tr("Password"), m_password}});
        return;
    }
    if (m_current) m_current->clear();
    m_password->clear();
    m_confirm->clear();
    QDialog::accept();
}

} // namespace conduct
