# The Debian package `kiosk` (cpack -G DEB in a build folder): kiosk_<version>_<arch>.deb for
# arm64 from the cross-build and amd64 natively. See README.md beside this file.
set(pkg ${PROJECT_SOURCE_DIR}/platform/package)

# What the board gets beside the binaries and content. Absolute paths: the units and rules
# name them, whatever CMAKE_INSTALL_PREFIX says.
install(FILES ${pkg}/systemd/mediation-map.service ${pkg}/systemd/mediation-map-fallback.service
              ${pkg}/systemd/mediation-map-usb@.service
        DESTINATION /lib/systemd/system)
install(FILES ${pkg}/udev/90-mediation-map.rules DESTINATION /lib/udev/rules.d)
install(PROGRAMS ${pkg}/libexec/pre-start ${pkg}/libexec/usb-mount
        DESTINATION /usr/libexec/mediation-map)
install(FILES ${pkg}/lockdown/logind.conf DESTINATION /usr/lib/systemd/logind.conf.d
        RENAME mediation-map.conf)
install(FILES ${pkg}/lockdown/system.conf DESTINATION /usr/lib/systemd/system.conf.d
        RENAME mediation-map.conf)
install(FILES ${pkg}/lockdown/sysctl.conf DESTINATION /usr/lib/sysctl.d
        RENAME 90-mediation-map.conf)
install(FILES ${pkg}/lockdown/tmpfiles.conf DESTINATION /usr/lib/tmpfiles.d
        RENAME mediation-map.conf)
# kiosk.conf holds the staff PIN: not world-readable. postinst gives it to group kiosk (the
# user does not exist when the package is unpacked).
install(FILES ${pkg}/etc/kiosk.conf DESTINATION /etc/mediation-map
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ)
install(FILES ${pkg}/etc/keys-README DESTINATION /etc/mediation-map/keys RENAME README)
install(FILES ${pkg}/copyright ${PROJECT_SOURCE_DIR}/docs/deployment.md
        DESTINATION /usr/share/doc/kiosk)
install(FILES ${pkg}/README.md DESTINATION /usr/share/doc/kiosk RENAME package-README.md)

# The Debian architecture of the target, not of the build machine (cross-builds).
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64)$")
  set(debArch arm64)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
  set(debArch amd64)
else()
  execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE debArch
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()

# conffiles: the administrator's edits survive upgrades.
set(control ${PROJECT_BINARY_DIR}/debian-control)
file(MAKE_DIRECTORY ${control})
file(WRITE ${control}/conffiles "/etc/mediation-map/kiosk.conf\n/etc/mediation-map/keys/README\n")
foreach(script postinst prerm postrm)
  configure_file(${pkg}/debian/${script} ${control}/${script} COPYONLY)
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kiosk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Mediation Map project <mediation-map@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Mediation Map: a touchscreen museum exhibit (kiosk)")
set(CPACK_PACKAGE_DESCRIPTION "An interactive map and timeline of the mediation efforts around \
the Palestinian question in 2020-2021, fullscreen on a Raspberry Pi touchscreen. Installs the \
kiosk and kiosk-content programs, the bundled content, a systemd service with watchdog and \
crash-loop fallback, the kiosk's lockdown, and read-only mounting of USB content sticks.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE ${debArch})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Declared by hand, for both architectures alike (dpkg-shlibdeps does not work for the
# cross-build); tests/package/check-deb checks them against the binaries' NEEDED entries.
# Versions: what Debian and Raspberry Pi OS bookworm ship.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6 (>= 2.36), libstdc++6 (>= 12), libgcc-s1 (>= 3.0), \
libsdl2-2.0-0 (>= 2.26.5), libgles2, libegl1, libsodium23 (>= 1.0.18), libsystemd0 (>= 252), \
libdrm2 (>= 2.4.114), libpng16-16 (>= 1.6.39), libharfbuzz0b (>= 6.0.0), libicu72, libsimdjson14 (>= 3.0.1), libgettextpo0 (>= 0.21), libexpat1 (>= 2.5.0), libstb0, fonts-noto-core, fonts-dejavu-core, adduser, mount")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${control}/conffiles ${control}/postinst ${control}/prerm ${control}/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
