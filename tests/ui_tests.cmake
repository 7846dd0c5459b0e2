# ui_tests: one test source a line, sorted. A tests/ui/test_*.cpp missing here fails the configure
# (tests/CMakeLists.txt), so the suite cannot shrink or skip a new file without anyone noticing.
set(UI_TEST_SOURCES
  ui/test_appearance.cpp
  ui/test_bundle_ui.cpp
  ui/test_care_tabs.cpp
  ui/test_case_conflict.cpp
  ui/test_case_list_model.cpp
  ui/test_chronology_markers.cpp
  ui/test_contrast.cpp
  ui/test_desktop_prefs.cpp
  ui/test_desktop_progress.cpp
  ui/test_evidence_tabs.cpp
  ui/test_export_dialog.cpp
  ui/test_incident_dialog.cpp
  ui/test_keyboard_only.cpp
  ui/test_live_updates.cpp
  ui/test_logimport_ui.cpp
  ui/test_main_workflow.cpp
  ui/test_monitoring_ui.cpp
  ui/test_person_dialog.cpp
  ui/test_risk_ui.cpp
  ui/test_security_admin.cpp
  ui/test_security_lock.cpp
  ui/test_security_screenshots.cpp
  ui/test_timeline.cpp
  ui/test_timeline_search.cpp
)
