#include "store/CareCodecs.h"

#include "store/IncidentRepository.h"

#include <QJsonArray>

namespace conduct {
namespace {
QString k(const char* key) { return QString::fromLatin1(key); }

void putDate(QJsonObject& o, const char* key, const QDate& d)
{
    if (d.isValid()) o.insert(k(key), d.toString(Qt::ISODate));
}
QDate date(const QJsonObject& o, const char* key) { return QDate::fromString(o.value(k(key)).toString(), Qt::ISODate); }
void putTime(QJsonObject& o, const char* key, const QDateTime& t)
{
    if (t.isValid()) o.insert(k(key), t.toUTC().toString(Qt::ISODateWithMs));
}
QDateTime time(const QJsonObject& o, const char* key)
{
    QDateTime t = QDateTime::fromString(o.value(k(key)).toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}
QString text(const QJsonObject& o, const char* key) { return o.value(k(key)).toString(); }
bool flag(const QJsonObject& o, const char* key) { return o.value(k(key)).toBool(); }
// Records saved before issue 23 have no timeKnown: their time was typed, so it is known.
bool timeKnown(const QJsonObject& o) { return o.value(k("timeKnown")).toBool(true); }

QJsonArray strings(const QStringList& list) { return QJsonArray::fromStringList(list); }
QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray()) out.append(e.toString());
    return out;
}

QJsonArray measures(const QList<SpecialMeasure>& list)
{
    QJsonArray out;
    for (SpecialMeasure m : list) out.append(specialMeasureCode(m));
    return out;
}
QList<SpecialMeasure> measures(const QJsonValue& v)
{
    QList<SpecialMeasure> out;
    for (const QString& code : strings(v))
        if (auto m = specialMeasureFromCode(code)) out.append(*m);
    return out;
}

CareRow row(qint64 id, qint64 caseId, const QString& kind, qint64 personId, QJsonObject data, qint64 rowVersion)
{
    return CareRow{id, caseId, kind, personId, std::move(data), rowVersion};
}
} // namespace

CareRow toRow(const CarePlan& v)
{
    QJsonObject o{{k("spocName"), v.spocName}, {k("spocContact"), v.spocContact}, {k("deputySpoc"), v.deputySpoc},
                  {k("sharedWithCpsAndWcu"), v.sharedWithCpsAndWcu}};
    putDate(o, "agreedOn", v.agreedOn);
    putDate(o, "vrrInformationGivenOn", v.vrrInformationGivenOn);
    return row(v.id, v.caseId, careKind::carePlan(), v.complainantId, o, v.rowVersion);
}
void fromRow(const CareRow& r, CarePlan& v)
{
    const QJsonObject& o = r.data;
    v.id = r.id;
    v.caseId = r.caseId;
    v.complainantId = r.personId;
    v.rowVersion = r.rowVersion;
    v.spocName = text(o, "spocName");
    v.spocContact = text(o, "spocContact");
    v.deputySpoc = text(o, "deputySpoc");
    v.sharedWithCpsAndWcu = flag(o, "sharedWithCpsAndWcu");
    v.agreedOn = date(o, "agreedOn");
    v.vrrInformationGivenOn = date(o, "vrrInformationGivenOn");
}

CareRow toRow(const ContactEntry& v)
{
    QJsonObject o{{k("method"), v.method}, {k("byWhom"), v.byWhom}, {k("summary"), v.summary}, {k("timeKnown"), v.timeKnown}};
    putTime(o, "contactUtc", v.contactUtc);
    return row(v.id, v.caseId, careKind::contact(), v.personId, o, v.rowVersion);
}
void fromRow(const CareRow& r, ContactEntry& v)
{
    v.id = r.id;
    v.caseId = r.caseId;
    v.personId = r.personId;
    v.rowVersion = r.rowVersion;
    v.contactUtc = time(r.data, "contactUtc");
    v.timeKnown = timeKnown(r.data);
    v.method = text(r.data, "method");
    v.byWhom = text(r.data, "byWhom");
    v.summary = text(r.data, "summary");
}

