"""The engine process: one meeting's `Engine`, served to the app's window over `channel`.

``hostguard --engine-host`` (started by `hostguard.engine.remote`, never by hand) reads its
messages on standard input and writes on standard output; anything else the process prints
goes to standard error. It runs the same `Engine` as ``hostguard watch``: the participants,
the rules, the outbox and the service adapter live here; the window holds only the table.

Engine threads report roster changes as they happen; `_Updates` coalesces them by
participant (the latest state wins) and one writer thread sends them in frames of at most
`channel.DIFF_BATCH` entries. A window that stops reading (it hangs) blocks that one thread
only: the engine keeps enforcing, and what piles up meanwhile is one entry per participant.

When the window goes (``detach``, or its end of the channel closes because it exited or was
killed) an engine that enforces rules on new joiners keeps running, until:

* another engine process opens the same meeting's state folder (the app opened it again):
  it writes `STOP_FILE` naming this process, which stops within a second or two;
* the service cannot be reached for `DETACHED_UNREACHABLE_S` (the meeting ended, or the
  credentials were withdrawn), or `DETACHED_MAX_S` passed;
* it is sent SIGTERM (or ended in the task manager).

An engine that does not enforce stops with the window. Each stop leaves the outbox consistent:
what was queued and not yet sent is sent by the next engine on that folder.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any

from hostguard import __version__
from hostguard.engine.channel import (
    DIFF_BATCH,
    PROTOCOL,
    AdapterNotes,
    Channel,
    ChannelClosed,
    EngineInfo,
    OpenRequest,
    ProtocolError,
    RemoteFailure,
    dumps,
    encode_entry,
)

log = logging.getLogger(__name__)

STOP_FILE = "engine-host.stop"  # {"pid": N}: the engine process with that pid stops
PID_FILE = "engine-host.json"  # the engine process that has this folder open for a window
DETACHED_UNREACHABLE_S = 15 * 60
DETACHED_MAX_S = 24 * 3600
NOTES_EVERY_S = 1.0
CALL_WORKERS = 4
# How long "entry" waits for the engine's first roster (see EngineHost._call_entry).
ENTRY_WAIT_S = 20.0
# Rows per "rows" frame: the window's GUI thread unpacks a frame at a time (about 2-4 us a
# row), so a frame is a short piece of its work.
ROWS_BATCH = 200

# What the window may call, and set: nothing else of the engine is reachable from the channel.
CALLS = frozenset({
    "plan", "apply", "set_ruleset", "readmit", "rule_counts", "undo_limits", "undo_plan",
    "undo_last_apply", "release_held", "drop_held", "restorable_policy",
    "restore_service_policy", "status", "snapshot", "outcomes", "wait_settled", "audit_query",
    "audit_export", "set_geoip_paths", "address_note", "adapter_plan", "held_actions", "memory",
    "entry",
})  # fmt: skip
SETTINGS = frozenset({"enforce_new_joiners", "auto_apply_new", "poll_interval", "audit_retention_days"})


class _Updates:
    """Roster changes and the latest status, waiting to be written to the window."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.ready = threading.Event()
        self.upserts: dict[str, Any] = {}
        self.removed: dict[str, None] = {}
        self.status: Any = None
        self.extra: list[tuple[Any, ...]] = []  # other messages, in order (holds, notes)
        # The window's row for an entry (given by the app: `hostguard.ui.engine_process`); with
        # it, "rows" frames carry finished rows and the window does no per-row work.
        self.render: Callable[[Any], Any] | None = None
        self.first = True  # the first roster is not out yet (see first_roster)

    def diff(self, diff: Any) -> None:
        with self.lock:
            for pid in diff.removed_ids:
                self.upserts.pop(pid, None)
                self.removed[pid] = None
            for entry in diff.upserted:
                self.removed.pop(entry.participant.id, None)
                self.upserts[entry.participant.id] = entry
        self.ready.set()

    def set_status(self, status: Any) -> None:
        with self.lock:
            self.status = status
        self.ready.set()

    def message(self, *msg: Any) -> None:
        with self.lock:
            self.extra.append(msg)
        self.ready.set()

    def first_roster(self) -> bool:
        """Whether the first roster is still going out, with more of it than one frame takes:
        true from the start until the queue is first emptied after rows were queued."""
        with self.lock:
            return self.first and len(self.upserts) + len(self.removed) > (
                DIFF_BATCH if self.render is None else ROWS_BATCH
            )

    def take(self) -> list[tuple[Any, ...]]:
        """The next frames to write: at most one diff batch, then the status and the rest.
        Entries are encoded (and rendered) outside the lock, so engine threads never wait."""
        out: list[tuple[Any, ...]] = []
        with self.lock:
            removed = list(self.removed)
            self.removed.clear()
            keys = list(islice(self.upserts, DIFF_BATCH if self.render is None else ROWS_BATCH))
            entries = [self.upserts.pop(k) for k in keys]
            status, self.status = self.status, None
            extra, self.extra = self.extra, []
            if not (self.upserts or self.removed):
                self.ready.clear()
                if entries or removed:
                    self.first = False  # the first roster is out
        render = self.render
        if not (entries or removed):
            pass
        elif render is None:
            out.append(("diff", [encode_entry(e) for e in entries], removed))
        else:
            # Rows only: the window asks for an entry when it shows one (`entry`), so it keeps
            # no copy of 50,000 entries (about 40 MB) and reads less off the channel. The rows
            # travel as one pickle of their own inside the frame: the window's reader thread
            # takes them as bytes, and its GUI thread unpacks them between paints (see
            # `RenderedDiff`); the ids come apart, for the reader's own bookkeeping.
            rows = [render(e) for e in entries]
            out.append(("rows", [e.participant.id for e in entries], dumps(rows), removed))
        if status is not None:
            out.append(("status", status))
        out.extend(extra)
        return out


