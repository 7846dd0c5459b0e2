# Importing a complainant's own incident log (issue 14): reading spreadsheet exports and
# diaries, UK dates in Europe/London time, keyword suggestions, review and the one-transaction import.
target_sources(conduct_core PRIVATE
  logimport/LogText.h logimport/LogText.cpp
  logimport/DelimitedParser.h logimport/DelimitedParser.cpp
  logimport/DiaryParser.h logimport/DiaryParser.cpp
  logimport/UkDateTime.h logimport/UkDateTime.cpp
  logimport/BehaviourKeywords.h logimport/BehaviourKeywords.cpp
  logimport/ColumnMapping.h logimport/ColumnMapping.cpp
  logimport/ProposedIncident.h logimport/ProposalBuilder.cpp logimport/ProposalEditing.cpp
  logimport/LogImportService.h logimport/LogImportService.cpp
)
