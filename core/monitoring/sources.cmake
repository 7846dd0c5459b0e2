# Monitoring figures for the unit: the SPOC's monthly report and lessons learnt (protocol 4.1, 10.1).
# Its SQL lives under store/ with the rest, listed here so this module's work touches no other list.
target_sources(conduct_core PRIVATE
  store/MonitoringQueries.h store/MonitoringQueries.cpp
  monitoring/MonitoringReport.h monitoring/MonitoringReport.cpp
  monitoring/MonitoringExport.h monitoring/MonitoringExport.cpp
  monitoring/MonitoringService.h monitoring/MonitoringService.cpp
)
