"""What the engine tells its callers: its status, the result of an Apply, the outcomes the
host acts on, and the two refusals (the share guard, a dry run). Plain values."""

from __future__ import annotations

from dataclasses import dataclass

from hostguard.core.rules import GuardVerdict


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
