"""The engine: the one owner of a meeting's roster, its decisions and their sync to the service.

(About 900 lines: `Engine` is the engine's whole public interface, each method a few lines
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

For a live event (issue 14), the facade also offers, each documented where it is defined:

* enforcement on new joiners: `Engine.enforce_new_joiners` (a switch), behind the burst guard
  (`hostguard.engine.burst`): `held_actions`, `release_held`, `drop_held`, `last_hold`,
  `subscribe_hold` / ``on_hold``, and ``EngineStatus.held`` / ``enforcing_new``;
* live counts per rule, report-only rules included: `rule_counts` (and `Plan.reported`);
* rule windows on the engine's ``clock``: `check_schedule` (also run each second);
* undo of the last apply: `undo_limits` (before an Apply), `undo_plan`, `undo_last_apply`;
* how much network the audit keeps: ``audit_network`` ("network" or "country");
* forgetting a meeting: `hostguard.engine.forget.forget_meeting` (with the engine closed).

Leases: the rows a sender takes are leased to this engine's `Store` and renewed while they are
in flight; rows another process took and left are taken back and sent again with the same
idempotency key. A state directory belongs to one service address and account per meeting
(`Store.bind`): a mismatch is a `StoreError` at construction.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from os import PathLike

from hostguard.core.geo import GeoResolver
from hostguard.core.participants import plain_text
from hostguard.core.rules import ENFORCING_ACTIONS, GuardVerdict, RuleSet
from hostguard.engine.actions import (
    AUDIT_NETWORK_MODES,
    flag_record,
    new_action,
    report_record,
)
from hostguard.engine.audit import AuditLog, iso_time
from hostguard.engine.burst import (
    DEFAULT_MIN_ACTIONS,
    DEFAULT_WINDOW,
    BurstGuard,
    BurstHold,
    HeldAction,
)
from hostguard.engine.forget import Presence
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
    RuleCount,
    UndoItem,
    UndoPlan,
    UndoResult,
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
    idempotency_key,
)
from hostguard.engine.sync import EARLY_EMPTY_PAUSE, EVENT_CHUNK, MAX_ROW_ATTEMPTS, Sync
from hostguard.engine.undo import LastApply, sort_undo
from hostguard.services.base import Adapter, RemoteParticipant, RosterSnapshot, ServiceError

__all__ = [
    "EARLY_EMPTY_PAUSE",
    "EVENT_CHUNK",
    "GONE",
    "MAX_ROW_ATTEMPTS",
    "PRESENT",
    "ApplyResult",
    "BurstHold",
    "DryRunError",
    "Engine",
    "EngineStatus",
    "GuardRefused",
    "HeldAction",
    "OutcomeItem",
    "Plan",
    "Preview",
    "RosterDiff",
    "RosterEntry",
    "RuleCount",
    "RulePreview",
    "SyncState",
    "UndoItem",
    "UndoPlan",
    "UndoResult",
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
        clock: Callable[[], float] = time.time,
        audit_network: str = "network",
        burst_window: float = DEFAULT_WINDOW,
        burst_min_actions: int = DEFAULT_MIN_ACTIONS,
        on_hold: Callable[[BurstHold], None] | None = None,
    ) -> None:
        """``poll_interval``: seconds between full fetches of the roster when the service has
        no event stream (the app's "Roster refresh interval"). ``audit_retention_days``: audit
        entries older than this are deleted at `start` and daily (0: kept; see retention.py);
        not in a dry run, which changes nothing in the state database.

        ``clock``: seconds since the epoch (``time.time``); the rules' ``active_from`` /
        ``active_until`` windows and the burst guard's window are read on it (tests inject one).
        ``audit_network``: "network" (the matched network, at most /24 or /48, as before) or
        "country" (no network in the audit or the outbox's reasons).
        ``burst_window`` / ``burst_min_actions``: the burst guard (`hostguard.engine.burst`);
        ``on_hold(BurstHold)`` fires on the engine's threads when it holds actions."""
        if audit_network not in AUDIT_NETWORK_MODES:
            raise ValueError(
                f"audit_network: expected one of {', '.join(AUDIT_NETWORK_MODES)}, got {audit_network!r}"
            )
        if not burst_window > 0:
            raise ValueError("burst_window: expected a positive number of seconds")
        self.clock = clock
        self.audit_network = audit_network
        self.on_hold = on_hold
        self._hold_listeners: list[Callable[[BurstHold], None]] = []
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
        # While open, `forget_meeting` on this directory refuses (hostguard.engine.forget).
        self._presence = Presence(self.store.state_dir)
        self.audit = AuditLog(self.store, self.service, meeting_id)
        self.roster = Roster(self.service, meeting_id, ruleset, resolver, clock=clock)
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
        self.retention = AuditRetention(
            self.store, 0 if self.dry_run else audit_retention_days, clock=clock
        )
        self.burst = BurstGuard(
            ruleset.max_action_share, window=burst_window, min_actions=burst_min_actions, clock=clock
        )
        self._dropped: set[tuple[str, str]] = set()  # (participant, action) the host chose not to act on
        self._reported_seen: dict[str, set[str]] = {}  # report-only rule -> participants it matched
        self._reported_recorded: set[tuple[str, str]] = set()
        self._last_apply: LastApply | None = None
        self._boundary_done: float = clock()  # rule windows up to here are reflected in decisions
        self._schedule_thread: threading.Thread | None = None
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
        if follow:
            self._schedule_thread = threading.Thread(
                target=self._schedule_loop, name="hostguard-schedule", daemon=True
            )
            self._schedule_thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the threads; the outbox stays consistent (rows in flight are resent next time)."""
        self.retention.stop()
        self.sync.stop(timeout)
        t = self._schedule_thread
        if t is not None and t is not threading.current_thread():
            t.join(timeout)

    def _schedule_loop(self) -> None:
        while not self.sync.stopping.wait(1.0):
            try:
                self.check_schedule()
            except Exception:  # a closed database while stopping; said by the senders otherwise
                log.debug("schedule check failed", exc_info=True)

    def check_schedule(self) -> RosterDiff | None:
        """Decide everyone again if a rule's ``active_from``/``active_until`` passed since the
        last check (on the engine's clock); with enforcement on, what that changes is acted on
        behind the share guard, as after new rules. Runs each second while following; tests
        call it after moving their clock. Returns the diff, or None when no window changed."""
        now = self.clock()
        with self._lock:
            since, self._boundary_done = self._boundary_done, now
            due = any(since < b.timestamp() <= now for b in self.roster.ruleset.boundaries())
        if not due:
            return None
        return self._reevaluate(every_entry=False)

    def close(self) -> None:
        """Stop, then close the state database (unless a sender is still finishing a request)."""
        self.stop()
        if not self.sync.senders_alive():
            self.store.close()
        self._presence.release()

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
            self.burst.limit = ruleset.max_action_share
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
            joiners = self._joiners(snap.participants)
            diff, changed = self.roster.apply_snapshot(snap.participants)
            diff.upserted.extend(self._auto_queue(changed, guarded=False, joiners=joiners))
        self._emit(diff)
        return diff

    def _apply_events(self, events: Iterable[tuple[str, RemoteParticipant]]) -> RosterDiff:
        with self._lock:
            events = list(events)
            joiners = self._joiners(rp for _kind, rp in events)
            diff, changed = self.roster.apply_events(events)
            diff.upserted.extend(self._auto_queue(changed, guarded=False, joiners=joiners))
        self._emit(diff)
        return diff

    def _joiners(self, participants: Iterable[RemoteParticipant]) -> list[str]:
        """Sessions not on the roster yet (for the burst guard), while enforcement is on."""
        if not self.enforce_new_joiners or self.dry_run:
            return []
        known = self.roster.entries
        return [rp.id for rp in participants if rp.id not in known and rp.status in PRESENT]

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
                now=self.roster.now(),
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
            for e in todo:  # the host applied to them: no longer held by the burst guard
                self.burst.forget(e.id)
            self._record_flags(entries)
            self._applied_once = True
            self._guard_blocked = None
            sent = [e for e in todo if (e.id, e.decision.action) in self.roster.outbox]
            record = LastApply(
                at=self.clock(),
                entries={e.id: e for e in sent},
                keys={e.id: self.roster.outbox[(e.id, e.decision.action)].key for e in sent},
            )
        change = self.policy.apply()
        record.policy_changed = bool(change is not None and change.changed)
        if record.entries or record.policy_changed:
            self._last_apply = record  # an Apply that did nothing leaves the one before undoable
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
            new_action(
                self.service, self.meeting_id, e, self.adapter.support, self.actor,
                audit_network=self.audit_network,
            )
            for e in todo
        ]
        self.store.enqueue(actions)
        self.roster.load_rows(self.store.get_many(a.key for a in actions))
        out = [ne for e in todo if (ne := self.roster.rebuild(e.id)) is not None]
        self.sync.wake.set()
        return out

    def _record_flags(self, entries: Iterable[RosterEntry]) -> None:
        """Audit each flagged participant once, and each report-only rule's match once per
        participant and rule (outcome "reported"); nothing is sent for either."""
        items = []
        reports = []
        for e in entries:
            if e.decision.action == "flag" and e.id not in self._flagged:
                self._flagged.add(e.id)
                items.append(
                    flag_record(self.service, self.meeting_id, e, self.actor, self.audit_network)
                )
            for name in e.decision.reported:
                if (e.id, name) in self._reported_recorded:
                    continue
                self._reported_recorded.add((e.id, name))
                rule = self.roster.ruleset.rule(name)
                action = rule.action if rule is not None else "report"
                reports.append(report_record(
                    self.service, self.meeting_id, e, name, action, self.actor, self.audit_network
                ))  # fmt: skip
        if items:
            self.store.record_many(items, "flagged")
        if reports:
            self.store.record_many(reports, "reported", "report-only rule: nothing sent")

    def _auto_queue(
        self, entries: list[RosterEntry], *, guarded: bool, joiners: list[str] | None = None
    ) -> list[RosterEntry]:
        """New joiners (and, with ``guarded``, everyone after new rules) once Apply was pressed
        or enforcement switched on. Joiners go through the burst guard (unless forced)."""
        if self.dry_run or not (self.auto_apply_new and self._applied_once):
            return []
        self._record_flags(entries)
        todo = acting_entries(entries, self.roster.handled)
        if self._dropped:
            todo = [e for e in todo if (e.id, e.decision.action) not in self._dropped]
        if not guarded and not self.force:
            if joiners:
                self.burst.note_joiners(joiners)
            todo, hold = self.burst.screen(todo, self._held_action)
            if hold is not None:
                self._hold_said(hold)
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
            na = self._host_action(e, "admit")
            self.store.enqueue([na])
            self.roster.load_rows(self.store.get_many([na.key]))
            self.sync.wake.set()
        self._emit_status()
        return na.key

    def _host_action(
        self, e: RosterEntry, action: str, reason: str | None = None, done: dict[str, int] | None = None
    ):
        """A new outbox row for an action the host asked for (admit): each is a new decision
        (someone may be moved and readmitted twice), so the key takes a count. ``done``: the
        counts of ``action`` per participant, read once for many (see `_action_counts`)."""
        if done is None:
            done = self._action_counts(action, e.id)
        n = done.get(e.id, 0)
        return new_action(
            self.service, self.meeting_id, e, self.adapter.support, self.actor,
            action=action, nonce=str(n) if n else "", reason=reason, audit_network=self.audit_network,
        )  # fmt: skip

    def _action_counts(self, action: str, participant_id: str | None = None) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.store.rows(self.service, self.meeting_id):
            if r.action == action and (participant_id is None or r.participant_id == participant_id):
                out[r.participant_id] = out.get(r.participant_id, 0) + 1
        return out

    # -- enforcement on new joiners and the burst guard ------------------------------------
    @property
    def enforce_new_joiners(self) -> bool:
        """Whether each joiner is decided and acted on as they arrive (the app's "Enforce rules
        on new joiners"; `watch --apply` in follow mode after its first apply)."""
        return self.auto_apply_new and self._applied_once

    @enforce_new_joiners.setter
    def enforce_new_joiners(self, on: bool) -> None:
        """Switch enforcement on or off (no Apply needed first). On: joiners are acted on
        behind the burst guard, and new rules or a rule window that opens are acted on behind
        the share guard, as after an Apply. Off: nothing more is queued automatically (what
        is queued is still sent; held actions stay held until released or dropped)."""
        with self._lock:
            self.auto_apply_new = bool(on)
            if on:
                self._applied_once = True
        self._emit_status()

    def subscribe_hold(self, callback: Callable[[BurstHold], None]) -> None:
        """``callback(BurstHold)`` whenever the burst guard holds actions (on the engine's
        threads: the UI bridges it to its own). Also ``on_hold`` at construction."""
        self._hold_listeners.append(callback)

    def held_actions(self) -> list[HeldAction]:
        """The actions the burst guard holds now (not in the outbox, not sent), oldest first."""
        with self._lock:
            return sorted(self.burst.held.values(), key=lambda h: h.since)

    @property
    def last_hold(self) -> BurstHold | None:
        """What the burst guard saw when it last held actions (None when nothing is held)."""
        return self.burst.last if self.burst.held else None

    def release_held(self) -> int:
        """Act on the held actions (the host's "go on"): those still present whose decision is
        still to act are written to the outbox and sent; returns how many. The guard starts
        a fresh window."""
        if self.dry_run:
            raise DryRunError("this is a dry run: nothing is sent")
        with self._lock:
            held = self.burst.take()
            todo = acting_entries(
                [e for h in held if (e := self.roster.entries.get(h.participant_id)) is not None],
                self.roster.handled,
            )
            updated = self._queue(todo)
        self._emit(RosterDiff(upserted=updated))
        return len(updated)

    def drop_held(self) -> int:
        """Do not act on the held actions (the host's "stop"): each is an audit row (outcome
        "dropped"), and those people are not acted on automatically for that action again
        (an explicit Apply still may). Returns how many."""
        with self._lock:
            held = self.burst.take()
            items = []
            for h in held:
                self._dropped.add((h.participant_id, h.action))
                e = self.roster.entries.get(h.participant_id)
                if e is None:
                    continue
                na = new_action(
                    self.service, self.meeting_id, e, self.adapter.support, self.actor,
                    audit_network=self.audit_network,
                )  # fmt: skip
                key = idempotency_key(self.service, self.meeting_id, e.id, h.action, f"dropped {h.since}")
                items.append((key, na.audit))
            if items and not self.dry_run:
                self.store.record_many(
                    items, "dropped", "held by the burst guard; the host chose not to act"
                )
        self._emit_status()
        return len(held)

    def _held_action(self, e: RosterEntry, now: float) -> HeldAction:
        return HeldAction(e.id, plain_text(e.participant.name), e.decision.action, e.decision.rule, now)

    def _hold_said(self, hold: BurstHold) -> None:
        self.sync.last_error = hold.message()
        for cb in ([self.on_hold] if self.on_hold else []) + list(self._hold_listeners):
            try:
                cb(hold)
            except Exception:
                log.exception("on_hold callback failed")

    # -- live counts ---------------------------------------------------------------------------
    def rule_counts(self) -> list[RuleCount]:
        """Per enabled rule, in file order: how many present participants it matches now, how
        many actions it decided since the start (outbox rows of this meeting in this state
        directory, whatever their outcome), and for a report-only rule how many participants
        it matched since this engine started. Reads the state database: not on the GUI thread."""
        acted = self.store.rule_counts(self.service, self.meeting_id, ENFORCING_ACTIONS)
        with self._lock:
            rules = [r for r in self.roster.ruleset.rules if r.enabled]
            now: dict[str, int] = {}
            for e in self.roster.entries.values():
                if e.participant.status not in PRESENT:
                    continue
                d = e.decision
                if d.rule is not None:
                    now[d.rule] = now.get(d.rule, 0) + 1
                for name in d.reported:
                    now[name] = now.get(name, 0) + 1
            seen = {k: len(v) for k, v in self._reported_seen.items()}
        return [
            RuleCount(
                r.name, r.action, r.report_only, now.get(r.name, 0),
                0 if r.report_only else acted.get(r.name, 0), seen.get(r.name, 0),
            )
            for r in rules
        ]

    # -- undo ----------------------------------------------------------------------------------
    def undo_limits(self, plan: Plan | None = None) -> dict[str, str]:
        """Before an Apply: action -> why it could not be undone afterwards on this service
        (a removal, a Webex expel, a block Zoom cannot lift), for the actions ``plan`` (default:
        `plan()`) would send. Actions that could be undone are not listed."""
        p = plan or self.plan()
        actions = {p.decisions[pid].action for pid in p.to_send if pid in p.decisions}
        out = {}
        for action in sorted(actions):
            undo, sentence = self.adapter.undo(action)
            if undo is None:
                out[action] = sentence
        return out

    def undo_plan(self) -> UndoPlan:
        """What undoing the last apply of this session would do, said before it is done: who is
        admitted from the waiting room or unblocked (``undoable``), what cannot be undone and
        why (``not_undoable``: a removal, a Webex expel, an action still being sent, someone
        who left), and the meeting's country policy change it would restore. Reads the state
        database: not on the GUI thread."""
        la = self._last_apply
        if la is None:
            return UndoPlan()
        rows = self.store.get_many(la.keys.values())
        with self._lock:
            status = {pid: e.participant.status for pid in la.entries if (e := self.roster.entries.get(pid))}
        policy = self.policy.restorable() if la.policy_changed else None
        return sort_undo(la, rows, status, self.adapter.undo, policy)

    def undo_last_apply(self) -> UndoResult:
        """Undo the last apply of this session, as `undo_plan` says: admit (or unblock) through
        the outbox, like any action (each an audit row whose reason names the undo), restore
        the meeting's country policy if that apply changed it, and write one audit row for the
        undo itself (what was undone and what could not be). Nothing more is undoable after
        it. Raises DryRunError in a dry run, LookupError when there is nothing to undo."""
        if self.dry_run:
            raise DryRunError("this is a dry run: nothing is sent")
        la = self._last_apply
        if la is None:
            raise LookupError("nothing to undo: no apply in this session, or it was undone")
        plan = self.undo_plan()
        when = iso_time(la.at)
        with self._lock:
            actions = []
            counts: dict[str, dict[str, int]] = {}
            for item in plan.undoable:
                e = self.roster.entries.get(item.participant_id) or la.entries[item.participant_id]
                how = item.undo or "admit"
                if how not in counts:
                    counts[how] = self._action_counts(how)
                actions.append(self._host_action(
                    e, how, f"undo of the apply at {when}: {how} by {self.actor}", counts[how]
                ))  # fmt: skip
            self.store.enqueue(actions)
            self.roster.load_rows(self.store.get_many(a.key for a in actions))
            self._last_apply = None
            self.sync.wake.set()
        policy = policy_error = None
        if plan.policy is not None:
            try:
                policy = self.restore_service_policy()
            except (ServiceError, LookupError) as exc:
                policy_error = str(exc)
        summary = (
            f"undo of the apply at {when}: {len(actions)} action(s) queued to undo it, "
            f"{len(plan.not_undoable)} could not be undone"
            + (f"; country policy: {policy}" if policy else "")
            + (f"; country policy not restored: {policy_error}" if policy_error else "")
        )
        self.store.record(
            idempotency_key(self.service, self.meeting_id, "meeting", "undo", f"{la.at}"),
            {
                "actor": self.actor, "service": self.service, "meeting_id": self.meeting_id,
                "participant_id": "", "action": "undo", "reason": summary,
            },
            "applied",
            "; ".join(f"{i.participant_id} ({i.action}): {i.reason}" for i in plan.not_undoable)[:2000],
        )
        self._emit_status()
        return UndoResult(plan.undoable, plan.not_undoable, policy, policy_error)

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
            held=len(self.burst.held),
            enforcing_new=self.enforce_new_joiners,
        )

    def _emit(self, diff: RosterDiff) -> None:
        for e in diff.upserted:
            for name in e.decision.reported:
                self._reported_seen.setdefault(name, set()).add(e.id)
        if self.burst.held and diff.removed_ids:
            with self._lock:
                for pid in diff.removed_ids:
                    self.burst.forget(pid)
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
