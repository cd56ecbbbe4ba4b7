"""The roster: one entry per participant session, its decision under the rules and its sync
state, kept up to date from snapshots, events and the outbox. Thread-free: the caller holds
`Roster.lock` (the engine does; a test drives it step by step).

One person, one action: where the service gives a person key that survives a leave and
rejoin (Zoom gives each session a new participant id), the same person is not listed twice
for an action the service could not carry out. The rule, in `Roster.prior_row`:

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

Sync states are `SyncState` values; the app maps them to words. "Backing off" is a row put
back in the queue after an attempt (``attempts`` > 0), never read from a message's wording.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum

from hostguard.core.geo import GeoResolver, GeoResult
from hostguard.core.participants import Participant, plain_text
from hostguard.core.rules import Decision, RuleSet
from hostguard.engine.planning import needs_action
from hostguard.engine.store import MANUAL, OPEN_STATES, QUEUED, UNSUPPORTED, OutboxRow, person_hash
from hostguard.services.base import RemoteParticipant

MAX_LOCATION_CHARS = 80
# Outcomes of an earlier session that cover a rejoined person (see the module docstring).
COVERS_REJOIN = (MANUAL, UNSUPPORTED)


class SyncState(StrEnum):
    """Where a participant's enforcing decision stands with the service."""

    NONE = "none"  # nothing to send, or not sent yet
    PENDING = "pending"  # in the outbox, waiting or on its way
    BACKING_OFF = "backing_off"  # tried, put back in the queue: sent again after a pause
    APPLIED = "applied"
    FAILED = "failed"
    UNSUPPORTED = "unsupported"
    MANUAL = "manual"


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


@dataclass(frozen=True, slots=True)
class RosterEntry:
    participant: Participant
    geo: GeoResult
    decision: Decision
    sync: str = SyncState.NONE  # a SyncState
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


def to_participant(rp: RemoteParticipant) -> Participant:
    # Positional (a keyword call costs twice as much, once per participant of a 50,000-person
    # roster): Participant's fields in their order, which a test checks.
    return Participant(rp.id, rp.name, rp.email, rp.role, rp.ip, rp.status, rp.joined_at)


# Each field's slot, written directly (see new_entry).
_ENTRY_SLOTS = tuple(getattr(RosterEntry, f.name).__set__ for f in fields(RosterEntry))
(_set_participant, _set_geo, _set_decision, _set_sync, _set_sync_detail, _set_updated,
 _set_person_key, _set_service_location, _set_service_country) = _ENTRY_SLOTS  # fmt: skip
_new_object = object.__new__


def new_entry(
    participant: Participant,
    geo: GeoResult,
    decision: Decision,
    sync: str,
    sync_detail: str,
    updated: float,
    person_key: str,
    service_location: str,
    service_country: str | None,
) -> RosterEntry:
    """``RosterEntry(...)`` with every field given, in their order, at half the cost of the
    frozen dataclass's __init__ (which goes through object.__setattr__ once per field): one
    is built for each participant of a 50,000-person roster. A test compares the two."""
    e = _new_object(RosterEntry)
    _set_participant(e, participant)
    _set_geo(e, geo)
    _set_decision(e, decision)
    _set_sync(e, sync)
    _set_sync_detail(e, sync_detail)
    _set_updated(e, updated)
    _set_person_key(e, person_key)
    _set_service_location(e, service_location)
    _set_service_country(e, service_country)
    return e


if new_entry.__code__.co_varnames[: len(_ENTRY_SLOTS)] != tuple(f.name for f in fields(RosterEntry)):
    raise RuntimeError("new_entry's parameters are not RosterEntry's fields in their order")


def _remote_extra(rp: RemoteParticipant) -> tuple[str, str, str | None]:
    """(person key, service-reported location, its country) of a remote participant."""
    location = rp.location
    # plain_text("") is "": most services report no location, and that costs nothing.
    return rp.person_key, plain_text(location, MAX_LOCATION_CHARS) if location else "", rp.service_country or None


def sync_state(row: OutboxRow) -> SyncState:
    """The sync state an outbox row stands for."""
    if row.state in OPEN_STATES:
        return SyncState.BACKING_OFF if row.state == QUEUED and row.attempts > 0 else SyncState.PENDING
    return SyncState(row.state)


