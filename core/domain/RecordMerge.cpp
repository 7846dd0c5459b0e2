#include "domain/RecordMerge.h"

#include "common/UkTime.h"

#include <QCoreApplication>
#include <functional>
#include <type_traits>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::RecordMerge", text); }

// Display text for each kind of value a form edits. An empty value is said to be blank, so a
// cleared field is visibly a choice, not a gap in the dialog.
QString blankOr(const QString& text) { return text.isEmpty() ? tr("(blank)") : text; }
QString displayText(const QString& s) { return blankOr(s); }
QString displayText(const QStringList& list) { return blankOr(list.join(QStringLiteral("; "))); }
QString displayText(bool b) { return b ? tr("Yes") : tr("No"); }
QString displayText(const std::optional<bool>& b) { return b ? displayText(*b) : tr("Not asked"); }
QString displayText(const QDate& d) { return blankOr(uktime::formatDate(d)); }
QString displayText(const QDateTime& utc) { return blankOr(uktime::formatDateTime(utc)); }
QString displayText(qint64 accountId) { return accountId > 0 ? tr("Account no. %1").arg(accountId) : tr("(none)"); }
template <typename E>
    requires std::is_enum_v<E>
QString displayText(E value) { return labelOf(value); }
template <typename E>
    requires std::is_enum_v<E>
QString displayText(const QList<E>& values)
{
    QStringList labels;
    for (E v : values) labels.append(labelOf(v));
    return blankOr(labels.join(QStringLiteral("; ")));
}
QString displayText(const QList<Address>& addresses)
{
    QStringList lines;
    for (const Address& a : addresses) {
        QString line = a.text;
        if (a.verifiedOn.isValid()) line += QLatin1Char(' ') + tr("(verified %1)").arg(uktime::formatDate(a.verifiedOn));
        if (a.confidential) line += QLatin1Char(' ') + tr("(confidential)");
        lines.append(line);
    }
    return blankOr(lines.join(QStringLiteral("; ")));
}

// One editable field: its audit key, its label as the form shows it, and how to compare, copy
// and show it.
template <typename Record>
struct MergeField {
    const char* key;
    const char* label;
    std::function<bool(const Record&, const Record&)> same;
    std::function<void(Record& into, const Record& from)> copy;
    std::function<QString(const Record&)> display;
};

template <typename Record, typename T>
MergeField<Record> field(const char* key, const char* label, T Record::*member)
{
    return {key, label, [member](const Record& a, const Record& b) { return a.*member == b.*member; },
            [member](Record& into, const Record& from) { into.*member = from.*member; },
            [member](const Record& r) { return displayText(r.*member); }};
}

// A field whose display depends on another (an instant whose time may not be known).
template <typename Record, typename T>
MergeField<Record> field(const char* key, const char* label, T Record::*member, std::function<QString(const Record&)> display)
{
    MergeField<Record> f = field(key, label, member);
    f.display = std::move(display);
    return f;
}

template <typename Record>
RecordMerge<Record> merge(const QList<MergeField<Record>>& fields, const Record& opened, const Record& mine, const Record& theirs)
{
    RecordMerge<Record> result{theirs, theirs, {}, {}};
    for (const MergeField<Record>& f : fields) {
        const QString label = tr(f.label);
        if (f.same(opened, mine)) {   // the officer left it alone: the stored value stands
            if (!f.same(opened, theirs)) result.keptTheirs.append(label);
            continue;
        }
        if (!f.same(opened, theirs) && !f.same(mine, theirs))
            result.clashes.append({QString::fromLatin1(f.key), label, f.display(opened), f.display(mine), f.display(theirs)});
        f.copy(result.merged, mine);   // until the officer chooses, a clash holds their own value
    }
    return result;
}

template <typename Record>
Result<Record> resolve(const QList<MergeField<Record>>& fields, const RecordMerge<Record>& merged,
                       const QHash<QString, MergeChoice>& choices)
{
    Record out = merged.merged;
    for (const FieldClash& clash : merged.clashes) {
        const auto choice = choices.constFind(clash.key);
        if (choice == choices.cend())
            return Error{clash.label, tr("You and a colleague both changed this. Choose whether to keep their value or use yours.")};
        if (*choice == MergeChoice::UseMine) continue;   // the merge already holds the officer's value
        for (const MergeField<Record>& f : fields)
            if (clash.key == QLatin1String(f.key)) f.copy(out, merged.theirs);
    }
    return out;
}

