"""Desktop-app benchmarks: GUI-thread stalls under a 50,000-person roster, memory, start-up.

The stall and memory benchmarks run the real main window (offscreen Qt) fed, as the app is, by
an engine process of its own (`RemoteEngine`, started through the window the way
`session._remote_session` does), and a simulator in a process of its own (`SimProcess`), the
way the app runs against a remote service. The start-up benchmark starts ``hostguard --demo``
itself. Definitions are in run.py's docstring. Run each in a fresh process (run.py does).
"""

from __future__ import annotations

import contextlib
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
    """The longest garbage-collector pass on any thread (it holds the interpreter lock).

    ``phase``: what the benchmark is doing (the heartbeat's phase), said with each long pass.
    A pass of generation 0 or 1 that is long is most often the process waiting for a core
    (such a pass takes well under a millisecond of CPU), not the collector's own work."""

    def __init__(self, phase: Callable[[], str] = lambda: "") -> None:
        self.longest_ms = 0.0
        self._phase = phase
        # (ms, generation, thread, phase) of passes over 20 ms
        self.long_passes: list[tuple[float, int, str, str]] = []
        self.spans: list[tuple[float, float]] = []  # (start, end) of passes over 5 ms
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
            began = self._started.pop(tid)
            took = (time.perf_counter() - began) * 1000
            if took > 5:
                self.spans.append((began, began + took / 1000))
            self.longest_ms = max(self.longest_ms, took)
            if took > 20:
                self.long_passes.append((round(took, 1), _info.get("generation", -1),
                                         threading.current_thread().name, self._phase()))  # fmt: skip


class Heartbeat:
    """A 5 ms precise timer on the GUI thread; records how late each tick comes, per phase."""

    def __init__(self, interval_ms: int = HEARTBEAT_MS) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval = interval_ms / 1000
        self.phase = "idle"
        self.worst: dict[str, float] = {}
        self.ticks = 0
        self.stalls: list[tuple[float, str, float]] = []  # (time, phase, ms) above 50 ms
        self.stall_spans: list[tuple[float, float]] = []  # (start, end) of those stalls
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
        if late > 50 and self.phase in ("load", "updates", "busy"):
            self.stalls.append((round(now - self._t0, 2), self.phase, round(late)))
            self.stall_spans.append((now - late / 1000, now))


def _start_engine(window: Any, request: Any, title: str) -> None:
    """Start the meeting's engine process and hand the session to the window, the way the app
    does (`MainWindow._start_session`: built on a worker thread by `session._remote_session`,
    then `set_session` on the GUI thread)."""
    from hostguard.ui import session as session_mod

    window._start_session(
        lambda on_diff, on_status: session_mod._remote_session(
            request, on_diff, on_status, None, title
        ),
        "benchmark",
    )


def _wait_session(window: Any, timeout: float = 90.0) -> Any:
    if not run_until(lambda: window.session is not None or not window._starting, timeout):
        raise RuntimeError(f"the engine process did not start within {timeout:.0f} s")
    if window.session is None:
        raise RuntimeError("the engine process could not open the meeting: "
                           + window.first_run_status.text())  # fmt: skip
    return window.session


def _stop_session(window: Any) -> None:
    """Stop the engine process with the window: `MainWindow.shutdown` detaches an engine that
    enforces on new joiners (it outlives a closed window), which a benchmark must not leave."""
    run_until(lambda: not window._starting, 60)  # a session still starting: wait for it
    if window.session is not None:
        window.session.stop(detach=False)
    window.shutdown()


def _p99(values: list[float]) -> float:
    late = sorted(values)
    return round(late[min(len(late) - 1, int(len(late) * 0.99))], 1)


def _spinner() -> subprocess.Popen[bytes]:
    """One CPU-bound process on one core, as a meeting client beside the app would be."""
    return subprocess.Popen([sys.executable, "-c", "while True: pass"])


