# Tests outside the globbed Catch2 binaries. tests/packaging: the Debian package install test
# (label "packaging") and the translation loader's tests.
if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/packaging/CMakeLists.txt)
  add_subdirectory(packaging)
endif()
