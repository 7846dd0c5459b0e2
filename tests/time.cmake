# Issue 23: the demo case's documents are the same text whatever the desk's zone (Europe/London
# and Asia/Tokyo), from one store made once. Uses export_cli_setup from export.cmake, so include
# this file after it.
if(TARGET conduct AND TARGET export_cli_setup)
  add_test(NAME "app: the demo case's documents read the same in every time zone"
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/export/time_zones.sh $<TARGET_FILE:conduct> $<TARGET_FILE:export_cli_setup>)
  set_tests_properties("app: the demo case's documents read the same in every time zone" PROPERTIES TIMEOUT 300)
endif()

# Every test tagged [time] expects the same UTC instants and London text whatever the desk's
# zone: run them under zones either side of London and under London itself.
if(TARGET core_tests)
  foreach(zone UTC America/New_York Asia/Tokyo Europe/London)
    add_test(NAME "core: [time] tests under TZ=${zone}" COMMAND core_tests "[time]")
    set_tests_properties("core: [time] tests under TZ=${zone}" PROPERTIES ENVIRONMENT "TZ=${zone};QT_QPA_PLATFORM=offscreen")
  endforeach()
endif()
