"""Shared test set-up: headless Qt, an isolated home for settings and state, and a real
simulator on loopback for anything that talks to a meeting service."""

from __future__ import annotations

import os

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import atexit
import contextlib
import shutil
import tempfile
import uuid

import pytest

# Every process the tests start inherits this mark: an engine process still running when
# the session ends (one left enforcing by a closed window, say) is found by it.
_RUN_MARK = f"HOSTGUARD_TEST_RUN={uuid.uuid4().hex}"
os.environ["HOSTGUARD_TEST_RUN"] = _RUN_MARK.partition("=")[2]


# The geolocation index of a database (hostguard.core.geoindex) is made once and kept in the
# cache folder, which is per test below: one folder for the whole run instead, with the
# bundled database's index made at the start (as on a machine where HostGuard ran once), so
# that lookups take the same path in every test. Tests of the index set their own folder.
_GEO_INDEX_DIR = tempfile.mkdtemp(prefix="hostguard-geoindex-")
os.environ["HOSTGUARD_GEO_INDEX_DIR"] = _GEO_INDEX_DIR
atexit.register(shutil.rmtree, _GEO_INDEX_DIR, True)


@pytest.fixture(scope="session", autouse=True)
def _bundled_database_indexed():
    from hostguard.core.geo import GeoResolver

    with GeoResolver() as resolver:
        assert resolver.ensure_index(), "the bundled database could not be indexed"
    yield


def _marked_engine_processes() -> list[int]:
    found = []
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as f:
                env = f.read().split(b"\0")
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read()
        except OSError:
            continue
        if _RUN_MARK.encode() in env and b"--engine-host" in cmd:
            found.append(int(entry))
    return found


@pytest.fixture(scope="session", autouse=True)
def _no_engine_process_outlives_the_tests():
    """Each test stops the engine processes it starts; one still running at the end is a
    leak (it is ended here, and the run fails)."""
    yield
    import signal
    import time

    deadline = time.monotonic() + 10
    left = _marked_engine_processes()
    while left and time.monotonic() < deadline:
        time.sleep(0.2)
        left = _marked_engine_processes()
    for pid in left:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    assert not left, f"engine processes still running after the tests: {left}"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Settings, state and caches go to a fresh folder per test, never the developer's own."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    for var in ("HOSTGUARD_TOKEN", "ZOOM_ACCOUNT_ID", "ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET", "WEBEX_ACCESS_TOKEN"):
        monkeypatch.delenv(var, raising=False)
    yield home


@pytest.fixture
def simulator():
    """Factory for real simulators on 127.0.0.1: ``sim = simulator(participants=50, seed=3)``."""
    from hostguard.simulator.server import start_simulator

    started = []

    def make(**kwargs):
        kwargs.setdefault("host", "127.0.0.1")
        kwargs.setdefault("port", 0)
        sim = start_simulator(**kwargs)
        started.append(sim)
        return sim

    yield make
    for sim in started:
        sim.stop()
