#include "services/AuditFields.h"

#include <QJsonArray>

namespace conduct {
namespace {
template <typename E>
QJsonArray codes(const QList<E>& values)
{
    QJsonArray out;
    for (E v : values) out.append(toCode(v));
    return out;
}

QString time(const QDateTime& utc) { return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QString date(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QJsonArray strings(const QStringList& list) { return QJsonArray::fromStringList(list); }
} // namespace

QJsonObject auditFields(const Case& c)
{
    return {{QStringLiteral("urn"), c.urn},
            {QStringLiteral("crime_reference"), c.crimeReference},
            {QStringLiteral("offences"), codes(c.offences)},
            {QStringLiteral("status"), toCode(c.status)},
            {QStringLiteral("officer_in_case"), c.officerInCase},
            {QStringLiteral("supervisor"), c.supervisor},
            {QStringLiteral("oic_user_id"), c.oicUserId},
            {QStringLiteral("supervisor_user_id"), c.supervisorUserId},
            {QStringLiteral("hostility_flag"), c.hostilityFlag},
            {QStringLiteral("why_not_stalking"), c.whyNotStalking}};
}

QJsonObject auditFields(const Person& p)
{
    QJsonArray addresses;
    for (const Address& a : p.addresses)
        addresses.append(QJsonObject{{QStringLiteral("text"), a.text},
                                     {QStringLiteral("verified_on"), date(a.verifiedOn)},
                                     {QStringLiteral("confidential"), a.confidential}});
    return {{QStringLiteral("role"), toCode(p.role)},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("forenames"), p.forenames},
            {QStringLiteral("surname"), p.surname},
            {QStringLiteral("date_of_birth"), date(p.dateOfBirth)},
            {QStringLiteral("gender"), p.gender},
            {QStringLiteral("aliases"), strings(p.aliases)},
            {QStringLiteral("addresses"), addresses},
            {QStringLiteral("phones"), strings(p.phones)},
            {QStringLiteral("emails"), strings(p.emails)},
            {QStringLiteral("online_handles"), strings(p.onlineHandles)},
            {QStringLiteral("vehicles"), strings(p.vehicles)},
            {QStringLiteral("relationship"), toCode(p.relationship)},
            {QStringLiteral("domestic_abuse"), p.domesticAbuse},
            {QStringLiteral("relationship_ended_on"), date(p.relationshipEndedOn)},
            {QStringLiteral("occupation"), p.occupation},
            {QStringLiteral("ethnicity_code"), p.ethnicityCode},
            {QStringLiteral("over_18"), p.over18 ? QJsonValue(*p.over18) : QJsonValue()},
            {QStringLiteral("statement_date"), date(p.statementDate)},
            {QStringLiteral("preferred_contact"), p.preferredContact},
            {QStringLiteral("safe_contact"), p.safeContact}};
}

QJsonObject auditFields(const Incident& i)
{
    return {{QStringLiteral("start_utc"), time(i.startUtc)},
            {QStringLiteral("end_utc"), time(i.endUtc)},
            {QStringLiteral("start_time_known"), i.startTimeKnown},
            {QStringLiteral("end_time_known"), i.endTimeKnown},
            {QStringLiteral("online"), i.online},
            {QStringLiteral("location"), i.location},
            {QStringLiteral("platform"), i.platform},
            {QStringLiteral("behaviours"), codes(i.behaviours)},
            {QStringLiteral("description"), i.description},
            {QStringLiteral("fear_of_violence"), i.fearOfViolence},
            {QStringLiteral("alarm_or_distress"), i.alarmOrDistress},
            {QStringLiteral("altered_behaviour"), toCode(i.alteredBehaviour)},
            {QStringLiteral("altered_behaviour_how"), i.alteredBehaviourHow},
            {QStringLiteral("reported_to_police"), i.reportedToPolice},
            {QStringLiteral("police_reference"), i.policeReference},
            {QStringLiteral("provenance"), i.provenance},
            {QStringLiteral("source_wording"), i.sourceWording},
            {QStringLiteral("source_when_text"), i.sourceWhenText}};
}

} // namespace conduct
