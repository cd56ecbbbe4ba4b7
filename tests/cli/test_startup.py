"""The command line builds only the chosen subcommand's parser; what it shows stays the same."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hostguard.cli import SUBCOMMAND_HELP, SUBCOMMANDS, build_parser
from hostguard.cli.evaluate import _json_line, _row
from hostguard.core.geo import GeoResult, GeoStatus
from hostguard.core.participants import Participant
from hostguard.core.rules import Decision


def _subparser_help(parser: argparse.ArgumentParser) -> dict[str, str]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {c.dest: c.help for c in action._choices_actions}


def test_help_table_matches_each_modules_own_help():
    assert set(SUBCOMMAND_HELP) == set(SUBCOMMANDS)
    full = _subparser_help(build_parser())
    assert full == SUBCOMMAND_HELP
    for name in SUBCOMMANDS:
        lazy = build_parser([name, "--x"])
        assert _subparser_help(lazy) == SUBCOMMAND_HELP


def test_top_level_help_is_the_same_lazy_or_not():
    assert build_parser([]).format_help() == build_parser().format_help()


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_chosen_subcommand_is_built_in_full(name):
    lazy = build_parser(["-v", name])
    full = build_parser()
    sub_lazy = next(a for a in lazy._actions if isinstance(a, argparse._SubParsersAction)).choices[name]
    sub_full = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction)).choices[name]
    assert sub_lazy.format_help() == sub_full.format_help()


def test_startup_imports_only_the_chosen_subcommand():
    code = (
        "import sys\n"
        "from hostguard.cli import build_parser\n"
        "build_parser(['evaluate', '--help-not'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('hostguard.cli.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = set(eval(out))  # a list of names printed above
    assert "hostguard.cli.evaluate" in loaded
    assert not loaded & {"hostguard.cli.geoip", "hostguard.cli.credentials", "hostguard.cli.watch"}


def test_every_subcommand_module_still_imports():
    for name in SUBCOMMANDS:
        importlib.import_module(f"hostguard.cli.{name}")


_text = st.text(st.characters(codec="utf-8") | st.sampled_from('"\\\n\t\x00\u2028\ud800é中'), max_size=30)


@given(
    pid=_text,
    name=_text,
    email=_text,
    ip=_text,
    country=st.none() | _text,
    rule=st.none() | _text,
    reason=_text,
    exempt=st.booleans(),
    status=st.sampled_from(list(GeoStatus)),
    reported=st.lists(_text, max_size=3),
)
def test_json_line_is_exactly_json_dumps(pid, name, email, ip, country, rule, reason, exempt, status, reported):
    p = Participant(id=pid, name=name, email=email, role="attendee", ip=ip)
    geo = GeoResult(ip=ip, status=status, country=country, continent=country)
    d = Decision("flag", rule, reason, exempt=exempt, reported=tuple(reported))
    line = _json_line(p, geo, d)
    expected = json.dumps(_row(p, geo, d), ensure_ascii=False)
    # The same JSON value as json.dumps writes; byte for byte the same whenever that is free of
    # characters a terminal acts on, which the fast line escapes (\u007f, \u2028, \u202e...).
    assert json.loads(line) == json.loads(expected)
    assert line.isprintable()
    if expected.isprintable():
        assert line == expected
