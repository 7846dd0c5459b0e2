#include "bundle/BundleFormat.h"

#include "domain/ChargingFile.h"
#include "domain/Codes.h"
#include "domain/Evidence.h"
#include "domain/RiskAssessment.h"
#include "rules/Withdrawal.h"

namespace conduct::bundle {
namespace {
// Longest texts accepted: a name or reference, a paragraph, a statement, a JSON document.
constexpr int shortText = 500;
constexpr int longText = 200000;
constexpr int jsonText = 4000000;

template <typename E>
QStringList codesOf()
{
    QStringList out;
    for (const auto& e : codeTable<E>()) out.append(QString::fromLatin1(e.code));
    return out;
}

// For vocabularies kept as a list of values and a code function rather than a code table.
template <typename E>
QStringList codesOf(const QList<E>& values, QString (*code)(E))
{
    QStringList out;
    for (E value : values) out.append(code(value));
    return out;
}
QStringList withdrawalDecisions() { return codesOf(allWithdrawalDecisions(), &withdrawalDecisionCode); }
QStringList assessmentStatuses() { return codesOf(allAssessmentStatuses(), &assessmentStatusCode); }

// These mirror the CHECK constraints of the schema (Schema.cpp, RiskSchema.cpp, EvidenceSchema.cpp,
// CareSchema.cpp), so a bad value is refused naming the record before anything is inserted.
QStringList detailKinds()
{
    return {QStringLiteral("alias"), QStringLiteral("address"), QStringLiteral("phone"),
            QStringLiteral("email"), QStringLiteral("handle"), QStringLiteral("vehicle")};
}
QStringList referralDecisions()
{
    return {QString(), QStringLiteral("refer"), QStringLiteral("not_refer"), QStringLiteral("already_managed")};
}
QStringList careKinds()
{
    return {QStringLiteral("care_plan"), QStringLiteral("contact"), QStringLiteral("referral"),
            QStringLiteral("special_measures"), QStringLiteral("vps"), QStringLiteral("bail"),
            QStringLiteral("restraining_order"), QStringLiteral("stalking_protection_order"), QStringLiteral("breach"),
            QStringLiteral("charging_request"), QStringLiteral("plea_offer")};
}
QStringList chargingForms() { return {chargingFormCode(ChargingForm::Mg3), chargingFormCode(ChargingForm::Mg5)}; }
QStringList actionStatuses() { return {QStringLiteral("open"), QStringLiteral("done"), QStringLiteral("cancelled")}; }

using T = FieldType;
FieldSpec id() { return {QStringLiteral("id"), T::Id}; }
FieldSpec text(const char* column, int max = shortText) { return {QString::fromLatin1(column), T::Text, false, max}; }
FieldSpec longT(const char* column) { return text(column, longText); }
FieldSpec json(const char* column) { return {QString::fromLatin1(column), T::JsonText, false, jsonText}; }
FieldSpec integer(const char* column, bool nullable = false) { return {QString::fromLatin1(column), T::Integer, nullable}; }
FieldSpec boolean(const char* column, bool nullable = false) { return {QString::fromLatin1(column), T::Boolean, nullable}; }
FieldSpec date(const char* column, bool nullable = true) { return {QString::fromLatin1(column), T::Date, nullable}; }
FieldSpec time(const char* column, bool nullable = false) { return {QString::fromLatin1(column), T::DateTime, nullable}; }
FieldSpec code(const char* column, QStringList (*codes)()) { return {QString::fromLatin1(column), T::Code, false, 0, {}, codes}; }
FieldSpec codeList(const char* column, QStringList (*codes)()) { return {QString::fromLatin1(column), T::CodeList, false, 0, {}, codes}; }
FieldSpec ref(const char* column, const char* kind, bool nullable = false)
{
    return {QString::fromLatin1(column), T::Ref, nullable, 0, QString::fromLatin1(kind)};
}
// A true/false field added in format version 2; older bundles lack it and mean `absent`.
FieldSpec addedBoolean(const char* column, bool absent)
{
    FieldSpec f = boolean(column);
    f.whenAbsent = QJsonValue(absent);
    return f;
}
// Fields added in format version 3 (issue 22): older bundles lack them and mean "not recorded".
FieldSpec addedText(const char* column, int max = shortText)
{
    FieldSpec f = text(column, max);
    f.whenAbsent = QJsonValue(QString());
    return f;
}
FieldSpec addedDate(const char* column)
{
    FieldSpec f = date(column);
    f.whenAbsent = QJsonValue(QJsonValue::Null);
    return f;
}
FieldSpec addedCode(const char* column, QStringList (*codes)())
{
    FieldSpec f = code(column, codes);
    f.whenAbsent = QJsonValue(QString());
    return f;
}
// people.ethnicity_code and people.over_18: empty when not recorded.
QStringList ethnicityCodes()
{
    QStringList out{QString()};
    for (const EthnicityCode& e : ethnicityCodeTable()) out.append(QString::fromLatin1(e.code));
    return out;
}
QStringList over18Codes() { return {QString(), QStringLiteral("yes"), QStringLiteral("no")}; }
FieldSpec account(const char* column, bool nullable = false) { return {QString::fromLatin1(column), T::AccountRef, nullable}; }

CaseTableRef byCase(const char* table) { return {QString::fromLatin1(table)}; }
CaseTableRef byOwner(const char* table, const char* column, const char* owner)
{
    return {QString::fromLatin1(table), QString::fromLatin1(column), QString::fromLatin1(owner)};
}

// THE format. Summary columns kept by triggers (cases.complainant_names, incident_count, ...) and
// row_version counters are not carried: the importing database derives them.
QList<KindSpec> buildKinds()
{
    return {
        {accountsKind, {}, {id(), text("user_name", 64), text("display_name")}},
        {caseKind, {QStringLiteral("cases"), QStringLiteral("id")},
         {{QStringLiteral("urn"), T::Urn}, text("crime_reference"), codeList("offences", &codesOf<Offence>), code("status", &codesOf<CaseStatus>), text("officer_in_case"),
          text("supervisor"), boolean("hostility_flag"), longT("why_not_stalking"), time("created_utc"),
          time("updated_utc"), account("oic_user_id", true), account("supervisor_user_id", true)},
         {QStringLiteral("id")}, true},
        {QStringLiteral("people"), byCase("people"),
         {id(), code("role", &codesOf<PersonRole>), text("title"), text("forenames"), text("surname"),
          date("date_of_birth"), text("gender"), code("relationship", &codesOf<Relationship>),
          boolean("domestic_abuse"), text("preferred_contact"), text("safe_contact"), addedText("occupation"),
          addedCode("ethnicity_code", &ethnicityCodes), addedCode("over_18", &over18Codes), addedDate("statement_date"),
          addedDate("relationship_ended_on")}},
        {QStringLiteral("personDetails"), byOwner("person_details", "person_id", "people"),
         {id(), ref("person_id", "people"), code("kind", &detailKinds), integer("position"), text("value", 2000),
          date("verified_on"), boolean("confidential")}},
        {QStringLiteral("incidents"), byCase("incidents"),
         {id(), time("start_utc"), time("end_utc", true), boolean("online"), text("location", 2000), text("platform"),
          codeList("behaviours", &codesOf<Behaviour>), longT("description"), boolean("fear_of_violence"),
          boolean("alarm_or_distress"), code("altered_behaviour", &codesOf<Answer>), longT("altered_behaviour_how"),
          boolean("reported_to_police"), text("police_reference"), text("provenance", 2000),
          addedBoolean("start_time_known", true), addedBoolean("end_time_known", true),
          // Issue 31: the complainant's log as written; a bundle without them means "not recorded".
          addedText("source_wording", longText), addedText("source_when_text")}},
        {riskAssessmentsKind, byCase("risk_assessments"),
         {id(), ref("person_id", "people", true), text("pack_id"), integer("pack_version"),
          integer("instrument_version_no"), json("answers"), integer("score"), text("suggested_level"),
          text("officer_level"), longT("rationale"), code("marac_decision", &referralDecisions), date("marac_date"),
          longT("marac_reason"), code("mappa_decision", &referralDecisions), date("mappa_date"), longT("mappa_reason"),
          date("next_review_date"), code("status", &assessmentStatuses), account("author_user_id"),
          time("created_utc"), time("updated_utc"), time("submitted_utc", true), addedText("transferred_from")}},
        // Reviews made in other databases, oldest history first (issue 24).
        {transferredReviewsKind, byOwner("transferred_reviews", "assessment_id", "risk_assessments"),
         {id(), ref("assessment_id", "riskAssessments"), text("source_database", 200), text("reviewer_name"),
          code("decision", &codesOf<ReviewDecision>), text("level_agreed"), longT("comments"), time("review_utc")},
         {QStringLiteral("id")}, false, true},
        // Reviews are history, never authority (issue 24): a review made here arrives in the other
        // database as a transferred review naming this database, never as one of its own.
        {assessmentReviewsKind, byOwner("assessment_reviews", "assessment_id", "risk_assessments"),
         {id(), ref("assessment_id", "riskAssessments"), account("reviewer_user_id"),
          code("decision", &codesOf<ReviewDecision>), text("level_agreed"), longT("comments"), time("review_utc")}},
        // The MG3/MG5 police part and its version history (issue 22). Their status and the supervisors'
        // reviews stay behind: an approval is never taken from a file, so every version arrives as a
        // draft and the receiving unit's supervisor approves the file again.
        {QStringLiteral("chargingDocuments"), byCase("charging_documents"),
         {id(), code("form", &chargingForms), integer("version"), json("content"), account("author_user_id"),
          time("created_utc"), time("updated_utc")},
         {QStringLiteral("id")}, false, true},
        {QStringLiteral("checklistItems"), byCase("checklist_items"),
         {id(), text("pack_id"), integer("pack_version"), text("item_id"), code("status", &codesOf<EvidenceStatus>),
          longT("note"), date("obtained_on"), date("requested_on"), text("updated_by"),
          account("updated_by_user_id", true), time("updated_utc")}},
        {QStringLiteral("exhibits"), byCase("exhibits"),
         {id(), text("reference"), text("reference_key"), longT("description"), code("exhibit_type", &codesOf<ExhibitType>),
          text("produced_by"), text("held_at"), time("created_utc"), time("updated_utc")}},
        {QStringLiteral("exhibitContinuity"), byOwner("exhibit_continuity", "exhibit_id", "exhibits"),
         {id(), ref("exhibit_id", "exhibits"), integer("position"), text("held_by"), time("from_utc"),
          time("to_utc", true), longT("note")}},
        {QStringLiteral("exhibitIncidents"), byOwner("exhibit_incidents", "exhibit_id", "exhibits"),
         {ref("exhibit_id", "exhibits"), ref("incident_id", "incidents")}, QStringList{QStringLiteral("exhibit_id"), QStringLiteral("incident_id")}},
        {QStringLiteral("exhibitChecklistItems"), byOwner("exhibit_checklist_items", "exhibit_id", "exhibits"),
         {ref("exhibit_id", "exhibits"), ref("checklist_item_id", "checklistItems")},
         QStringList{QStringLiteral("exhibit_id"), QStringLiteral("checklist_item_id")}},
        // The file itself travels as the container entry attachments/<id>, checked against sha256.
        {attachmentsKind, byOwner("exhibit_attachments", "exhibit_id", "exhibits"),
         {id(), ref("exhibit_id", "exhibits"), text("file_name"), integer("size_bytes"),
          {QStringLiteral("sha256"), T::Sha256}, text("added_by"), time("added_utc"),
          time("last_verified_utc", true), boolean("last_verified_ok")}},
        {QStringLiteral("enquiryAnswers"), byCase("enquiry_answers"),
         {text("pack_id"), integer("pack_version"), json("answers_json"), text("updated_by"), time("updated_utc")},
         {QStringLiteral("pack_id")}},
        {QStringLiteral("caseMeasures"), byCase("case_measures"),
         {id(), code("kind", &codesOf<CaseMeasureKind>), date("measure_date", false), longT("note"), text("recorded_by"),
          time("recorded_utc")}},
        {QStringLiteral("offenceGuideFacts"), byCase("offence_guide_facts"),
         {boolean("fixated", true), boolean("obsessive", true), boolean("unwanted", true), boolean("repeated", true),
          text("updated_by"), time("updated_utc")},
         {QStringLiteral("case_id")}},
        {QStringLiteral("offenceChoices"), byCase("offence_choices"),
         {id(), codeList("offences", &codesOf<Offence>), longT("reason"), text("chosen_by"), time("chosen_utc")}},
        {QStringLiteral("withdrawals"), byCase("withdrawals"),
         {id(), ref("complainant_id", "people"), text("statement_pack_id"), integer("statement_pack_version"),
          json("statement_json"), time("statement_taken_utc"), text("statement_taken_by"), text("report_pack_id"),
          integer("report_pack_version"), json("report_json"), date("report_date"), text("report_by"),
          boolean("pressure_suspected"), longT("pressure_detail"), longT("safety_enquiries"),
          date("safety_enquiries_on"), code("decision", &withdrawalDecisions), longT("decision_reasons"),
          date("decision_date"), text("decided_by"), addedText("statement_taken_at"),
          addedText("present_at_statement", 2000), addedText("contact_initiated_by", 2000)}},
        {QStringLiteral("careRecords"), byCase("care_records"),
         {id(), code("kind", &careKinds), ref("person_id", "people", true), json("data"), time("created_utc"),
          time("updated_utc")}},
        {QStringLiteral("caseActions"), byCase("case_actions"),
         {id(), longT("description"), text("owner"), date("due_date", false), date("agreed_date"),
          code("status", &actionStatuses), text("origin"), time("created_utc")}},
        {QStringLiteral("caseFlags"), byCase("case_flags"),
         {id(), text("code"), longT("reason"), time("raised_utc"), time("cleared_utc", true)}},
        {QStringLiteral("linkedSearches"), byCase("linked_searches"),
         {id(), time("searched_utc"), text("searched_by"), longT("query_summary"), integer("result_count")}},
        // matched_* name records in the database the search ran in: kept as the record of what
        // was decided there, not as references into this bundle.
        {QStringLiteral("linkedSearchDecisions"), byCase("linked_search_decisions"),
         {id(), ref("search_id", "linkedSearches", true), integer("matched_case_id"), text("matched_urn"),
          integer("matched_person_id"), text("matched_person_name"), integer("score"),
          code("decision", &codesOf<LinkDecision>), longT("note"), time("decided_utc"), text("decided_by")}},
        {auditRecordsKind, byCase("transferred_audit_records"),
         {text("source"), integer("sequence"), time("time_utc"), text("user_name"), text("action"),
          text("entity_type"), text("entity_id"), longT("before_json"), longT("after_json"), longT("justification"),
          text("recipient"), {QStringLiteral("previous_hash"), T::Sha256}, {QStringLiteral("hash"), T::Sha256}},
         QStringList{QStringLiteral("source"), QStringLiteral("sequence")}},
    };
}
} // namespace

QString attachmentEntry(qint64 attachmentId) { return QStringLiteral("attachments/%1").arg(attachmentId); }

QString FieldSpec::jsonName() const
{
    QString out;
    bool upper = false;
    for (QChar c : column) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return out;
}

const FieldSpec* KindSpec::field(const QString& jsonName) const
{
    for (const FieldSpec& f : fields)
        if (f.jsonName() == jsonName) return &f;
    return nullptr;
}

const FieldSpec* KindSpec::idField() const
{
    for (const FieldSpec& f : fields)
        if (f.type == FieldType::Id) return &f;
    return nullptr;
}

const QList<KindSpec>& recordKinds()
{
    static const QList<KindSpec> kinds = buildKinds();
    return kinds;
}

const KindSpec* kindNamed(const QString& name)
{
    for (const KindSpec& k : recordKinds())
        if (k.name == name) return &k;
    return nullptr;
}

const QList<ExcludedTable>& excludedCaseTables()
{
    static const QList<ExcludedTable> tables = {
        {"drafts", "unfinished edits saved as an officer types, each its author's own; not part of the case record"},
        {"access_grants", "who was allowed into the case on this database, and why: kept here with the audit trail"},
        {"person_search_keys", "linked-search keys derived from the people; the importing database recomputes them"},
        {"attachment_content", "travels as the container entry attachments/<id>, not as a record"},
        {"charging_document_reviews", "a supervisor's approval is never taken from a file: the receiving unit approves the "
                                      "charging file again (issue 22; issue 24: history, never authority)"},
    };
    return tables;
}

} // namespace conduct::bundle
