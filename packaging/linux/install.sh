#!/bin/sh
# Install HostGuard for the current user (no root needed):
#   the app        -> ~/.local/opt/hostguard        (HOSTGUARD_INSTALL_DIR overrides)
#   the command    -> ~/.local/bin/hostguard         (a symlink)
#   menu entry     -> ~/.local/share/applications/io.hostguard.HostGuard.desktop
#   icons          -> ~/.local/share/icons/hicolor/<size>/apps/io.hostguard.HostGuard.{png,svg}
#   AppStream data -> ~/.local/share/metainfo/io.hostguard.HostGuard.metainfo.xml
# Running it again upgrades in place. Settings and stored credentials are not touched.
set -eu

APP_ID=io.hostguard.HostGuard
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
BIN_DIR=${HOSTGUARD_BIN_DIR:-$HOME/.local/bin}
INSTALL_DIR=${HOSTGUARD_INSTALL_DIR:-$HOME/.local/opt/hostguard}

if [ ! -x "$HERE/hostguard/hostguard" ]; then
    echo "install.sh: $HERE/hostguard/hostguard is missing: run this script from the unpacked tarball" >&2
    exit 1
fi

# Copy next to the target, then swap, so an interrupted upgrade never leaves half an app.
mkdir -p "$(dirname "$INSTALL_DIR")" "$BIN_DIR" "$DATA_HOME/applications" "$DATA_HOME/metainfo"
rm -rf "$INSTALL_DIR.new"
# -p keeps the times: the app recompiles a translation whose .qm looks older than its .ts
cp -R -p "$HERE/hostguard" "$INSTALL_DIR.new"
rm -rf "$INSTALL_DIR"
mv "$INSTALL_DIR.new" "$INSTALL_DIR"
cp "$HERE/uninstall.sh" "$INSTALL_DIR/uninstall.sh"
ln -sfn "$INSTALL_DIR/hostguard" "$BIN_DIR/hostguard"

# The menu entry runs the app by its full path: ~/.local/bin is not on every desktop
# session's PATH.
sed -e "s|^Exec=hostguard|Exec=$INSTALL_DIR/hostguard|" \
    -e "/^Exec=/a TryExec=$INSTALL_DIR/hostguard" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop.tmp"
# TryExec must appear once, in the [Desktop Entry] group only.
awk 'BEGIN{g=""} /^\[/{g=$0} !(/^TryExec=/ && g!="[Desktop Entry]")' \
    "$DATA_HOME/applications/$APP_ID.desktop.tmp" > "$DATA_HOME/applications/$APP_ID.desktop"
rm -f "$DATA_HOME/applications/$APP_ID.desktop.tmp"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/"

for dir in "$HERE"/share/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$DATA_HOME/icons/hicolor/$size/apps"
    cp "$dir"/"$APP_ID".* "$DATA_HOME/icons/hicolor/$size/apps/"
done

# Refresh the desktop's caches where the tools exist (harmless if they do not).
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA_HOME/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$DATA_HOME/icons/hicolor" || true
fi
touch "$DATA_HOME/icons/hicolor" 2>/dev/null || true

echo "HostGuard installed in $INSTALL_DIR"
echo "It is in your applications menu; from a terminal run: hostguard"
echo "To remove it: $INSTALL_DIR/uninstall.sh (add --purge to remove settings and credentials too)"
case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) echo "Note: $BIN_DIR is not on your PATH; add it, or run $INSTALL_DIR/hostguard" ;;
esac
