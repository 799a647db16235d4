# One INTERFACE target carries the flags every Relance target shares, so warnings and
# string-safety defines are stated once (the qBittorrent CommonConfig pattern).
add_library(relance_options INTERFACE)
target_compile_options(relance_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wno-sign-conversion)
target_compile_definitions(relance_options INTERFACE
    QT_NO_CAST_FROM_ASCII            # every user-facing string goes through tr() or QStringLiteral
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    RELANCE_VERSION="${PROJECT_VERSION}")

# lld links a test executable in 1 s where GNU ld takes 4 (40 executables a build): used when
# the toolchain has it (Debian: lld, installed by scripts/setup.sh).
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" RELANCE_HAS_LLD)
if(RELANCE_HAS_LLD)
    target_link_options(relance_options INTERFACE -fuse-ld=lld)
endif()

option(RELANCE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(RELANCE_SANITIZE)
    target_compile_options(relance_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(relance_options INTERFACE -fsanitize=address,undefined)
endif()

# Test builds only: relance-cli and the window can be made to stop dead at the Nth step that
# writes a file or commits (RELANCE_CRASH_AT=N), so a test can crash them at every step.
option(RELANCE_FAULT_POINTS "Build the crash points used by tests/cli/tst_crashpoints" OFF)

# The fuzz preset: clang with libFuzzer's coverage, ASan and UBSan on every Relance target; the
# harnesses of fuzz/ add libFuzzer's main.
option(RELANCE_FUZZ "Build the libFuzzer harnesses (clang) instead of the application" OFF)
if(RELANCE_FUZZ)
    target_compile_options(relance_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
        -fno-omit-frame-pointer -Wno-conversion -Wno-shadow)
    target_link_options(relance_options INTERFACE -fsanitize=address,undefined)
endif()
