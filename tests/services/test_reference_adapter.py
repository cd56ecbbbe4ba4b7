"""The reference adapter against the real simulator: roster, events, actions, policy."""

from __future__ import annotations

import threading

import pytest
import requests

from hostguard.services import make_adapter
from hostguard.services.base import (
    ActionRequest,
    AuthError,
    Capability,
    ConfigurationError,
    NotFound,
    Policy,
)
from hostguard.services.reference import ReferenceAdapter


@pytest.fixture
def sim(simulator):
    return simulator(participants=1500, seed=2)


def test_roster_matches_the_ground_truth(sim):
    adapter = ReferenceAdapter(sim.url, sim.token)
    snap = adapter.fetch_roster(sim.meeting_id)
    truth = [p for p in sim.state()["participants"] if p["status"] != "left"]
    assert [p.id for p in snap.participants] == [
        p["id"] for p in truth
    ]  # join order, across 2 pages
    by_id = {p.id: p for p in snap.participants}
    for t in truth:
        p = by_id[t["id"]]
        assert (p.name, p.email, p.role, p.status, p.ip) == (
            t["name"],
            t["email"] or "",
            t["role"],
            t["status"],
            t["ip_address"] or "",
        )
    assert isinstance(snap.events_since, int)
    assert "1500 participants" in adapter.test_connection(sim.meeting_id)
    assert Capability.EVENTS in adapter.capabilities and Capability.BLOCK in adapter.capabilities


def test_same_key_takes_effect_once(sim):
    adapter = ReferenceAdapter(sim.url, sim.token)
    pid = sim.state()["participants"][10]["id"]
    r1 = adapter.act(sim.meeting_id, pid, "waiting_room", "key-1", "test")
    r2 = adapter.act(sim.meeting_id, pid, "waiting_room", "key-1", "test")
    assert r1.outcome == r2.outcome == "applied" and r1.status == "waiting"
    assert "already recorded" in r2.detail
    # The batch endpoint shares the keys with the single one.
    [r3] = adapter.act_many(sim.meeting_id, [ActionRequest(pid, "waiting_room", "key-1", "test")])
    assert r3.outcome == "applied" and "already recorded" in r3.detail
    assert [a["participant_id"] for a in sim.state()["actions"]] == [pid]


def test_a_reused_key_with_another_body_is_checked_against_the_service(sim):
    adapter = ReferenceAdapter(sim.url, sim.token)
    pid = sim.state()["participants"][11]["id"]
    assert (
        adapter.act(sim.meeting_id, pid, "waiting_room", "key-2", "first wording").outcome
        == "applied"
    )
    # Another HostGuard, same decision, other wording: the service refuses the body (422), but
    # the participant is already where the action puts them.
    r = adapter.act(sim.meeting_id, pid, "waiting_room", "key-2", "second wording")
    assert r.outcome == "applied" and "another client" in r.detail
    assert len(sim.state()["actions"]) == 1


def test_left_and_unknown_participants_fail_without_retrying(sim):
    adapter = ReferenceAdapter(sim.url, sim.token)
    pid = sim.state()["participants"][12]["id"]
    requests.post(
        sim.url + "/_sim/leave", json={"participant_id": pid}, timeout=5
    ).raise_for_status()
    left, unknown = adapter.act_many(
        sim.meeting_id,
        [ActionRequest(pid, "remove", "k-left"), ActionRequest("nobody", "remove", "k-none")],
    )
    assert (left.outcome, left.retryable, left.status) == ("failed", False, "left")
    assert unknown.outcome == "failed" and not unknown.retryable and "unknown" in unknown.detail
    assert sim.state()["actions"] == []


def test_events_follow_joins_and_status_changes(sim):
    adapter = ReferenceAdapter(sim.url, sim.token)
    since = adapter.fetch_roster(sim.meeting_id).events_since
    got = []

    def poll():
        got.append(adapter.events(sim.meeting_id, since, wait=10))

    t = threading.Thread(target=poll)
    t.start()  # a long poll that the join below ends
    joined = requests.post(
        sim.url + "/_sim/join", json={"count": 2, "country": "JP"}, timeout=5
    ).json()["participants"]
    t.join(15)
    batch = got[0]
    assert batch.next > since
    assert {e.participant.id for e in batch.events if e.type == "joined"} <= {
        p["id"] for p in joined
    }
    assert batch.events and all(e.seq > since for e in batch.events)
    rest = adapter.events(sim.meeting_id, batch.next, wait=0)
    ids = {e.participant.id for e in batch.events + rest.events if e.type == "joined"}
    assert ids == {p["id"] for p in joined}


def test_policy_round_trip(sim):
    adapter = ReferenceAdapter(sim.url, sim.token)
    p = adapter.set_policy(sim.meeting_id, Policy(True, "deny", ("CN", "RU")))
    assert p.enabled and p.method == "deny" and set(p.countries) == {"CN", "RU"}
    assert adapter.get_policy(sim.meeting_id) == p


def test_errors_are_typed(sim):
    with pytest.raises(AuthError):
        ReferenceAdapter(sim.url, "wrong").fetch_roster(sim.meeting_id)
    with pytest.raises(NotFound):
        ReferenceAdapter(sim.url, sim.token).test_connection("no-such-meeting")
    with pytest.raises(ConfigurationError, match="--url"):
        make_adapter("reference", None, {"token": "t"})
    with pytest.raises(ConfigurationError, match="URL"):
        make_adapter("reference", "ftp://x", {"token": "t"})
    with pytest.raises(ConfigurationError, match="unknown service"):
        make_adapter("teams", "http://127.0.0.1:1", {"token": "t"})
    a = make_adapter("reference", sim.url, {"token": sim.token})
    assert sim.token not in repr(a) and sim.token not in repr(a.http)
