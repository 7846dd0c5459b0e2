#pragma once
// The closed vocabularies of the domain: each one is a single table of
// (value, stored code, label shown to users). Storage uses the code, the UI the label;
// nothing else in the program spells these out again.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <iterator>
#include <optional>
#include <span>
#include <type_traits>
#include <utility>

namespace conduct {

template <typename E>
struct CodeEntry {
    E value;
    const char* code;   // stable: written to the database and to case bundles
    const char* label;  // for people: translated through tr() at display time
};

enum class CaseStatus { OpenInvestigation, ReferredToCps, Charged, NoFurtherAction, Closed };
enum class PersonRole { Complainant, Suspect, Witness };
enum class Relationship {
    Unknown, CurrentPartner, ExPartner, Family, Acquaintance, Colleague, Neighbour, Stranger, OnlineOnly
};
// s2A(3) PHA 1997 behaviours first (they mark stalking), then the other behaviours recorded.
enum class Behaviour {
    Following, Contacting, Publishing, MonitoringCommunications, Loitering, InterferingWithProperty,
    WatchingOrSpying, Threats, Violence, CriminalDamage, Sexual, Other
};
// Offences under consideration (PHA 1997; CDA 1998 s32 for the aggravated forms).
enum class Offence { Harassment_s2, Stalking_s2A, FearOfViolence_s4, StalkingFearAlarm_s4A, Aggravated_s32 };
// 3.9: whether the complainant was asked (here, if they altered their behaviour) is itself a fact.
enum class Answer { NotAsked, No, Yes };
// A supervisor's decision on a submitted risk assessment (protocol 3.7).
enum class ReviewDecision { Approved, Returned };
// The officer's decision on a possible match from a linked-incident search (protocol 3.8).
enum class LinkDecision { Confirmed, Dismissed };

std::span<const CodeEntry<CaseStatus>> caseStatusTable();
std::span<const CodeEntry<PersonRole>> personRoleTable();
std::span<const CodeEntry<Relationship>> relationshipTable();
std::span<const CodeEntry<Behaviour>> behaviourTable();
std::span<const CodeEntry<Offence>> offenceTable();
std::span<const CodeEntry<Answer>> answerTable();
std::span<const CodeEntry<ReviewDecision>> reviewDecisionTable();
std::span<const CodeEntry<LinkDecision>> linkDecisionTable();

// Self-defined ethnicity, as police forces record it on the MG11 and MG2: the "16+1" list
// (the 16 categories of the 2001 census and NS, not stated). Stored as the code ("W1"), which
// is what the forms print; there is no enum because nothing in Conduct decides anything by it.
struct EthnicityCode {
    const char* code;   // "A1" ... "W9", "NS"
    const char* label;  // translated through tr() at display time (context "conduct::Codes")
};
std::span<const EthnicityCode> ethnicityCodeTable();
bool isEthnicityCode(const QString& code);       // one of the 16+1 codes (the empty code is not)
QString ethnicityLabel(const QString& code);     // "W1 White – British", translated; empty for an unknown code

bool isStalkingBehaviour(Behaviour b);       // listed in PHA 1997 s2A(3)
bool isHighSeverityBehaviour(Behaviour b);   // threats, violence, property interference, following

template <typename E> std::span<const CodeEntry<E>> codeTable();
template <> inline std::span<const CodeEntry<CaseStatus>> codeTable<CaseStatus>() { return caseStatusTable(); }
template <> inline std::span<const CodeEntry<PersonRole>> codeTable<PersonRole>() { return personRoleTable(); }
template <> inline std::span<const CodeEntry<Relationship>> codeTable<Relationship>() { return relationshipTable(); }
template <> inline std::span<const CodeEntry<Behaviour>> codeTable<Behaviour>() { return behaviourTable(); }
template <> inline std::span<const CodeEntry<Offence>> codeTable<Offence>() { return offenceTable(); }
template <> inline std::span<const CodeEntry<Answer>> codeTable<Answer>() { return answerTable(); }
template <> inline std::span<const CodeEntry<ReviewDecision>> codeTable<ReviewDecision>() { return reviewDecisionTable(); }
template <> inline std::span<const CodeEntry<LinkDecision>> codeTable<LinkDecision>() { return linkDecisionTable(); }

// Lookups over any table of CodeEntry rows (a codeTable<E>() span or a local constexpr array),
// so that every closed vocabulary, here or in the rules, is read the same way.
template <typename Table, typename E>
QString codeIn(const Table& table, E value)
{
    for (const auto& e : table)
        if (e.value == value) return QString::fromLatin1(e.code);
    return {};
}

// The enum a table of CodeEntry rows maps.
template <typename Table>
using CodeValueOf = std::remove_cvref_t<decltype(std::begin(std::declval<const Table&>())->value)>;

template <typename Table>
std::optional<CodeValueOf<Table>> fromCodeIn(const Table& table, const QString& code)
{
    for (const auto& e : table)
        if (code == QLatin1String(e.code)) return e.value;
    return std::nullopt;
}

// `context` is the translation context the table's labels were marked in.
template <typename Table, typename E>
QString labelIn(const Table& table, E value, const char* context)
{
    for (const auto& e : table)
        if (e.value == value) return QCoreApplication::translate(context, e.label);
    return {};
}

template <typename Table>
QList<CodeValueOf<Table>> valuesIn(const Table& table)
{
    QList<CodeValueOf<Table>> out;
    for (const auto& e : table) out.append(e.value);
    return out;
}

template <typename E> QString toCode(E value) { return codeIn(codeTable<E>(), value); }
template <typename E> std::optional<E> fromCode(const QString& code) { return fromCodeIn(codeTable<E>(), code); }
template <typename E> QString labelOf(E value) { return labelIn(codeTable<E>(), value, "conduct::Codes"); }
template <typename E> QList<E> allValues() { return valuesIn(codeTable<E>()); }

} // namespace conduct
