"""The state of one simulated meeting: participants, statuses, the event log, the country
policy, idempotency records and the ground-truth action log. One lock guards all of it.

Protocol modules (the reference API in server.py, and the Zoom/Webex subsets) read and change
the meeting only through the methods here, so every front end sees the same meeting: an action
taken through one API shows up in the others, and in ``/_sim/state``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from hostguard.simulator.population import Person, Population

STATUSES = ("joined", "waiting", "removed", "blocked", "left")
ACTIONS = ("remove", "waiting_room", "admit", "block")
EVENT_BUFFER = 100_000
MAX_EVENTS_PER_RESPONSE = 1000
IDEMPOTENCY_MEMORY = 1_000_000  # keys remembered per meeting, oldest forgotten first
INITIAL_SPREAD_S = 600.0  # the people present at start joined over the previous ten minutes

# status before -> action -> status after; None: the action does not apply (409)
TRANSITIONS: dict[str, dict[str, str | None]] = {
    "joined": {
        "remove": "removed",
        "waiting_room": "waiting",
        "admit": "joined",
        "block": "blocked",
    },
    "waiting": {
        "remove": "removed",
        "waiting_room": "waiting",
        "admit": "joined",
        "block": "blocked",
    },
    "removed": {"remove": "removed", "waiting_room": None, "admit": "joined", "block": "blocked"},
    "blocked": {"remove": "blocked", "waiting_room": None, "admit": "joined", "block": "blocked"},
}


def rfc3339(t: float) -> str:
    return (
        dt.datetime.fromtimestamp(t, dt.UTC)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z")
    )


def _dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class SimError(Exception):
    """A request the meeting refuses; the front end renders it in its own error format."""

    def __init__(
        self, status: int, slug: str, title: str, detail: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.slug = slug
        self.title = title
        self.detail = detail
        self.headers = dict(headers or {})  # extra response headers (Retry-After, Allow, ...)


@dataclass(slots=True, eq=False)
class ParticipantRecord:
    """One participant session. A person who leaves and rejoins gets a new record and id."""

    id: str
    person: Person
    status: str
    joined_at: float
    index: int  # position in join order (the list cursor)
    left_at: float | None = None
    previous_id: str | None = None  # the session this one rejoined from, if any
    _json: str | None = field(default=None, repr=False)

    @property
    def person_key(self) -> str:
        return self.person.key

    def doc(self) -> dict:
        """The reference API's participant object."""
        p = self.person
        return {
            "id": self.id,
            "name": p.name,
            "email": p.email,
            "role": p.role,
            "status": self.status,
            "ip_address": p.ip,
            "joined_at": rfc3339(self.joined_at),
            "left_at": rfc3339(self.left_at) if self.left_at is not None else None,
        }

    def json(self) -> str:
        """The participant object serialised once per change (pages are joined from these)."""
        if self._json is None:
            self._json = _dumps(self.doc())
        return self._json

    def set_status(self, status: str) -> None:
        self.status = status
        self._json = None


@dataclass(frozen=True, slots=True)
class Event:
    seq: int
    type: str  # joined | left | status
    at: float
    participant_id: str
    participant_json: str  # the participant as it was right after the event

    def json(self) -> str:
        return (
            f'{{"seq":{self.seq},"type":"{self.type}","participant":{self.participant_json},'
            f'"at":"{rfc3339(self.at)}"}}'
        )


@dataclass(frozen=True, slots=True)
class ActionOutcome:
    """What a participant action did: the HTTP status and body the reference API returns."""

    status: int
    body: dict
    recorded: bool = False  # it changed state (and is in the ground-truth action log)


