"""Fixtures for the vendor adapters against the simulator's Zoom and Webex subsets."""

from __future__ import annotations

import json
import urllib.request

import pytest


def sim_post(sim, path: str, body: dict) -> dict:
    """POST to a ``/_sim`` hook (no auth, never faulted)."""
    req = urllib.request.Request(
        sim.url + path, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


@pytest.fixture
def as_webex_describes(monkeypatch):
    """Checks every exchange with the simulator's /webex subset during the test against Webex's
    own API description (tests/contract): the client's requests and the answers."""
    from tests.contract.webex_schema import record_traffic, traffic_errors

    seen = record_traffic(monkeypatch)
    yield
    problems = traffic_errors(seen)
    assert not problems, "\n".join(problems)


@pytest.fixture
def zoom_creds():
    def make(sim, secret: str | None = None) -> dict[str, str]:
        return {"account_id": "sim-account", "client_id": "hostguard-sim", "client_secret": secret or sim.token}

    return make
