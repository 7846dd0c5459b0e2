#include "domain/Codes.h"

#include <array>

namespace conduct {
namespace {
// QT_TRANSLATE_NOOP lets lupdate collect the labels; labelOf() translates them.
constexpr std::array caseStatuses{
    CodeEntry<CaseStatus>{CaseStatus::OpenInvestigation, "open", QT_TRANSLATE_NOOP("conduct::Codes", "Open investigation")},
    CodeEntry<CaseStatus>{CaseStatus::ReferredToCps, "referred", QT_TRANSLATE_NOOP("conduct::Codes", "Referred to CPS")},
    CodeEntry<CaseStatus>{CaseStatus::Charged, "charged", QT_TRANSLATE_NOOP("conduct::Codes", "Charged")},
    CodeEntry<CaseStatus>{CaseStatus::NoFurtherAction, "nfa", QT_TRANSLATE_NOOP("conduct::Codes", "No further action")},
    CodeEntry<CaseStatus>{CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("conduct::Codes", "Closed")},
};
constexpr std::array personRoles{
    CodeEntry<PersonRole>{PersonRole::Complainant, "complainant", QT_TRANSLATE_NOOP("conduct::Codes", "Complainant")},
    CodeEntry<PersonRole>{PersonRole::Suspect, "suspect", QT_TRANSLATE_NOOP("conduct::Codes", "Suspect")},
    CodeEntry<PersonRole>{PersonRole::Witness, "witness", QT_TRANSLATE_NOOP("conduct::Codes", "Witness")},
};
constexpr std::array relationships{
    CodeEntry<Relationship>{Relationship::Unknown, "unknown", QT_TRANSLATE_NOOP("conduct::Codes", "Unknown")},
    CodeEntry<Relationship>{Relationship::CurrentPartner, "partner", QT_TRANSLATE_NOOP("conduct::Codes", "Current partner")},
    CodeEntry<Relationship>{Relationship::ExPartner, "ex_partner", QT_TRANSLATE_NOOP("conduct::Codes", "Ex-partner")},
    CodeEntry<Relationship>{Relationship::Family, "family", QT_TRANSLATE_NOOP("conduct::Codes", "Family member")},
    CodeEntry<Relationship>{Relationship::Acquaintance, "acquaintance", QT_TRANSLATE_NOOP("conduct::Codes", "Acquaintance")},
    CodeEntry<Relationship>{Relationship::Colleague, "colleague", QT_TRANSLATE_NOOP("conduct::Codes", "Colleague")},
    CodeEntry<Relationship>{Relationship::Neighbour, "neighbour", QT_TRANSLATE_NOOP("conduct::Codes", "Neighbour")},
    CodeEntry<Relationship>{Relationship::Stranger, "stranger", QT_TRANSLATE_NOOP("conduct::Codes", "Stranger")},
    CodeEntry<Relationship>{Relationship::OnlineOnly, "online_only", QT_TRANSLATE_NOOP("conduct::Codes", "Online only")},
};
constexpr std::array behaviours{
    CodeEntry<Behaviour>{Behaviour::Following, "following", QT_TRANSLATE_NOOP("conduct::Codes", "Following")},
    CodeEntry<Behaviour>{Behaviour::Contacting, "contacting", QT_TRANSLATE_NOOP("conduct::Codes", "Contacting or attempting to contact")},
    CodeEntry<Behaviour>{Behaviour::Publishing, "publishing", QT_TRANSLATE_NOOP("conduct::Codes", "Publishing statements or material")},
    CodeEntry<Behaviour>{Behaviour::MonitoringCommunications, "monitoring", QT_TRANSLATE_NOOP("conduct::Codes", "Monitoring internet, e-mail or electronic communication")},
    CodeEntry<Behaviour>{Behaviour::Loitering, "loitering", QT_TRANSLATE_NOOP("conduct::Codes", "Loitering")},
    CodeEntry<Behaviour>{Behaviour::InterferingWithProperty, "property", QT_TRANSLATE_NOOP("conduct::Codes", "Interfering with property")},
    CodeEntry<Behaviour>{Behaviour::WatchingOrSpying, "watching", QT_TRANSLATE_NOOP("conduct::Codes", "Watching or spying")},
    CodeEntry<Behaviour>{Behaviour::Threats, "threats", QT_TRANSLATE_NOOP("conduct::Codes", "Threats")},
    CodeEntry<Behaviour>{Behaviour::Violence, "violence", QT_TRANSLATE_NOOP("conduct::Codes", "Violence")},
    CodeEntry<Behaviour>{Behaviour::CriminalDamage, "criminal_damage", QT_TRANSLATE_NOOP("conduct::Codes", "Criminal damage")},
    CodeEntry<Behaviour>{Behaviour::Sexual, "sexual", QT_TRANSLATE_NOOP("conduct::Codes", "Sexual")},
    CodeEntry<Behaviour>{Behaviour::Other, "other", QT_TRANSLATE_NOOP("conduct::Codes", "Other")},
};
constexpr std::array offences{
    CodeEntry<Offence>{Offence::Harassment_s2, "s2", QT_TRANSLATE_NOOP("conduct::Codes", "Harassment (PHA 1997 s2)")},
    CodeEntry<Offence>{Offence::Stalking_s2A, "s2A", QT_TRANSLATE_NOOP("conduct::Codes", "Stalking (PHA 1997 s2A)")},
    CodeEntry<Offence>{Offence::FearOfViolence_s4, "s4", QT_TRANSLATE_NOOP("conduct::Codes", "Putting people in fear of violence (PHA 1997 s4)")},
    CodeEntry<Offence>{Offence::StalkingFearAlarm_s4A, "s4A", QT_TRANSLATE_NOOP("conduct::Codes", "Stalking involving fear of violence or serious alarm or distress (PHA 1997 s4A)")},
    CodeEntry<Offence>{Offence::Aggravated_s32, "s32", QT_TRANSLATE_NOOP("conduct::Codes", "Racially or religiously aggravated (CDA 1998 s32)")},
};
constexpr std::array answers{
    CodeEntry<Answer>{Answer::NotAsked, "not_asked", QT_TRANSLATE_NOOP("conduct::Codes", "Not asked")},
    CodeEntry<Answer>{Answer::No, "no", QT_TRANSLATE_NOOP("conduct::Codes", "No")},
    CodeEntry<Answer>{Answer::Yes, "yes", QT_TRANSLATE_NOOP("conduct::Codes", "Yes")},
};
constexpr std::array reviewDecisions{
    CodeEntry<ReviewDecision>{ReviewDecision::Approved, "approved", QT_TRANSLATE_NOOP("conduct::Codes", "Approved")},
    CodeEntry<ReviewDecision>{ReviewDecision::Returned, "returned", QT_TRANSLATE_NOOP("conduct::Codes", "Returned for changes")},
};
constexpr std::array linkDecisions{
    CodeEntry<LinkDecision>{LinkDecision::Confirmed, "confirmed", QT_TRANSLATE_NOOP("conduct::Codes", "Same person")},
    CodeEntry<LinkDecision>{LinkDecision::Dismissed, "dismissed", QT_TRANSLATE_NOOP("conduct::Codes", "Different person")},
};
// The 16+1 self-defined ethnicity codes (see Codes.h), in the order forces list them.
constexpr std::array ethnicities{
    EthnicityCode{"A1", QT_TRANSLATE_NOOP("conduct::Codes", "Asian – Indian")},
    EthnicityCode{"A2", QT_TRANSLATE_NOOP("conduct::Codes", "Asian – Pakistani")},
    EthnicityCode{"A3", QT_TRANSLATE_NOOP("conduct::Codes", "Asian – Bangladeshi")},
    EthnicityCode{"A9", QT_TRANSLATE_NOOP("conduct::Codes", "Any other Asian background")},
    EthnicityCode{"B1", QT_TRANSLATE_NOOP("conduct::Codes", "Black – Caribbean")},
    EthnicityCode{"B2", QT_TRANSLATE_NOOP("conduct::Codes", "Black – African")},
    EthnicityCode{"B9", QT_TRANSLATE_NOOP("conduct::Codes", "Any other Black background")},
    EthnicityCode{"M1", QT_TRANSLATE_NOOP("conduct::Codes", "Mixed – White and Black Caribbean")},
    EthnicityCode{"M2", QT_TRANSLATE_NOOP("conduct::Codes", "Mixed – White and Black African")},
    EthnicityCode{"M3", QT_TRANSLATE_NOOP("conduct::Codes", "Mixed – White and Asian")},
    EthnicityCode{"M9", QT_TRANSLATE_NOOP("conduct::Codes", "Any other mixed background")},
    EthnicityCode{"O1", QT_TRANSLATE_NOOP("conduct::Codes", "Chinese")},
    EthnicityCode{"O9", QT_TRANSLATE_NOOP("conduct::Codes", "Any other ethnic group")},
    EthnicityCode{"W1", QT_TRANSLATE_NOOP("conduct::Codes", "White – British")},
    EthnicityCode{"W2", QT_TRANSLATE_NOOP("conduct::Codes", "White – Irish")},
    EthnicityCode{"W9", QT_TRANSLATE_NOOP("conduct::Codes", "Any other White background")},
    EthnicityCode{"NS", QT_TRANSLATE_NOOP("conduct::Codes", "Not stated")},
};
} // namespace

std::span<const EthnicityCode> ethnicityCodeTable() { return ethnicities; }

bool isEthnicityCode(const QString& code)
{
    for (const EthnicityCode& e : ethnicities)
        if (code == QLatin1String(e.code)) return true;
    return false;
}

QString ethnicityLabel(const QString& code)
{
    for (const EthnicityCode& e : ethnicities)
        if (code == QLatin1String(e.code))
            return QString::fromLatin1(e.code) + u' ' + QCoreApplication::translate("conduct::Codes", e.label);
    return {};
}

std::span<const CodeEntry<CaseStatus>> caseStatusTable() { return caseStatuses; }
std::span<const CodeEntry<PersonRole>> personRoleTable() { return personRoles; }
std::span<const CodeEntry<Relationship>> relationshipTable() { return relationships; }
std::span<const CodeEntry<Behaviour>> behaviourTable() { return behaviours; }
std::span<const CodeEntry<Offence>> offenceTable() { return offences; }
std::span<const CodeEntry<Answer>> answerTable() { return answers; }
std::span<const CodeEntry<ReviewDecision>> reviewDecisionTable() { return reviewDecisions; }
std::span<const CodeEntry<LinkDecision>> linkDecisionTable() { return linkDecisions; }

bool isStalkingBehaviour(Behaviour b)
{
    switch (b) {
    case Behaviour::Following: case Behaviour::Contacting: case Behaviour::Publishing:
    case Behaviour::MonitoringCommunications: case Behaviour::Loitering:
    case Behaviour::InterferingWithProperty: case Behaviour::WatchingOrSpying:
        return true;
    default:
        return false;
    }
}

bool isHighSeverityBehaviour(Behaviour b)
{
    return b == Behaviour::Threats || b == Behaviour::Violence
        || b == Behaviour::InterferingWithProperty || b == Behaviour::Following;
}

} // namespace conduct
