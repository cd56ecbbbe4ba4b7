"""The engine's parts driven one step at a time on the test's thread, no engine threads:
the reader's steps (a full read, one request of the event stream) and the sender's (one batch).
Real simulator, real adapter, real SQLite, real .mmdb."""

from __future__ import annotations

import pytest

from hostguard.core.geo import GeoResolver
from hostguard.engine import Engine
from tests.engine.test_rejoin_and_evidence import BLOCK_CN
from tests.vendors.conftest import sim_post


@pytest.fixture(scope="module")
def resolver():
    with GeoResolver() as r:
        yield r


def test_reader_and_sender_steps(simulator, tmp_path, resolver):
    from hostguard.services.reference import ReferenceAdapter

    sim = simulator(participants=80, seed=7)
    a = ReferenceAdapter(sim.url, sim.token)
    engine = Engine(a, sim.meeting_id, BLOCK_CN, resolver, tmp_path / "s", apply=True, batch_size=5)
    try:
        sync = engine.sync  # never started: nothing runs unless the test calls it
        snap = sync.read_roster()
        assert engine.status().ready and len(engine.snapshot()) == len(snap.participants)
        joined = sim_post(sim, "/_sim/join", {"count": 1, "country": "CN"})
        since = snap.events_since
        new_ids = {p["id"] for p in joined["participants"]}
        assert new_ids and not new_ids & {e.id for e in engine.snapshot()}
        for _ in range(5):  # one request each; the join is in one of the first
            since = sync.follow(since)
            if new_ids <= {e.id for e in engine.snapshot()}:
                break
        assert new_ids <= {e.id for e in engine.snapshot()}
        result = engine.apply()
        assert result.queued > 5  # more than one batch
        assert engine.status().pending == result.queued
        assert sync.send_batch() is True  # one batch of 5, sent and settled
        assert engine.status().applied == 5 and engine.status().pending == result.queued - 5
        while sync.send_batch():
            pass
        assert sync.send_batch() is None  # nothing left
        assert engine.wait_settled(timeout=0) is True
        assert engine.status().applied == result.queued
    finally:
        engine.close()
        a.close()
