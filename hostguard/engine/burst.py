"""The burst guard: the share guard for enforcement on new joiners.

When the engine acts on joiners as they arrive (the app's "Enforce rules on new joiners",
`watch --apply` in follow mode), no one confirms each action. The burst guard watches a
sliding window (``window`` seconds, 60 by default) of the people who joined in it. When the
rules would act on more than ``limit`` (the rule set's ``max_action_share``) of them, and on
at least ``min_actions`` of them (so that one joiner acted on out of one is not a burst: a
normal trickle of people from a named country is acted on), the actions are *held*: written
nowhere, sent to no one, listed by `BurstGuard.held` until the host releases or drops them.
While actions are held, every further action on a joiner is held too (the host decides about
the burst as a whole). Releasing starts a fresh window.

Thread-free: the engine calls it under its roster lock; tests drive it with a fake clock.

Below `BurstGuard`, the engine's side of enforcement on new joiners (`auto_queue`, and
`Engine.release_held` / `drop_held`): functions of an `Engine` that write to its store.
"""

from __future__ import annotations

import collections
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hostguard.core.participants import plain_text
from hostguard.core.rules import GuardVerdict
from hostguard.engine.actions import new_action, queue, record_flags
from hostguard.engine.planning import PRESENT, acting_entries, eligible
from hostguard.engine.results import DryRunError
from hostguard.engine.roster import RosterDiff, RosterEntry
from hostguard.engine.store import idempotency_key
from hostguard.services.base import RemoteParticipant

if TYPE_CHECKING:
    from hostguard.engine.engine import Engine

log = logging.getLogger(__name__)

DEFAULT_WINDOW = 60.0
DEFAULT_MIN_ACTIONS = 5


@dataclass(frozen=True)
class HeldAction:
    """An action the burst guard holds: not in the outbox, not sent."""

    participant_id: str
    name: str
    action: str
    rule: str | None
    since: float  # when it was held (the engine's clock, seconds since the epoch)
    state: str = "held"


@dataclass(frozen=True)
class BurstHold:
    """What the guard saw when it held actions: ``acting`` of the ``joined`` people who
    joined in the last ``window`` seconds would be acted on, above ``limit``."""

    held: int  # actions held now, in all
    joined: int
    acting: int
    window: float
    limit: float

    def message(self) -> str:
        share = self.acting / self.joined if self.joined else 0.0
        return (
            f"burst guard: the rules would act on {self.acting} of the {self.joined} people who joined "
            f"in the last {self.window:g} s ({share:.0%}, above the limit of {self.limit:.0%}); "
            f"{self.held} action(s) held, nothing sent for them"
        )


class BurstGuard:
    def __init__(
        self,
        limit: float,
        *,
        window: float = DEFAULT_WINDOW,
        min_actions: int = DEFAULT_MIN_ACTIONS,
        clock: Callable[[], float],
    ) -> None:
        self.limit = limit
        self.window = float(window)
        self.min_actions = max(1, int(min_actions))
        self.clock = clock
        self._joins: collections.deque[tuple[float, str]] = collections.deque()
        self._seen: set[str] = set()  # joiners in the window
        self._acting: set[str] = set()  # joiners in the window the rules would act on
        self.held: dict[str, HeldAction] = {}
        self.last: BurstHold | None = None

    def _trim(self, now: float) -> None:
        while self._joins and self._joins[0][0] < now - self.window:
            _t, pid = self._joins.popleft()
            self._seen.discard(pid)
            self._acting.discard(pid)

    def note_joiners(self, ids: Iterable[str]) -> None:
        """People who joined now (each counted once while in the window)."""
        now = self.clock()
        self._trim(now)
        for pid in ids:
            if pid not in self._seen:
                self._seen.add(pid)
                self._joins.append((now, pid))

    def screen(self, todo: list, describe: Callable[[object, float], HeldAction]) -> tuple[list, BurstHold | None]:
        """Of the entries the rules would act on now (``todo``), those to send; the others are
        held. Returns (to send, the hold when actions were held now, else None)."""
        if not todo:
            return [], None
        now = self.clock()
        self._trim(now)
        for e in todo:
            if e.id in self._seen:
                self._acting.add(e.id)
        joined = len(self._seen)
        acting = len(self._acting)
        over = acting >= self.min_actions and joined > 0 and acting / joined > self.limit + 1e-12
        if not self.held and not over:
            return todo, None
        for e in todo:
            if e.id not in self.held:
                self.held[e.id] = describe(e, now)
        self.last = BurstHold(len(self.held), joined, acting, self.window, self.limit)
        return [], self.last

    def take(self) -> list[HeldAction]:
        """Empty the held list (release or drop) and start a fresh window."""
        out = list(self.held.values())
        self.held.clear()
        self._joins.clear()
        self._seen.clear()
        self._acting.clear()
        self.last = None
        return out

    def forget(self, participant_id: str) -> None:
        """Someone held left the meeting: nothing to hold for them any more."""
        self.held.pop(participant_id, None)


