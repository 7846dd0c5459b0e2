target_sources(conduct_core PRIVATE
  search/NameMatching.h search/NameMatching.cpp search/ForenameVariants.cpp
  search/Identifiers.h search/Identifiers.cpp
  search/PersonMatcher.h search/PersonMatcher.cpp
  search/SearchQuery.h search/SearchQuery.cpp
  search/Escalation.h search/Escalation.cpp
)
