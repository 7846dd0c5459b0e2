#include "rules/DomesticAbuse.h"

#include <QCoreApplication>
#include <array>

namespace conduct {
namespace {
struct Suggestion {
    Relationship relationship;
    const char* reason;   // translated at display time (context "conduct::DomesticAbuse")
};

// Domestic Abuse Act 2021 s2: people are "personally connected" if they are or have been
// married, civil partners, engaged or in an intimate personal relationship, or are relatives.
constexpr std::array suggestions{
    Suggestion{Relationship::CurrentPartner,
               QT_TRANSLATE_NOOP("conduct::DomesticAbuse",
                                 "Current partner: the Home Office definition of domestic abuse (Domestic Abuse Act "
                                 "2021 s1–2) covers this relationship; the case is flagged under protocol 4.3.")},
    Suggestion{Relationship::ExPartner,
               QT_TRANSLATE_NOOP("conduct::DomesticAbuse",
                                 "Current or former partner: the Home Office definition of domestic abuse (Domestic "
                                 "Abuse Act 2021 s1–2) covers this relationship; the case is flagged under protocol 4.3.")},
    Suggestion{Relationship::Family,
               QT_TRANSLATE_NOOP("conduct::DomesticAbuse",
                                 "Family member: the Home Office definition of domestic abuse (Domestic Abuse Act 2021 "
                                 "s1–2) covers relatives; the case is flagged under protocol 4.3.")},
};
} // namespace

std::optional<QString> domesticAbuseSuggestion(Relationship relationship)
{
    for (const Suggestion& s : suggestions)
        if (s.relationship == relationship) return QCoreApplication::translate("conduct::DomesticAbuse", s.reason);
    return std::nullopt;
}

bool relationshipCanEnd(Relationship relationship)
{
    // The same relationships: a relationship that can end is one whose end protocol 4.3 asks about.
    return domesticAbuseSuggestion(relationship).has_value();
}

} // namespace conduct
