"""Carries the engine's updates to the GUI thread, in batches.

The engine runs in a process of its own (`hostguard.engine.remote`); the thread of this process
that reads its channel calls `on_diff` and `on_status`, as often as updates arrive (an engine
in this process, as the tests use, calls them on its own threads). The bridge renders each
upserted entry into a `RowView` (a plain tuple) right there (off the GUI thread) and keeps the
entry as bytes (as the engine process sent it, ``diff.blobs``; an engine in this process sends
entries only, and the bridge encodes them with `encode_entry`), coalesces
everything by participant id under a lock (the latest state of a participant wins; a removal
cancels a pending upsert and the other way round), and a QTimer on the GUI thread applies what
has accumulated every ~100 ms as one batch. A batch is capped (`max_rows_per_tick`) so a flood,
such as the first roster of a 50,000-person event, is spread over several ticks and the event
loop keeps running between them (Picard drains its worker queue the same way). Within the cap,
a batch is sized in cost units (a new row 1, a change 8, a removal 100) and the number of units
adapts to the measured time, so a batch takes about TICK_BUDGET_MS, whatever the machine, the
mix of changes, the sort order or the load on the other threads.
"""

from __future__ import annotations

import logging
import threading
import time
from itertools import islice
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from hostguard.engine import encode_entry
from hostguard.ui.qtcompat import emit
from hostguard.ui.roster_model import V_ID, RosterModel, RowView, render_row

log = logging.getLogger(__name__)

TICK_BUDGET_MS = 20.0  # aim for batches this long, so the GUI thread never stalls for long
MIN_UNITS_PER_TICK = 100
# What a row costs the GUI thread, in new rows (about 1 us each at 50,000 rows): a changed row
# costs a dataChanged through the proxy and the view, and a removal a pass of the proxy over
# its row mapping (about 0.2 ms at 50,000 rows). The batch budget adapts in these units, so a
# tick of changes after a tick of arrivals is not sized as if changes were as cheap.
NEW_ROW_COST = 1
CHANGED_ROW_COST = 8
REMOVAL_COST = 100
MAX_REMOVALS_PER_TICK = 32


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
        self._status: Any | None = None
        self._status_dirty = False
        self._generation = 0  # bumped by reset(): a sink from before it is ignored
        self.max_rows_per_tick = max_rows_per_tick
        # Cost units (see NEW_ROW_COST) one tick may spend, adapted after each batch.
        self._units_this_tick = max_rows_per_tick * NEW_ROW_COST
        self._last_units = 0
        self.interval_ms = interval_ms
        self.longest_tick_ms = 0.0  # for the benchmark and the log
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
        items = getattr(diff, "items", None)  # rows the engine process rendered (RenderedDiff)
        if items is not None:
            rendered = [(blob, row) for _pid, blob, row in items]
        else:
            upserted = diff.upserted
            blobs = getattr(diff, "blobs", None)  # each entry as the engine process sent it
            if blobs is None or len(blobs) != len(upserted):
                blobs = [encode_entry(e) for e in upserted]
            rendered = [(b if type(b) is bytes else bytes(b), render_row(e))
                        for b, e in zip(blobs, upserted, strict=True)]  # fmt: skip
        removed = list(diff.removed_ids)
        with self._lock:
            if generation is not None and generation != self._generation:
                return  # rendered while a reset happened: from the session replaced
            for pid in removed:
                self._upserts.pop(pid, None)
                self._removed[pid] = None
            for item in rendered:
                pid = item[1][V_ID]
                self._removed.pop(pid, None)
                self._upserts[pid] = item

    def on_status(self, status: Any) -> None:
        with self._lock:
            self._status = status
            self._status_dirty = True

    # -- GUI thread -------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._upserts) + len(self._removed)

    @property
    def latest_status(self) -> Any | None:
        with self._lock:
            return self._status

    def reset(self) -> None:
        """Drop what is queued and ignore the sinks handed out so far (GUI thread)."""
        with self._lock:
            self._generation += 1
            self._upserts.clear()
            self._removed.clear()
            self._status = None
            self._status_dirty = False

    def stop(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        """Apply everything queued now (tests, and before a snapshot is taken)."""
        while self._apply_some():
            pass

    def _tick(self) -> None:
        started = time.perf_counter()
        more = self._apply_some()
        took = (time.perf_counter() - started) * 1000
        if took > self.longest_tick_ms:
            self.longest_tick_ms = took
        if took > 50:
            log.debug("GUI batch took %.0f ms", took)
        if self._last_units >= MIN_UNITS_PER_TICK and took > 0:
            fit = int(self._last_units * TICK_BUDGET_MS / took)
            most = self.max_rows_per_tick * CHANGED_ROW_COST
            self._units_this_tick = max(MIN_UNITS_PER_TICK, min(most, fit))
        # With a backlog, come back almost at once (after the event loop has had its turn).
        self._timer.setInterval(10 if more else self.interval_ms)

    def _apply_some(self) -> bool:
        """Apply one capped batch; True when more is waiting."""
        budget, rows_left = self._units_this_tick, self.max_rows_per_tick
        shown = self._model.has_row
        with self._lock:
            n_removed = min(rows_left, MAX_REMOVALS_PER_TICK, 1 + budget // REMOVAL_COST)
            removed = list(islice(self._removed, n_removed))
            for pid in removed:
                del self._removed[pid]
            units = len(removed) * REMOVAL_COST
            rows_left -= len(removed)
            upserts = []
            for key in list(islice(self._upserts, max(0, min(rows_left, budget - units)))):
                if units >= budget:
                    break
                units += CHANGED_ROW_COST if shown(key) else NEW_ROW_COST
                upserts.append(self._upserts.pop(key))
            status = self._status if self._status_dirty else None
            self._status_dirty = False
            more = bool(self._upserts or self._removed)
        self._last_units = units
        if upserts or removed:
            self._model.apply_batch(upserts, removed)
            emit(self.batchApplied, len(upserts), len(removed))
        if status is not None:
            emit(self.statusChanged, status)
        return more
