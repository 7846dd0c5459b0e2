#pragma once
// Records of sections 6–9 <-> care_records rows. The JSON keys are stable: they are stored.

#include "rules/Charging.h"
#include "rules/Orders.h"
#include "rules/VictimCare.h"
#include "store/CareRecordRepository.h"

namespace conduct {

namespace careKind {
inline QString carePlan() { return QStringLiteral("care_plan"); }
inline QString contact() { return QStringLiteral("contact"); }
inline QString referral() { return QStringLiteral("referral"); }
inline QString specialMeasures() { return QStringLiteral("special_measures"); }
inline QString vps() { return QStringLiteral("vps"); }
inline QString bail() { return QStringLiteral("bail"); }
inline QString restrainingOrder() { return QStringLiteral("restraining_order"); }
inline QString stalkingProtectionOrder() { return QStringLiteral("stalking_protection_order"); }
inline QString breach() { return QStringLiteral("breach"); }
inline QString chargingRequest() { return QStringLiteral("charging_request"); }
inline QString pleaOffer() { return QStringLiteral("plea_offer"); }
inline QString of(OrderKind k) { return k == OrderKind::RestrainingOrder ? restrainingOrder() : stalkingProtectionOrder(); }
} // namespace careKind

CareRow toRow(const CarePlan& v);   // the contact preferences stay on the Person, not here
CareRow toRow(const ContactEntry& v);
CareRow toRow(const SupportReferral& v);
CareRow toRow(const SpecialMeasuresRecord& v);
CareRow toRow(const VictimPersonalStatement& v);
CareRow toRow(const BailConditions& v);
CareRow toRow(const CourtOrder& v);
CareRow toRow(const Breach& v);
CareRow toRow(const ChargingRequest& v);
CareRow toRow(const PleaOffer& v);

void fromRow(const CareRow& row, CarePlan& out);
void fromRow(const CareRow& row, ContactEntry& out);
void fromRow(const CareRow& row, SupportReferral& out);
void fromRow(const CareRow& row, SpecialMeasuresRecord& out);
void fromRow(const CareRow& row, VictimPersonalStatement& out);
void fromRow(const CareRow& row, BailConditions& out);
void fromRow(const CareRow& row, CourtOrder& out);
void fromRow(const CareRow& row, Breach& out);
void fromRow(const CareRow& row, ChargingRequest& out);
void fromRow(const CareRow& row, PleaOffer& out);

// The rows of one kind, in the order given (CareRecordRepository::listForCase reads every kind).
inline QList<CareRow> rowsOfKind(const QList<CareRow>& rows, const QString& kind)
{
    QList<CareRow> out;
    for (const CareRow& row : rows)
        if (row.kind == kind) out.append(row);
    return out;
}

template <typename T>
QList<T> recordsOf(const QList<CareRow>& rows)
{
    QList<T> out;
    for (const CareRow& row : rows) {
        T value;
        fromRow(row, value);
        out.append(value);
    }
    return out;
}

} // namespace conduct