def bench_ui(n: int = 50_000, update_s: float = 10.0, joins_per_s: int = 200,
             leaves_per_s: int = 50, sort_column: int | None = None,
             busy: bool = True) -> dict[str, Any]:  # fmt: skip
    """The main window while ``n`` people arrive through the engine process, then a stream of
    changes; then (``busy``) the same stream again with one CPU-bound process spinning beside
    it. With ``sort_column``, the roster is sorted by that column throughout (as the host
    clicked it)."""
    from PySide6.QtCore import QSettings

    from hostguard.core.rules import parse_rules
    from hostguard.engine.channel import OpenRequest
    from hostguard.ui.main_window import MainWindow
    from tests.benchmarks.simproc import SimProcess

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
    root = Path(__file__).resolve().parents[2]
    with SimProcess(participants=n, seed=7) as sim, GCWatch(lambda: hb.phase) as gcw:
        rs, _ = parse_rules(CN_RULES)
        request = OpenRequest(service="reference", meeting_id=sim.meeting_id, url=sim.url,
                              credentials={"token": sim.token}, ruleset=rs,
                              state_dir=str(tmp / "state"), auto_apply_new=True,
                              event_wait=2.0)  # fmt: skip
        try:
            if sort_column is not None:
                from PySide6.QtCore import Qt

                window.table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
            hb.start("load")
            t0 = time.perf_counter()
            _start_engine(window, request, "benchmark")  # its engine follows the meeting at once
            session = _wait_session(window)
            engine = session.engine
            out["ui_engine_open_s"] = round(time.perf_counter() - t0, 3)
            if not run_until(
                lambda: window.model.rowCount() >= n and window.bridge.pending == 0, 120
            ):
                raise RuntimeError(
                    f"the roster showed {window.model.rowCount()} of {n} after 120 s"
                )
            out["ui_roster_50k_s"] = round(time.perf_counter() - t0, 3)
            out["ui_max_stall_load_ms"] = round(hb.worst.get("load", 0.0), 1)

            def stream(phase: str, seed: int) -> float:
                """Apply the rules on a worker thread, as the app does (the CN participants
                move to the waiting room and come back as status events), while joins and
                leaves arrive through the simulator's hooks from a process of its own
                (driver.py: the outside world's load is not the app's). Returns the rows
                upserted or removed in the model per second."""
                hb.phase = "setup"  # (starting the driver blocks here: not the app's stall)
                errors: list[str] = []

                def apply_rules() -> None:
                    try:
                        engine.apply(force=True)
                    except Exception as exc:
                        errors.append(f"apply: {type(exc).__name__}: {exc}")

                driver = subprocess.Popen(
                    [sys.executable, "-m", "tests.benchmarks.driver", sim.url, "--joins",
                     str(joins_per_s), "--leaves", str(leaves_per_s), "--seed", str(seed)],
                    cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE, text=True,
                )  # fmt: skip
                t1 = time.perf_counter()
                rows_before = updates["rows"] + updates["removed"]
                try:
                    assert driver.stdout is not None
                    if driver.stdout.readline().strip() != "ready":
                        raise RuntimeError("the load driver did not start")
                    hb.phase = phase
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
                    errors.append(
                        "driving updates: " + (driver.stderr.read() if driver.stderr else "")[-300:]
                    )
                if errors:
                    raise RuntimeError(errors[0])
                return round((updates["rows"] + updates["removed"] - rows_before) / took)

            out["ui_updates_per_s"] = stream("updates", seed=1)
            out["ui_max_stall_updates_ms"] = round(hb.worst.get("updates", 0.0), 1)
            if busy:
                hb.phase = "setup"
                spinner = _spinner()
                try:
                    run_until(lambda: False, 0.5)  # the spinner running before the stream
                    out["ui_updates_per_s_busy"] = stream("busy", seed=2)
                finally:
                    spinner.kill()
                    spinner.wait()
                out["ui_max_stall_busy_ms"] = round(hb.worst.get("busy", 0.0), 1)
            out["ui_actions_applied"] = engine.status().applied
        finally:
            hb.stop()
            _stop_session(window)
            window.close()
    out["ui_max_stall_ms"] = round(
        max((hb.worst.get(p, 0.0) for p in ("load", "updates")), default=0.0), 1
    )
    # The longest stall is one sample of a noisy tail; the 99th percentile of how late the
    # 5 ms heartbeat came is the steadier figure to compare runs and machines by.
    for phase in ("load", "updates", "busy"):
        if hb.lateness.get(phase):
            out[f"ui_stall_p99_{phase}_ms"] = _p99(hb.lateness[phase])
    out["ui_longest_batch_ms"] = round(window.bridge.longest_tick_ms, 1)
    out["ui_stalls_over_50ms"] = sum(1 for s in hb.stalls if s[1] in ("load", "updates"))
    if busy:
        out["ui_stalls_over_50ms_busy"] = sum(1 for s in hb.stalls if s[1] == "busy")
    out["ui_gc_max_ms"] = round(gcw.longest_ms, 1)
    if hb.stalls:
        worst = sorted(hb.stalls, key=lambda s: -s[2])[:8]
        _say(f"ui: stalls over 50 ms (t s, phase, ms), worst first: {worst}")
    if hb.stall_spans:  # how much of the stalled time the garbage collector accounts for
        stalled = sum(e - b for b, e in hb.stall_spans)
        in_gc = sum(
            max(0.0, min(e, ge) - max(b, gb)) for b, e in hb.stall_spans for gb, ge in gcw.spans
        )
        hit = sum(1 for b, e in hb.stall_spans if any(gb < e and ge > b for gb, ge in gcw.spans))
        _say(f"ui: {hit} of {len(hb.stall_spans)} stalls over 50 ms overlap a garbage-collector pass; "
             f"gc ran {in_gc * 1000:.0f} of their {stalled * 1000:.0f} ms")  # fmt: skip
    if gcw.long_passes:
        worst_gc = sorted(gcw.long_passes, reverse=True)[:6]
        _say(f"ui: {len(gcw.long_passes)} garbage-collector passes over 20 ms in this process "
             f"(ms, generation, thread, phase), worst first: {worst_gc}")  # fmt: skip
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
    """RSS of the app's two processes (this window, its engine process) with the roster in the
    engine and the main window's model, against a bare PySide6."""
    from PySide6.QtCore import QSettings

    from hostguard.core.rules import parse_rules
    from hostguard.engine.channel import OpenRequest
    from hostguard.ui.main_window import MainWindow
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
        request = OpenRequest(service="reference", meeting_id=sim.meeting_id, url=sim.url,
                              credentials={"token": sim.token}, ruleset=rs,
                              state_dir=str(tmp / "state"), event_wait=2.0)  # fmt: skip
        try:
            _start_engine(window, request, "benchmark")
            engine = _wait_session(window).engine
            if not run_until(
                lambda: window.model.rowCount() >= n and window.bridge.pending == 0, 120
            ):
                raise RuntimeError(
                    f"the roster showed {window.model.rowCount()} of {n} after 120 s"
                )
            run_until(lambda: False, 0.5)  # let the window paint and settle
            gc.collect()
            gui, gui_peak = rss_mb()
            mem = engine.memory() or {}
            in_engine = len(engine.snapshot())
            rows = window.model.rowCount()
        finally:
            _stop_session(window)
            window.close()
    shutil.rmtree(tmp, ignore_errors=True)
    if rows != n or in_engine != n:
        raise RuntimeError(f"held {in_engine} in the engine and {rows} in the model, expected {n}")
    if "rss_mb" not in mem:
        raise RuntimeError("the engine process did not say its memory (no /proc?)")
    eng, eng_peak = round(mem["rss_mb"], 1), round(mem.get("peak_mb", 0.0), 1)
    held = round(gui + eng, 1)
    return {
        "rss_50k_mb": held,
        "rss_50k_gui_mb": gui,
        "rss_50k_engine_mb": eng,
        "rss_50k_peak_mb": round(gui_peak + eng_peak, 1),
        "rss_pyside6_baseline_mb": baseline,
        "rss_app_empty_mb": empty,
        "rss_50k_increment_mb": round(held - baseline, 1),
    }


