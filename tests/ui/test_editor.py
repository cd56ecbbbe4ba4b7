"""The rules editor and the country picker: the CLI's own messages, files the CLI reads, and
keyboard use. Real Qt widgets (offscreen), real files, the real CLI."""

from __future__ import annotations

import dataclasses
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from hostguard.cli import main as cli_main
from hostguard.core.rules import RuleIssue, RulesError, load_rules, parse_rules, ruleset_from_dict
from hostguard.ui.country_picker import CountryPicker
from hostguard.ui.rules_editor import RulesEditor

BASE = """
version = 1
default = "allow"
max_action_share = 0.25

[[rule]]
name = "Waiting room for CN"
action = "waiting_room"
countries = ["CN"]

[[rule]]
name = "Flag unknown"
action = "flag"
unknown = true
"""


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    """Replace the field's text the way a person does (select all, type)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


@pytest.fixture
def rules_file(tmp_path):
    p = tmp_path / "rules.toml"
    p.write_text(BASE, encoding="utf-8")
    return p


@pytest.fixture
def editor(qtbot, rules_file):
    ed = RulesEditor()
    qtbot.addWidget(ed)
    assert ed.import_file(rules_file)
    return ed


def cli_errors(tmp_path, capsys, toml: str, name: str = "check.toml") -> tuple[str, str]:
    """Run `hostguard evaluate` on a rules file; return (path, stderr)."""
    rules = tmp_path / name
    rules.write_text(toml, encoding="utf-8")
    people = tmp_path / "people.json"
    people.write_text(json.dumps([{"id": "1", "ip": "8.8.8.8"}]), encoding="utf-8")
    code = cli_main(["evaluate", "--rules", str(rules), "--participants", str(people)])
    err = capsys.readouterr().err
    assert code == 2, err
    return str(rules), err


def test_unknown_country_shows_the_cli_message(qtbot, editor, tmp_path, capsys, rules_file):
    editor.select_rule(0)
    with qtbot.waitSignal(editor.validityChanged) as valid:
        type_into(qtbot, editor.countries_edit, "CN, XX")
    assert valid.args == [False]
    assert editor.ruleset() is None

    # The same rules written by hand and checked by the CLI: the same words, file name included.
    toml = BASE.replace('countries = ["CN"]', 'countries = ["CN", "XX"]')
    rules_file.write_text(toml, encoding="utf-8")
    _, err = cli_errors(tmp_path, capsys, toml, name=rules_file.name)
    assert editor.errors(), "the editor shows no error"
    for msg in editor.errors():
        assert msg in err
    assert editor.errors() == [
        f"{rules_file}: rule 'Waiting room for CN' (#1): key 'countries': invalid country code(s) 'XX' "
        '(ISO 3166-1 alpha-2, e.g. "CN")'
    ]
    # Shown next to the field it names, and on the rule in the list.
    assert editor.field_error("countries") == editor.errors()[0]
    assert editor.rule_list.item(0).toolTip() == editor.errors()[0]
    assert editor.error_list.count() == 1


def test_duplicate_name_shows_the_cli_message(qtbot, editor, tmp_path, capsys, rules_file):
    editor.select_rule(1)
    type_into(qtbot, editor.name_edit, "Waiting room for CN")
    toml = BASE.replace('name = "Flag unknown"', 'name = "Waiting room for CN"')
    _, err = cli_errors(tmp_path, capsys, toml, name=rules_file.name)
    expected = f"{rules_file}: rule 'Waiting room for CN' (#2): key 'name': duplicate name (also rule #1)"
    assert editor.errors() == [expected]
    assert expected in err
    assert editor.field_error("name") == expected
    editor.select_rule(0)
    assert editor.field_error("name") == ""  # rule #1 itself is fine


def test_rule_without_condition_shows_the_cli_message(qtbot, editor, tmp_path, capsys, rules_file):
    editor.add_rule()
    assert editor.rule_count() == 3
    assert editor.current_index() == 2
    toml = BASE + '\n[[rule]]\nname = "Rule 1"\naction = "waiting_room"\n'
    _, err = cli_errors(tmp_path, capsys, toml, name=rules_file.name)
    (msg,) = editor.errors()
    assert msg in err
    assert msg.startswith(f"{rules_file}: rule 'Rule 1' (#3): no condition (give at least one of countries")
    assert editor.field_error("rule") == msg
    # Giving it a condition fixes it; the editor emits the valid rule set.
    with qtbot.waitSignal(editor.rulesetChanged) as changed:
        editor.roles_group.boxes["attendee"].click()
    assert editor.errors() == []
    rs = changed.args[0]
    assert rs.rules[2].roles == frozenset({"attendee"})


def test_every_error_is_listed_and_located(qtbot, editor):
    editor.select_rule(0)
    type_into(qtbot, editor.countries_edit, "XX")
    editor.select_rule(1)
    editor.advanced_toggle.setChecked(True)
    type_into(qtbot, editor.networks_edit, "10.0.0.0/33")
    type_into(qtbot, editor.asns_edit, "AS13335, cloudflare")
    errs = editor.errors()
    assert len(errs) == 3
    assert located(editor) == [(1, "countries"), (2, "asns"), (2, "networks")]
    assert "bad CIDR '10.0.0.0/33'" in editor.field_error("networks")
    assert "expected a non-empty list of AS numbers" in editor.field_error("asns")
    assert editor.error_list.count() == 3


def located(editor) -> list[tuple[int | None, str | None]]:
    """Where each line of the problem list points (rule position, key)."""
    return [editor.error_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.error_list.count())]


def test_rewording_every_message_moves_no_highlight(qtbot, editor, monkeypatch):
    """The editor places a problem from its fields (rule, key), never from its words: with every
    rules message reworded to one sentence that names nothing, each still lands on its field. A
    rule name that looks like a location ("rule #1 (#1): key 'asns'") misleads nothing either."""
    monkeypatch.setattr(RuleIssue, "__str__", lambda self: "Something here needs attention.")
    editor.select_rule(1)
    type_into(qtbot, editor.name_edit, "rule #1 (#1): key 'asns'")
    editor.select_rule(0)
    type_into(qtbot, editor.countries_edit, "XX")
    editor.select_rule(1)
    editor.advanced_toggle.setChecked(True)
    type_into(qtbot, editor.asns_edit, "cloudflare")
    assert editor.errors() == ["Something here needs attention."] * 2
    assert located(editor) == [(1, "countries"), (2, "asns")]
    assert editor.field_error("asns") == "Something here needs attention."
    assert editor.field_error("name") == ""
    assert editor.field_error("countries") == ""  # rule #1's problem is not shown on rule #2
    editor.select_rule(0)
    assert editor.field_error("countries") == "Something here needs attention."
    assert editor.field_error("asns") == ""
    assert editor.rule_list.item(0).toolTip() == "Something here needs attention."
    assert editor.rule_list.item(1).toolTip() == "Something here needs attention."
    # A warning (a condition that needs a database nobody configured) is placed the same way.
    type_into(qtbot, editor.countries_edit, "CN")
    editor.select_rule(1)
    type_into(qtbot, editor.asns_edit, "13335")
    editor.set_capabilities(["country"])
    assert editor.errors() == []
    assert editor.warnings() == ["Something here needs attention."]
    assert located(editor) == [(2, "asns")]
    assert editor.field_error("asns") == "Something here needs attention."


def test_file_level_problems_are_fields_too(qtbot, editor):
    """A problem in [exempt] names its table and key as fields; the sentence is the CLI's."""
    data = editor.to_dict()
    data["exempt"] = {"roles": ["host"], "emails": ["  "]}
    with pytest.raises(RulesError) as exc:
        ruleset_from_dict(data, "rules.toml")
    (issue,) = exc.value.issues
    assert (issue.source, issue.section, issue.key, issue.rule) == ("rules.toml", "exempt", "emails", None)
    assert str(issue) == "rules.toml: [exempt]: key 'emails': empty pattern"


