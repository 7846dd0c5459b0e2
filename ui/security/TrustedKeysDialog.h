#pragma once
// Tools ▸ Trusted keys…: this database's name and signing-key fingerprint (anyone may read them,
// to tell a receiving unit), and the other databases' keys an administrator has marked trusted.
// Thin over TrustedKeysService, which enforces who may change them and audits each change.

#include "security/TrustedKeysService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace conduct {

class ErrorBanner;

class TrustedKeysDialog : public QDialog {
    Q_OBJECT
public:
    TrustedKeysDialog(Database& db, const Session& session, QWidget* parent = nullptr);

public slots:
    void addKey();
    void removeSelected();
    void renameDatabase();

private:
    void reload();

    TrustedKeysService m_service;
    Session m_session;
    bool m_canManage = false;
    QLabel* m_ownFingerprint;
    QLineEdit* m_ownKey;
    QLineEdit* m_ownName;
    QTableWidget* m_table;
    QLineEdit* m_newKey;
    QLineEdit* m_newLabel;
    QComboBox* m_newPurpose;
    QPushButton* m_remove;
    ErrorBanner* m_error;
    QList<TrustedKey> m_keys;
};

} // namespace conduct
