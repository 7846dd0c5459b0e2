#pragma once
// Bail and orders (protocol 4.11–4.13, section 9): pre-charge bail conditions with the
// complainant's views, the draft restraining order, Stalking Protection Order applications, and
// breaches, which are themselves evidence of further stalking or harassment (4.13, 9.5).

#include "common/Result.h"
#include "domain/Codes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace conduct {

// 4.11: PACE 1984 s47 conditional bail, with the complainant's views on the conditions.
struct BailConditions {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 suspectId = 0;
    QDate grantedOn;
    QDate answerBailOn;        // return date
    QStringList conditions;    // one per line, as imposed
    QString complainantViews;
    QDate viewsSoughtOn;
    bool active = true;
    qint64 rowVersion = 0;
};

enum class OrderKind { RestrainingOrder, StalkingProtectionOrder };
enum class OrderTermKind {
    NoContact,          // directly or indirectly, including through social media
    ExclusionZone,      // an area the subject must not enter
    ExcludedAddress,    // an address, which must be verified (9.2)
    NoPublishing,       // nothing published about the protected person
    CustomProhibition,
    Requirement,        // SPO only: a positive requirement (Stalking Protection Act 2019 s2)
};
QString orderTermKindCode(OrderTermKind k);
std::optional<OrderTermKind> orderTermKindFromCode(const QString& code);
QString orderTermKindLabel(OrderTermKind k);
QList<OrderTermKind> allOrderTermKinds();

struct OrderTerm {
    OrderTermKind kind = OrderTermKind::NoContact;
    QString text;          // the wording of the term (for an address term: the address)
    QDate verifiedOn;      // address terms: when the address was last checked as accurate (9.2)
    bool operator==(const OrderTerm&) const = default;
    bool isProhibition() const { return kind != OrderTermKind::Requirement; }
    bool isAddress() const { return kind == OrderTermKind::ExcludedAddress; }
};

// The standard wording of a term kind, for a draft the officer then edits.
QString standardTermWording(OrderTermKind kind, const QString& protectedNames);

enum class OrderBasis { OnConviction, OnAcquittal };   // 9.1: SA 2020 s360 / PHA 1997 s5A
enum class OrderStatus { Draft, Applied, Granted, Refused };
QString orderStatusCode(OrderStatus s);
std::optional<OrderStatus> orderStatusFromCode(const QString& code);
QString orderStatusLabel(OrderStatus s);

struct CourtOrder {
    qint64 id = 0;
    qint64 caseId = 0;
    OrderKind kind = OrderKind::RestrainingOrder;
    qint64 subjectId = 0;                 // the suspect the order would bind
    QList<qint64> protectedPersonIds;     // people of the case
    QList<OrderTerm> terms;
    OrderBasis basis = OrderBasis::OnConviction;   // restraining orders only
    bool untilFurtherOrder = true;
    QDate fixedUntil;                     // when not until further order
    QString complainantViews;             // 9.2, 5.2
    QString specialistServiceViews;       // 9.2
    bool mg5NotificationGiven = false;    // 9.3
    QDate mg5NotifiedOn;
    OrderStatus status = OrderStatus::Draft;
    QDate appliedOn;
    qint64 rowVersion = 0;

    QList<OrderTerm> prohibitions() const;
    QList<OrderTerm> requirements() const;
};

// Addresses in the order whose "verified on" date is missing or older than `maxAgeDays` (9.2:
// check the information is still accurate before the hearing).
QList<OrderTerm> addressesNeedingCheck(const CourtOrder& order, const QDate& today, int maxAgeDays = 28);

enum class BreachOf { Bail, Order };

// 4.13, 9.5: recorded as a new incident in the course of conduct, an action, and a risk review.
struct Breach {
    qint64 id = 0;
    qint64 caseId = 0;
    BreachOf of = BreachOf::Bail;
    qint64 bailId = 0;         // when of == Bail
    qint64 orderId = 0;        // when of == Order
    QDateTime occurredUtc;
    QDateTime endUtc;
    bool timeKnown = true;     // false: a date only, occurredUtc is London midnight (uktime::startOfDayUtc)
    bool online = false;
    QString location;          // or platform, when online
    QList<Behaviour> behaviours;
    QString description;
    // The impact questions of any incident (issue 31), so the incident a breach makes is complete
    // and the 3.9 check holds: fear of violence, alarm or distress, and altered behaviour.
    bool fearOfViolence = false;
    bool alarmOrDistress = false;
    Answer alteredBehaviour = Answer::NotAsked;
    QString alteredBehaviourHow;
    QString actionOwner;       // who takes the expeditious action (4.13)
    qint64 incidentId = 0;     // filled when saved
    qint64 actionId = 0;
    QDateTime recordedUtc;
    qint64 rowVersion = 0;
};

// `personIdsInCase`: the ids of the people of the case, to check the links.
Status validateBail(const BailConditions& b, const QList<qint64>& personIdsInCase);
Status validateOrder(const CourtOrder& o, const QList<qint64>& personIdsInCase);
Status validateBreach(const Breach& b);

} // namespace conduct
