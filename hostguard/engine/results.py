"""What the engine tells its callers: its status, the result of an Apply, the outcomes the
host acts on, and the two refusals (the share guard, a dry run). Plain values.

Below them, the engine's side of telling (`Engine.status`, `Engine.outcomes`, and the
``on_diff`` / ``on_status`` callbacks): functions of an `Engine` that read its store."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hostguard.core.participants import plain_text
from hostguard.core.rules import GuardVerdict
from hostguard.engine.store import APPLIED, FAILED, MANUAL, QUEUED, SENDING, UNSUPPORTED

if TYPE_CHECKING:
    from hostguard.engine.engine import Engine
    from hostguard.engine.roster import RosterDiff, RosterEntry

log = logging.getLogger(__name__)


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
    held: int = 0  # actions the burst guard holds (Engine.held_actions)
    enforcing_new: bool = False  # joiners are acted on as they arrive (Engine.enforce_new_joiners)


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


@dataclass(frozen=True)
class RuleCount:
    """One rule's live counts (`Engine.rule_counts`)."""

    rule: str
    action: str
    report_only: bool
    matching_now: int  # present participants it matches now (decides for, or reports)
    acted_since_start: int  # enforce rules: actions it decided written to the outbox
    reported_since_start: int  # report-only rules: participants it matched since the start


@dataclass(frozen=True)
class UndoItem:
    """One action of the last apply, and what undoing it means."""

    participant_id: str
    name: str
    action: str  # what the apply did: waiting_room, block, remove
    undo: str | None  # the action that undoes it (admit), None when it cannot be undone
    reason: str  # why it can or cannot be undone, in words


@dataclass(frozen=True)
class UndoPlan:
    """What `Engine.undo_last_apply` would do, said before it is done."""

    undoable: tuple[UndoItem, ...] = ()
    not_undoable: tuple[UndoItem, ...] = ()
    policy: str | None = None  # the meeting's country policy change it restores, in words

    @property
    def empty(self) -> bool:
        return not self.undoable and self.policy is None


@dataclass(frozen=True)
class UndoResult:
    queued: tuple[UndoItem, ...] = ()  # admit/unblock actions written to the outbox
    not_undoable: tuple[UndoItem, ...] = ()
    policy: str | None = None  # the sentence of the policy restore, if one was done
    policy_error: str | None = None  # why restoring the policy failed


@dataclass
class LastApply:
    """What one Apply sent: the entries as they were then and their outbox keys (kept in
    memory for the session, for `hostguard.engine.undo`)."""

    at: float
    entries: dict[str, RosterEntry] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)  # participant id -> outbox key
    policy_changed: bool = False


# -- the engine's side ---------------------------------------------------------------------------
def engine_status(eng: Engine) -> EngineStatus:
    """`Engine.status`: the counts of the outbox, the connection and the guards, now."""
    counts = eng.store.counts(eng.service, eng.meeting_id)
    http = eng.adapter.http_state
    last_error = eng.sync.last_error or (http.last_error if http else None)
    return EngineStatus(
        connected=eng.sync.connected,
        participants=len(eng.roster.entries),
        pending=counts[QUEUED] + counts[SENDING],
        applied=counts[APPLIED],
        failed=counts[FAILED],
        unsupported=counts[UNSUPPORTED],
        manual=counts[MANUAL],
        backing_off_until=http.backing_off_until if http else None,
        rate_limited=http.rate_limited if http else False,
        last_error=last_error,
        budget=http.budget if http else None,
        ready=eng.sync.ready.is_set(),
        dry_run=eng.dry_run,
        guard_blocked=eng._guard_blocked,
        held=len(eng.burst.held),
        enforcing_new=eng.enforce_new_joiners,
    )


def outcomes(eng: Engine, states: Iterable[str]) -> list[OutcomeItem]:
    """`Engine.outcomes`: settled actions in ``states``, oldest first, under each person's
    current session."""
    rows = eng.store.rows(eng.service, eng.meeting_id, states=tuple(states))
    names = eng.store.audit_values((r.key for r in rows), "participant_name")
    with eng._lock:
        present = eng.roster.present_people()
        by_id = dict(eng.roster.entries)
    out = []
    for r in rows:
        e = by_id.get(r.participant_id) or (present.get(r.person) if r.person else None)
        name = plain_text(e.participant.name) if e is not None else str(names.get(r.key) or "")
        current = e.id if e is not None else r.participant_id
        out.append(OutcomeItem(r.participant_id, current, name, r.action, r.state, r.detail))
    return out


def emit(eng: Engine, diff: RosterDiff) -> None:
    """Tell ``on_diff`` what changed (one entry per participant, the latest, in first-seen
    order), note report-only matches and who left the burst guard's hold, then the status."""
    for e in diff.upserted:
        for name in e.decision.reported:
            eng._reported_seen.setdefault(name, set()).add(e.id)
    if eng.burst.held and diff.removed_ids:
        with eng._lock:
            for pid in diff.removed_ids:
                eng.burst.forget(pid)
    if len(diff.upserted) > 1:
        latest = {e.id: e for e in diff.upserted}
        gone = set(diff.removed_ids)
        diff.upserted = [e for i, e in latest.items() if i not in gone]
    if diff and eng.on_diff is not None:
        try:
            eng.on_diff(diff)
        except Exception:
            log.exception("on_diff callback failed")
    eng._emit_status()


def emit_status(eng: Engine) -> None:
    """Tell ``on_status`` the status when it changed since it was last told."""
    if eng.on_status is None:
        return
    try:
        st = eng.status()
    except Exception:  # the database closed under us while stopping
        return
    with eng._status_lock:
        if st == eng._last_status:
            return
        eng._last_status = st
    try:
        eng.on_status(st)
    except Exception:
        log.exception("on_status callback failed")
