#!/bin/sh
# Builds the Debian package from an already built tree and checks what it
# declares and contains.
#
# Usage: check_deb.sh BUILD_DIR SOURCE_DIR CPACK [CONFIG]
# Exits 0 when the package is right, 1 when it is not, 77 (skip) when the
# tools to inspect a .deb are missing.

set -eu

if [ "$#" -lt 3 ]; then
    echo "usage: $0 BUILD_DIR SOURCE_DIR CPACK [CONFIG]" >&2
    exit 2
fi
build_dir=$1
source_dir=$2
cpack=$3
config=${4:-}
app_id=io.github.offkai.Offkai

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

command -v dpkg-deb >/dev/null 2>&1 || { echo "SKIP: dpkg-deb not found"; exit 77; }
[ -x "$cpack" ] || fail "cpack not found at '$cpack'"
[ -f "$build_dir/CPackConfig.cmake" ] || fail "no CPackConfig.cmake in '$build_dir': is packaging/ configured?"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/offkai-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

echo "Running cpack -G DEB in $build_dir"
if ! (
    cd "$build_dir"
    if [ -n "$config" ]; then
        "$cpack" --config "$build_dir/CPackConfig.cmake" -G DEB -B "$tmp/out" -C "$config"
    else
        "$cpack" --config "$build_dir/CPackConfig.cmake" -G DEB -B "$tmp/out"
    fi
) >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    fail "cpack -G DEB failed (output above)"
fi

set -- "$tmp"/out/*.deb
if [ "$#" -ne 1 ] || [ ! -f "$1" ]; then
    cat "$tmp/cpack.log" >&2
    fail "expected exactly one .deb in cpack's output, found: $*"
fi
deb=$1
echo "Package: $(basename "$deb")"

errors=0
problem() {
    echo "FAIL: $*" >&2
    errors=$((errors + 1))
}

# Control fields.
package=$(dpkg-deb -f "$deb" Package)
[ "$package" = offkai ] || problem "Package is '$package', expected 'offkai'"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# One package name per line, without version constraints.
# shellcheck disable=SC2020 # both separators become newlines
printf '%s\n' "$depends" | tr ',|' '\n\n' | sed -e 's/(.*)//' -e 's/[[:space:]]//g' -e '/^$/d' \
    >"$tmp/depends"
for dep in libqt6sql6-sqlite qt6-qpa-plugins libsecret-1-0; do
    grep -qx "$dep" "$tmp/depends" || problem "Depends lacks $dep"
done

# Contents.
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$tmp/contents"
for path in \
    /usr/bin/offkai \
    "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    /usr/share/doc/offkai/copyright
do
    grep -qx "$path" "$tmp/contents" || problem "package lacks $path"
done

# The installed desktop files are the ones in the source tree.
dpkg-deb -x "$deb" "$tmp/root"
for pair in \
    "usr/share/applications/$app_id.desktop:packaging/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml:packaging/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg:packaging/$app_id.svg"
do
    installed=$tmp/root/${pair%%:*}
    source=$source_dir/${pair#*:}
    [ -f "$installed" ] || continue  # already reported above
    cmp -s "$installed" "$source" || problem "/${pair%%:*} differs from $source"
done

# AppStream sees the installed tree as a software center would: the
# metainfo must find its desktop file. Errors and warnings count.
if command -v appstreamcli >/dev/null 2>&1; then
    if ! appstreamcli validate-tree --no-net --no-color "$tmp/root" >"$tmp/appstream.log" 2>&1 \
        || grep -Eq '^[[:space:]]*[EW]: ' "$tmp/appstream.log"; then
        cat "$tmp/appstream.log" >&2
        problem "appstreamcli validate-tree found problems in the installed files (output above)"
    fi
fi

if [ "$errors" -ne 0 ]; then
    echo "Package contents:" >&2
    sed 's/^/  /' "$tmp/contents" >&2
    fail "$errors problem(s) with $(basename "$deb")"
fi
echo "OK: $(basename "$deb") declares its run-time dependencies and ships the desktop files"
