# conduct export as users run it: --help with no display and no database, and the demo case's MG3
# end to end (database, account and demo case made by export_cli_setup; password on stdin).
if(TARGET conduct)
  # Exit status 0 and the options listed (a pass regex alone would ignore the exit status).
  add_test(NAME "app: conduct export --help exits 0"
           COMMAND bash -c "set -o pipefail; env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \"$1\" export --help | grep -q -- --justification"
                   conduct-export-help $<TARGET_FILE:conduct>)

  add_executable(export_cli_setup export/export_cli_setup.cpp)
  target_link_libraries(export_cli_setup PRIVATE conduct_core conduct_warnings)
  # audit_tamper (security_cli.cmake) lists the audit records the exports left.
  add_test(NAME "app: conduct export writes the demo case's MG3"
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/export/cli_export.sh $<TARGET_FILE:conduct> $<TARGET_FILE:export_cli_setup>
                   $<TARGET_FILE:audit_tamper>)
  set_tests_properties("app: conduct export writes the demo case's MG3" PROPERTIES TIMEOUT 300)
endif()
