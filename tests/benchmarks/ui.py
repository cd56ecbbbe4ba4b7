"""Desktop-app benchmarks: GUI-thread stalls under a 50,000-person roster, and memory.

Both run the real main window (offscreen Qt), the real engine and reference adapter, and a
simulator in a process of its own (`SimProcess`), the way the app runs against a remote
service. Definitions are in run.py's docstring. Run each in a fresh process (run.py does).
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false")  # missing-font notes: noise

CN_RULES = (
    'version = 1\nmax_action_share = 1.0\n[[rule]]\nname = "China to the waiting room"\n'
    'action = "waiting_room"\ncountries = ["CN"]\n'
)
HEARTBEAT_MS = 5


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MB, from /proc (Linux)."""
    cur = peak = 0.0
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                cur = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    return round(cur, 1), round(peak, 1)


# The offscreen platform plugin notes this for every shown window with a layout (a limit of
# that plugin, not of the app): kept out of the benchmark's report.
OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"


def _app() -> Any:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def handler(_kind: Any, _context: Any, message: str) -> None:
        if message != OFFSCREEN_NOTE:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
    return QApplication.instance() or QApplication(["hostguard-bench"])


def run_until(cond: Callable[[], bool], timeout: float, check_ms: int = 20) -> bool:
    """Run the Qt event loop until ``cond()`` holds (checked every ``check_ms``) or timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    if cond():
        return True
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    ok = [False]

    def check() -> None:
        if cond():
            ok[0] = True
            loop.quit()
        elif time.monotonic() > deadline:
            loop.quit()

    t = QTimer()
    t.setInterval(check_ms)
    t.timeout.connect(check)
    t.start()
    loop.exec()
    t.stop()
    return ok[0]


class GCWatch:
    """The longest garbage-collector pass on any thread (it holds the interpreter lock)."""

    def __init__(self) -> None:
        self.longest_ms = 0.0
        self._started: dict[int, float] = {}

    def __enter__(self) -> GCWatch:
        gc.callbacks.append(self._cb)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._cb)

    def _cb(self, phase: str, _info: dict) -> None:
        tid = threading.get_ident()
        if phase == "start":
            self._started[tid] = time.perf_counter()
        elif tid in self._started:
            took = (time.perf_counter() - self._started.pop(tid)) * 1000
            self.longest_ms = max(self.longest_ms, took)


class Heartbeat:
    """A 5 ms precise timer on the GUI thread; records how late each tick comes, per phase."""

    def __init__(self, interval_ms: int = HEARTBEAT_MS) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval = interval_ms / 1000
        self.phase = "idle"
        self.worst: dict[str, float] = {}
        self.ticks = 0
        self.stalls: list[tuple[float, str, float]] = []  # (time, phase, ms) above 50 ms
        self.lateness: dict[str, list[float]] = {}  # phase -> ms late, every tick
        self._t0 = time.perf_counter()
        self._last = self._t0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self, phase: str) -> None:
        self.phase = phase
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def restart_clock(self) -> None:
        """Count the next tick's lateness from now (after a pause that is not measured)."""
        self._last = time.perf_counter()

    def _tick(self) -> None:
        now = time.perf_counter()
        late = (now - self._last - self.interval) * 1000
        self._last = now
        self.ticks += 1
        self.lateness.setdefault(self.phase, []).append(late)
        if late > self.worst.get(self.phase, 0.0):
            self.worst[self.phase] = late
        if late > 50 and self.phase in ("load", "updates"):
            self.stalls.append((round(now - self._t0, 2), self.phase, round(late)))


