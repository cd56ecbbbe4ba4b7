"""The engine against the real simulator on loopback: exact end state, faults, two watchers,
the guard, dry run, live events, readmission and the audit trail."""

from __future__ import annotations

import json
import threading
import time

import pytest
import requests

from hostguard.core.geo import GeoResolver
from hostguard.core.rules import load_rules
from hostguard.engine import Engine, GuardRefused, RosterDiff, Store
from hostguard.services.base import UnreachableError
from hostguard.services.reference import ReferenceAdapter
from tests.engine.helpers import check_end_state, expected_actions, write_rules


@pytest.fixture(scope="module")
def resolver():
    with GeoResolver() as r:
        yield r


def make_engine(sim, rules_path, resolver, state_dir, *, adapter=None, **kw):
    ruleset, _ = load_rules(rules_path, resolver.capabilities())
    adapter = adapter or ReferenceAdapter(sim.url, sim.token)
    kw.setdefault("apply", True)
    return Engine(adapter, sim.meeting_id, ruleset, resolver, state_dir, **kw)


def run_once(engine, force=False):
    engine.start(follow=False)
    try:
        engine.refresh()
        result = engine.apply(force=force)
        assert engine.wait_settled(timeout=120)
        return result
    finally:
        engine.stop()


def test_exact_end_state(simulator, tmp_path, resolver):
    sim = simulator(participants=1500, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules)
    assert len(expected) > 50  # the rules do something in this meeting
    engine = make_engine(sim, rules, resolver, tmp_path / "state")
    result = run_once(engine)
    assert result.queued == len(expected)
    check_end_state(sim.state(), expected)
    st = engine.status()
    assert (st.applied, st.failed, st.pending) == (len(expected), 0, 0)
    # Everything settled is mirrored in the roster the UI reads.
    syncs = {e.id: e.sync for e in engine.snapshot() if e.decision.enforcing}
    assert set(syncs) == set(expected) and set(syncs.values()) == {"applied"}
    # A second run decides the same and sends nothing new.
    again = make_engine(sim, rules, resolver, tmp_path / "state")
    r2 = run_once(again)
    assert r2.queued == 0 and r2.already_done == len(expected)
    check_end_state(sim.state(), expected)
    engine.close()
    again.close()


def test_same_end_state_with_a_quarter_of_requests_failing(simulator, tmp_path, resolver):
    # Slow faults stall 1 s against a 0.3 s read timeout: the timeout path without waiting 8 s.
    sim = simulator(participants=1200, seed=5, fault_rate=0.25, slow_delay=1.0)
    rules = write_rules(tmp_path / "r.toml")
    # The ground truth is read before the run; /_sim is never faulted.
    expected = expected_actions(sim.state(), rules)
    adapter = ReferenceAdapter(
        sim.url,
        sim.token,
        read_timeout=0.3,
        backoff_base=0.02,
        backoff_cap=0.2,
        retry_after_cap=0.2,
    )
    # One sender: the request order (and so the seeded faults) is the same every run.
    engine = make_engine(
        sim, rules, resolver, tmp_path / "state", adapter=adapter, batch_size=10, senders=1
    )
    run_once(engine)
    check_end_state(sim.state(), expected)
    batch_faults = {f.kind for f in sim.faults if f.path.endswith("actions:batch")}
    # Faults after processing (the action took effect, the client could not know) happened...
    assert batch_faults & {"reset", "slow", "truncated"} and batch_faults & {"429", "500", "503"}
    assert engine.status().failed == 0
    # ... and the resend carried the same key: the service recognised it instead of acting again.
    details = [r.detail for r in engine.store.rows("reference", sim.meeting_id)]
    assert any("already recorded by the service" in d for d in details)
    engine.close()


@pytest.mark.parametrize("shared_dir", [False, True], ids=["separate-dirs", "same-dir"])
def test_two_watchers_never_double_act(simulator, tmp_path, resolver, shared_dir):
    sim = simulator(participants=1500, seed=7)
    rules = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules)
    dirs = [tmp_path / "a", tmp_path / ("a" if shared_dir else "b")]
    engines = [make_engine(sim, rules, resolver, d, batch_size=5) for d in dirs]
    # Both fetch the roster before either acts: both decide to act on everyone.
    for e in engines:
        e.start(follow=False)
        e.refresh()
    barrier = threading.Barrier(2)
    errors = []

    def go(e):
        try:
            barrier.wait()
            e.apply()
            assert e.wait_settled(timeout=120)
        except Exception as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=go, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    check_end_state(sim.state(), expected)
    for e in engines:
        e.close()


