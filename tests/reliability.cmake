# Reliability: the crash harness (SIGKILL during writes), and the libFuzzer targets.
# Included from tests/CMakeLists.txt.
option(CONDUCT_FUZZ "Build the libFuzzer targets instead of the crash harness (clang only)" OFF)

# --- Crash harness -------------------------------------------------------------------------
# ctest runs 200 kill cycles ("crash: 200 kill cycles", label crash). The 5,000-cycle soak is
# not part of the default run: `cmake --build <dir> --target crash-long`, or configure with
# -DCONDUCT_CRASH_LONG=ON and run `ctest -L crash-long`.
option(CONDUCT_CRASH_LONG "Register the 5,000-cycle crash soak as a ctest (label crash-long)" OFF)

if(NOT CONDUCT_FUZZ)
  add_executable(crash_writer crash/crash_writer.cpp crash/CrashProtocol.h)
  target_link_libraries(crash_writer PRIVATE conduct_core conduct_warnings)
  add_executable(crash_harness crash/crash_harness.cpp crash/CrashProtocol.h)
  target_link_libraries(crash_harness PRIVATE conduct_core conduct_warnings)
  add_dependencies(crash_harness crash_writer)

  add_test(NAME "crash: 200 kill cycles"
           COMMAND crash_harness --writer $<TARGET_FILE:crash_writer> --cycles 200)
  # Sanitizer builds run several times slower; the cycle count stays the same.
  if(CONDUCT_SANITIZE)
    set(_crash_timeout 900)
  else()
    set(_crash_timeout 180)
  endif()
  set_tests_properties("crash: 200 kill cycles" PROPERTIES LABELS crash TIMEOUT ${_crash_timeout} RUN_SERIAL TRUE)

  add_custom_target(crash-long
    COMMAND crash_harness --writer $<TARGET_FILE:crash_writer> --cycles 5000
    DEPENDS crash_harness crash_writer
    USES_TERMINAL
    COMMENT "Crash soak: 5,000 SIGKILL cycles")
  if(CONDUCT_CRASH_LONG)
    add_test(NAME "crash: 5000 kill cycles"
             COMMAND crash_harness --writer $<TARGET_FILE:crash_writer> --cycles 5000)
    set_tests_properties("crash: 5000 kill cycles" PROPERTIES LABELS crash-long TIMEOUT 7200 RUN_SERIAL TRUE)
  endif()
endif()