# -- first_window_s -------------------------------------------------------------------------------
WINDOW_LINE = "hostguard: window shown after "
ENGINE_LINE = "hostguard: engine ready after "


def app_command(root: Path) -> tuple[list[str], str]:
    """The frozen bundle's program when packaging/build.py built one (Linux, Windows:
    dist/hostguard/), else this interpreter with the checkout's package."""
    for exe in (
        root / "dist" / "hostguard" / "hostguard",
        root / "dist" / "hostguard" / "hostguard.exe",
    ):
        if exe.is_file() and os.access(exe, os.X_OK):
            return [str(exe), "--demo"], "bundle"
    return [sys.executable, "-m", "hostguard", "--demo"], "python"


def _start_once(cmd: list[str], root: Path, timeout: float = 30.0) -> dict[str, float]:
    """Start the app once on an empty home; the seconds it reports (from its process's start)
    and the wall time from here, until its window is shown and its demo's engine is ready."""
    import select
    import signal

    home = Path(tempfile.mkdtemp(prefix="hostguard-bench-start-"))
    env = dict(
        os.environ, HOME=str(home), HOSTGUARD_STARTUP_REPORT="1", QT_QPA_PLATFORM="offscreen"
    )
    for var, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state"),
                     ("XDG_RUNTIME_DIR", "run")):  # fmt: skip
        d = home / sub
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[var] = str(d)
    env.pop("HOSTGUARD_BENCH_CHILD", None)
    got: dict[str, float] = {}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)  # fmt: skip
    assert proc.stderr is not None
    buf = b""
    try:
        deadline = t0 + timeout
        while "engine" not in got and time.perf_counter() < deadline:
            ready, _, _ = select.select([proc.stderr], [], [], 0.05)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            chunk = os.read(proc.stderr.fileno(), 65536)
            if not chunk:
                break
            now = time.perf_counter() - t0
            buf += chunk
            *lines, rest = buf.split(b"\n")
            buf = rest
            for raw in lines:
                line = raw.decode("utf-8", "replace").strip()
                for key, prefix in (("window", WINDOW_LINE), ("engine", ENGINE_LINE)):
                    if line.startswith(prefix) and key not in got:
                        got[key] = float(line[len(prefix) :].split()[0])
                        got[key + "_wall"] = now
    finally:
        if proc.poll() is None:  # as Ctrl+C: the window closes, the demo's engine stops
            proc.send_signal(signal.SIGINT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(15)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)  # anything of this run still there
        proc.wait()
        proc.stderr.close()
        shutil.rmtree(home, ignore_errors=True)
    return got


