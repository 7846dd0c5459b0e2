# conduct-pg-load: issue 12's load requirement (concurrent writers on a PostgreSQL store: lost
# updates, deadlocks, audit chain). Needs a server, so ctest never runs it; run it under
# tests/support/with-postgres.sh (see PgLoad.cpp).
add_executable(conduct-pg-load
  ${CMAKE_CURRENT_LIST_DIR}/PgLoad.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PgLoadWorker.h ${CMAKE_CURRENT_LIST_DIR}/PgLoadWorker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PgLoadCheck.h ${CMAKE_CURRENT_LIST_DIR}/PgLoadCheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BenchStats.h)
target_link_libraries(conduct-pg-load PRIVATE conduct_core Qt6::Core Qt6::Sql conduct_warnings)