class Meeting:
    """One meeting's state; every public method takes the lock."""

    def __init__(
        self,
        meeting_id: str,
        population: Population,
        *,
        topic: str = "Open Source Summit (simulated)",
        present_at_start: Iterable[Person] | None = None,
        seed: int = 0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.id = meeting_id
        self.topic = topic
        self.population = population
        self.seed = seed
        self.clock = clock
        self.lock = threading.Lock()
        self.changed = threading.Condition(self.lock)  # notified on every new event
        self.records: list[ParticipantRecord] = []
        self.by_id: dict[str, ParticipantRecord] = {}
        self.current: dict[str, ParticipantRecord] = {}  # person key -> latest record
        self.counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        self.blocked_people: set[str] = set()
        self.policy: dict = {"enabled": False, "method": "deny", "countries": []}
        self.events: deque[Event] = deque(maxlen=EVENT_BUFFER)
        self.event_seq = 0
        self.actions: list[dict] = []
        self.idempotency: OrderedDict[str, tuple[str, ActionOutcome]] = OrderedDict()
        self.closed = False
        self._id_counter = 0
        self._change_hooks: list[Callable[[ParticipantRecord, str], None]] = []
        people = list(population.people if present_at_start is None else present_at_start)
        now = clock()
        n = max(len(people), 1)
        with self.lock:
            for i, person in enumerate(people):
                # initial people are the starting state: no events for them
                self._add(person, now - INITIAL_SPREAD_S * (1 - i / n), emit=False)

    # ----------------------------------------------------------------- internals (lock held)
    def _new_id(self) -> str:
        while True:
            self._id_counter += 1
            raw = hashlib.blake2b(
                f"{self.seed}:{self.id}:{self._id_counter}".encode(), digest_size=6
            ).hexdigest()
            if raw not in self.by_id:
                return raw

    def _emit(self, type_: str, rec: ParticipantRecord) -> None:
        self.event_seq += 1
        self.events.append(Event(self.event_seq, type_, self.clock(), rec.id, rec.json()))
        for hook in self._change_hooks:
            hook(rec, type_)
        self.changed.notify_all()

    def _set_status(self, rec: ParticipantRecord, status: str) -> None:
        self.counts[rec.status] -= 1
        rec.set_status(status)
        self.counts[status] += 1

    def _admitted_by_policy(self, person: Person) -> bool:
        pol = self.policy
        if not pol["enabled"]:
            return True
        listed = person.country in pol["countries"]
        if pol["method"] == "deny":
            return not listed
        return listed  # approve: only listed countries (unknown countries stay out)

    def _add(
        self, person: Person, at: float, *, emit: bool = True, previous: str | None = None
    ) -> ParticipantRecord:
        blocked = person.key in self.blocked_people or (
            emit and not self._admitted_by_policy(person)
        )
        rec = ParticipantRecord(
            id=self._new_id(),
            person=person,
            status="blocked" if blocked else "joined",
            joined_at=at,
            index=len(self.records),
            previous_id=previous,
        )
        self.records.append(rec)
        self.by_id[rec.id] = rec
        self.current[person.key] = rec
        self.counts[rec.status] += 1
        if emit:
            self._emit("joined", rec)
        return rec

    def _leave(self, rec: ParticipantRecord) -> bool:
        if rec.status not in ("joined", "waiting"):
            return False
        self._set_status(rec, "left")
        rec.left_at = self.clock()
        rec._json = None
        self._emit("left", rec)
        return True

    def _get(self, pid: str) -> ParticipantRecord:
        rec = self.by_id.get(pid)
        if rec is None:
            raise SimError(404, "participant-not-found", "Participant not found",
                           f"no participant with id {pid!r} in meeting {self.id!r}")  # fmt: skip
        return rec

    # ----------------------------------------------------------------- hooks for front ends
    def add_change_hook(self, hook: Callable[[ParticipantRecord, str], None]) -> None:
        """Call ``hook(record, event_type)`` (with the lock held) after every event; for
        vendor modules that keep their own views (e.g. Webex analytics timing)."""
        with self.lock:
            self._change_hooks.append(hook)

    # ----------------------------------------------------------------- reads
    def get(self, pid: str) -> ParticipantRecord:
        with self.lock:
            return self._get(pid)

    def participant_json(self, pid: str) -> str:
        with self.lock:
            return self._get(pid).json()

    def count(self, status: str | None = None) -> int:
        """Participants in ``status``; None: every status except left; "all": everyone."""
        with self.lock:
            if status == "all":
                return len(self.records)
            if status is None:
                return len(self.records) - self.counts["left"]
            return self.counts[status]

    def page(
        self, start: int, limit: int, status: str | None
    ) -> tuple[list[str], int | None, int, int]:
        """Serialised participants from join-order index ``start``:
        (items, next index or None, total, latest event seq), read atomically.

        ``status``: None lists every status except left, "all" lists everyone, else one status.
        Work is proportional to the page (plus skipped records), never to the meeting size.
        """
        with self.lock:
            recs = self.records
            n = len(recs)
            items: list[str] = []
            i = start
            while i < n and len(items) < limit:
                rec = recs[i]
                i += 1
                if status == "all" or (
                    rec.status != "left" if status is None else rec.status == status
                ):
                    items.append(rec.json())
            total = (
                n if status == "all"
                else n - self.counts["left"] if status is None
                else self.counts[status]
            )  # fmt: skip
            return items, (i if i < n else None), total, self.event_seq

    def by_ids(self, ids: Iterable[str], status: str | None = None) -> tuple[list[str], int]:
        """Serialised participants with these ids (in that order, each once; unknown ids
        left out; only ``status`` when given), and the latest event seq, read atomically."""
        with self.lock:
            items: list[str] = []
            seen: set[str] = set()
            for pid in ids:
                rec = self.by_id.get(pid)
                if rec is not None and pid not in seen and status in (None, rec.status):
                    seen.add(pid)
                    items.append(rec.json())
            return items, self.event_seq

    def snapshot(
        self, predicate: Callable[[ParticipantRecord], bool] | None = None
    ) -> list[ParticipantRecord]:
        """Records in join order (the record objects; read their fields, do not change them)."""
        with self.lock:
            if predicate is None:
                return list(self.records)
            return [r for r in self.records if predicate(r)]

    def events_since(self, since: int, wait: float) -> tuple[list[str], int]:
        """Events after ``since`` (waiting up to ``wait`` s for one); raises 410 when ``since``
        is older than the retained buffer or newer than anything this meeting has sent."""
        deadline = time.monotonic() + wait
        with self.changed:
            while True:
                if since > self.event_seq:
                    raise SimError(410, "events-expired", "Event position unknown",
                                   f"since={since} is ahead of this meeting's latest event "
                                   f"({self.event_seq}); reload the participant list")  # fmt: skip
                first = self.events[0].seq if self.events else self.event_seq + 1
                if since < first - 1:
                    raise SimError(410, "events-expired", "Events no longer available",
                                   f"events after {since} are no longer kept (oldest kept: "
                                   f"{first}); reload the participant list")  # fmt: skip
                if since < self.event_seq or self.closed:
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self.changed.wait(remaining)
            if since >= self.event_seq:
                return [], since
            # events are consecutive: index of seq since+1 is since+1-first
            start = since + 1 - first
            chosen = list(itertools.islice(self.events, start, start + MAX_EVENTS_PER_RESPONSE))
            return [e.json() for e in chosen], chosen[-1].seq

    def ground_truth(self) -> dict:
        with self.lock:
            return {
                "participants": [
                    {"id": r.id, "name": r.person.name, "email": r.person.email, "role": r.person.role,
                     "ip_address": r.person.ip, "status": r.status}
                    for r in self.records
                ],
                "actions": [dict(a) for a in self.actions],
            }  # fmt: skip

    def get_policy(self) -> dict:
        with self.lock:
            return {**self.policy, "countries": list(self.policy["countries"])}

    # ----------------------------------------------------------------- changes
    def set_policy(self, enabled: bool, method: str, countries: list[str]) -> dict:
        with self.lock:
            self.policy = {
                "enabled": enabled,
                "method": method,
                "countries": sorted(set(countries)),
            }
            return {**self.policy, "countries": list(self.policy["countries"])}

    def act(
        self, pid: str, action: str, *, key: str | None = None, reason: str = ""
    ) -> ActionOutcome:
        """Apply one participant action, idempotently when ``key`` is given.

        The same key with the same request returns the stored outcome marked ``replayed``
        and records nothing; the same key with a different request is a 422.
        """
        if action not in ACTIONS:
            raise SimError(400, "invalid-request", "Invalid action",
                           f"action must be one of {', '.join(ACTIONS)}, not {action!r}")  # fmt: skip
        fingerprint = _dumps([pid, action, reason])
        with self.lock:
            if key is not None and key in self.idempotency:
                stored_fp, outcome = self.idempotency[key]
                if stored_fp != fingerprint:
                    raise SimError(422, "idempotency-key-reused", "Idempotency key reused",
                                   "this Idempotency-Key was already used for a different request")  # fmt: skip
                return ActionOutcome(outcome.status, {**outcome.body, "replayed": True})
            rec = self._get(pid)
            if rec.status == "left":
                raise SimError(409, "participant-left", "Participant has left",
                               f"participant {pid!r} has left the meeting")  # fmt: skip
            new = TRANSITIONS[rec.status][action]
            if new is None:
                raise SimError(409, "participant-not-present", "Participant is not in the meeting",
                               f"participant {pid!r} is {rec.status}; {action} needs someone in the "
                               "meeting or its waiting room")  # fmt: skip
            changed = new != rec.status
            if changed:
                self._set_status(rec, new)
                if new == "blocked":
                    self.blocked_people.add(rec.person_key)
                elif rec.person_key in self.blocked_people:
                    self.blocked_people.discard(rec.person_key)  # admit lifts a block
                self.actions.append(
                    {"participant_id": pid, "action": action, "at": rfc3339(self.clock())}
                )
                self._emit("status", rec)
            outcome = ActionOutcome(
                200,
                {"participant_id": pid, "action": action, "status": rec.status, "replayed": False},
                recorded=changed,
            )
            if key is not None:
                self.idempotency[key] = (fingerprint, outcome)
                if len(self.idempotency) > IDEMPOTENCY_MEMORY:
                    self.idempotency.popitem(last=False)
            return outcome

    def join(self, people: Iterable[Person]) -> list[ParticipantRecord]:
        """New joiners (the country policy and the block list apply to them)."""
        with self.lock:
            now = self.clock()
            return [self._add(p, now) for p in people]

    def join_newcomers(self, count: int, country: str | None = None) -> list[ParticipantRecord]:
        with self.lock:
            people = self.population.newcomers(count, country)
            now = self.clock()
            return [self._add(p, now) for p in people]

    def leave(self, pid: str) -> ParticipantRecord:
        with self.lock:
            rec = self._get(pid)
            if not self._leave(rec):
                raise SimError(409, "participant-not-present", "Participant is not in the meeting",
                               f"participant {pid!r} is {rec.status}")  # fmt: skip
            return rec

    def rejoin(self, pid: str) -> tuple[ParticipantRecord, ParticipantRecord]:
        """The person behind ``pid`` leaves (if inside) and joins again with a new id.
        A blocked person's new session is blocked at once."""
        with self.lock:
            old = self._get(pid)
            latest = self.current.get(old.person_key)
            if latest is not None and latest is not old and latest.status in ("joined", "waiting"):
                raise SimError(409, "participant-rejoined", "Person already rejoined",
                               f"the person behind {pid!r} is in the meeting as {latest.id!r}")  # fmt: skip
            self._leave(old)
            new = self._add(old.person, self.clock(), previous=old.id)
            return old, new

    def close(self) -> None:
        with self.changed:
            self.closed = True
            self.changed.notify_all()
