"""Undo of the last apply: what it did (kept in memory for the session), and which of its
actions can be undone on this service and which cannot, and why. Pure functions over outbox
rows, the roster's statuses and the adapter's `undo` answer: no store, no threads."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from hostguard.core.participants import plain_text
from hostguard.engine.results import UndoItem, UndoPlan
from hostguard.engine.roster import RosterEntry
from hostguard.engine.store import APPLIED, QUEUED, SENDING, OutboxRow


@dataclass
class LastApply:
    """What one Apply sent: the entries as they were then and their outbox keys."""

    at: float
    entries: dict[str, RosterEntry] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)  # participant id -> outbox key
    policy_changed: bool = False


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
            no("still being sent; undo once it is settled")
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
