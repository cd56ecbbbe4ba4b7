"""The details pane: full evidence, the three kinds of unknown country, plain-text names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hostguard.ui.details import DetailsPane
from tests.ui.factories import PRIVATE_IP, UNKNOWN_IP, entry, with_sync


def test_evidence_for_a_resolved_address(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    e = entry("a", "Wei", "1.0.1.1")
    pane.show_entry(e)
    t = pane.labels
    assert "China" in t["country"].text() and "continent AS" in t["country"].text()
    assert t["address"].text() == "1.0.1.1"
    assert t["network"].text() == "1.0.1.0/24"
    assert "DB-IP" in t["database"].text() and "2026-06-01" in t["database"].text()
    assert "IP Geolocation by DB-IP" in t["database"].text()
    assert "Waiting room for CN" in t["decision"].text()
    assert "not anycast" in t["flags"].text()


def test_unknown_private_and_no_address_are_told_apart(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    texts = {}
    for key, ip in (("unknown", UNKNOWN_IP), ("private", PRIVATE_IP), ("none", "")):
        texts[key] = DetailsPane.texts(entry(key, "X", ip))
    assert texts["unknown"]["inference"].startswith("unknown (not in database)")
    assert texts["private"]["inference"].startswith("private network")
    assert texts["none"]["inference"].startswith("no address reported")
    assert texts["none"]["address"] == "no address reported"
    assert texts["private"]["database"] == "not consulted (no public address)"
    assert texts["unknown"]["country"] == "Unknown (not in database)"
    assert len({t["inference"] for t in texts.values()}) == 3


def test_hostile_names_show_literally_in_plain_text_labels(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    name = "<b>Boss</b> \u202eevil <img src=x>"
    pane.show_entry(with_sync(entry("h", name, "8.8.8.8", email="<i>x</i>@example.com"), "failed", "<script>"))
    for label in pane.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert pane.labels["name"].text() == "<b>Boss</b> evil <img src=x>"
    assert "<script>" in pane.labels["sync"].text()


def test_readmit_button_only_for_waiting_room(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show_entry(entry("w", "W", "1.0.1.1", status="waiting"))
    assert pane.readmit_button.isEnabled()
    with qtbot.waitSignal(pane.readmitRequested) as blocker:
        pane.readmit_button.click()
    assert blocker.args == ["w"]
    pane.show_entry(entry("j", "J", "1.0.1.1"))
    assert not pane.readmit_button.isEnabled()


def test_the_staleness_warning_follows_the_setting(qtbot, window, settings):
    """Settings → GeoIP → "Warn when a database is older than" is what the pane warns by."""
    from hostguard.ui import session as session_mod
    from hostguard.ui.settings import SettingsStore

    e = entry("a", "Wei", "1.0.1.1")
    age = e.geo.database.age_days()
    SettingsStore(settings).set("geoip/stale_warning_days", age + 30)
    window._start_session(
        lambda on_diff, on_status: session_mod.start_demo(on_diff, on_status, crowd=10, pool=2, join_rate=0.0, seed=3),
        "Starting the simulated event…",
    )
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    assert window.details.stale_days == age + 30
    window.details.show_entry(e)
    assert "consider updating" not in window.details.labels["database"].text()
    window.details.stale_days = 7
    window.details.show_entry(e)
    assert ("older than 7 days, consider updating" in window.details.labels["database"].text()) is (age > 7)
