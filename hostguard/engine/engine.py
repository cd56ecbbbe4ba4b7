"""The engine: the one owner of a meeting's roster, its decisions and their sync to the service.

Threads (plain Python threads; callbacks ``on_diff``/``on_status`` fire on them, the UI
bridges them to its own thread):

* the reader fetches the roster, follows the service's event stream and does a full
  reconciliation every ``reconcile_interval`` seconds (or polls when there are no events);
* the senders drain the outbox in batches through `Adapter.act_many`.

Every roster change is evaluated against the rules at once. A decision to act is written to
the outbox (committed) before anything is sent; the idempotency key is derived from service,
meeting, participant and action, so a resend after a crash, or a second HostGuard watching
the same meeting with the same rules, never takes effect twice. A participant already in the
target state on the service, or with an outbox row for that action, is not acted on again.

One person, one action: where the service gives a person key that survives a leave and
rejoin (Zoom gives each session a new participant id), the engine does not list the same
person twice for an action the service could not carry out. The rule, in `Engine._prior_row`:

* an earlier session of the same person that ended ``manual`` or ``unsupported`` (Zoom:
  "remove manually in the Zoom client"; Webex's expel without effect) covers the new session
  as long as that earlier session is gone: the host already has the person on their list,
  and a second row would list them twice. The new session's roster entry shows the earlier
  outcome, naming the earlier session;
* an earlier action that took effect (``applied``: removed, blocked, moved) or ``failed``
  does not cover a new session: the person came back, the rules decide again and the new
  session gets its own action (a new participant id, so a new idempotency key). That is
  what a host wants of a person they removed who rejoins;
* two sessions present at once (two devices) are two sessions to act on.

The share guard: `apply` counts the enforcing decisions for participants not yet acted on
against the non-exempt participants present, and refuses (`GuardRefused`) above the rule
set's ``max_action_share`` unless forced.

Leases: the rows a sender takes are leased to this engine's `Store` and renewed by the
lease keeper thread while they are in flight; rows another process took and left (it died,
or stalled past its lease) are taken back by the senders here and sent again with the same
idempotency key (see `hostguard.engine.store`). A state directory belongs to one service
address and account per meeting (`Store.bind`): a mismatch is a `StoreError` at construction.

The state database failing (a full disk, a read-only file system) is fatal: sending stops at
once (rows already sent stay 'sending' under their keys, to be confirmed by the next run),
`failure` holds the `StoreError`, and `wait_settled` raises it.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from os import PathLike

from hostguard.core.geo import GeoResolver, GeoResult
from hostguard.core.participants import Participant, plain_text
from hostguard.core.rules import Decision, GuardVerdict, RuleSet, scrub_address
from hostguard.engine.audit import AuditLog, coarse_network
from hostguard.engine.pacing import no_pause
from hostguard.engine.store import (
    APPLIED,
    FAILED,
    LEASE_SECONDS,
    MANUAL,
    OPEN_STATES,
    QUEUED,
    SENDING,
    UNSUPPORTED,
    NewAction,
    OutboxRow,
    Store,
    StoreError,
    idempotency_key,
    person_hash,
)
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

PRESENT = ("joined", "waiting")
GONE = ("removed", "blocked", "left")
# Attempts per outbox row before a retryable per-item failure counts as failed.
MAX_ROW_ATTEMPTS = 10
# Seconds to pause after an empty event batch that came back well before the requested wait
# (a server ignoring ``wait=``): about one poll a second instead of one per request budget slot.
EARLY_EMPTY_PAUSE = 1.0
EVENT_CHUNK = 200  # events applied under one hold of the roster lock
# Outcomes of an earlier session that cover a rejoined person (see the module docstring).
COVERS_REJOIN = (MANUAL, UNSUPPORTED)
MAX_LOCATION_CHARS = 80


def service_identity(adapter: Adapter) -> tuple[str, str]:
    """(address, account) of the service an adapter talks to, for `Store.bind`: the API root
    it uses, and the account it acts for where the service has one beyond the address (an
    adapter's ``account_identity``, a one-way hash; "" otherwise)."""
    http = getattr(adapter, "http", None)
    address = str(getattr(http, "base_url", "") or "").rstrip("/")
    account = getattr(adapter, "account_identity", "") or ""
    return address, str(account)


def location_check(
    db_country: str | None, service_country: str | None, service_location: str = ""
) -> str:
    """How the service-reported location compares with the address-based country, in words.

    "" when the service reports no location; "agrees"; "differs: database CN, service US";
    "database unknown, service US"; "service location names no country".
    """
    if not service_country:
        return "service location names no country" if service_location else ""
    if not db_country:
        return f"database unknown, service {service_country}"
    if db_country == service_country:
        return "agrees"
    return f"differs: database {db_country}, service {service_country}"


# -- what the UI and the CLI see -------------------------------------------------------------
@dataclass(frozen=True)
class RosterEntry:
    participant: Participant
    geo: GeoResult
    decision: Decision
    sync: str = "none"  # none | pending | applied | failed | unsupported | manual | backing_off
    sync_detail: str = ""
    updated: float = 0.0
    person_key: str = ""  # the service's key for the person, stable across rejoins where it can be
    service_location: str = ""  # where the service places the person (free text), as evidence
    service_country: str | None = None  # the ISO code in ``service_location``, when it names one

    @property
    def id(self) -> str:
        return self.participant.id

    @property
    def location_check(self) -> str:
        """Whether the service's location agrees with the database's country (see `location_check`)."""
        return location_check(self.geo.country, self.service_country, self.service_location)


@dataclass
class RosterDiff:
    upserted: list[RosterEntry] = field(default_factory=list)
    removed_ids: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.upserted or self.removed_ids)


