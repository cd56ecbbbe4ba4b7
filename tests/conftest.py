"""Shared test set-up: headless Qt, an isolated home for settings and state, and a real
simulator on loopback for anything that talks to a meeting service."""

from __future__ import annotations

import os

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


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