def bench_start(repeat: int = 3) -> dict[str, Any]:
    """Seconds from starting ``hostguard --demo`` on an empty home until its window is shown
    (and until the demo's engine process is ready): best of ``repeat``."""
    root = Path(__file__).resolve().parents[2]
    cmd, origin = app_command(root)
    runs: list[dict[str, float]] = []
    for _ in range(repeat):
        got = _start_once(cmd, root, timeout=15.0 if origin == "bundle" and not runs else 30.0)
        if "window" not in got and origin == "bundle" and not runs:
            _say(f"start: the bundle ({cmd[0]}) did not report its window within 15 s "
                 "(built before HOSTGUARD_STARTUP_REPORT?): measuring `python -m hostguard` instead")  # fmt: skip
            cmd, origin = [sys.executable, "-m", "hostguard", "--demo"], "python"
            got = _start_once(cmd, root)
        if "window" not in got:
            raise RuntimeError("the app did not report its window within 30 s")
        runs.append(got)
    out: dict[str, Any] = {
        "first_window_s": round(min(r["window"] for r in runs), 3),
        "first_window_wall_s": round(min(r["window_wall"] for r in runs), 3),
        "first_window_from": origin,
    }
    ready = [r for r in runs if "engine" in r]
    out["first_engine_ready_s"] = round(min(r["engine"] for r in ready), 3) if ready else None
    if len(ready) < len(runs):
        _say(
            f"start: the engine was not ready within 30 s in {len(runs) - len(ready)} of {len(runs)} runs"
        )
    return out