CareRow toRow(const SupportReferral& v)
{
    QJsonObject o{{k("service"), supportServiceCode(v.service)}, {k("organisation"), v.organisation}, {k("consent"), v.consent},
                  {k("notes"), v.notes}, {k("declined"), v.declined}};
    putDate(o, "consentOn", v.consentOn);
    putDate(o, "referredOn", v.referredOn);
    putDate(o, "declinedOn", v.declinedOn);
    return row(v.id, v.caseId, careKind::referral(), v.personId, o, v.rowVersion);
}
void fromRow(const CareRow& r, SupportReferral& v)
{
    v.id = r.id;
    v.caseId = r.caseId;
    v.personId = r.personId;
    v.rowVersion = r.rowVersion;
    v.service = supportServiceFromCode(text(r.data, "service")).value_or(SupportService::Local);
    v.organisation = text(r.data, "organisation");
    v.consent = flag(r.data, "consent");
    v.consentOn = date(r.data, "consentOn");
    v.referredOn = date(r.data, "referredOn");
    v.declined = flag(r.data, "declined");
    v.declinedOn = date(r.data, "declinedOn");
    v.notes = text(r.data, "notes");
}

CareRow toRow(const SpecialMeasuresRecord& v)
{
    QJsonObject o{{k("vulnerable"), v.vulnerable}, {k("intimidated"), v.intimidated}, {k("eligibilityEvidence"), v.eligibilityEvidence},
                  {k("measuresDiscussed"), measures(v.measuresDiscussed)}, {k("measuresWanted"), measures(v.measuresWanted)},
                  {k("complainantViews"), v.complainantViews}, {k("supporter"), v.supporter},
                  {k("effectOnQuality"), v.effectOnQuality}, {k("viewsOnEligibility"), v.viewsOnEligibility},
                  {k("viewsOnQualityImprovement"), v.viewsOnQualityImprovement}, {k("otherPartiesViews"), v.otherPartiesViews},
                  {k("supportingMaterialList"), v.supportingMaterialList}, {k("communicationNeeds"), v.communicationNeeds}};
    if (v.supportingMaterial) o.insert(k("supportingMaterial"), *v.supportingMaterial);
    if (v.meetingRequired) o.insert(k("meetingRequired"), *v.meetingRequired);
    putDate(o, "discussedOn", v.discussedOn);
    putDate(o, "earlyMeetingOn", v.earlyMeetingOn);
    putDate(o, "supportServiceUpdateOn", v.supportServiceUpdateOn);
    return row(v.id, v.caseId, careKind::specialMeasures(), v.personId, o, v.rowVersion);
}
void fromRow(const CareRow& r, SpecialMeasuresRecord& v)
{
    const QJsonObject& o = r.data;
    v.id = r.id;
    v.caseId = r.caseId;
    v.personId = r.personId;
    v.rowVersion = r.rowVersion;
    v.vulnerable = flag(o, "vulnerable");
    v.intimidated = flag(o, "intimidated");
    v.eligibilityEvidence = text(o, "eligibilityEvidence");
    v.measuresDiscussed = measures(o.value(k("measuresDiscussed")));
    v.measuresWanted = measures(o.value(k("measuresWanted")));
    v.complainantViews = text(o, "complainantViews");
    v.supporter = text(o, "supporter");
    v.discussedOn = date(o, "discussedOn");
    v.earlyMeetingOn = date(o, "earlyMeetingOn");
    v.supportServiceUpdateOn = date(o, "supportServiceUpdateOn");
    v.effectOnQuality = text(o, "effectOnQuality");
    v.viewsOnEligibility = text(o, "viewsOnEligibility");
    v.viewsOnQualityImprovement = text(o, "viewsOnQualityImprovement");
    v.otherPartiesViews = text(o, "otherPartiesViews");
    v.supportingMaterialList = text(o, "supportingMaterialList");
    v.communicationNeeds = text(o, "communicationNeeds");
    const auto optionalFlag = [&](const char* key) {
        const QJsonValue value = o.value(k(key));
        return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
    };
    v.supportingMaterial = optionalFlag("supportingMaterial");
    v.meetingRequired = optionalFlag("meetingRequired");
}

