# conduct user add / conduct audit verify as an administrator scripts them (tests/cli).
# Included from tests/CMakeLists.txt.
if(TARGET conduct)
  add_executable(audit_tamper cli/audit_tamper.cpp)
  target_link_libraries(audit_tamper PRIVATE conduct_core conduct_warnings)
  add_test(NAME "app: conduct user add and audit verify"
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/cli_security.sh $<TARGET_FILE:conduct> $<TARGET_FILE:audit_tamper>)
  set_tests_properties("app: conduct user add and audit verify" PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 300)
endif()

# A store this account may not change opens read-only with a reason (issue 24).
if(TARGET conduct)
  add_executable(readonly_store cli/readonly_store.cpp)
  target_link_libraries(readonly_store PRIVATE conduct_core conduct_warnings)
  add_test(NAME "app: a store the account may not change opens read-only"
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/readonly_store.sh $<TARGET_FILE:readonly_store>)
  set_tests_properties("app: a store the account may not change opens read-only" PROPERTIES TIMEOUT 120)
endif()

# Signed audit checkpoints (issue 25): keygen, checkpoint, and verify --checkpoint's exit codes.
if(TARGET conduct)
  add_test(NAME "app: conduct audit checkpoint and verify --checkpoint"
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/cli_audit_checkpoint.sh $<TARGET_FILE:conduct> $<TARGET_FILE:audit_tamper>)
  set_tests_properties("app: conduct audit checkpoint and verify --checkpoint" PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 300)
endif()
