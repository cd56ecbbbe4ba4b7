"""Leases on rows taken for sending, the state directory's service identity, file modes, and
"key reused" answers resolved in bulk. Real SQLite, real processes, the real simulator."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time

import pytest

from hostguard.core.geo import GeoResolver
from hostguard.core.rules import load_rules
from hostguard.engine import Engine
from hostguard.engine.engine import service_identity
from hostguard.engine.store import DB_NAME, Store, StoreError
from hostguard.services.reference import ReferenceAdapter
from hostguard.services.zoom import ZoomAdapter
from tests.engine.helpers import (
    RULES,
    check_end_state,
    expected_actions,
    run_watch,
    watch_cmd,
    write_rules,
)
from tests.engine.test_store import action


def wait_for(pred, timeout: float = 60.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while True:
        value = pred()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not reached within {timeout} s")
        time.sleep(0.01)


@pytest.fixture(scope="module")
def resolver():
    with GeoResolver() as r:
        yield r


# -- leases, on the store ------------------------------------------------------------------------
def test_a_live_holders_rows_stay_its_own_and_are_taken_back_when_its_lease_runs_out(tmp_path):
    holder = Store(tmp_path, lease_seconds=3600)
    other = Store(tmp_path)
    holder.enqueue([action("p1"), action("p2")])
    held = holder.claim("reference", "demo", 10)
    assert {r.lease_owner for r in held} == {holder.owner} and held[0].lease_until > time.time() + 3000
    # Alive and within its lease: nobody else takes the rows, neither by claiming nor on start.
    assert other.claim("reference", "demo", 10) == []
    assert other.recover("reference", "demo") == 0

    # A holder that stalls past a short lease: its rows are taken back, same keys and bodies.
    stalled = Store(tmp_path, lease_seconds=0.2)
    stalled.enqueue([action("p3"), action("p4")])
    mine = stalled.claim("reference", "demo", 10)
    assert [r.participant_id for r in mine] == ["p3", "p4"]
    taken = wait_for(lambda: other.claim("reference", "demo", 10), what="lease expiry")
    assert [r.key for r in taken] == [r.key for r in mine]
    assert [r.reason for r in taken] == [r.reason for r in mine]
    assert all(r.attempts == 2 and r.lease_owner == other.owner for r in taken)
    # The stalled holder wakes up: its "retry later" does not undo the new holder's claim ...
    stalled.requeue([(mine[0].key, "retrying: service busy")])
    assert other.get(mine[0].key).state == "sending" and other.get(mine[0].key).lease_owner == other.owner
    # ... and the service's answer it got settles the row, once: the first outcome stays.
    stalled.settle([(mine[1].key, "applied", "applied")])
    other.settle([(mine[1].key, "failed", "participant left"), (mine[0].key, "applied", "applied")])
    assert other.get(mine[1].key).state == "applied" and other.get(mine[1].key).detail == "applied"
    assert other.get(mine[0].key).state == "applied"
    audit = {r["participant_id"]: r for r in other.audit_rows()}
    assert audit["p4"]["outcome"] == "applied" and audit["p3"]["outcome"] == "applied"
    # The live holder's rows were never touched.
    assert {other.get(r.key).lease_owner for r in held} == {holder.owner}
    for s in (holder, other, stalled):
        s.close()


def test_renew_extends_only_this_stores_leases(tmp_path):
    a, b = Store(tmp_path, lease_seconds=60), Store(tmp_path, lease_seconds=60)
    a.enqueue([action("p1"), action("p2")])
    (ra,) = a.claim("reference", "demo", 1)
    (rb,) = b.claim("reference", "demo", 1)
    before_b = b.get(rb.key).lease_until
    time.sleep(0.01)  # so that a renewal is visibly later than the claim
    assert a.renew() == 1
    assert a.get(ra.key).lease_until > ra.lease_until
    assert b.get(rb.key).lease_until == before_b
    a.close()
    b.close()


CLAIM_AND_DIE = """
import os, sys
from hostguard.engine.store import Store
s = Store(sys.argv[1], lease_seconds=3600)
rows = s.claim("reference", "demo", 10)
print(s.owner, len(rows), flush=True)
os._exit(0)  # dies holding them, without closing anything
"""


def test_rows_of_a_process_that_died_are_taken_back_at_once(tmp_path):
    with Store(tmp_path) as s:
        s.enqueue([action("p1"), action("p2")])
    out = subprocess.run(
        [sys.executable, "-c", CLAIM_AND_DIE, str(tmp_path)],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    owner, n = out.stdout.split()
    assert n == "2"
    with Store(tmp_path) as s:
        rows = s.rows("reference", "demo")
        assert {r.state for r in rows} == {"sending"} and {r.lease_owner for r in rows} == {owner}
        assert rows[0].lease_until > time.time() + 3000  # the lease itself has not run out
        # ... but its holder no longer exists: taken back now, not in an hour.
        taken = s.claim("reference", "demo", 10)
        assert sorted(r.participant_id for r in taken) == ["p1", "p2"]
        assert all(r.lease_owner == s.owner for r in taken)


def test_a_closed_stores_rows_are_taken_back_by_the_same_process_at_once(tmp_path):
    first = Store(tmp_path, lease_seconds=3600)
    first.enqueue([action("p1")])
    first.claim("reference", "demo", 10)
    first.close()  # an engine of this process that stopped without settling its rows
    with Store(tmp_path) as again:
        assert again.recover("reference", "demo") == 1
        assert again.get(action("p1").key).state == "queued"


# -- leases, in the engine --------------------------------------------------------------------------
def test_the_engine_in_follow_mode_sends_rows_another_holder_left_after_its_lease(
    simulator, tmp_path, resolver
):
    """Another process holds the rows when this engine starts, then stalls: the engine does
    not take them at its start (the lease is live) but takes them back in follow mode when the
    lease runs out, and sends each once."""
    sim = simulator(participants=600, seed=3)
    rules_path = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules_path)
    assert len(expected) > 20
    ruleset, _ = load_rules(rules_path, resolver.capabilities())
    state_dir = tmp_path / "state"
    decider = Engine(ReferenceAdapter(sim.url, sim.token), sim.meeting_id, ruleset, resolver,
                     state_dir, apply=True)  # fmt: skip
    taker = Store(state_dir, lease_seconds=3.0)
    follower = None
    try:
        decider.refresh()
        assert decider.apply().queued == len(expected)  # written, never sent by the decider
        held = taker.claim("reference", sim.meeting_id, 10_000)
        assert len(held) == len(expected)  # the taker holds every row, then sends nothing
        follower = Engine(ReferenceAdapter(sim.url, sim.token), sim.meeting_id, ruleset, resolver,
                          state_dir, apply=True)  # fmt: skip
        follower.start(follow=True)
        time.sleep(1.0)
        assert sim.state()["actions"] == []  # a live lease: not taken at the start
        wait_for(lambda: len(sim.state()["actions"]) >= len(expected), what="every action sent")
        assert follower.wait_settled(timeout=60)
        check_end_state(sim.state(), expected)
        rows = follower.store.rows("reference", sim.meeting_id)
        assert {r.state for r in rows} == {"applied"} and all(r.attempts == 2 for r in rows)
    finally:
        if follower is not None:
            follower.close()
        decider.close()
        taker.close()


# -- file modes ----------------------------------------------------------------------------------
def test_a_new_database_and_its_wal_and_shm_are_private_in_an_existing_directory(tmp_path):
    state_dir = tmp_path / "existing"
    state_dir.mkdir(mode=0o755)
    old = os.umask(0o022)
    try:
        with Store(state_dir) as s:
            s.enqueue([action("p1")])
            modes = {
                name: stat.S_IMODE(os.stat(state_dir / name).st_mode)
                for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm")
            }
    finally:
        os.umask(old)
    assert modes == dict.fromkeys(modes, 0o600), {k: oct(v) for k, v in modes.items()}


# -- which service a state directory belongs to ------------------------------------------------------
def test_a_state_dir_is_refused_for_another_service_with_the_same_meeting_id(simulator, tmp_path):
    first = simulator(participants=300, seed=5)
    fresh = simulator(participants=300, seed=5)  # same meeting id and people, another service
    assert first.meeting_id == fresh.meeting_id and first.url != fresh.url
    rules_path = write_rules(tmp_path / "r.toml")
    state_dir = tmp_path / "s"
    r = run_watch(watch_cmd(first, rules_path, state_dir, "--apply", "--once"))
    assert r.returncode == 0, r.stderr
    assert first.state()["actions"]
    for extra in (("--apply", "--once"), ("--once",)):
        r = run_watch(watch_cmd(fresh, rules_path, state_dir, *extra))
        assert r.returncode == 2, (extra, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr
        assert f"holds meeting '{first.meeting_id}' on the reference service at {first.url}" in r.stderr
        assert f"not at {fresh.url}" in r.stderr and str(state_dir / DB_NAME) in r.stderr
        assert "applied" not in r.stdout
    assert fresh.state()["actions"] == []  # nothing sent, nothing reported done
    # The directory still works for its own service.
    r = run_watch(watch_cmd(first, rules_path, state_dir, "--apply", "--once"))
    assert r.returncode == 0, r.stderr


def test_a_zoom_state_dir_belongs_to_one_account_and_keeps_the_id_out_of_the_file(simulator, tmp_path):
    sim = simulator(participants=5, seed=1)

    def adapter(account: str) -> ZoomAdapter:
        creds = {"account_id": account, "client_id": "hostguard-sim", "client_secret": sim.token}
        return ZoomAdapter(sim.url + "/zoom", creds)

    a, b = adapter("acct-ONE-7f3a"), adapter("acct-TWO-91cc")
    try:
        (addr_a, acct_a), (addr_b, acct_b) = service_identity(a), service_identity(b)
    finally:
        a.close()
        b.close()
    assert addr_a == addr_b and acct_a != acct_b and acct_a
    with Store(tmp_path) as s:
        s.bind("zoom", "8123", addr_a, acct_a)
        s.bind("zoom", "8123", addr_a, acct_a)  # the same again: fine
        with pytest.raises(StoreError, match="under another account") as err:
            s.bind("zoom", "8123", addr_b, acct_b)
        assert err.value.cause == "identity"
        s.bind("zoom", "9999", addr_b, acct_b)  # another meeting of the directory: its own
    raw = b"".join(f.read_bytes() for f in tmp_path.iterdir())  # the database, and any -wal
    assert b"acct-ONE-7f3a" not in raw and b"acct-TWO-91cc" not in raw


def test_decisions_from_before_the_binding_are_not_trusted(tmp_path):
    with Store(tmp_path) as s:
        s.enqueue([action("p1", state="queued")])
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("DELETE FROM binding")  # as a schema-2 directory: decisions, no address
    conn.commit()
    conn.close()
    with Store(tmp_path) as s, pytest.raises(StoreError, match="did not note the service's address"):
        s.bind("reference", "demo", "http://127.0.0.1:9", "")


# -- "key reused" answered in bulk ------------------------------------------------------------------
def test_key_reused_answers_are_resolved_in_bulk_not_one_request_per_person(
    simulator, tmp_path, resolver
):
    """Two moderators, separate state directories, rules worded differently (so the same key
    comes with another reason): the second one's actions all come back "key reused"."""
    sim = simulator(participants=1500, seed=7)
    first_rules = write_rules(tmp_path / "a.toml")
    expected = expected_actions(sim.state(), first_rules)
    second_rules = tmp_path / "b.toml"
    second_rules.write_text(
        RULES.format(share=0.5).replace('name = "', 'name = "Moderator B: '), encoding="utf-8"
    )
    engines = []
    requests_seen: list[tuple[str, str, dict]] = []
    for path, d in ((first_rules, "a"), (second_rules, "b")):
        rs, _ = load_rules(path, resolver.capabilities())
        adapter = ReferenceAdapter(sim.url, sim.token)
        engines.append(Engine(adapter, sim.meeting_id, rs, resolver, tmp_path / d, apply=True,
                              batch_size=100))  # fmt: skip
    second_http = engines[1].adapter.http
    real_request = second_http.request

    def counting(method, path, **kw):  # passes every request through to the real service
        requests_seen.append((method, path, dict(kw.get("params") or {})))
        return real_request(method, path, **kw)

    second_http.request = counting
    try:
        for e in engines:  # both see everyone before either acts
            e.start(follow=False)
            e.refresh()
        engines[0].apply()
        assert engines[0].wait_settled(timeout=120)
        requests_seen.clear()
        assert engines[1].apply().queued == len(expected)
        assert engines[1].wait_settled(timeout=120)
        rows = engines[1].store.rows("reference", sim.meeting_id)
        assert {r.state for r in rows} == {"applied"}
        assert {r.detail for r in rows} == {"already applied with this key by another client"}
        check_end_state(sim.state(), expected)  # each action once, by the first moderator
        single = [p for m, p, _ in requests_seen if m == "GET" and p.count("/participants/") == 1]
        bulk = [q for m, p, q in requests_seen if m == "GET" and "id" in q]
        batches = [p for m, p, _ in requests_seen if m == "POST"]
        assert single == []  # not one request per person
        assert 1 <= len(bulk) <= len(batches)  # at most one look-up per batch of 100
        assert sum(len(q["id"]) for q in bulk) == len(expected)
    finally:
        for e in engines:
            e.close()


