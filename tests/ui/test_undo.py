"""Issue 14, undo from the window, against the real simulator and engine: the Apply dialog names
what cannot be undone; "Undo last apply" lists what it will undo and what it cannot, and admits
everyone the last apply sent to the waiting room (simulator ground truth)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hostguard.core.rules import parse_rules
from hostguard.ui import session as session_mod

RULES = """
version = 1
max_action_share = 1.0

[[rule]]
name = "Waiting room for CN"
action = "waiting_room"
countries = ["CN"]

[[rule]]
name = "Remove IR"
action = "remove"
countries = ["IR"]
"""
WAIT = 60000


def click_when_shown(kind: str, button: str, seen: list) -> None:
    """Press ``button`` of the first visible dialog of class ``kind`` (a modal's exec blocks)."""

    def go() -> None:
        for w in QApplication.topLevelWidgets():
            if type(w).__name__ == kind and w.isVisible():
                seen.append(w)
                getattr(w, button).click()
                return
        QTimer.singleShot(20, go)

    QTimer.singleShot(20, go)


def test_undo_admits_everyone_the_last_apply_sent_to_the_waiting_room(qtbot, window, simulator, tmp_path, monkeypatch):
    sim = simulator(participants=200, seed=3)
    monkeypatch.setenv("HOSTGUARD_TOKEN", sim.token)
    rs, _ = parse_rules(RULES, "rules.toml")
    window.show()
    window._start_session(
        lambda on_diff, on_status: session_mod.connect("reference", sim.url, sim.meeting_id, on_diff, on_status, ruleset=rs,
                                    state_dir=str(tmp_path / "state")),
        "Connecting…",
    )
    qtbot.waitUntil(lambda: window.session is not None, timeout=WAIT)
    engine = window.session.engine
    qtbot.waitUntil(lambda: engine.status().ready, timeout=WAIT)
    assert not window.undo_action.isEnabled()  # nothing applied yet
    assert window.undo_action in window.main_toolbar.actions()

    panel = window.preview_panel
    window.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(panel.previewReady, timeout=WAIT):
        panel.refresh()
    result = panel.result()
    assert result.to_send.get("waiting_room") and result.to_send.get("remove")
    seen: list = []
    click_when_shown("ApplyDialog", "apply_button", seen)
    window.request_apply()
    assert seen
    # The Apply dialog named what cannot be undone: the removals, not the waiting room.
    assert set(seen[0].undo_limits) == {"remove"}
    assert "cannot be undone" in seen[0].undo_label.text()
    qtbot.waitUntil(window.undo_action.isEnabled, timeout=WAIT)
    assert engine.wait_settled(timeout=WAIT / 1000)

    truth = sim.state()
    moved = {a["participant_id"] for a in truth["actions"] if a["action"] == "waiting_room"}
    removed = {a["participant_id"] for a in truth["actions"] if a["action"] == "remove"}
    assert moved and removed
    assert all(p["status"] == "waiting" for p in truth["participants"] if p["id"] in moved)

    dialogs: list = []
    click_when_shown("UndoDialog", "undo_button", dialogs)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=WAIT)
    dlg = dialogs[0]
    assert dlg.undo_list.count() == len(moved)
    assert dlg.cannot_list.count() == len(removed)
    assert all("removal cannot be undone" in dlg.cannot_list.item(i).text() for i in range(dlg.cannot_list.count()))

    def all_admitted() -> bool:
        status = {p["id"]: p["status"] for p in sim.state()["participants"]}
        return all(status.get(i) == "joined" for i in moved)

    qtbot.waitUntil(all_admitted, timeout=WAIT)
    admits = {a["participant_id"] for a in sim.state()["actions"] if a["action"] == "admit"}
    assert admits == moved
    qtbot.waitUntil(lambda: not window.undo_action.isEnabled(), timeout=WAIT)  # undone once
