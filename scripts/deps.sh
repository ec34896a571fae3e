#!/usr/bin/env bash
# Installs the Debian 12 packages ZenML Admin needs to build, run and test; only the missing ones.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ qt6-base-dev libqt6sql6-sqlite libsqlite3-dev qt6-tools-dev qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6 qtkeychain-qt6-dev
    libxkbcommon-dev libqrencode-dev libyaml-dev
    # run headless, test with a real keychain, take screenshots
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools fonts-dejavu-core
    imagemagick desktop-file-utils openssl
    # man pages, completions, desktop integration checks and the .deb (scripts/package.sh)
    man-db groff-base gzip bash-completion zsh fish appstream dpkg-dev fakeroot file lintian
)
# Only for the fuzz build (scripts/fuzz.sh runs: scripts/deps.sh --fuzz): clang with libFuzzer.
if [ "${1:-}" = "--fuzz" ]; then
    packages+=(clang-14 libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
