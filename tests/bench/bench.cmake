# conduct-bench: built by default, never run by ctest for timing (a smoke run checks it works).
add_executable(conduct-bench
  ${CMAKE_CURRENT_LIST_DIR}/ConductBench.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BenchProbes.h ${CMAKE_CURRENT_LIST_DIR}/BenchProbes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RawSqlite.h ${CMAKE_CURRENT_LIST_DIR}/RawSqlite.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BenchAssessments.h ${CMAKE_CURRENT_LIST_DIR}/BenchAssessments.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BenchGenerator.h ${CMAKE_CURRENT_LIST_DIR}/BenchStats.h
  ${CMAKE_CURRENT_LIST_DIR}/LinkedSearchBench.h)
target_link_libraries(conduct-bench PRIVATE conduct_ui conduct_core Qt6::Widgets Qt6::Test PkgConfig::SQLITE3 conduct_warnings)
# The smoke run proves the instrument still works; it asserts no timing.
add_test(NAME "bench: smoke run (--cases 2000), no timing checked" COMMAND conduct-bench --cases 2000 --runs 3)
set_tests_properties("bench: smoke run (--cases 2000), no timing checked" PROPERTIES
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 900 LABELS bench)
include(${CMAKE_CURRENT_LIST_DIR}/pgload.cmake)