CareRow toRow(const VictimPersonalStatement& v)
{
    QJsonObject o{{k("addendum"), v.addendum}, {k("stage"), v.stage}, {k("taken"), v.taken}, {k("whyNotTaken"), v.whyNotTaken},
                  {k("preference"), vpsPreferenceCode(v.preference)}};
    putDate(o, "takenOn", v.takenOn);
    putDate(o, "offeredOn", v.offeredOn);
    return row(v.id, v.caseId, careKind::vps(), v.personId, o, v.rowVersion);
}
void fromRow(const CareRow& r, VictimPersonalStatement& v)
{
    v.id = r.id;
    v.caseId = r.caseId;
    v.personId = r.personId;
    v.rowVersion = r.rowVersion;
    v.addendum = flag(r.data, "addendum");
    v.stage = text(r.data, "stage");
    v.taken = flag(r.data, "taken");
    v.whyNotTaken = text(r.data, "whyNotTaken");
    v.preference = vpsPreferenceFromCode(text(r.data, "preference")).value_or(VpsPreference::NotStated);
    v.takenOn = date(r.data, "takenOn");
    v.offeredOn = date(r.data, "offeredOn");
}

CareRow toRow(const BailConditions& v)
{
    QJsonObject o{{k("conditions"), strings(v.conditions)}, {k("complainantViews"), v.complainantViews}, {k("active"), v.active}};
    putDate(o, "grantedOn", v.grantedOn);
    putDate(o, "answerBailOn", v.answerBailOn);
    putDate(o, "viewsSoughtOn", v.viewsSoughtOn);
    return row(v.id, v.caseId, careKind::bail(), v.suspectId, o, v.rowVersion);
}
void fromRow(const CareRow& r, BailConditions& v)
{
    v.id = r.id;
    v.caseId = r.caseId;
    v.suspectId = r.personId;
    v.rowVersion = r.rowVersion;
    v.conditions = strings(r.data.value(k("conditions")));
    v.complainantViews = text(r.data, "complainantViews");
    v.active = flag(r.data, "active");
    v.grantedOn = date(r.data, "grantedOn");
    v.answerBailOn = date(r.data, "answerBailOn");
    v.viewsSoughtOn = date(r.data, "viewsSoughtOn");
}

CareRow toRow(const CourtOrder& v)
{
    QJsonArray protectedIds;
    for (qint64 id : v.protectedPersonIds) protectedIds.append(QString::number(id));
    QJsonArray terms;
    for (const OrderTerm& t : v.terms) {
        QJsonObject term{{k("kind"), orderTermKindCode(t.kind)}, {k("text"), t.text}};
        putDate(term, "verifiedOn", t.verifiedOn);
        terms.append(term);
    }
    QJsonObject o{{k("protectedPersonIds"), protectedIds}, {k("terms"), terms},
                  {k("basis"), v.basis == OrderBasis::OnAcquittal ? k("on_acquittal") : k("on_conviction")},
                  {k("untilFurtherOrder"), v.untilFurtherOrder}, {k("complainantViews"), v.complainantViews},
                  {k("specialistServiceViews"), v.specialistServiceViews}, {k("mg5NotificationGiven"), v.mg5NotificationGiven},
                  {k("status"), orderStatusCode(v.status)}};
    putDate(o, "fixedUntil", v.fixedUntil);
    putDate(o, "mg5NotifiedOn", v.mg5NotifiedOn);
    putDate(o, "appliedOn", v.appliedOn);
    return row(v.id, v.caseId, careKind::of(v.kind), v.subjectId, o, v.rowVersion);
}
void fromRow(const CareRow& r, CourtOrder& v)
{
    const QJsonObject& o = r.data;
    v.id = r.id;
    v.caseId = r.caseId;
    v.kind = r.kind == careKind::stalkingProtectionOrder() ? OrderKind::StalkingProtectionOrder : OrderKind::RestrainingOrder;
    v.subjectId = r.personId;
    v.rowVersion = r.rowVersion;
    v.protectedPersonIds.clear();
    for (const QString& id : strings(o.value(k("protectedPersonIds")))) v.protectedPersonIds.append(id.toLongLong());
    v.terms.clear();
    for (const QJsonValue& e : o.value(k("terms")).toArray()) {
        const QJsonObject term = e.toObject();
        v.terms.append(OrderTerm{orderTermKindFromCode(text(term, "kind")).value_or(OrderTermKind::CustomProhibition), text(term, "text"),
                                 date(term, "verifiedOn")});
    }
    v.basis = text(o, "basis") == k("on_acquittal") ? OrderBasis::OnAcquittal : OrderBasis::OnConviction;
    v.untilFurtherOrder = flag(o, "untilFurtherOrder");
    v.fixedUntil = date(o, "fixedUntil");
    v.complainantViews = text(o, "complainantViews");
    v.specialistServiceViews = text(o, "specialistServiceViews");
    v.mg5NotificationGiven = flag(o, "mg5NotificationGiven");
    v.mg5NotifiedOn = date(o, "mg5NotifiedOn");
    v.status = orderStatusFromCode(text(o, "status")).value_or(OrderStatus::Draft);
    v.appliedOn = date(o, "appliedOn");
}

