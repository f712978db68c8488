#!/bin/sh
# Runs a command inside its own D-Bus session with a throw-away, unlocked GNOME Keyring (the Secret
# Service) and a throw-away HOME, runtime and temp folder, so that a test never touches the user's keyring
# or files. The command sees OFFKAI_KEYRING_SESSION=1 and OFFKAI_KEYRING_SCRATCH (the folder to inspect).
#
#   with-keyring.sh COMMAND [ARGUMENT…]
set -u
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing (apt-get install dbus gnome-keyring)" >&2
        exit 1
    fi
done
scratch=$(mktemp -d "${TMPDIR:-/tmp}/offkai-keyring.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM
mkdir -p -m 700 "$scratch/home/.local/share" "$scratch/home/.config" "$scratch/home/.cache" \
    "$scratch/runtime" "$scratch/tmp"
export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config"
export XDG_CACHE_HOME="$scratch/home/.cache" XDG_RUNTIME_DIR="$scratch/runtime" TMPDIR="$scratch/tmp"
export OFFKAI_KEYRING_SESSION=1 OFFKAI_KEYRING_SCRATCH="$scratch"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
dbus-run-session -- sh -c '
    printf "offkai-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec "$@"
' sh "$@"
status=$?
exit $status
