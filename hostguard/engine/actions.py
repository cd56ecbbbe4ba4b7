"""Decisions into outbox rows: the idempotency key, the state a service's support gives the
row (queued, manual or unsupported), the reason with addresses scrubbed, and the audit evidence
(never a full address, never a secret). Pure functions of an entry and the service: no store,
no threads."""

from __future__ import annotations

from collections.abc import Callable

from hostguard.core.participants import plain_text
from hostguard.core.rules import scrub_address
from hostguard.engine.audit import coarse_network
from hostguard.engine.roster import RosterEntry
from hostguard.engine.store import (
    MANUAL,
    QUEUED,
    UNSUPPORTED,
    NewAction,
    idempotency_key,
    person_hash,
)


def safe_reason(e: RosterEntry, reason: str) -> str:
    """Rules that match on networks name the address in their reason: keep the prefix only,
    replacing the address as a whole (with any "/32" after it), never part of a network."""
    if e.geo.ip and e.geo.ip in reason:
        reason = scrub_address(reason, e.geo.ip, coarse_network(e.geo.network) or "a network")
    return reason


def evidence(
    service: str,
    meeting_id: str,
    e: RosterEntry,
    action: str,
    rule: str | None,
    reason: str,
    actor: str,
) -> dict[str, object]:
    """The audit row's evidence for acting on (or flagging) ``e``."""
    g = e.geo
    return {
        "actor": actor,
        "service": service,
        "meeting_id": meeting_id,
        "participant_id": e.id,
        "participant_name": plain_text(e.participant.name),
        "role": e.participant.role,
        "action": action,
        "rule": rule,
        "reason": reason,
        "country": g.country,
        "continent": g.continent,
        "geo_status": g.status.value,
        "database": g.database.label if g.database else None,
        "database_date": g.database.build_date.isoformat() if g.database else None,
        "network": coarse_network(g.network),
        "service_location": e.service_location or None,
        "service_country": e.service_country,
        "location_check": e.location_check or None,
    }


def new_action(
    service: str,
    meeting_id: str,
    e: RosterEntry,
    support: Callable[[str], tuple[str, str]],
    actor: str,
    *,
    action: str | None = None,
    nonce: str = "",
) -> NewAction:
    """The outbox row for ``e``'s decision (or for ``action`` asked by ``actor``, e.g. admit)."""
    act = action or e.decision.action
    key = idempotency_key(service, meeting_id, e.id, act, nonce)
    kind, sentence = support(act)
    state = QUEUED if kind == "send" else (MANUAL if kind == MANUAL else UNSUPPORTED)
    rule = e.decision.rule if action is None else None
    reason = safe_reason(e, e.decision.reason if action is None else f"{act} by {actor}")
    return NewAction(
        key=key,
        service=service,
        meeting_id=meeting_id,
        participant_id=e.id,
        action=act,
        reason=reason,
        rule=rule,
        actor=actor,
        state=state,
        detail="" if state == QUEUED else sentence,
        audit=evidence(service, meeting_id, e, act, rule, reason, actor),
        person=person_hash(service, meeting_id, e.person_key),
    )


def flag_record(
    service: str, meeting_id: str, e: RosterEntry, actor: str
) -> tuple[str, dict[str, object]]:
    """(key, evidence) of the audit row for a flagged participant (nothing is sent for a flag)."""
    key = idempotency_key(service, meeting_id, e.id, "flag")
    reason = safe_reason(e, e.decision.reason)
    return key, evidence(service, meeting_id, e, "flag", e.decision.rule, reason, actor)
