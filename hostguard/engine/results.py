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