@dataclass(frozen=True)
class EngineStatus:
    connected: bool
    participants: int
    pending: int
    applied: int
    failed: int
    unsupported: int
    manual: int
    backing_off_until: float | None
    rate_limited: bool
    last_error: str | None
    budget: str | None
    ready: bool = False  # the first roster has arrived
    dry_run: bool = True
    guard_blocked: GuardVerdict | None = None  # auto-apply held back by the guard (set_ruleset)


@dataclass(frozen=True)
class RulePreview:
    rule: str | None  # the rule's name; None for the default action
    action: str
    participant_ids: tuple[str, ...]  # everyone this rule decides for
    newly_affected: tuple[str, ...]  # decided by it now, but not under the current rules
    no_longer_affected: tuple[str, ...]  # decided by it under the current rules, not now
    exempt: bool = False  # the row for exempt participants


@dataclass(frozen=True)
class Preview:
    rules: list[RulePreview]
    decisions: dict[str, Decision]
    verdict: GuardVerdict
    to_send: tuple[str, ...]  # participants that applying would act on now
    already_done: tuple[str, ...]  # enforcing, but already in that state or already decided
    unsupported: tuple[str, ...]  # enforcing, but this service cannot do it
    manual: tuple[str, ...]  # enforcing, needs a manual step on this service
    plan: list[str]  # the adapter's sentences for the actions involved


@dataclass(frozen=True)
class OutcomeItem:
    """One settled action for the host's lists (manual removals, failures)."""

    participant_id: str  # the session the action was for
    current_id: str  # the person's session present now (a rejoin has a new id), else the same
    name: str
    action: str
    state: str
    detail: str


@dataclass(frozen=True)
class ApplyResult:
    queued: int
    already_done: int
    unsupported: int
    manual: int
    verdict: GuardVerdict
    dry_run: bool = False
    participant_ids: tuple[str, ...] = ()  # those acted on (queued, unsupported or manual)


class GuardRefused(Exception):
    """Applying would act on more of the meeting than ``max_action_share`` allows."""

    def __init__(self, verdict: GuardVerdict) -> None:
        super().__init__(verdict.message())
        self.verdict = verdict


class DryRunError(RuntimeError):
    """The engine runs as a dry run (apply=False): nothing is sent."""


def needs_action(status: str, action: str) -> bool:
    """Whether ``action`` would still change anything for someone with this service status."""
    if status in GONE:
        return False
    return not (action == "waiting_room" and status == "waiting")


def _remote_extra(rp: RemoteParticipant) -> tuple[str, str, str | None]:
    """(person key, service-reported location, its country) of a remote participant."""
    return rp.person_key, plain_text(rp.location, MAX_LOCATION_CHARS), rp.service_country or None


