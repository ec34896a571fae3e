#!/usr/bin/env bash
# Builds the Debian package in one command: a Release build in build-pkg (no tests), then CPack.
# The .deb lands in build-pkg/ (zenml-admin_VERSION_ARCH.deb); its path is printed last.
# Then: lintian on it (errors fail the script; warnings are printed). Options:
#   --build-dir DIR   another build folder (e.g. an existing one)
#   --no-lintian      skip lintian
set -euo pipefail
cd "$(dirname "$0")/.."

build=build-pkg
lint=1
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build="$2"; shift 2 ;;
        --no-lintian) lint=0; shift ;;
        *) echo "usage: $0 [--build-dir DIR] [--no-lintian]" >&2; exit 2 ;;
    esac
done

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX=/usr -DZENML_BUILD_TESTS=OFF -DZENML_BUILD_BENCH=OFF \
        -DCMAKE_CXX_FLAGS="-D_FORTIFY_SOURCE=2 -fstack-protector-strong" \
        -DCMAKE_EXE_LINKER_FLAGS="-Wl,-z,relro,-z,now"
fi
nice cmake --build "$build" -j"${JOBS:-2}"
(cd "$build" && timeout 900 cpack -G DEB -D CPACK_PACKAGING_INSTALL_PREFIX=/usr >/dev/null)
deb=$(ls -t "$build"/zenml-admin_*.deb | head -n1)
if [ "$lint" = 1 ] && command -v lintian >/dev/null; then
    # Errors fail the build; the README's Install section explains the remaining warnings.
    timeout 600 lintian --fail-on error --suppress-tags-from-file scripts/lintian-explained.txt \
        "$deb" || { echo "lintian found errors in $deb" >&2; exit 1; }
fi
echo "$deb"
