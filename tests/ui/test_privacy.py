"""Issue 14, privacy kept from the window, against the real simulator, engine and SQLite: the
audit view exports what is kept about one person; "Forget this meeting…" offers an export,
closes the engine and deletes the meeting's outbox, audit and state."""

from __future__ import annotations

import csv
import json

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hostguard.core.rules import parse_rules
from hostguard.engine import kept_meetings, read_audit_rows
from hostguard.ui import session as session_mod

RULES = """
version = 1
max_action_share = 1.0

[[rule]]
name = "Waiting room for CN"
action = "waiting_room"
countries = ["CN"]
"""
WAIT = 60000


def connected(qtbot, window, sim, state, monkeypatch):
    monkeypatch.setenv("HOSTGUARD_TOKEN", sim.token)
    rs, _ = parse_rules(RULES, "rules.toml")
    window.show()
    window._start_session(
        lambda on_diff, on_status: session_mod.connect("reference", sim.url, sim.meeting_id, on_diff, on_status, ruleset=rs,
                                    state_dir=str(state)),
        "Connecting…",
    )
    qtbot.waitUntil(lambda: window.session is not None, timeout=WAIT)
    engine = window.session.engine
    qtbot.waitUntil(lambda: engine.status().ready, timeout=WAIT)
    result = engine.apply()
    assert result.queued > 0
    assert engine.wait_settled(timeout=WAIT / 1000)
    return engine, result


def test_the_audit_view_exports_one_persons_entries(qtbot, window, simulator, tmp_path, monkeypatch):
    sim = simulator(participants=120, seed=3)
    _engine, result = connected(qtbot, window, sim, tmp_path / "state", monkeypatch)
    window.open_audit()
    view = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "AuditView" and w.isVisible())
    qtbot.waitUntil(lambda: view.model.total_count > 0, timeout=WAIT)
    assert not view.person_button.isEnabled()  # nobody selected
    target = result.participant_ids[0]
    row = None
    # Select the target's row through the table, as a host would.
    for r in range(view.proxy.rowCount()):
        view.table.selectionModel().setCurrentIndex(
            view.proxy.index(r, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        if (view.selected_row() or {}).get("participant_id") == target:
            row = r
            break
    assert row is not None and view.person_button.isEnabled()
    out = tmp_path / "person.json"
    with qtbot.waitSignal(view.exported, timeout=WAIT):
        view.export_person(target, out, "json")
    got = json.loads(out.read_text(encoding="utf-8"))
    assert got and {g["participant_id"] for g in got} == {target}
    kept = [r for r in read_audit_rows(tmp_path / "state", target) if r["meeting_id"] == sim.meeting_id]
    assert len(got) == len(kept)
    assert any(g["action"] == "waiting_room" for g in got)
    view.close()


def test_forget_this_meeting_offers_an_export_then_deletes_its_state(qtbot, window, settings, simulator, tmp_path, monkeypatch):
    sim = simulator(participants=60, seed=3)
    state = tmp_path / "state"
    _engine, _result = connected(qtbot, window, sim, state, monkeypatch)
    assert window.forget_action.isEnabled()
    settings.setValue(window._enforce_key(window.session), True)
    assert ("reference", sim.meeting_id) in kept_meetings(state)

    # The dialog first: Cancel keeps everything.
    seen: list = []

    def cancel() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.objectName() == "forgetDialog" and w.isVisible():
                seen.append([b.text() for b in w.buttons()])
                w.button(QMessageBox.StandardButton.Cancel).click()
                return
        QTimer.singleShot(20, cancel)

    QTimer.singleShot(20, cancel)
    window.request_forget()
    assert seen and any("Export" in t for t in seen[0])
    assert window.session is not None and ("reference", sim.meeting_id) in kept_meetings(state)

    # Export, then forget: the engine is closed first, then the meeting's state is deleted.
    audit_copy = tmp_path / "audit.csv"
    with qtbot.waitSignal(window.forgotten, timeout=WAIT) as blocker:
        window.forget_current_meeting(export_to=str(audit_copy))
    ok, text = blocker.args
    assert ok, text
    assert "forgotten" in text
    with audit_copy.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and {r["meeting_id"] for r in rows} == {sim.meeting_id}
    assert ("reference", sim.meeting_id) not in kept_meetings(state)
    assert window.session is None and window.stack.currentWidget() is window.first_run
    assert settings.value(f"enforce/reference/{sim.meeting_id}") is None
    assert not window.forget_action.isEnabled()
