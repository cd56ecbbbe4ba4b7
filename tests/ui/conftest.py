"""UI tests: every test runs with the QApplication (models own timers, which need one), and
`settings` / `window` give a main window whose settings live in the test's own folder."""

from __future__ import annotations

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
    qtbot.addWidget(w)
    yield w
    w.shutdown(detach=False)  # no engine process outlives a test
