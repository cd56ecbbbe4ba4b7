"""Carries the engine's updates to the GUI thread, in batches.

The engine runs in a process of its own (`hostguard.engine.remote`); the thread of this process
that reads its channel calls `on_diff` and `on_status`, as often as updates arrive (an engine
in this process, as the tests use, calls them on its own threads). `on_diff` only queues: rows
the engine process rendered come packed (`RenderedDiff`: one pickle of rows per frame), and
the GUI thread unpacks them at the start of its ticks, a few milliseconds at a time, so no
other thread of this process holds the interpreter lock for long while the GUI thread paints
(each of a repaint's calls into the model needs that lock). An engine in this process sends
entries: `on_diff` renders each into a `RowView` (a plain tuple) right there and keeps it as
bytes (`encode_entry`). Frames are merged in the order they came, by participant id (the
latest state of a participant wins; a removal cancels a pending upsert and the other way
round), and a QTimer on the GUI thread applies what has accumulated every ~100 ms as one
batch: changes to rows shown at once, rows that come or go at most every
STRUCTURE_INTERVAL_MS, since a change in the number of rows can make the table lay out and
repaint everything it shows. A batch is capped (`max_rows_per_tick`) so a flood,
such as the first roster of a 50,000-person event, is spread over several ticks and the event
loop keeps running between them (Picard drains its worker queue the same way). Within the cap,
a batch is sized in cost units (a new row 1, a change 8, a removal 100) and the number of units
adapts to the measured time, so a batch takes about TICK_BUDGET_MS, whatever the machine, the
mix of changes, the sort order or the load on the other threads.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections import deque
from itertools import islice
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from hostguard.engine import encode_entry
from hostguard.ui.qtcompat import emit
from hostguard.ui.roster_model import V_ID, RosterModel, RowView, render_row

log = logging.getLogger(__name__)

TICK_BUDGET_MS = 8.0  # aim for batches this long, so the GUI thread never stalls for long
MIN_UNITS_PER_TICK = 100
# What a row costs the GUI thread, in new rows (about 1 us each at 50,000 rows): a changed row
# costs a dataChanged through the proxy and the view, and a removal a pass of the proxy over
# its row mapping (about 0.2 ms at 50,000 rows). The batch budget adapts in these units, so a
# tick of changes after a tick of arrivals is not sized as if changes were as cheap.
NEW_ROW_COST = 1
CHANGED_ROW_COST = 8
REMOVAL_COST = 100
MAX_REMOVALS_PER_TICK = 32
# How long a tick may spend unpacking rows that came from the engine process (about 2-4 us a
# row), before it applies a batch of them.
UNPACK_BUDGET_MS = 4.0
# Rows that come or go are applied at most this often (see _apply_some), unless this many
# changes wait.
STRUCTURE_INTERVAL_MS = 1000
STRUCTURE_BACKLOG = 2000
# The young generation is collected between paints after this many rows were unpacked (see
# _collect_young); every YOUNG_PASSES_PER_MIDDLE-th time with the middle generation.
YOUNG_ROWS = 1000
YOUNG_PASSES_PER_MIDDLE = 4


class EngineBridge(QObject):
    """Thread-safe sink for engine callbacks that feeds a RosterModel on the GUI thread."""

    statusChanged = Signal(object)  # the latest EngineStatus
    batchApplied = Signal(int, int)  # rows upserted, rows removed in the batch

    def __init__(
        self,
        model: RosterModel,
        parent: QObject | None = None,
        *,
        interval_ms: int = 100,
        max_rows_per_tick: int = 4000,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._lock = threading.Lock()
        self._upserts: dict[str, tuple[bytes, RowView]] = {}  # id -> (entry bytes, view)
        self._removed: dict[str, None] = {}  # ordered set
        # Diffs as they came, in order, not yet merged: (packed rows or rendered rows, removed
        # ids, their number of rows and removals); `_framed` adds those numbers up.
        self._frames: deque[tuple[Any, list[str], int]] = deque()
        self._framed = 0
        self._last_structure = 0.0  # when rows last came or went (time.monotonic)
        self._held = False  # the last batch left rows that come or go for later
        # The last batch with rows that came or went was cut short by its budget: the next
        # batch takes such rows too, without waiting for STRUCTURE_INTERVAL_MS (see _apply_some).
        self._structure_due = False
        self._unpack_turn = True  # the next tick with frames waiting unpacks (see _tick)
        self._status: Any | None = None
        self._status_dirty = False
        self._generation = 0  # bumped by reset(): a sink from before it is ignored
        self.max_rows_per_tick = max_rows_per_tick
        # Cost units (see NEW_ROW_COST) one tick may spend, adapted after each batch.
        self._units_this_tick = max_rows_per_tick * NEW_ROW_COST
        self._last_units = 0
        self.interval_ms = interval_ms
        self.longest_tick_ms = 0.0  # for the benchmark and the log
        self._young_rows = 0  # rows unpacked since _collect_young last ran
        self._young_passes = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    # -- called off the GUI thread -----------------------------------------------------------
    def sink(self) -> tuple[Any, Any]:
        """``(on_diff, on_status)`` for one session: after the next `reset`, what they are
        given is dropped (a session being replaced may still report while it stops)."""
        generation = self._generation

        def on_diff(diff: Any) -> None:
            if self._generation == generation:
                self.on_diff(diff, generation)

        def on_status(status: Any) -> None:
            if self._generation == generation:
                self.on_status(status)

        return on_diff, on_status

    def on_diff(self, diff: Any, generation: int | None = None) -> None:
        """Queue a diff (any thread). Rows an engine process rendered stay packed: the GUI
        thread unpacks them in its ticks (`_unpack`), so this thread holds the interpreter only
        to queue them. An engine in this process sends entries: they are rendered here."""
        if getattr(diff, "packed", None) is not None:  # a RenderedDiff
            payload: Any = diff
            size = len(diff.ids)
        else:
            upserted = diff.upserted
            blobs = getattr(diff, "blobs", None)  # each entry as the engine process sent it
            if blobs is None or len(blobs) != len(upserted):
                blobs = [encode_entry(e) for e in upserted]
            rendered = [(b if type(b) is bytes else bytes(b), render_row(e))
                        for b, e in zip(blobs, upserted, strict=True)]  # fmt: skip
            payload = rendered
            size = len(rendered)
        removed = list(diff.removed_ids)
        size += len(removed)
        with self._lock:
            if generation is not None and generation != self._generation:
                return  # rendered while a reset happened: from the session replaced
            # In order: a frame's removals and rows are merged after those of every frame
            # before it (someone who left and came back ends up shown).
            self._frames.append((payload, removed, size))
            self._framed += size

    def _unpack(self, budget_s: float) -> bool:
        """Unpack queued frames and merge them, latest state winning, for about ``budget_s``
        (GUI thread); True when frames are left."""
        started = time.perf_counter()
        while True:
            with self._lock:
                if not self._frames:
                    return False
                frame = self._frames.popleft()
                generation = self._generation
            payload, removed, size = frame
            if type(payload) is list:
                rendered = payload
            else:
                try:
                    rendered = [(None, row) for row in payload.rows()]
                except Exception as exc:  # a broken frame: its rows are lost, not the window
                    log.error("rows from the engine process could not be read: %s", exc)
                    rendered = []
            with self._lock:
                if generation != self._generation:
                    return bool(self._frames)  # a reset came between (it emptied the queue)
                self._framed -= size
                for pid in removed:
                    self._upserts.pop(pid, None)
                    self._removed[pid] = None
                self._young_rows += len(rendered)
                for item in rendered:
                    pid = item[1][V_ID]
                    self._removed.pop(pid, None)
                    self._upserts[pid] = item
                if time.perf_counter() - started >= budget_s:
                    return bool(self._frames)

    def on_status(self, status: Any) -> None:
        with self._lock:
            self._status = status
            self._status_dirty = True

    # -- GUI thread -------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._upserts) + len(self._removed) + self._framed

    @property
    def latest_status(self) -> Any | None:
        with self._lock:
            return self._status

    def reset(self) -> None:
        """Drop what is queued and ignore the sinks handed out so far (GUI thread)."""
        with self._lock:
            self._generation += 1
            self._structure_due = False
            self._upserts.clear()
            self._removed.clear()
            self._frames.clear()
            self._framed = 0
            self._status = None
            self._status_dirty = False

    def stop(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        """Apply everything queued now (tests, and before a snapshot is taken)."""
        while self._unpack(float("inf")) or self._apply_some(force=True):
            pass

    def _tick(self) -> None:
        started = time.perf_counter()
        # Unpacking rows and applying a batch take turns, a tick each, with the event loop's
        # turn (paints, input) between them: one tick doing both, and the paint it causes,
        # added up to stalls of two frames.
        if self._frames and (self._unpack_turn or not (self._upserts or self._removed)):
            self._unpack_turn = False
            more = self._unpack(UNPACK_BUDGET_MS / 1000) or bool(self._upserts or self._removed)
            if self._young_rows >= YOUNG_ROWS:
                self._collect_young()
            self._note_tick((time.perf_counter() - started) * 1000)
            self._timer.setInterval(0 if more else self.interval_ms)
            return
        self._unpack_turn = True
        more = self._apply_some()
        took = (time.perf_counter() - started) * 1000
        self._note_tick(took)
        if self._last_units >= MIN_UNITS_PER_TICK and took > 0:
            fit = int(self._last_units * TICK_BUDGET_MS / took)
            most = self.max_rows_per_tick * CHANGED_ROW_COST
            # At most twice as much as the last batch: a cheap batch says little about the next.
            self._units_this_tick = max(MIN_UNITS_PER_TICK, min(most, fit, 2 * self._last_units))
        # With a backlog, come back almost at once (after the event loop has had its turn);
        # with only rows that come or go held back, when they are due.
        if more and self._held and not self._frames:
            wait = STRUCTURE_INTERVAL_MS - (time.monotonic() - self._last_structure) * 1000
            self._timer.setInterval(max(10, min(self.interval_ms, int(wait))))
        else:
            self._timer.setInterval(0 if self._frames else 10 if more else self.interval_ms)

    def _collect_young(self) -> None:
        """Collect the young generation now, on the GUI thread between paints.

        Rows that replace rows (an apply's thousands of sync changes) free as many objects
        the collector tracks as they create, and CPython counts each one freed against one
        created: its count stays under the threshold while the young generation grows. In the
        benchmark's update burst it reached 17,000 objects before a pass came, at any moment
        and on any thread of this process (a paint's call into the model, the channel's
        reader), and went through them in 10-16 ms of CPU. Collected here every YOUNG_ROWS
        rows, each pass has about that many rows' objects (1-4 ms). Measured over ten runs
        each: the update burst's longest stall 19-39 ms (25-50 without), its p99 4-7 ms (5-15).
        This is not a threshold or a freeze: the collector's own schedule is left as it is."""
        self._young_rows = 0
        self._young_passes += 1
        gc.collect(1 if self._young_passes % YOUNG_PASSES_PER_MIDDLE == 0 else 0)

    def _note_tick(self, took_ms: float) -> None:
        if took_ms > self.longest_tick_ms:
            self.longest_tick_ms = took_ms
        if took_ms > 50:
            log.debug("GUI batch took %.0f ms", took_ms)

    def _apply_some(self, force: bool = False) -> bool:
        """Apply one capped batch; True when more is waiting.

        Changes to rows shown are applied at every tick; rows that come or go (joins, leaves)
        at most every STRUCTURE_INTERVAL_MS, unless many wait (a first roster) or ``force``:
        each batch that changes the number of rows makes the table lay out and repaint all it
        shows, while a changed row repaints only itself."""
        budget, rows_left = self._units_this_tick, self.max_rows_per_tick
        shown = self._model.has_row
        now = time.monotonic()
        with self._lock:
            structural = (force or self._structure_due
                          or now - self._last_structure >= STRUCTURE_INTERVAL_MS / 1000
                          or len(self._removed) + len(self._upserts) + self._framed >= STRUCTURE_BACKLOG)  # fmt: skip
            removed: list[str] = []
            if structural:
                n_removed = min(rows_left, MAX_REMOVALS_PER_TICK, 1 + budget // REMOVAL_COST)
                removed = list(islice(self._removed, n_removed))
                for pid in removed:
                    del self._removed[pid]
            units = len(removed) * REMOVAL_COST
            rows_left -= len(removed)
            upserts = []
            keys = self._upserts if not structural else islice(self._upserts, max(0, min(rows_left, budget - units)))
            new_rows = 0
            full = False  # the batch is full: what is left is due at once
            for key in list(keys):
                if units >= budget or len(upserts) >= rows_left:
                    full = True
                    break
                if shown(key):
                    units += CHANGED_ROW_COST
                elif structural:
                    units += NEW_ROW_COST
                    new_rows += 1
                else:
                    continue  # a new row: with the next structural batch
                upserts.append(self._upserts.pop(key))
            if removed or new_rows:
                self._last_structure = now
            # Rows that came or went, and more left than the batch could take (a first roster,
            # sorted, when each batch costs a layout of the whole table): the rest is due at
            # once, not a second later per batch (that made the tail of a sorted first roster
            # of 50,000 arrive over many seconds).
            self._structure_due = bool(structural and (removed or new_rows) and (self._upserts or self._removed))
            status = self._status if self._status_dirty else None
            self._status_dirty = False
            more = bool(self._upserts or self._removed or self._frames)
            # Only rows that come or go are left, held back for the next structural batch.
            self._held = not structural and not full and more
        self._last_units = units
        if upserts or removed:
            self._model.apply_batch(upserts, removed)
            emit(self.batchApplied, len(upserts), len(removed))

        if status is not None:
            emit(self.statusChanged, status)
        return more
