#!/usr/bin/env bash
# Installs what is missing, then builds and runs every test twice: a normal build with warnings as
# errors, and an AddressSanitizer + UndefinedBehaviorSanitizer build. Tests that need the OS
# keychain get a real Secret Service (gnome-keyring) in a private D-Bus session.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jobs="$(nproc)"

"$root/scripts/deps.sh"

if command -v clang-format >/dev/null 2>&1; then
    echo "== clang-format check"
    git -C "$root" ls-files '*.cpp' '*.h' | (cd "$root" && xargs clang-format --dry-run -Werror)
fi

run_suite() {
    local name="$1"; shift
    local build="$root/build-$name"
    echo "== $name build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DZENML_WERROR=ON "$@"
    cmake --build "$build" -j "$jobs"
    echo "== $name tests"
    "$root/tests/run-with-keychain.sh" \
        ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout 600
}

run_suite normal
ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" \
LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0" \
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    run_suite sanitize -DZENML_SANITIZE=ON -DZENML_BUILD_BENCH=OFF
