"""Undo of the last apply: what it did (`LastApply`, kept in memory for the session), and which
of its actions can be undone on this service and which cannot, and why. `sort_undo` is a pure
function over outbox rows, the roster's statuses and the adapter's `undo` answer: no store, no
threads. Below it, the engine's side (`Engine.undo_limits`, `undo_plan`, `undo_last_apply`):
functions of an `Engine` that read and write its store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from hostguard.core.participants import plain_text
from hostguard.engine.actions import action_counts, host_action
from hostguard.engine.audit import iso_time
from hostguard.engine.planning import Plan
from hostguard.engine.results import DryRunError, LastApply, UndoItem, UndoPlan, UndoResult
from hostguard.engine.store import APPLIED, QUEUED, SENDING, OutboxRow, idempotency_key
from hostguard.services.base import ServiceError

if TYPE_CHECKING:
    from hostguard.engine.engine import Engine


def sort_undo(
    last: LastApply,
    rows: Iterable[OutboxRow],
    status: dict[str, str],
    undo: Callable[[str], tuple[str | None, str]],
    policy: str | None,
) -> UndoPlan:
    """Sort the last apply's actions into what can be undone and what cannot.

    ``rows``: their outbox rows now; ``status``: the service status of those still on the
    roster (absent: gone); ``undo``: the adapter's `Adapter.undo`; ``policy``: the country
    policy change to restore, in words (None: none)."""
    by_key = {r.key: r for r in rows}
    can: list[UndoItem] = []
    cannot: list[UndoItem] = []
    for pid, e0 in last.entries.items():
        row = by_key.get(last.keys[pid])
        if row is None:
            continue
        action = e0.decision.action
        name = plain_text(e0.participant.name)

        def no(why: str, pid: str = pid, name: str = name, action: str = action) -> None:
            cannot.append(UndoItem(pid, name, action, None, why))

        if row.state in (QUEUED, SENDING):
            no("still being sent when the undo ran: not undone")
            continue
        if row.state != APPLIED:
            no(f"not carried out ({row.state}): nothing to undo")
            continue
        how, sentence = undo(action)
        now = status.get(pid)
        if how is None:
            no(sentence)
        elif action == "waiting_room" and now != "waiting":
            no("left the meeting" if now is None else f"no longer in the waiting room ({now})")
        elif action == "block" and now not in (None, "blocked"):
            no(f"no longer blocked ({now})")
        else:
            can.append(UndoItem(pid, name, action, how, sentence))
    return UndoPlan(tuple(can), tuple(cannot), policy)


# -- the engine's side ---------------------------------------------------------------------------
def undo_limits(eng: Engine, plan: Plan | None, actions: Iterable[str] | None = None) -> dict[str, str]:
    """`Engine.undo_limits`: action -> why it could not be undone, for ``actions`` or ``plan``'s."""
    if actions is None:
        p = plan or eng.plan()
        actions = {p.decisions[pid].action for pid in p.to_send if pid in p.decisions}
    out = {}
    for action in sorted(set(actions)):
        undo, sentence = eng.adapter.undo(action)
        if undo is None:
            out[action] = sentence
    return out


def undo_plan(eng: Engine) -> UndoPlan:
    """`Engine.undo_plan`: what undoing the last apply would do (reads the store)."""
    la = eng._last_apply
    if la is None:
        return UndoPlan()
    rows = eng.store.get_many(la.keys.values())
    with eng._lock:
        status = {pid: e.participant.status for pid in la.entries if (e := eng.roster.entries.get(pid))}
    policy = eng.policy.restorable() if la.policy_changed else None
    return sort_undo(la, rows, status, eng.adapter.undo, policy)


def undo_last_apply(eng: Engine) -> UndoResult:
    """`Engine.undo_last_apply`: queue the undo actions, restore the policy, audit the undo."""
    if eng.dry_run:
        raise DryRunError("this is a dry run: nothing is sent")
    la = eng._last_apply
    if la is None:
        raise LookupError("nothing to undo: no apply in this session, or it was undone")
    plan = eng.undo_plan()
    when = iso_time(la.at)
    with eng._lock:
        actions = []
        counts: dict[str, dict[str, int]] = {}
        for item in plan.undoable:
            e = eng.roster.entries.get(item.participant_id) or la.entries[item.participant_id]
            how = item.undo or "admit"
            if how not in counts:
                counts[how] = action_counts(eng, how)
            actions.append(host_action(
                eng, e, how, f"undo of the apply at {when}: {how} by {eng.actor}", counts[how]
            ))  # fmt: skip
        eng.store.enqueue(actions)
        eng.roster.load_rows(eng.store.get_many(a.key for a in actions))
        eng._last_apply = None
        eng.sync.wake.set()
    policy = policy_error = None
    if plan.policy is not None:
        try:
            policy = eng.restore_service_policy()
        except (ServiceError, LookupError) as exc:
            policy_error = str(exc)
    summary = (
        f"undo of the apply at {when}: {len(actions)} action(s) queued to undo it, "
        f"{len(plan.not_undoable)} could not be undone"
        + (f"; country policy: {policy}" if policy else "")
        + (f"; country policy not restored: {policy_error}" if policy_error else "")
    )
    eng.store.record(
        idempotency_key(eng.service, eng.meeting_id, "meeting", "undo", f"{la.at}"),
        {
            "actor": eng.actor, "service": eng.service, "meeting_id": eng.meeting_id,
            "participant_id": "", "action": "undo", "reason": summary,
        },
        "applied",
        "; ".join(f"{i.participant_id} ({i.action}): {i.reason}" for i in plan.not_undoable)[:2000],
    )  # fmt: skip
    eng._emit_status()
    return UndoResult(plan.undoable, plan.not_undoable, policy, policy_error)
