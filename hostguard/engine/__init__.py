"""The engine: the one owner of roster state, the durable outbox and the audit log (no Qt)."""

from hostguard.engine.audit import AuditLog
from hostguard.engine.engine import (
    ApplyResult,
    DryRunError,
    Engine,
    EngineStatus,
    GuardRefused,
    OutcomeItem,
    Preview,
    RosterDiff,
    RosterEntry,
    RulePreview,
    location_check,
)
from hostguard.engine.store import Store, StoreError, idempotency_key

__all__ = [
    "ApplyResult",
    "AuditLog",
    "DryRunError",
    "Engine",
    "EngineStatus",
    "GuardRefused",
    "OutcomeItem",
    "Preview",
    "RosterDiff",
    "RosterEntry",
    "RulePreview",
    "Store",
    "StoreError",
    "idempotency_key",
    "location_check",
]
