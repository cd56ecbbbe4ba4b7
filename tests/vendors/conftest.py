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
def zoom_creds():
    def make(sim, secret: str | None = None) -> dict[str, str]:
        return {"account_id": "sim-account", "client_id": "hostguard-sim", "client_secret": secret or sim.token}

    return make
