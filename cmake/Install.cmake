# Where `cmake --install` puts Ketenmonitor (FHS places under the prefix), and the Debian
# package that CPack makes from the same rules (`cpack -G DEB` in the build folder).
# Translations, the user guide and the demo study are compiled into the programs, so an
# installed program needs nothing from the source or build folder; the demo files are installed
# as well so that a user can open them, and the docs so that the policy can be read.
include(GNUInstallDirs)

set(KM_APP_ID nl.ketenmonitor.Ketenmonitor)
set(KM_RELEASE_DATE 2026-12-04)
set(KM_DEBIAN_RELEASE 1)
set(KM_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/ketenmonitor)
set(KM_GENERATED ${CMAKE_BINARY_DIR}/install-generated)
find_program(KM_GZIP gzip REQUIRED)

install(TARGETS ketenmonitor-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(KETENMONITOR_BUILD_UI)
  install(TARGETS ketenmonitor RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(FILES resources/demo/casussen.csv resources/demo/trajecten.csv
  resources/demo/gebeurtenissen.csv resources/demo/demo.xlsx resources/demo/README.md
  DESTINATION ${CMAKE_INSTALL_DATADIR}/ketenmonitor/demo)
install(FILES README.md docs/codebook.md docs/design.md docs/disclosure.md docs/export-formats.md
  docs/import-mapping.md docs/performance.md docs/privacy.md docs/packaging.md
  DESTINATION ${KM_DOC_DIR})
install(FILES packaging/copyright DESTINATION ${KM_DOC_DIR})

# Desktop integration: menu entry, AppStream metadata, the study file type, the icon.
configure_file(resources/desktop/${KM_APP_ID}.metainfo.xml.in ${KM_GENERATED}/${KM_APP_ID}.metainfo.xml @ONLY)
install(FILES resources/desktop/${KM_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${KM_GENERATED}/${KM_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/desktop/ketenmonitor-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
  RENAME ketenmonitor.xml)
install(FILES resources/icons/ketenmonitor.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
  install(FILES resources/icons/ketenmonitor-${size}.png
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ketenmonitor.png)
endforeach()

# Manual pages and the Debian changelog, compressed as Debian wants them (gzip -9n: no name,
# no time stamp, so the package is reproducible).
set(KM_PACKAGE_VERSION ${PROJECT_VERSION}-${KM_DEBIAN_RELEASE})
configure_file(packaging/changelog.in ${KM_GENERATED}/changelog @ONLY)
set(KM_COMPRESSED "")
foreach(source resources/man/ketenmonitor.1 resources/man/ketenmonitor-cli.1 ${KM_GENERATED}/changelog)
  get_filename_component(name ${source} NAME)
  set(out ${KM_GENERATED}/${name}.gz)
  add_custom_command(OUTPUT ${out}
    COMMAND ${KM_GZIP} -9nc ${source} > ${out}
    DEPENDS ${source} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} VERBATIM)
  list(APPEND KM_COMPRESSED ${out})
endforeach()
add_custom_target(install_files ALL DEPENDS ${KM_COMPRESSED})
install(FILES ${KM_GENERATED}/ketenmonitor-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
if(KETENMONITOR_BUILD_UI)
  install(FILES ${KM_GENERATED}/ketenmonitor.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
install(FILES ${KM_GENERATED}/changelog.gz DESTINATION ${KM_DOC_DIR} RENAME changelog.Debian.gz)

set(CPACK_PACKAGE_NAME ketenmonitor)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Ketenmonitor developers")
set(CPACK_PACKAGE_CONTACT "Ketenmonitor developers <ketenmonitor@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "indicators of case-chain reconstructions in domestic-violence care")
# CPack puts the summary first and indents every line; "." is Debian's empty line.
string(JOIN "\n" CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "Ketenmonitor reads a sample of reconstructed cases of domestic violence and"
  "child abuse, followed through every organisation involved, and computes the"
  "indicators of the Dutch study De casus door de keten: recurrence, help that"
  "stops early, case coordination, knowledge of the plans, time before help."
  "."
  "It has a Qt desktop program (dashboard, case chains, cohort comparison,"
  "Kaplan-Meier curves, an import wizard) and a command-line program; reports"
  "and exports hide small numbers and are recorded in an audit log.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${KM_DEBIAN_RELEASE})
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/ketenmonitor/ketenmonitor")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
