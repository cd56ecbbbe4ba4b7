"""The main window read through the real AT-SPI tree, as a Linux screen reader (Orca) reads it.

`tests/ui/test_accessibility.py` checks names through Qt's own QAccessible interface in the
test process. This test goes the whole way once: `hostguard --demo` runs under Xvfb inside its
own D-Bus session with Qt's accessibility bridge on, and Debian's pyatspi (the system Python's
``python3-pyatspi``, which the screen reader's own library is) walks the application's tree
from the desktop down. It checks what a screen-reader user would hear: the window, the roster
table with its column and row headers, and no control that would be announced without a name.

Needs Xvfb, dbus-run-session, at-spi2-core and /usr/bin/python3 with pyatspi (Debian: xvfb
dbus-daemon at-spi2-core python3-pyatspi); skipped, with the reason, when they are missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"


def _has_pyatspi() -> bool:
    if not os.path.exists(SYSTEM_PYTHON):
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30)
    return probe.returncode == 0


missing = [t for t in ("Xvfb", "dbus-run-session") if shutil.which(t) is None]
if not missing and not _has_pyatspi():
    missing.append("python3-pyatspi")
pytestmark = pytest.mark.skipif(
    bool(missing), reason=f"needs {', '.join(missing)} (Debian: xvfb dbus-daemon at-spi2-core python3-pyatspi)"
)

# Roles a screen reader announces as controls: each must have a name.
CONTROLS = {"push button", "check box", "combo box", "text", "radio button", "toggle button",
            "spin button", "page tab", "menu item", "slider", "table", "tree table"}

DUMP = r'''
import sys, time
import pyatspi

deadline = time.monotonic() + float(sys.argv[1])

ready = []


def walk(acc, depth, out):
    if len(out) > 5000:
        return
    try:
        role, name = acc.getRoleName(), acc.name or ""
        count = acc.childCount
    except Exception:
        return
    out.append((depth, role, name))
    if role in ("table", "tree table"):
        count = min(count, 60)  # the headers and the first rows, as a reader would start
        try:  # what a reader says on entering a row: the table interface's row header
            table = acc.queryTable()
            if name == "Participants" and table.nRows:
                ready.append(True)
            for row in range(min(table.nRows, 5)):
                header = table.getRowHeader(row)
                out.append((depth + 1, "row header of row", (header.name or "") if header else ""))
        except Exception:
            pass
    for i in range(count):
        try:
            walk(acc.getChildAtIndex(i), depth + 1, out)
        except Exception:
            pass

while True:
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    apps = [a for a in apps if a is not None and (a.name or "") == "HostGuard"]
    if apps:
        out, ready = [], []
        walk(apps[0], 0, out)
        # Wait until the demo's roster has people in it.
        if ready:
            for d, r, n in out:
                print(f"{d}\t{r}\t{n.replace(chr(10), ' ')}")
            sys.exit(0)
    if time.monotonic() > deadline:
        sys.stderr.write("no HostGuard application with a filled roster on the AT-SPI bus\n")
        sys.exit(3)
    time.sleep(0.5)
'''

RUN = r'''
set -u
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$WORK/display" >"$WORK/xvfb.log" 2>&1 &
XVFB=$!
for _ in $(seq 1 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$WORK/display")"
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb \
    "$PYTHON" -m hostguard --demo >"$WORK/app.log" 2>&1 &
APP=$!
"$SYSTEM_PYTHON" "$WORK/dump.py" 60 >"$WORK/tree.txt" 2>"$WORK/dump.err"
STATUS=$?
kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null
kill "$XVFB" 2>/dev/null; wait "$XVFB" 2>/dev/null
exit $STATUS
'''


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> list[tuple[int, str, str]]:
    work: Path = tmp_path_factory.mktemp("atspi")
    (work / "dump.py").write_text(DUMP)
    (work / "run.sh").write_text(RUN)
    home = work / "home"
    home.mkdir()
    env = dict(os.environ, WORK=str(work), PYTHON=sys.executable, SYSTEM_PYTHON=SYSTEM_PYTHON,
               HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"),
               XDG_CACHE_HOME=str(home / ".cache"), LANG="C.UTF-8")
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(["dbus-run-session", "--", "bash", str(work / "run.sh")], env=env,
                          capture_output=True, text=True, timeout=150)
    if done.returncode != 0:
        logs = "\n".join(f"--- {n}\n{(work / n).read_text(errors='replace')[-2000:]}"
                         for n in ("dump.err", "app.log", "xvfb.log") if (work / n).exists())
        pytest.fail(f"reading the AT-SPI tree failed (exit {done.returncode}):\n{done.stderr[-2000:]}\n{logs}")
    rows = []
    for line in (work / "tree.txt").read_text().splitlines():
        depth, role, name = line.split("\t", 2)
        rows.append((int(depth), role, name))
    return rows


def test_the_window_and_its_title_are_announced(tree):
    frames = [name for _d, role, name in tree if role == "frame"]
    assert any(name.startswith("HostGuard") for name in frames), frames


def test_the_roster_table_reports_its_column_and_row_headers(tree):
    names = [name for _d, role, name in tree if role == "table"]
    assert "Participants" in names, names
    start = next(i for i, (_d, role, name) in enumerate(tree) if role == "table" and name == "Participants")
    depth = tree[start][0]
    inside = []
    for d, role, name in tree[start + 1:]:
        if d <= depth:
            break
        inside.append((role, name))
    columns = {name for role, name in inside if role == "table column header"}
    assert {"Name", "Country", "Decision", "Sync"} <= columns, columns
    row_headers = [name for role, name in inside if role == "row header of row"]
    assert row_headers and all(row_headers), "each row is announced by the person's name"


def test_no_control_is_announced_without_a_name(tree):
    unnamed = []
    for i, (depth, role, name) in enumerate(tree):
        if role in CONTROLS and not name.strip():
            parent = next((f"{r} '{n}'" for d, r, n in reversed(tree[:i]) if d < depth), "?")
            unnamed.append(f"{role} (inside {parent})")
    assert not unnamed, "controls a screen reader would announce without a name:\n" + "\n".join(unnamed)
