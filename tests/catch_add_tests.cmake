# Run by catch_discover_tests after each build of core_tests and ui_tests (tests/CMakeLists.txt
# points _CATCH_DISCOVER_TESTS_SCRIPT here), in place of Catch2 2.13's CatchAddTests.cmake. That
# script turns the listed test names into a CMake list, so a name containing ";" became two ctest
# entries, each naming no test: Catch2 ran nothing and exited 0, and the real test never ran under
# ctest. Here each listed line is one ctest entry, whatever it contains. Same inputs (-D TEST_*)
# and output (CTEST_FILE) as the original, for the options this project uses (no reporter or
# output folder).

if(NOT EXISTS "${TEST_EXECUTABLE}")
  message(FATAL_ERROR "Specified test executable '${TEST_EXECUTABLE}' does not exist")
endif()
execute_process(
  COMMAND ${TEST_EXECUTOR} "${TEST_EXECUTABLE}" ${TEST_SPEC} --list-test-names-only
  OUTPUT_VARIABLE output
  RESULT_VARIABLE result
  WORKING_DIRECTORY "${TEST_WORKING_DIR}")
# Catch2 2.13 exits with the number of tests it listed (at most 255); otherwise it crashed.
if(NOT result MATCHES "^[0-9]+$")
  message(FATAL_ERROR "'${TEST_EXECUTABLE}' listed no tests (result ${result}):\n${output}")
endif()

# Brackets that no test name contains keep each argument whole, ";" included.
function(bracketed out value)
  set(${out} "[==[${value}]==]" PARENT_SCOPE)
endfunction()

set(script "")
set(count 0)
string(REPLACE ";" "@CONDUCT_SEMICOLON@" output "${output}")
string(REPLACE "\n" ";" lines "${output}")
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  string(REPLACE "@CONDUCT_SEMICOLON@" ";" name "${line}")
  # Characters Catch2 reads as test-spec syntax are escaped, as the original script does.
  set(spec "${name}")
  foreach(char , [ ])
    string(REPLACE "${char}" "\\${char}" spec "${spec}")
  endforeach()
  bracketed(test_name "${TEST_PREFIX}${name}${TEST_SUFFIX}")
  set(command "")
  foreach(part IN LISTS TEST_EXECUTOR)
    bracketed(arg "${part}")
    string(APPEND command " ${arg}")
  endforeach()
  bracketed(arg "${TEST_EXECUTABLE}")
  string(APPEND command " ${arg}")
  bracketed(arg "${spec}")
  string(APPEND command " ${arg}")
  foreach(part IN LISTS TEST_EXTRA_ARGS)
    bracketed(arg "${part}")
    string(APPEND command " ${arg}")
  endforeach()
  set(properties "")
  foreach(part IN LISTS TEST_PROPERTIES)
    bracketed(arg "${part}")
    string(APPEND properties " ${arg}")
  endforeach()
  bracketed(working_dir "${TEST_WORKING_DIR}")
  string(APPEND script "add_test(${test_name}${command})\n")
  string(APPEND script "set_tests_properties(${test_name} PROPERTIES WORKING_DIRECTORY ${working_dir}${properties})\n")
  math(EXPR count "${count} + 1")
endforeach()
# The exit status carries the count, clamped to 255.
set(listed_status ${count})
if(count GREATER 255)
  set(listed_status 255)
endif()
if(NOT listed_status EQUAL result)
  message(FATAL_ERROR "'${TEST_EXECUTABLE}' exited ${result} after listing its tests, but ${count} names were read:\n${output}")
endif()

file(WRITE "${CTEST_FILE}" "${script}")
