#!/bin/sh
# Runs a command (usually the whole ctest invocation) with a private, unlocked Secret Service:
# a private D-Bus session bus and gnome-keyring with throw-away data and runtime dirs, so tests
# such as tst_keychain store real secrets without touching the user's keyring.
#   tests/run-with-keychain.sh ctest --test-dir build --output-on-failure
# Needs: dbus (dbus-run-session, dbus-send), gnome-keyring, libsecret-1-0 (loaded by QtKeychain).
# The exit status is the command's.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 command [args...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool not found; install the packages dbus and gnome-keyring" >&2
        exit 2
    fi
done

root=$(mktemp -d "${TMPDIR:-/tmp}/zenml-keychain.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -m 700 "$root/data" "$root/run" "$root/config" "$root/cache"
export XDG_DATA_HOME="$root/data" XDG_RUNTIME_DIR="$root/run"
export XDG_CONFIG_HOME="$root/config" XDG_CACHE_HOME="$root/cache"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# No display: gnome-keyring must not try to show a prompt.
unset DISPLAY WAYLAND_DISPLAY

# Inside the private bus: create and unlock the "login" collection with a throw-away password,
# wait until the Secret Service owns its bus name (so the command never races the daemon), run
# the command, then stop exactly that daemon (it may outlive a very short session otherwise).
inner='
bus() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        "org.freedesktop.DBus.$1" string:org.freedesktop.secrets 2>/dev/null
}
printf %s test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
tries=0
until bus NameHasOwner | grep -q "boolean true"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ]; then
        echo "run-with-keychain.sh: the Secret Service did not start" >&2
        exit 1
    fi
    sleep 0.1
done
daemon=$(bus GetConnectionUnixProcessID | awk "/uint32/ { print \$2 }")
status=0
"$@" || status=$?
if [ -n "$daemon" ]; then
    kill "$daemon" 2>/dev/null || true
fi
exit "$status"
'
status=0
dbus-run-session -- sh -c "$inner" sh "$@" || status=$?
exit "$status"
