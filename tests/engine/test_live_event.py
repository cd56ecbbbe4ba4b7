"""Issue 14, engine half, against the real simulator and real SQLite: report-only rules
(counted, never acted on), rule schedules on an injected clock, the burst guard on enforcement
(held, released, dropped; a normal trickle acted on), undo of the last apply (simulator ground
truth), and the audit's network detail setting."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time

import pytest
import requests

from hostguard.core.geo import GeoResolver
from hostguard.core.rules import parse_rules
from hostguard.engine import Engine
from hostguard.engine.store import DB_NAME
from hostguard.services.reference import ReferenceAdapter
from tests.engine.test_rejoin_and_evidence import BLOCK_CN, zoom

DEADLINE = 60.0


@pytest.fixture(scope="module")
def resolver():
    with GeoResolver() as r:
        yield r


def rules(body: str, share: float = 1.0):
    rs, _ = parse_rules(f"version = 1\nmax_action_share = {share}\n" + body, "rules.toml")
    return rs


def wait_for(cond, timeout: float = DEADLINE, what: str = "condition") -> None:
    """Poll a condition with a generous deadline (no timed assertion: only a bound on waiting)."""
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def join(sim, count: int, country: str) -> list[str]:
    r = requests.post(sim.url + "/_sim/join", json={"count": count, "country": country}, timeout=10)
    r.raise_for_status()
    return [p["id"] for p in r.json()["participants"]]


def status_of(sim) -> dict[str, str]:
    return {p["id"]: p["status"] for p in sim.state()["participants"]}


def actions_on(sim, ids) -> list[tuple[str, str]]:
    ids = set(ids)
    return [(a["participant_id"], a["action"]) for a in sim.state()["actions"] if a["participant_id"] in ids]


class FakeClock:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def engine_on(sim, ruleset, resolver, state_dir, **kw) -> Engine:
    kw.setdefault("apply", True)
    kw.setdefault("event_wait", 0.5)
    return Engine(ReferenceAdapter(sim.url, sim.token), sim.meeting_id, ruleset, resolver, state_dir, **kw)


def in_roster(engine, ids) -> bool:
    have = {e.id for e in engine.snapshot()}
    return set(ids) <= have


# -- report-only -------------------------------------------------------------------------------
REPORT_CN = (
    '[[rule]]\nname = "Watch CN"\naction = "remove"\ncountries = ["CN"]\nmode = "report"\n'
    '[[rule]]\nname = "WR RU"\naction = "waiting_room"\ncountries = ["RU"]\n'
)


def test_a_report_only_rule_is_counted_while_nobody_is_acted_on_by_it(simulator, tmp_path, resolver):
    sim = simulator(participants=150, seed=21)
    engine = engine_on(sim, rules(REPORT_CN), resolver, tmp_path / "s", auto_apply_new=True)
    try:
        engine.start(follow=True)
        assert engine.wait_ready(30)
        plan = engine.plan()
        cn_now = set(plan.reported["Watch CN"])
        assert cn_now, "the seeded meeting has people from CN"
        assert not set(plan.acting) & cn_now  # counted, never acted on
        row = next(r for r in plan.rules if r.rule == "Watch CN")
        assert row.report_only and set(row.participant_ids) == cn_now
        engine.apply()
        assert engine.wait_settled(timeout=DEADLINE)
        counts = {c.rule: c for c in engine.rule_counts()}
        assert counts["Watch CN"].report_only
        assert counts["Watch CN"].matching_now == len(cn_now)
        assert counts["Watch CN"].acted_since_start == 0
        # New joiners from CN: the count rises, nobody is removed.
        new = join(sim, 5, "CN")
        wait_for(lambda: engine.rule_counts()[0].matching_now == len(cn_now) + 5, what="count to rise")
        assert engine.rule_counts()[0].reported_since_start >= len(cn_now) + 5
        assert engine.wait_settled(timeout=DEADLINE)
        removed = [a for a in sim.state()["actions"] if a["action"] == "remove"]
        assert removed == []
        assert all(status_of(sim)[i] == "joined" for i in new)
        # The enforce rule below still decides, and acts, as before.
        assert counts["WR RU"].acted_since_start == len(
            [a for a in sim.state()["actions"] if a["action"] == "waiting_room"]
        )
    finally:
        engine.close()
    # The audit has the report-only matches apart: outcome "reported", nothing sent.
    conn = sqlite3.connect(tmp_path / "s" / DB_NAME)
    reported = conn.execute("SELECT participant_id, action, rule FROM audit WHERE outcome='reported'").fetchall()
    conn.close()
    assert {r[0] for r in reported} >= cn_now | set(new)
    assert {(r[1], r[2]) for r in reported} == {("remove", "Watch CN")}


# -- schedules ---------------------------------------------------------------------------------
def test_a_rule_with_active_from_in_the_future_acts_on_nobody_until_then(simulator, tmp_path, resolver):
    start = dt.datetime(2026, 6, 4, 4, 0, tzinfo=dt.UTC)
    clock = FakeClock(start.timestamp() - 3600)  # an hour before the rule's window opens
    rs = rules(
        '[[rule]]\nname = "WR CN from noon"\naction = "waiting_room"\ncountries = ["CN"]\n'
        'active_from = 2026-06-04T12:00:00+08:00\nuntil = "meeting_end"\n'
    )
    sim = simulator(participants=120, seed=5)
    engine = engine_on(sim, rs, resolver, tmp_path / "s", auto_apply_new=True, clock=clock)
    try:
        engine.start(follow=True)
        assert engine.wait_ready(30)
        result = engine.apply()
        assert result.queued == 0
        engine.enforce_new_joiners = True
        early = join(sim, 3, "CN")
        wait_for(lambda: in_roster(engine, early), what="joiners on the roster")
        assert engine.wait_settled(timeout=DEADLINE)
        assert sim.state()["actions"] == []
        assert engine.check_schedule() is None  # no window passed yet
        # The window opens: everyone from CN present is acted on, and so are later joiners.
        clock.t = start.timestamp() + 1
        engine.check_schedule()
        cn = {e.id for e in engine.snapshot() if e.geo.country == "CN" and not e.decision.exempt}
        assert set(early) <= cn
        wait_for(lambda: all(status_of(sim)[i] == "waiting" for i in cn), what="CN moved")
        late = join(sim, 2, "CN")
        wait_for(lambda: all(status_of(sim).get(i) == "waiting" for i in late), what="late CN moved")
        assert sorted(actions_on(sim, cn | set(late))) == sorted((i, "waiting_room") for i in cn | set(late))
    finally:
        engine.close()


# -- the burst guard -----------------------------------------------------------------------------
WR_CN = '[[rule]]\nname = "WR CN"\naction = "waiting_room"\ncountries = ["CN"]\n'


def test_a_burst_is_held_and_a_normal_trickle_is_acted_on(simulator, tmp_path, resolver):
    sim = simulator(participants=40, seed=8)
    clock = FakeClock(time.time())
    holds = []
    engine = engine_on(
        sim, rules(WR_CN, share=0.25), resolver, tmp_path / "s", auto_apply_new=True,
        clock=clock, burst_window=60.0, burst_min_actions=5,
    )  # fmt: skip
    engine.subscribe_hold(holds.append)
    try:
        engine.start(follow=True)
        assert engine.wait_ready(30)
        engine.enforce_new_joiners = True
        # A normal trickle: 24 from elsewhere, then 6 from CN (20% of the joiners, limit 25%).
        others = join(sim, 24, "US")
        wait_for(lambda: in_roster(engine, others), what="trickle on the roster")
        trickle = join(sim, 6, "CN")
        wait_for(lambda: all(status_of(sim).get(i) == "waiting" for i in trickle), what="trickle acted on")
        assert engine.held_actions() == [] and holds == []
        # A minute later, a burst: 20 joiners, all from CN.
        clock.t += 120
        burst = join(sim, 20, "CN")
        wait_for(lambda: in_roster(engine, burst), what="burst on the roster")
        assert engine.wait_settled(timeout=DEADLINE)
        held = {h.participant_id for h in engine.held_actions()}
        sent = {pid for pid, _a in actions_on(sim, burst)}
        # Until min_actions of them are seen, the first few may go; the rest are held.
        assert held | sent == set(burst) and not held & sent
        assert len(sent) < 5 and len(held) >= 16
        assert holds and holds[-1].held == len(held) and "burst guard" in holds[-1].message()
        assert {h.action for h in engine.held_actions()} == {"waiting_room"}
        assert {h.state for h in engine.held_actions()} == {"held"}
        st = engine.status()
        assert st.held == len(held) and st.enforcing_new
        # Held means not sent: the service has nothing for them.
        assert all(status_of(sim)[i] == "joined" for i in held)
        # The host goes on: they are acted on, once each.
        assert engine.release_held() == len(held)
        wait_for(lambda: all(status_of(sim)[i] == "waiting" for i in burst), what="released acted on")
        assert sorted(actions_on(sim, burst)) == sorted((i, "waiting_room") for i in burst)
        assert engine.held_actions() == []

        # Another burst; the host stops it: nothing is sent, each drop is an audit row.
        clock.t += 120
        second = join(sim, 12, "CN")
        wait_for(lambda: in_roster(engine, second), what="second burst on the roster")
        assert engine.wait_settled(timeout=DEADLINE)
        held2 = {h.participant_id for h in engine.held_actions()}
        assert len(held2) >= 8
        assert engine.drop_held() == len(held2)
        assert engine.wait_settled(timeout=DEADLINE)
        assert actions_on(sim, held2) == []
        # A later reconciliation does not act on those dropped either.
        engine.refresh()
        assert engine.wait_settled(timeout=DEADLINE)
        assert actions_on(sim, held2) == []
    finally:
        engine.close()
    conn = sqlite3.connect(tmp_path / "s" / DB_NAME)
    dropped = {r[0] for r in conn.execute("SELECT participant_id FROM audit WHERE outcome='dropped'")}
    conn.close()
    assert dropped == held2


def test_force_turns_the_burst_guard_off(simulator, tmp_path, resolver):
    sim = simulator(participants=20, seed=8)
    engine = engine_on(sim, rules(WR_CN, share=0.25), resolver, tmp_path / "s", auto_apply_new=True, force=True)
    try:
        engine.start(follow=True)
        assert engine.wait_ready(30)
        engine.enforce_new_joiners = True
        burst = join(sim, 15, "CN")
        wait_for(lambda: all(status_of(sim).get(i) == "waiting" for i in burst), what="forced burst acted on")
        assert engine.held_actions() == []
    finally:
        engine.close()


# -- undo ----------------------------------------------------------------------------------------
UNDO_RULES = (
    '[[rule]]\nname = "WR CN"\naction = "waiting_room"\ncountries = ["CN"]\n'
    '[[rule]]\nname = "Block RU"\naction = "block"\ncountries = ["RU"]\n'
    '[[rule]]\nname = "Remove IR"\naction = "remove"\ncountries = ["IR"]\n'
)


def test_undo_admits_everyone_the_last_apply_sent_to_the_waiting_room(simulator, tmp_path, resolver):
    sim = simulator(participants=400, seed=3)
    engine = engine_on(sim, rules(UNDO_RULES), resolver, tmp_path / "s")
    try:
        engine.start(follow=False)
        engine.refresh()
        assert engine.undo_plan().empty
        result = engine.apply()
        assert engine.wait_settled(timeout=DEADLINE)
        by_action: dict[str, set[str]] = {}
        for pid, action in actions_on(sim, result.participant_ids):
            by_action.setdefault(action, set()).add(pid)
        moved = by_action["waiting_room"]
        assert len(moved) > 3 and by_action.get("block") and by_action.get("remove")
        plan = engine.undo_plan()
        undo = {(i.participant_id, i.undo) for i in plan.undoable}
        assert undo == {(p, "admit") for p in moved | by_action["block"]}
        cannot = {i.participant_id: i.reason for i in plan.not_undoable}
        assert set(cannot) == by_action["remove"]
        assert all("cannot be undone" in r for r in cannot.values())
        mark = len(sim.state()["actions"])
        done = engine.undo_last_apply()
        assert len(done.queued) == len(undo)
        assert engine.wait_settled(timeout=DEADLINE)
        status = status_of(sim)
        assert all(status[p] == "joined" for p in moved)  # ground truth: everyone is back in
        assert all(status[p] == "joined" for p in by_action["block"])  # unblocked
        assert all(status[p] == "removed" for p in by_action["remove"])
        after = [(a["participant_id"], a["action"]) for a in sim.state()["actions"][mark:]]
        assert sorted(after) == sorted((p, "admit") for p in moved | by_action["block"])
        # Nothing more to undo; HostGuard does not move them back.
        assert engine.undo_plan().empty
        with pytest.raises(LookupError):
            engine.undo_last_apply()
        engine.refresh()
        assert engine.wait_settled(timeout=DEADLINE)
        assert len(sim.state()["actions"]) == mark + len(after)
    finally:
        engine.close()
    conn = sqlite3.connect(tmp_path / "s" / DB_NAME)
    undone = conn.execute("SELECT COUNT(*) FROM audit WHERE action='admit' AND reason LIKE 'undo of the apply%'").fetchone()[0]
    summary = conn.execute("SELECT reason FROM audit WHERE action='undo'").fetchall()
    conn.close()
    assert undone == len(undo)
    assert len(summary) == 1 and f"{len(undo)} action(s) queued" in summary[0][0]


def test_undo_restores_the_meetings_country_policy_and_names_what_zoom_cannot_undo(simulator, tmp_path, resolver):
    sim = simulator(participants=80, seed=9)
    a = zoom(sim)
    engine = Engine(a, "demo", BLOCK_CN, resolver, tmp_path / "s", apply=True)
    try:
        engine.start(follow=False)
        engine.refresh()
        engine.apply()
        assert engine.wait_settled(timeout=DEADLINE)
        assert sim.app.extensions["zoom"].policy_doc(sim.meeting)["enable"] is True
        plan = engine.undo_plan()
        assert plan.policy and "CN" in plan.policy
        assert plan.undoable == ()  # Zoom cannot lift a block through its API
        done = engine.undo_last_apply()
        assert done.policy and "restored" in done.policy
        assert sim.app.extensions["zoom"].policy_doc(sim.meeting)["enable"] is False
    finally:
        engine.close()
        a.close()


# -- the audit's network detail ------------------------------------------------------------------
NET_RULES = (
    '[[rule]]\nname = "WR CN"\naction = "waiting_room"\ncountries = ["CN"]\n'
    '[[rule]]\nname = "Flag unknown"\naction = "flag"\nunknown = true\n'
    '[[rule]]\nname = "Remove net"\naction = "remove"\nnetworks = ["0.0.0.0/1"]\n'
    '[[rule]]\nname = "Watch all"\naction = "remove"\nmode = "report"\ncontinents = ["EU"]\n'
)


@pytest.mark.parametrize("setting", ["network", "country"])
def test_with_country_only_no_network_appears_in_the_audit(simulator, tmp_path, resolver, setting):
    sim = simulator(participants=200, seed=4)
    engine = engine_on(sim, rules(NET_RULES), resolver, tmp_path / "s", audit_network=setting)
    try:
        engine.start(follow=False)
        engine.refresh()
        engine.apply()
        assert engine.wait_settled(timeout=DEADLINE)
    finally:
        engine.close()
    conn = sqlite3.connect(tmp_path / "s" / DB_NAME)
    rows = conn.execute("SELECT network, reason, country, outcome FROM audit").fetchall()
    outbox = [r[0] for r in conn.execute("SELECT reason FROM outbox")]
    conn.close()
    assert {r[3] for r in rows} >= {"applied", "flagged", "reported"}
    with_network = [r for r in rows if r[0]]
    named = [r for r in rows if "0.0.0.0/1" in r[1]]
    if setting == "network":
        assert with_network and named  # the control: the same run keeps networks by default
    else:
        assert with_network == [] and named == []
        assert not any("0.0.0.0/1" in r for r in outbox)
        assert any(r[2] for r in rows)  # the country is kept
        import re

        dotted = re.compile(r"\d+\.\d+\.\d+\.\d+")
        assert not any(dotted.search(r[1]) for r in rows)


def test_the_engine_refuses_an_unknown_audit_network_setting(simulator, tmp_path, resolver):
    sim = simulator(participants=5, seed=1)
    with pytest.raises(ValueError, match="audit_network"):
        engine_on(sim, rules(WR_CN), resolver, tmp_path / "s", audit_network="city")


def test_hold_callbacks_run_on_the_engine_thread_not_the_callers(simulator, tmp_path, resolver):
    sim = simulator(participants=10, seed=2)
    threads = []
    engine = engine_on(
        sim, rules(WR_CN, share=0.1), resolver, tmp_path / "s", auto_apply_new=True,
        burst_min_actions=2, on_hold=lambda h: threads.append(threading.current_thread()),
    )  # fmt: skip
    try:
        engine.start(follow=True)
        assert engine.wait_ready(30)
        engine.enforce_new_joiners = True
        join(sim, 6, "CN")
        wait_for(lambda: threads, what="a hold")
        assert threading.main_thread() not in threads
    finally:
        engine.close()


def test_what_cannot_be_undone_is_named_before_the_apply(simulator, tmp_path, resolver):
    sim = simulator(participants=400, seed=3)
    engine = engine_on(sim, rules(UNDO_RULES), resolver, tmp_path / "s")
    try:
        engine.start(follow=False)
        engine.refresh()
        limits = engine.undo_limits()
        assert set(limits) == {"remove"} and "cannot be undone" in limits["remove"]
    finally:
        engine.close()
