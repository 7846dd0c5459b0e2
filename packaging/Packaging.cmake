# Installation layout and the Debian package, included from the top-level CMakeLists.txt.
#
#   cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release
#   cmake --build build/release && (cd build/release && cpack -G DEB)
#
# gives build/release/conduct_<version>_amd64.deb, installing under /usr. The binary itself is
# installed by app/CMakeLists.txt; this file adds the desktop integration, the man page and the
# documentation, then describes the package.

set(CONDUCT_APP_ID uk.police.Conduct)   # QGuiApplication::setDesktopFileName in app/main.cpp
set(CONDUCT_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(CONDUCT_ICON_DIR ${PROJECT_SOURCE_DIR}/resources/icons)

# --- Desktop integration -------------------------------------------------------------------------
install(FILES ${CONDUCT_PACKAGING_DIR}/${CONDUCT_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CONDUCT_PACKAGING_DIR}/${CONDUCT_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The icon is named after the app id, as the desktop file's Icon= key and the window expect.
# The PNGs are committed renders of conduct.svg (see resources/icons/README.md), so building
# needs no SVG renderer.
install(FILES ${CONDUCT_ICON_DIR}/conduct.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${CONDUCT_APP_ID}.svg)
foreach(size 16 24 32 48 64 128 256)
  install(FILES ${CONDUCT_ICON_DIR}/conduct-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
          RENAME ${CONDUCT_APP_ID}.png)
endforeach()

# --- Manual page and documentation ----------------------------------------------------------------
# Debian policy 12.1: manual pages are installed gzip-compressed (-n: no timestamp, reproducible).
find_program(CONDUCT_GZIP gzip REQUIRED)
set(CONDUCT_MANPAGE_GZ ${PROJECT_BINARY_DIR}/packaging/conduct.1.gz)
add_custom_command(OUTPUT ${CONDUCT_MANPAGE_GZ}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
  COMMAND ${CONDUCT_GZIP} -9 -n -c ${CONDUCT_PACKAGING_DIR}/conduct.1 > ${CONDUCT_MANPAGE_GZ}
  DEPENDS ${CONDUCT_PACKAGING_DIR}/conduct.1
  COMMENT "Compressing the conduct(1) manual page"
  VERBATIM)
add_custom_target(conduct_manpage ALL DEPENDS ${CONDUCT_MANPAGE_GZ})
install(FILES ${CONDUCT_MANPAGE_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Debian keeps a package's documentation in /usr/share/doc/<package>/, with its copyright file.
set(CONDUCT_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/conduct)
install(FILES ${PROJECT_SOURCE_DIR}/docs/user-guide.md ${CONDUCT_PACKAGING_DIR}/copyright
        DESTINATION ${CONDUCT_DOC_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/docs/screenshots/main.png
        DESTINATION ${CONDUCT_DOC_DIR}/screenshots)

# --- The Debian package ---------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME conduct)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Conduct developers")
set(CPACK_PACKAGE_CONTACT "Conduct maintainers <conduct-maintainers@example.invalid>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

# Debian's control file: the summary is the first line of Description, the paragraphs follow.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "stalking and harassment case building for police investigators")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Conduct is a desktop application with which police investigating officers in
England and Wales build stalking and harassment cases as the joint NPCC-CPS
protocol asks. An officer opens a case, records the complainant, the suspect
and the course of conduct incident by incident, and works through the evidence
checklist; supervisors review and sign off risk assessments.

Risk is screened with DASH, S-DASH and SASH, and MG-form drafts (MG2, MG3,
MG5, MG11) are exported as PDF for the Crown Prosecution Service. Anything an
officer types is kept as a draft until saved, so an interruption loses nothing.

Cases are OFFICIAL-SENSITIVE personal data: they live in a local SQLite file
readable only by its owner, every change is one transaction, and nothing is
sent over the network. A fictional example case is included for training.")

set(CPACK_DEBIAN_PACKAGE_NAME conduct)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # conduct_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps (dpkg-dev) finds the Qt, libsodium and C++ runtime libraries the binary links.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads the SQLite driver as a plugin at run time, which shlibdeps cannot see; shlibdeps finds
# libhunspell-1.7-0, but not the en_GB dictionary it reads (without it Conduct runs unchecked).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, hunspell-en-gb")
# Exports render PDFs with the fonts the layout was checked against; a force-wide store on
# PostgreSQL (issue 12) needs Qt's PostgreSQL driver, also a plugin.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
include(CPack)
