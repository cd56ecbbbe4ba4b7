from __future__ import annotations

import pytest

from tests.robustness.hostile_server import HostileServer

TOKEN = "tok-HOSTILE-5c1e7a9b"


@pytest.fixture
def hostile():
    """A misbehaving reference service on 127.0.0.1 (set ``.scenario``), and a second one
    to be redirected to."""
    servers = [HostileServer(TOKEN), HostileServer(TOKEN)]
    servers[0].redirect_to = servers[1].url
    yield servers[0], servers[1]
    for s in servers:
        s.stop()