def test_export_is_what_the_cli_reads(qtbot, editor, tmp_path):
    """Build rules through the widgets, export, and read them back with the CLI's loader."""
    editor.add_rule()
    type_into(qtbot, editor.name_edit, "Remove outside allow-list")
    editor.action_combo.setCurrentIndex(editor.action_combo.findData("remove"))
    type_into(qtbot, editor.not_countries_edit, "us, ca")
    editor.roles_group.boxes["attendee"].click()
    editor.roles_group.boxes["panelist"].click()
    editor.advanced_toggle.setChecked(True)
    type_into(qtbot, editor.networks_edit, "203.0.113.0/24, 2001:db8::/32")
    editor.add_rule()
    type_into(qtbot, editor.name_edit, "Block Asia, unknown \"quoted\"")
    editor.action_combo.setCurrentIndex(editor.action_combo.findData("block"))
    editor.continents_group.boxes["AS"].click()
    editor.unknown_combo.setCurrentIndex(2)  # country known
    editor.enabled_box.click()  # disabled
    type_into(qtbot, editor.asns_edit, "AS13335 15169")
    editor.default_combo.setCurrentIndex(editor.default_combo.findData("flag"))
    editor.share_spin.setValue(33.3)
    type_into(qtbot, editor.exempt_emails_edit, "*@example.org, chair@example.com")
    editor.exempt_roles_group.boxes["panelist"].click()
    # Reorder: the last rule goes first.
    editor.select_rule(3)
    editor.move_rule(-1)
    editor.move_rule(-1)
    editor.move_rule(-1)
    assert editor.current_index() == 0
    assert editor.errors() == []
    rs = editor.ruleset()
    assert rs is not None

    out = tmp_path / "out" / "exported.toml"
    out.parent.mkdir()
    assert editor.export_file(out)
    loaded, _ = load_rules(out)
    assert dataclasses.replace(loaded, source="") == dataclasses.replace(rs, source="")
    assert loaded.to_toml() == out.read_text(encoding="utf-8")
    assert [r.name for r in loaded.rules] == [
        'Block Asia, unknown "quoted"', "Waiting room for CN", "Flag unknown", "Remove outside allow-list"]
    first = loaded.rules[0]
    assert (first.enabled, first.continents, first.unknown, first.asns) == (
        False, frozenset({"AS"}), False, frozenset({13335, 15169}))
    assert loaded.rules[3].not_countries == frozenset({"US", "CA"})
    assert loaded.default == "flag" and loaded.max_action_share == 0.333
    assert loaded.exempt.emails == ("*@example.org", "chair@example.com")
    assert loaded.exempt.roles == frozenset({"host", "co-host", "panelist"})
    # The asns condition needs an ASN database: the CLI's load-time warning, shown as such.
    assert editor.warnings() == []
    editor.set_capabilities({"country"})
    assert any("key 'asns': needs an ASN database" in w for w in editor.warnings())

    # Importing the exported file again gives the same rules and nothing marked as modified.
    again = RulesEditor()
    qtbot.addWidget(again)
    assert again.import_file(out)
    assert again.ruleset() == loaded
    assert not again.is_modified()