class EngineHost:
    def __init__(self, chan: Channel, make_renderer: Callable[[dict[str, Any]], Any] | None = None) -> None:
        self.chan = chan
        self.make_renderer = make_renderer
        self.updates = _Updates()
        self.engine: Any = None
        self.adapter: Any = None
        self.resolver: Any = None
        self.retired: list[Any] = []
        self.request: OpenRequest | None = None
        self.window_gone = threading.Event()
        self.stopping = threading.Event()
        self.calls = ThreadPoolExecutor(CALL_WORKERS, thread_name_prefix="engine-call")
        # "entry" may wait for the first roster (_call_entry): on a worker of its own, so that
        # a host clicking through rows meanwhile never holds up the window's other calls.
        self.entry_calls = ThreadPoolExecutor(1, thread_name_prefix="engine-entry")
        self._notes: AdapterNotes | None = None
        self.stop_reason = ""

    # -- start-up ---------------------------------------------------------------------------
    def handshake(self) -> bool:
        msg = self.chan.recv()
        if msg[0] != "hello" or len(msg) < 3:
            raise ProtocolError("the first message was not hello")
        if msg[1] != PROTOCOL or msg[2] != __version__:
            why = (f"the window (HostGuard {msg[2]}, protocol {msg[1]}) and this engine (HostGuard "
                   f"{__version__}, protocol {PROTOCOL}) differ: restart HostGuard")  # fmt: skip
            self.chan.send("refused", why)
            return False
        self.chan.send("hello", PROTOCOL, __version__, os.getpid())
        return True

    def open(self, req: OpenRequest) -> EngineInfo:
        from hostguard.core.rules import RuleSet
        from hostguard.engine import Engine, default_state_dir
        from hostguard.services import make_adapter
        from hostguard.services.geoip_update import open_resolver

        self.request = req
        if req.render is not None and self.make_renderer is not None:
            self.updates.render = self.make_renderer(req.render)
        self.resolver = open_resolver(req.geoip_paths, warn=log.warning)
        self.adapter = make_adapter(req.service, req.url or None, req.credentials)
        folder = Path(req.state_dir) if req.state_dir else default_state_dir(req.service, req.meeting_id)
        folder.mkdir(parents=True, exist_ok=True)
        _ask_detached_to_stop(folder)
        self.engine = Engine(
            self.adapter, req.meeting_id, req.ruleset if req.ruleset is not None else RuleSet(),
            self.resolver, folder, apply=True, auto_apply_new=req.auto_apply_new, actor=req.actor,
            on_diff=self.updates.diff, on_status=self.updates.set_status, event_wait=req.event_wait,
            poll_interval=req.poll_interval, audit_retention_days=req.audit_retention_days,
        )  # fmt: skip
        _write_pid_file(folder)
        if req.enforce_new_joiners is not None:
            self.engine.enforce_new_joiners = req.enforce_new_joiners
        self.engine.subscribe_hold(lambda hold: self.updates.message("hold", hold))
        self.engine.start(follow=True)
        notes = self._read_notes()
        self._notes = notes
        return EngineInfo(
            pid=os.getpid(), service=req.service, meeting_id=req.meeting_id,
            state_dir=str(self.engine.store.state_dir), capabilities=frozenset(str(c) for c in self.adapter.capabilities),
            resolver_capabilities=frozenset(self.resolver.capabilities()), databases=list(self.resolver.databases),
            ruleset=self.engine.ruleset, enforce_new_joiners=bool(self.engine.enforce_new_joiners),
            auto_apply_new=bool(self.engine.auto_apply_new), poll_interval=float(self.engine.poll_interval),
            audit_retention_days=int(self.engine.audit_retention_days), notes=notes,
        )  # fmt: skip

    # -- the loops ----------------------------------------------------------------------------
    def run(self) -> int:
        try:
            if not self.handshake():
                return 2
            msg = self.chan.recv()
            if msg[0] != "open":
                raise ProtocolError("expected open")
            try:
                info = self.open(msg[1])
            except BaseException as exc:  # said to the window, which shows it
                log.debug("open failed", exc_info=True)
                self.chan.send("failed", RemoteFailure.of(exc))
                self.close()
                return 2
            self.chan.send("opened", info)
        except (ChannelClosed, ProtocolError) as exc:
            log.warning("engine process: %s", exc)
            self.close()
            return 2
        loops = [(self._write_loop, "engine-writer"), (self._notes_loop, "engine-notes"), (self._watch_loop, "engine-watch")]
        if msg[1].restart:
            loops.append((self._after_restart, "engine-roster-ids"))
        for target, name in loops:
            threading.Thread(target=target, name=name, daemon=True).start()
        self._read_loop()
        while not self.stopping.wait(0.5):  # (a timeout, so that SIGTERM is handled)
            pass
        self.close()
        with contextlib.suppress(ChannelClosed):
            self.chan.send("stopped", self.stop_reason)
        return 0

    def _read_loop(self) -> None:
        while not self.stopping.is_set():
            try:
                msg = self.chan.recv()
            except (ChannelClosed, ProtocolError) as exc:
                log.info("the window's channel ended: %s", exc)
                self._window_left()
                return
            kind = msg[0]
            if kind == "call":
                _, cid, method, args, kwargs = msg
                pool = self.entry_calls if method == "entry" else self.calls
                pool.submit(self._serve_call, cid, method, args, kwargs)
            elif kind == "set":
                self._set(msg[1], msg[2])
            elif kind == "detach":
                self._window_left()
                return
            elif kind == "stop":
                self._stop("stopped by the window")
                return
            else:
                log.warning("engine process: unknown message %r", kind)

    def _after_restart(self) -> None:
        """Once the first roster is in: everyone this engine knows, so that the window drops
        the rows of people who left while no engine was running."""
        engine = self.engine
        while engine is not None and not self.stopping.is_set():
            if engine.wait_ready(timeout=1.0):
                self.updates.message("roster_ids", [e.id for e in engine.snapshot()])
                return

    def _window_left(self) -> None:
        self.window_gone.set()
        engine = self.engine
        if engine is not None and (engine.enforce_new_joiners or engine.auto_apply_new):
            log.warning("the window closed; this engine keeps enforcing the rules on meeting %s", engine.meeting_id)
            return
        self._stop("the window closed")

    def _stop(self, reason: str) -> None:
        if not self.stop_reason:
            self.stop_reason = reason
        self.stopping.set()
        self.updates.ready.set()

    def _serve_call(self, cid: int, method: str, args: tuple, kwargs: dict) -> None:
        try:
            if method not in CALLS:
                raise ProtocolError(f"no call named {method!r}")
            value = getattr(self, "_call_" + method, None)
            result = value(*args, **kwargs) if value else getattr(self.engine, method)(*args, **kwargs)
            reply = ("reply", cid, True, result)
        except BaseException as exc:
            log.debug("call %s failed", method, exc_info=True)
            reply = ("reply", cid, False, RemoteFailure.of(exc))
        try:
            self.chan.send(*reply)
        except ChannelClosed:
            pass
        except Exception as exc:  # an answer that cannot be pickled: say so instead
            self.chan.send("reply", cid, False, RemoteFailure.of(exc))

    def _set(self, name: str, value: Any) -> None:
        if name not in SETTINGS:
            log.warning("engine process: no setting named %r", name)
            return
        try:
            setattr(self.engine, name, value)
        except Exception:
            log.warning("setting %s failed", name, exc_info=True)
        self.updates.set_status(self.engine.status())

    # calls that are not the engine's own methods
    def _call_audit_query(self, **kw: Any) -> list[dict[str, object]]:
        return self.engine.audit.query(**kw)

    def _call_audit_export(self, path: str, fmt: str = "csv") -> int:
        return self.engine.audit.export(path, fmt)

    def _call_set_geoip_paths(self, paths: list[str] | None) -> tuple[frozenset, list[Any]]:
        from hostguard.services.geoip_update import open_resolver

        new = open_resolver(paths, warn=log.warning)
        self.retired.append(self.resolver)  # an engine thread may be mid-lookup in the old one
        self.resolver = new
        self.engine.set_resolver(new)
        return frozenset(new.capabilities()), list(new.databases)

    def _call_memory(self) -> dict[str, float] | None:
        """This process's resident memory in MB after a garbage collection (Linux: /proc), for
        the benchmarks and the log; None where /proc is not there."""
        import gc

        gc.collect()
        try:
            with open("/proc/self/status", encoding="ascii") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
        except OSError:
            return None
        return {k: int(fields[v].split()[0]) / 1024 for k, v in (("rss_mb", "VmRSS"), ("peak_mb", "VmHWM")) if v in fields}

    def _call_entry(self, participant_id: str) -> Any:
        """One participant's entry for the details pane. Before the engine's first roster is
        in (a process just started, or started again after one died), "not listed" would say
        that the person left: the answer waits for the roster, up to ENTRY_WAIT_S (on
        `entry_calls`, so that other calls go on meanwhile; the window never waits for it),
        and says so if it did not come."""
        engine = self.engine
        if not engine.wait_ready(timeout=ENTRY_WAIT_S):  # raises what stopped the first roster
            raise TimeoutError(f"the meeting's participants were not listed within {ENTRY_WAIT_S:.0f} s")
        return engine.entry(participant_id)

    def _call_address_note(self, participant_id: str) -> str | None:
        note = getattr(self.adapter, "address_note", None)
        return note(self.engine.meeting_id, participant_id) if note is not None else None

    def _call_adapter_plan(self, actions: list[str]) -> list[str]:
        return list(self.adapter.plan(actions))

    def _read_notes(self) -> AdapterNotes:
        from hostguard.services.capabilities import ManualRemovals, RoleNotes, StatusNote

        a, mid = self.adapter, self.engine.meeting_id
        notes = AdapterNotes(has_address_notes=callable(getattr(a, "address_note", None)))
        try:
            if isinstance(a, StatusNote):
                notes.status_note = a.status_note(mid)
            if isinstance(a, ManualRemovals):
                notes.manual_removals = list(a.manual_removals(mid))
            if isinstance(a, RoleNotes):
                notes.role_notes = (a.role_note(mid), tuple(a.alternative_hosts(mid)))
        except Exception:
            log.debug("reading the adapter's notes failed", exc_info=True)
        return notes

    def _write_loop(self) -> None:
        while True:
            self.updates.ready.wait(0.5)
            try:
                for frame in self.updates.take():
                    self.chan.send(*frame)
            except ChannelClosed:
                if not self.window_gone.is_set():
                    self._window_left()
                return
            except Exception:
                log.exception("writing to the window failed")
            if self.stopping.is_set():
                return
            # The first roster goes out frame after frame: pausing between its frames held a
            # 50,000-person roster back for ten seconds. After it, a pause, so that changes go
            # out together, in bursts every 20 ms at most, not one frame per change (without
            # it, thousands of changes during an apply reached the window as fast as they came
            # and made its stalls longer: 24-36 ms against 19-28 with it, measured).
            if not self.updates.first_roster():
                time.sleep(0.02)

    def _notes_loop(self) -> None:
        while not self.stopping.wait(NOTES_EVERY_S):
            if self.window_gone.is_set():
                continue
            notes = self._read_notes()
            if notes != self._notes:
                self._notes = notes
                self.updates.message("notes", notes)

    def _watch_loop(self) -> None:
        """Stop requests (another engine took the folder over) and, with no window, the end."""
        started = time.monotonic()
        unreachable_since: float | None = None
        folder = Path(self.engine.store.state_dir)
        while not self.stopping.wait(1.0):
            if _stop_requested(folder):
                self._stop("another HostGuard window opened this meeting")
                return
            if not self.window_gone.is_set():
                continue
            now = time.monotonic()
            st = self.engine.status()
            unreachable_since = None if st.connected else (unreachable_since or now)
            if unreachable_since is not None and now - unreachable_since > DETACHED_UNREACHABLE_S:
                self._stop("the service could not be reached for 15 minutes (the meeting ended?)")
            elif now - started > DETACHED_MAX_S:
                self._stop("24 hours passed")
            elif not (self.engine.enforce_new_joiners or self.engine.auto_apply_new):
                self._stop("enforcement is off")

    def close(self) -> None:
        self.calls.shutdown(wait=False, cancel_futures=True)
        self.entry_calls.shutdown(wait=False, cancel_futures=True)
        eng, self.engine = self.engine, None
        if eng is not None:
            try:
                eng.stop(timeout=5.0)
                eng.close()
            except Exception:
                log.exception("stopping the engine failed")
            _remove_pid_file(Path(eng.store.state_dir))
        for thing in (self.adapter, self.resolver, *self.retired):
            try:
                if thing is not None:
                    thing.close()
            except Exception:
                log.debug("closing failed", exc_info=True)