def test_a_late_second_watcher_does_not_undo_the_hosts_readmission(simulator, tmp_path, resolver):
    """B decided from an old roster; A acted, the host readmitted someone; B then applies.
    B's action has the key A's had, so the service does not move that person again."""
    sim = simulator(participants=600, seed=7)
    rules = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules)
    a = make_engine(sim, rules, resolver, tmp_path / "a")
    b = make_engine(sim, rules, resolver, tmp_path / "b")
    b.start(follow=False)
    b.refresh()  # B's view: everyone still joined
    run_once(a)
    pid = next(p for p, act in expected.items() if act == "waiting_room")
    r = requests.post(
        f"{sim.url}/meetings/{sim.meeting_id}/participants/{pid}/actions",
        json={"action": "admit"},
        headers={"Authorization": f"Bearer {sim.token}", "Idempotency-Key": "host-admit-1"},
        timeout=5,
    )
    assert r.status_code == 200 and r.json()["status"] == "joined"
    b.apply()
    assert b.wait_settled(timeout=60)
    acts = [(x["participant_id"], x["action"]) for x in sim.state()["actions"]]
    assert acts.count((pid, "waiting_room")) == 1
    assert {p["id"]: p["status"] for p in sim.state()["participants"]}[pid] == "joined"
    a.close()
    b.close()


def test_guard_refuses_and_nothing_is_queued(simulator, tmp_path, resolver):
    sim = simulator(participants=300, seed=3)
    rules = write_rules(tmp_path / "r.toml", share=0.01)
    engine = make_engine(sim, rules, resolver, tmp_path / "state")
    engine.start(follow=False)
    engine.refresh()
    with pytest.raises(GuardRefused) as info:
        engine.apply()
    v = info.value.verdict
    assert (
        not v.allowed
        and v.acting > 0
        and v.eligible
        == 300 - sum(1 for p in sim.state()["participants"] if p["role"] in ("host", "co-host"))
    )
    assert engine.status().pending == 0 and engine.store.rows("reference", sim.meeting_id) == []
    preview = engine.preview()
    assert not preview.verdict.allowed and len(preview.to_send) == v.acting
    result = engine.apply(force=True)
    assert result.queued == v.acting
    assert engine.wait_settled(timeout=60)
    check_end_state(sim.state(), expected_actions_from_start(sim, rules))
    engine.close()


def expected_actions_from_start(sim, rules):
    # Every action in this meeting started from "joined" (no one starts waiting at join_rate 0).
    state = sim.state()
    for p in state["participants"]:
        p["status"] = "joined"
    return expected_actions(state, rules)


def test_dry_run_sends_nothing(simulator, tmp_path, resolver):
    sim = simulator(participants=300, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules)
    engine = make_engine(sim, rules, resolver, tmp_path / "state", apply=False)
    engine.start(follow=False)
    engine.refresh()
    preview = engine.preview()
    assert set(preview.to_send) == set(expected)
    by_rule = {r.rule: r for r in preview.rules}
    assert set(by_rule["Waiting room for CN and HK"].participant_ids) == {
        p for p, a in expected.items() if a == "waiting_room"
    }
    result = engine.apply()
    assert result.dry_run and result.queued == len(expected)
    engine.stop()
    assert sim.state()["actions"] == []
    assert engine.store.rows("reference", sim.meeting_id) == []
    engine.close()


