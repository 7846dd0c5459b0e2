#pragma once
// Ctrl+K: one box that searches every case, for a URN, a person (name, date of birth, phone,
// e-mail, handle, vehicle) or words in incident descriptions and locations. Results are ranked,
// each saying what matched and how strongly; Enter opens the chosen case.

#include "security/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;

namespace conduct {

class Database;

class GlobalSearchDialog : public QDialog {
    Q_OBJECT
public:
    GlobalSearchDialog(Database& db, const Session& session, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_edit; }
    QTreeWidget* results() const { return m_results; }
    qint64 chosenCaseId() const { return m_chosenCase; }

public slots:
    void runSearch();   // normally run by a short timer after typing stops

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose();

    Database& m_db;
    Session m_session;
    QLineEdit* m_edit = nullptr;
    QTreeWidget* m_results = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_debounce = nullptr;
    qint64 m_chosenCase = 0;
};

// The snippet of an incident hit with its matched words in «guillemets», for plain-text views.
QString plainSnippet(const QString& marked);

} // namespace conduct
