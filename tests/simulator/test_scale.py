"""Event scale: 50,000 participants are created and fully listed."""

from __future__ import annotations

from tests.simulator.support import Api


def test_fifty_thousand_participants_listed_in_full(simulator):
    sim = simulator(participants=50_000, seed=50)
    with Api(sim) as api:
        people, pages, _ = api.all_participants(limit=1000)
        assert pages == 50
        assert len(people) == 50_000 == len({p["id"] for p in people})
        assert sum(1 for p in people if p["role"] == "host") == 1
        # acting on the last page's people works like on the first page's
        last = people[-1]["id"]
        assert api.act(last, "remove", "scale-1").json()["status"] == "removed"
        after = api.get(
            "/meetings/demo/participants", params={"limit": 1000, "cursor": f"49000.{0}"}
        ).json()
        assert after["participants"][-1]["status"] == "removed" and after["next_cursor"] is None
    state = sim.state()
    assert len(state["participants"]) == 50_000 and len(state["actions"]) == 1
