target_sources(conduct_core PRIVATE
  services/AssessmentWorkflow.h services/AssessmentWorkflow.cpp
  services/RiskAssessmentService.h services/RiskAssessmentService.cpp services/RiskAssessmentQueries.cpp services/DemoRisk.cpp
  services/CaseAccess.h services/CaseAccess.cpp
  services/CaseService.h services/CaseService.cpp
  services/ChangeWatcher.h services/ChangeWatcher.cpp
  services/DemoCase.h services/DemoCase.cpp services/DemoEvidence.cpp
  services/AppPaths.h services/AppPaths.cpp
  services/AuditFields.h services/AuditFields.cpp
  services/Preferences.h services/Preferences.cpp
  services/AuditQueryService.h services/AuditQueryService.cpp
  services/LinkedSearchService.h services/LinkedSearchService.cpp
  services/EvidenceService.h services/EvidenceService.cpp services/EvidenceExhibits.cpp services/EvidenceOffences.cpp
  services/EvidenceSupport.h services/AdvisorService.h services/AdvisorService.cpp
  services/AdvisorCaseWorkFacts.h services/AdvisorCaseWorkFacts.cpp
  services/CaseWorkRecords.h services/CaseWorkRecords.cpp
  services/ChronologyEvents.h services/ChronologyEvents.cpp
)
# Withdrawal, victim care, bail and orders, charging and pleas (protocol 4–9).
target_sources(conduct_core PRIVATE
  services/CaseWork.h services/CaseWork.cpp
  services/WithdrawalService.h services/WithdrawalService.cpp
  services/VictimCareService.h services/VictimCareService.cpp
  services/OrdersService.h services/OrdersService.cpp
  services/ChargingService.h services/ChargingService.cpp
  services/CareCaseFile.h services/CareCaseFile.cpp
  services/DemoCare.cpp
)
# Documents: the case file the builders read; export and print as audited disclosures.
target_sources(conduct_core PRIVATE
  services/CaseFileService.h services/CaseFileService.cpp services/CaseFileFillers.h services/CaseFileFillers.cpp
  services/CaseFileCareFiller.cpp services/ExportService.h services/ExportService.cpp services/DocumentSelection.cpp
)
# The charging file (issue 22): MG3/MG5 versions with supervisor approval, their starting points
# and the CaseFile sections they fill.
target_sources(conduct_core PRIVATE
  services/ChargingFileService.h services/ChargingFileService.cpp
  services/ChargingFileStart.h services/ChargingFileStart.cpp
  services/CaseFileChargingFiller.cpp services/DemoChargingFile.cpp
)
# Drafts kept for their author alone, within their record's limits (issue 24).
target_sources(conduct_core PRIVATE services/DraftService.h services/DraftService.cpp)
# The unit's policy (issue 24): one set of settings for every desk, changed by an administrator, audited.
target_sources(conduct_core PRIVATE
  services/UnitPolicyService.h services/UnitPolicyService.cpp
)
# Need to know (issue 24): justified-access grants and teams.
target_sources(conduct_core PRIVATE
  services/AccessGrants.h services/AccessGrants.cpp
  services/TeamService.h services/TeamService.cpp
)
# Which store a desk opens without --db: the unit's deployed address, or the officer's choice (issue 30).
target_sources(conduct_core PRIVATE services/StartupStore.h services/StartupStore.cpp)
