target_sources(conduct_core PRIVATE
  services/CaseService.h services/CaseService.cpp
  services/DemoCase.h services/DemoCase.cpp
  services/AppPaths.h services/AppPaths.cpp
  services/AuditFields.h services/AuditFields.cpp
  services/LinkedSearchService.h services/LinkedSearchService.cpp
)
