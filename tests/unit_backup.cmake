# A unit's server backed up and restored by packaging/unit-backup.sh and unit-restore.sh (issue 30).
# Needs the test cluster: skipped (77) unless run under tests/support/with-postgres.sh, as
# scripts/dev.sh test does after ctest. Included after export.cmake, which makes export_cli_setup.
if(TARGET conduct AND TARGET export_cli_setup)
  add_test(NAME "app: unit backup and restore on a server"
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/unit_backup_restore.sh $<TARGET_FILE:conduct>
                   $<TARGET_FILE:export_cli_setup> ${PROJECT_SOURCE_DIR})
  set_tests_properties("app: unit backup and restore on a server" PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
endif()

# TLS to a real server (issue 30): verify-full, and libpq's refusals met for real ([tls] core
# tests). Skipped (77) unless run under tests/support/with-postgres.sh, as scripts/dev.sh does.
add_test(NAME "app: TLS to the server, verified and refused"
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/tls_connect.sh $<TARGET_FILE:core_tests>)
set_tests_properties("app: TLS to the server, verified and refused" PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
