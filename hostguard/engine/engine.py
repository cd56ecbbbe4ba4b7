"""The engine: the one owner of a meeting's roster, its decisions and their sync to the service.

(About 550 lines: `Engine` is the engine's whole public interface, each method a few lines
over the parts below with the documentation its callers read; the work is in the parts.)

`Engine` is what the CLI and the app use: a facade over the parts, each with one job and a
thread-free core that tests can drive step by step:

* `hostguard.engine.roster`: the entries, their diffs, rejoin handling and sync states;
* `hostguard.engine.planning`: the one function that says whom a rule set acts on, with the
  share guard's verdict (`Engine.plan` and `Engine.apply` both call it);
* `hostguard.engine.actions`: decisions into outbox rows with their audit evidence;
* `hostguard.engine.sync`: the reader (roster, events, reconciliation) and sender threads,
  leases and `wait_settled`;
* `hostguard.engine.policy`: the meeting's own country policy (set, recorded, restored);
* `hostguard.engine.store`: the state database (outbox, audit, binding, policy).

Callbacks ``on_diff``/``on_status`` fire on the engine's threads; the UI bridges them to its own.

Every roster change is evaluated against the rules at once. A decision to act is written to
the outbox (committed) before anything is sent; the idempotency key is derived from service,
meeting, participant and action, so a resend after a crash, or a second HostGuard watching
the same meeting with the same rules, never takes effect twice. A participant already in the
target state on the service, or with an outbox row for that action, is not acted on again
(and a person who left and rejoined is covered as `hostguard.engine.roster` says).

The share guard: `apply` counts the enforcing decisions for participants not yet acted on
against the non-exempt participants present, and refuses (`GuardRefused`) above the rule
set's ``max_action_share`` unless forced.

Leases: the rows a sender takes are leased to this engine's `Store` and renewed while they are
in flight; rows another process took and left are taken back and sent again with the same
idempotency key. A state directory belongs to one service address and account per meeting
(`Store.bind`): a mismatch is a `StoreError` at construction.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from os import PathLike

from hostguard.core.geo import GeoResolver
from hostguard.core.participants import plain_text
from hostguard.core.rules import GuardVerdict, RuleSet
from hostguard.engine.actions import flag_record, new_action
from hostguard.engine.audit import AuditLog
from hostguard.engine.pacing import no_pause
from hostguard.engine.planning import (
    GONE,
    PRESENT,
    Plan,
    Preview,
    RulePreview,
    acting_entries,
    needs_action,
)
from hostguard.engine.planning import eligible as eligible_count
from hostguard.engine.planning import plan as make_plan
from hostguard.engine.policy import MeetingPolicy
from hostguard.engine.results import (
    ApplyResult,
    DryRunError,
    EngineStatus,
    GuardRefused,
    OutcomeItem,
)
from hostguard.engine.retention import AuditRetention
from hostguard.engine.roster import (
    Roster,
    RosterDiff,
    RosterEntry,
    SyncState,
    location_check,
    to_participant,
)
from hostguard.engine.store import (
    APPLIED,
    FAILED,
    LEASE_SECONDS,
    MANUAL,
    QUEUED,
    SENDING,
    UNSUPPORTED,
    OutboxRow,
    Store,
    StoreError,
)
from hostguard.engine.sync import EARLY_EMPTY_PAUSE, EVENT_CHUNK, MAX_ROW_ATTEMPTS, Sync
from hostguard.services.base import Adapter, RemoteParticipant, RosterSnapshot

__all__ = [
    "EARLY_EMPTY_PAUSE",
    "EVENT_CHUNK",
    "GONE",
    "MAX_ROW_ATTEMPTS",
    "PRESENT",
    "ApplyResult",
    "DryRunError",
    "Engine",
    "EngineStatus",
    "GuardRefused",
    "OutcomeItem",
    "Plan",
    "Preview",
    "RosterDiff",
    "RosterEntry",
    "RulePreview",
    "SyncState",
    "location_check",
    "needs_action",
    "service_identity",
    "to_participant",
]

log = logging.getLogger(__name__)


def service_identity(adapter: Adapter) -> tuple[str, str]:
    """(address, account) of the service an adapter talks to, for `Store.bind`: the API root
    it uses, and the account it acts for where the service has one beyond the address (an
    adapter's ``account_identity``, a one-way hash; "" otherwise)."""
    http = getattr(adapter, "http", None)
    address = str(getattr(http, "base_url", "") or "").rstrip("/")
    account = getattr(adapter, "account_identity", "") or ""
    return address, str(account)


class Engine:
    """Roster, decisions and outbox for one meeting on one service."""

    def __init__(
        self,
        adapter: Adapter,
        meeting_id: str,
        ruleset: RuleSet,
        resolver: GeoResolver,
        state_dir: str | PathLike[str],
        *,
        apply: bool = False,
        auto_apply_new: bool = False,
        force: bool = False,
        actor: str = "hostguard",
        on_diff: Callable[[RosterDiff], None] | None = None,
        on_status: Callable[[EngineStatus], None] | None = None,
        reconcile_interval: float = 60.0,
        event_wait: float = 5.0,
        batch_size: int = 100,
        senders: int = 2,
        pause_point: Callable[[], None] = no_pause,
        lease_seconds: float = LEASE_SECONDS,
        poll_interval: float = 5.0,
        audit_retention_days: int = 0,
    ) -> None:
        """``poll_interval``: seconds between full fetches of the roster when the service has
        no event stream (the app's "Roster refresh interval"). ``audit_retention_days``: audit
        entries older than this are deleted at `start` and daily (0: kept; see retention.py);
        not in a dry run, which changes nothing in the state database."""
        self.adapter = adapter
        self.service = adapter.name
        self.meeting_id = meeting_id
        self.dry_run = not apply
        self.auto_apply_new = auto_apply_new
        self.force = force
        self.actor = actor
        self.on_diff = on_diff
        self.on_status = on_status
        self.n_senders = max(1, senders)
        # StoreError for an unusable state database, or one that belongs to another service
        self.store = Store(state_dir, lease_seconds=lease_seconds)
        try:
            address, account = service_identity(adapter)
            self.store.bind(self.service, meeting_id, address, account, record=apply)
        except BaseException:
            self.store.close()
            raise
        self.audit = AuditLog(self.store, self.service, meeting_id)
        self.roster = Roster(self.service, meeting_id, ruleset, resolver)
        self._lock = self.roster.lock
        self.policy = MeetingPolicy(adapter, self.store, meeting_id, actor)
        self.policy.use_ruleset(ruleset)
        self.sync = Sync(
            adapter,
            self.store,
            meeting_id,
            on_snapshot=self._apply_snapshot,
            on_events=self._apply_events,
            on_sent=self._after_batch,
            on_change=self._emit_status,
            reconcile_interval=reconcile_interval,
            poll_interval=poll_interval,
            event_wait=event_wait,
            batch_size=batch_size,
            pause_point=pause_point,
        )
        self.roster.load_rows(self.store.rows(self.service, meeting_id))
        self.retention = AuditRetention(self.store, 0 if self.dry_run else audit_retention_days)
        self._applied_once = False
        self._guard_blocked: GuardVerdict | None = None
        self._flagged: set[str] = set()
        self._started = False
        self._status_lock = threading.Lock()
        self._last_status: EngineStatus | None = None
        adapter.subscribe_state(lambda _st: self._emit_status())

    # -- lifecycle ----------------------------------------------------------------------
    def start(self, follow: bool = True) -> None:
        """Start the senders and, with ``follow``, the reader (roster, events, reconciliation).

        An engine is started once; after `stop`, make a new one (on the same state directory).
        """
        if self._started or self.sync.stopping.is_set():
            return
        self._started = True
        if not self.dry_run:
            n = self.store.recover(self.service, self.meeting_id)
            if n:
                log.info("resuming %d action(s) left in flight by an earlier run", n)
            self.roster.load_rows(self.store.rows(self.service, self.meeting_id))
            self.retention.start()
        self.sync.start(senders=0 if self.dry_run else self.n_senders, follow=follow)

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the threads; the outbox stays consistent (rows in flight are resent next time)."""
        self.retention.stop()
        self.sync.stop(timeout)

    def close(self) -> None:
        """Stop, then close the state database (unless a sender is still finishing a request)."""
        self.stop()
        if not self.sync.senders_alive():
            self.store.close()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait for the first roster (False on timeout); raise the error if the first fetch failed."""
        ok = self.sync.ready.wait(timeout)
        if ok and not self.sync.loaded and self.sync.first_error is not None:
            raise self.sync.first_error
        return ok

    def wait_settled(
        self, timeout: float | None = None, give_up_after: float | None = 60.0
    ) -> bool:
        """Wait until no decision of this meeting is queued or in flight.

        Returns False on timeout. Raises AuthError when the service refuses the credentials,
        UnreachableError when sending has failed for ``give_up_after`` seconds in a row, the
        `StoreError` when the state database failed.
        """
        return self.sync.wait_settled(timeout, give_up_after)

    @property
    def poll_interval(self) -> float:
        """Seconds between full fetches of the roster when the service has no event stream."""
        return self.sync.poll_interval

    @poll_interval.setter
    def poll_interval(self, seconds: float) -> None:
        self.sync.poll_interval = max(0.05, float(seconds))

    @property
    def audit_retention_days(self) -> int:
        return self.retention.days

    @audit_retention_days.setter
    def audit_retention_days(self, days: int) -> None:
        """Applied at once (on the retention thread); a dry run keeps everything."""
        if not self.dry_run:
            self.retention.set_days(days)

    @property
    def failure(self) -> StoreError | None:
        """The state database failure that stopped sending (a full disk...), if any."""
        return self.sync.store_failure

    # -- roster ----------------------------------------------------------------------------
    def refresh(self) -> RosterDiff:
        """Fetch the whole roster now (a full reconciliation); raises ServiceError subclasses."""
        snap = self.adapter.fetch_roster(self.meeting_id)
        diff = self._apply_snapshot(snap)
        self.sync.note_read()
        return diff

    def snapshot(self) -> list[RosterEntry]:
        with self._lock:
            return list(self.roster.entries.values())

    @property
    def ruleset(self) -> RuleSet:
        return self.roster.ruleset

    @property
    def resolver(self) -> GeoResolver:
        return self.roster.resolver

    def set_ruleset(self, ruleset: RuleSet) -> RosterDiff:
        """Use new rules: re-evaluate everyone, report what changed, auto-apply if active."""
        with self._lock:
            self.roster.ruleset = ruleset
            self.policy.use_ruleset(ruleset)
            return self._reevaluate(every_entry=False)

    def set_resolver(self, resolver: GeoResolver) -> RosterDiff:
        """Use other GeoIP databases (after an update): every entry is rebuilt, since its
        evidence changes even where its decision does not. The caller closes the old resolver
        once no lookup can be running on it."""
        with self._lock:
            self.roster.resolver = resolver
            return self._reevaluate(every_entry=True)

    def _reevaluate(self, *, every_entry: bool) -> RosterDiff:
        with self._lock:
            diff = self.roster.reevaluate(every_entry=every_entry)
            diff.upserted.extend(
                self._auto_queue(list(self.roster.entries.values()), guarded=True)
            )
        self._emit(diff)
        return diff

    def _apply_snapshot(self, snap: RosterSnapshot) -> RosterDiff:
        with self._lock:
            diff, changed = self.roster.apply_snapshot(snap.participants)
            diff.upserted.extend(self._auto_queue(changed, guarded=False))
        self._emit(diff)
        return diff

    def _apply_events(self, events: Iterable[tuple[str, RemoteParticipant]]) -> RosterDiff:
        with self._lock:
            diff, changed = self.roster.apply_events(events)
            diff.upserted.extend(self._auto_queue(changed, guarded=False))
        self._emit(diff)
        return diff

    def _after_batch(
        self, rows: list[OutboxRow], status_updates: dict[str, str] | None = None
    ) -> None:
        self.roster.load_rows(self.store.get_many(r.key for r in rows))
        with self._lock:
            diff = self.roster.after_batch(rows, status_updates)
        self._emit(diff)
        self.sync.notify_settled()

    # -- planning and applying ---------------------------------------------------------------
    def plan(self, ruleset: RuleSet | None = None) -> Plan:
        """What ``ruleset`` (default: the current one) would do now, rule by rule, with the
        guard's verdict; sends nothing. The same function `apply` acts on."""
        rs = ruleset or self.roster.ruleset
        with self._lock:
            entries = list(self.roster.entries.values())
            return make_plan(
                entries,
                rs,
                handled=self.roster.handled,
                support=self.adapter.support,
                describe=self.adapter.plan,
                decided=rs is self.roster.ruleset,
            )

    preview = plan  # the name the CLI and older callers use

    def apply(
        self, force: bool = False, participant_ids: Iterable[str] | None = None
    ) -> ApplyResult:
        """Queue every current enforcing decision not yet acted on; the guard checks the share.

        ``participant_ids`` limits it to the people a host confirmed (the roster may have grown
        since the confirmation was shown). Raises GuardRefused (nothing queued) above
        ``max_action_share`` unless forced. In a dry run, returns what would be queued and
        queues nothing.
        """
        with self._lock:
            p = self.plan()
            acting = set(p.acting)
            if participant_ids is not None:
                acting &= set(participant_ids)
            entries = list(self.roster.entries.values())
            todo = [e for e in entries if e.id in acting]
            verdict = GuardVerdict(len(todo), p.verdict.eligible, p.verdict.limit)
            if not verdict.allowed and not (force or self.force):
                raise GuardRefused(verdict)
            n_unsup = sum(1 for pid in p.unsupported if pid in acting)
            n_manual = sum(1 for pid in p.manual if pid in acting)
            done = len(p.already_done)
            ids = tuple(e.id for e in todo)
            if self.dry_run:
                return ApplyResult(
                    len(todo) - n_unsup - n_manual, done, n_unsup, n_manual, verdict, True, ids
                )
            updated = self._queue(todo)
            self._record_flags(entries)
            self._applied_once = True
            self._guard_blocked = None
        self.policy.apply()
        if self.policy.last_error:  # said in the status until the next good read
            self.sync.last_error, self.policy.last_error = self.policy.last_error, None
        self._emit(RosterDiff(upserted=updated))
        return ApplyResult(
            len(todo) - n_unsup - n_manual, done, n_unsup, n_manual, verdict, False, ids
        )

    def _queue(self, todo: list[RosterEntry]) -> list[RosterEntry]:
        """Write decisions to the outbox (before anything is sent); return updated entries."""
        if not todo:
            return []
        actions = [
            new_action(self.service, self.meeting_id, e, self.adapter.support, self.actor)
            for e in todo
        ]
        self.store.enqueue(actions)
        self.roster.load_rows(self.store.get_many(a.key for a in actions))
        out = [ne for e in todo if (ne := self.roster.rebuild(e.id)) is not None]
        self.sync.wake.set()
        return out

    def _record_flags(self, entries: Iterable[RosterEntry]) -> None:
        """Audit each flagged participant once (nothing is sent for a flag)."""
        items = []
        for e in entries:
            if e.decision.action == "flag" and e.id not in self._flagged:
                self._flagged.add(e.id)
                items.append(flag_record(self.service, self.meeting_id, e, self.actor))
        if items:
            self.store.record_many(items, "flagged")

    def _auto_queue(self, entries: list[RosterEntry], *, guarded: bool) -> list[RosterEntry]:
        """New joiners (and, with ``guarded``, everyone after new rules) once Apply was pressed."""
        if self.dry_run or not (self.auto_apply_new and self._applied_once):
            return []
        self._record_flags(entries)
        todo = acting_entries(entries, self.roster.handled)
        if not todo:
            self._guard_blocked = None
            return []
        if guarded and not self.force:
            everyone = list(self.roster.entries.values())
            verdict = GuardVerdict(
                len(acting_entries(everyone, self.roster.handled)),
                eligible_count(everyone),
                self.roster.ruleset.max_action_share,
            )
            if not verdict.allowed:
                self._guard_blocked = verdict
                self.sync.last_error = "guard: " + verdict.message()
                return []
        self._guard_blocked = None
        return self._queue(todo)

    def readmit(self, participant_id: str) -> str:
        """Admit someone from the waiting room (undo), where the service allows; returns the key."""
        if self.dry_run:
            raise DryRunError("this is a dry run: nothing is sent")
        with self._lock:
            e = self.roster.entries.get(participant_id)
            if e is None:
                raise KeyError(participant_id)
            # Each readmission is a new decision (someone may be moved and readmitted twice).
            n = sum(
                1
                for r in self.store.rows(self.service, self.meeting_id)
                if r.participant_id == participant_id and r.action == "admit"
            )
            na = new_action(
                self.service,
                self.meeting_id,
                e,
                self.adapter.support,
                self.actor,
                action="admit",
                nonce=str(n) if n else "",
            )
            self.store.enqueue([na])
            self.roster.load_rows(self.store.get_many([na.key]))
            self.sync.wake.set()
        self._emit_status()
        return na.key

    def outcomes(self, states: Iterable[str] = (MANUAL, FAILED, UNSUPPORTED)) -> list[OutcomeItem]:
        """Settled actions in these states, oldest first, each with the name and the person's
        current session (a rejoined person is listed once, under the id they have now)."""
        rows = self.store.rows(self.service, self.meeting_id, states=tuple(states))
        names = self.store.audit_values((r.key for r in rows), "participant_name")
        with self._lock:
            present = self.roster.present_people()
            by_id = dict(self.roster.entries)
        out = []
        for r in rows:
            e = by_id.get(r.participant_id) or (present.get(r.person) if r.person else None)
            name = plain_text(e.participant.name) if e is not None else str(names.get(r.key) or "")
            current = e.id if e is not None else r.participant_id
            out.append(OutcomeItem(r.participant_id, current, name, r.action, r.state, r.detail))
        return out

    # -- the meeting's own policy ------------------------------------------------------------
    @property
    def service_policy(self) -> str | None:
        """What applying did to the meeting's own policy, in words (None: nothing to say)."""
        return self.policy.described

    def restorable_policy(self) -> str | None:
        """What HostGuard last did to the meeting's own policy, in words, if it can be put back
        (this session's change, or one recorded by an earlier run and not restored since);
        None otherwise. Reads the state database: not on the GUI thread."""
        return self.policy.restorable()

    def restore_service_policy(self) -> str:
        """Put the meeting's own policy back as it was before HostGuard changed it (this
        session's change or, after a restart, the last one recorded). Returns a sentence;
        raises ServiceError subclasses, or LookupError when there is nothing to restore."""
        return self.policy.restore()

    # -- status ----------------------------------------------------------------------------------
    def status(self) -> EngineStatus:
        counts = self.store.counts(self.service, self.meeting_id)
        http = self.adapter.http_state
        last_error = self.sync.last_error or (http.last_error if http else None)
        return EngineStatus(
            connected=self.sync.connected,
            participants=len(self.roster.entries),
            pending=counts[QUEUED] + counts[SENDING],
            applied=counts[APPLIED],
            failed=counts[FAILED],
            unsupported=counts[UNSUPPORTED],
            manual=counts[MANUAL],
            backing_off_until=http.backing_off_until if http else None,
            rate_limited=http.rate_limited if http else False,
            last_error=last_error,
            budget=http.budget if http else None,
            ready=self.sync.ready.is_set(),
            dry_run=self.dry_run,
            guard_blocked=self._guard_blocked,
        )

    def _emit(self, diff: RosterDiff) -> None:
        if len(diff.upserted) > 1:
            # One entry per participant, the latest, in first-seen order.
            latest = {e.id: e for e in diff.upserted}
            gone = set(diff.removed_ids)
            diff.upserted = [e for i, e in latest.items() if i not in gone]
        if diff and self.on_diff is not None:
            try:
                self.on_diff(diff)
            except Exception:
                log.exception("on_diff callback failed")
        self._emit_status()

    def _emit_status(self) -> None:
        if self.on_status is None:
            return
        try:
            st = self.status()
        except Exception:  # the database closed under us while stopping
            return
        with self._status_lock:
            if st == self._last_status:
                return
            self._last_status = st
        try:
            self.on_status(st)
        except Exception:
            log.exception("on_status callback failed")
