#include "security/TeamsDialog.h"

#include "widgets/FieldErrors.h"
#include "widgets/Prompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace conduct {
namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

TeamsDialog::TeamsDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_service(db, session)
{
    setObjectName(QStringLiteral("teamsDialog"));
    setWindowTitle(tr("Teams"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Officers see their own cases and their team-mates' cases in full; supervisors see "
                                "the cases of the teams they are in. Anyone else's case shows its URN, officer and "
                                "status only, until it is opened with a reason."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    auto* grid = new QGridLayout;
    auto* teamsLabel = new QLabel(tr("&Teams:"), this);
    m_teams = new QListWidget(this);
    m_teams->setObjectName(QStringLiteral("teamList"));
    m_teams->setAccessibleName(tr("Teams"));
    teamsLabel->setBuddy(m_teams);
    auto* membersLabel = new QLabel(tr("&Members:"), this);
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("memberList"));
    m_members->setAccessibleName(tr("Members"));
    membersLabel->setBuddy(m_members);
    grid->addWidget(teamsLabel, 0, 0);
    grid->addWidget(m_teams, 1, 0);
    grid->addWidget(membersLabel, 0, 1);
    grid->addWidget(m_members, 1, 1);

    auto* teamButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Ne&w team…"), this);
    add->setObjectName(QStringLiteral("newTeam"));
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_rename->setObjectName(QStringLiteral("renameTeam"));
    m_delete = new QPushButton(tr("&Delete team"), this);
    m_delete->setObjectName(QStringLiteral("deleteTeam"));
    teamButtons->addWidget(add);
    teamButtons->addWidget(m_rename);
    teamButtons->addWidget(m_delete);
    grid->addLayout(teamButtons, 2, 0);

    auto* memberButtons = new QHBoxLayout;
    m_accounts = new QComboBox(this);
    m_accounts->setObjectName(QStringLiteral("accountChoice"));
    m_accounts->setAccessibleName(tr("Account to add"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addMember"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeMember"));
    memberButtons->addWidget(m_accounts, 1);
    memberButtons->addWidget(m_add);
    memberButtons->addWidget(m_remove);
    grid->addLayout(memberButtons, 2, 1);
    layout->addLayout(grid);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &TeamsDialog::newTeam);
    connect(m_rename, &QPushButton::clicked, this, &TeamsDialog::renameTeam);
    connect(m_delete, &QPushButton::clicked, this, &TeamsDialog::deleteTeam);
    connect(m_add, &QPushButton::clicked, this, &TeamsDialog::addMember);
    connect(m_remove, &QPushButton::clicked, this, &TeamsDialog::removeMember);
    connect(m_teams, &QListWidget::currentRowChanged, this, &TeamsDialog::showMembers);
    connect(m_members, &QListWidget::currentRowChanged, this, &TeamsDialog::updateButtons);

    auto accounts = m_service.accounts();
    if (report(accounts.ok() ? Status{} : Status{accounts.error()}))
        for (const User& u : accounts.value())
            m_accounts->addItem(tr("%1 (%2)").arg(u.displayName, u.userName), u.id);
    reload();
    resize(sizeHint().width() + 200, sizeHint().height() + 100);
}

qint64 TeamsDialog::selectedTeamId() const
{
    const QListWidgetItem* item = m_teams->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

bool TeamsDialog::selectTeam(const QString& name)
{
    for (int row = 0; row < m_teams->count(); ++row) {
        if (m_teams->item(row)->text() != name) continue;
        m_teams->setCurrentRow(row);
        return true;
    }
    return false;
}

void TeamsDialog::reload()
{
    const qint64 selected = selectedTeamId();
    auto teams = m_service.teams();
    if (!report(teams.ok() ? Status{} : Status{teams.error()})) return;
    m_data = teams.value();
    const QSignalBlocker quiet(m_teams);
    m_teams->clear();
    for (const Team& t : std::as_const(m_data)) {
        auto* item = new QListWidgetItem(t.name, m_teams);
        item->setData(IdRole, t.id);
        if (t.id == selected) m_teams->setCurrentItem(item);
    }
    if (!m_teams->currentItem() && m_teams->count() > 0) m_teams->setCurrentRow(0);
    showMembers();
}

void TeamsDialog::showMembers()
{
    m_members->clear();
    const qint64 id = selectedTeamId();
    for (const Team& t : std::as_const(m_data)) {
        if (t.id != id) continue;
        for (const TeamMember& m : t.members) {
            auto* item = new QListWidgetItem(tr("%1 (%2)").arg(m.displayName, m.userName), m_members);
            item->setData(IdRole, m.userId);
        }
    }
    updateButtons();
}

void TeamsDialog::updateButtons()
{
    const bool team = selectedTeamId() != 0;
    m_rename->setEnabled(team);
    m_delete->setEnabled(team);
    m_add->setEnabled(team && m_accounts->count() > 0);
    m_remove->setEnabled(team && m_members->currentItem() != nullptr);
}

bool TeamsDialog::report(const Status& status)
{
    if (status.ok()) {
        m_error->clearError();
        return true;
    }
    m_error->showError(status.error());
    return false;
}

void TeamsDialog::newTeam()
{
    const auto name = prompts::askText(this, tr("New team"), tr("Name of the team, e.g. \"Response team 2\":"));
    if (!name) return;
    auto id = m_service.createTeam(*name);
    if (!report(id.ok() ? Status{} : Status{id.error()})) return;
    reload();
    selectTeam(name->trimmed());
}

void TeamsDialog::renameTeam()
{
    const qint64 id = selectedTeamId();
    if (id == 0) return;
    const auto name = prompts::askText(this, tr("Rename team"), tr("New name for \"%1\":").arg(m_teams->currentItem()->text()));
    if (!name) return;
    if (report(m_service.renameTeam(id, *name))) reload();
}

void TeamsDialog::deleteTeam()
{
    const qint64 id = selectedTeamId();
    if (id == 0) return;
    const auto answer = prompts::ask(this, tr("Delete team"),
                                     tr("Delete the team \"%1\"? Its members will no longer see each other's cases in "
                                        "full, unless another team joins them.")
                                         .arg(m_teams->currentItem()->text()),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) return;
    if (report(m_service.deleteTeam(id))) reload();
}

void TeamsDialog::addMember()
{
    const qint64 id = selectedTeamId();
    if (id == 0 || m_accounts->currentIndex() < 0) return;
    if (report(m_service.addMember(id, m_accounts->currentData().toLongLong()))) reload();
}

void TeamsDialog::removeMember()
{
    const qint64 id = selectedTeamId();
    const QListWidgetItem* member = m_members->currentItem();
    if (id == 0 || !member) return;
    if (report(m_service.removeMember(id, member->data(IdRole).toLongLong()))) reload();
}

} // namespace conduct
