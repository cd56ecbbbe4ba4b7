#!/usr/bin/env bash
# CI: build the Linux bundle from this checkout and prove the frozen app runs headless.
#   bash packaging/ci_build_and_selftest.sh [python]
#   HOSTGUARD_BUILD_ARGS=--deb bash packaging/ci_build_and_selftest.sh python   # also the .deb
# Uses the given Python (default: python on PATH), which must have `pip install .[packaging]`
# done. Fails if the build fails, the bundle is over the size limit, or the frozen
# `hostguard --self-test` fails (run offscreen, with an empty HOME and XDG folders, so nothing
# from this machine's user profile helps it).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${1:-python}

for tool in objdump ldd; do
    command -v "$tool" >/dev/null 2>&1 || { echo "ci_build_and_selftest.sh: $tool is missing (PyInstaller needs binutils and libc-bin)" >&2; exit 1; }
done

start=$(date +%s)
# shellcheck disable=SC2086  # HOSTGUARD_BUILD_ARGS is a list of options
"$PYTHON" packaging/build.py ${HOSTGUARD_BUILD_ARGS:-}
echo "Build took $(( $(date +%s) - start )) s"

BUNDLE=dist/hostguard
test -x "$BUNDLE/hostguard" || { echo "ci_build_and_selftest.sh: $BUNDLE/hostguard was not built" >&2; exit 1; }
du -sh "$BUNDLE" | awk '{print "Bundle size on disk: " $1}'

EMPTY_HOME=$(mktemp -d)
trap 'rm -rf "$EMPTY_HOME"' EXIT
# env -i: only what a fresh login would have, so the frozen app cannot lean on this venv.
set +e
env -i PATH=/usr/bin:/bin HOME="$EMPTY_HOME" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$BUNDLE/hostguard" --self-test
status=$?
set -e
if [ "$status" -ne 0 ]; then
    echo "ci_build_and_selftest.sh: the frozen self-test failed (exit $status)" >&2
    exit "$status"
fi
echo "Frozen self-test passed."
