#pragma once
// The review page of the log import: every proposed incident with its rows, London time, text,
// suggested behaviours and any date question or problem; the officer confirms or changes the
// behaviours, answers the date questions, and merges, splits or drops entries. Nothing here saves.

#include "logimport/ProposedIncident.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace conduct {

class LogReviewPage : public QWidget {
    Q_OBJECT
public:
    explicit LogReviewPage(QWidget* parent = nullptr);
    void setProposals(const QString& fileName, const QList<logimport::ProposedIncident>& proposals);
    const QList<logimport::ProposedIncident>& proposals() const { return m_proposals; }

signals:
    void editFailed(const QString& message);
    void edited();   // the officer changed something: an earlier refusal may no longer apply

private:
    void refill(int selectRow);
    void showSelected();
    int selectedRow() const;
    void apply(Status (*edit)(QList<logimport::ProposedIncident>&, int));
    void behaviourToggled();
    void confirmDate();

    QString m_fileName;
    QList<logimport::ProposedIncident> m_proposals;
    QTableWidget* m_table;
    QListWidget* m_behaviours;
    QGroupBox* m_dateBox;
    QLabel* m_dateReason;
    QComboBox* m_dateOptions;
    QLabel* m_status;
    bool m_filling = false;
};

} // namespace conduct
