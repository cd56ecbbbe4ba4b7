"""Audit retention: audit entries older than the chosen number of days are deleted from the
state database, when the engine starts and then once a day while it runs (the app's setting
"Keep audit entries for", ``hostguard watch --audit-retention-days``). 0 keeps them forever.

What is deleted: audit rows decided and settled before the cut-off (`Store.purge_audit`).
What is kept: rows of actions still queued or in flight (their outcome is not known yet), and
the outbox, whose rows hold no name or address and keep a decision from being sent twice.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from hostguard.engine.store import Store
from hostguard.engine.store_errors import StoreError

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 90  # the app's default, and watch's
MAX_RETENTION_DAYS = 36500
DAY_S = 86400.0


class AuditRetention:
    """Deletes a state database's audit entries older than ``days`` (0: never)."""

    def __init__(
        self,
        store: Store,
        days: int,
        *,
        clock: Callable[[], float] = time.time,
        interval: float = DAY_S,
    ) -> None:
        if not 0 <= days <= MAX_RETENTION_DAYS:
            raise ValueError(f"audit retention: expected 0 to {MAX_RETENTION_DAYS} days, got {days}")
        self.store = store
        self.days = int(days)
        self.clock = clock
        self.interval = interval
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._started = False

    def run_once(self) -> int:
        """Delete what is older than the cut-off now; return how many entries went."""
        if self.days == 0:
            return 0
        n = self.store.purge_audit(self.clock() - self.days * DAY_S)
        if n:
            log.info("deleted %d audit entr%s older than %d days", n, "y" if n == 1 else "ies", self.days)
        return n

    def start(self) -> None:
        """Run once now, then once per ``interval`` on a daemon thread until `stop`."""
        self._started = True
        if self.days == 0 or self._thread is not None or self._stop.is_set():
            return
        self._safe_run()
        self._thread = threading.Thread(target=self._loop, name="hostguard-retention", daemon=True)
        self._thread.start()

    def set_days(self, days: int) -> None:
        """Another number of days (the setting changed): applied at once, off the caller's
        thread, when retention is running."""
        if not 0 <= days <= MAX_RETENTION_DAYS:
            raise ValueError(f"audit retention: expected 0 to {MAX_RETENTION_DAYS} days, got {days}")
        self.days = int(days)
        if not self._started or self._stop.is_set():
            return
        if self._thread is None and self.days:
            self._thread = threading.Thread(target=self._loop, name="hostguard-retention", daemon=True)
            self._thread.start()
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def _loop(self) -> None:
        first = self._wake.is_set()  # started by set_days: run at once
        self._wake.clear()
        if first:
            self._safe_run()
        while True:
            self._wake.wait(self.interval)
            self._wake.clear()
            if self._stop.is_set():
                return
            self._safe_run()

    def _safe_run(self) -> None:
        try:
            self.run_once()
        except StoreError as exc:  # a busy or full database: the next round tries again
            log.warning("could not delete old audit entries: %s", exc)
