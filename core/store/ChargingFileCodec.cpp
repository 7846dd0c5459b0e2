#include "store/ChargingFileCodec.h"

#include "store/Database.h"

#include <QJsonArray>

namespace conduct::chargingcodec {
namespace {

QJsonValue tri(const std::optional<bool>& v) { return v ? QJsonValue(*v) : QJsonValue(); }
std::optional<bool> tri(const QJsonValue& v) { return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt; }
QString date(const QDate& d) { return toDbDate(d).toString(); }
QDate date(const QJsonValue& v) { return fromDbDate(v.toString()); }
QString time(const QDateTime& t) { return t.isValid() ? toDbTime(t).toString() : QString(); }
QDateTime time(const QJsonValue& v) { return v.toString().isEmpty() ? QDateTime() : fromDbTime(v.toString()); }
QString text(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }

// The pairs below list each field once, so that writing and reading cannot drift apart.
template <typename Part>
struct TextField {
    const char* key;
    QString Part::*member;
};

constexpr TextField<Mg3SupervisorPart> supervisorFields[] = {
    {"points_to_prove", &Mg3SupervisorPart::evidenceAlignedToPointsToProve},
    {"other_evidence", &Mg3SupervisorPart::availabilityOfOtherEvidence},
    {"why_cps", &Mg3SupervisorPart::whyCpsConsulted},
    {"public_interest", &Mg3SupervisorPart::publicInterest},
    {"recommended_charges", &Mg3SupervisorPart::recommendedCharges},
    {"undermine_or_assist", &Mg3SupervisorPart::undermineOrAssistMaterial},
};

constexpr TextField<Mg5PolicePart> mg5Fields[] = {
    {"key_evidence", &Mg5PolicePart::keyEvidence},         {"key_witnesses", &Mg5PolicePart::keyWitnesses},
    {"property_value", &Mg5PolicePart::propertyValue},     {"non_key_witnesses", &Mg5PolicePart::nonKeyWitnesses},
    {"vre_details", &Mg5PolicePart::vreDetails},           {"injuries", &Mg5PolicePart::injuries},
    {"forensic_evidence", &Mg5PolicePart::forensicEvidence}, {"orders_applied", &Mg5PolicePart::ordersApplied},
    {"compensation", &Mg5PolicePart::compensation},         {"dip_trigger_offence", &Mg5PolicePart::dipTriggerOffence},
    {"dip_result", &Mg5PolicePart::dipResult},               {"dip_drug", &Mg5PolicePart::dipDrug},
    {"conditional_caution", &Mg5PolicePart::conditionalCaution},
};

constexpr TextField<Mg5Interview> interviewFields[] = {
    {"officers", &Mg5Interview::interviewingOfficers}, {"others_present", &Mg5Interview::otherPersonsPresent},
    {"explanation", &Mg5Interview::explanation},       {"response_to_cctv", &Mg5Interview::responseToCctv},
    {"admissions", &Mg5Interview::admissions},
};

template <typename Part, size_t N>
void writeTexts(QJsonObject& o, const Part& part, const TextField<Part> (&fields)[N])
{
    for (const auto& f : fields) o.insert(QLatin1String(f.key), part.*(f.member));
}

template <typename Part, size_t N>
void readTexts(const QJsonObject& o, Part& part, const TextField<Part> (&fields)[N])
{
    for (const auto& f : fields) part.*(f.member) = text(o, f.key);
}

QJsonObject suspectJson(const SuspectChargingEntry& s)
{
    return {{QStringLiteral("person_id"), s.personId},
            {QStringLiteral("custody_reference"), s.custodyReference},
            {QStringLiteral("released_under_investigation"), s.releasedUnderInvestigation},
            {QStringLiteral("ppo"), tri(s.prolificPriorityOffender)},
            {QStringLiteral("dyo"), tri(s.deterYoungOffender)},
            {QStringLiteral("yo"), tri(s.youthOffender)},
            {QStringLiteral("bad_character"), tri(s.badCharacterEvidence)},
            {QStringLiteral("dangerous_offender"), tri(s.dangerousOffender)},
            {QStringLiteral("flag_notes"), s.flagNotes},
            {QStringLiteral("proposed_charges"), s.proposedCharges},
            {QStringLiteral("anticipated_plea"), s.anticipatedPlea}};
}

SuspectChargingEntry suspectFrom(const QJsonObject& o)
{
    SuspectChargingEntry s;
    s.personId = o.value(QLatin1String("person_id")).toInteger();
    s.custodyReference = text(o, "custody_reference");
    s.releasedUnderInvestigation = o.value(QLatin1String("released_under_investigation")).toBool();
    s.prolificPriorityOffender = tri(o.value(QLatin1String("ppo")));
    s.deterYoungOffender = tri(o.value(QLatin1String("dyo")));
    s.youthOffender = tri(o.value(QLatin1String("yo")));
    s.badCharacterEvidence = tri(o.value(QLatin1String("bad_character")));
    s.dangerousOffender = tri(o.value(QLatin1String("dangerous_offender")));
    s.flagNotes = text(o, "flag_notes");
    s.proposedCharges = text(o, "proposed_charges");
    s.anticipatedPlea = text(o, "anticipated_plea");
    return s;
}
} // namespace

QJsonObject toJson(const Mg3PolicePart& part)
{
    QJsonArray suspects;
    for (const SuspectChargingEntry& s : part.suspects) suspects.append(suspectJson(s));
    QJsonArray material;
    for (const MaterialEntry& m : part.material)
        material.append(QJsonObject{{QStringLiteral("label"), m.label}, {QStringLiteral("detail"), m.detail}, {QStringLiteral("date"), date(m.date)},
                                    {QStringLiteral("attached"), m.attached}, {QStringLiteral("added"), m.addedByOfficer}});
    return {{QStringLiteral("suspects"), suspects}, {QStringLiteral("material"), material}, {QStringLiteral("outline"), part.outline},
            {QStringLiteral("officer_in_case_if_different"), part.officerInCaseIfDifferent}};
}

void fromJson(const QJsonObject& o, Mg3PolicePart& part)
{
    part = {};
    for (const QJsonValue& v : o.value(QLatin1String("suspects")).toArray()) part.suspects.append(suspectFrom(v.toObject()));
    for (const QJsonValue& v : o.value(QLatin1String("material")).toArray()) {
        const QJsonObject m = v.toObject();
        part.material.append(MaterialEntry{text(m, "label"), text(m, "detail"), date(m.value(QLatin1String("date"))),
                                           m.value(QLatin1String("attached")).toBool(),
                                           m.value(QLatin1String("added")).toBool()});
    }
    part.outline = text(o, "outline");
    part.officerInCaseIfDifferent = text(o, "officer_in_case_if_different");
}

QJsonObject toJson(const Mg5PolicePart& part)
{
    QJsonObject o;
    writeTexts(o, part, mg5Fields);
    QJsonObject interview{{QStringLiteral("defendant_person_id"), part.interview.defendantPersonId},
                          {QStringLiteral("start_utc"), time(part.interview.startUtc)}};
    writeTexts(interview, part.interview, interviewFields);
    o.insert(QLatin1String("interview"), interview);
    o.insert(QLatin1String("vre"), tri(part.visuallyRecordedEvidence));
    o.insert(QLatin1String("vre_is_key"), tri(part.vreIsKeyEvidence));
    o.insert(QLatin1String("dip_tested"), tri(part.dipTested));
    o.insert(QLatin1String("tics_mg18"), tri(part.ticsMg18));
    o.insert(QLatin1String("pre_cons_attached"), tri(part.preConsAttached));
    o.insert(QLatin1String("mg6_attached"), tri(part.mg6Attached));
    o.insert(QLatin1String("certified_on"), date(part.certifiedOn));
    return o;
}

void fromJson(const QJsonObject& o, Mg5PolicePart& part)
{
    part = {};
    readTexts(o, part, mg5Fields);
    const QJsonObject interview = o.value(QLatin1String("interview")).toObject();
    part.interview.defendantPersonId = interview.value(QLatin1String("defendant_person_id")).toInteger();
    part.interview.startUtc = time(interview.value(QLatin1String("start_utc")));
    readTexts(interview, part.interview, interviewFields);
    part.visuallyRecordedEvidence = tri(o.value(QLatin1String("vre")));
    part.vreIsKeyEvidence = tri(o.value(QLatin1String("vre_is_key")));
    part.dipTested = tri(o.value(QLatin1String("dip_tested")));
    part.ticsMg18 = tri(o.value(QLatin1String("tics_mg18")));
    part.preConsAttached = tri(o.value(QLatin1String("pre_cons_attached")));
    part.mg6Attached = tri(o.value(QLatin1String("mg6_attached")));
    part.certifiedOn = date(o.value(QLatin1String("certified_on")));
}

QJsonObject toJson(const Mg3SupervisorPart& part)
{
    QJsonObject o;
    writeTexts(o, part, supervisorFields);
    return o;
}

void fromJson(const QJsonObject& o, Mg3SupervisorPart& part)
{
    part = {};
    readTexts(o, part, supervisorFields);
}

} // namespace conduct::chargingcodec
