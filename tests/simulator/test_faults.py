"""Fault injection: every kind happens, is deterministic from the seed, behaves as a client
sees it in the wild, and never touches /_sim."""

from __future__ import annotations

import contextlib
import json

import pytest
import requests

from hostguard.simulator.faults import KINDS
from tests.simulator.support import Api, assert_problem

SLOW = 1.0  # the simulator's stall for "slow" faults in these tests (default 8 s)
CLIENT_READ_TIMEOUT = 0.3


def observe(sim, pid: str, key: str) -> str:
    """Send one action on a fresh connection and classify what the client saw."""
    with Api(sim) as api:
        try:
            r = api.session.post(
                f"{sim.url}/meetings/{sim.meeting_id}/participants/{pid}/actions",
                json={"action": "waiting_room"}, headers={"Idempotency-Key": key},
                timeout=(5, CLIENT_READ_TIMEOUT),
            )  # fmt: skip
        except requests.ReadTimeout:
            return "slow"
        except requests.ConnectionError:
            return "reset"
        if r.status_code != 200:
            assert_problem(
                r,
                r.status_code,
                {429: "rate-limited", 500: "internal-error", 503: "unavailable"}[r.status_code],
            )
            if r.status_code == 429:
                assert r.headers["Retry-After"] == "1"
            return str(r.status_code)
        try:
            r.json()
        except (json.JSONDecodeError, requests.JSONDecodeError):
            return "truncated"
        return "ok"


def test_each_fault_kind_and_its_effect(simulator):
    sim = simulator(participants=200, seed=3, fault_rate=1.0, slow_delay=SLOW)
    attendees = [p["id"] for p in sim.state()["participants"] if p["role"] == "attendee"]
    seen: dict[str, list[str]] = {}
    for i, pid in enumerate(attendees[:60]):
        kind = observe(sim, pid, f"f-{i}")
        assert sim.faults[-1].kind == kind  # the client saw what the server injected
        seen.setdefault(kind, []).append(pid)
        if set(seen) == set(KINDS):
            break
    assert set(seen) == set(KINDS)
    statuses = {p["id"]: p["status"] for p in sim.state()["participants"]}
    # 429/500/503 fail before processing; reset/slow/truncated after (the action took effect)
    for kind, pids in seen.items():
        expected = "joined" if kind in ("429", "500", "503") else "waiting"
        assert {statuses[pid] for pid in pids} == {expected}, kind


def test_retry_with_the_same_key_after_a_lost_response_is_not_acted_twice(simulator):
    sim = simulator(participants=100, seed=3, fault_rate=0.5, slow_delay=SLOW)
    attendees = [p["id"] for p in sim.state()["participants"] if p["role"] == "attendee"][:30]
    for pid in attendees:
        for _attempt in range(40):
            if observe(sim, pid, f"retry-{pid}") == "ok":
                break
    actions = sim.state()["actions"]
    assert sorted(a["participant_id"] for a in actions) == sorted(attendees)


def test_faults_are_deterministic_from_the_seed(simulator):
    def run(seed: int) -> list[tuple[str, str]]:
        sim = simulator(participants=20, seed=seed, fault_rate=0.3)
        with Api(sim) as api:
            for i in range(60):
                with contextlib.suppress(requests.RequestException):
                    api.get(
                        "/meetings" if i % 2 else f"/meetings/{sim.meeting_id}/policy",
                        timeout=(5, 0.2),
                    )
        faults = [(f.path, f.kind) for f in sim.faults]
        sim.stop()
        return faults

    a, b, c = run(7), run(7), run(8)
    assert a == b and a != c
    assert 5 < len(a) < 35


def test_rate_zero_never_faults_and_sim_hooks_are_never_faulted(simulator):
    quiet = simulator(participants=20, seed=1, fault_rate=0.0)
    with Api(quiet) as api:
        assert all(api.get("/meetings").status_code == 200 for _ in range(50))
    assert quiet.faults == []
    loud = simulator(participants=20, seed=1, fault_rate=1.0, slow_delay=SLOW)
    for _ in range(20):
        assert requests.get(loud.url + "/_sim/state", timeout=5).status_code == 200
        r = requests.post(loud.url + "/_sim/join", json={"count": 1}, timeout=5)
        assert r.status_code == 200 and r.json()["participants"]
    assert loud.faults == []
    assert len(loud.state()["participants"]) == 40


@pytest.mark.parametrize("rate", [-0.1, 1.5])
def test_fault_rate_outside_0_1_is_refused(simulator, rate):
    with pytest.raises(ValueError, match="fault rate"):
        simulator(fault_rate=rate)