def test_the_participant_list_answers_for_given_ids_in_one_page(simulator):
    """The reference API's ``id`` filter that the bulk look-up uses (simulator side)."""
    from tests.simulator.support import Api, assert_problem

    sim = simulator(participants=30, seed=2)
    with Api(sim) as api:
        people, _, _ = api.all_participants()
        gone = people[3]["id"]
        assert api.sim_post("/_sim/leave", {"participant_id": gone}).status_code == 200
        asked = [people[7]["id"], "no-such-id", gone, people[1]["id"], people[7]["id"]]
        r = api.get(f"/meetings/{sim.meeting_id}/participants", params={"id": asked})
        assert r.status_code == 200, r.text
        page = r.json()
        assert [p["id"] for p in page["participants"]] == [people[7]["id"], gone, people[1]["id"]]
        assert page["participants"][1]["status"] == "left"  # every status, left included
        assert page["next_cursor"] is None and page["total"] == 3
        r = api.get(f"/meetings/{sim.meeting_id}/participants", params={"id": asked, "status": "joined"})
        assert [p["id"] for p in r.json()["participants"]] == [people[7]["id"], people[1]["id"]]
        too_many = [p["id"] for p in people] * 4
        assert_problem(api.get(f"/meetings/{sim.meeting_id}/participants", params={"id": too_many}),
                       400, "invalid-parameter")  # fmt: skip
        assert_problem(api.get(f"/meetings/{sim.meeting_id}/participants",
                               params={"id": asked, "cursor": "0.0"}), 400, "invalid-parameter")  # fmt: skip
