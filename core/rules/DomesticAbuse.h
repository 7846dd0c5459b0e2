#pragma once
// Protocol 4.3: when the suspect is personally connected to the complainant the case is also a
// domestic abuse case. The relationships that suggest it are ONE small table; the officer makes
// the decision (the person's domesticAbuse flag), Conduct only suggests it and says why.

#include "domain/Codes.h"

#include <QString>
#include <optional>

namespace conduct {

// The reason shown beside the domestic abuse box for a relationship the Domestic Abuse Act 2021
// (s1–2, "personally connected") covers: current and former partners and family members. None
// for any other relationship, or when it is not known.
std::optional<QString> domesticAbuseSuggestion(Relationship relationship);

// Relationships for which "Relationship ended on" means something: partners and family.
bool relationshipCanEnd(Relationship relationship);

} // namespace conduct
