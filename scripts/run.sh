#!/usr/bin/env bash
# Installs what is missing, builds ZenML Admin and starts it on the default local profile.
# Extra arguments go to the app (for example --lang de, or a CLI command such as: user list).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"

"$root/scripts/deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZENML_BUILD_TESTS=OFF
cmake --build "$build" --target zenml-admin
if [ $# -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the app under Xvfb (xvfb-run)."
    exec xvfb-run -a "$build/app/zenml-admin"
fi
exec "$build/app/zenml-admin" "$@"