class Roster:
    """Entries of one meeting with their decisions and sync states. Callers hold `lock`."""

    def __init__(
        self,
        service: str,
        meeting_id: str,
        ruleset: RuleSet,
        resolver: GeoResolver,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.service = service
        self.meeting_id = meeting_id
        self.ruleset = ruleset
        self.resolver = resolver
        self.clock = clock
        self.lock = threading.RLock()
        self.entries: dict[str, RosterEntry] = {}
        # person key -> ids of that person's sessions in entries: a leave re-checks only the
        # same person's other sessions instead of scanning a 50,000-person roster.
        # One session (nearly everyone) is kept as its id alone, two or more as a set: a set of
        # one costs more memory than the entry itself.
        self._sessions_of: dict[str, str | set[str]] = {}
        # (participant id, action) -> this meeting's outbox row for it
        self.outbox: dict[tuple[str, str], OutboxRow] = {}
        # (person hash, action) -> the latest outbox row for that person and action
        self._person_rows: dict[tuple[str, str], OutboxRow] = {}

    def now(self) -> dt.datetime:
        """The clock as an aware datetime: what the rules' windows are read at."""
        return dt.datetime.fromtimestamp(self.clock(), dt.UTC)

    # -- the outbox as the roster sees it ------------------------------------------------------
    def load_rows(self, rows: Iterable[OutboxRow]) -> None:
        """Take in outbox rows (all of the meeting's, or those just written or settled)."""
        with self.lock:
            for row in rows:
                self.outbox[(row.participant_id, row.action)] = row
                if row.person:
                    known = self._person_rows.get((row.person, row.action))
                    if known is None or known.key == row.key or known.created <= row.created:
                        self._person_rows[(row.person, row.action)] = row

    def person(self, person_key: str) -> str:
        return person_hash(self.service, self.meeting_id, person_key)

    def prior_row(self, participant_id: str, person_key: str, action: str) -> OutboxRow | None:
        """An earlier session's settled row that covers this session (module docstring)."""
        if not person_key or not self._person_rows:
            return None  # (no row at all: no need to work out the person's hash)
        row = self._person_rows.get((self.person(person_key), action))
        if (
            row is None
            or row.participant_id == participant_id
            or row.state not in COVERS_REJOIN
            or row.participant_id in self.entries  # still present: another device, not a rejoin
        ):
            return None
        return row

    def handled(self, e: RosterEntry, action: str) -> bool:
        """Someone (this or another HostGuard, this or an earlier session) decided this already."""
        return (e.id, action) in self.outbox or self.prior_row(
            e.id, e.person_key, action
        ) is not None

    def sync_of(self, p: Participant, d: Decision, person_key: str = "") -> tuple[str, str]:
        if not d.enforcing:
            return SyncState.NONE, ""
        row = self.outbox.get((p.id, d.action))
        if row is not None:
            return sync_state(row), row.detail
        if not needs_action(p.status, d.action):
            return SyncState.APPLIED, f"already {p.status} on the service"
        prior = self.prior_row(p.id, person_key, d.action)
        if prior is not None:
            return SyncState(prior.state), (
                f"the same person as session {prior.participant_id}, who left and rejoined: "
                + prior.detail
            )
        return SyncState.NONE, ""

    # -- entries -------------------------------------------------------------------------------
    def build(
        self, p: Participant, extra: tuple[str, str, str | None] | None = None
    ) -> RosterEntry:
        if extra is None:  # re-evaluating someone known: keep what the service said about them
            old = self.entries.get(p.id)
            extra = (
                (old.person_key, old.service_location, old.service_country)
                if old
                else ("", "", None)
            )
        geo = self.resolver.lookup(p.ip)
        rs = self.ruleset
        d = rs.evaluate(p, geo, self.now() if rs.timed else None)
        sync, detail = self.sync_of(p, d, extra[0])
        return new_entry(p, geo, d, sync, detail, self.clock(), *extra)

    def rebuild(self, pid: str) -> RosterEntry | None:
        """Re-derive one entry (its outbox row changed); None when it is not on the roster."""
        e = self.entries.get(pid)
        if e is None:
            return None
        ne = self.build(e.participant)
        self.entries[pid] = ne
        return ne

    def reevaluate(self, *, every_entry: bool) -> RosterDiff:
        """Decide everyone again (new rules or databases); the diff has the entries that changed
        (every entry with ``every_entry``: its evidence may have changed)."""
        diff = RosterDiff()
        for pid, e in list(self.entries.items()):
            ne = self.build(e.participant)
            if every_entry or ne.decision != e.decision or ne.sync != e.sync:
                self.entries[pid] = ne
                diff.upserted.append(ne)
        return diff

    def apply_snapshot(
        self, participants: Iterable[RemoteParticipant]
    ) -> tuple[RosterDiff, list[RosterEntry]]:
        """A full roster: (the diff, the entries new or changed, for auto-apply)."""
        diff = RosterDiff()
        present = [rp for rp in participants if rp.status != "left"]
        seen = {rp.id for rp in present}
        # Those gone first: a rejoined person's new session then sees the old one gone.
        gone_people = self._remove([pid for pid in self.entries if pid not in seen], diff)
        changed: dict[str, RosterEntry] = {}
        for rp in present:
            e = self._upsert(rp)
            if e is not None:
                changed[rp.id] = e
        return diff, self._settle(diff, changed, gone_people)

    def apply_events(
        self, events: Iterable[tuple[str, RemoteParticipant]]
    ) -> tuple[RosterDiff, list[RosterEntry]]:
        """Joins, leaves and status changes, in order: (the diff, the entries new or changed)."""
        diff = RosterDiff()
        changed: dict[str, RosterEntry] = {}
        gone_people: set[str] = set()
        for kind, rp in events:
            if kind == "left" or rp.status == "left":
                gone_people |= self._remove([rp.id], diff)
                changed.pop(rp.id, None)
                continue
            e = self._upsert(rp)
            if e is not None:
                changed[rp.id] = e
        return diff, self._settle(diff, changed, gone_people)

    def after_batch(
        self, rows: Iterable[OutboxRow], status_updates: dict[str, str] | None = None
    ) -> RosterDiff:
        """Rows were sent (their outbox state is loaded): the entries they concern, with the
        status the service reported after the action."""
        diff = RosterDiff()
        for r in rows:
            e = self.entries.get(r.participant_id)
            if e is None:
                continue
            p = e.participant
            status = (status_updates or {}).get(r.participant_id)
            if status and status != p.status:
                p = replace(p, status=status)
            if p.status == "left":
                del self.entries[r.participant_id]
                self._unindex(r.participant_id, e.person_key)
                diff.removed_ids.append(r.participant_id)
                continue
            ne = self.build(p)
            if ne != e:
                self.entries[r.participant_id] = ne
                diff.upserted.append(ne)
        return diff

    def _settle(
        self, diff: RosterDiff, changed: dict[str, RosterEntry], gone_people: set[str]
    ) -> list[RosterEntry]:
        """Other sessions of people who left are re-derived; the changed entries go into the diff."""
        changed.update(self._rebuild_people(gone_people, changed))
        diff.upserted.extend(changed.values())
        return list(changed.values())

    def _remove(self, ids: Iterable[str], diff: RosterDiff) -> set[str]:
        """Drop entries; return the person keys of those dropped."""
        people = set()
        for pid in ids:
            e = self.entries.pop(pid, None)
            if e is not None:
                diff.removed_ids.append(pid)
                if e.person_key:
                    people.add(e.person_key)
                    self._unindex(pid, e.person_key)
        return people

    def _index(self, pid: str, person_key: str) -> None:
        if person_key:
            ids = self._sessions_of.get(person_key)
            if ids is None:
                self._sessions_of[person_key] = pid
            elif type(ids) is str:
                if ids != pid:
                    self._sessions_of[person_key] = {ids, pid}
            else:
                ids.add(pid)

    def _unindex(self, pid: str, person_key: str) -> None:
        ids = self._sessions_of.get(person_key)
        if ids is None:
            return
        if type(ids) is str:
            if ids == pid:
                del self._sessions_of[person_key]
            return
        ids.discard(pid)
        if not ids:
            del self._sessions_of[person_key]

    def _sessions(self, person_key: str) -> list[str]:
        """The ids of a person's sessions on the roster."""
        ids = self._sessions_of.get(person_key)
        if ids is None:
            return []
        return [ids] if type(ids) is str else list(ids)

    def _rebuild_people(
        self, people: set[str], skip: dict[str, RosterEntry]
    ) -> dict[str, RosterEntry]:
        """Re-derive the sync state of other sessions of people whose session just ended
        (an earlier outcome may now cover them, see `prior_row`)."""
        out: dict[str, RosterEntry] = {}
        for key in people:
            for pid in self._sessions(key):
                e = self.entries.get(pid)
                if e is None or pid in skip:
                    continue
                ne = self.build(e.participant)
                if ne.sync != e.sync or ne.sync_detail != e.sync_detail:
                    self.entries[pid] = ne
                    out[pid] = ne
        return out

    def _upsert(self, rp: RemoteParticipant) -> RosterEntry | None:
        """Store the entry for ``rp``; None when nothing changed."""
        p = to_participant(rp)
        extra = _remote_extra(rp)
        old = self.entries.get(rp.id)
        if (
            old is not None
            and old.participant == p
            and (old.person_key, old.service_location, old.service_country) == extra
        ):
            return None
        e = self.build(p, extra)
        self.entries[rp.id] = e
        if old is not None and old.person_key != e.person_key:
            self._unindex(rp.id, old.person_key)
        self._index(rp.id, e.person_key)
        return e

    def present_people(self) -> dict[str, RosterEntry]:
        """person hash -> a present entry of that person (for the host's lists)."""
        return {self.person(e.person_key): e for e in self.entries.values() if e.person_key}
