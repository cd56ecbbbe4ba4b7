"""The app's handle on an engine that runs in a process of its own (`hostguard.engine.host`).

`RemoteEngine` starts ``hostguard --engine-host`` (the same executable: the installed command,
``python -m hostguard`` from a checkout, or the frozen bundle's program; nothing relies on
``fork``), speaks `hostguard.engine.channel`'s protocol over the child's standard input and
output, and offers the window the part of `Engine`'s interface it uses. Calls block the calling
thread until the engine answers (the window makes them off its GUI thread, as it did with the
engine in its own process); settings and the latest status are kept here, so reading them
never waits for the engine.

Roster changes arrive on this object's reader thread and go to ``on_diff`` as `RosterDiff`s,
status reports to ``on_status``: the window's `EngineBridge` takes them from there.

If the engine process dies, `RemoteEngine` says so (``on_event``), starts it again with the
same meeting, credentials, rules and settings, and the new engine resumes the outbox: rows
written before the crash are sent with their idempotency keys, so nothing is sent twice and
nothing queued is lost. A call under way when it died fails with `EngineProcessError`. After
`MAX_RESTARTS` deaths within `RESTART_WINDOW_S` it gives up and says so.

Credentials travel in the "open" message only: the child's command line is fixed and its
environment is the app's without any variable that holds a secret.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from hostguard import __version__
from hostguard.engine.channel import (
    PROTOCOL,
    AdapterNotes,
    Channel,
    ChannelClosed,
    EngineInfo,
    EngineProcessError,
    OpenRequest,
    ProtocolError,
    decode_entry,
    loads,
)
from hostguard.engine.roster import RosterDiff

log = logging.getLogger(__name__)

ENGINE_HOST_FLAG = "--engine-host"
MAX_RESTARTS = 5
RESTART_WINDOW_S = 600.0
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0
# The few calls the window makes on its GUI thread (from the engine's memory, no network):
# never longer than this, and not at all while the engine process is not running.
GUI_CALL_TIMEOUT_S = 0.5
NOT_RUNNING = "the engine process is not running (it is being started again)"


class RenderedDiff:
    """Roster changes as the engine process sent them, with rows rendered for the window:
    ``ids`` (the rows' participants) and ``packed``, the rows as one pickle. The reader thread
    does not unpack them: `rows` does, on the thread that takes them (the window's bridge does
    it on its GUI thread, in slices between paints), so that no second thread of the window's
    process holds its interpreter for long while the GUI thread paints. The entries stay in
    the engine process (the window asks for one with `RemoteEngine.entry` when it shows it)."""

    __slots__ = ("ids", "packed", "removed_ids")

    def __init__(self, ids: list[str], packed: bytes, removed_ids: list[str]) -> None:
        self.ids = ids
        self.packed = packed
        self.removed_ids = removed_ids

    def rows(self) -> list[Any]:
        """The rows (unpacked now, by the caller's thread), in the order of ``ids``."""
        rows = loads(self.packed)
        if type(rows) is not list or len(rows) != len(self.ids):
            raise ProtocolError("a rows frame whose rows do not match its ids")
        return rows

    def __bool__(self) -> bool:
        return bool(self.ids or self.removed_ids)


def engine_command() -> list[str]:
    """How this installation starts its engine process."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        console = exe.with_name("hostguard.exe")  # Windows: the console twin of hostguard-gui.exe
        if os.name == "nt" and console.exists():
            exe = console
        return [str(exe), ENGINE_HOST_FLAG]
    return [sys.executable, "-m", "hostguard", ENGINE_HOST_FLAG]


def _secret_variables() -> set[str]:
    names = {"HOSTGUARD_TOKEN"}
    try:
        from hostguard.services import credentials

        for svc in credentials.SERVICES.values():
            names.update(f.env for f in svc.fields if f.env)
    except Exception:
        log.debug("credential variable names unavailable", exc_info=True)
    return names


def child_environment() -> dict[str, str]:
    """The app's environment without secrets (credentials reach the engine over the channel)."""
    secret = _secret_variables()
    return {k: v for k, v in os.environ.items() if k not in secret}


class RemoteEngine:
    """An `Engine` in its own process, as the window uses it."""

    def __init__(
        self,
        request: OpenRequest,
        *,
        on_diff: Callable[[RosterDiff], None] | None = None,
        on_status: Callable[[Any], None] | None = None,
        on_event: Callable[[str, str], None] | None = None,
        restart: bool = True,
        command: list[str] | None = None,
    ) -> None:
        self.request = request
        self.on_diff = on_diff
        self.on_status = on_status
        self.on_event = on_event  # (kind, sentence): "died", "restarted", "gave_up", "stopped"
        self.restart_enabled = restart
        self.command = command or engine_command()
        self.service = request.service
        self.meeting_id = request.meeting_id
        self.info: EngineInfo | None = None
        self.notes = AdapterNotes()
        self.process: subprocess.Popen[bytes] | None = None
        self.restarts: list[float] = []  # when the engine process was started again
        self._chan: Channel | None = None
        self._calls: dict[int, Future[Any]] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        # Participants the window was told of, and not removed (id -> None). A dict, not a set:
        # a dict holding only text is left out of the garbage collector's passes, a set never
        # is, and walking a set of 50,000 ids took each full collection of the window's
        # process 3.5 ms (measured: 17.3 -> 13.9 ms at 50,000 rows).
        self._known: dict[str, None] = {}
        self._last_hold: Any = None
        self._hold_callbacks: list[Callable[[Any], None]] = []
        self._closing = False
        self._generation = 0
        self.ready = threading.Event()  # the first engine answered "opened"
        self.store = SimpleNamespace(state_dir=None)
        self.audit = SimpleNamespace(
            query=lambda **kw: self.call("audit_query", **kw),
            export=lambda path, fmt="csv": self.call("audit_export", str(path), fmt),
        )

    # -- the process --------------------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def start(self, timeout: float = START_TIMEOUT_S) -> EngineInfo:
        """Start the engine process and open the meeting; blocks until it answers. Raises the
        engine's own error (a `ServiceError`, `StoreError`, ...) when the meeting cannot open."""
        info = self._spawn(self.request, timeout)
        self.ready.set()
        return info

    def _spawn(self, request: OpenRequest, timeout: float) -> EngineInfo:
        proc = subprocess.Popen(
            self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=None,
            env=child_environment(), close_fds=True,
            # Its own session (POSIX): a terminal's Ctrl+C or hang-up is the window's to handle,
            # and an engine left enforcing outlives the terminal the app was started from.
            start_new_session=os.name == "posix",
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0) if os.name == "nt" else 0,
        )  # fmt: skip
        assert proc.stdin is not None and proc.stdout is not None
        chan = Channel(proc.stdout, proc.stdin)
        answer: list[Any] = []

        def handshake() -> None:
            try:
                chan.send("hello", PROTOCOL, __version__)
                msg = chan.recv()
                if msg[0] == "refused":
                    answer.append(EngineProcessError(str(msg[1])))
                    return
                if msg[0] != "hello":
                    answer.append(EngineProcessError("the engine process did not answer hello"))
                    return
                chan.send("open", request)
                msg = chan.recv()
                if msg[0] == "opened":
                    answer.append(msg[1])
                elif msg[0] == "failed":
                    answer.append(msg[1].exception())
                else:
                    answer.append(EngineProcessError(f"unexpected answer {msg[0]!r}"))
            except (ChannelClosed, ProtocolError) as exc:
                answer.append(EngineProcessError(f"the engine process ended while starting ({exc})"))

        t = threading.Thread(target=handshake, name="engine-start", daemon=True)
        t.start()
        t.join(timeout)
        if not answer or isinstance(answer[0], BaseException):
            chan.close_writer()
            _end(proc)
            t.join(5.0)  # the process is gone: its reads end
            if not t.is_alive():
                chan.close()
            if not answer:
                raise EngineProcessError(f"the engine process did not start within {timeout:.0f} s")
            raise answer[0]
        info: EngineInfo = answer[0]
        with self._lock:
            self._generation += 1
            gen = self._generation
            self.process, self._chan, self.info = proc, chan, info
        self.notes = info.notes
        self.store.state_dir = Path(info.state_dir)
        threading.Thread(target=self._read_loop, args=(chan, proc, gen), name="engine-reader", daemon=True).start()
        return info

    def _read_loop(self, chan: Channel, proc: subprocess.Popen[bytes], gen: int) -> None:
        reason = ""
        try:
            while True:
                msg = chan.recv()
                kind = msg[0]
                if kind == "rows":
                    self._deliver(RenderedDiff(msg[1], msg[2], msg[3]))
                elif kind == "diff":
                    diff = RosterDiff(upserted=[decode_entry(b) for b in msg[1]], removed_ids=msg[2])
                    diff.blobs = msg[1]  # type: ignore[attr-defined]  # each entry as it came
                    self._deliver(diff)
                elif kind == "status":
                    if self.on_status is not None:
                        self.on_status(msg[1])
                elif kind == "reply":
                    fut = self._calls.pop(msg[1], None)
                    if fut is not None and not fut.done():
                        if msg[2]:
                            fut.set_result(msg[3])
                        else:
                            fut.set_exception(msg[3].exception())
                elif kind == "hold":
                    self._last_hold = msg[1]
                    for cb in list(self._hold_callbacks):
                        cb(msg[1])
                elif kind == "notes":
                    self.notes = msg[1]  # the service panel reads them at its next refresh
                elif kind == "roster_ids":
                    gone = self._known.keys() - set(msg[1])
                    if gone:
                        self._deliver(RosterDiff(removed_ids=sorted(gone)))
                elif kind == "stopped":
                    reason = str(msg[1])
        except (ChannelClosed, ProtocolError) as exc:
            if not reason and not isinstance(exc, ChannelClosed):
                reason = str(exc)
        except Exception:
            log.exception("reading the engine's channel failed")
        chan.close()
        code = _end(proc, wait=2.0)
        self._fail_calls(EngineProcessError("the engine process stopped before it answered"))
        if self._closing or gen != self._generation:
            return
        why = reason or (f"it ended with exit status {code}" if code is not None else "it ended")
        self._died(why)

    def _deliver(self, diff: RosterDiff | RenderedDiff) -> None:
        known = self._known
        for pid in diff.removed_ids:
            known.pop(pid, None)
        if isinstance(diff, RenderedDiff):
            known.update(dict.fromkeys(diff.ids))
        else:
            known.update(dict.fromkeys(e.participant.id for e in diff.upserted))
        if self.on_diff is not None:
            self.on_diff(diff)

    def _fail_calls(self, error: BaseException) -> None:
        with self._lock:
            calls, self._calls = self._calls, {}
        for fut in calls.values():
            if not fut.done():
                fut.set_exception(error)

    def _event(self, kind: str, text: str) -> None:
        log.warning("engine process: %s", text)
        if self.on_event is not None:
            try:
                self.on_event(kind, text)
            except Exception:
                log.exception("on_event failed")

    def _died(self, why: str) -> None:
        self.ready.clear()
        now = time.monotonic()
        self.restarts = [t for t in self.restarts if now - t < RESTART_WINDOW_S]
        if not self.restart_enabled or len(self.restarts) >= MAX_RESTARTS:
            self._event("gave_up", f"The engine process stopped ({why}) and was not started again: "
                        f"{len(self.restarts)} restarts in the last {RESTART_WINDOW_S / 60:.0f} minutes. "
                        "Reconnect to the meeting to try again.")  # fmt: skip
            return
        self._event("died", f"The engine process stopped ({why}); starting it again…")
        self.restarts.append(now)
        threading.Thread(target=self._restart, name="engine-restart", daemon=True).start()

    def _restart(self) -> None:
        req = self._current_request()
        delay = 0.2
        while not self._closing:
            try:
                self._spawn(req, START_TIMEOUT_S)
            except Exception as exc:
                if len(self.restarts) >= MAX_RESTARTS:
                    self._event("gave_up", f"The engine process could not be started again: {exc}")
                    return
                self.restarts.append(time.monotonic())
                self._event("died", f"The engine process could not be started again ({exc}); trying again…")
                time.sleep(delay)
                delay = min(delay * 2, 10.0)
                continue
            self.ready.set()
            self._event("restarted", "The engine process was started again; queued actions resume.")
            return

    def _current_request(self) -> OpenRequest:
        """The meeting as it is now: the rules and settings the window set since it opened."""
        info = self.info
        req = replace(self.request, restart=True)
        if info is not None:
            req = replace(req, ruleset=info.ruleset, enforce_new_joiners=info.enforce_new_joiners,
                          auto_apply_new=info.auto_apply_new, poll_interval=info.poll_interval,
                          audit_retention_days=info.audit_retention_days)  # fmt: skip
        return req

    # -- calls ----------------------------------------------------------------------------------
    def call(self, method: str, *args: Any, timeout: float | None = None, **kwargs: Any) -> Any:
        """Run ``method`` in the engine process and return its answer (or raise its error)."""
        if not self.ready.wait(START_TIMEOUT_S if timeout is None else min(timeout, 0.05)):
            raise EngineProcessError(NOT_RUNNING)
        cid, fut = self._send_call(method, args, kwargs)
        try:
            return fut.result(timeout)
        except FutureTimeout:
            self._calls.pop(cid, None)
            raise EngineProcessError(f"the engine process did not answer within {timeout:.1f} s") from None

    def call_soon(self, method: str, *args: Any) -> Future[Any]:
        """Ask the engine process for ``method`` without waiting: the answer (or its error)
        comes in the returned future, on the channel's reader thread. Fails the future at once
        while the engine process is not running."""
        if not self.ready.is_set():
            fut: Future[Any] = Future()
            fut.set_exception(EngineProcessError(NOT_RUNNING))
            return fut
        try:
            return self._send_call(method, args, {})[1]
        except EngineProcessError as exc:
            fut = Future()
            fut.set_exception(exc)
            return fut

    def _send_call(self, method: str, args: tuple, kwargs: dict) -> tuple[int, Future[Any]]:
        """Send one call; its answer will come in the future (see _read_loop)."""
        fut: Future[Any] = Future()
        cid = next(self._ids)
        with self._lock:
            chan = self._chan
            self._calls[cid] = fut
        try:
            if chan is None:
                raise ChannelClosed("no engine process")
            chan.send("call", cid, method, args, kwargs)
        except ChannelClosed:
            self._calls.pop(cid, None)
            raise EngineProcessError("the engine process stopped before it answered") from None
        return cid, fut

    def _set(self, name: str, value: Any) -> None:
        if self.info is not None:
            self.info = replace(self.info, **{name: value})
        chan = self._chan
        if chan is not None:
            with contextlib.suppress(ChannelClosed):  # a restart sends the value with the meeting
                chan.send("set", name, value)

    # -- the Engine interface the window uses --------------------------------------------------
    @property
    def ruleset(self) -> Any:
        return self.info.ruleset if self.info is not None else self.request.ruleset

    def set_ruleset(self, ruleset: Any) -> Any:
        result = self.call("set_ruleset", ruleset)
        if self.info is not None:
            self.info = replace(self.info, ruleset=ruleset)
        return result

    def plan(self, ruleset: Any = None) -> Any:
        return self.call("plan", ruleset)

    def apply(self, force: bool = False, participant_ids: Iterable[str] | None = None) -> Any:
        ids = list(participant_ids) if participant_ids is not None else None
        return self.call("apply", force=force, participant_ids=ids)

    def readmit(self, participant_id: str) -> str:
        return self.call("readmit", participant_id)

    def rule_counts(self) -> Any:
        return self.call("rule_counts")

    def undo_limits(self, plan: Any = None, *, actions: Iterable[str] | None = None) -> dict[str, str]:
        # Asked on the window's GUI thread as the Apply dialog opens: answered from memory in
        # the engine, so a short bound; while the engine restarts it fails at once instead.
        return self.call("undo_limits", plan, actions=list(actions) if actions is not None else None,
                         timeout=GUI_CALL_TIMEOUT_S)  # fmt: skip

    def undo_plan(self) -> Any:
        return self.call("undo_plan")

    def undo_last_apply(self) -> Any:
        return self.call("undo_last_apply")

    def release_held(self) -> int:
        return self.call("release_held")

    def drop_held(self) -> int:
        return self.call("drop_held")

    def held_actions(self) -> list[Any]:
        return self.call("held_actions")

    def restorable_policy(self) -> str | None:
        return self.call("restorable_policy")

    def restore_service_policy(self) -> str:
        return self.call("restore_service_policy")

    def outcomes(self, *args: Any) -> Any:
        return self.call("outcomes", *args)

    def snapshot(self) -> list[Any]:
        return self.call("snapshot")

    def entry(self, participant_id: str, timeout: float = GUI_CALL_TIMEOUT_S) -> Any:
        """One participant's entry from the engine process (None when not listed)."""
        return self.call("entry", participant_id, timeout=timeout)

    def entry_soon(self, participant_id: str) -> Future[Any]:
        """`entry` without waiting (the details pane: the window never waits for it)."""
        return self.call_soon("entry", participant_id)

    def status(self) -> Any:
        return self.call("status")

    def wait_settled(self, timeout: float | None = None) -> bool:
        """Whether every queued action settled within ``timeout`` (the engine waits)."""
        return bool(self.call("wait_settled", timeout, timeout=None if timeout is None else timeout + 10.0))

    def address_note(self, participant_id: str, timeout: float = GUI_CALL_TIMEOUT_S) -> str | None:
        return self.call("address_note", participant_id, timeout=timeout)

    def adapter_plan(self, actions: list[str], timeout: float = GUI_CALL_TIMEOUT_S) -> list[str]:
        return self.call("adapter_plan", list(actions), timeout=timeout)

    def set_geoip_paths(self, paths: list[str] | None) -> tuple[frozenset, list[Any]]:
        caps, dbs = self.call("set_geoip_paths", paths)
        if self.info is not None:
            self.info = replace(self.info, resolver_capabilities=caps, databases=dbs)
        self.request = replace(self.request, geoip_paths=paths)
        return caps, dbs

    def memory(self) -> dict[str, float] | None:
        """The engine process's resident memory after a garbage collection (Linux), in MB."""
        return self.call("memory")

    def subscribe_hold(self, callback: Callable[[Any], None]) -> None:
        self._hold_callbacks.append(callback)

    @property
    def last_hold(self) -> Any:
        return self._last_hold

    @property
    def enforce_new_joiners(self) -> bool:
        return bool(self.info.enforce_new_joiners) if self.info is not None else False

    @enforce_new_joiners.setter
    def enforce_new_joiners(self, on: bool) -> None:
        self._set("enforce_new_joiners", bool(on))

    @property
    def auto_apply_new(self) -> bool:
        return bool(self.info.auto_apply_new) if self.info is not None else False

    @auto_apply_new.setter
    def auto_apply_new(self, on: bool) -> None:
        self._set("auto_apply_new", bool(on))

    @property
    def poll_interval(self) -> float:
        return float(self.info.poll_interval) if self.info is not None else self.request.poll_interval

    @poll_interval.setter
    def poll_interval(self, seconds: float) -> None:
        self._set("poll_interval", float(seconds))

    @property
    def audit_retention_days(self) -> int:
        return int(self.info.audit_retention_days) if self.info is not None else 0

    @audit_retention_days.setter
    def audit_retention_days(self, days: int) -> None:
        self._set("audit_retention_days", int(days))

    @property
    def enforcing(self) -> bool:
        """Whether the engine acts on new joiners by itself (it then outlives a closed window)."""
        return self.enforce_new_joiners or self.auto_apply_new

    # -- the end --------------------------------------------------------------------------------
    def stop(self, timeout: float = STOP_TIMEOUT_S, *, detach: bool = False) -> None:
        """Stop the engine process (outbox left consistent) and wait for it; with ``detach``,
        an engine that enforces on new joiners keeps running without the window."""
        self._closing = True
        self.ready.clear()
        chan, proc = self._chan, self.process
        if chan is not None:
            with contextlib.suppress(ChannelClosed):
                chan.send("detach" if detach else "stop")
        if proc is None:
            return
        if detach and self.enforcing:
            if chan is not None:
                chan.close_writer()  # the engine reads the end of the channel and carries on alone
            return
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            log.warning("the engine process did not stop within %.0f s; ending it", timeout)
            _end(proc)
        if chan is not None:
            chan.close_writer()  # the reader thread closes its end when it reads the exit
        self._fail_calls(EngineProcessError("the engine process was stopped"))

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None and not self._closing:
            self.stop()


def _end(proc: subprocess.Popen[bytes], wait: float = 5.0) -> int | None:
    """The process's exit status, after ending it if it still runs."""
    try:
        return proc.wait(wait)
    except subprocess.TimeoutExpired:
        pass
    proc.terminate()
    try:
        return proc.wait(wait)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()


# -- what the window sees of the service adapter and the GeoIP databases -------------------------
class _AdapterView:
    """The engine process's adapter as the window's panels ask it (`services.capabilities`'
    protocols): answers come from the notes the engine sends, or from a short call."""

    def __init__(self, engine: RemoteEngine) -> None:
        self._engine = engine

    @property
    def capabilities(self) -> frozenset:
        info = self._engine.info
        return info.capabilities if info is not None else frozenset()

    def plan(self, actions: Iterable[str]) -> list[str]:
        return self._engine.adapter_plan(list(actions))

    def close(self) -> None:  # the adapter lives and closes in the engine process
        pass


class _StatusNoteView(_AdapterView):
    def status_note(self, meeting_id: str | None = None) -> str:
        return self._engine.notes.status_note or ""


class _ManualRemovalsView(_AdapterView):
    def manual_removals(self, meeting_id: str) -> list[Any]:
        return list(self._engine.notes.manual_removals or ())


class _RoleNotesView(_AdapterView):
    def role_note(self, meeting_id: str | None = None) -> str:
        notes = self._engine.notes.role_notes
        return str(notes[0] or "") if notes else ""

    def alternative_hosts(self, meeting_id: str) -> tuple[str, ...]:
        notes = self._engine.notes.role_notes
        return tuple(notes[1]) if notes else ()


class _AddressNotesView(_AdapterView):
    def address_note(self, meeting_id: str, participant_id: str) -> str | None:
        return self._engine.address_note(participant_id)


def adapter_view(engine: RemoteEngine) -> _AdapterView:
    """An object with exactly the adapter protocols the engine's adapter has."""
    notes = engine.notes
    bases: list[type] = []
    if notes.status_note is not None:
        bases.append(_StatusNoteView)
    if notes.manual_removals is not None:
        bases.append(_ManualRemovalsView)
    if notes.role_notes is not None:
        bases.append(_RoleNotesView)
    if notes.has_address_notes:
        bases.append(_AddressNotesView)
    cls = type("RemoteAdapter", tuple(bases) or (_AdapterView,), {})
    return cls(engine)


class ResolverView:
    """The engine process's GeoIP databases, as the window shows them (About, Settings)."""

    def __init__(self, engine: RemoteEngine) -> None:
        self._engine = engine

    @property
    def databases(self) -> list[Any]:
        info = self._engine.info
        return list(info.databases) if info is not None else []

    def capabilities(self) -> frozenset:
        info = self._engine.info
        return info.resolver_capabilities if info is not None else frozenset()

    def close(self) -> None:
        pass