// Every field the Overview tab edits. The URN, ids, times and row version are the store's.
const QList<MergeField<Case>>& caseFields()
{
    static const QList<MergeField<Case>> fields = {
        field("crime_reference", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Crime reference"), &Case::crimeReference),
        field("offences", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Offences"), &Case::offences),
        field("status", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Status"), &Case::status),
        field("officer_in_case", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Officer in the case"), &Case::officerInCase),
        field("supervisor", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Supervisor"), &Case::supervisor),
        field("oic_user_id", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Officer's account"), &Case::oicUserId),
        field("supervisor_user_id", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Supervisor's account"), &Case::supervisorUserId),
        field("hostility_flag", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Hostility"), &Case::hostilityFlag),
        field("why_not_stalking", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Why not stalking"), &Case::whyNotStalking),
    };
    return fields;
}

// Every field the incident dialog edits. Its start and end show as the dialog has them: a date
// alone when the time is not known.
const QList<MergeField<Incident>>& incidentFields()
{
    static const QList<MergeField<Incident>> fields = {
        field("start_utc", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Start"), &Incident::startUtc,
              std::function<QString(const Incident&)>([](const Incident& i) { return blankOr(uktime::formatWhen(i.startUtc, i.startTimeKnown)); })),
        field("end_utc", QT_TRANSLATE_NOOP("conduct::RecordMerge", "End"), &Incident::endUtc,
              std::function<QString(const Incident&)>([](const Incident& i) { return blankOr(uktime::formatWhen(i.endUtc, i.endTimeKnown)); })),
        field("start_time_known", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Start time known"), &Incident::startTimeKnown),
        field("end_time_known", QT_TRANSLATE_NOOP("conduct::RecordMerge", "End time known"), &Incident::endTimeKnown),
        field("online", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Online"), &Incident::online),
        field("location", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Location"), &Incident::location),
        field("platform", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Platform"), &Incident::platform),
        field("behaviours", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Behaviours"), &Incident::behaviours),
        field("description", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Description"), &Incident::description),
        field("fear_of_violence", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Fear of violence"), &Incident::fearOfViolence),
        field("alarm_or_distress", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Alarm or distress"), &Incident::alarmOrDistress),
        field("altered_behaviour", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Altered behaviour"), &Incident::alteredBehaviour),
        field("altered_behaviour_how", QT_TRANSLATE_NOOP("conduct::RecordMerge", "How behaviour altered"), &Incident::alteredBehaviourHow),
        field("reported_to_police", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Reported to police"), &Incident::reportedToPolice),
        field("police_reference", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Police reference"), &Incident::policeReference),
        field("provenance", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Provenance"), &Incident::provenance),
    };
    return fields;
}

// Every field the person dialog edits, with its details (issue 22). The case and ids are the store's.
const QList<MergeField<Person>>& personFields()
{
    static const QList<MergeField<Person>> fields = {
        field("role", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Role"), &Person::role),
        field("title", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Title"), &Person::title),
        field("forenames", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Forenames"), &Person::forenames),
        field("surname", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Surname"), &Person::surname),
        field("date_of_birth", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Date of birth"), &Person::dateOfBirth),
        field("gender", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Gender"), &Person::gender),
        field("aliases", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Aliases"), &Person::aliases),
        field("addresses", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Addresses"), &Person::addresses),
        field("phones", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Phone numbers"), &Person::phones),
        field("emails", QT_TRANSLATE_NOOP("conduct::RecordMerge", "E-mail addresses"), &Person::emails),
        field("online_handles", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Online handles"), &Person::onlineHandles),
        field("vehicles", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Vehicles"), &Person::vehicles),
        field("relationship", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Relationship to the complainant"), &Person::relationship),
        field("domestic_abuse", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Domestic abuse"), &Person::domesticAbuse),
        field("relationship_ended_on", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Relationship ended on"), &Person::relationshipEndedOn),
        field("occupation", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Occupation"), &Person::occupation),
        field("ethnicity_code", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Ethnicity (self-defined)"), &Person::ethnicityCode),
        field("over_18", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Over 18"), &Person::over18),
        field("statement_date", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Date of original statement"), &Person::statementDate),
        field("preferred_contact", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Preferred means of contact"), &Person::preferredContact),
        field("safe_contact", QT_TRANSLATE_NOOP("conduct::RecordMerge", "Safe means of contact"), &Person::safeContact),
    };
    return fields;
}
} // namespace

CaseMerge mergeCaseEdit(const Case& opened, const Case& mine, const Case& theirs)
{
    return merge(caseFields(), opened, mine, theirs);
}

RecordMerge<Incident> mergeIncidentEdit(const Incident& opened, const Incident& mine, const Incident& theirs)
{
    return merge(incidentFields(), opened, mine, theirs);
}

RecordMerge<Person> mergePersonEdit(const Person& opened, const Person& mine, const Person& theirs)
{
    return merge(personFields(), opened, mine, theirs);
}

Result<Case> resolveCaseEdit(const CaseMerge& merged, const QHash<QString, MergeChoice>& choices)
{
    return resolve(caseFields(), merged, choices);
}

Result<Incident> resolveIncidentEdit(const RecordMerge<Incident>& merged, const QHash<QString, MergeChoice>& choices)
{
    return resolve(incidentFields(), merged, choices);
}

Result<Person> resolvePersonEdit(const RecordMerge<Person>& merged, const QHash<QString, MergeChoice>& choices)
{
    return resolve(personFields(), merged, choices);
}

} // namespace conduct
