#!/bin/sh
# Remove what install.sh installed for the current user.
#   uninstall.sh          keeps your settings, audit logs and stored credentials
#   uninstall.sh --purge  also deletes the credentials HostGuard stored in the system keyring,
#                         its settings, state (outbox, audit logs) and caches
set -eu

APP_ID=io.hostguard.HostGuard
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
CONFIG_HOME=${XDG_CONFIG_HOME:-$HOME/.config}
STATE_HOME=${XDG_STATE_HOME:-$HOME/.local/state}
CACHE_HOME=${XDG_CACHE_HOME:-$HOME/.cache}
BIN_DIR=${HOSTGUARD_BIN_DIR:-$HOME/.local/bin}
INSTALL_DIR=${HOSTGUARD_INSTALL_DIR:-$HOME/.local/opt/hostguard}

PURGE=no
case "${1:-}" in
    --purge) PURGE=yes ;;
    "") ;;
    *) echo "usage: uninstall.sh [--purge]" >&2; exit 2 ;;
esac

if [ "$PURGE" = yes ] && [ -x "$INSTALL_DIR/hostguard" ]; then
    # Before the app is removed: it is what knows how its credentials are stored.
    for service in reference zoom webex maxmind; do
        "$INSTALL_DIR/hostguard" credentials delete --service "$service" >/dev/null 2>&1 || true
    done
fi

# The command symlink, only if it is ours.
if [ -L "$BIN_DIR/hostguard" ] && [ "$(readlink "$BIN_DIR/hostguard")" = "$INSTALL_DIR/hostguard" ]; then
    rm -f "$BIN_DIR/hostguard"
fi
rm -f "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
for dir in "$DATA_HOME"/icons/hicolor/*/apps; do
    [ -d "$dir" ] && rm -f "$dir/$APP_ID.png" "$dir/$APP_ID.svg"
done
rm -rf "$INSTALL_DIR"

if [ "$PURGE" = yes ]; then
    rm -rf "$CONFIG_HOME/HostGuard" "$STATE_HOME/HostGuard" "$DATA_HOME/HostGuard" "$CACHE_HOME/HostGuard"
fi

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA_HOME/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$DATA_HOME/icons/hicolor" || true
fi

echo "HostGuard removed."
if [ "$PURGE" = no ]; then
    echo "Kept: settings ($CONFIG_HOME/HostGuard), state and audit logs ($STATE_HOME/HostGuard) and"
    echo "credentials in your keyring (uninstall.sh --purge removes those too)."
fi