CareRow toRow(const Breach& v)
{
    QJsonObject o{{k("of"), v.of == BreachOf::Bail ? k("bail") : k("order")}, {k("bailId"), QString::number(v.bailId)},
                  {k("orderId"), QString::number(v.orderId)}, {k("online"), v.online}, {k("location"), v.location},
                  {k("behaviours"), behaviourCodes(v.behaviours)}, {k("description"), v.description},
                  {k("actionOwner"), v.actionOwner}, {k("incidentId"), QString::number(v.incidentId)},
                  {k("actionId"), QString::number(v.actionId)}, {k("timeKnown"), v.timeKnown},
                  {k("fearOfViolence"), v.fearOfViolence}, {k("alarmOrDistress"), v.alarmOrDistress},
                  {k("alteredBehaviour"), toCode(v.alteredBehaviour)}, {k("alteredBehaviourHow"), v.alteredBehaviourHow}};
    putTime(o, "occurredUtc", v.occurredUtc);
    putTime(o, "endUtc", v.endUtc);
    putTime(o, "recordedUtc", v.recordedUtc);
    return row(v.id, v.caseId, careKind::breach(), 0, o, v.rowVersion);
}
void fromRow(const CareRow& r, Breach& v)
{
    const QJsonObject& o = r.data;
    v.id = r.id;
    v.caseId = r.caseId;
    v.rowVersion = r.rowVersion;
    v.of = text(o, "of") == k("order") ? BreachOf::Order : BreachOf::Bail;
    v.bailId = text(o, "bailId").toLongLong();
    v.orderId = text(o, "orderId").toLongLong();
    v.online = flag(o, "online");
    v.location = text(o, "location");
    v.behaviours = behavioursFromCodes(text(o, "behaviours"));
    v.description = text(o, "description");
    v.actionOwner = text(o, "actionOwner");
    v.fearOfViolence = flag(o, "fearOfViolence");
    v.alarmOrDistress = flag(o, "alarmOrDistress");
    v.alteredBehaviour = fromCode<Answer>(text(o, "alteredBehaviour")).value_or(Answer::NotAsked);
    v.alteredBehaviourHow = text(o, "alteredBehaviourHow");
    v.incidentId = text(o, "incidentId").toLongLong();
    v.actionId = text(o, "actionId").toLongLong();
    v.occurredUtc = time(o, "occurredUtc");
    v.timeKnown = timeKnown(o);
    v.endUtc = time(o, "endUtc");
    v.recordedUtc = time(o, "recordedUtc");
}

