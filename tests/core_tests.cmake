# core_tests: one test source a line, sorted. A tests/core/test_*.cpp missing here fails the configure
# (tests/CMakeLists.txt), so the suite cannot shrink or skip a new file without anyone noticing.
set(CORE_TEST_SOURCES
  core/test_access.cpp
  core/test_advisor_risk_approved.cpp
  core/test_backup.cpp
  core/test_backup_hazards.cpp
  core/test_backup_migration.cpp
  core/test_backup_restore.cpp
  core/test_bundle_checks.cpp
  core/test_bundle_roundtrip.cpp
  core/test_bundle_signed.cpp
  core/test_care_charging.cpp
  core/test_charging_file.cpp
  core/test_charging_file_facts.cpp
  core/test_demo_charging.cpp
  core/test_care_orders.cpp
  core/test_care_victim.cpp
  core/test_care_withdrawal.cpp
  core/test_case_access.cpp
  core/test_case_work_batched.cpp
  core/test_chronology_events.cpp
  core/test_document_registry.cpp
  core/test_drafts.cpp
  core/test_escalation.cpp
  core/test_evidence_advisor.cpp
  core/test_evidence_advisor_casework.cpp
  core/test_evidence_offences.cpp
  core/test_evidence_service.cpp
  core/test_export_casefile.cpp
  core/test_export_chronology_charts.cpp
  core/test_export_demo_render.cpp
  core/test_export_documents.cpp
  core/test_export_large.cpp
  core/test_export_samples.cpp
  core/test_export_service.cpp
  core/test_export_support.cpp
  core/test_export_writer.cpp
  core/test_forms_answers.cpp
  core/test_forms_packs.cpp
  core/test_forms_scoring.cpp
  core/test_forms_validation.cpp
  core/test_incident_source_v14.cpp
  core/test_linked_search.cpp
  core/test_linked_search_bench.cpp
  core/test_linked_search_passes.cpp
  core/test_linked_search_text.cpp
  core/test_logimport_reading.cpp
  core/test_logimport_service.cpp
  core/test_monitoring.cpp
  core/test_person_details.cpp
  core/test_preferences.cpp
  core/test_record_merge.cpp
  core/test_risk_service.cpp
  core/test_risk_store.cpp
  core/test_risk_version_pair.cpp
  core/test_risk_workflow.cpp
  core/test_search_identifiers.cpp
  core/test_search_matcher.cpp
  core/test_search_names.cpp
  core/test_search_query.cpp
  core/test_security_audit_chain.cpp
  core/test_security_audit_query.cpp
  core/test_security_password.cpp
  core/test_security_permissions.cpp
  core/test_security_profile.cpp
  core/test_security_session_events.cpp
  core/test_security_signin.cpp
  core/test_security_store.cpp
  core/test_signing.cpp
  core/test_spelling.cpp
  core/test_store.cpp
  core/test_store_concurrency.cpp
  core/test_store_copy.cpp
  core/test_store_files.cpp
  core/test_migration_v13.cpp
  core/test_store_validation.cpp
  core/test_store_write_paths.cpp
  core/test_store_writes.cpp
  core/test_time_entry_rules.cpp
  core/test_time_sources.cpp
  core/test_time_unknown.cpp
  core/test_uk_time.cpp
  core/test_unit_policy.cpp
  core/test_exhibit_hash_provenance.cpp
  core/test_audit_append_trips.cpp
  core/test_audit_checkpoint.cpp
  core/test_latency_relay.cpp
)
# Issue 25: the server's grants generated from the permission table ([server]), and the insider
# suite against a live PostgreSQL server ([insider], skipped unless CONDUCT_TEST_POSTGRES_ADMIN is set).
list(APPEND CORE_TEST_SOURCES
  core/test_server_authority.cpp
  core/test_server_grants.cpp
  core/test_server_insider.cpp
  core/test_server_row_security.cpp
)
# Reads kept prepared on PostgreSQL (issue 28): nested and held results of the same SQL.
list(APPEND CORE_TEST_SOURCES core/test_store_kept_reads.cpp)
# Issue 30: a save with no changes writes nothing ([unchangedsave]); "Find case" folds accents ([casefilterfold]).
list(APPEND CORE_TEST_SOURCES
  core/test_unchanged_save.cpp
  core/test_case_filter_fold.cpp
)
# Issue 25, second slice: the server-kept audit trail on a live server ([insider][servertrail], hidden).
list(APPEND CORE_TEST_SOURCES core/test_server_audit_trail.cpp)
# Issue 30: the unit's deployed address and the officer's start-up choice ([systemdefault]); the TLS default and connection refusals ([tlsdefault], [connecterrors]).
list(APPEND CORE_TEST_SOURCES core/test_startup_store.cpp core/test_connection_problems.cpp)
# Issue 29: messages as evidence — WhatsApp (and its .zip), SMS Backup & Restore, Facebook JSON,
# e-mail, who is who and burst grouping ([messages]).
list(APPEND CORE_TEST_SOURCES
  core/test_messages_whatsapp.cpp
  core/test_messages_formats.cpp
  core/test_messages_grouping.cpp
)