# --- Fuzzing --------------------------------------------------------------------------------
# A separate configuration (tests/fuzz/run-fuzzers.sh makes it in build-fuzz):
#   cmake -DCONDUCT_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ …
# conduct_core is instrumented for coverage and built with ASan and UBSan; Qt is not.
if(CONDUCT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CONDUCT_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  set(_fuzz_flags -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  # Targets whose code under test is a few files compile just those files, instrumented, so the
  # fuzz build is quick and does not wait for (or break with) unrelated modules. A target without
  # a list links the whole instrumented conduct_core.
  set(_core ${PROJECT_SOURCE_DIR}/core)
  set(_fuzz_urn_sources ${_core}/domain/Urn.cpp)
  set(_fuzz_search_query_sources ${_core}/search/SearchQuery.cpp ${_core}/search/Identifiers.cpp
      ${_core}/search/NameMatching.cpp ${_core}/search/ForenameVariants.cpp ${_core}/domain/Urn.cpp ${_core}/domain/Codes.cpp)
  set(_fuzz_incident_sources ${_core}/domain/Validation.cpp ${_core}/domain/Urn.cpp ${_core}/domain/Codes.cpp
      ${_core}/common/Clock.cpp ${_core}/common/UkTime.cpp ${_core}/common/Text.cpp)
  set(_fuzz_form_pack_sources ${_core}/forms/FormPack.cpp ${_core}/forms/FormPackLoader.cpp ${_core}/forms/FormPackParser.cpp
      ${_core}/forms/FormPackChecks.cpp ${_core}/forms/FormPackCatalogue.cpp ${_core}/domain/Codes.cpp)
  set(_fuzz_logimport_sources ${_core}/logimport/LogText.cpp ${_core}/logimport/DelimitedParser.cpp
      ${_core}/logimport/DiaryParser.cpp ${_core}/logimport/UkDateTime.cpp ${_core}/common/UkTime.cpp
      ${_core}/common/Clock.cpp ${_core}/common/Text.cpp)
  set(_fuzz_bundle_sources ${_core}/bundle/BundleContainer.cpp ${_core}/bundle/BundleCrypto.cpp
      ${_core}/bundle/BundleFormat.cpp ${_core}/bundle/BundleReader.cpp ${_core}/bundle/BundleValidation.cpp
      ${_core}/domain/Urn.cpp ${_core}/domain/Codes.cpp ${_core}/domain/Evidence.cpp ${_core}/domain/Validation.cpp
      ${_core}/domain/ChargingFile.cpp
      ${_core}/common/Clock.cpp ${_core}/common/UkTime.cpp ${_core}/common/Text.cpp ${_core}/rules/Withdrawal.cpp
      ${_core}/domain/RiskAssessment.cpp ${_core}/forms/FormPack.cpp ${_core}/forms/FormAnswers.cpp
      ${_core}/security/Signing.cpp)
  # Messages as evidence (issue 29): each reader with what it needs, GMime and libarchive included.
  set(_fuzz_messages_common ${_core}/messages/MessageText.cpp ${_core}/common/UkTime.cpp ${_core}/common/Clock.cpp
      ${_core}/common/Text.cpp)
  set(_fuzz_messages_whatsapp_sources ${_core}/messages/WhatsAppReader.cpp ${_core}/messages/ArchiveReader.cpp ${_fuzz_messages_common})
  set(_fuzz_messages_smsxml_sources ${_core}/messages/SmsBackupReader.cpp ${_fuzz_messages_common})
  set(_fuzz_messages_facebook_sources ${_core}/messages/FacebookReader.cpp ${_fuzz_messages_common})
  set(_fuzz_messages_email_sources ${_core}/messages/EmailReader.cpp ${_fuzz_messages_common})
  foreach(target urn incident search_query form_pack logimport bundle messages_whatsapp messages_smsxml messages_facebook messages_email)
    if(NOT EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_${target}.cpp)
      continue()
    endif()
    add_executable(fuzz_${target} fuzz/fuzz_${target}.cpp fuzz/FuzzSupport.h ${_fuzz_${target}_sources})
    target_compile_options(fuzz_${target} PRIVATE ${_fuzz_flags})
    target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer,address,undefined)
    if(_fuzz_${target}_sources)
      target_include_directories(fuzz_${target} PRIVATE ${_core})
      target_link_libraries(fuzz_${target} PRIVATE Qt6::Core conduct_warnings)
      if(target STREQUAL "bundle")
        target_link_libraries(fuzz_${target} PRIVATE PkgConfig::SODIUM)   # BundleCrypto
      endif()
      if(target STREQUAL "messages_whatsapp")
        target_link_libraries(fuzz_${target} PRIVATE PkgConfig::LIBARCHIVE)
      elseif(target STREQUAL "messages_email")
        target_compile_definitions(fuzz_${target} PRIVATE QT_NO_KEYWORDS)   # GLib's headers use `signals`
        target_link_libraries(fuzz_${target} PRIVATE PkgConfig::GMIME)
      endif()
    else()
      target_compile_options(conduct_core PRIVATE ${_fuzz_flags})
      target_link_libraries(fuzz_${target} PRIVATE conduct_core conduct_warnings)
    endif()
  endforeach()
endif()

# --- conduct backup / conduct restore, as a user runs them -----------------------------------
if(TARGET conduct AND TARGET crash_harness)
  add_test(NAME "app: conduct backup and restore"
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/crash/cli_backup_restore.sh
                   $<TARGET_FILE:conduct> $<TARGET_FILE:crash_harness> $<TARGET_FILE:crash_writer>)
  set_tests_properties("app: conduct backup and restore" PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()
