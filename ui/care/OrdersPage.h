#pragma once
// The "Bail & orders" tab (protocol 4.11–4.13, section 9): pre-charge bail conditions with the
// complainant's views, the draft restraining order, a Stalking Protection Order application, and
// breaches (each becomes an incident, an action and a risk review).

#include "care/CarePageSupport.h"
#include "services/CaseService.h"
#include "services/OrdersService.h"

class QCheckBox;
class QListWidget;

namespace conduct {

class DateField;
class DateTimeField;

class OrdersPage : public CarePage {
    Q_OBJECT
public:
    OrdersPage(Database& db, const Session& session, const QString& justification, QWidget* parent = nullptr);
    void setCase(const CaseDetail& detail);

public slots:
    bool saveBail();
    bool saveRestrainingOrder() { return saveOrder(m_restraining); }
    bool saveSpo() { return saveOrder(m_spo); }
    bool recordBreach();
    void clearBreachForm();

signals:
    void changed();
    void incidentsChanged();   // a breach added an incident to the course of conduct

private:
    struct OrderEditor {
        OrderKind kind = OrderKind::RestrainingOrder;
        CourtOrder current;
        QComboBox* subject = nullptr;
        QListWidget* protectedPeople = nullptr;
        QTableWidget* terms = nullptr;
        QComboBox* basis = nullptr;
        QCheckBox* untilFurtherOrder = nullptr;
        DateField* fixedUntil = nullptr;
        QPlainTextEdit* complainantViews = nullptr;
        QPlainTextEdit* specialistViews = nullptr;
        QCheckBox* mg5 = nullptr;
        DateField* mg5On = nullptr;
        QLabel* addressWarning = nullptr;
    };
    void buildBail();
    void buildOrder(OrderEditor& editor, const QString& prefix, const QString& title, const QString& hint);
    void buildBreaches();
    void addTerm(OrderEditor& editor, OrderTermKind kind);
    void showOrder(OrderEditor& editor);
    bool saveOrder(OrderEditor& editor);
    void reloadRecords();
    bool finish(const Status& outcome, const QString& savedText);

    OrdersService m_service;
    qint64 m_caseId = 0;
    QList<Person> m_people;
    OrdersRecords m_records;

    QTableWidget* m_bailTable = nullptr;
    QComboBox* m_bailSuspect = nullptr;
    DateField* m_bailGranted = nullptr;
    DateField* m_bailReturn = nullptr;
    QPlainTextEdit* m_bailConditions = nullptr;
    QPlainTextEdit* m_bailViews = nullptr;
    DateField* m_bailViewsOn = nullptr;

    OrderEditor m_restraining;
    OrderEditor m_spo;

    QTableWidget* m_breachTable = nullptr;
    QComboBox* m_breached = nullptr;
    DateTimeField* m_breachAt = nullptr;
    QCheckBox* m_breachOnline = nullptr;
    QLineEdit* m_breachWhere = nullptr;
    QListWidget* m_breachBehaviours = nullptr;
    QPlainTextEdit* m_breachWhat = nullptr;
    QCheckBox* m_breachFear = nullptr;
    QCheckBox* m_breachDistress = nullptr;
    QComboBox* m_breachAltered = nullptr;
    QLineEdit* m_breachAlteredHow = nullptr;
    QLineEdit* m_breachOwner = nullptr;
};

} // namespace conduct
