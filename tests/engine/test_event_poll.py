"""The engine's event reader against a real server on 127.0.0.1 that ignores ``wait=`` and
answers every poll at once with an empty batch: the reader pauses instead of spinning."""

from __future__ import annotations

import threading
import time

import pytest

from hostguard.core.geo import GeoResolver
from hostguard.core.rules import load_rules
from hostguard.engine import Engine
from hostguard.engine.engine import EARLY_EMPTY_PAUSE
from hostguard.services.reference import ReferenceAdapter
from tests.engine.helpers import write_rules
from tests.robustness.hostile_server import MEETING, HostileServer

TOKEN = "tok-EVENTS-0b7d"


class ImpatientServer(HostileServer):
    """Answers /events at once with no events, whatever ``wait`` says; counts those polls."""

    def __init__(self) -> None:
        super().__init__(TOKEN)
        self.polls: list[float] = []
        self.polled = threading.Condition()

    def handle(self, h) -> None:
        if "/events" in h.path:
            with self.polled:
                self.polls.append(time.monotonic())
                self.polled.notify_all()
        super().handle(h)

    def wait_polls(self, n: int, timeout: float) -> bool:
        with self.polled:
            return self.polled.wait_for(lambda: len(self.polls) >= n, timeout)


@pytest.fixture
def server():
    s = ImpatientServer()
    yield s
    s.stop()


def test_an_early_empty_batch_pauses_the_poll(server, tmp_path):
    with GeoResolver() as resolver:
        ruleset, _ = load_rules(write_rules(tmp_path / "r.toml"), resolver.capabilities())
        adapter = ReferenceAdapter(server.url, TOKEN)
        engine = Engine(adapter, MEETING, ruleset, resolver, tmp_path / "state", event_wait=5.0,
                        reconcile_interval=600.0)  # fmt: skip
        engine.start(follow=True)
        try:
            assert engine.wait_ready(10)
            assert len(engine.snapshot()) == 2
            assert server.wait_polls(1, 10)
            first = server.polls[0]
            # Three further polls take at least three pauses; without them the reader polls
            # as fast as the request budget allows (dozens a second).
            assert server.wait_polls(4, 10 + 4 * EARLY_EMPTY_PAUSE)
            with server.polled:
                fourth = server.polls[3]
                polls_by_then = len(server.polls)
            assert fourth - first >= 3 * EARLY_EMPTY_PAUSE * 0.9
            assert polls_by_then <= 5
        finally:
            engine.stop()
            engine.close()
            adapter.close()


def test_a_server_that_waits_is_polled_without_extra_pauses(simulator, tmp_path):
    """Events that arrive while the reader waits are seen at once (no pause after a batch)."""
    sim = simulator(participants=10, seed=2)
    with GeoResolver() as resolver:
        ruleset, _ = load_rules(write_rules(tmp_path / "r.toml"), resolver.capabilities())
        adapter = ReferenceAdapter(sim.url, sim.token)
        seen = threading.Event()
        new: set[str] = set()

        def on_diff(d):
            new.update(e.id for e in d.upserted)
            if len(new) >= 3:
                seen.set()

        engine = Engine(adapter, sim.meeting_id, ruleset, resolver, tmp_path / "state", event_wait=5.0,
                        reconcile_interval=600.0,
                        on_diff=on_diff)  # fmt: skip
        engine.start(follow=True)
        try:
            assert engine.wait_ready(10)
            import json
            import urllib.request

            req = urllib.request.Request(sim.url + "/_sim/join", data=json.dumps({"count": 3}).encode(),
                                         headers={"Content-Type": "application/json"}, method="POST")  # fmt: skip
            new.clear()
            seen.clear()
            started = time.monotonic()
            urllib.request.urlopen(req, timeout=10).close()
            assert seen.wait(10)
            assert time.monotonic() - started < 3.0
        finally:
            engine.stop()
            engine.close()
            adapter.close()