def test_live_events_are_acted_on_and_readmission_sticks(simulator, tmp_path, resolver):
    sim = simulator(participants=100, seed=11)
    rules = write_rules(tmp_path / "r.toml")
    diffs: list[RosterDiff] = []
    changed = threading.Condition()

    def on_diff(d):
        with changed:
            diffs.append(d)
            changed.notify_all()

    engine = make_engine(
        sim,
        rules,
        resolver,
        tmp_path / "state",
        auto_apply_new=True,
        on_diff=on_diff,
        event_wait=1.0,
    )
    engine.start(follow=True)
    assert engine.wait_ready(30)
    engine.apply()
    assert engine.wait_settled(timeout=60)
    before = len(sim.state()["actions"])
    joined = requests.post(
        sim.url + "/_sim/join", json={"count": 3, "country": "CN"}, timeout=5
    ).json()["participants"]
    new_ids = {p["id"] for p in joined}

    def acted():
        st = {p["id"]: p["status"] for p in sim.state()["participants"]}
        return all(st[i] == "waiting" for i in new_ids)

    with changed:
        assert changed.wait_for(lambda: acted() and engine.status().pending == 0, timeout=30)
    actions = sim.state()["actions"][before:]
    assert sorted((a["participant_id"], a["action"]) for a in actions) == sorted(
        (i, "waiting_room") for i in new_ids
    )
    assert any(e.id in new_ids for d in diffs for e in d.upserted)

    # The host readmits one: the admission is sent once, and HostGuard does not move them back.
    pid = sorted(new_ids)[0]
    mark = len(diffs)
    engine.readmit(pid)

    def admitted():
        return {p["id"]: p["status"] for p in sim.state()["participants"]}[pid] == "joined"

    with changed:
        assert changed.wait_for(lambda: admitted() and engine.status().pending == 0, timeout=30)
    # The admission is evaluated again (its own diff), and the decision is not queued again.
    with changed:
        assert changed.wait_for(
            lambda: any(
                e.id == pid and e.participant.status == "joined"
                for d in diffs[mark:]
                for e in d.upserted
            ),
            timeout=30,
        )
    assert engine.wait_settled(timeout=30)
    acts = [
        (a["participant_id"], a["action"])
        for a in sim.state()["actions"]
        if a["participant_id"] == pid
    ]
    assert acts == [(pid, "waiting_room"), (pid, "admit")]

    # Someone leaves: they leave the roster.
    requests.post(sim.url + "/_sim/leave", json={"participant_id": pid}, timeout=5)
    with changed:
        assert changed.wait_for(lambda: any(pid in d.removed_ids for d in diffs), timeout=30)
    assert pid not in {e.id for e in engine.snapshot()}
    engine.close()


def test_audit_rows_hold_evidence_but_not_addresses(simulator, tmp_path, resolver):
    sim = simulator(participants=400, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules)
    engine = make_engine(sim, rules, resolver, tmp_path / "state", actor="alice")
    run_once(engine)
    rows = engine.audit.query()
    acted = {r["participant_id"]: r for r in rows if r["action"] != "flag"}
    assert {k: r["action"] for k, r in acted.items()} == expected
    ips = {p["id"]: p["ip_address"] for p in sim.state()["participants"]}
    for pid, r in acted.items():
        assert r["outcome"] == "applied" and r["actor"] == "alice"
        assert r["rule"] in ("Waiting room for CN and HK", "Remove RU", "Block IR")
        assert r["country"] in ("CN", "HK", "RU", "IR", "KP") and r["geo_status"] == "resolved"
        assert r["database"] == "DB-IP" and r["database_date"] and r["network"]
        assert ips[pid] not in json.dumps(r)
    flags = [r for r in rows if r["action"] == "flag"]
    assert flags and all(r["outcome"] == "flagged" and r["country"] is None for r in flags)
    engine.close()


