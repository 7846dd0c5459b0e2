#pragma once
// Tools ▸ Teams…: administrators create, rename and delete teams and choose their members. Members
// of a team see each other's cases in full; supervisors see the cases of the teams they are in
// (issue 24). Every change goes through TeamService, which checks ManageTeams and audits it.

#include "common/Result.h"
#include "services/TeamService.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QPushButton;

namespace conduct {

class Database;
class ErrorBanner;

class TeamsDialog : public QDialog {
    Q_OBJECT
public:
    TeamsDialog(Database& db, const Session& session, QWidget* parent = nullptr);

    QListWidget* teamList() const { return m_teams; }
    QListWidget* memberList() const { return m_members; }
    qint64 selectedTeamId() const;
    bool selectTeam(const QString& name);
    void reload();

public slots:
    void newTeam();
    void renameTeam();
    void deleteTeam();
    void addMember();
    void removeMember();

private:
    void showMembers();
    void updateButtons();
    bool report(const Status& status);

    TeamService m_service;
    QList<Team> m_data;
    ErrorBanner* m_error = nullptr;
    QListWidget* m_teams = nullptr;
    QListWidget* m_members = nullptr;
    QComboBox* m_accounts = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace conduct
