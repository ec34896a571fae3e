#!/usr/bin/env bash
# Builds the .deb with CPack from a build folder, unpacks it into a temporary root and checks it:
# the file list, the unpacked binary's --version and a command line run, the desktop file, the
# metainfo, the man page and lintian (no errors). Usage: check-package.sh BUILD_DIR [SOURCE_DIR]
set -euo pipefail
build=$(cd "$1" && pwd)
source_dir=$(cd "${2:-$(dirname "$0")/../..}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && timeout 300 cpack -G DEB -B "$work/out" -D CPACK_PACKAGING_INSTALL_PREFIX=/usr >/dev/null)
deb=$(ls "$work"/out/zenml-admin_*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -x "$deb" "$work/root"

# The file list against the expected paths (directories left out).
(cd "$work/root" && find . -type f -o -type l | sed 's|^\./|/|' | sort) > "$work/files"
expected="$work/expected"
{
    echo /usr/bin/zenml-admin
    echo /usr/share/applications/zenml-admin.desktop
    echo /usr/share/bash-completion/completions/zenml-admin
    echo /usr/share/doc/zenml-admin/changelog.gz
    echo /usr/share/doc/zenml-admin/copyright
    echo /usr/share/fish/vendor_completions.d/zenml-admin.fish
    for size in 16 22 24 32 48 64 128 256; do
        echo "/usr/share/icons/hicolor/${size}x${size}/apps/zenml-admin.png"
    done
    echo /usr/share/icons/hicolor/scalable/apps/zenml-admin.svg
    echo /usr/share/man/de/man1/zenml-admin.1.gz
    echo /usr/share/man/man1/zenml-admin.1.gz
    echo /usr/share/metainfo/io.zenml.zenml_admin.metainfo.xml
    echo /usr/share/zsh/vendor-completions/_zenml-admin
} | sort > "$expected"
diff -u "$expected" "$work/files"

# Each PNG is the size its folder says.
for size in 16 22 24 32 48 64 128 256; do
    file "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/zenml-admin.png" |
        grep -q "PNG image data, $size x $size" || { echo "icon $size is not ${size}px" >&2; exit 1; }
done

# The unpacked binary runs from the system's libraries alone.
bin="$work/root/usr/bin/zenml-admin"
env -u LD_LIBRARY_PATH -u DISPLAY -u WAYLAND_DISPLAY timeout 30 "$bin" --version | head -n1 |
    grep -qx "zenml-admin $(dpkg-deb -f "$deb" Version)"
env -u LD_LIBRARY_PATH -u DISPLAY -u WAYLAND_DISPLAY ZENML_ADMIN_DATA_DIR="$work/data" \
    timeout 30 "$bin" role list | grep -q '^guest '
# Depends: computed by dpkg-shlibdeps (versioned library packages) plus the plugins.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
echo "$depends" | grep -q 'libqt6core6 (>= ' && echo "$depends" | grep -q 'libqt6sql6-sqlite'
dpkg-deb -f "$deb" Recommends | grep -q gnome-keyring

desktop-file-validate "$work/root/usr/share/applications/zenml-admin.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.zenml.zenml_admin.metainfo.xml" >/dev/null
MANWIDTH=200 MANPAGER=cat timeout 30 man -l "$work/root/usr/share/man/man1/zenml-admin.1.gz" |
    grep -q 'role assignment list'

# lintian: no errors; the tags in scripts/lintian-explained.txt are explained there.
timeout 300 lintian --fail-on error --suppress-tags-from-file "$source_dir/scripts/lintian-explained.txt" \
    "$deb" 2>&1 | grep -v 'running with root privileges' || true
timeout 300 lintian --fail-on error "$deb" >/dev/null 2>&1
echo "package OK"