# -- the state folder's notes for other engine processes ---------------------------------------
def _write_pid_file(folder: Path) -> None:
    try:
        path = folder / PID_FILE
        path.write_text(json.dumps({"pid": os.getpid(), "started": time.time()}), "utf-8")
        os.chmod(path, 0o600)
    except OSError:
        log.debug("could not write %s", PID_FILE, exc_info=True)


def _remove_pid_file(folder: Path) -> None:
    try:
        data = json.loads((folder / PID_FILE).read_text("utf-8"))
        if data.get("pid") == os.getpid():
            (folder / PID_FILE).unlink()
    except (OSError, ValueError, AttributeError):
        pass


def _ask_detached_to_stop(folder: Path, wait_s: float = 5.0) -> None:
    """An engine process left enforcing on this folder by a closed window: ask it to stop and
    wait (a little) for it, so that one engine serves the meeting's new window."""
    pid = _pid_in_file(folder)
    if pid is None or pid == os.getpid() or not _alive(pid):
        return
    try:
        path = folder / STOP_FILE
        path.write_text(json.dumps({"pid": pid}), "utf-8")
        os.chmod(path, 0o600)
    except OSError:
        return
    # Gone when its process is (POSIX) or when it removed its note on stopping (everywhere).
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline and _alive(pid) and _pid_in_file(folder) == pid:
        time.sleep(0.1)


