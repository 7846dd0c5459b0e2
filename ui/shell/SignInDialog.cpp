#include "shell/SignInDialog.h"

#include "shell/LockController.h"
#include "security/AccountService.h"
#include "security/Authenticator.h"
#include "store/UserRepository.h"
#include "store/Database.h"
#include "store/server/ServerAuthority.h"
#include "widgets/Prompts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
QLineEdit* makeEdit(const QString& objectName, const QString& accessibleName, bool secret, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    if (secret) edit->setEchoMode(QLineEdit::Password);
    return edit;
}

void addRow(QFormLayout* form, const QString& label, QWidget* field)
{
    auto* l = new QLabel(label);
    l->setBuddy(field);
    form->addRow(l, field);
}
} // namespace

SignInDialog::SignInDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("signInDialog"));
    setProperty(LockController::showsNoCaseDataProperty, true);   // shown over a locked Conduct after Sign out
    auto count = UserRepository(db).count();
    m_firstRun = count.ok() && count.value() == 0;
    setWindowTitle(m_firstRun ? tr("Create the administrator account") : tr("Sign in"));

    auto* layout = new QVBoxLayout(this);
    // A file by its name; a server by its address (which never holds a password).
    auto* where = new QLabel(tr("Database: %1").arg(db.engine() == Engine::Sqlite ? QFileInfo(db.path()).fileName() : db.path()), this);
    where->setToolTip(db.path());
    layout->addWidget(where);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #b3261e; "
                                          "border-radius: 3px; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildSignInPage());
    m_pages->addWidget(buildFirstRunPage());
    m_pages->setCurrentIndex(m_firstRun ? 1 : 0);
    layout->addWidget(m_pages);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("signInButton"));
    ok->setText(m_firstRun ? tr("&Create account and sign in") : tr("&Sign in"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    (m_firstRun ? m_newUserName : m_userName)->setFocus();
    setMinimumWidth(460);
}

QWidget* SignInDialog::buildSignInPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_userName = makeEdit(QStringLiteral("userNameEdit"), tr("User name"), false, page);
    m_password = makeEdit(QStringLiteral("passwordEdit"), tr("Password"), true, page);
    addRow(form, tr("&User name:"), m_userName);
    addRow(form, tr("&Password:"), m_password);
    return page;
}

QWidget* SignInDialog::buildFirstRunPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("This database has no accounts yet. Create the administrator account: it manages "
                                "accounts and form packs. Tick the roles below if you will also work cases or "
                                "review risk assessments. There is no default password."), page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_newUserName = makeEdit(QStringLiteral("newUserNameEdit"), tr("User name"), false, page);
    m_displayName = makeEdit(QStringLiteral("displayNameEdit"), tr("Name and collar number"), false, page);
    m_displayName->setPlaceholderText(tr("e.g. DS 2290 Alex SPECIMEN"));
    m_newPassword = makeEdit(QStringLiteral("newPasswordEdit"), tr("Password"), true, page);
    m_newPassword->setPlaceholderText(tr("At least 12 characters"));
    m_confirmPassword = makeEdit(QStringLiteral("confirmPasswordEdit"), tr("Confirm password"), true, page);
    addRow(form, tr("&User name:"), m_newUserName);
    addRow(form, tr("&Name and collar number:"), m_displayName);
    addRow(form, tr("&Password:"), m_newPassword);
    addRow(form, tr("Con&firm password:"), m_confirmPassword);
    layout->addLayout(form);
    m_alsoOfficer = new QCheckBox(tr("Also an investigating &officer (works cases)"), page);
    m_alsoOfficer->setObjectName(QStringLiteral("alsoOfficerCheck"));
    m_alsoOfficer->setChecked(true);
    m_alsoSupervisor = new QCheckBox(tr("Also a &supervisor (reviews risk assessments, reads the audit trail)"), page);
    m_alsoSupervisor->setObjectName(QStringLiteral("alsoSupervisorCheck"));
    layout->addWidget(m_alsoOfficer);
    layout->addWidget(m_alsoSupervisor);
    return page;
}

void SignInDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setAccessibleName(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInDialog::accept()
{
    if (m_firstRun) createAdministrator();
    else trySignIn(m_userName->text().trimmed(), m_password->text());
}

void SignInDialog::createAdministrator()
{
    if (m_newPassword->text() != m_confirmPassword->text()) {
        showError(tr("Confirm password: the two passwords differ. Type the same password twice."));
        m_confirmPassword->clear();
        m_confirmPassword->setFocus();
        return;
    }
    NewUser admin{m_newUserName->text().trimmed(), m_displayName->text().trimmed(), {Role::Administrator}};
    if (m_alsoOfficer->isChecked()) admin.roles.insert(Role::Officer);
    if (m_alsoSupervisor->isChecked()) admin.roles.insert(Role::Supervisor);
    QString password = m_newPassword->text();
    auto created = AccountService(m_db).createFirstAdministrator(admin, password);
    if (!created.ok()) {
        wipePassword(password);
        showError(created.error().text());
        return;
    }
    m_newPassword->clear();
    m_confirmPassword->clear();
    m_firstRun = false;
    trySignIn(admin.userName, password);   // through the authenticator, so the sign-in is audited
}

void SignInDialog::trySignIn(const QString& userName, QString password)
{
    auto session = Authenticator(m_db).signIn(userName, password);
    wipePassword(password);
    m_password->clear();
    if (!session.ok()) {
        showError(session.error().text());
        m_password->setFocus();
        return;
    }
    m_session = session.value();
    QDialog::accept();
}

std::function<std::optional<Session>(Database&)>& SignInDialog::override()
{
    static std::function<std::optional<Session>(Database&)> fn;
    return fn;
}

std::optional<Session> SignInDialog::signIn(Database& db, QWidget* parent)
{
    if (override()) return override()(db);
    // A store made by `conduct server init`: the server signed this connection in as the officer's
    // own login role when it was opened, so asking again here would only repeat it (issue 25).
    if (writesAuthorityThroughServer(db)) {
        auto session = Authenticator(db).signInAsConnectedAccount();
        if (session.ok()) return session.value();
        prompts::warn(parent, tr("Sign in"), session.error().text());
        return std::nullopt;
    }
    SignInDialog dialog(db, parent);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    return dialog.session();
}

} // namespace conduct
