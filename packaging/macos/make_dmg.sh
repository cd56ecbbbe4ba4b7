#!/usr/bin/env bash
# Make a compressed, drag-to-install DMG from the built app (macOS only: uses hdiutil).
#   packaging/macos/make_dmg.sh dist/HostGuard.app dist/HostGuard-0.1.0.dmg
# Sign the app before this and notarise the DMG after it: see packaging/README.md.
set -euo pipefail

APP=${1:?usage: make_dmg.sh path/to/HostGuard.app out.dmg}
OUT=${2:?usage: make_dmg.sh path/to/HostGuard.app out.dmg}
VOLNAME=${VOLNAME:-HostGuard}

if ! command -v hdiutil >/dev/null 2>&1; then
    echo "make_dmg.sh: hdiutil not found (this script runs on macOS only)" >&2
    exit 1
fi
if [ ! -d "$APP/Contents/MacOS" ]; then
    echo "make_dmg.sh: $APP is not an .app bundle" >&2
    exit 1
fi

STAGING=$(mktemp -d)
trap 'rm -rf "$STAGING"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and code signature intact.
ditto "$APP" "$STAGING/$(basename "$APP")"
ln -s /Applications "$STAGING/Applications"

rm -f "$OUT"
# hdiutil create fails now and then with "Resource busy" on build machines: try three times.
for attempt in 1 2 3; do
    if hdiutil create -volname "$VOLNAME" -srcfolder "$STAGING" -fs HFS+ -format UDZO \
        -imagekey zlib-level=9 -ov "$OUT"; then
        break
    fi
    [ "$attempt" = 3 ] && { echo "make_dmg.sh: hdiutil create failed 3 times" >&2; exit 1; }
    sleep 10
done
hdiutil verify "$OUT"
echo "DMG: $OUT"
