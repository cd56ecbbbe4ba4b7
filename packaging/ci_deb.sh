#!/usr/bin/env bash
# CI: the Debian package, end to end, on a Debian/Ubuntu machine as root.
#   bash packaging/ci_deb.sh [python]
# Needs the bundle and dist/hostguard_<version>_<arch>.deb from
# `python packaging/build.py --deb` (ci_build_and_selftest.sh makes them). Then:
#   1. lintian: fails on any error (the package's overrides say why each remaining tag
#      cannot apply to a bundled app);
#   2. apt-get install ./dist/hostguard_*.deb (apt resolves Depends);
#   3. /usr/bin/hostguard --self-test as an unprivileged user with an empty HOME;
#   4. that user makes real data: a watch run against the simulator (state database and audit
#      trail in ~/.local/state/HostGuard), plus settings and keyring files;
#   5. a newer version of the same bundle (--version <v>.post1) is installed over it, and the
#      data is still there and readable by the new version;
#   6. dpkg --purge, then nothing of the package is left on the system.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${1:-python}

fail() { echo "ci_deb.sh: $*" >&2; exit 1; }
[ "$(id -u)" = "0" ] || fail "must run as root (it installs and removes the package)"
for tool in apt-get dpkg dpkg-deb lintian setpriv useradd; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing"
done

shopt -s nullglob
debs=(dist/hostguard_*.deb)
shopt -u nullglob
[ "${#debs[@]}" = "1" ] || fail "expected exactly one dist/hostguard_*.deb, found ${#debs[@]}: build with packaging/build.py --deb"
DEB=$PWD/${debs[0]}
VERSION=$(dpkg-deb -f "$DEB" Version)
start=$(date +%s)
[ -f dist/SHA256SUMS ] && grep -q " $(basename "$DEB")\$" dist/SHA256SUMS || fail "dist/SHA256SUMS does not list $(basename "$DEB")"
(cd dist && sha256sum -c SHA256SUMS) || fail "dist/SHA256SUMS does not match the files"

echo "== lintian $(basename "$DEB")"
lintian --fail-on error --tag-display-limit 0 "$DEB" || fail "lintian reports errors"

echo "== newer version of the same bundle, for the upgrade"
NEWER_DIR=$PWD/build/ci-upgrade
rm -rf "$NEWER_DIR"
"$PYTHON" packaging/build.py --reuse-bundle --deb-only --deb-fast --version "$("$PYTHON" - <<'EOF'
import ast, pathlib
tree = ast.parse(pathlib.Path("hostguard/__init__.py").read_text(encoding="utf-8"))
for node in tree.body:
    if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__version__":
        print(ast.literal_eval(node.value) + ".post1")
EOF
)" --out-dir "$NEWER_DIR" >/dev/null
newer=("$NEWER_DIR"/hostguard_*.deb)
NEWER=${newer[0]}
NEWER_VERSION=$(dpkg-deb -f "$NEWER" Version)
dpkg --compare-versions "$NEWER_VERSION" gt "$VERSION" || fail "$NEWER_VERSION does not sort after $VERSION"

dpkg -s hostguard >/dev/null 2>&1 && dpkg --purge hostguard >/dev/null
echo "== apt-get install $(basename "$DEB") ($VERSION)"
apt-get install -y -q --no-install-recommends "$DEB" >/dev/null || fail "apt-get install failed"
[ "$(dpkg-query -W -f='${Status} ${Version}' hostguard)" = "install ok installed $VERSION" ] || fail "hostguard $VERSION is not installed"
[ "$(readlink -f /usr/bin/hostguard)" = /opt/hostguard/hostguard ] || fail "/usr/bin/hostguard does not lead to /opt/hostguard/hostguard"
[ -x /usr/bin/hostguard-gui ] || fail "/usr/bin/hostguard-gui is missing"
for f in /usr/share/applications/io.hostguard.HostGuard.desktop \
         /usr/share/metainfo/io.hostguard.HostGuard.metainfo.xml \
         /usr/share/icons/hicolor/256x256/apps/io.hostguard.HostGuard.png \
         /usr/share/icons/hicolor/scalable/apps/io.hostguard.HostGuard.svg \
         /usr/share/doc/hostguard/copyright /usr/share/doc/hostguard/THIRD-PARTY.txt; do
    [ -f "$f" ] || fail "$f is missing after install"
done
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate /usr/share/applications/io.hostguard.HostGuard.desktop
fi

# An unprivileged user with an empty home directory of its own.
CI_USER=hostguard-ci
CREATED_USER=
if ! id "$CI_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /bin/sh "$CI_USER"
    CREATED_USER=1
fi
CI_HOME=$(mktemp -d /tmp/hostguard-ci-home.XXXXXX)
SIM_LOG=$(mktemp)
cleanup() {
    [ -n "${SIM_PID:-}" ] && kill "$SIM_PID" 2>/dev/null || true
    rm -rf "$CI_HOME" "$SIM_LOG"
    [ -n "$CREATED_USER" ] && userdel "$CI_USER" 2>/dev/null
    true
}
trap cleanup EXIT
chown "$CI_USER" "$CI_HOME"
# setpriv and env exec the command (no process stays in between), so $! of a background run
# is the app's own process and `kill` reaches it.
AS_USER=(setpriv --reuid "$CI_USER" --regid "$(id -g "$CI_USER")" --init-groups
         env -i PATH=/usr/bin:/bin HOME="$CI_HOME" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen)