# -- the engine's side ---------------------------------------------------------------------------
def auto_queue(
    eng: Engine, entries: list[RosterEntry], *, guarded: bool, joiners: list[str] | None = None
) -> list[RosterEntry]:
    """New joiners (and, with ``guarded``, everyone after new rules) once Apply was pressed
    or enforcement switched on. Joiners go through the burst guard (unless forced); with
    ``guarded``, everyone goes through the share guard. Under the roster lock."""
    if eng.dry_run or not (eng.auto_apply_new and eng._applied_once):
        return []
    record_flags(eng, entries)
    todo = acting_entries(entries, eng.roster.handled)
    if eng._dropped:
        todo = [e for e in todo if (e.id, e.decision.action) not in eng._dropped]
    if not guarded and not eng.force:
        if joiners:
            eng.burst.note_joiners(joiners)
        todo, hold = eng.burst.screen(todo, held_action)
        if hold is not None:
            hold_said(eng, hold)
    if not todo:
        eng._guard_blocked = None
        return []
    if guarded and not eng.force:
        everyone = list(eng.roster.entries.values())
        verdict = GuardVerdict(
            len(acting_entries(everyone, eng.roster.handled)),
            eligible(everyone),
            eng.roster.ruleset.max_action_share,
        )
        if not verdict.allowed:
            eng._guard_blocked = verdict
            eng.sync.last_error = "guard: " + verdict.message()
            return []
    eng._guard_blocked = None
    for e in todo:  # queued now (a rule window opened, new rules): no longer held
        eng.burst.forget(e.id)
    return queue(eng, todo)


def joiners(eng: Engine, participants: Iterable[RemoteParticipant]) -> list[str]:
    """Sessions not on the roster yet (for the burst guard), while enforcement is on."""
    if not eng.enforce_new_joiners or eng.dry_run:
        return []
    known = eng.roster.entries
    return [rp.id for rp in participants if rp.id not in known and rp.status in PRESENT]


def release_held(eng: Engine) -> int:
    """`Engine.release_held`: queue the held actions still due; returns how many."""
    if eng.dry_run:
        raise DryRunError("this is a dry run: nothing is sent")
    with eng._lock:
        held = eng.burst.take()
        todo = acting_entries(
            [e for h in held if (e := eng.roster.entries.get(h.participant_id)) is not None],
            eng.roster.handled,
        )
        updated = queue(eng, todo)
    eng._emit(RosterDiff(upserted=updated))
    return len(updated)


def drop_held(eng: Engine) -> int:
    """`Engine.drop_held`: an audit row (outcome "dropped") for each held action, and no
    automatic action on those people for that action again. Returns how many."""
    with eng._lock:
        held = eng.burst.take()
        items = []
        for h in held:
            eng._dropped.add((h.participant_id, h.action))
            e = eng.roster.entries.get(h.participant_id)
            if e is None:
                continue
            na = new_action(
                eng.service, eng.meeting_id, e, eng.adapter.support, eng.actor,
                action=h.action, reason=f"held by the burst guard: {h.action} ({h.rule})",
                audit_network=eng.audit_network,
            )  # fmt: skip
            key = idempotency_key(eng.service, eng.meeting_id, e.id, h.action, f"dropped {h.since}")
            items.append((key, na.audit))
        if items and not eng.dry_run:
            eng.store.record_many(
                items, "dropped", "held by the burst guard; the host chose not to act"
            )
    eng._emit_status()
    return len(held)


def held_action(e: RosterEntry, now: float) -> HeldAction:
    return HeldAction(e.id, plain_text(e.participant.name), e.decision.action, e.decision.rule, now)


def hold_said(eng: Engine, hold: BurstHold) -> None:
    """Say the hold in the status and to ``on_hold`` and the `Engine.subscribe_hold` listeners."""
    eng.sync.last_error = hold.message()
    for cb in ([eng.on_hold] if eng.on_hold else []) + list(eng._hold_listeners):
        try:
            cb(hold)
        except Exception:
            log.exception("on_hold callback failed")