def _pid_in_file(folder: Path) -> int | None:
    try:
        return int(json.loads((folder / PID_FILE).read_text("utf-8"))["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _stop_requested(folder: Path) -> bool:
    path = folder / STOP_FILE
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    if isinstance(data, dict) and data.get("pid") == os.getpid():
        with contextlib.suppress(OSError):
            path.unlink()
        return True
    return False


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # asked to stop; it will, or the outbox's leases keep the two apart
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# How far below the window the engine process asks to run (POSIX nice; Windows: below normal).
ENGINE_NICENESS = 5


def _niceness() -> int:
    """ENGINE_NICENESS, or HOSTGUARD_ENGINE_NICENESS when it is a whole number (0: as the window)."""
    try:
        return int(os.environ.get("HOSTGUARD_ENGINE_NICENESS", ENGINE_NICENESS))
    except ValueError:
        log.warning("HOSTGUARD_ENGINE_NICENESS is not a whole number; using %d", ENGINE_NICENESS)
        return ENGINE_NICENESS


def _yield_to_the_window() -> None:
    """Run below the window's priority: when the machine is busy (a meeting client beside the
    app, video), the window's paints and batches get the processor first, and the engine
    takes what the window leaves, which is nearly all of it: the window works in bursts of a
    few milliseconds. Nothing is paused; the engine is never starved, only second in line."""
    niceness = _niceness()
    if niceness <= 0:
        return
    try:
        if hasattr(os, "nice"):
            os.nice(min(niceness, 19))
        elif sys.platform == "win32":
            import ctypes

            below_normal = 0x00004000  # BELOW_NORMAL_PRIORITY_CLASS
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)
    except OSError as exc:  # not allowed: run at the window's priority
        log.info("could not lower the engine process's priority: %s", exc)


def main(make_renderer: Callable[[dict[str, Any]], Any] | None = None) -> int:
    """``hostguard --engine-host``: serve one meeting's engine on standard input and output;
    ``make_renderer(options)`` gives the window's row renderer (`hostguard.ui.engine_process`)."""
    # The channel keeps the real stdin/stdout; the names stdin/stdout now lead nowhere and to
    # standard error, so a stray print can never corrupt a frame.
    reader = os.fdopen(os.dup(0), "rb", buffering=0)
    writer = os.fdopen(os.dup(1), "wb", buffering=1 << 16)
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(2, 1)
    sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    sys.stdout = sys.stderr
    logging.basicConfig(
        level=logging.WARNING if not os.environ.get("HOSTGUARD_ENGINE_DEBUG") else logging.DEBUG,
        format="hostguard engine %(process)d: %(levelname)s %(name)s: %(message)s",
    )
    import hostguard.services.http_transport  # noqa: F401 - its log filters mask secrets
    _yield_to_the_window()
    host = EngineHost(Channel(reader, writer), make_renderer)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, lambda *_: host._stop("asked to stop (SIGTERM)"))
    if hasattr(signal, "SIGINT"):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in the app's terminal is the window's
    try:
        return host.run()
    finally:
        host.chan.close_writer()  # (the reading end may be in use by the reader thread)
