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
    [ ! -x "$BUILD/tests/support/zenml-test-server" ] ||
    [ ! -x "$BUILD/tests/screenshots/zenml-dialog-shots" ]; then
    # A build folder that exists keeps its configuration (the test suite's runs this script).
    [ -f "$BUILD/CMakeCache.txt" ] ||
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    ninja -C "$BUILD" zenml-admin zenml-demo-data zenml-test-server zenml-dialog-shots
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
    QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$WORK/config" QT_SCALE_FACTOR="$scale" \
        ZENML_ADMIN_PALETTE="${7:-}" QT_QPA_PLATFORMTHEME= \
        timeout 60 xvfb-run -a -s "-screen 0 ${width}x${height}x24" sh -c '
        "$0" --data-dir "$1" --lang "$2" >/dev/null 2>&1 &
        app=$!
        sleep "$4"
        import -window root "$3"
        kill $app' "$APP" "$1" "$4" "$5" "${SCREENSHOT_WAIT:-4}"
    [ -s "$5" ] || { echo "no picture: $5" >&2; exit 1; }
    # A picture of one colour means the window never showed.
    spread=$(convert "$5" -format '%[fx:standard_deviation>0.02]' info:)
    [ "$spread" = 1 ] || { echo "blank picture: $5" >&2; exit 1; }
    echo "wrote $5"
}

# SCREENSHOT_PARTS picks "local", "server" or both (the default).
PARTS=${SCREENSHOT_PARTS:-local server}
case " $PARTS " in *" local "*)
for lang in en de; do
    shoot "$WORK/data" users anna.schmidt $lang "$OUT/$lang-users.png"
    shoot "$WORK/data" teams "" $lang "$OUT/$lang-teams.png"
    shoot "$WORK/data" roles ml-engineer $lang "$OUT/$lang-roles.png"
    shoot "$WORK/data" workspaces "" $lang "$OUT/$lang-workspaces.png"
    shoot "$WORK/data" permissions "" $lang "$OUT/$lang-permissions.png"
    shoot "$WORK/data" assignments "" $lang "$OUT/$lang-assignments.png"
    shoot "$WORK/data" matrix "" $lang "$OUT/$lang-matrix.png"
    shoot "$WORK/data" review "" $lang "$OUT/$lang-review.png"
    shoot "$WORK/data" history "" $lang "$OUT/$lang-history.png"
done
shoot "$WORK/data" users anna.schmidt en "$OUT/dark-users.png" 1 dark
shoot "$WORK/data" matrix "" en "$OUT/dark-matrix.png" 1 dark
shoot "$WORK/data" users anna.schmidt en "$OUT/scale2-users.png" 2
# The dialogs, each filled as a person meets it (the invitation link with its QR code).
for lang in en de; do
    QT_QPA_PLATFORM=offscreen timeout 90 "$BUILD/tests/screenshots/zenml-dialog-shots" \
        "$WORK/data" "$OUT" $lang
    for dialog in user role workspace assign invite invitation-link about; do
        picture="$OUT/$lang-dialog-$dialog.png"
        [ -s "$picture" ] || { echo "no picture: $picture" >&2; exit 1; }
        spread=$(convert "$picture" -format '%[fx:standard_deviation>0.02]' info:)
        [ "$spread" = 1 ] || { echo "blank picture: $picture" >&2; exit 1; }
    done
done
;; esac
case " $PARTS " in *" server "*) ;; *) exit 0 ;; esac

# A server profile against the test server (tests/support): two invitations and a conflict made
# on the command line, then, with the server stopped, changes that wait for it. The saved
# password goes to the keychain (under tests/run-with-keychain.sh a throw-away one).
SRV="$WORK/server"
mkdir -p "$SRV"
"$BUILD/tests/support/zenml-test-server" --port 0 >"$WORK/server.out" 2>&1 &
SERVER_PID=$!
i=0
until grep -q '^listening on ' "$WORK/server.out"; do
    i=$((i + 1))
    [ $i -le 100 ] || { echo "the test server did not start" >&2; exit 1; }
    sleep 0.1
done
URL=$(sed -n 's/^listening on //p' "$WORK/server.out")
cli() { timeout 60 "$APP" --data-dir "$SRV" --lang en "$@" >/dev/null; }
cli profile create acme --url "$URL" --username default
cli profile create laptop --url "$URL" --username default
echo "" | cli --profile acme login --password-stdin
echo "" | cli --profile laptop login --password-stdin
cli --profile acme role create editor --permissions read --permissions write
for u in nora.hansen:"Nora Hansen" omar.haddad:"Omar Haddad" pia.keller:"Pia Keller"; do
    cli --profile acme user create "${u%%:*}" --full-name "${u#*:}" --password "Demo-Only-${u%%.*}-1"
done
cli --profile acme user create lena.vogt --full-name "Lena Vogt" --role guest
cli --profile acme user create tom.berger --full-name "Tom Berger" --role editor
cli --profile acme sync
cli --profile laptop sync
# The same user edited on another computer (and synced) and here: a conflict.
cli --profile laptop user update omar.haddad --full-name "Omar Haddad (Ops)"
cli --profile laptop sync
cli --profile acme user update omar.haddad --full-name "Omar Haddad-Berg"
cli --profile acme sync || true
# The server goes away; what is made now waits for it.
kill "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=
cli --profile acme user update pia.keller --email pia.keller@example.com
cli --profile acme user create jonas.weber --full-name "Jonas Weber" --role editor
cli profile use acme
for lang in en de; do
    # The app tries the stopped server first (a push waits up to 10 s for it); its status bar
    # then settles on Offline.
    SCREENSHOT_WAIT=${SCREENSHOT_SERVER_WAIT:-13}
    shoot "$SRV" pending "" $lang "$OUT/$lang-server-pending.png"
    shoot "$SRV" conflicts "" $lang "$OUT/$lang-server-conflicts.png"
    shoot "$SRV" invitations "" $lang "$OUT/$lang-server-invitations.png"
done
shoot "$SRV" users nora.hansen en "$OUT/en-server-users.png"
shoot "$SRV" conflicts "" en "$OUT/dark-server-conflicts.png" 1 dark

# Every picture named above is there (shoot() stops the script at the first one missing).
echo "all pictures in $OUT"
