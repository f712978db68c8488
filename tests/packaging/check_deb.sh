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
for dep in libqt6sql6-sqlite libqt6gui6 libqt6svg6 libsecret-1-0; do
    grep -qx "$dep" "$tmp/depends" || problem "Depends lacks $dep"
done
# On Debian 12 the xcb and offscreen platform plugins come with libqt6gui6; qt6-qpa-plugins only adds
# others and must not be required.
grep -qx qt6-qpa-plugins "$tmp/depends" && problem "Depends names qt6-qpa-plugins, which the package does not need"
# A Japanese font is required (any of these), not just recommended: without one Japanese text is boxes.
printf '%s\n' "$depends" | tr ',' '\n' | grep -q 'fonts-noto-cjk *| *fonts-ipafont-gothic *| *fonts-vlgothic' \
    || problem "Depends lacks 'fonts-noto-cjk | fonts-ipafont-gothic | fonts-vlgothic'"
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Recommends: $recommends"
printf '%s\n' "$recommends" | grep -q 'gnome-keyring *| *kwalletmanager' \
    || problem "Recommends lacks 'gnome-keyring | kwalletmanager'"

# Contents.
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$tmp/contents"
for path in \
    /usr/bin/offkai \
    "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    /usr/share/doc/offkai/copyright \
    /usr/share/doc/offkai/changelog.gz \
    /usr/share/man/man1/offkai.1.gz
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

# The manual page covers every command of the command line (it is made from `offkai --help-all`).
if [ -f "$tmp/root/usr/share/man/man1/offkai.1.gz" ]; then
    gzip -dc "$tmp/root/usr/share/man/man1/offkai.1.gz" >"$tmp/offkai.1"
    for command in members events series calendar reports accounts backups holidays; do
        grep -qx ".SS $command" "$tmp/offkai.1" || problem "the manual page has no section for '$command'"
    done
fi

# lintian, as Debian's archive would run it: errors and warnings fail; "info" tags are printed only.
if command -v lintian >/dev/null 2>&1; then
    lintian --tag-display-limit 0 --display-info "$deb" >"$tmp/lintian.log" 2>&1 || true
    echo "lintian:"
    sed 's/^/  /' "$tmp/lintian.log"
    if grep -Eq '^[EW]: ' "$tmp/lintian.log"; then
        problem "lintian reports errors or warnings (above)"
    fi
else
    problem "lintian is not installed (Debian package lintian; .ci/install-deps installs it)"
fi

if [ "$errors" -ne 0 ]; then
    echo "Package contents:" >&2
    sed 's/^/  /' "$tmp/contents" >&2
    fail "$errors problem(s) with $(basename "$deb")"
fi
echo "OK: $(basename "$deb") declares its run-time dependencies and ships the desktop files"
