#pragma once
// Opening a case the user does not see in full (issue 24, need to know): the reason, chosen from
// the short list of core/services/AccessGrants, and at least 15 characters saying why. OK stays
// disabled, with the hint saying why, until the text is long enough; it then creates the grant
// through core, which records it as a consultation. The grant lets the user work on the case
// until they sign out or lock, or for 8 hours, so reopening it meanwhile does not ask again.

#include "services/AccessGrants.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace conduct {

class Database;
class ErrorBanner;

class OpenCaseDialog : public QDialog {
    Q_OBJECT
public:
    OpenCaseDialog(Database& db, const Session& session, qint64 caseId, QWidget* parent = nullptr);

    // The grant made when the dialog was accepted.
    const AccessGrant& grant() const { return m_grant; }
    // Why OK is disabled, or empty when it is not.
    QString blockedReason() const;

    void accept() override;

private:
    void updateOk();

    AccessGrants m_grants;
    qint64 m_caseId;
    AccessGrant m_grant;
    ErrorBanner* m_error = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_hint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace conduct
