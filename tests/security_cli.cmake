# conduct user add / conduct audit verify as an administrator scripts them (tests/cli).
# Included from tests/CMakeLists.txt.
if(TARGET conduct)
  add_executable(audit_tamper cli/audit_tamper.cpp)
  target_link_libraries(audit_tamper PRIVATE conduct_core conduct_warnings)
  add_test(NAME "app: conduct user add and audit verify"
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/cli_security.sh $<TARGET_FILE:conduct> $<TARGET_FILE:audit_tamper>)
  set_tests_properties("app: conduct user add and audit verify" PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 300)
endif()