CareRow toRow(const ChargingRequest& v)
{
    QJsonObject o{{k("test"), v.test == CodeTest::Threshold ? k("threshold") : k("full_code")}, {k("furtherEvidence"), v.furtherEvidence},
                  {k("outcome"), chargingOutcomeCode(v.outcome)}, {k("decisionDetail"), v.decisionDetail}};
    putDate(o, "requestedOn", v.requestedOn);
    putDate(o, "furtherEvidenceBy", v.furtherEvidenceBy);
    putDate(o, "decisionOn", v.decisionOn);
    putDate(o, "complainantToldOn", v.complainantToldOn);
    return row(v.id, v.caseId, careKind::chargingRequest(), 0, o, v.rowVersion);
}
void fromRow(const CareRow& r, ChargingRequest& v)
{
    const QJsonObject& o = r.data;
    v.id = r.id;
    v.caseId = r.caseId;
    v.rowVersion = r.rowVersion;
    v.test = text(o, "test") == k("threshold") ? CodeTest::Threshold : CodeTest::FullCode;
    v.furtherEvidence = text(o, "furtherEvidence");
    v.outcome = chargingOutcomeFromCode(text(o, "outcome")).value_or(ChargingOutcome::Pending);
    v.decisionDetail = text(o, "decisionDetail");
    v.requestedOn = date(o, "requestedOn");
    v.furtherEvidenceBy = date(o, "furtherEvidenceBy");
    v.decisionOn = date(o, "decisionOn");
    v.complainantToldOn = date(o, "complainantToldOn");
}

CareRow toRow(const PleaOffer& v)
{
    const PleaConsiderations& c = v.considerations;
    QJsonObject considerations{{k("complainantViews"), c.complainantViews}, {k("newEvidence"), c.newEvidence},
                               {k("changedCircumstances"), c.changedCircumstances},
                               {k("witnessSummonsPublicInterest"), c.witnessSummonsPublicInterest},
                               {k("strengthOfStalkingEvidence"), c.strengthOfStalkingEvidence}, {k("defenceReasons"), c.defenceReasons},
                               {k("explanationToComplainant"), c.explanationToComplainant}};
    QJsonObject o{{k("chargedOffence"), v.chargedOffence}, {k("offeredPlea"), v.offeredPlea}, {k("considerations"), considerations},
                  {k("complainantViewsOnOffer"), v.complainantViewsOnOffer}, {k("decision"), pleaDecisionCode(v.decision)},
                  {k("decisionReasons"), v.decisionReasons}};
    putDate(o, "offeredOn", v.offeredOn);
    putDate(o, "complainantViewsOn", v.complainantViewsOn);
    putDate(o, "decisionOn", v.decisionOn);
    return row(v.id, v.caseId, careKind::pleaOffer(), 0, o, v.rowVersion);
}
void fromRow(const CareRow& r, PleaOffer& v)
{
    const QJsonObject& o = r.data;
    const QJsonObject c = o.value(k("considerations")).toObject();
    v.id = r.id;
    v.caseId = r.caseId;
    v.rowVersion = r.rowVersion;
    v.chargedOffence = text(o, "chargedOffence");
    v.offeredPlea = text(o, "offeredPlea");
    v.considerations = PleaConsiderations{text(c, "complainantViews"), text(c, "newEvidence"), text(c, "changedCircumstances"),
                                          text(c, "witnessSummonsPublicInterest"), text(c, "strengthOfStalkingEvidence"),
                                          text(c, "defenceReasons"), text(c, "explanationToComplainant")};
    v.complainantViewsOnOffer = text(o, "complainantViewsOnOffer");
    v.decision = pleaDecisionFromCode(text(o, "decision")).value_or(PleaDecision::Pending);
    v.decisionReasons = text(o, "decisionReasons");
    v.offeredOn = date(o, "offeredOn");
    v.complainantViewsOn = date(o, "complainantViewsOn");
    v.decisionOn = date(o, "decisionOn");
}

} // namespace conduct
