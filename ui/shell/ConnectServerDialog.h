#pragma once
// File ▸ Connect to server… (issue 30): the unit's server by its parts, not a hand-typed
// postgresql:// address. "Test connection" connects read-only and says, in the officer's words,
// what happened and whether the connection is encrypted and the server verified; Connect opens
// the store for the window to sign in to. A password the server asks for is asked for in the
// same way as at start-up and kept only for that connection.

#include "store/Database.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace conduct {

class ConnectServerDialog : public QDialog {
    Q_OBJECT
public:
    // `startupLockedBy`: the unit's settings file when its administrator locked the start-up
    // store (StartupStore.h), so "open at start" is not offered; empty otherwise.
    explicit ConnectServerDialog(const QString& startupLockedBy = {}, QWidget* parent = nullptr);

    // The address the fields make, checked as any address is; an error names the field to fix.
    Result<QString> address() const;
    // After Connect: the open store, for the window to sign in to.
    std::unique_ptr<Database> takeDatabase() { return std::move(m_database); }
    bool openAtStart() const;

    void testConnection();
    void connectToServer();

private:
    void chooseCaFile();
    void followHost();   // the encryption a host gets unless the officer chose one
    void showResult(const QString& text, bool refused);

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_databaseName = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_schema = nullptr;
    QComboBox* m_encryption = nullptr;
    bool m_encryptionChosen = false;
    QLineEdit* m_caFile = nullptr;
    QCheckBox* m_openAtStart = nullptr;
    QLabel* m_result = nullptr;
    std::unique_ptr<Database> m_database;
};

} // namespace conduct
