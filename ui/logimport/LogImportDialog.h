#pragma once
// "Import complainant's log…": choose the file, map its columns, review the proposed incidents,
// then import them in one go (issue 14). Nothing is saved before the officer presses Import.

#include "logimport/DelimitedParser.h"
#include "security/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace conduct {

class Database;
class LogMappingPage;
class LogReviewPage;

class LogImportDialog : public QDialog {
    Q_OBJECT
public:
    LogImportDialog(Database& db, const Session& session, qint64 caseId, QWidget* parent = nullptr);
    int importedCount() const { return m_imported; }

private:
    void next();
    void back();
    void browse();
    bool readFile();
    bool buildReview();
    void importNow();
    void showError(const QString& message);
    void updateButtons();
    QString suggestedExhibitReference() const;

    Database& m_db;
    Session m_session;
    qint64 m_caseId;
    QStackedWidget* m_pages;
    QLineEdit* m_fileEdit;
    LogMappingPage* m_mapping;
    LogReviewPage* m_review;
    QLineEdit* m_exhibitEdit;
    QLineEdit* m_producedByEdit;
    QLabel* m_error;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_import;
    QByteArray m_original;
    QString m_encoding;
    logimport::LogTable m_table;
    int m_imported = 0;
};

// Opens the dialog for a case; true when something was imported (the caller reloads the case).
bool runLogImport(QWidget* parent, Database& db, const Session& session, qint64 caseId);

} // namespace conduct
