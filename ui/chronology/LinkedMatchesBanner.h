#pragma once
// Linked-incident search results for one person (protocol 3.8, 4.6):
//  * LinkedMatchesBanner: the non-blocking bar shown in a case when adding a suspect found
//    possible matches in other cases ("2 possible matches in other cases", View, Close);
//  * LinkedMatchesDialog: the ranked matches, each with what matched and how strongly, the
//    case's URN, the person's role there and the other complainants, where the officer
//    confirms or dismisses each match. Every decision is recorded on the case.

#include "services/LinkedSearchService.h"

#include <QDialog>
#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace conduct {

class LinkedMatchesBanner : public QFrame {
    Q_OBJECT
public:
    explicit LinkedMatchesBanner(QWidget* parent = nullptr);

    // Shows the bar when the outcome has matches; hides it otherwise.
    void showOutcome(const Person& probe, const LinkedSearchOutcome& outcome);
    const Person& probe() const { return m_probe; }
    const LinkedSearchOutcome& outcome() const { return m_outcome; }
    QString text() const;

signals:
    void viewRequested();

private:
    Person m_probe;
    LinkedSearchOutcome m_outcome;
    QLabel* m_label = nullptr;
};

class LinkedMatchesDialog : public QDialog {
    Q_OBJECT
public:
    LinkedMatchesDialog(LinkedSearchService& service, const Person& probe, const LinkedSearchOutcome& outcome,
                        QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    qint64 caseToOpen() const { return m_caseToOpen; }

public slots:
    void confirmSelected();
    void dismissSelected();

private:
    void decide(LinkDecision decision);
    void fill();
    int selectedRow() const;

    LinkedSearchService& m_service;
    Person m_probe;
    LinkedSearchOutcome m_outcome;
    QList<QString> m_decisions;   // per row: "" or what was recorded
    QTableWidget* m_table = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_status = nullptr;
    qint64 m_caseToOpen = 0;
};

} // namespace conduct
