"""UI tests: every test runs with the QApplication (models own timers, which need one), and
`settings` / `window` give a main window whose settings live in the test's own folder."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def _qapp(qapp):
    return qapp


@pytest.fixture
def settings(tmp_path):
    s = QSettings(str(tmp_path / "hostguard.ini"), QSettings.Format.IniFormat)
    yield s
    s.sync()


@pytest.fixture
def window(qtbot, settings):
    from hostguard.ui.main_window import MainWindow

    w = MainWindow(settings)
    w.detach_on_close = False  # no engine process outlives a test, enforcing or not
    qtbot.addWidget(w)
    yield w
    # A session still starting is handed over first, so that its engine process is stopped
    # too: no engine process outlives a test (an enforcing one would outlive the window).
    if w._starting:
        with contextlib.suppress(Exception):
            qtbot.waitUntil(lambda: not w._starting, timeout=60000)
    w.shutdown(detach=False)
