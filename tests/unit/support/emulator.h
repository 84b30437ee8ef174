#pragma once
// True in the aarch64 run under qemu-user (tests/CMakeLists.txt defines
// KIOSK_TEST_UNDER_EMULATOR there). qemu-user here stalls around a second thread and
// delivers no inotify events, so the tests that need either are skipped with
// doctest::skip(kUnderEmulator); they run natively and under ASan.
namespace test_support {

#ifdef KIOSK_TEST_UNDER_EMULATOR
inline constexpr bool kUnderEmulator = true;
#else
inline constexpr bool kUnderEmulator = false;
#endif

}  // namespace test_support
