"""The engine: the one owner of a meeting's roster, its decisions and their sync to the service.

`Engine` is what the CLI and the app use: a facade whose methods carry the documentation their
callers read and delegate the work to the parts, each with one job and a thread-free core that
tests can drive step by step:

* `hostguard.engine.roster`: the entries, their diffs, rejoin handling and sync states;
* `hostguard.engine.planning`: the one function that says whom a rule set acts on, with the
  share guard's verdict (`Engine.plan` and `Engine.apply` both call it); live counts per rule,
  report-only rules included (`rule_counts`, `Plan.reported`);
* `hostguard.engine.actions`: decisions into outbox rows with their audit evidence (`apply`);
* `hostguard.engine.burst`: the burst guard behind `enforce_new_joiners` (`held_actions`,
  `release_held`, `drop_held`, `last_hold`, `subscribe_hold` / ``on_hold``, ``EngineStatus.held``
  / ``enforcing_new``);
* `hostguard.engine.undo`: undo of the last apply (`undo_limits`, `undo_plan`, `undo_last_apply`);
* `hostguard.engine.results`: what callers are told (`status`, `outcomes`, ``on_diff`` and
  ``on_status``, which fire on the engine's threads; the UI bridges them to its own);
* `hostguard.engine.sync`: the reader (roster, events, reconciliation) and sender threads,
  leases and `wait_settled`; `hostguard.engine.policy`: the meeting's own country policy;
  `hostguard.engine.store`: the state database (outbox, audit, binding, policy);
  `hostguard.engine.forget`: forgetting a meeting (`forget_meeting`, with the engine closed).

Every roster change is evaluated against the rules at once. A decision to act is written to
the outbox (committed) before anything is sent; the idempotency key is derived from service,
meeting, participant and action, so a resend after a crash, or a second HostGuard watching
the same meeting with the same rules, never takes effect twice. A participant already in the
target state on the service, or with an outbox row for that action, is not acted on again
(and a person who left and rejoined is covered as `hostguard.engine.roster` says).

The share guard: `apply` counts the enforcing decisions for participants not yet acted on
against the non-exempt participants present, and refuses (`GuardRefused`) above the rule
set's ``max_action_share`` unless forced. Rule windows are read on the engine's ``clock``
(`check_schedule`, also run each second); ``audit_network`` ("network" or "country") says how
much network the audit keeps.

Leases: the rows a sender takes are leased to this engine's `Store` and renewed while in
flight; rows another process took and left are taken back and sent again with the same
idempotency key. A state directory belongs to one service address and account per meeting
(`Store.bind`): a mismatch is a `StoreError` at construction.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from os import PathLike
from pathlib import Path

from hostguard.core.geo import GeoResolver
from hostguard.core.rules import ENFORCING_ACTIONS, GuardVerdict, RuleSet
from hostguard.engine import actions, burst, planning, results, undo
from hostguard.engine.actions import AUDIT_NETWORK_MODES
from hostguard.engine.audit import AuditLog
from hostguard.engine.burst import (
    DEFAULT_MIN_ACTIONS,
    DEFAULT_WINDOW,
    BurstGuard,
    BurstHold,
    HeldAction,
)
from hostguard.engine.forget import Presence
from hostguard.engine.planning import GONE, PRESENT, Plan, Preview, RulePreview, needs_action
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
    FAILED,
    LEASE_SECONDS,
    MANUAL,
    UNSUPPORTED,
    OutboxRow,
    Store,
    StoreError,
)
from hostguard.engine.sync import EARLY_EMPTY_PAUSE, EVENT_CHUNK, MAX_ROW_ATTEMPTS, Sync
from hostguard.engine.undo import LastApply
from hostguard.services.base import Adapter, RemoteParticipant, RosterSnapshot

__all__ = [
    "EARLY_EMPTY_PAUSE", "EVENT_CHUNK", "GONE", "MAX_ROW_ATTEMPTS", "PRESENT", "ApplyResult",
    "BurstHold", "DryRunError", "Engine", "EngineStatus", "GuardRefused", "HeldAction",
    "OutcomeItem", "Plan", "Preview", "RosterDiff", "RosterEntry", "RuleCount", "RulePreview",
    "SyncState", "UndoItem", "UndoPlan", "UndoResult", "location_check", "needs_action",
    "service_identity", "to_participant",
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
        # While open, `forget_meeting` on this directory refuses (hostguard.engine.forget); taken
        # before the database is opened, so a forget under way is waited for, never raced.
        self._presence = Presence(Path(state_dir))
        # StoreError for an unusable state database, or one that belongs to another service
        try:
            self.store = Store(state_dir, lease_seconds=lease_seconds)
        except BaseException:
            self._presence.release()
            raise
        try:
            address, account = service_identity(adapter)
            self.store.bind(self.service, meeting_id, address, account, record=apply)
        except BaseException:
            self.store.close()
            self._presence.release()
            raise
        if not self._presence.held:  # the directory was only just made by the store
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
            self._index_geolocation(self.resolver)

    def _index_geolocation(self, resolver: GeoResolver) -> None:
        """Make the resolver's database index (`GeoResolver.ensure_index`) in a thread of its
        own once the first roster is in: never before, so that it never delays the first
        roster; once per database file, since the index is kept (about half a second for the
        bundled database, the first time). Nothing when it is made already."""
        if resolver.indexed:
            return

        def run() -> None:
            while not self.sync.ready.wait(1.0):
                if self.sync.stopping.is_set():
                    return
            if not self.sync.stopping.is_set() and resolver.ensure_index():
                log.debug("geolocation reads the database's index from now on")

        threading.Thread(target=run, name="hostguard-geo-index", daemon=True).start()

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

    def entry(self, participant_id: str) -> RosterEntry | None:
        """One participant's entry (what the details pane shows), or None when not listed."""
        with self._lock:
            return self.roster.entries.get(str(participant_id))

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
            diff = self._reevaluate(every_entry=True)
        if self._schedule_thread is not None:  # following: as at start
            self._index_geolocation(resolver)
        return diff

    def _reevaluate(self, *, every_entry: bool) -> RosterDiff:
        with self._lock:
            diff = self.roster.reevaluate(every_entry=every_entry)
            diff.upserted.extend(
                burst.auto_queue(self, list(self.roster.entries.values()), guarded=True)
            )
        self._emit(diff)
        return diff

    def _apply_snapshot(self, snap: RosterSnapshot) -> RosterDiff:
        with self._lock:
            joiners = burst.joiners(self, snap.participants)
            diff, changed = self.roster.apply_snapshot(snap.participants)
            diff.upserted.extend(burst.auto_queue(self, changed, guarded=False, joiners=joiners))
        self._emit(diff)
        return diff

    def _apply_events(self, events: Iterable[tuple[str, RemoteParticipant]]) -> RosterDiff:
        with self._lock:
            events = list(events)
            joiners = burst.joiners(self, [rp for _kind, rp in events])
            diff, changed = self.roster.apply_events(events)
            diff.upserted.extend(burst.auto_queue(self, changed, guarded=False, joiners=joiners))
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
        return actions.apply(self, force, participant_ids)

    def readmit(self, participant_id: str) -> str:
        """Admit someone from the waiting room (undo), where the service allows; returns the key."""
        return actions.readmit(self, participant_id)

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
        return burst.release_held(self)

    def drop_held(self) -> int:
        """Do not act on the held actions (the host's "stop"): each is an audit row (outcome
        "dropped"), and those people are not acted on automatically for that action again
        (an explicit Apply still may). Returns how many."""
        return burst.drop_held(self)

    # -- live counts ---------------------------------------------------------------------------
    def rule_counts(self) -> list[RuleCount]:
        """Per enabled rule, in file order: how many present participants it matches now, how
        many actions it decided since the start (outbox rows of this meeting in this state
        directory, whatever their outcome), and for a report-only rule how many participants
        it matched since this engine started. Reads the state database: not on the GUI thread."""
        acted = self.store.rule_counts(self.service, self.meeting_id, ENFORCING_ACTIONS)
        with self._lock:
            seen = {k: len(v) for k, v in self._reported_seen.items()}
            return planning.rule_counts(
                self.roster.entries.values(), self.roster.ruleset.rules, acted, seen
            )

    # -- undo ----------------------------------------------------------------------------------
    def undo_limits(self, plan: Plan | None = None, *, actions: Iterable[str] | None = None) -> dict[str, str]:
        """Before an Apply: action -> why it could not be undone afterwards on this service
        (a removal, a Webex expel, a block Zoom cannot lift), for ``actions``, else for the
        actions ``plan`` (default: `plan()`) would send. Actions that could be undone are not
        listed. With ``actions`` it takes no lock (the app asks on its GUI thread)."""
        return undo.undo_limits(self, plan, actions)

    def undo_plan(self) -> UndoPlan:
        """What undoing the last apply of this session would do, said before it is done: who is
        admitted from the waiting room or unblocked (``undoable``), what cannot be undone and
        why (``not_undoable``: a removal, a Webex expel, an action still being sent, someone
        who left), and the meeting's country policy change it would restore. Reads the state
        database: not on the GUI thread."""
        return undo.undo_plan(self)

    def undo_last_apply(self) -> UndoResult:
        """Undo the last apply of this session, as `undo_plan` says: admit (or unblock) through
        the outbox, like any action (each an audit row whose reason names the undo), restore
        the meeting's country policy if that apply changed it, and write one audit row for the
        undo itself (what was undone and what could not be). Nothing more is undoable after
        it. Raises DryRunError in a dry run, LookupError when there is nothing to undo."""
        return undo.undo_last_apply(self)

    def outcomes(self, states: Iterable[str] = (MANUAL, FAILED, UNSUPPORTED)) -> list[OutcomeItem]:
        """Settled actions in these states, oldest first, each with the name and the person's
        current session (a rejoined person is listed once, under the id they have now)."""
        return results.outcomes(self, states)

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
        """The engine's status now (reads the state database)."""
        return results.engine_status(self)

    def _emit(self, diff: RosterDiff) -> None:
        results.emit(self, diff)

    def _emit_status(self) -> None:
        results.emit_status(self)
