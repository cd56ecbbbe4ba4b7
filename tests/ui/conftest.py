"""UI tests: every test runs with the QApplication (models own timers, which need one)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _qapp(qapp):
    return qapp