def test_stop_is_prompt_and_leaves_the_outbox_consistent(simulator, tmp_path, resolver):
    sim = simulator(participants=300, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    engine = make_engine(
        sim, rules, resolver, tmp_path / "state", auto_apply_new=True, event_wait=20.0
    )
    engine.start(follow=True)
    assert engine.wait_ready(30)
    engine.apply()
    started = time.monotonic()
    engine.stop()  # the reader is in a 20 s long poll; the senders may be mid-batch
    assert time.monotonic() - started < 5.0
    with Store(tmp_path / "state") as store:
        rows = store.rows("reference", sim.meeting_id)
    applied = {r.participant_id for r in rows if r.state == "applied"}
    acted = {a["participant_id"] for a in sim.state()["actions"]}
    assert applied <= acted  # never "applied" without the service having it
    assert {r.state for r in rows} <= {"queued", "sending", "applied"}
    engine.close()
    # A new engine on the same directory finishes the job with the same keys.
    again = make_engine(sim, rules, resolver, tmp_path / "state")
    run_once(again)
    check_end_state(sim.state(), expected_actions_from_start(sim, rules))
    again.close()


def test_an_outage_keeps_the_outbox_and_wait_settled_gives_up(simulator, tmp_path, resolver):
    sim = simulator(participants=1500, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    adapter = ReferenceAdapter(sim.url, sim.token, deadline=0.5, backoff_base=0.05, backoff_cap=0.1)
    engine = make_engine(
        sim, rules, resolver, tmp_path / "state", adapter=adapter, batch_size=1, senders=1
    )
    statuses = []
    engine.on_status = statuses.append
    engine.start(follow=False)
    engine.refresh()
    result = engine.apply()
    # The service goes away in the middle of the run.
    while len(sim.state()["actions"]) < 20:
        time.sleep(0.005)
    sim.stop()
    sent = {a["participant_id"] for a in sim.state()["actions"]}
    with pytest.raises(UnreachableError):
        engine.wait_settled(timeout=60, give_up_after=1.0)
    st = engine.status()
    assert not st.connected and st.last_error and st.pending > 0
    assert any(not s.connected for s in statuses)
    engine.stop()
    rows = engine.store.rows("reference", sim.meeting_id)
    assert len(rows) == result.queued  # nothing lost
    applied = {r.participant_id for r in rows if r.state == "applied"}
    assert applied <= sent and all(r.state in ("applied", "queued", "sending") for r in rows)
    engine.close()


def test_set_ruleset_re_evaluates_and_the_guard_holds_back_auto_apply(
    simulator, tmp_path, resolver
):
    sim = simulator(participants=200, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    diffs = []
    engine = make_engine(
        sim, rules, resolver, tmp_path / "state", auto_apply_new=True, on_diff=diffs.append
    )
    engine.start(follow=False)
    engine.refresh()
    engine.apply()
    assert engine.wait_settled(timeout=60)
    before = len(sim.state()["actions"])
    # New rules that would remove most of the meeting: re-evaluated at once, but held back.
    everyone = load_rules(rules, resolver.capabilities())[0]
    from hostguard.core.rules import parse_rules

    wide, _ = parse_rules(
        'version = 1\nmax_action_share = 0.25\n[[rule]]\nname = "All known"\naction = "remove"\nnot_countries = ["AQ"]\n',
        capabilities=resolver.capabilities(),
    )
    mark = len(diffs)
    engine.set_ruleset(wide)
    assert any(e.decision.rule == "All known" for d in diffs[mark:] for e in d.upserted)
    st = engine.status()
    assert st.guard_blocked is not None and not st.guard_blocked.allowed
    assert engine.wait_settled(timeout=30) and len(sim.state()["actions"]) == before
    preview = engine.preview(everyone)
    assert not preview.to_send  # back to the first rules: nothing left to do
    engine.set_ruleset(everyone)
    assert engine.status().guard_blocked is None
    engine.close()


def test_a_burst_of_events_larger_than_a_chunk_ends_exact(simulator, tmp_path, resolver):
    """Hundreds of joins in one event batch are applied in chunks (EVENT_CHUNK at a time) and
    the roster and the auto-applied actions end as if applied at once."""
    from hostguard.engine.engine import EVENT_CHUNK

    sim = simulator(participants=50, seed=13)
    rules = write_rules(tmp_path / "r.toml", share=1.0)
    expected = expected_actions(sim.state(), rules)
    seen: set[str] = set()
    changed = threading.Condition()

    def on_diff(d):
        with changed:
            seen.update(e.id for e in d.upserted)
            changed.notify_all()

    engine = make_engine(
        sim, rules, resolver, tmp_path / "state", auto_apply_new=True, event_wait=1.0, on_diff=on_diff
    )
    engine.start(follow=True)
    try:
        assert engine.wait_ready(30)
        engine.apply(force=True)
        assert engine.wait_settled(timeout=60)
        n = EVENT_CHUNK * 2 + 57
        joined = requests.post(sim.url + "/_sim/join", json={"count": n}, timeout=10).json()["participants"]
        new_ids = {p["id"] for p in joined}
        expected.update(expected_actions({"participants": joined}, rules))
        with changed:
            assert changed.wait_for(lambda: new_ids <= seen, timeout=60)
        assert new_ids <= {e.id for e in engine.snapshot()}
        assert engine.wait_settled(timeout=60)
    finally:
        engine.stop()
        engine.close()
    assert len(expected) > 50
    check_end_state(sim.state(), expected)
