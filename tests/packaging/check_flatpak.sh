#!/bin/sh
# Checks the Flatpak manifest as far as can be done without network access: flatpak-builder parses it
# (and warns about any property it does not know), its app id, command and runtime are the ones the
# package installs, every downloaded source is pinned by a SHA-256, and the desktop file and metainfo it
# installs pass their validators.
#
# Usage: check_flatpak.sh SOURCE_DIR
# Exits 0 when the manifest is right, 1 when it is not, 77 (skip) when flatpak-builder is missing.

set -eu
source_dir=$1
app_id=io.github.offkai.Offkai
manifest=$source_dir/packaging/flatpak/$app_id.yml

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
command -v flatpak-builder >/dev/null 2>&1 || { echo "SKIP: flatpak-builder not found"; exit 77; }
[ -f "$manifest" ] || fail "no manifest at $manifest"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/offkai-flatpak.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# flatpak-builder writes nothing but a state folder in the current directory for --show-manifest.
if ! (cd "$tmp" && flatpak-builder --show-manifest "$manifest") >"$tmp/manifest.json" 2>"$tmp/stderr"; then
    cat "$tmp/stderr" >&2
    fail "flatpak-builder cannot read the manifest"
fi
if grep -q . "$tmp/stderr"; then
    cat "$tmp/stderr" >&2
    fail "flatpak-builder warns about the manifest (above)"
fi
json=$tmp/manifest.json

errors=0
problem() {
    echo "FAIL: $*" >&2
    errors=$((errors + 1))
}
field() { # the first value of a top-level string field in flatpak-builder's pretty-printed JSON
    sed -n "s/^  \"$1\" : \"\(.*\)\",\{0,1\}\$/\1/p" "$json" | head -n 1
}

[ "$(field id)" = "$app_id" ] || problem "the manifest's id is '$(field id)', expected $app_id"
[ "$(field command)" = offkai ] || problem "the manifest runs '$(field command)', expected offkai"
[ "$(field runtime)" = org.kde.Platform ] || problem "the runtime is '$(field runtime)', expected org.kde.Platform"
[ "$(field sdk)" = org.kde.Sdk ] || problem "the SDK is '$(field sdk)', expected org.kde.Sdk"
case $(field runtime-version) in
    6.*) ;;
    *) problem "the runtime version is '$(field runtime-version)', expected KDE 6.x" ;;
esac

# The libraries Qt's runtime lacks, then Offkai itself, last.
modules=$(sed -n 's/^      "name" : "\(.*\)",\{0,1\}$/\1/p' "$json" | tr '\n' ' ')
echo "modules: $modules"
[ "$modules" = "libical md4c qtkeychain offkai " ] || problem "modules are '$modules', expected libical md4c qtkeychain offkai"

# Every archive is fetched over https and pinned by its SHA-256.
archives=$(grep -c '"type" : "archive"' "$json" || true)
pinned=$(grep -Ec '"sha256" : "[0-9a-f]{64}"' "$json" || true)
insecure=$(grep -Ec '"url" : "http:' "$json" || true)
[ "$archives" -eq 3 ] || problem "expected 3 archive sources, found $archives"
[ "$pinned" -eq "$archives" ] || problem "$pinned of $archives archive sources are pinned by a SHA-256"
[ "$insecure" -eq 0 ] || problem "$insecure source(s) are fetched over plain http"
grep -q '"path" : "../.."' "$json" || problem "Offkai's own module does not build the source tree"
grep -q -- '-DOFFKAI_BUILD_TESTS=OFF' "$json" || problem "the Flatpak build would build the test suite"

# What the offkai module installs for the desktop and the software centres.
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$source_dir/packaging/$app_id.desktop" >"$tmp/desktop.log" 2>&1 || true
    if grep -Eq '(error|warning): ' "$tmp/desktop.log"; then
        cat "$tmp/desktop.log" >&2
        problem "desktop-file-validate complains about the desktop file"
    fi
fi
if command -v appstreamcli >/dev/null 2>&1; then
    if ! appstreamcli validate --no-net --no-color "$source_dir/packaging/$app_id.metainfo.xml" >"$tmp/as.log" 2>&1 \
        || grep -Eq '^[EW]: ' "$tmp/as.log"; then
        cat "$tmp/as.log" >&2
        problem "appstreamcli finds problems in the metainfo"
    fi
fi

[ "$errors" -eq 0 ] || fail "$errors problem(s) with $manifest"
echo "OK: $manifest"
