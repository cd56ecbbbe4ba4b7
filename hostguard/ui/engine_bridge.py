"""Carries the engine's callbacks from its worker threads to the GUI thread, in batches.

The engine calls `on_diff` and `on_status` on its own threads, as often as it likes. The bridge
renders each upserted entry into a `RowView` right there (off the GUI thread), coalesces
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

import gc
import logging
import threading
import time
from itertools import islice
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from hostguard.engine import ForegroundGate
from hostguard.ui.qtcompat import emit
from hostguard.ui.roster_model import RosterModel, RowView, render_row

log = logging.getLogger(__name__)

FREEZE_AFTER = 2000  # rows in one diff above which rendered rows are frozen for the GC
RENDER_CHUNK = 250  # rows rendered between two pause points on a worker thread
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
        self._upserts: dict[str, tuple[Any, RowView]] = {}
        self._removed: dict[str, None] = {}  # ordered set
        self._status: Any | None = None
        self._status_dirty = False
        self.max_rows_per_tick = max_rows_per_tick
        # Cost units (see NEW_ROW_COST) one tick may spend, adapted after each batch.
        self._units_this_tick = max_rows_per_tick * NEW_ROW_COST
        self._last_units = 0
        self.interval_ms = interval_ms
        self.longest_tick_ms = 0.0  # for the benchmark and the log
        # Closed while the GUI thread applies a batch or paints the window; the engine's
        # threads wait at their pause points meanwhile (pacing.py says why).
        self.gate = ForegroundGate()
        model.foreground = self.gate  # its re-sorts and filter passes hold the gate too
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    # -- called on engine worker threads --------------------------------------------------
    def on_diff(self, diff: Any) -> None:
        upserted = diff.upserted
        pause = self.gate.pause_point
        rendered = []
        for i in range(0, len(upserted), RENDER_CHUNK):
            pause()
            rendered += [(e, render_row(e)) for e in upserted[i : i + RENDER_CHUNK]]
            if len(upserted) > FREEZE_AFTER and (i + RENDER_CHUNK) % FREEZE_AFTER == 0:
                # The rows of a big roster live as long as the meeting and form no reference
                # cycles; moving them out of the cyclic collector's sight keeps its full
                # collections (a pause of hundreds of ms per pass over 50,000 rows, taken on
                # whichever thread allocates, with the GIL held) from stalling the GUI.
                gc.freeze()
        if len(upserted) > FREEZE_AFTER:
            gc.freeze()
        removed = list(diff.removed_ids)
        with self._lock:
            for pid in removed:
                self._upserts.pop(pid, None)
                self._removed[pid] = None
            for entry, view in rendered:
                self._removed.pop(view.id, None)
                self._upserts[view.id] = (entry, view)

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

    def stop(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        """Apply everything queued now (tests, and before a snapshot is taken)."""
        while self._apply_some():
            pass

    def _tick(self) -> None:
        started = time.perf_counter()
        with self.gate.hold():
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
