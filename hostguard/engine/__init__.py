"""The engine: the one owner of roster state, the durable outbox and the audit log (no Qt)."""
