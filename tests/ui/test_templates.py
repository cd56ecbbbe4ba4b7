"""Issue 14, templates for a first rule set: each named starting point is a valid rules file under
resources/templates/ (core's loader, no errors; the Tor one warns without an Anonymous-IP
database), shipped in the package, and reachable from the editor's "Start from template…"."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hostguard.core.rules import load_rules
from hostguard.ui.rules_editor import TEMPLATES, RulesEditor, template_path

ROOT = Path(__file__).resolve().parents[2]


def test_the_three_named_templates_exist():
    assert [title for _k, title in TEMPLATES] == [
        "Waiting room for unknown locations",
        "Only invited countries, unknown flagged",
        "Block Tor exits (needs an Anonymous-IP database)",
    ]


@pytest.mark.parametrize("key", [k for k, _ in TEMPLATES])
def test_each_template_loads_with_the_rules_loader(key):
    path = template_path(key)
    assert path.is_file()
    rs, warnings = load_rules(path, capabilities={"country"})
    assert rs.rules
    if key == "block-tor":
        assert len(warnings) == 1 and "Anonymous-IP database" in warnings[0]
        assert rs.rules[0].anonymizers == frozenset({"tor"}) and rs.rules[0].report_only
    else:
        assert warnings == []
    _rs, full = load_rules(path, capabilities={"country", "anonymizers", "asns", "regions"})
    assert full == []


def test_templates_are_package_data():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "templates/*" in data["tool"]["setuptools"]["package-data"]["hostguard.resources"]


def test_the_editor_starts_from_a_template_without_writing_it(qtbot, tmp_path):
    ed = RulesEditor()
    qtbot.addWidget(ed)
    titles = [a.text() for a in ed.template_menu.actions()]
    assert titles == [t for _k, t in TEMPLATES]
    before = template_path("invited-countries").read_bytes()
    ed.template_menu.actions()[1].trigger()
    assert ed.is_valid() and ed.is_modified()
    assert [r.name for r in ed.ruleset().rules] == ["Flag unknown locations", "Waiting room outside the invited countries"]
    assert "Only invited countries" in ed.import_label.text()
    assert ed.source() == ""  # export asks where: the template file is never the target
    assert template_path("invited-countries").read_bytes() == before
    out = tmp_path / "mine.toml"
    assert ed.export_file(out)
    assert [r.name for r in load_rules(out)[0].rules] == [r.name for r in ed.ruleset().rules]
