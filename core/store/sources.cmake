target_sources(conduct_core PRIVATE
  store/Database.h store/Database.cpp
  store/SqliteFile.h store/SqliteFile.cpp
  store/Migrations.h store/Migrations.cpp
  store/Schema.h store/Schema.cpp
  store/CaseRepository.h store/CaseRepository.cpp
  store/PersonRepository.h store/PersonRepository.cpp
  store/IncidentRepository.h store/IncidentRepository.cpp
  store/CaseListQuery.h store/CaseListQuery.cpp
  store/DraftStore.h store/DraftStore.cpp
  store/SearchIndex.h store/SearchIndex.cpp store/SearchIndexText.cpp store/SchemaSearch.cpp
  store/LinkedSearchLog.h store/LinkedSearchLog.cpp
)
