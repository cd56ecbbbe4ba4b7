"""The rules editor keeps a rule's mode and time window (issue 14): opening a file with
report-only or scheduled rules and saving it gives the same rules back; the mode switches in one
click; the schedule is shown in words. Real widgets (offscreen), real files, core's loader."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from hostguard.core.rules import load_rules
from hostguard.ui.rules_editor import RulesEditor

LIVE = """
version = 1
default = "allow"
max_action_share = 0.25

[[rule]]
name = "Watch RU"
action = "remove"
mode = "report"
countries = ["RU"]

[[rule]]
name = "During the commemoration"
action = "waiting_room"
countries = ["CN"]
active_from = 2026-06-04T12:00:00+08:00
active_until = 2026-06-04T20:00:00+08:00

[[rule]]
name = "Flag unknown until the end"
action = "flag"
unknown = true
until = "meeting_end"
"""


def semantics(rs):
    return [(r.name, r.action, r.mode, r.active_from, r.active_until, r.until_meeting_end, r.enabled,
             r.countries, r.unknown) for r in rs.rules]


def test_opening_and_saving_keeps_report_only_and_schedules(qtbot, tmp_path):
    src = tmp_path / "live.toml"
    src.write_text(LIVE, encoding="utf-8")
    original, _ = load_rules(src)
    ed = RulesEditor()
    qtbot.addWidget(ed)
    assert ed.import_file(src)
    # Touch each rule through the form (an edit rebuilds the rule from the fields).
    for i in range(3):
        ed.select_rule(i)
        ed.name_edit.setText(ed.name_edit.text() + " ")
        ed.name_edit.textEdited.emit(ed.name_edit.text())
        ed.name_edit.setText(ed.name_edit.text().rstrip())
        ed.name_edit.textEdited.emit(ed.name_edit.text())
    out = tmp_path / "saved.toml"
    assert ed.export_file(out), ed.errors()
    again, _warnings = load_rules(out)
    assert semantics(again) == semantics(original)
    assert again.rules[0].mode == "report"
    assert again.rules[1].active_from == dt.datetime(2026, 6, 4, 12, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert again.rules[2].until_meeting_end


def test_mode_switches_in_one_click_and_schedule_is_shown(qtbot, tmp_path):
    src = tmp_path / "live.toml"
    src.write_text(LIVE, encoding="utf-8")
    ed = RulesEditor()
    qtbot.addWidget(ed)
    ed.clock = lambda: dt.datetime(2026, 6, 4, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert ed.import_file(src)
    ed.show()
    ed.select_rule(0)
    assert ed.report_box.isChecked()
    assert "report only" in ed.rule_list.item(0).text()
    qtbot.mouseClick(ed.report_box, Qt.MouseButton.LeftButton)
    assert ed.ruleset().rules[0].mode == "enforce"
    assert "report only" not in ed.rule_list.item(0).text()
    qtbot.mouseClick(ed.report_box, Qt.MouseButton.LeftButton)
    assert ed.ruleset().rules[0].mode == "report"

    ed.select_rule(1)
    ed.refresh_schedule_texts()
    assert ed.schedule_label.text() == "inactive until 12:00"
    assert "inactive until 12:00" in ed.rule_list.item(1).text()
    # An edit of the window is validated like every other key.
    ed.active_until_edit.setText("tomorrow")
    ed.active_until_edit.textEdited.emit("tomorrow")
    assert not ed.is_valid()
    assert "active_until" in ed.field_error("active_until") or "RFC 3339" in ed.field_error("active_until")
    ed.active_until_edit.setText("2026-06-04T21:00:00+08:00")
    ed.active_until_edit.textEdited.emit("2026-06-04T21:00:00+08:00")
    assert ed.is_valid(), ed.errors()
    assert ed.ruleset().rules[1].active_until.hour == 21

    ed.select_rule(2)
    assert ed.until_end_box.isChecked()
    assert ed.schedule_label.text() == "active until the meeting ends"
    ed.until_end_box.setChecked(False)
    assert ed.ruleset().rules[2].until_meeting_end is False


PREVIEW_RULES = """
version = 1
max_action_share = 1.0

[[rule]]
name = "Watch CN"
action = "remove"
mode = "report"
countries = ["CN"]

[[rule]]
name = "Waiting room for CN later"
action = "waiting_room"
countries = ["CN"]
active_from = 2026-06-04T12:00:00+08:00

[[rule]]
name = "Flag US"
action = "flag"
countries = ["US"]
"""


def test_preview_shows_report_only_rules_apart_and_rule_windows(qtbot):
    from hostguard.core.rules import parse_rules
    from hostguard.engine import plan
    from hostguard.ui.preview import PreviewPanel, compute_preview, impact_text
    from tests.ui.test_editor_preview import CN, US, entry

    rs = parse_rules(PREVIEW_RULES)[0]
    people = [entry("c1", CN), entry("c2", CN), entry("u1", US)]
    before = dt.datetime(2026, 6, 4, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    r = compute_preview((), rs, plan(people, rs, now=before), now=before)
    watch = r.impact("Watch CN")
    assert watch.report_only and watch.count == 2 and {p.id for p in watch.people} == {"c1", "c2"}
    assert watch.label == "Watch CN (report only)"
    assert impact_text(watch) == "2 match, nobody acted on"
    later = r.impact("Waiting room for CN later")
    assert later.count == 0 and later.label == "Waiting room for CN later — inactive until 12:00"
    assert r.to_send == {}  # the report-only rule acts on nobody; the other is not active yet
    # Once the window opens, the enforcing rule below the report-only one decides.
    after = before + dt.timedelta(hours=3)
    r2 = compute_preview((), rs, plan(people, rs, now=after), now=after)
    assert r2.impact("Watch CN").count == 2
    assert r2.to_send == {"waiting_room": 2}
    panel = PreviewPanel()
    qtbot.addWidget(panel)
    panel._show(r)
    labels = [panel.tree_model.item(i, 0).text() for i in range(panel.tree_model.rowCount())]
    assert "Watch CN (report only)" in labels
