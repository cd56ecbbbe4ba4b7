"""Decisions into outbox rows: the idempotency key, the state a service's support gives the
row (queued, manual or unsupported), the reason with addresses scrubbed, and the audit evidence
(never a full address, never a secret). Pure functions of an entry and the service: no store,
no threads."""

from __future__ import annotations

import re
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

# How much of a participant's network the audit keeps (`Engine` option ``audit_network``):
# "network": the matched network widened to at most /24 or /48 (the default, as before);
# "country": no network at all, only the country and the rest of the evidence.
AUDIT_NETWORK_MODES = ("network", "country")

# An IPv4 or IPv6 address or network written in a reason ("address in 203.0.113.0/24").
_ADDRESS_TEXT = re.compile(
    r"(?<![0-9A-Za-z:.])(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}"
    r"(?:\d{1,3}(?:\.\d{1,3}){3})?)(?:/\d{1,3})?(?![0-9A-Za-z:])"
)


def safe_reason(e: RosterEntry, reason: str, audit_network: str = "network") -> str:
    """Rules that match on networks name the address in their reason: keep the prefix only,
    replacing the address as a whole (with any "/32" after it), never part of a network.
    With ``audit_network="country"`` no address or network is left in the reason at all."""
    if e.geo.ip and e.geo.ip in reason:
        reason = scrub_address(reason, e.geo.ip, coarse_network(e.geo.network) or "a network")
    if audit_network == "country":
        reason = _ADDRESS_TEXT.sub("a listed network", reason)
    return reason


def evidence(
    service: str,
    meeting_id: str,
    e: RosterEntry,
    action: str,
    rule: str | None,
    reason: str,
    actor: str,
    audit_network: str = "network",
) -> dict[str, object]:
    """The audit row's evidence for acting on (or flagging) ``e``; ``audit_network`` says
    how much of the network is kept (`AUDIT_NETWORK_MODES`)."""
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
        "network": coarse_network(g.network) if audit_network == "network" else None,
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
    reason: str | None = None,
    audit_network: str = "network",
) -> NewAction:
    """The outbox row for ``e``'s decision (or for ``action`` asked by ``actor``, e.g. admit)."""
    act = action or e.decision.action
    key = idempotency_key(service, meeting_id, e.id, act, nonce)
    kind, sentence = support(act)
    state = QUEUED if kind == "send" else (MANUAL if kind == MANUAL else UNSUPPORTED)
    rule = e.decision.rule if action is None else None
    if reason is None:
        reason = e.decision.reason if action is None else f"{act} by {actor}"
    reason = safe_reason(e, reason, audit_network)
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
        audit=evidence(service, meeting_id, e, act, rule, reason, actor, audit_network),
        person=person_hash(service, meeting_id, e.person_key),
    )


def flag_record(
    service: str, meeting_id: str, e: RosterEntry, actor: str, audit_network: str = "network"
) -> tuple[str, dict[str, object]]:
    """(key, evidence) of the audit row for a flagged participant (nothing is sent for a flag)."""
    key = idempotency_key(service, meeting_id, e.id, "flag")
    reason = safe_reason(e, e.decision.reason, audit_network)
    return key, evidence(service, meeting_id, e, "flag", e.decision.rule, reason, actor, audit_network)


def report_record(
    service: str, meeting_id: str, e: RosterEntry, rule: str, action: str, actor: str,
    audit_network: str = "network",
) -> tuple[str, dict[str, object]]:
    """(key, evidence) of the audit row for a report-only rule's match (outcome "reported",
    nothing sent): ``action`` is what the rule would do if it enforced. Once per session and rule."""
    key = idempotency_key(service, meeting_id, e.id, "report", rule)
    reason = safe_reason(e, f"{e.geo.summary()}; report-only rule '{rule}' matched; nothing sent", audit_network)
    return key, evidence(service, meeting_id, e, action, rule, reason, actor, audit_network)