as_user() { "${AS_USER[@]}" "$@"; }
[ -z "$(ls -A "$CI_HOME")" ] || fail "the test home is not empty"

echo "== /usr/bin/hostguard --self-test as $CI_USER with an empty HOME"
(cd / && as_user /usr/bin/hostguard --self-test) || fail "the installed self-test failed"
as_user /usr/bin/hostguard-gui --version

echo "== user data: a watch run against the simulator, settings and keyring files"
"${AS_USER[@]}" /usr/bin/hostguard simulate --port 0 --token ci-token --seed 7 --participants 20 >"$SIM_LOG" 2>&1 &
SIM_PID=$!
for _ in $(seq 1 600); do
    grep -q "^HostGuard simulator listening on " "$SIM_LOG" && break
    kill -0 "$SIM_PID" 2>/dev/null || { cat "$SIM_LOG" >&2; fail "the simulator stopped"; }
    sleep 0.1
done
URL=$(sed -n 's/^HostGuard simulator listening on \(http[^ ]*\).*/\1/p' "$SIM_LOG" | head -n 1)
[ -n "$URL" ] || { cat "$SIM_LOG" >&2; fail "the simulator printed no ready line"; }
cat >"$CI_HOME/rules.toml" <<'EOF'
version = 1
default = "allow"
max_action_share = 1.0

[[rule]]
name = "Waiting room for every known country"
action = "waiting_room"
not_countries = ["AQ"]
EOF
chown "$CI_USER" "$CI_HOME/rules.toml"
as_user env HOSTGUARD_TOKEN=ci-token /usr/bin/hostguard watch --service reference --url "$URL" \
    --meeting demo --rules "$CI_HOME/rules.toml" --apply --once >/dev/null || fail "watch --apply --once failed"
kill "$SIM_PID" 2>/dev/null || true
wait "$SIM_PID" 2>/dev/null || true
SIM_PID=
as_user sh -c 'mkdir -p "$HOME/.config/HostGuard" "$HOME/.local/share/keyrings" &&
    printf "[General]\nlastRules=%s/rules.toml\n" "$HOME" > "$HOME/.config/HostGuard/HostGuard.conf" &&
    printf "stand-in for a keyring file\n" > "$HOME/.local/share/keyrings/login.keyring"'
[ -d "$CI_HOME/.local/state/HostGuard" ] || fail "the watch run left no state in ~/.local/state/HostGuard"
audit_before=$(as_user /usr/bin/hostguard audit export --format json)
[ "$(printf '%s' "$audit_before" | "$PYTHON" -c 'import json,sys; print(len(json.load(sys.stdin)))')" -gt 0 ] \
    || fail "the audit trail is empty after the watch run"
files_before=$(cd "$CI_HOME" && find . -type f -exec sha256sum {} + | sort)

echo "== upgrade to $NEWER_VERSION"
apt-get install -y -q --no-install-recommends "$NEWER" >/dev/null || fail "upgrade failed"
[ "$(dpkg-query -W -f='${Version}' hostguard)" = "$NEWER_VERSION" ] || fail "the upgrade did not install $NEWER_VERSION"
files_after=$(cd "$CI_HOME" && find . -type f -exec sha256sum {} + | sort)
[ "$files_before" = "$files_after" ] || { diff <(echo "$files_before") <(echo "$files_after") >&2; fail "the upgrade changed the user's files"; }
audit_after=$(as_user /usr/bin/hostguard audit export --format json)
[ "$audit_before" = "$audit_after" ] || fail "the audit trail reads differently after the upgrade"
(cd / && as_user /usr/bin/hostguard --self-test >/dev/null) || fail "the self-test failed after the upgrade"
echo "User data kept across the upgrade ($(echo "$files_after" | wc -l) files, audit trail identical)."

echo "== dpkg --purge hostguard"
listed=$(dpkg -L hostguard)
dpkg --purge hostguard >/dev/null
dpkg -s hostguard >/dev/null 2>&1 && fail "hostguard is still known to dpkg after purge"
left=""
while IFS= read -r path; do
    case "$path" in
        /|/.|/opt|/usr|/usr/bin|/usr/share|/usr/share/*/|/usr/share/applications|/usr/share/metainfo|\
        /usr/share/icons|/usr/share/icons/hicolor|/usr/share/icons/hicolor/*x*|/usr/share/icons/hicolor/*x*/apps|\
        /usr/share/icons/hicolor/scalable|/usr/share/icons/hicolor/scalable/apps|/usr/share/doc|/usr/share/lintian|\
        /usr/share/lintian/overrides) continue ;;  # shared directories other packages own
    esac
    [ -e "$path" ] || [ -L "$path" ] && left="$left $path"
done <<<"$listed"
for path in /opt/hostguard /usr/bin/hostguard /usr/bin/hostguard-gui /usr/share/doc/hostguard \
            /usr/share/applications/io.hostguard.HostGuard.desktop \
            /usr/share/metainfo/io.hostguard.HostGuard.metainfo.xml /var/lib/dpkg/info/hostguard.list; do
    [ -e "$path" ] || [ -L "$path" ] && left="$left $path"
done
left="$left $(find /usr/share/icons /usr/share/lintian -name 'io.hostguard.*' -o -name hostguard 2>/dev/null | tr '\n' ' ')"
[ -z "${left// /}" ] || fail "left after dpkg --purge:$left"
echo "Debian package: lintian clean, installed, self-test passed, upgrade kept data, purge left nothing ($(( $(date +%s) - start )) s)."