def test_import_with_errors_shows_all_and_keeps_the_current_rules(qtbot, editor, tmp_path):
    before = editor.ruleset()
    assert before is not None
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'version = 1\nmax_action_share = 2\n[[rule]]\nname = "a"\naction = "kick"\ncountries = ["ZZ"]\n'
        '[[rule]]\nname = "a"\naction = "flag"\n',
        encoding="utf-8",
    )
    with pytest.raises(RulesError) as cli:
        load_rules(bad)
    assert len(cli.value.errors) >= 4
    assert not editor.import_file(bad)
    assert editor.import_errors_shown() == cli.value.errors
    assert editor.import_banner.isVisibleTo(editor)
    assert "was not imported" in editor.import_label.text()
    assert editor.ruleset() == before
    assert editor.rule_count() == 2

    broken = tmp_path / "broken.toml"
    broken.write_text("version = 1\n[[rule]\n", encoding="utf-8")
    assert not editor.import_file(broken)
    assert editor.import_errors_shown()[0].startswith(f"{broken}: invalid TOML")
    assert editor.ruleset() == before


def test_export_refused_while_invalid(qtbot, editor, tmp_path):
    editor.add_rule()  # no condition yet
    target = tmp_path / "x.toml"
    assert not editor.export_file(target)
    assert not target.exists()
    assert "Fix the problems" in editor.status_label.text()


