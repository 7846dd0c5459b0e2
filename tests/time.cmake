# Issue 23: the demo case's documents are the same text whatever the desk's zone (Europe/London
# and Asia/Tokyo), from one store made once. Uses export_cli_setup from export.cmake, so include
# this file after it.
if(TARGET conduct AND TARGET export_cli_setup)
  add_test(NAME "app: the demo case's documents read the same in every time zone"
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/export/time_zones.sh $<TARGET_FILE:conduct> $<TARGET_FILE:export_cli_setup>)
  set_tests_properties("app: the demo case's documents read the same in every time zone" PROPERTIES TIMEOUT 300)
endif()

# The [time]-tagged Catch2 tests run again under TZ=UTC and TZ=America/New_York in scripts/dev.sh
# test (issue 23), once each, rather than here, where the sanitizer run would repeat them too.