def bench_ui(n: int = 50_000, update_s: float = 10.0, joins_per_s: int = 200,
             leaves_per_s: int = 50, sort_column: int | None = None) -> dict[str, Any]:  # fmt: skip
    """The main window while ``n`` people arrive through the engine, then a stream of changes;
    with ``sort_column``, the roster sorted by that column throughout (as the host clicked it)."""
    from PySide6.QtCore import QSettings

    from hostguard.core.geo import GeoResolver
    from hostguard.core.rules import parse_rules
    from hostguard.engine.engine import Engine
    from hostguard.services.reference import ReferenceAdapter
    from hostguard.ui.app import tune_interpreter
    from hostguard.ui.main_window import MainWindow
    from hostguard.ui.session import Session
    from tests.benchmarks.simproc import SimProcess

    tune_interpreter()  # as run_app does for the real app
    app = _app()
    tmp = Path(tempfile.mkdtemp(prefix="hostguard-bench-ui-"))
    settings = QSettings(str(tmp / "hostguard.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.show()
    run_until(lambda: False, 0.3)  # let the window settle before measuring
    hb = Heartbeat()
    updates = {"rows": 0, "removed": 0}

    def count(up: set, rm: set) -> None:
        updates["rows"] += len(up)
        updates["removed"] += len(rm)

    window.model.batchApplied.connect(count)
    out: dict[str, Any] = {}
    with SimProcess(participants=n, seed=7) as sim, GCWatch() as gcw:
        rs, _ = parse_rules(CN_RULES)
        adapter = ReferenceAdapter(sim.url, sim.token)
        resolver = GeoResolver()
        engine = Engine(adapter, sim.meeting_id, rs, resolver, tmp / "state", apply=True,
                        auto_apply_new=True, on_diff=window.bridge.on_diff,
                        on_status=window.bridge.on_status, event_wait=2.0)  # fmt: skip
        session = Session(service="reference", meeting_id=sim.meeting_id, title="benchmark",
                          adapter=adapter, engine=engine, resolver=resolver)  # fmt: skip
        try:
            window.set_session(session)
            if sort_column is not None:
                from PySide6.QtCore import Qt

                window.table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
            hb.start("load")
            t0 = time.perf_counter()
            engine.start(follow=True)
            if not run_until(
                lambda: window.model.rowCount() >= n and window.bridge.pending == 0, 120
            ):
                raise RuntimeError(
                    f"the roster showed {window.model.rowCount()} of {n} after 120 s"
                )
            out["ui_roster_50k_s"] = round(time.perf_counter() - t0, 3)
            out["ui_max_stall_load_ms"] = round(hb.worst.get("load", 0.0), 1)

            # The stream: apply the rules on a worker thread, as the app does (the CN
            # participants move to the waiting room and come back as status events), while
            # joins and leaves arrive through the simulator's hooks from a process of its
            # own (driver.py: the outside world's load is not the app's).
            hb.phase = "setup"  # (starting the driver blocks here: not the app's stall)
            errors: list[str] = []

            def apply_rules() -> None:
                try:
                    engine.apply(force=True)
                except Exception as exc:
                    errors.append(f"apply: {type(exc).__name__}: {exc}")

            root = Path(__file__).resolve().parents[2]
            driver = subprocess.Popen(
                [sys.executable, "-m", "tests.benchmarks.driver", sim.url,
                 "--joins", str(joins_per_s), "--leaves", str(leaves_per_s)],
                cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                text=True,
            )  # fmt: skip
            t1 = time.perf_counter()
            try:
                assert driver.stdout is not None
                if driver.stdout.readline().strip() != "ready":
                    raise RuntimeError("the load driver did not start")
                hb.phase = "updates"
                hb.restart_clock()
                rows_before = updates["rows"] + updates["removed"]
                t1 = time.perf_counter()
                threading.Thread(target=apply_rules, name="bench-apply", daemon=True).start()
                run_until(lambda: bool(errors) or driver.poll() is not None, update_s)
            finally:
                took = time.perf_counter() - t1
                hb.phase = "teardown"  # waiting for the driver to end is not the app's stall
                assert driver.stdin is not None
                driver.stdin.close()
                try:
                    driver.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    driver.kill()
                    driver.wait()
            if driver.returncode:
                errors.append("driving updates: " + (driver.stderr.read() if driver.stderr else "")[-300:])
            if errors:
                raise RuntimeError(errors[0])
            out["ui_updates_per_s"] = round(
                (updates["rows"] + updates["removed"] - rows_before) / took
            )
            out["ui_max_stall_updates_ms"] = round(hb.worst.get("updates", 0.0), 1)
            st = engine.status()
            out["ui_actions_applied"] = st.applied
        finally:
            hb.stop()
            window.shutdown()
            window.close()
    out["ui_max_stall_ms"] = round(max((hb.worst.get(p, 0.0) for p in ("load", "updates")), default=0.0), 1)
    # The longest stall is one sample of a noisy tail; the 99th percentile of how late the
    # 5 ms heartbeat came is the steadier figure to compare runs and machines by.
    for phase in ("load", "updates"):
        late = sorted(hb.lateness.get(phase, []))
        if late:
            out[f"ui_stall_p99_{phase}_ms"] = round(late[min(len(late) - 1, int(len(late) * 0.99))], 1)
    out["ui_longest_batch_ms"] = round(window.bridge.longest_tick_ms, 1)
    out["ui_stalls_over_50ms"] = len(hb.stalls)
    out["ui_gc_max_ms"] = round(gcw.longest_ms, 1)
    if hb.stalls:
        worst = sorted(hb.stalls, key=lambda s: -s[2])[:8]
        _say(f"ui: stalls over 50 ms (t s, phase, ms), worst first: {worst}")
    shutil.rmtree(tmp, ignore_errors=True)
    del app
    return out


# -- rss_50k_mb -----------------------------------------------------------------------------------
BASELINE = """
import json, os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false")  # missing-font notes: noise
from PySide6.QtWidgets import QApplication
app = QApplication(["baseline"])
from tests.benchmarks.ui import rss_mb
print(json.dumps(rss_mb()))
"""


def bench_rss(n: int = 50_000) -> dict[str, Any]:
    """RSS with the roster in the engine and the main window's model, against a bare PySide6."""
    from PySide6.QtCore import QSettings

    from hostguard.core.geo import GeoResolver
    from hostguard.core.rules import parse_rules
    from hostguard.engine.engine import Engine
    from hostguard.services.reference import ReferenceAdapter
    from hostguard.ui.main_window import MainWindow
    from hostguard.ui.session import Session
    from tests.benchmarks.simproc import SimProcess

    root = Path(__file__).resolve().parents[2]
    base = subprocess.run([sys.executable, "-c", BASELINE], cwd=root, capture_output=True,
                          text=True, timeout=60, check=True)  # fmt: skip
    baseline, _ = json.loads(base.stdout.strip().splitlines()[-1])

    _app()
    tmp = Path(tempfile.mkdtemp(prefix="hostguard-bench-rss-"))
    window = MainWindow(QSettings(str(tmp / "hostguard.ini"), QSettings.Format.IniFormat))
    window.show()
    run_until(lambda: False, 0.2)
    empty, _ = rss_mb()
    with SimProcess(participants=n, seed=7) as sim:
        rs, _ = parse_rules(CN_RULES)
        adapter = ReferenceAdapter(sim.url, sim.token)
        resolver = GeoResolver()
        engine = Engine(adapter, sim.meeting_id, rs, resolver, tmp / "state", apply=True,
                        on_diff=window.bridge.on_diff, on_status=window.bridge.on_status)  # fmt: skip
        window.set_session(Session(service="reference", meeting_id=sim.meeting_id,
                                   title="benchmark", adapter=adapter, engine=engine,
                                   resolver=resolver))  # fmt: skip
        try:
            engine.refresh()  # the whole roster, on this thread
            if not run_until(
                lambda: window.model.rowCount() >= n and window.bridge.pending == 0, 120
            ):
                raise RuntimeError(
                    f"the roster showed {window.model.rowCount()} of {n} after 120 s"
                )
            run_until(lambda: False, 0.5)  # let the window paint and settle
            gc.collect()
            held, peak = rss_mb()
            rows = window.model.rowCount()
            in_engine = len(engine.snapshot())
        finally:
            window.shutdown()
            window.close()
    shutil.rmtree(tmp, ignore_errors=True)
    if rows != n or in_engine != n:
        raise RuntimeError(f"held {in_engine} in the engine and {rows} in the model, expected {n}")
    return {
        "rss_50k_mb": held,
        "rss_50k_peak_mb": peak,
        "rss_pyside6_baseline_mb": baseline,
        "rss_app_empty_mb": empty,
        "rss_50k_increment_mb": round(held - baseline, 1),
    }
