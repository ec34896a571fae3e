#!/bin/sh
# Makes the README's screenshots: builds zenml-admin (or uses BUILD_DIR), fills a temporary data
# folder with demo data, runs the real app under Xvfb and captures the screen with ImageMagick.
#   scripts/screenshot.sh [BUILD_DIR]
# Needs: cmake, ninja, xvfb (xvfb-run), xauth, imagemagick (import), fonts-dejavu-core.
# Writes docs/screenshot-users.png, docs/screenshot-roles.png and docs/screenshot-matrix.png.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build-screenshot}
if [ ! -x "$BUILD/app/zenml-admin" ] || [ ! -x "$BUILD/tests/bench/zenml-demo-data" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    ninja -C "$BUILD" zenml-admin zenml-demo-data
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$BUILD/tests/bench/zenml-demo-data" "$WORK/data"

# One picture per page: the app opens on the page its settings remember, with the row that was
# current selected again (the same settings a person's last session leaves behind).
shoot() { # page, current row of that page, output file
    mkdir -p "$WORK/config/zenml"
    cat > "$WORK/config/zenml/zenml-admin.conf" <<INI
[MainWindow]
page=$1
$1\\current=$2
INI
    XDG_CONFIG_HOME="$WORK/config" XDG_RUNTIME_DIR="$WORK" LANG=${SCREENSHOT_LANG:-en_US.UTF-8} \
    xvfb-run -a -s "-screen 0 1200x760x24" sh -c '
        "$0" --data-dir "$1" &
        app=$!
        sleep 4
        import -window root "$2"
        kill $app' "$BUILD/app/zenml-admin" "$WORK/data" "$3"
    echo "wrote $3"
}
mkdir -p "$ROOT/docs"
shoot users anna.schmidt "$ROOT/docs/screenshot-users.png"
shoot roles ml-engineer "$ROOT/docs/screenshot-roles.png"
shoot matrix "" "$ROOT/docs/screenshot-matrix.png"
