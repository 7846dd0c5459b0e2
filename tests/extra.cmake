# Tests outside the two Catch2 binaries. tests/packaging: the Debian package install test
# (label "packaging") and the translation loader's tests.
add_subdirectory(packaging)
