target_sources(conduct_core PRIVATE
  rules/OffenceGuide.h rules/OffenceGuide.cpp
  rules/ProtocolText.h rules/ProtocolText.cpp
  rules/Advisor.h rules/Advisor.cpp rules/AdvisorRules.cpp
  rules/DomesticAbuse.h rules/DomesticAbuse.cpp
)
# Withdrawal, victim care, bail and orders, charging and pleas (protocol 4–9).
target_sources(conduct_core PRIVATE
  rules/Withdrawal.h rules/Withdrawal.cpp
  rules/VictimCare.h rules/VictimCare.cpp
  rules/Orders.h rules/Orders.cpp
  rules/Charging.h rules/Charging.cpp
)
