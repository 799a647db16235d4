# A .deb of everything `install` puts in place, built by CPack: `cmake --build build --target
# package` (or `cpack -G DEB` in the build folder). Its version is the project's.
set(CPACK_PACKAGE_NAME relance)
set(CPACK_PACKAGE_VENDOR "The Relance developers")
set(CPACK_PACKAGE_CONTACT "The Relance developers <relance@relance.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Receivables manager: chase unpaid invoices")
set(CPACK_PACKAGE_DESCRIPTION
    "Relance tells a freelancer or a small firm, every morning, which invoices are overdue, how much \
money is at risk and what to do today, writes the reminders and formal notices French or Belgian \
law requires, computes late-payment interest and the recovery indemnity, and imports invoices, \
e-invoices and bank statements.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# The libraries the binaries link (Qt, poppler, qrencode) found by dpkg-shlibdeps; the SQLite
# driver and the platform plugins are loaded at run time, so they are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
