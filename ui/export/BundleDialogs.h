#pragma once
// File ▸ Export case bundle… and File ▸ Import case bundle…: thin dialogs over BundleService
// (core/bundle). Export asks for the transfer's justification and recipient and, optionally, a
// passphrase typed twice; import shows every problem found, each naming the record and field.
// Import is two steps (issue 24): the bundle is checked and who signed it shown (the key's
// fingerprint, whether an administrator here trusts it, and that its reviews arrive as history
// only); the officer then confirms.

#include "bundle/BundleService.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace conduct {

class ErrorBanner;

class BundleExportDialog : public QDialog {
    Q_OBJECT
public:
    BundleExportDialog(Database& db, const Session& session, qint64 caseId, const QString& urn, QWidget* parent = nullptr);
    const BundleExportOutcome& outcome() const { return m_outcome; }

public slots:
    void exportBundle();

private:
    BundleService m_service;
    qint64 m_caseId;
    QLineEdit* m_path;
    QLineEdit* m_justification;
    QLineEdit* m_recipient;
    QCheckBox* m_protect;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    ErrorBanner* m_error;
    BundleExportOutcome m_outcome;
};

class BundleImportDialog : public QDialog {
    Q_OBJECT
public:
    BundleImportDialog(Database& db, const Session& session, QWidget* parent = nullptr);
    const BundleImportOutcome& outcome() const { return m_outcome; }

public slots:
    void importBundle();

    // The checked bundle's origin, shown before the officer confirms (empty until checked).
    QString originText() const;

private:
    void showProblems(const Error& error);
    void showOrigin(const BundleOrigin& origin);
    void forgetOrigin();

    BundleService m_service;
    QLabel* m_origin;
    QPushButton* m_go;
    bool m_checked = false;   // the origin shown is of the file and passphrase now entered
    QLineEdit* m_path;
    QLineEdit* m_passphrase;
    QCheckBox* m_asCopy;
    QLineEdit* m_newUrn;
    QListWidget* m_problems;
    BundleImportOutcome m_outcome;
};

} // namespace conduct
