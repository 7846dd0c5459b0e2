# ui_tests: one test source a line, sorted. A tests/ui/test_*.cpp missing here fails the configure
# (tests/CMakeLists.txt), so the suite cannot shrink or skip a new file without anyone noticing.
set(UI_TEST_SOURCES
  ui/test_access_before_steps.cpp
  ui/test_access_ui.cpp
  ui/test_appearance.cpp
  ui/test_bundle_ui.cpp
  ui/test_care_tabs.cpp
  ui/test_case_conflict.cpp
  ui/test_case_list_model.cpp
  ui/test_case_list_offscreen.cpp
  ui/test_charging_file_ui.cpp
  ui/test_chronology_markers.cpp
  ui/test_conflict_dialog.cpp
  ui/test_contrast.cpp
  ui/test_desktop_prefs.cpp
  ui/test_desktop_progress.cpp
  ui/test_draft_author.cpp
  ui/test_evidence_tabs.cpp
  ui/test_exhibit_register_checks.cpp
  ui/test_export_dialog.cpp
  ui/test_incident_dialog.cpp
  ui/test_incident_source_ui.cpp
  ui/test_keyboard_only.cpp
  ui/test_live_updates.cpp
  ui/test_logimport_ui.cpp
  ui/test_main_workflow.cpp
  ui/test_monitoring_ui.cpp
  ui/test_person_details_ui.cpp
  ui/test_person_dialog.cpp
  ui/test_preferences_policy.cpp
  ui/test_profile_ui.cpp
  ui/test_readonly_store.cpp
  ui/test_risk_keyboard_ui.cpp
  ui/test_risk_ui.cpp
  ui/test_security_admin.cpp
  ui/test_security_lock.cpp
  ui/test_security_screenshots.cpp
  ui/test_spelling_ui.cpp
  ui/test_stale_workspace.cpp
  ui/test_time_entry.cpp
  ui/test_time_forms.cpp
  ui/test_timeline.cpp
  ui/test_timeline_search.cpp
  ui/test_trusted_keys_ui.cpp
  ui/test_exhibit_hash_provenance_ui.cpp
  ui/test_dialog_keyboard_walk.cpp
  ui/test_accessible_names.cpp
)
# Issue 30: File ▸ Recent databases keeps server addresses whole ([recentdatabases]).
list(APPEND UI_TEST_SOURCES
  ui/test_recent_databases.cpp
)
# Issue 30: File ▸ Connect to server… and the connection's security in the status bar ([connectdialog]).
list(APPEND UI_TEST_SOURCES ui/test_connect_server_dialog.cpp)
