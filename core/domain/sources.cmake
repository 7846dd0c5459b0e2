target_sources(conduct_core PRIVATE
  domain/RiskAssessment.h domain/RiskAssessment.cpp
  domain/Codes.h domain/Codes.cpp
  domain/Case.h domain/RecordMerge.h domain/RecordMerge.cpp domain/Person.h domain/Incident.h
  domain/Urn.h domain/Urn.cpp
  domain/Validation.h domain/Validation.cpp
  domain/Evidence.h domain/Evidence.cpp
  domain/ChargingFile.h domain/ChargingFile.cpp
  domain/AttachmentCheck.h domain/AttachmentCheck.cpp
)
# Issue 31: the pair of versions "Compare versions" opens on.
target_sources(conduct_core PRIVATE domain/AssessmentVersionPair.h domain/AssessmentVersionPair.cpp)
