"""Planning: the one function that says whom a rule set acts on, and the share guard's verdict.

`plan(entries, ruleset, handled=..., support=...)` is plain Python (no threads, no store, no
service): for each roster entry it evaluates the rule set and sorts the enforcing decisions into

* ``to_send``: not yet acted on, and the service can do it through its API;
* ``unsupported`` / ``manual``: not yet acted on, and the service cannot (or only by hand);
* ``already_done``: the person is already in that state on the service, or someone (this or
  another HostGuard, this or an earlier session of the same person) decided it already.

"Decided already" is the caller's ``handled(entry, action)``: the engine passes its outbox
(`hostguard.engine.roster.Roster.handled`, which also covers a person who left and rejoined);
without it, an entry's own sync state answers for its current decision (`handled_by_sync`).

Every place that asks "whom would Apply act on" calls this function: `Engine.plan` (the CLI's
``watch`` dry run, the app's preview and its Apply dialog) and `Engine.apply` itself, so they
cannot disagree.

The guard's verdict counts those who would be acted on (``to_send``, ``unsupported`` and
``manual``) against the non-exempt participants present.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hostguard.core.rules import Decision, GuardVerdict, RuleSet
from hostguard.engine.results import RuleCount

PRESENT = ("joined", "waiting")
GONE = ("removed", "blocked", "left")

# What a service does with an action (`Adapter.support`): the kinds the plan sorts by.
SEND = "send"
MANUAL_STEP = "manual"


def needs_action(status: str, action: str) -> bool:
    """Whether ``action`` would still change anything for someone with this service status."""
    if status in GONE:
        return False
    return not (action == "waiting_room" and status == "waiting")


def handled_by_sync(entry: Any, action: str) -> bool:
    """For entries without an engine behind them: an entry's sync state says whether its
    current decision was acted on (an outbox row, or an earlier session's outcome)."""
    d = getattr(entry, "decision", None)
    return d is not None and d.action == action and (getattr(entry, "sync", "none") or "none") != "none"


def _send_everything(_action: str) -> tuple[str, str]:
    return SEND, ""


@dataclass(frozen=True)
class RulePreview:
    rule: str | None  # the rule's name; None for the default action
    action: str
    participant_ids: tuple[str, ...]  # everyone this rule decides for
    newly_affected: tuple[str, ...]  # decided by it now, but not under the current rules
    no_longer_affected: tuple[str, ...]  # decided by it under the current rules, not now
    exempt: bool = False  # the row for exempt participants
    # A report-only rule (mode = "report"): ``participant_ids`` are those it matched (it
    # decided for nobody); ``action`` is what it would do if it enforced.
    report_only: bool = False


@dataclass(frozen=True)
class Plan:
    """What a rule set would do now: per rule, whom it would act on, what is done already, and
    the guard's verdict. Nothing is sent to make one."""

    rules: list[RulePreview]
    decisions: dict[str, Decision]
    verdict: GuardVerdict
    to_send: tuple[str, ...]  # participants that applying would act on now
    already_done: tuple[str, ...]  # enforcing, but already in that state or already decided
    unsupported: tuple[str, ...]  # enforcing, but this service cannot do it
    manual: tuple[str, ...]  # enforcing, needs a manual step on this service
    plan: list[str]  # the service's sentences for the actions involved
    entries: tuple[Any, ...] = field(default=(), repr=False, compare=False)  # the roster planned on

    @property
    def reported(self) -> dict[str, tuple[str, ...]]:
        """Report-only rule name -> the participants it matches now (nobody is acted on by it)."""
        return {r.rule or "": r.participant_ids for r in self.rules if r.report_only}

    @property
    def acting(self) -> tuple[str, ...]:
        """Everyone applying would act on: sent, or listed as unsupported / manual."""
        return self.to_send + self.unsupported + self.manual


# The name the CLI and the tests have used for a plan.
Preview = Plan


def eligible(entries: Iterable[Any], decisions: dict[str, Decision] | None = None) -> int:
    """Non-exempt participants present (the guard's denominator)."""
    n = 0
    for e in entries:
        p = e.participant
        d = decisions[p.id] if decisions is not None else e.decision
        if not d.exempt and p.status in PRESENT:
            n += 1
    return n


def acting_entries(entries: Iterable[Any], handled: Callable[[Any, str], bool]) -> list[Any]:
    """Entries whose own (current) enforcing decision nobody has acted on yet."""
    return [
        e
        for e in entries
        if e.decision.enforcing
        and needs_action(e.participant.status, e.decision.action)
        and not handled(e, e.decision.action)
    ]


def plan(
    entries: Sequence[Any],
    ruleset: RuleSet,
    *,
    handled: Callable[[Any, str], bool] = handled_by_sync,
    support: Callable[[str], tuple[str, str]] = _send_everything,
    describe: Callable[[Iterable[str]], list[str]] | None = None,
    decided: bool = False,
    now: dt.datetime | None = None,
) -> Plan:
    """What ``ruleset`` would do to ``entries`` (roster entries: participant, geo, decision).

    ``decided``: the entries' decisions are this rule set's already (no evaluation again).
    ``support(action)`` is the service's (`Adapter.support`); ``describe(actions)`` its
    sentences (`Adapter.plan`). People who left are not planned for. ``now``: the time the
    rules' windows are read at (default: the computer's clock; the engine passes its own).

    Report-only rules get a row each (``report_only``) with the participants they match:
    counted like any rule, acting on nobody.
    """
    entries = tuple(e for e in entries if e.participant.status != "left")
    evaluate = ruleset.evaluate
    decisions = {
        e.participant.id: (e.decision if decided else evaluate(e.participant, e.geo, now))
        for e in entries
    }
    reported: dict[str, list[str]] = {}
    reported_before: dict[str, list[str]] = {}
    by_rule: dict[tuple[str | None, str, bool], list[str]] = {}
    before: dict[tuple[str | None, str, bool], list[str]] = {}
    to_send: list[str] = []
    done: list[str] = []
    unsupported: list[str] = []
    manual: list[str] = []
    kinds: dict[str, str] = {}
    for e in entries:
        pid = e.participant.id
        d = decisions[pid]
        by_rule.setdefault((d.rule, d.action, d.exempt), []).append(pid)
        for name in d.reported:
            reported.setdefault(name, []).append(pid)
        cur = getattr(e, "decision", None)
        if cur is not None:
            before.setdefault((cur.rule, cur.action, cur.exempt), []).append(pid)
            for name in cur.reported:
                reported_before.setdefault(name, []).append(pid)
        if not d.enforcing:
            continue
        if not needs_action(e.participant.status, d.action) or handled(e, d.action):
            done.append(pid)
            continue
        kind = kinds.get(d.action)
        if kind is None:
            kind = kinds[d.action] = support(d.action)[0]
        (to_send if kind == SEND else manual if kind == MANUAL_STEP else unsupported).append(pid)
    order: list[tuple[str | None, str, bool]] = [
        (r.name, r.action, False) for r in ruleset.rules if r.enabled
    ]
    report_names = {r.name for r in ruleset.rules if r.enabled and r.report_only}
    order += [(None, ruleset.default, False), (None, "allow", True)]
    known = set(order)
    for k in list(by_rule) + list(before):
        if k not in known:
            known.add(k)
            order.append(k)
    rules = []
    for k in order:
        report = k[0] in report_names and not k[2]
        now_ids = reported.get(k[0] or "", []) if report else by_rule.get(k, [])
        was_ids = reported_before.get(k[0] or "", []) if report else before.get(k, [])
        if not now_ids and not was_ids and k[0] is None:
            continue
        was, now_set = set(was_ids), set(now_ids)
        rules.append(
            RulePreview(
                rule=k[0],
                action=k[1],
                participant_ids=tuple(now_ids),
                newly_affected=tuple(i for i in now_ids if i not in was),
                no_longer_affected=tuple(i for i in was_ids if i not in now_set),
                exempt=k[2],
                report_only=report,
            )
        )
    verdict = GuardVerdict(
        acting=len(to_send) + len(manual) + len(unsupported),
        eligible=eligible(entries, decisions),
        limit=ruleset.max_action_share,
    )
    sentences = (
        describe(d.action for d in decisions.values() if d.enforcing) if describe is not None else []
    )
    return Plan(
        rules,
        decisions,
        verdict,
        tuple(to_send),
        tuple(done),
        tuple(unsupported),
        tuple(manual),
        list(sentences),
        entries,
    )


def rule_counts(
    entries: Iterable[Any],
    rules: Iterable[Any],
    acted: dict[str, int],
    seen: dict[str, int],
) -> list[RuleCount]:
    """`Engine.rule_counts`: per enabled rule of ``rules`` (in order), the present ``entries``
    it matches now, ``acted[rule]`` (its outbox rows; 0 for report-only) and ``seen[rule]``
    (participants a report-only rule matched since the engine started)."""
    now: dict[str, int] = {}
    for e in entries:
        if e.participant.status not in PRESENT:
            continue
        d = e.decision
        if d.rule is not None:
            now[d.rule] = now.get(d.rule, 0) + 1
        for name in d.reported:
            now[name] = now.get(name, 0) + 1
    return [
        RuleCount(
            r.name, r.action, r.report_only, now.get(r.name, 0),
            0 if r.report_only else acted.get(r.name, 0), seen.get(r.name, 0),
        )
        for r in rules
        if r.enabled
    ]
