#!/usr/bin/env bash
# The soak (issue 14, item 5; not in CTest): tst_synccrash with KILLS SIGKILLs (default 1000) of
# `zenml-admin sync` at random moments, against the in-process test server: runs alternate
# between pushing the queue and pulling what someone else changed on the server meanwhile, with a
# fault of the server injected before each (dropped connection, drop after apply, 500, 503,
# malformed or cut JSON, 401, delay). Then the server state is checked (no edit lost, none
# doubled), the mirror against the server (no pulled change lost, no row twice) and PRAGMA
# integrity_check. Prints the kills (in push, in pull), the runs that ended on their own, the
# operations, the server changes, lost, doubled, the seed and the time.
#   tests/soak/soak.sh [KILLS] [BUILD_DIR]
set -euo pipefail

kills=${1:-1000}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${2:-$root/build-dev}
cmake --build "$build" --target tst_synccrash zenml-admin >/dev/null
start=$(date +%s)
status=0
# Qt Test's watchdog ends a test function after 5 minutes unless told otherwise.
ZENML_CRASH_KILLS=$kills ZENML_ADMIN_TEST_BIN_DIR="$build/app" QT_QPA_PLATFORM=offscreen \
    QTEST_FUNCTION_TIMEOUT=$(( (kills * 6 + 600) * 1000 )) timeout --kill-after=30 $(( kills * 6 + 600 )) \
    "$root/tests/run-with-keychain.sh" "$build/tests/sync/tst_synccrash" -maxwarnings 0 \
    >"$build/soak.log" 2>&1 || status=$?
end=$(date +%s)
grep -E 'ZENML_CRASH_SEED|kills|operations pushed|pulled between|PASS|FAIL|Totals' "$build/soak.log" || true
echo "soak: $kills kills asked, $(( end - start )) s, exit $status (log: $build/soak.log)"
exit "$status"
