target_sources(conduct_core PRIVATE
  store/RiskSchema.h store/RiskSchema.cpp store/RiskAssessmentRepository.h store/RiskAssessmentRepository.cpp
  store/Database.h store/Database.cpp store/DatabasePostgres.cpp store/DatabaseCatalogue.cpp
  store/PostgresLocation.h store/PostgresLocation.cpp store/PostgresDialect.h store/PostgresDialect.cpp
  store/SqliteFile.h store/SqliteFile.cpp store/SqliteWrites.h store/SqliteWrites.cpp
  store/Migrations.h store/Migrations.cpp
  store/Schema.h store/Schema.cpp
  store/CaseRepository.h store/CaseRepository.cpp
  store/PersonRepository.h store/PersonRepository.cpp
  store/IncidentRepository.h store/IncidentRepository.cpp
  store/CaseListQuery.h store/CaseListQuery.cpp
  store/DraftStore.h store/DraftStore.cpp
  store/DeskSecuritySchema.h store/DeskSecuritySchema.cpp
  store/Backup.h store/Backup.cpp store/Restore.cpp store/DurableFile.h store/DurableFile.cpp
  store/SearchIndex.h store/SearchIndex.cpp store/SearchIndexText.cpp store/SchemaSearch.cpp
  store/LinkedSearchLog.h store/LinkedSearchLog.cpp
  store/SecuritySchema.h store/SecuritySchema.cpp
  store/UserRepository.h store/UserRepository.cpp
  store/AuditLogStore.h store/AuditLogStore.cpp
  store/Transaction.h
  store/EvidenceSchema.h store/EvidenceSchema.cpp
  store/EvidenceRepository.h store/EvidenceRepository.cpp store/ExhibitRepository.h store/ExhibitRepository.cpp
)
# Schema v6: withdrawal, victim care, bail, orders, charging and pleas (protocol 4–9).
target_sources(conduct_core PRIVATE
  store/CareSchema.h store/CareSchema.cpp
  store/WithdrawalRepository.h store/WithdrawalRepository.cpp
  store/CareRecordRepository.h store/CareRecordRepository.cpp
  store/CareCodecs.h store/CareCodecs.cpp
  store/ActionRepository.h store/ActionRepository.cpp
  store/AdvisorFactsQuery.h store/AdvisorFactsQuery.cpp
)
# Schema v7 and the row access for case bundles (core/bundle).
target_sources(conduct_core PRIVATE
  store/TransferSchema.h store/TransferSchema.cpp
  store/CaseTransferStore.h store/CaseTransferStore.cpp
)
# `conduct migrate-store`: a whole store copied into a new, empty one (issue 12).
target_sources(conduct_core PRIVATE
  store/StoreCopy.h store/StoreCopy.cpp store/StoreCopyCatalogue.h store/StoreCopyCatalogue.cpp
)
# Schema v12: the charging file (issue 22): officer profiles, witness details, versioned MG3/MG5
# with the supervisor's review, personal word lists.
target_sources(conduct_core PRIVATE
  store/ChargingFileSchema.h store/ChargingFileSchema.cpp
)
target_sources(conduct_core PRIVATE
  store/ChargingFileCodec.h store/ChargingFileCodec.cpp
  store/ChargingFileRepository.h store/ChargingFileRepository.cpp
)
# Each user's own spell-checking words (schema v12, issue 22; core/spelling).
target_sources(conduct_core PRIVATE
  store/PersonalWordsRepository.h store/PersonalWordsRepository.cpp
)
# This database's signing key and the trusted keys of others (schema v13, issue 24).
target_sources(conduct_core PRIVATE
  store/SigningKeyRepository.h store/SigningKeyRepository.cpp
)
# The unit's policy in the store (schema v13, issue 24): read by every desk, changed by an administrator.
target_sources(conduct_core PRIVATE
  store/UnitPolicyRepository.h store/UnitPolicyRepository.cpp
)
# Need to know (schema v13, issue 24): teams and justified-access grants, and the one full-view rule.
target_sources(conduct_core PRIVATE
  store/AccessGrantRepository.h store/AccessGrantRepository.cpp
  store/TeamRepository.h store/TeamRepository.cpp
)
# A server store that enforces the rules itself (issue 25): roles, grants generated from the
# permission table, the owner's SECURITY DEFINER functions, and `conduct server init/upgrade`.
target_sources(conduct_core PRIVATE
  store/server/ServerRoles.h store/server/ServerRoles.cpp
  store/server/ServerGrants.h store/server/ServerGrants.cpp
  store/server/ServerFunctions.h store/server/ServerFunctions.cpp
  store/server/ServerSetup.h store/server/ServerSetup.cpp
  store/server/ServerRowSecurity.h store/server/ServerRowSecurity.cpp
  store/server/ServerAuthority.h store/server/ServerAuthority.cpp
  store/server/ServerLogin.h store/server/ServerLogin.cpp
)
# libpq itself, for PQencryptPasswordConn (SCRAM verifiers made on the desk). Only ServerSetup.cpp
# includes <postgresql/libpq-fe.h>, so no include path is added for the rest of the library.
find_library(CONDUCT_LIBPQ pq REQUIRED)
target_link_libraries(conduct_core PRIVATE ${CONDUCT_LIBPQ})
target_sources(conduct_core PRIVATE store/ChangeAuthorQuery.h store/ChangeAuthorQuery.cpp)
target_sources(conduct_core PRIVATE store/IncidentSourceSchema.h store/IncidentSourceSchema.cpp)
target_sources(conduct_core PRIVATE store/DatabaseRows.h store/DatabaseRows.cpp)
target_sources(conduct_core PRIVATE store/CaseEntryQuery.h store/CaseEntryQuery.cpp)
# The server-kept audit trail of a `conduct server init` store (issue 25, second slice).
target_sources(conduct_core PRIVATE store/server/ServerAuditTrail.h store/server/ServerAuditTrail.cpp)
# Why a server connection failed, in the officer's words, and whether it is encrypted (issue 30).
target_sources(conduct_core PRIVATE store/ConnectionProblems.h store/ConnectionProblems.cpp
  store/ConnectionSecurity.h store/ConnectionSecurity.cpp)
