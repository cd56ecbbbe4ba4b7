"""Decisions into outbox rows: the idempotency key, the state a service's support gives the
row (queued, manual or unsupported), the reason with addresses scrubbed, and the audit evidence
(never a full address, never a secret). Pure functions of an entry and the service: no store,
no threads.

Below them, the engine's side of the same job (`Engine.apply`, `Engine.readmit` and the
helpers the burst guard and undo share): functions of an `Engine`, called under its roster
lock where they say so, that write the rows to its store."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from hostguard.core.participants import plain_text
from hostguard.core.rules import GuardVerdict, scrub_address
from hostguard.engine.audit import coarse_network
from hostguard.engine.results import ApplyResult, DryRunError, GuardRefused, LastApply
from hostguard.engine.roster import RosterDiff, RosterEntry
from hostguard.engine.store import (
    MANUAL,
    QUEUED,
    UNSUPPORTED,
    NewAction,
    idempotency_key,
    person_hash,
)

if TYPE_CHECKING:
    from hostguard.engine.engine import Engine

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


# -- the engine's side: writing decisions to its outbox ------------------------------------------
def apply(eng: Engine, force: bool, participant_ids: Iterable[str] | None) -> ApplyResult:
    """`Engine.apply`: queue the plan's enforcing decisions behind the share guard."""
    with eng._lock:
        p = eng.plan()
        acting = set(p.acting)
        if participant_ids is not None:
            acting &= set(participant_ids)
        entries = list(eng.roster.entries.values())
        todo = [e for e in entries if e.id in acting]
        verdict = GuardVerdict(len(todo), p.verdict.eligible, p.verdict.limit)
        if not verdict.allowed and not (force or eng.force):
            raise GuardRefused(verdict)
        n_unsup = sum(1 for pid in p.unsupported if pid in acting)
        n_manual = sum(1 for pid in p.manual if pid in acting)
        done = len(p.already_done)
        ids = tuple(e.id for e in todo)
        if eng.dry_run:
            return ApplyResult(
                len(todo) - n_unsup - n_manual, done, n_unsup, n_manual, verdict, True, ids
            )
        updated = queue(eng, todo)
        for e in todo:  # the host applied to them: no longer held by the burst guard
            eng.burst.forget(e.id)
        record_flags(eng, entries)
        eng._applied_once = True
        eng._guard_blocked = None
        sent = [e for e in todo if (e.id, e.decision.action) in eng.roster.outbox]
        record = LastApply(
            at=eng.clock(),
            entries={e.id: e for e in sent},
            keys={e.id: eng.roster.outbox[(e.id, e.decision.action)].key for e in sent},
        )
    change = eng.policy.apply()
    record.policy_changed = bool(change is not None and change.changed)
    if record.entries or record.policy_changed:
        eng._last_apply = record  # an Apply that did nothing leaves the one before undoable
    if eng.policy.last_error:  # said in the status until the next good read
        eng.sync.last_error, eng.policy.last_error = eng.policy.last_error, None
    eng._emit(RosterDiff(upserted=updated))
    return ApplyResult(
        len(todo) - n_unsup - n_manual, done, n_unsup, n_manual, verdict, False, ids
    )


def queue(eng: Engine, todo: list[RosterEntry]) -> list[RosterEntry]:
    """Write decisions to the outbox (before anything is sent); return updated entries.
    Under the roster lock."""
    if not todo:
        return []
    actions = [
        new_action(
            eng.service, eng.meeting_id, e, eng.adapter.support, eng.actor,
            audit_network=eng.audit_network,
        )
        for e in todo
    ]
    eng.store.enqueue(actions)
    eng.roster.load_rows(eng.store.get_many(a.key for a in actions))
    out = [ne for e in todo if (ne := eng.roster.rebuild(e.id)) is not None]
    eng.sync.wake.set()
    return out


def record_flags(eng: Engine, entries: Iterable[RosterEntry]) -> None:
    """Audit each flagged participant once, and each report-only rule's match once per
    participant and rule (outcome "reported"); nothing is sent for either."""
    items, flagged = [], []
    reports, reported = [], []
    for e in entries:
        if e.decision.action == "flag" and e.id not in eng._flagged:
            flagged.append(e.id)
            items.append(flag_record(eng.service, eng.meeting_id, e, eng.actor, eng.audit_network))
        for name in e.decision.reported:
            if (e.id, name) in eng._reported_recorded:
                continue
            reported.append((e.id, name))
            rule = eng.roster.ruleset.rule(name)
            action = rule.action if rule is not None else "report"
            reports.append(report_record(
                eng.service, eng.meeting_id, e, name, action, eng.actor, eng.audit_network
            ))  # fmt: skip
    # Marked as recorded only once written: a failed write is tried again with the next change.
    if items:
        eng.store.record_many(items, "flagged")
        eng._flagged.update(flagged)
    if reports:
        eng.store.record_many(reports, "reported", "report-only rule: nothing sent")
        eng._reported_recorded.update(reported)


def readmit(eng: Engine, participant_id: str) -> str:
    """`Engine.readmit`: an admit through the outbox; returns its key."""
    if eng.dry_run:
        raise DryRunError("this is a dry run: nothing is sent")
    with eng._lock:
        e = eng.roster.entries.get(participant_id)
        if e is None:
            raise KeyError(participant_id)
        na = host_action(eng, e, "admit")
        eng.store.enqueue([na])
        eng.roster.load_rows(eng.store.get_many([na.key]))
        eng.sync.wake.set()
    eng._emit_status()
    return na.key


def host_action(
    eng: Engine, e: RosterEntry, action: str, reason: str | None = None,
    done: dict[str, int] | None = None,
) -> NewAction:
    """A new outbox row for an action the host asked for (admit): each is a new decision
    (someone may be moved and readmitted twice), so the key takes a count. ``done``: the
    counts of ``action`` per participant, read once for many (see `action_counts`)."""
    if done is None:
        done = action_counts(eng, action, e.id)
    n = done.get(e.id, 0)
    return new_action(
        eng.service, eng.meeting_id, e, eng.adapter.support, eng.actor,
        action=action, nonce=str(n) if n else "", reason=reason, audit_network=eng.audit_network,
    )  # fmt: skip


def action_counts(eng: Engine, action: str, participant_id: str | None = None) -> dict[str, int]:
    """How many outbox rows of this meeting have ``action``, per participant."""
    out: dict[str, int] = {}
    for r in eng.store.rows(eng.service, eng.meeting_id):
        if r.action == action and (participant_id is None or r.participant_id == participant_id):
            out[r.participant_id] = out.get(r.participant_id, 0) + 1
    return out
