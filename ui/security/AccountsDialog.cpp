#include "security/AccountsDialog.h"

#include "security/AccountDialogs.h"
#include "security/ProfileDialog.h"
#include "widgets/FieldErrors.h"
#include "widgets/Prompts.h"
#include "security/AccountService.h"
#include "security/LoginThrottle.h"
#include "store/UserRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
QString rolesText(const QSet<Role>& roles)
{
    QStringList labels;
    for (Role r : allRoles())
        if (roles.contains(r)) labels.append(roleLabel(r));
    return labels.join(QStringLiteral(", "));
}

QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent, QBoxLayout* layout)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    layout->addWidget(b);
    return b;
}
} // namespace

AccountsDialog::AccountsDialog(Database& db, const Session& session, PasswordHasher hasher, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_hasher(std::move(hasher))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Accounts are deactivated rather than deleted, so the audit trail keeps naming who "
                                "did what. Every change here is recorded in the audit trail."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Roles"), tr("Active"), tr("Signing in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(UserNameColumn, 130);
    m_table->setColumnWidth(DisplayNameColumn, 220);
    m_table->setColumnWidth(RolesColumn, 240);
    m_table->setColumnWidth(ActiveColumn, 90);
    layout->addWidget(m_table, 1);

    auto* row = new QHBoxLayout;
    QPushButton* add = makeButton(tr("&Add account…"), QStringLiteral("addAccountButton"), this, row);
    m_roles = makeButton(tr("Change &roles…"), QStringLiteral("changeRolesButton"), this, row);
    m_active = makeButton(tr("&Deactivate"), QStringLiteral("toggleActiveButton"), this, row);
    m_unlock = makeButton(tr("&Unlock"), QStringLiteral("unlockButton"), this, row);
    m_reset = makeButton(tr("Reset &password…"), QStringLiteral("resetPasswordButton"), this, row);
    m_profile = makeButton(tr("Edit pro&file…"), QStringLiteral("editProfileButton"), this, row);
    row->addStretch(1);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_roles, &QPushButton::clicked, this, &AccountsDialog::changeRoles);
    connect(m_active, &QPushButton::clicked, this, &AccountsDialog::toggleActive);
    connect(m_unlock, &QPushButton::clicked, this, &AccountsDialog::unlockSelected);
    connect(m_reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_profile, &QPushButton::clicked, this, &AccountsDialog::editProfile);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    resize(900, 480);
    reload();
}

void AccountsDialog::reload()
{
    const qint64 keep = selectedUserId();
    UserRepository users(m_db);
    auto all = users.list();
    if (!all.ok()) {
        m_error->showError(all.error());
        return;
    }
    m_table->setRowCount(0);
    for (const User& u : all.value()) {
        auto stored = users.findById(u.id);
        const bool locked = stored.ok() && stored->has_value() && LoginThrottle::isLocked((*stored)->login);
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto* name = new QTableWidgetItem(u.userName);
        name->setData(Qt::UserRole, u.id);
        m_table->setItem(r, UserNameColumn, name);
        m_table->setItem(r, DisplayNameColumn, new QTableWidgetItem(u.displayName));
        m_table->setItem(r, RolesColumn, new QTableWidgetItem(rolesText(u.roles)));
        m_table->setItem(r, ActiveColumn, new QTableWidgetItem(u.active ? tr("Active") : tr("Deactivated")));
        m_table->setItem(r, LockedColumn, new QTableWidgetItem(locked ? tr("Locked after failed attempts") : QString()));
        if (u.id == keep) m_table->selectRow(r);
    }
    updateButtons();
}

qint64 AccountsDialog::selectedUserId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) return 0;
    const QTableWidgetItem* item = m_table->item(selected.first()->row(), UserNameColumn);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool AccountsDialog::selectUser(const QString& userName)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, UserNameColumn)->text().compare(userName, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(r);
            return true;
        }
    return false;
}

void AccountsDialog::updateButtons()
{
    const int row = m_table->selectedItems().isEmpty() ? -1 : m_table->selectedItems().first()->row();
    const bool any = row >= 0;
    m_roles->setEnabled(any);
    m_active->setEnabled(any);
    m_reset->setEnabled(any);
    m_profile->setEnabled(any);
    const bool active = any && m_table->item(row, ActiveColumn)->text() == tr("Active");
    m_active->setText(!any || active ? tr("&Deactivate") : tr("Re&activate"));
    m_unlock->setEnabled(any && !m_table->item(row, LockedColumn)->text().isEmpty());
}

bool AccountsDialog::report(const Status& status)
{
    if (!status.ok()) {
        m_error->showError(status.error());
        return false;
    }
    m_error->clearError();
    reload();
    return true;
}

void AccountsDialog::addAccount()
{
    QString createdName;
    NewAccountDialog dialog([&](const NewUser& user, const QString& password) -> Status {
        auto created = AccountService(m_db, m_hasher).createUser(m_session, user, password);
        if (!created.ok()) return created.error();
        createdName = created->userName;
        return {};
    }, this);
    if (dialog.exec() != QDialog::Accepted) return;
    report({});
    selectUser(createdName);
}

void AccountsDialog::changeRoles()
{
    const qint64 id = selectedUserId();
    auto stored = UserRepository(m_db).findById(id);
    if (!stored.ok() || !stored->has_value()) return;
    RolesDialog dialog((*stored)->user, [&](const QSet<Role>& roles) {
        return AccountService(m_db, m_hasher).setRoles(m_session, id, roles);
    }, this);
    if (dialog.exec() == QDialog::Accepted) report({});
}

void AccountsDialog::toggleActive()
{
    const qint64 id = selectedUserId();
    auto stored = UserRepository(m_db).findById(id);
    if (!stored.ok() || !stored->has_value()) return;
    const User& user = (*stored)->user;
    if (user.active
        && prompts::ask(this, tr("Deactivate account"),
                        tr("Deactivate %1 (%2)? They will no longer be able to sign in. The account and its audit "
                           "records are kept, and it can be reactivated.").arg(user.displayName, user.userName),
                        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    report(AccountService(m_db, m_hasher).setActive(m_session, id, !user.active));
}

void AccountsDialog::unlockSelected() { report(AccountService(m_db, m_hasher).unlock(m_session, selectedUserId())); }

void AccountsDialog::resetPassword()
{
    const qint64 id = selectedUserId();
    auto stored = UserRepository(m_db).findById(id);
    if (!stored.ok() || !stored->has_value()) return;
    const User& user = (*stored)->user;
    PasswordDialog dialog(tr("Reset password"),
                          tr("Set a new password for %1 (%2). Give it to them in person; they should change it "
                             "when they next sign in.").arg(user.displayName, user.userName),
                          false, [&](const QString&, const QString& fresh) {
                              return AccountService(m_db, m_hasher).resetPassword(m_session, id, fresh);
                          }, this);
    if (dialog.exec() == QDialog::Accepted) report({});
}

void AccountsDialog::editProfile()
{
    const qint64 id = selectedUserId();
    auto stored = UserRepository(m_db).findById(id);
    if (!stored.ok() || !stored->has_value()) return;
    const User& user = (*stored)->user;
    ProfileDialog dialog(tr("Profile of %1").arg(user.userName),
                         tr("What the MG forms print for %1 (%2). The change is recorded in the audit trail.")
                             .arg(user.displayName, user.userName),
                         user.profile, [&](const OfficerProfile& profile) {
                             return AccountService(m_db, m_hasher).setProfile(m_session, id, profile);
                         }, this);
    if (dialog.exec() == QDialog::Accepted) report({});
}

} // namespace conduct