def to_participant(rp: RemoteParticipant) -> Participant:
    return Participant(
        id=rp.id,
        name=rp.name,
        email=rp.email,
        role=rp.role,
        ip=rp.ip,
        status=rp.status,
        joined_at=rp.joined_at,
    )


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
    ) -> None:
        self.adapter = adapter
        self.service = adapter.name
        self.meeting_id = meeting_id
        self.resolver = resolver
        self.dry_run = not apply
        self.auto_apply_new = auto_apply_new
        self.force = force
        self.actor = actor
        self.on_diff = on_diff
        self.on_status = on_status
        self.reconcile_interval = reconcile_interval
        self.event_wait = event_wait
        self.batch_size = max(1, min(100, batch_size))
        self.n_senders = max(1, senders)
        # Called by the worker threads between units of work, holding no lock: the app's
        # ForegroundGate makes them wait there while the GUI thread paints (see pacing.py).
        self._pause = pause_point
        # StoreError for an unusable state database, or one that belongs to another service
        self.store = Store(state_dir, lease_seconds=lease_seconds)
        try:
            address, account = service_identity(adapter)
            self.store.bind(self.service, meeting_id, address, account, record=apply)
        except BaseException:
            self.store.close()
            raise
        self.audit = AuditLog(self.store, self.service, meeting_id)
        self._store_failure: StoreError | None = None
        self._in_flight = 0  # rows this engine's senders hold (their leases are renewed)
        self._in_flight_lock = threading.Lock()

        self._ruleset = ruleset
        self._tell_adapter(ruleset)
        self._lock = threading.RLock()
        self._entries: dict[str, RosterEntry] = {}
        # person key -> ids of that person's sessions in _entries: a leave re-checks only the
        # same person's other sessions instead of scanning a 50,000-person roster.
        self._sessions_of: dict[str, set[str]] = {}
        # (participant id, action) -> (key, state, detail) for this meeting's outbox rows
        self._outbox: dict[tuple[str, str], tuple[str, str, str]] = {}
        # (person hash, action) -> the latest outbox row for that person and action
        self._person_rows: dict[tuple[str, str], OutboxRow] = {}
        self._policy_change: object | None = None  # what the adapter did to the meeting's policy
        self._reload_outbox()
        self._applied_once = False
        self._guard_blocked: GuardVerdict | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._ready = threading.Event()
        self._settled = threading.Condition()
        self._threads: list[threading.Thread] = []
        self._connected = False
        self._last_error: str | None = None
        self._first_error: ServiceError | None = None
        self._loaded = False  # a roster has been fetched at least once
        self._flagged: set[str] = set()
        self._fatal: ServiceError | None = None
        self._outage_since: float | None = None
        self._status_lock = threading.Lock()
        self._last_status: EngineStatus | None = None
        adapter.subscribe_state(lambda _st: self._emit_status())

    # -- lifecycle ----------------------------------------------------------------------
    def start(self, follow: bool = True) -> None:
        """Start the senders and, with ``follow``, the reader (roster, events, reconciliation).

        An engine is started once; after `stop`, make a new one (on the same state directory).
        """
        if self._threads or self._stop.is_set():
            return
        if not self.dry_run:
            n = self.store.recover(self.service, self.meeting_id)
            if n:
                log.info("resuming %d action(s) left in flight by an earlier run", n)
            self._reload_outbox()
            for i in range(self.n_senders):
                t = threading.Thread(
                    target=self._sender_loop, name=f"hostguard-sender-{i}", daemon=True
                )
                self._threads.append(t)
            self._threads.append(
                threading.Thread(target=self._lease_loop, name="hostguard-leases", daemon=True)
            )
        if follow:
            self._threads.append(
                threading.Thread(target=self._reader_loop, name="hostguard-reader", daemon=True)
            )
        for t in self._threads:
            t.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the threads; the outbox stays consistent (rows in flight are resent next time)."""
        self._stop.set()
        self._wake.set()
        self.adapter.cancel_pending()
        deadline = time.monotonic() + timeout
        for t in self._threads:
            if t.name == "hostguard-reader":
                continue  # holds no outbox state; a long poll may still be open
            t.join(max(0.0, deadline - time.monotonic()))
        for t in self._threads:
            if t.name == "hostguard-reader":
                t.join(min(0.5, max(0.0, deadline - time.monotonic())))
        self._threads = [t for t in self._threads if t.is_alive()]
        # The adapter may be used again (a new engine, a connection test): stop refusing.
        # A reader still in a long poll sees the stop flag when it returns and ends.
        self.adapter.resume()
        with self._settled:
            self._settled.notify_all()

    def close(self) -> None:
        """Stop, then close the state database (unless a sender is still finishing a request)."""
        self.stop()
        if not any(t.name.startswith("hostguard-sender") for t in self._threads):
            self.store.close()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait for the first roster (False on timeout); raise the error if the first fetch failed."""
        ok = self._ready.wait(timeout)
        if ok and not self._loaded and self._first_error is not None:
            raise self._first_error
        return ok

    # -- roster ----------------------------------------------------------------------------
    def refresh(self) -> RosterDiff:
        """Fetch the whole roster now (a full reconciliation); raises ServiceError subclasses."""
        snap = self.adapter.fetch_roster(self.meeting_id)
        diff = self._apply_snapshot(snap)
        self._loaded = True
        self._connected = True
        self._ready.set()
        self._emit_status()
        return diff

    def snapshot(self) -> list[RosterEntry]:
        with self._lock:
            return list(self._entries.values())

    @property
    def ruleset(self) -> RuleSet:
        return self._ruleset

    def set_ruleset(self, ruleset: RuleSet) -> RosterDiff:
        """Use new rules: re-evaluate everyone, report what changed, auto-apply if active."""
        with self._lock:
            self._ruleset = ruleset
            self._tell_adapter(ruleset)
            return self._reevaluate(every_entry=False)

    def set_resolver(self, resolver: GeoResolver) -> RosterDiff:
        """Use other GeoIP databases (after an update): every entry is rebuilt, since its
        evidence changes even where its decision does not. The caller closes the old resolver
        once no lookup can be running on it."""
        with self._lock:
            self.resolver = resolver
            return self._reevaluate(every_entry=True)

    def _reevaluate(self, *, every_entry: bool) -> RosterDiff:
        with self._lock:
            diff = RosterDiff()
            for pid, e in list(self._entries.items()):
                ne = self._build(e.participant)
                if every_entry or ne.decision != e.decision or ne.sync != e.sync:
                    self._entries[pid] = ne
                    diff.upserted.append(ne)
            queued = self._auto_queue(list(self._entries.values()), guarded=True)
            if queued:
                diff.upserted.extend(queued)
        self._emit(diff)
        return diff

    def _apply_snapshot(self, snap: RosterSnapshot) -> RosterDiff:
        diff = RosterDiff()
        with self._lock:
            present = [rp for rp in snap.participants if rp.status != "left"]
            seen = {rp.id for rp in present}
            # Those gone first: a rejoined person's new session then sees the old one gone.
            gone = [pid for pid in self._entries if pid not in seen]
            gone_people = self._remove(gone, diff)
            changed: dict[str, RosterEntry] = {}
            for rp in present:
                e = self._upsert(rp)
                if e is not None:
                    changed[rp.id] = e
            self._settle_changes(diff, changed, gone_people)
        self._emit(diff)
        return diff

    def _apply_events(self, participants: Iterable[tuple[str, RemoteParticipant]]) -> RosterDiff:
        diff = RosterDiff()
        with self._lock:
            changed: dict[str, RosterEntry] = {}
            gone_people: set[str] = set()
            for kind, rp in participants:
                if kind == "left" or rp.status == "left":
                    gone_people |= self._remove([rp.id], diff)
                    changed.pop(rp.id, None)
                    continue
                e = self._upsert(rp)
                if e is not None:
                    changed[rp.id] = e
            self._settle_changes(diff, changed, gone_people)
        self._emit(diff)
        return diff

    def _settle_changes(
        self, diff: RosterDiff, changed: dict[str, RosterEntry], gone_people: set[str]
    ) -> None:
        """After a roster change (caller holds the lock): other sessions of people who left,
        then the changed entries into the diff, and auto-apply for them."""
        changed.update(self._rebuild_people(gone_people, changed))
        diff.upserted.extend(changed.values())
        diff.upserted.extend(self._auto_queue(list(changed.values()), guarded=False))

    def _remove(self, ids: Iterable[str], diff: RosterDiff) -> set[str]:
        """Drop entries (caller holds the lock); return the person keys of those dropped."""
        people = set()
        for pid in ids:
            e = self._entries.pop(pid, None)
            if e is not None:
                diff.removed_ids.append(pid)
                if e.person_key:
                    people.add(e.person_key)
                    self._unindex(pid, e.person_key)
        return people

    def _index(self, pid: str, person_key: str) -> None:
        if person_key:
            self._sessions_of.setdefault(person_key, set()).add(pid)

    def _unindex(self, pid: str, person_key: str) -> None:
        ids = self._sessions_of.get(person_key)
        if ids is not None:
            ids.discard(pid)
            if not ids:
                del self._sessions_of[person_key]

    def _rebuild_people(
        self, people: set[str], skip: dict[str, RosterEntry]
    ) -> dict[str, RosterEntry]:
        """Re-derive the sync state of other sessions of people whose session just ended
        (an earlier outcome may now cover them, see `_prior_row`)."""
        out: dict[str, RosterEntry] = {}
        for key in people:
            for pid in list(self._sessions_of.get(key, ())):
                e = self._entries.get(pid)
                if e is None or pid in skip:
                    continue
                ne = self._build(e.participant)
                if ne.sync != e.sync or ne.sync_detail != e.sync_detail:
                    self._entries[pid] = ne
                    out[pid] = ne
        return out

    def _upsert(self, rp: RemoteParticipant) -> RosterEntry | None:
        """Store the entry for ``rp`` (caller holds the lock); None when nothing changed."""
        p = to_participant(rp)
        extra = _remote_extra(rp)
        old = self._entries.get(rp.id)
        if (
            old is not None
            and old.participant == p
            and (old.person_key, old.service_location, old.service_country) == extra
        ):
            return None
        e = self._build(p, extra)
        self._entries[rp.id] = e
        if old is not None and old.person_key != e.person_key:
            self._unindex(rp.id, old.person_key)
        self._index(rp.id, e.person_key)
        return e

    def _build(
        self, p: Participant, extra: tuple[str, str, str | None] | None = None
    ) -> RosterEntry:
        if extra is None:  # re-evaluating someone known: keep what the service said about them
            old = self._entries.get(p.id)
            extra = (
                (old.person_key, old.service_location, old.service_country)
                if old
                else ("", "", None)
            )
        geo = self.resolver.lookup(p.ip)
        d = self._ruleset.evaluate(p, geo)
        sync, detail = self._sync_of(p, d, extra[0])
        return RosterEntry(p, geo, d, sync, detail, time.time(), *extra)

    def _sync_of(self, p: Participant, d: Decision, person_key: str = "") -> tuple[str, str]:
        if not d.enforcing:
            return "none", ""
        row = self._outbox.get((p.id, d.action))
        if row is not None:
            _key, state, detail = row
            if state in OPEN_STATES:
                return ("backing_off" if detail.startswith("retrying") else "pending"), detail
            return state, detail
        if not needs_action(p.status, d.action):
            return "applied", f"already {p.status} on the service"
        prior = self._prior_row(p.id, person_key, d.action)
        if prior is not None:
            return prior.state, (
                f"the same person as session {prior.participant_id}, who left and rejoined: "
                + prior.detail
            )
        return "none", ""

    def _prior_row(self, participant_id: str, person_key: str, action: str) -> OutboxRow | None:
        """An earlier session's settled row that covers this session (module docstring)."""
        if not person_key:
            return None
        row = self._person_rows.get(
            (person_hash(self.service, self.meeting_id, person_key), action)
        )
        if (
            row is None
            or row.participant_id == participant_id
            or row.state not in COVERS_REJOIN
            or row.participant_id in self._entries  # still present: another device, not a rejoin
        ):
            return None
        return row

    def _handled(self, e: RosterEntry, action: str) -> bool:
        """Someone (this or another HostGuard, this or an earlier session) decided this already."""
        return (e.id, action) in self._outbox or self._prior_row(
            e.id, e.person_key, action
        ) is not None

    # -- deciding and queueing --------------------------------------------------------------
    def _todo(self, entries: Iterable[RosterEntry]) -> list[RosterEntry]:
        """Entries whose enforcing decision has not been acted on by anyone yet."""
        return [
            e
            for e in entries
            if e.decision.enforcing
            and needs_action(e.participant.status, e.decision.action)
            and not self._handled(e, e.decision.action)
        ]

    def _verdict(
        self,
        todo_count: int,
        ruleset: RuleSet | None = None,
        decisions: dict[str, Decision] | None = None,
    ) -> GuardVerdict:
        rs = ruleset or self._ruleset
        eligible = 0
        for e in self._entries.values():
            d = decisions[e.id] if decisions is not None else e.decision
            if not d.exempt and e.participant.status in PRESENT:
                eligible += 1
        return GuardVerdict(acting=todo_count, eligible=eligible, limit=rs.max_action_share)

    def _new_action(
        self, e: RosterEntry, action: str | None = None, nonce: str = "", actor: str | None = None
    ) -> NewAction:
        act = action or e.decision.action
        key = idempotency_key(self.service, self.meeting_id, e.id, act, nonce)
        kind, sentence = self.adapter.support(act)
        state = QUEUED if kind == "send" else (MANUAL if kind == MANUAL else UNSUPPORTED)
        rule = e.decision.rule if action is None else None
        reason = self._safe_reason(
            e, e.decision.reason if action is None else f"{act} by {actor or self.actor}"
        )
        return NewAction(
            key=key,
            service=self.service,
            meeting_id=self.meeting_id,
            participant_id=e.id,
            action=act,
            reason=reason,
            rule=rule,
            actor=actor or self.actor,
            state=state,
            detail="" if state == QUEUED else sentence,
            audit=self._evidence(e, act, rule, reason, actor or self.actor),
            person=person_hash(self.service, self.meeting_id, e.person_key),
        )

    def _safe_reason(self, e: RosterEntry, reason: str) -> str:
        # Rules that match on networks name the address in their reason: keep the prefix only,
        # replacing the address as a whole (with any "/32" after it), never part of a network.
        if e.geo.ip and e.geo.ip in reason:
            reason = scrub_address(reason, e.geo.ip, coarse_network(e.geo.network) or "a network")
        return reason

    def _evidence(
        self, e: RosterEntry, action: str, rule: str | None, reason: str, actor: str
    ) -> dict[str, object]:
        g = e.geo
        return {
            "actor": actor,
            "service": self.service,
            "meeting_id": self.meeting_id,
            "participant_id": e.id,
            "participant_name": plain_text(e.participant.name),
            "role": e.participant.role,
            "action": action,
            "rule": rule,
            "reason": reason,
            "country": g.country,
            "continent": g.continent,
            "geo_status": g.status.value,
            "database": g.database.label if g.database else None,
            "database_date": g.database.build_date.isoformat() if g.database else None,
            "network": coarse_network(g.network),
            "service_location": e.service_location or None,
            "service_country": e.service_country,
            "location_check": e.location_check or None,
        }

    def _queue(self, todo: list[RosterEntry]) -> list[RosterEntry]:
        """Write decisions to the outbox (before anything is sent); return updated entries."""
        if not todo:
            return []
        actions = [self._new_action(e) for e in todo]
        self.store.enqueue(actions)
        self._reload_outbox(a.key for a in actions)
        out = []
        for e in todo:
            ne = self._build(e.participant)
            self._entries[e.id] = ne
            out.append(ne)
        self._wake.set()
        return out

    def _record_flags(self, entries: Iterable[RosterEntry]) -> None:
        """Audit each flagged participant once (nothing is sent for a flag)."""
        items = []
        for e in entries:
            if e.decision.action == "flag" and e.id not in self._flagged:
                self._flagged.add(e.id)
                key = idempotency_key(self.service, self.meeting_id, e.id, "flag")
                reason = self._safe_reason(e, e.decision.reason)
                items.append((key, self._evidence(e, "flag", e.decision.rule, reason, self.actor)))
        if items:
            self.store.record_many(items, "flagged")

    def _auto_queue(self, entries: list[RosterEntry], *, guarded: bool) -> list[RosterEntry]:
        if self.dry_run or not (self.auto_apply_new and self._applied_once):
            return []
        self._record_flags(entries)
        todo = self._todo(entries)
        if not todo:
            self._guard_blocked = None
            return []
        if guarded and not self.force:
            verdict = self._verdict(len(self._todo(self._entries.values())))
            if not verdict.allowed:
                self._guard_blocked = verdict
                self._last_error = "guard: " + verdict.message()
                return []
        self._guard_blocked = None
        return self._queue(todo)

    def _reload_outbox(self, keys: Iterable[str] | None = None) -> None:
        if keys is None:
            rows = self.store.rows(self.service, self.meeting_id)
        else:
            rows = self.store.get_many(keys)
        with self._lock:
            for row in rows:
                self._outbox[(row.participant_id, row.action)] = (row.key, row.state, row.detail)
                if row.person:
                    known = self._person_rows.get((row.person, row.action))
                    if known is None or known.key == row.key or known.created <= row.created:
                        self._person_rows[(row.person, row.action)] = row

    def preview(self, ruleset: RuleSet | None = None) -> Preview:
        """What ``ruleset`` (default: the current one) would do now, rule by rule; sends nothing."""
        rs = ruleset or self._ruleset
        with self._lock:
            entries = list(self._entries.values())
            decisions = {e.id: rs.evaluate(e.participant, e.geo) for e in entries}
            by_rule: dict[tuple[str | None, str, bool], list[str]] = {}
            before: dict[tuple[str | None, str, bool], list[str]] = {}
            for e in entries:
                d = decisions[e.id]
                by_rule.setdefault((d.rule, d.action, d.exempt), []).append(e.id)
                before.setdefault(
                    (e.decision.rule, e.decision.action, e.decision.exempt), []
                ).append(e.id)
            order: list[tuple[str | None, str, bool]] = [
                (r.name, r.action, False) for r in rs.rules if r.enabled
            ]
            order += [(None, rs.default, False), (None, "allow", True)]
            for k in list(by_rule) + list(before):
                if k not in order:
                    order.append(k)
            rules = []
            for k in order:
                now_ids = by_rule.get(k, [])
                was = set(before.get(k, []))
                now_set = set(now_ids)
                if not now_ids and not was and k[0] is None:
                    continue
                rules.append(
                    RulePreview(
                        rule=k[0],
                        action=k[1],
                        participant_ids=tuple(now_ids),
                        newly_affected=tuple(i for i in now_ids if i not in was),
                        no_longer_affected=tuple(i for i in before.get(k, []) if i not in now_set),
                        exempt=k[2],
                    )
                )
            to_send, done, unsupported, manual = [], [], [], []
            for e in entries:
                d = decisions[e.id]
                if not d.enforcing:
                    continue
                if not needs_action(e.participant.status, d.action) or self._handled(e, d.action):
                    done.append(e.id)
                    continue
                kind, _ = self.adapter.support(d.action)
                {"send": to_send, MANUAL: manual}.get(kind, unsupported).append(e.id)
            verdict = self._verdict(len(to_send) + len(manual) + len(unsupported), rs, decisions)
            plan = self.adapter.plan(d.action for d in decisions.values() if d.enforcing)
        return Preview(
            rules,
            decisions,
            verdict,
            tuple(to_send),
            tuple(done),
            tuple(unsupported),
            tuple(manual),
            plan,
        )

    def _tell_adapter(self, ruleset: RuleSet) -> None:
        """Adapters that turn rules into a service-side policy (Zoom's country policy) need them."""
        use = getattr(self.adapter, "use_ruleset", None)
        if use is not None:
            use(ruleset)

    def _apply_service_policy(self) -> None:
        """Let the adapter set the meeting's own policy from the rules (Zoom: the country policy
        that refuses new joiners), and audit what changed, with the previous policy and how to
        restore it (`restore_service_policy`)."""
        apply_rules = getattr(self.adapter, "apply_rules", None)
        if apply_rules is None:
            return
        try:
            change = apply_rules(self.meeting_id)
        except ServiceError as exc:
            self._last_error = f"country policy: {exc}"
            log.warning("could not set the meeting's country policy: %s", exc)
            return
        if change is None:
            return
        self._policy_change = change
        self._audit_policy(
            change,
            "country_policy",
            "applied" if getattr(change, "changed", False) else "unchanged",
        )

    def _audit_policy(self, change: object, action: str, outcome: str) -> None:
        detail = change.detail() if hasattr(change, "detail") else str(change)
        hint = getattr(change, "restore_hint", None)
        if callable(hint) and outcome == "applied" and action == "country_policy":
            detail += "; " + hint()
        # A change is recorded each time it happens (the same change after a restore is a new
        # row); "unchanged" once per wording.
        once = action + detail + (f" {time.time()}" if outcome == "applied" else "")
        key = idempotency_key(self.service, self.meeting_id, "meeting-policy", once)
        evidence = {
            "actor": self.actor,
            "service": self.service,
            "meeting_id": self.meeting_id,
            "participant_id": "",
            "action": action,
            "reason": getattr(change, "sentence", detail),
        }
        self.store.record(key, evidence, outcome, detail)

    @property
    def service_policy(self) -> str | None:
        """What applying did to the meeting's own policy, in words (None: nothing to say)."""
        change = self._policy_change
        if change is None:
            return None
        return change.detail() if hasattr(change, "detail") else str(change)

    def restorable_policy(self) -> str | None:
        """What HostGuard last did to the meeting's own policy, in words, if it can be put back
        (this session's change, or one recorded in the audit trail by an earlier run and not
        restored since); None otherwise. Reads the state database: not on the GUI thread."""
        found = self._policy_to_restore()
        return None if found is None else found[1]

    def _policy_to_restore(self) -> tuple[object, str] | None:
        if getattr(self.adapter, "restore_policy", None) is None:
            return None
        change = self._policy_change
        previous = getattr(change, "previous", None)
        if change is not None and previous is not None and getattr(change, "changed", False):
            return previous, getattr(change, "sentence", "") or str(change)
        parse = getattr(self.adapter, "previous_policy_from_audit", None)
        if parse is None:
            return None
        rows = self.store.audit_rows(
            self.service, self.meeting_id, actions=("country_policy", "country_policy_restore")
        )
        changes = [r for r in rows if r["outcome"] == "applied" and not r["participant_id"]]
        if not changes or changes[-1]["action"] != "country_policy":
            return None  # never changed, or restored since
        last = changes[-1]
        previous = parse(self.meeting_id, str(last["detail"] or ""))
        if previous is None:
            return None
        return previous, str(last["reason"] or "") or str(last["detail"] or "")

    def restore_service_policy(self) -> str:
        """Put the meeting's own policy back as it was before HostGuard changed it.

        Works for this session's change and, after a restart, for the last change recorded in
        the audit trail. Returns a sentence; raises ServiceError subclasses, or LookupError
        when there is nothing to restore.
        """
        found = self._policy_to_restore()
        restore = getattr(self.adapter, "restore_policy", None)
        if found is None or restore is None:
            raise LookupError("HostGuard has not changed this meeting's policy, or it was restored")
        previous, _what = found
        now = restore(previous)
        sentence = "the meeting's country policy was restored: it " + (
            now.describe() if hasattr(now, "describe") else str(now)
        )
        self._policy_change = None
        self.store.record(
            idempotency_key(
                self.service, self.meeting_id, "meeting-policy", f"restore {time.time()}"
            ),
            {
                "actor": self.actor,
                "service": self.service,
                "meeting_id": self.meeting_id,
                "participant_id": "",
                "action": "country_policy_restore",
                "reason": sentence,
            },
            "applied",
            sentence,
        )
        return sentence

    def outcomes(self, states: Iterable[str] = (MANUAL, FAILED, UNSUPPORTED)) -> list[OutcomeItem]:
        """Settled actions in these states, oldest first, each with the name and the person's
        current session (a rejoined person is listed once, under the id they have now)."""
        rows = self.store.rows(self.service, self.meeting_id, states=tuple(states))
        names = self.store.audit_values((r.key for r in rows), "participant_name")
        with self._lock:
            present = {
                person_hash(self.service, self.meeting_id, e.person_key): e
                for e in self._entries.values()
                if e.person_key
            }
            by_id = dict(self._entries)
        out = []
        for r in rows:
            e = by_id.get(r.participant_id) or (present.get(r.person) if r.person else None)
            name = plain_text(e.participant.name) if e is not None else str(names.get(r.key) or "")
            out.append(
                OutcomeItem(
                    r.participant_id,
                    e.id if e is not None else r.participant_id,
                    name,
                    r.action,
                    r.state,
                    r.detail,
                )
            )
        return out

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
            entries = list(self._entries.values())
            todo = self._todo(entries)
            if participant_ids is not None:
                confirmed = set(participant_ids)
                todo = [e for e in todo if e.id in confirmed]
            verdict = self._verdict(len(todo))
            if not verdict.allowed and not (force or self.force):
                raise GuardRefused(verdict)
            done = sum(1 for e in entries if e.decision.enforcing) - len(todo)
            kinds = [self.adapter.support(e.decision.action)[0] for e in todo]
            n_unsup = sum(1 for k in kinds if k == UNSUPPORTED)
            n_manual = sum(1 for k in kinds if k == MANUAL)
            if self.dry_run:
                return ApplyResult(
                    len(todo) - n_unsup - n_manual,
                    done,
                    n_unsup,
                    n_manual,
                    verdict,
                    True,
                    tuple(e.id for e in todo),
                )
            updated = self._queue(todo)
            self._record_flags(entries)
            self._applied_once = True
            self._guard_blocked = None
        self._apply_service_policy()
        self._emit(RosterDiff(upserted=updated))
        return ApplyResult(
            len(todo) - n_unsup - n_manual,
            done,
            n_unsup,
            n_manual,
            verdict,
            False,
            tuple(e.id for e in todo),
        )

    def readmit(self, participant_id: str) -> str:
        """Admit someone from the waiting room (undo), where the service allows; returns the key."""
        if self.dry_run:
            raise DryRunError("this is a dry run: nothing is sent")
        with self._lock:
            e = self._entries.get(participant_id)
            if e is None:
                raise KeyError(participant_id)
            # Each readmission is a new decision (someone may be moved and readmitted twice).
            n = sum(
                1
                for r in self.store.rows(self.service, self.meeting_id)
                if r.participant_id == participant_id and r.action == "admit"
            )
            na = self._new_action(e, action="admit", nonce=str(n) if n else "", actor=self.actor)
            self.store.enqueue([na])
            self._reload_outbox([na.key])
            self._wake.set()
        self._emit_status()
        return na.key

    # -- sending ----------------------------------------------------------------------------
    @property
    def failure(self) -> StoreError | None:
        """The state database failure that stopped sending (a full disk...), if any."""
        return self._store_failure

    def _fail_store(self, exc: StoreError) -> None:
        """The state database cannot record any more: stop sending, say why, once."""
        if self._store_failure is None:
            self._store_failure = exc
            log.info("sending stopped: %s", exc)
        self._note_error(str(exc))
        self._wake.set()
        with self._settled:
            self._settled.notify_all()

    def _store_write(self, write: Callable[[], object]) -> bool:
        """Run a state database write, again while another process holds the lock; any other
        failure is fatal (`_fail_store`). True when it was written."""
        for attempt in range(5):
            try:
                write()
                return True
            except StoreError as exc:
                if exc.transient and attempt < 4 and not self._stop.is_set():
                    self._stop.wait(0.5 * (attempt + 1))
                    continue
                self._fail_store(exc)
                return False
        return False

    def _lease_loop(self) -> None:
        """Renew the leases of the rows this engine's senders hold, well before they run out."""
        interval = max(0.05, self.store.lease_seconds / 3)
        while not self._stop.wait(interval):
            if self._store_failure is not None:
                return  # rows in flight are left to run out and be taken back next time
            with self._in_flight_lock:
                holding = self._in_flight > 0
            if holding:
                try:
                    self.store.renew()
                except StoreError as exc:
                    if not exc.transient:
                        self._fail_store(exc)
                        return

    def _sender_loop(self) -> None:
        failures = 0
        while not self._stop.is_set() and self._store_failure is None:
            self._wake.wait(0.5)
            self._wake.clear()
            while not self._stop.is_set() and self._store_failure is None:
                self._pause()
                try:
                    rows = self.store.claim(self.service, self.meeting_id, self.batch_size)
                except StoreError as exc:
                    if not exc.transient:  # a full disk, a read-only file system: nothing sent
                        self._fail_store(exc)
                        return
                    self._note_error(f"state database: {exc}")
                    break
                except Exception as exc:  # a vanished database: report, keep trying
                    self._note_error(f"state database: {exc}")
                    break
                if not rows:
                    with self._settled:
                        self._settled.notify_all()
                    break
                self._wake.set()  # let another sender claim the next batch meanwhile
                with self._in_flight_lock:
                    self._in_flight += len(rows)
                try:
                    ok = self._send(rows)
                except StoreError as exc:  # reading back after the batch
                    self._fail_store(exc)
                    return
                except Exception as exc:  # never let a sender die silently with rows held
                    log.exception("sending actions failed")
                    self._note_error(f"internal error while sending: {type(exc).__name__}: {exc}")
                    self._store_write(
                        lambda rows=rows: self.store.requeue(
                            [(r.key, "retrying: internal error") for r in rows]
                        )
                    )
                    ok = False
                finally:
                    with self._in_flight_lock:
                        self._in_flight -= len(rows)
                if ok:
                    failures = 0
                else:
                    failures += 1
                    wait = random.uniform(0, min(30.0, 0.5 * 2**failures))
                    self._stop.wait(wait)
                    break

    def _send(self, rows: list[OutboxRow]) -> bool:
        reqs = [ActionRequest(r.participant_id, r.action, r.key, r.reason) for r in rows]
        began = time.monotonic()
        try:
            results = self.adapter.act_many(self.meeting_id, reqs)
        except ServiceError as exc:
            # Unknown whether the service acted: back to the queue, same keys.
            why = f"retrying: {exc}"
            self._store_write(lambda: self.store.requeue([(r.key, why) for r in rows]))
            if isinstance(exc, AuthError):
                self._fatal = exc
            elif self._outage_since is None:
                self._outage_since = began
            self._note_error(str(exc), connected=False)
            self._after_batch(rows)
            return False
        except Exception as exc:  # a bug must not lose the rows: they are resent next time
            log.exception("sending actions failed")
            why = f"retrying: internal error {type(exc).__name__}"
            self._store_write(lambda: self.store.requeue([(r.key, why) for r in rows]))
            self._note_error(f"internal error while sending: {type(exc).__name__}: {exc}")
            self._after_batch(rows)
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
        if not self._store_write(lambda: self.store.settle(settle)):
            return False
        if retry and not self._store_write(lambda: self.store.requeue(retry)):
            return False
        self._outage_since = None
        self._fatal = None
        self._connected = True
        self._last_error = None
        self._after_batch(rows, status_updates)
        return not retry

    def _after_batch(
        self, rows: list[OutboxRow], status_updates: dict[str, str] | None = None
    ) -> None:
        self._reload_outbox(r.key for r in rows)
        diff = RosterDiff()
        with self._lock:
            for r in rows:
                e = self._entries.get(r.participant_id)
                if e is None:
                    continue
                p = e.participant
                if (
                    status_updates
                    and r.participant_id in status_updates
                    and status_updates[r.participant_id] != p.status
                ):
                    p = replace(p, status=status_updates[r.participant_id])
                if p.status == "left":
                    del self._entries[r.participant_id]
                    self._unindex(r.participant_id, e.person_key)
                    diff.removed_ids.append(r.participant_id)
                    continue
                ne = self._build(p)
                if ne != e:
                    self._entries[r.participant_id] = ne
                    diff.upserted.append(ne)
        self._emit(diff)
        with self._settled:
            self._settled.notify_all()

    def wait_settled(
        self, timeout: float | None = None, give_up_after: float | None = 60.0
    ) -> bool:
        """Wait until no decision of this meeting is queued or in flight.

        Returns False on timeout. Raises AuthError when the service refuses the credentials,
        UnreachableError when sending has failed for ``give_up_after`` seconds in a row.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._settled:
            while True:
                if self._store_failure is not None:
                    raise self._store_failure
                if self._fatal is not None:
                    raise self._fatal
                if (
                    give_up_after is not None
                    and self._outage_since is not None
                    and time.monotonic() - self._outage_since > give_up_after
                ):
                    raise UnreachableError(self._last_error or "the service could not be reached")
                if self.store.open_count(self.service, self.meeting_id) == 0:
                    return True
                if self._stop.is_set() and not any(t.is_alive() for t in self._threads):
                    return False
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._settled.wait(0.5 if left is None else min(0.5, left))

    # -- reading ------------------------------------------------------------------------------
    def _reader_loop(self) -> None:
        failures = 0
        events_ok = Capability.EVENTS in self.adapter.capabilities
        while not self._stop.is_set():
            try:
                snap = self.adapter.fetch_roster(self.meeting_id)
                if self._stop.is_set():
                    return
                self._pause()
                self._apply_snapshot(snap)
                self._loaded = True
                self._connected = True
                self._last_error = None
                self._ready.set()
                self._emit_status()
                failures = 0
                last_full = time.monotonic()
                since = snap.events_since
                if not events_ok or since is None:
                    self._stop.wait(min(self.reconcile_interval, 5.0))
                    continue
                while (
                    not self._stop.is_set()
                    and time.monotonic() - last_full < self.reconcile_interval
                ):
                    asked = time.monotonic()
                    batch = self.adapter.events(self.meeting_id, since, self.event_wait)
                    if self._stop.is_set():
                        return
                    events = [(ev.type, ev.participant) for ev in batch.events]
                    for i in range(0, len(events), EVENT_CHUNK):
                        # In chunks, in order: the lock is held, and a GUI kept waiting,
                        # for one chunk at a time rather than for a whole burst.
                        self._pause()
                        self._apply_events(events[i : i + EVENT_CHUNK])
                    if not events and time.monotonic() - asked < self.event_wait / 2:
                        # Nothing new, and answered long before the wait asked for: a server
                        # that ignores ``wait`` would otherwise be polled as fast as the
                        # request budget allows.
                        self._stop.wait(min(EARLY_EMPTY_PAUSE, self.event_wait))
                    since = batch.next
            except EventsExpired:
                continue  # too far behind: the next round is a full reconciliation
            except NotSupported:
                events_ok = False
            except ServiceError as exc:
                if self._stop.is_set():
                    return
                failures += 1
                if self._first_error is None and not self._ready.is_set():
                    self._first_error = exc
                    self._ready.set()
                self._note_error(str(exc), connected=False)
                self._stop.wait(random.uniform(0, min(30.0, 1.0 * 2**failures)))
            except StoreError as exc:
                if self._stop.is_set():
                    return  # the state database was closed under a stopping reader
                if exc.transient:  # another process held the lock too long: again shortly
                    self._note_error(f"state database: {exc}")
                    self._stop.wait(5.0)
                    continue
                self._fail_store(exc)  # decisions can no longer be recorded: stop
                return
            except Exception as exc:  # never let the roster thread die silently
                if self._stop.is_set():
                    return  # the state database was closed under a stopping reader
                log.exception("reading the roster failed")
                self._note_error(
                    f"internal error while reading the roster: {type(exc).__name__}: {exc}"
                )
                self._stop.wait(5.0)

    # -- status ----------------------------------------------------------------------------------
    def _note_error(self, message: str, *, connected: bool | None = None) -> None:
        self._last_error = message
        if connected is not None:
            self._connected = connected
        self._emit_status()

    def status(self) -> EngineStatus:
        counts = self.store.counts(self.service, self.meeting_id)
        http = self.adapter.http_state
        last_error = self._last_error or (http.last_error if http else None)
        return EngineStatus(
            connected=self._connected,
            participants=len(self._entries),
            pending=counts[QUEUED] + counts[SENDING],
            applied=counts[APPLIED],
            failed=counts[FAILED],
            unsupported=counts[UNSUPPORTED],
            manual=counts[MANUAL],
            backing_off_until=http.backing_off_until if http else None,
            rate_limited=http.rate_limited if http else False,
            last_error=last_error,
            budget=http.budget if http else None,
            ready=self._ready.is_set(),
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
