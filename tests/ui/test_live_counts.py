"""Issue 14, live counts, against the real simulator and engine: the rules list shows, per rule,
how many it matches now and how many it acted on (a report-only rule's count rises while nobody
is acted on by it); the Apply dialog says how many joined or left since it opened."""

from __future__ import annotations

import requests

from hostguard.core.rules import parse_rules
from hostguard.ui import session as session_mod
from hostguard.ui.apply_dialog import ApplyDialog
from hostguard.ui.main_window import RosterChangeCounter

RULES = """
version = 1
max_action_share = 1.0

[[rule]]
name = "Watch CN"
action = "remove"
mode = "report"
countries = ["CN"]

[[rule]]
name = "Waiting room for RU"
action = "waiting_room"
countries = ["RU"]
"""
WAIT = 60000


def join(sim, count: int, country: str) -> list[str]:
    r = requests.post(sim.url + "/_sim/join", json={"count": count, "country": country}, timeout=10)
    r.raise_for_status()
    return [p["id"] for p in r.json()["participants"]]


def leave(sim, pid: str) -> None:
    requests.post(sim.url + "/_sim/leave", json={"participant_id": pid}, timeout=10).raise_for_status()


def start(qtbot, window, sim, tmp_path, monkeypatch):
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
    # Everyone present at the start is on the window's roster before anything is counted.
    qtbot.waitUntil(lambda: window.model.rowCount() == len(sim.state()["participants"]), timeout=WAIT)
    return engine


def test_rules_list_counts_follow_the_meeting(qtbot, window, simulator, tmp_path, monkeypatch):
    sim = simulator(participants=5, seed=11)
    engine = start(qtbot, window, sim, tmp_path, monkeypatch)
    window.enforce_action.trigger()
    qtbot.waitUntil(lambda: engine.enforce_new_joiners, timeout=WAIT)
    window.tabs.setCurrentIndex(1)  # the counts follow while the rules are shown
    editor = window.rules_editor

    def live(name: str):
        return editor.live_counts().get(name)

    qtbot.waitUntil(lambda: live("Watch CN") is not None, timeout=WAIT)
    base_cn = live("Watch CN").matching_now
    base_ru = live("Waiting room for RU").acted_since_start
    others = join(sim, 30, "US")  # the burst guard sees ordinary joiners first
    qtbot.waitUntil(lambda: all(window.model.entry(i) is not None for i in others), timeout=WAIT)
    cn = join(sim, 4, "CN")
    ru = join(sim, 3, "RU")
    qtbot.waitUntil(lambda: live("Watch CN").matching_now == base_cn + 4, timeout=WAIT)
    qtbot.waitUntil(lambda: live("Waiting room for RU").acted_since_start == base_ru + 3, timeout=WAIT)
    count = live("Watch CN")
    assert count.report_only and count.acted_since_start == 0 and count.reported_since_start >= 4
    # Shown in the list, and nobody was acted on by the report-only rule.
    assert f"{base_cn + 4} match now" in editor.rule_list.item(0).text()
    assert "none acted on" in editor.rule_list.item(0).text()
    assert f"{base_ru + 3} acted on" in editor.rule_list.item(1).text()
    acted = {a["participant_id"] for a in sim.state()["actions"]}
    assert not acted & set(cn) and set(ru) <= acted


def test_the_apply_dialog_says_who_joined_or_left_since_it_opened(qtbot, window, simulator, tmp_path, monkeypatch):
    sim = simulator(participants=20, seed=11)
    start(qtbot, window, sim, tmp_path, monkeypatch)
    panel = window.preview_panel
    window.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(panel.previewReady, timeout=WAIT):
        panel.refresh()
    dlg = ApplyDialog(panel.result(), service="Reference service", parent=window)
    qtbot.addWidget(dlg)
    counter = RosterChangeCounter(window.model, dlg.note_changes)
    dlg.show()
    assert not dlg.changes_label.isVisible()
    new = join(sim, 5, "US")
    qtbot.waitUntil(lambda: counter.joined == 5, timeout=WAIT)
    leave(sim, new[0])
    leave(sim, new[1])
    qtbot.waitUntil(lambda: counter.left == 2, timeout=WAIT)
    assert dlg.changes_label.isVisible()
    assert "5 joined, 2 left" in dlg.changes_label.text()
    counter.close()
    dlg.close()


def test_the_preview_follows_the_meeting_and_keeps_opened_rules_open(qtbot, window, simulator, tmp_path, monkeypatch):
    sim = simulator(participants=10, seed=11)
    start(qtbot, window, sim, tmp_path, monkeypatch)
    panel = window.preview_panel
    window.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(panel.previewReady, timeout=WAIT):
        panel.refresh()
    before = panel.result().impact("Waiting room for RU").count
    row = next(r for r in range(panel.tree_model.rowCount())
               if panel.tree_model.item(r, 0).text() == "Waiting room for RU")
    panel.tree.expand(panel.tree_model.index(row, 0))
    join(sim, 3, "RU")  # no click: the preview is computed again within about a second
    qtbot.waitUntil(lambda: panel.result().impact("Waiting room for RU").count == before + 3, timeout=WAIT)
    assert panel.tree.isExpanded(panel.tree_model.index(row, 0))
    assert panel.result().impact("Watch CN").report_only
