# conduct bundle as users run it: the demo case exported from one database and imported into
# another (export_cli_setup from export.cmake makes both), plain and with a passphrase.
if(TARGET conduct AND TARGET export_cli_setup)
  add_test(NAME "app: conduct bundle moves the demo case between databases"
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/bundle/cli_bundle.sh $<TARGET_FILE:conduct> $<TARGET_FILE:export_cli_setup>)
  set_tests_properties("app: conduct bundle moves the demo case between databases" PROPERTIES TIMEOUT 300)
endif()
