# User-interface translations, included from app/CMakeLists.txt.
#
# conduct_i18n holds the start-up code that picks the user's language (app/Translations.cpp) and
# the compiled .qm files, embedded under :/i18n, so the app and its tests share one copy.
# Refresh the .ts files after changing user-visible strings:
#   cmake --build <build> --target update_translations
# then translate in Qt Linguist (linguist translations/conduct_cy.ts) and commit the .ts file.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(CONDUCT_TS_FILES ${PROJECT_SOURCE_DIR}/translations/conduct_cy.ts)

# lupdate reads every file that may hold tr() text: the app, the widgets and core's messages.
file(GLOB_RECURSE CONDUCT_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
  ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
  ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h)

add_library(conduct_i18n STATIC
  ${PROJECT_SOURCE_DIR}/app/Translations.cpp ${PROJECT_SOURCE_DIR}/app/Translations.h)
target_include_directories(conduct_i18n PUBLIC ${PROJECT_SOURCE_DIR}/app)
target_link_libraries(conduct_i18n PUBLIC Qt6::Core PRIVATE conduct_warnings)

qt_add_translations(conduct_i18n
  TS_FILES ${CONDUCT_TS_FILES}
  SOURCES ${CONDUCT_TRANSLATABLE_SOURCES}
  # lupdate follows #include "shell/MainWindow.h" and the like from these folders to learn which
  # namespace each class is in; without them it files conduct::MainWindow's text under
  # "MainWindow", a context the running application never asks for.
  INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/core
  RESOURCE_PREFIX /i18n
  # No line numbers in the .ts file, so that unrelated edits do not churn it.
  LUPDATE_OPTIONS -locations none)

if(TARGET conduct)
  target_link_libraries(conduct PRIVATE conduct_i18n)
endif()
