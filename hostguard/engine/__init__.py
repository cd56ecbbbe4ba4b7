"""The engine: the one owner of roster state, the durable outbox and the audit log (no Qt).

This package is the engine's facade: the app imports only from here (tests/test_layers.py
checks it); the CLI and tests may also use the modules behind it. See `hostguard.engine.engine`
for what each module does.
"""

from hostguard.engine.audit import EXPORT_FORMATS, AuditLog, export_rows, iso_time, read_audit_rows
from hostguard.engine.burst import BurstHold, HeldAction
from hostguard.engine.channel import EngineProcessError, OpenRequest, decode_entry, encode_entry
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
    RuleCount,
    RulePreview,
    SyncState,
    UndoItem,
    UndoPlan,
    UndoResult,
    location_check,
)
from hostguard.engine.forget import ForgetResult, MeetingInUse, forget_meeting, kept_meetings
from hostguard.engine.host import main as run_engine_process
from hostguard.engine.planning import plan
from hostguard.engine.remote import RemoteEngine, ResolverView, adapter_view
from hostguard.engine.retention import DEFAULT_RETENTION_DAYS, AuditRetention
from hostguard.engine.store import Store, StoreError, default_state_dir, idempotency_key

__all__ = [
    "DEFAULT_RETENTION_DAYS",
    "EXPORT_FORMATS",
    "ApplyResult",
    "AuditLog",
    "AuditRetention",
    "BurstHold",
    "DryRunError",
    "Engine",
    "EngineProcessError",
    "EngineStatus",
    "ForgetResult",
    "GuardRefused",
    "HeldAction",
    "MeetingInUse",
    "OpenRequest",
    "OutcomeItem",
    "Plan",
    "Preview",
    "RemoteEngine",
    "ResolverView",
    "RosterDiff",
    "RosterEntry",
    "RuleCount",
    "RulePreview",
    "Store",
    "StoreError",
    "SyncState",
    "UndoItem",
    "UndoPlan",
    "UndoResult",
    "adapter_view",
    "decode_entry",
    "default_state_dir",
    "encode_entry",
    "export_rows",
    "forget_meeting",
    "idempotency_key",
    "iso_time",
    "kept_meetings",
    "location_check",
    "plan",
    "read_audit_rows",
    "run_engine_process",
]