def test_keyboard_reorder_delete_and_enable(qtbot, editor):
    editor.select_rule(0)
    editor.rule_list.setFocus()
    qtbot.keyClick(editor.rule_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [r.name for r in editor.ruleset().rules] == ["Flag unknown", "Waiting room for CN"]
    assert editor.current_index() == 1
    qtbot.keyClick(editor.rule_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [r.name for r in editor.ruleset().rules] == ["Waiting room for CN", "Flag unknown"]
    # The list's check box disables a rule (Space toggles it).
    editor.select_rule(1)
    editor.rule_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert editor.ruleset().rules[1].enabled is False
    assert not editor.enabled_box.isChecked()
    qtbot.keyClick(editor.rule_list, Qt.Key.Key_Delete)
    assert [r.name for r in editor.ruleset().rules] == ["Waiting room for CN"]
    assert editor.is_modified()


def test_controls_have_accessible_names(qtbot, editor):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QListWidget

    missing = [
        w.objectName() or type(w).__name__
        for w in editor.findChildren(QLineEdit) + editor.findChildren(QComboBox)
        + editor.findChildren(QAbstractButton) + editor.findChildren(QListWidget)
        if not w.accessibleName() and not (hasattr(w, "text") and w.text())
        and w.parent() is not None and not isinstance(w.parent(), QComboBox)
    ]
    assert missing == []


def test_set_ruleset_round_trip_unchanged(qtbot):
    rs, _ = parse_rules(BASE + '\n[exempt]\nroles = ["host"]\nemails = ["*@x.org"]\n'.replace("[exempt]", "[exempt]"),
                        source="")
    ed = RulesEditor(rs)
    qtbot.addWidget(ed)
    assert ed.ruleset() == rs
    assert ed.to_toml() == rs.to_toml()


# ---- the country picker ---------------------------------------------------------------------
def test_country_picker_search_by_name_and_code(qtbot):
    picker = CountryPicker()
    qtbot.addWidget(picker)
    picker.set_query("germ")
    assert picker.visible_codes() == ["DE"]
    picker.set_query("de")
    codes = picker.visible_codes()
    assert codes[0] == "DE"  # the exact code first
    assert "BD" in codes  # "Bangladesh" contains "de"
    picker.set_query("CN")
    assert picker.visible_codes()[0] == "CN"
    picker.set_query("united")
    assert {"US", "GB", "AE"} <= set(picker.visible_codes())
    picker.set_query("zzzz")
    assert picker.visible_codes() == []


def test_country_picker_multi_select_by_keyboard(qtbot):
    picker = CountryPicker(["hk"])
    qtbot.addWidget(picker)
    assert picker.selected() == ["HK"]
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "china")
    with qtbot.waitSignal(picker.selectionChanged) as sig:
        qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # into the list, first match current
        qtbot.keyClick(picker.view, Qt.Key.Key_Return)  # Enter toggles it
    assert sig.args == [["CN", "HK"]]
    assert "CN, HK" in picker.summary.text()
    picker.only_selected.setChecked(True)
    picker.set_query("")
    assert picker.visible_codes() == ["CN", "HK"]
    # Flags are shown with the names.
    assert "🇨🇳" in picker.view.model().index(0, 0).data()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, when the dialog shows
def test_choose_countries_in_the_picker_dialog(qtbot, editor):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    editor.select_rule(0)
    type_into(qtbot, editor.countries_edit, "CN, XX")
    seen = []

    def pick() -> None:
        dlg = QApplication.activeModalWidget()
        seen.append(dlg.picker.selected())
        qtbot.keyClicks(dlg.picker.search, "hong")
        qtbot.keyClick(dlg.picker.search, Qt.Key.Key_Down)
        qtbot.keyClick(dlg.picker.view, Qt.Key.Key_Return)
        dlg.accept()

    QTimer.singleShot(0, pick)
    editor.findChild(QPushButton, "pick_countries").click()
    assert seen == [["CN"]]
    # The picked country is added; the code the picker does not know stays, with its error.
    assert editor.countries_edit.text() == "CN, HK, XX"
    assert "invalid country code(s) 'XX'" in editor.field_error("countries")
