#!/bin/sh
# Makes the README's screenshots: builds zenml-admin (or uses BUILD_DIR), fills a temporary data
# folder with demo data, runs the real app under Xvfb and captures the screen with ImageMagick.
#   scripts/screenshot.sh [BUILD_DIR] [OUT_DIR]
# Needs: cmake, ninja, xvfb (xvfb-run), xauth, imagemagick (import), fonts-dejavu-core.
# Writes into OUT_DIR (docs/screenshots): every page of a local profile in English and German
# (en-users.png, de-users.png, ...), the Users page under a dark palette (dark-users.png) and at
# 200 % (scale2-users.png), and, on a server profile against the test server (tests/support),
# the Pending changes, Conflicts and Invitations pages (en-server-*.png, de-server-*.png).
# Every run ends in bounded time: each app runs for a few seconds and is killed.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build-screenshot}
OUT=${2:-$ROOT/docs/screenshots}
if [ ! -x "$BUILD/app/zenml-admin" ] || [ ! -x "$BUILD/tests/bench/zenml-demo-data" ] ||
    [ ! -x "$BUILD/tests/support/zenml-test-server" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    ninja -C "$BUILD" zenml-admin zenml-demo-data zenml-test-server
fi
APP="$BUILD/app/zenml-admin"
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$OUT"
"$BUILD/tests/bench/zenml-demo-data" "$WORK/data" >/dev/null

# One picture: the app opens on the page its settings remember, with the row that was current
# selected again (the same settings a person's last session leaves behind).
#   shoot DATA_DIR PAGE ROW LANG OUT_FILE [SCALE] [PALETTE]
shoot() {
    scale=${6:-1}
    width=$((1200 * scale))
    height=$((760 * scale))
    rm -rf "$WORK/config"
    mkdir -p "$WORK/config/zenml"
    cat >"$WORK/config/zenml/zenml-admin.conf" <<INI
[MainWindow]
page=$2
$2\\current=$3
INI
    XDG_CONFIG_HOME="$WORK/config" XDG_RUNTIME_DIR="$WORK" QT_SCALE_FACTOR="$scale" \
        ZENML_ADMIN_PALETTE="${7:-}" QT_QPA_PLATFORMTHEME= \
        timeout 60 xvfb-run -a -s "-screen 0 ${width}x${height}x24" sh -c '
        "$0" --data-dir "$1" --lang "$2" >/dev/null 2>&1 &
        app=$!
        sleep ${SCREENSHOT_WAIT:-4}
        import -window root "$3"
        kill $app' "$APP" "$1" "$4" "$5"
    [ -s "$5" ] || { echo "no picture: $5" >&2; exit 1; }
    echo "wrote $5"
}

for lang in en de; do
    shoot "$WORK/data" users anna.schmidt $lang "$OUT/$lang-users.png"
    shoot "$WORK/data" teams "" $lang "$OUT/$lang-teams.png"
    shoot "$WORK/data" roles ml-engineer $lang "$OUT/$lang-roles.png"
    shoot "$WORK/data" workspaces "" $lang "$OUT/$lang-workspaces.png"
    shoot "$WORK/data" permissions "" $lang "$OUT/$lang-permissions.png"
    shoot "$WORK/data" assignments "" $lang "$OUT/$lang-assignments.png"
    shoot "$WORK/data" matrix "" $lang "$OUT/$lang-matrix.png"
done
shoot "$WORK/data" users anna.schmidt en "$OUT/dark-users.png" 1 dark
shoot "$WORK/data" matrix "" en "$OUT/dark-matrix.png" 1 dark
shoot "$WORK/data" users anna.schmidt en "$OUT/scale2-users.png" 2
