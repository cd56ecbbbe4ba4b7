"""Sync with the service: the reader (roster, event stream, reconciliation) and the senders
(the outbox drained in batches through `Adapter.act_many`), with leases and `wait_settled`.

Each loop is a thin thread around a step a test can call on its own thread, one at a time:

* `Sync.read_roster()`: one full fetch handed to ``on_snapshot``; `Sync.follow(since)`: one
  request of the event stream handed to ``on_events``, in chunks;
* `Sync.send_batch()`: one batch taken from the outbox (leased), sent, and settled or put back;
* `Sync.renew_leases()`: the leases of the rows this process holds, renewed.

Retries: the HTTP layer (`hostguard.services.http.ServiceHTTP`) retries a request as the
service's answers allow; what it gives up on reaches the loops here as a `ServiceError`, and
only then do they back off (with jitter) before the next round. A per-item failure the service
calls retryable puts the row back in the queue (up to `MAX_ROW_ATTEMPTS`).

The state database failing (a full disk, a read-only file system) is fatal: sending stops at
once (rows already sent stay 'sending' under their keys, to be confirmed by the next run),
`failure` holds the `StoreError`, and `wait_settled` raises it.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable

from hostguard.engine.store import OutboxRow, Store, StoreError
from hostguard.services.base import (
    ActionRequest,
    Adapter,
    AuthError,
    Capability,
    EventsExpired,
    NotSupported,
    RemoteParticipant,
    RosterSnapshot,
    ServiceError,
    UnreachableError,
)

log = logging.getLogger(__name__)

# Attempts per outbox row before a retryable per-item failure counts as failed.
MAX_ROW_ATTEMPTS = 10
# Seconds to pause after an empty event batch that came back well before the requested wait
# (a server ignoring ``wait=``): about one poll a second instead of one per request budget slot.
EARLY_EMPTY_PAUSE = 1.0
EVENT_CHUNK = 200  # events applied under one hold of the roster lock
READER = "hostguard-reader"
SENDER = "hostguard-sender"


class Sync:
    """Reading and sending for one meeting; the callbacks belong to the engine."""

    def __init__(
        self,
        adapter: Adapter,
        store: Store,
        meeting_id: str,
        *,
        on_snapshot: Callable[[RosterSnapshot], object],
        on_events: Callable[[list[tuple[str, RemoteParticipant]]], object],
        on_sent: Callable[[list[OutboxRow], dict[str, str] | None], None],
        on_change: Callable[[], None],
        reconcile_interval: float = 60.0,
        poll_interval: float = 5.0,
        event_wait: float = 5.0,
        batch_size: int = 100,
    ) -> None:
        self.adapter = adapter
        self.store = store
        self.service = adapter.name
        self.meeting_id = meeting_id
        self.on_snapshot = on_snapshot
        self.on_events = on_events
        self.on_sent = on_sent
        self.on_change = on_change
        self.reconcile_interval = reconcile_interval
        self.poll_interval = max(0.05, poll_interval)  # between full fetches without events
        self.event_wait = event_wait
        self.batch_size = max(1, min(100, batch_size))
        self.stopping = threading.Event()
        self.wake = threading.Event()
        self.ready = threading.Event()
        self.settled = threading.Condition()
        self.threads: list[threading.Thread] = []
        self.connected = False
        self.loaded = False  # a roster has been fetched at least once
        self.last_error: str | None = None
        self.first_error: ServiceError | None = None
        self.fatal: ServiceError | None = None
        self.outage_since: float | None = None
        self.store_failure: StoreError | None = None
        self._in_flight = 0  # rows this process's senders hold (their leases are renewed)
        self._in_flight_lock = threading.Lock()

    # -- threads -------------------------------------------------------------------------------
    def start(self, *, senders: int, follow: bool) -> None:
        """Start ``senders`` sender threads (0: none) and, with ``follow``, the reader."""
        for i in range(senders):
            self.threads.append(
                threading.Thread(target=self._sender_loop, name=f"{SENDER}-{i}", daemon=True)
            )
        if senders:
            self.threads.append(
                threading.Thread(target=self._lease_loop, name="hostguard-leases", daemon=True)
            )
        if follow:
            self.threads.append(threading.Thread(target=self._reader_loop, name=READER, daemon=True))
        for t in self.threads:
            t.start()

    def stop(self, timeout: float = 5.0) -> None:
        self.stopping.set()
        self.wake.set()
        self.adapter.cancel_pending()
        deadline = time.monotonic() + timeout
        for t in self.threads:
            if t.name == READER:
                continue  # holds no outbox state; a long poll may still be open
            t.join(max(0.0, deadline - time.monotonic()))
        for t in self.threads:
            if t.name == READER:
                t.join(min(0.5, max(0.0, deadline - time.monotonic())))
        self.threads = [t for t in self.threads if t.is_alive()]
        # The adapter may be used again (a new engine, a connection test): stop refusing.
        # A reader still in a long poll sees the stop flag when it returns and ends.
        self.adapter.resume()
        self.notify_settled()

    def senders_alive(self) -> bool:
        return any(t.name.startswith(SENDER) for t in self.threads)

    def notify_settled(self) -> None:
        with self.settled:
            self.settled.notify_all()

    def note_error(self, message: str, *, connected: bool | None = None) -> None:
        self.last_error = message
        if connected is not None:
            self.connected = connected
        self.on_change()

    def note_read(self) -> None:
        """A roster arrived."""
        self.loaded = True
        self.connected = True
        self.last_error = None
        self.ready.set()
        self.on_change()

    # -- the state database failing ---------------------------------------------------------
    def fail_store(self, exc: StoreError) -> None:
        """The state database cannot record any more: stop sending, say why, once."""
        if self.store_failure is None:
            self.store_failure = exc
            log.info("sending stopped: %s", exc)
        self.note_error(str(exc))
        self.wake.set()
        self.notify_settled()

    def store_write(self, write: Callable[[], object]) -> bool:
        """Run a state database write, again while another process holds the lock; any other
        failure is fatal (`fail_store`). True when it was written."""
        for attempt in range(5):
            try:
                write()
                return True
            except StoreError as exc:
                if exc.transient and attempt < 4 and not self.stopping.is_set():
                    self.stopping.wait(0.5 * (attempt + 1))
                    continue
                self.fail_store(exc)
                return False
        return False

    # -- sending ---------------------------------------------------------------------------------
    def renew_leases(self) -> bool:
        """Renew the leases of rows this process holds; False once renewing cannot go on."""
        if self.store_failure is not None:
            return False  # rows in flight are left to run out and be taken back next time
        with self._in_flight_lock:
            holding = self._in_flight > 0
        if holding:
            try:
                self.store.renew()
            except StoreError as exc:
                if not exc.transient:
                    self.fail_store(exc)
                    return False
        return True

    def _lease_loop(self) -> None:
        interval = max(0.05, self.store.lease_seconds / 3)
        while not self.stopping.wait(interval):
            if not self.renew_leases():
                return

    def send_batch(self) -> bool | None:
        """Take one batch from the outbox and send it. None: nothing to send (or the database
        cannot be read now); True: sent and settled; False: to be tried again after a pause."""
        try:
            rows = self.store.claim(self.service, self.meeting_id, self.batch_size)
        except StoreError as exc:
            if not exc.transient:  # a full disk, a read-only file system: nothing sent
                self.fail_store(exc)
            else:
                self.note_error(f"state database: {exc}")
            return None
        except Exception as exc:  # a vanished database: report, keep trying
            self.note_error(f"state database: {exc}")
            return None
        if not rows:
            self.notify_settled()
            return None
        self.wake.set()  # let another sender claim the next batch meanwhile
        with self._in_flight_lock:
            self._in_flight += len(rows)
        try:
            return self._send(rows)
        except StoreError as exc:  # reading back after the batch
            self.fail_store(exc)
            return False
        except Exception as exc:  # never let a sender die silently with rows held
            log.exception("sending actions failed")
            self.note_error(f"internal error while sending: {type(exc).__name__}: {exc}")
            self.store_write(
                lambda: self.store.requeue([(r.key, "retrying: internal error") for r in rows])
            )
            return False
        finally:
            with self._in_flight_lock:
                self._in_flight -= len(rows)

    def _sender_loop(self) -> None:
        failures = 0
        while not self.stopping.is_set() and self.store_failure is None:
            self.wake.wait(0.5)
            self.wake.clear()
            while not self.stopping.is_set() and self.store_failure is None:
                ok = self.send_batch()
                if ok is None or self.store_failure is not None:
                    break
                if ok:
                    failures = 0
                else:
                    failures += 1
                    self.stopping.wait(random.uniform(0, min(30.0, 0.5 * 2**failures)))
                    break

    def _send(self, rows: list[OutboxRow]) -> bool:
        reqs = [ActionRequest(r.participant_id, r.action, r.key, r.reason) for r in rows]
        began = time.monotonic()
        try:
            results = self.adapter.act_many(self.meeting_id, reqs)
        except ServiceError as exc:
            # Unknown whether the service acted: back to the queue, same keys.
            why = f"retrying: {exc}"
            self.store_write(lambda: self.store.requeue([(r.key, why) for r in rows]))
            if isinstance(exc, AuthError):
                self.fatal = exc
            elif self.outage_since is None:
                self.outage_since = began
            self.note_error(str(exc), connected=False)
            self.on_sent(rows, None)
            return False
        except Exception as exc:  # a bug must not lose the rows: they are resent next time
            log.exception("sending actions failed")
            why = f"retrying: internal error {type(exc).__name__}"
            self.store_write(lambda: self.store.requeue([(r.key, why) for r in rows]))
            self.note_error(f"internal error while sending: {type(exc).__name__}: {exc}")
            self.on_sent(rows, None)
            return False
        settle: list[tuple[str, str, str]] = []
        retry: list[tuple[str, str]] = []
        status_updates: dict[str, str] = {}
        for row, res in zip(rows, results, strict=True):
            if res.outcome == "failed" and res.retryable and row.attempts < MAX_ROW_ATTEMPTS:
                retry.append((row.key, f"retrying: {res.detail}"))
                continue
            settle.append((row.key, res.outcome, res.detail))
            if res.status:
                status_updates[row.participant_id] = res.status
        # The service acted: record it. If the disk is full now, the rows stay 'sending' under
        # their keys and the next run confirms them (the service replays the same answer).
        if not self.store_write(lambda: self.store.settle(settle)):
            return False
        if retry and not self.store_write(lambda: self.store.requeue(retry)):
            return False
        self.outage_since = None
        self.fatal = None
        self.connected = True
        self.last_error = None
        self.on_sent(rows, status_updates)
        return not retry

    def wait_settled(
        self, timeout: float | None = None, give_up_after: float | None = 60.0
    ) -> bool:
        """Wait until no decision of this meeting is queued or in flight (see `Engine`)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self.settled:
            while True:
                if self.store_failure is not None:
                    raise self.store_failure
                if self.fatal is not None:
                    raise self.fatal
                if (
                    give_up_after is not None
                    and self.outage_since is not None
                    and time.monotonic() - self.outage_since > give_up_after
                ):
                    raise UnreachableError(self.last_error or "the service could not be reached")
                if self.store.open_count(self.service, self.meeting_id) == 0:
                    return True
                if self.stopping.is_set() and not any(t.is_alive() for t in self.threads):
                    return False
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self.settled.wait(0.5 if left is None else min(0.5, left))

    # -- reading ---------------------------------------------------------------------------------
    def read_roster(self) -> RosterSnapshot:
        """One full fetch of the roster, handed to ``on_snapshot``; raises ServiceError."""
        snap = self.adapter.fetch_roster(self.meeting_id)
        if self.stopping.is_set():
            return snap
        self.on_snapshot(snap)
        self.note_read()
        return snap

    def follow(self, since: int) -> int:
        """One request of the event stream from ``since``, the events handed to ``on_events``
        in chunks; returns the position to go on from. Raises EventsExpired, NotSupported."""
        asked = time.monotonic()
        batch = self.adapter.events(self.meeting_id, since, self.event_wait)
        if self.stopping.is_set():
            return batch.next
        events = [(ev.type, ev.participant) for ev in batch.events]
        for i in range(0, len(events), EVENT_CHUNK):
            # In chunks, in order: the roster's lock is held for one chunk at a time, so a
            # caller (a preview, an apply) is not kept waiting for a whole burst.
            self.on_events(events[i : i + EVENT_CHUNK])
        if not events and time.monotonic() - asked < self.event_wait / 2:
            # Nothing new, and answered long before the wait asked for: a server that ignores
            # ``wait`` would otherwise be polled as fast as the request budget allows.
            self.stopping.wait(min(EARLY_EMPTY_PAUSE, self.event_wait))
        return batch.next

    def _reader_loop(self) -> None:
        failures = 0
        events_ok = Capability.EVENTS in self.adapter.capabilities
        while not self.stopping.is_set():
            try:
                snap = self.read_roster()
                if self.stopping.is_set():
                    return
                failures = 0
                last_full = time.monotonic()
                since = snap.events_since
                if not events_ok or since is None:
                    self.stopping.wait(min(self.reconcile_interval, self.poll_interval))
                    continue
                while (
                    not self.stopping.is_set()
                    and time.monotonic() - last_full < self.reconcile_interval
                ):
                    since = self.follow(since)
            except EventsExpired:
                continue  # too far behind: the next round is a full reconciliation
            except NotSupported:
                events_ok = False
            except ServiceError as exc:
                if self.stopping.is_set():
                    return
                failures += 1
                if self.first_error is None and not self.ready.is_set():
                    self.first_error = exc
                    self.ready.set()
                self.note_error(str(exc), connected=False)
                self.stopping.wait(random.uniform(0, min(30.0, 1.0 * 2**failures)))
            except StoreError as exc:
                if self.stopping.is_set():
                    return  # the state database was closed under a stopping reader
                if exc.transient:  # another process held the lock too long: again shortly
                    self.note_error(f"state database: {exc}")
                    self.stopping.wait(5.0)
                    continue
                self.fail_store(exc)  # decisions can no longer be recorded: stop
                return
            except Exception as exc:  # never let the roster thread die silently
                if self.stopping.is_set():
                    return  # the state database was closed under a stopping reader
                log.exception("reading the roster failed")
                self.note_error(
                    f"internal error while reading the roster: {type(exc).__name__}: {exc}"
                )
                self.stopping.wait(5.0)


