target_sources(conduct_core PRIVATE
  domain/Codes.h domain/Codes.cpp
  domain/Case.h domain/Person.h domain/Incident.h
  domain/Urn.h domain/Urn.cpp
  domain/Validation.h domain/Validation.cpp
)
