# conduct-bench: built by default, never run by ctest for timing (a smoke run checks it works).
add_executable(conduct-bench
  ${CMAKE_CURRENT_LIST_DIR}/ConductBench.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BenchProbes.h ${CMAKE_CURRENT_LIST_DIR}/BenchProbes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RawSqlite.h ${CMAKE_CURRENT_LIST_DIR}/RawSqlite.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BenchAssessments.h ${CMAKE_CURRENT_LIST_DIR}/BenchAssessments.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BenchGenerator.h ${CMAKE_CURRENT_LIST_DIR}/BenchStats.h
  ${CMAKE_CURRENT_LIST_DIR}/LinkedSearchBench.h
  ${CMAKE_CURRENT_LIST_DIR}/PgBench.h ${CMAKE_CURRENT_LIST_DIR}/PgBench.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MessagesBench.h ${CMAKE_CURRENT_LIST_DIR}/MessagesBench.cpp)
target_link_libraries(conduct-bench PRIVATE conduct_ui conduct_core Qt6::Widgets Qt6::Test PkgConfig::SQLITE3 conduct_warnings)
# The smoke run proves the instrument still works; it asserts no timing.
add_test(NAME "bench: smoke run (--cases 2000), no timing checked" COMMAND conduct-bench --cases 2000 --runs 3)
set_tests_properties("bench: smoke run (--cases 2000), no timing checked" PROPERTIES
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 900 LABELS bench)
include(${CMAKE_CURRENT_LIST_DIR}/pgload.cmake)

# The latency relay (issue 28): a force network's delay between desk and server, counting round
# trips. A library for conduct-bench and the [relay] tests, and a program to run by hand.
add_library(conduct_latency_relay STATIC
  ${CMAKE_CURRENT_SOURCE_DIR}/support/LatencyRelay.h ${CMAKE_CURRENT_SOURCE_DIR}/support/LatencyRelay.cpp)
target_include_directories(conduct_latency_relay PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)   # the same path core_tests has already
target_link_libraries(conduct_latency_relay PUBLIC conduct_core Qt6::Core PRIVATE conduct_warnings)
add_executable(conduct-latency-relay ${CMAKE_CURRENT_SOURCE_DIR}/support/LatencyRelayMain.cpp)
target_link_libraries(conduct-latency-relay PRIVATE conduct_latency_relay conduct_warnings)
target_link_libraries(core_tests PRIVATE conduct_latency_relay)
target_link_libraries(conduct-bench PRIVATE conduct_latency_relay)
# The messages scenario (issue 29) on its own: proves it runs, asserts no timing.
add_test(NAME "bench: messages smoke run (--messages 2000), no timing checked" COMMAND conduct-bench --messages 2000 --runs 1)
set_tests_properties("bench: messages smoke run (--messages 2000), no timing checked" PROPERTIES LABELS bench)
