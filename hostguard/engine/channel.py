"""The private channel between the app's window and its engine process, and its messages.

The app starts one engine process per open meeting (`hostguard.engine.remote`), connected by
the child's standard input and output: two anonymous pipes that only the two processes hold
(nothing listens on a port or a path another local user could open). Each message is a frame:
a 4-byte big-endian length, then a pickled tuple ``(kind, *fields)``. Frames are read with
`SafeUnpickler`, which builds only HostGuard's own classes and plain data (never a function),
so a frame is data even if something else wrote it.

The protocol is versioned: the window opens with ``("hello", PROTOCOL, app version)`` and the
engine answers ``("hello", PROTOCOL, app version, pid)``, or ``("refused", reason)`` when
either differs (an upgrade installed while the window was open), and exits.

Window → engine:

* ``("open", OpenRequest)``: the meeting, its credentials (in memory, never on the command line
  or in the environment), the rules and settings; answered ``("opened", EngineInfo)`` or
  ``("failed", RemoteFailure)``.
* ``("call", call_id, method, args, kwargs)``: one of `CALLS` (preview, apply, undo, readmit,
  the policy, audit rows, evidence); answered ``("reply", call_id, True, value)`` or
  ``("reply", call_id, False, RemoteFailure)``. Calls run concurrently in the engine.
* ``("set", name, value)``: one of `SETTINGS` (enforcement, auto-apply, polling, retention).
* ``("detach",)``: the window closes; an engine that enforces on new joiners keeps doing so
  (`hostguard.engine.host` says until when), any other stops. ``("stop",)``: stop now.

Engine → window:

* ``("diff", upserted entries, removed ids)``: roster changes, in batches of at most
  `DIFF_BATCH` entries so that reading one never holds the window's interpreter for long;
  each entry is its own pickle (`encode_entry`), which the window keeps as it came;
* ``("rows", participant ids, rows, removed ids)``: the same as rows rendered as the window
  shows them (when "open" asked for it), without the entries (the window asks for one with the
  ``entry`` call). ``rows`` is the list of rows pickled on its own (`dumps`), so the window's
  reader thread passes it on as bytes and its GUI thread unpacks it (`loads`) between paints;
  the ids are the rows' own, for the reader's bookkeeping;
* ``("roster_ids", ids)``: after a restart, everyone the new engine knows (the window drops
  rows for anyone else); ``("status", EngineStatus)``; ``("hold", BurstHold)``;
  ``("notes", AdapterNotes)``: what the service panel shows, when it changes;
* ``("stopped", reason)`` before the process exits on its own.
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import io
import pickle
import struct
import threading
from dataclasses import dataclass, field
from typing import Any, BinaryIO

PROTOCOL = 2  # 2: "rows" frames carry ids and their rows as one pickle, no entries
DIFF_BATCH = 500  # roster entries per "diff" frame
MAX_FRAME = 512 * 1024 * 1024  # a frame longer than this is a broken channel, not a message
_HEADER = struct.Struct(">I")

# What a frame may build besides HostGuard's own classes: plain data and the standard types
# HostGuard's results hold. Anything else (a function, os.system, ...) is refused.
_BUILTINS = ("set", "frozenset", "list", "dict", "tuple", "str", "bytes", "bytearray", "int", "float",
             "complex", "bool", "slice", "range")  # fmt: skip
_ALLOWED_GLOBALS = {("builtins", name) for name in _BUILTINS} | {
    ("datetime", "datetime"),
    ("datetime", "date"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
    ("collections", "OrderedDict"),
    ("collections", "Counter"),
    ("collections", "defaultdict"),
    ("pathlib", "PosixPath"),
    ("pathlib", "WindowsPath"),
    ("pathlib", "PurePosixPath"),
    ("pathlib", "PureWindowsPath"),
    ("ipaddress", "IPv4Address"),
    ("ipaddress", "IPv6Address"),
    ("ipaddress", "IPv4Network"),
    ("ipaddress", "IPv6Network"),
}


def _by_init(obj: Any) -> tuple[type, tuple[Any, ...]]:
    """Rebuild a frozen dataclass through its ``__init__``, which compiles again what it keeps
    compiled (a `RuleSet`'s predicates, `Exemptions`' e-mail patterns: functions, which a
    frame may not carry)."""
    args = []
    for f in dataclasses.fields(obj):
        if not f.init or f.name.startswith("_"):
            break
        args.append(getattr(obj, f.name))
    return type(obj), tuple(args)


def _pickler(buffer: io.BytesIO) -> pickle.Pickler:
    from hostguard.core.rules import Exemptions, RuleSet

    p = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    p.dispatch_table = {**copyreg.dispatch_table, RuleSet: _by_init, Exemptions: _by_init}
    return p


def dumps(message: Any) -> bytes:
    buffer = io.BytesIO()
    _pickler(buffer).dump(message)
    return buffer.getvalue()


def encode_entry(entry: Any) -> bytes:
    """One roster entry as bytes: how a "diff" frame carries each entry, and how the window
    keeps the entries behind its rows (bytes are no work for the garbage collector; an
    entry's objects, times 50,000, were: its full passes stalled the window)."""
    return dumps(entry)


def decode_entry(data: bytes) -> Any:
    return loads(data)


class ChannelClosed(EOFError):
    """The other process closed its end (it exited, or was killed)."""


class ProtocolError(ValueError):
    """A frame that is not a message of this protocol."""


class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED_GLOBALS:
            return super().find_class(module, name)
        if module == "hostguard" or module.startswith("hostguard."):
            obj = super().find_class(module, name)
            if isinstance(obj, type):  # a class (dataclass, enum, exception), never a function
                return obj
        raise ProtocolError(f"a message may not carry {module}.{name}")


def loads(data: bytes) -> Any:
    return SafeUnpickler(io.BytesIO(data)).load()


class Channel:
    """Frames over a pair of binary streams; `send` may be called from any thread."""

    def __init__(self, reader: BinaryIO, writer: BinaryIO) -> None:
        self._reader = reader
        self._writer = writer
        self._send_lock = threading.Lock()
        self.closed = False

    def send(self, *message: Any) -> None:
        data = dumps(message)
        with self._send_lock:
            if self.closed:
                raise ChannelClosed("the channel is closed")
            try:
                self._writer.write(_HEADER.pack(len(data)))
                self._writer.write(data)
                self._writer.flush()
            except (BrokenPipeError, ConnectionError, OSError, ValueError) as exc:
                self.closed = True
                raise ChannelClosed(str(exc) or "the other end is gone") from None

    def recv(self) -> tuple[Any, ...]:
        header = self._read_exactly(_HEADER.size)
        (length,) = _HEADER.unpack(header)
        if length > MAX_FRAME:
            raise ProtocolError(f"a frame of {length} bytes")
        message = loads(self._read_exactly(length))
        if not isinstance(message, tuple) or not message or not isinstance(message[0], str):
            raise ProtocolError("a frame that is not a message")
        return message

    def _read_exactly(self, n: int) -> bytes:
        chunks: list[bytes] = []
        while n:
            try:
                chunk = self._reader.read(n)
            except (OSError, ValueError):
                chunk = b""
            if not chunk:
                self.closed = True
                raise ChannelClosed("the other end closed the channel")
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def close_writer(self) -> None:
        """Close the sending end (the other process reads the end of the channel). Safe from
        any thread; the receiving end is left to the thread that reads it, since closing a
        stream another thread is blocked reading can wait for that read forever."""
        with self._send_lock:
            self.closed = True
            with contextlib.suppress(OSError, ValueError):
                self._writer.close()

    def close(self) -> None:
        """Close both ends: only from the thread that reads (or when nothing reads)."""
        self.close_writer()
        with contextlib.suppress(OSError, ValueError):
            self._reader.close()


# -- the messages' payloads --------------------------------------------------------------------
@dataclass
class OpenRequest:
    """What the engine process needs to run one meeting (the window's settings at open)."""

    service: str
    meeting_id: str
    url: str | None = None
    credentials: dict[str, str] = field(default_factory=dict, repr=False)  # in memory only
    ruleset: Any = None  # a RuleSet; None: no rules
    geoip_paths: list[str] | None = None
    state_dir: str | None = None
    auto_apply_new: bool = False
    enforce_new_joiners: bool | None = None  # None: leave as the engine starts
    poll_interval: float = 5.0
    audit_retention_days: int = 0
    event_wait: float = 5.0
    actor: str = "hostguard app"
    title: str = ""
    restart: bool = False  # a restart after the engine process died
    # How the window renders rows (language, catalogue, flags): the engine process renders
    # them so (`hostguard.ui.engine_process`) and sends "rows" frames; None: "diff" frames.
    render: dict[str, Any] | None = None


@dataclass
class AdapterNotes:
    """The service adapter's own words for the window (the service panel, the details pane)."""

    status_note: str | None = None  # StatusNote, when the adapter has one
    manual_removals: list[Any] | None = None  # ManualRemovals
    role_notes: Any = None  # RoleNotes.role_notes(), when the adapter has it
    has_address_notes: bool = False  # AddressNotes: ask with the "address_note" call


@dataclass
class EngineInfo:
    """The engine process's answer to "open"."""

    pid: int
    service: str
    meeting_id: str
    state_dir: str
    capabilities: frozenset
    resolver_capabilities: frozenset
    databases: list[Any]
    ruleset: Any
    enforce_new_joiners: bool
    auto_apply_new: bool
    poll_interval: float
    audit_retention_days: int
    notes: AdapterNotes
    plan_note: str | None = None  # the adapter's `plan` sentence for the Apply dialog


@dataclass
class RemoteFailure:
    """An exception raised in the engine process, as the window is told of it.

    ``error`` is the exception itself when it crosses the channel intact (HostGuard's own
    errors, so that the window can tell a `GuardRefused` from a `ServiceError`), else None and
    ``type_name``/``message`` say what it was.
    """

    type_name: str
    message: str
    error: BaseException | None = None

    @classmethod
    def of(cls, exc: BaseException) -> RemoteFailure:
        carried: BaseException | None = exc
        try:
            again = loads(dumps(exc))
            if type(again) is not type(exc) or str(again) != str(exc):
                carried = None
        except Exception:
            carried = None
        return cls(type(exc).__name__, str(exc), carried)

    def exception(self) -> BaseException:
        if self.error is not None:
            return self.error
        return EngineProcessError(self.message or self.type_name)


class EngineProcessError(RuntimeError):
    """The engine process failed a request, stopped, or could not be started; the message is
    the one to show."""
