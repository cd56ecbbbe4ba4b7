"""The engine: the one owner of roster state, the durable outbox and the audit log (no Qt).

This package is the engine's facade: the app imports only from here (tests/test_layers.py
checks it); the CLI and tests may also use the modules behind it. See `hostguard.engine.engine`
for what each module does.
"""

from hostguard.engine.audit import EXPORT_FORMATS, AuditLog, export_rows, iso_time, read_audit_rows
from hostguard.engine.engine import (
    ApplyResult,
    DryRunError,
    Engine,
    EngineStatus,
    GuardRefused,
    OutcomeItem,
    Plan,
    Preview,
    RosterDiff,
    RosterEntry,
    RulePreview,
    SyncState,
    location_check,
)
from hostguard.engine.pacing import ForegroundGate, no_pause
from hostguard.engine.planning import plan
from hostguard.engine.retention import DEFAULT_RETENTION_DAYS, AuditRetention
from hostguard.engine.store import Store, StoreError, default_state_dir, idempotency_key

__all__ = [
    "DEFAULT_RETENTION_DAYS",
    "EXPORT_FORMATS",
    "ApplyResult",
    "AuditLog",
    "AuditRetention",
    "DryRunError",
    "Engine",
    "EngineStatus",
    "ForegroundGate",
    "GuardRefused",
    "OutcomeItem",
    "Plan",
    "Preview",
    "RosterDiff",
    "RosterEntry",
    "RulePreview",
    "Store",
    "StoreError",
    "SyncState",
    "default_state_dir",
    "export_rows",
    "idempotency_key",
    "iso_time",
    "location_check",
    "no_pause",
    "plan",
    "read_audit_rows",
]
