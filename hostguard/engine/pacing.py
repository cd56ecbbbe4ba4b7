"""Lets an interactive thread run Python without worker threads competing for the interpreter.

CPython runs one thread's Python at a time. When the GUI thread paints the roster or applies
a batch, Qt calls back into Python thousands of times (one `data()` call per cell and role),
and each call takes the interpreter lock again. While an engine thread is busy in Python
(parsing a page of participants, rendering rows, settling outbox rows), each of those takes
can wait for the busy thread's whole switch interval: measured here, a full repaint of the
roster went from 15 ms to 300 ms with one busy worker thread. That is the freeze a host sees
in a large event with hundreds of changes a second.

`ForegroundGate` is the remedy: the GUI thread closes the gate around its short bursts of
work (`hold`), and worker threads call `pause_point` between units of work, where they hold
no locks; while the gate is closed they sleep there (off the interpreter lock) instead of
taking turns with the GUI. A pause is bounded (`max_pause`), so a worker is slowed, never
stuck, even if the GUI thread stays busy. Nothing here knows about Qt: the engine takes the
pause point as a plain callable, and a command-line run, with no GUI thread, has no gate.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["ForegroundGate", "no_pause"]


def no_pause() -> None:
    """The pause point of a process without a foreground thread: returns at once."""


class ForegroundGate:
    """A gate that one foreground thread closes while it works; workers wait at pause points."""

    def __init__(
        self, max_pause: float = 0.1, switch_interval: float | None = 0.0001, stale_after: float = 0.5
    ) -> None:
        self.max_pause = max_pause
        # A hold longer than this (a modal dialog's event loop opened inside one, say) no
        # longer holds anyone back: the gate is for bursts, never for stopping the engine.
        self.stale_after = stale_after
        self._held_since = 0.0
        # While held, the interpreter's switch interval (how long a thread waiting for the lock
        # lets the holder run before asking for it) is this short: a worker that was not at
        # a pause point then gives the lock back to the foreground thread within about this
        # long, each of the thousands of times the foreground thread lets go of it.
        self.switch_interval = switch_interval
        self._saved_interval: float | None = None
        self._open = threading.Event()
        self._open.set()
        self._owner: int | None = None
        self._depth = 0
        self.pauses = 0  # how often a worker waited (for tests and the log)

    @property
    def closed(self) -> bool:
        return not self._open.is_set()

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Close the gate for the duration (re-entrant on the thread that holds it).

        Only the thread that first closed the gate can nest; another thread's `hold` runs
        without closing anything (the gate is for one foreground thread).
        """
        me = threading.get_ident()
        if self._owner not in (None, me):
            yield
            return
        self._owner = me
        self._depth += 1
        if self._depth == 1:
            self._held_since = time.monotonic()
        if self._depth == 1 and self.switch_interval is not None:
            self._saved_interval = sys.getswitchinterval()
            sys.setswitchinterval(self.switch_interval)
        self._open.clear()
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                if self._saved_interval is not None:
                    sys.setswitchinterval(self._saved_interval)
                    self._saved_interval = None
                self._owner = None
                self._open.set()

    def pause_point(self) -> None:
        """Wait (at most `max_pause`) while the foreground thread holds the gate.

        Call only where the calling thread holds no lock the foreground thread may need.
        """
        if self._open.is_set() or self._owner == threading.get_ident():
            return
        left = self.stale_after - (time.monotonic() - self._held_since)
        if left <= 0:
            return
        self.pauses += 1
        self._open.wait(min(self.max_pause, left))
