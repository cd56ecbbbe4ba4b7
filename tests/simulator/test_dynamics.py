"""Join dynamics: arrivals at the join rate, and leavers rejoining with a new participant id.
These follow the simulator's own clock, so the tests wait on its event stream."""

from __future__ import annotations

import time

from tests.simulator.support import Api


def follow(api: Api, until, deadline_s: float) -> list[dict]:
    """Collect events by long polling until ``until(events)`` holds or the deadline passes."""
    events: list[dict] = []
    since = 0
    deadline = time.monotonic() + deadline_s
    while not until(events) and time.monotonic() < deadline:
        r = api.get(f"/meetings/{api.mid}/events", params={"since": since, "wait": 2}).json()
        events.extend(r["events"])
        since = r["next"]
    return events


def test_zero_rate_means_everyone_is_there_and_stays(simulator):
    sim = simulator(participants=80, seed=1, join_rate=0)
    with Api(sim) as api:
        r = api.get("/meetings/demo/events", params={"since": 0, "wait": 0.3}).json()
        assert r["events"] == []
    assert {p["status"] for p in sim.state()["participants"]} == {"joined"}


def test_people_arrive_at_the_rate_and_some_rejoin_with_a_new_id(simulator):
    sim = simulator(participants=60, seed=12, join_rate=200.0)
    staff = [p for p in sim.state()["participants"]]
    assert staff and all(p["role"] != "attendee" for p in staff)  # only staff at the start
    with Api(sim) as api:

        def rejoined(events):
            left = {e["participant"]["email"] + e["participant"]["name"]: e["participant"]["id"]
                    for e in events if e["type"] == "left"}  # fmt: skip
            return any(
                e["type"] == "joined"
                and (e["participant"]["email"] + e["participant"]["name"]) in left
                and left[e["participant"]["email"] + e["participant"]["name"]]
                != e["participant"]["id"]
                for e in events
            )

        events = follow(api, rejoined, deadline_s=20)
    assert rejoined(events)
    arrivals = {e["participant"]["id"] for e in events if e["type"] == "joined"}
    state = sim.state()
    everyone = {(p["email"], p["name"]) for p in state["participants"]}
    assert len(everyone) == 60  # every invited person came, some more than once
    assert len(state["participants"]) > 60
    assert arrivals <= {p["id"] for p in state["participants"]}
    assert state["actions"] == []  # arrivals and departures are not moderator actions
