from __future__ import annotations

import pytest

from tests.services.scripted_server import ScriptedServer


@pytest.fixture
def server():
    s = ScriptedServer()
    yield s
    s.stop()
