"""The rules file: every error the README's "Rules" section lists (with file, rule and key, all at once), and to_toml."""

from __future__ import annotations

import pytest

from hostguard.core.rules import RulesError, load_rules, parse_rules
from tests.core.support import rule


@pytest.fixture
def write(tmp_path):
    def _write(text: str, name: str = "rules.toml", encoding: str = "utf-8"):
        path = tmp_path / name
        path.write_text(text, encoding)
        return path

    return _write


def errors_of(path) -> list[str]:
    with pytest.raises(RulesError) as exc:
        load_rules(path)
    assert exc.value.errors, "RulesError without errors"
    assert str(exc.value) == "\n".join(exc.value.errors)
    return exc.value.errors


def only_error(path) -> str:
    errs = errors_of(path)
    assert len(errs) == 1, errs
    assert errs[0].startswith(f"{path}: "), errs[0]
    return errs[0]


# -- one error each: names the file, the rule (name and position) and the key ----------------
@pytest.mark.parametrize(
    ("body", "needles"),
    [
        # a rule with no condition
        ('[[rule]]\nname = "bare"\naction = "block"\n', ["rule 'bare' (#1)", "no condition"]),
        (
            '[[rule]]\nname = "off"\naction = "block"\nenabled = false\n',
            ["rule 'off' (#1)", "no condition"],
        ),
        # an unknown key (with a suggestion for a typo)
        (
            '[[rule]]\nname = "typo"\naction = "block"\nroles = ["attendee"]\ncountry = ["CN"]\n',
            ["rule 'typo' (#1)", "key 'country'", "unknown key", "did you mean 'countries'"],
        ),
        # an unknown action
        (
            '[[rule]]\nname = "kick"\naction = "kick"\ncountries = ["CN"]\n',
            ["rule 'kick' (#1)", "key 'action'", "unknown action 'kick'"],
        ),
        (
            '[[rule]]\nname = "no action"\ncountries = ["CN"]\n',
            ["rule 'no action' (#1)", "key 'action'", "missing"],
        ),
        # invalid country / continent codes
        (
            '[[rule]]\nname = "uk"\naction = "block"\ncountries = ["UK"]\n',
            ["rule 'uk' (#1)", "key 'countries'", "'UK'"],
        ),
        (
            '[[rule]]\nname = "allow"\naction = "allow"\nnot_countries = ["US", "USA"]\n',
            ["rule 'allow' (#1)", "key 'not_countries'", "'USA'"],
        ),
        (
            '[[rule]]\nname = "eu"\naction = "flag"\ncontinents = ["EUR"]\n',
            ["rule 'eu' (#1)", "key 'continents'", "'EUR'"],
        ),
        (
            '[[rule]]\nname = "reg"\naction = "flag"\nregions = ["California"]\n',
            ["rule 'reg' (#1)", "key 'regions'", "'California'"],
        ),
        # a bad CIDR
        (
            '[[rule]]\nname = "net"\naction = "flag"\nnetworks = ["203.0.113.0/33"]\n',
            ["rule 'net' (#1)", "key 'networks'", "bad CIDR '203.0.113.0/33'"],
        ),
        (
            '[[rule]]\nname = "net"\naction = "flag"\nnetworks = ["example.com"]\n',
            ["rule 'net' (#1)", "key 'networks'", "'example.com'"],
        ),
        # other value errors
        (
            '[[rule]]\nname = "s"\naction = "flag"\ncountries = "CN"\n',
            ["rule 's' (#1)", "key 'countries'", "expected a list"],
        ),
        (
            '[[rule]]\nname = "e"\naction = "flag"\ncountries = []\n',
            ["rule 'e' (#1)", "key 'countries'", "empty list"],
        ),
        (
            '[[rule]]\nname = "a"\naction = "flag"\nasns = ["AS13335"]\n',
            ["rule 'a' (#1)", "key 'asns'"],
        ),
        ('[[rule]]\nname = "a"\naction = "flag"\nasns = [0]\n', ["rule 'a' (#1)", "key 'asns'"]),
        (
            '[[rule]]\nname = "v"\naction = "flag"\nanonymizers = ["icloud"]\n',
            ["rule 'v' (#1)", "key 'anonymizers'", "'icloud'"],
        ),
        (
            '[[rule]]\nname = "u"\naction = "flag"\nunknown = "yes"\n',
            ["rule 'u' (#1)", "key 'unknown'"],
        ),
        (
            '[[rule]]\nname = "r"\naction = "flag"\nroles = ["guest"]\n',
            ["rule 'r' (#1)", "key 'roles'", "'guest'"],
        ),
        (
            '[[rule]]\nname = "en"\naction = "flag"\nunknown = true\nenabled = "no"\n',
            ["rule 'en' (#1)", "key 'enabled'"],
        ),
        # names
        ('[[rule]]\naction = "flag"\nunknown = true\n', ["rule #1", "key 'name'", "missing"]),
        ('[[rule]]\nname = ""\naction = "flag"\nunknown = true\n', ["rule #1", "key 'name'"]),
    ],
)
def test_each_rule_error_names_file_rule_and_key(write, body, needles):
    path = write("version = 1\n" + body)
    msg = only_error(path)
    for needle in needles:
        assert needle in msg, (needle, msg)


def test_duplicate_name_names_both_positions(write):
    path = write(
        "version = 1\n"
        + rule("flag", name="A", countries=["CN"])
        + rule("flag", name="B", countries=["RU"])
        + rule("block", name="A", countries=["IR"])
    )
    msg = only_error(path)
    assert "rule 'A' (#3)" in msg and "key 'name'" in msg and "duplicate" in msg and "#1" in msg


@pytest.mark.parametrize(
    ("top", "needles"),
    [
        ("", ["key 'version'", "missing"]),
        ("version = 2\n", ["key 'version'", "unsupported version 2"]),
        ('version = "1"\n', ["key 'version'"]),
        ("version = true\n", ["key 'version'"]),
        ('version = 1\ndefault = "deny"\n', ["key 'default'", "unknown action 'deny'"]),
        ("version = 1\nmax_action_share = 1.5\n", ["key 'max_action_share'", "1.5"]),
        ("version = 1\nmax_action_share = -0.1\n", ["key 'max_action_share'"]),
        ('version = 1\nmax_action_share = "25%"\n', ["key 'max_action_share'", "'25%'"]),
        ("version = 1\nmax_action_share = nan\n", ["key 'max_action_share'"]),
        ("version = 1\nmax_action_share = true\n", ["key 'max_action_share'"]),
        ("version = 1\ncolour = 'red'\n", ["key 'colour'", "unknown key"]),
        ('version = 1\n[exempt]\nroles = ["boss"]\n', ["[exempt]", "key 'roles'", "'boss'"]),
        ('version = 1\n[exempt]\nroles = "host"\n', ["[exempt]", "key 'roles'", "expected a list"]),
        ('version = 1\n[exempt]\nemails = [""]\n', ["[exempt]", "key 'emails'", "empty pattern"]),
        ('version = 1\n[exempt]\nips = ["1.2.3.4"]\n', ["[exempt]", "key 'ips'", "unknown key"]),
        ('version = 1\nexempt = "host"\n', ["key 'exempt'"]),
        (
            'version = 1\n[rule]\nname = "x"\naction = "flag"\nunknown = true\n',
            ["key 'rule'", "[[rule]]"],
        ),
    ],
)
def test_top_level_errors(write, top, needles):
    path = write(top)
    msg = only_error(path)
    for needle in needles:
        assert needle in msg, (needle, msg)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('version = 1\n[[rule]]\nname = "x\naction = "flag"\n', "line 3"),
        ("version = 1\ndefault = allow\n", "line 2"),
        ('version = 1\n[[rule]]\nname = "a"\nname = "b"\n', "line 4"),
    ],
)
def test_toml_syntax_error_names_file_and_line(write, text, line):
    path = write(text)
    msg = only_error(path)
    assert "invalid TOML" in msg and line in msg


def test_all_errors_reported_at_once(write):
    path = write(
        "version = 3\n"
        'default = "deny"\n'
        "max_action_share = 2\n"
        "[exempt]\n"
        'roles = ["boss"]\n'
        + rule("kick", name="first", countries=["CN"])
        + rule("block", name="second", countries=["XX"])
        + '[[rule]]\nname = "third"\naction = "flag"\n'
        + rule("flag", name="first", networks=["10.0.0.0/40"])
        + '[[rule]]\nname = "fifth"\naction = "flag"\nunknown = true\nbogus = 1\n'
        + rule("flag", name="sixth", continents=["XX"])
    )
    errs = errors_of(path)
    assert all(e.startswith(f"{path}: ") for e in errs)
    joined = "\n".join(errs)
    for needle in (
        "key 'version'",
        "key 'default'",
        "key 'max_action_share'",
        "[exempt]: key 'roles'",
        "rule 'first' (#1): key 'action'",
        "rule 'second' (#2): key 'countries'",
        "rule 'third' (#3): no condition",
        "rule 'first' (#4): key 'name': duplicate",
        "rule 'first' (#4): key 'networks'",
        "rule 'fifth' (#5): key 'bogus'",
        "rule 'sixth' (#6): key 'continents'",
    ):
        assert needle in joined, needle
    assert len(errs) == 11


def test_one_rule_with_several_errors_reports_each(write):
    path = write(
        'version = 1\n[[rule]]\nname = "multi"\naction = "zap"\ncountries = ["ZZ"]\nnetworks = ["1.2.3.4/99"]\nwhen = "now"\n'
    )
    errs = errors_of(path)
    keys = sorted(e.split("key '")[1].split("'")[0] for e in errs)
    assert keys == ["action", "countries", "networks", "when"]
    assert all("rule 'multi' (#1)" in e for e in errs)


def test_missing_rules_file(tmp_path):
    missing = tmp_path / "absent.toml"
    msg = only_error(missing)
    assert "file not found" in msg


def test_rules_file_not_utf8(write, tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes(
        'version = 1\n[[rule]]\nname = "Zürich"\naction = "flag"\nunknown = true\n'.encode(
            "latin-1"
        )
    )
    assert "not UTF-8" in only_error(path)


def test_rules_file_with_bom_and_crlf(write, tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(
        (
            "\ufeffversion = 1\r\n"
            + rule("block", name="cn", countries=["CN"]).replace("\n", "\r\n")
        ).encode("utf-8")
    )
    rs, _ = load_rules(path)
    assert [r.name for r in rs.rules] == ["cn"]


def test_valid_file_loads_everything(write):
    path = write(
        """
version = 1
default = "flag"
max_action_share = 0.1

[exempt]
roles = ["co-host", "panelist"]
emails = ["*@example.org", "ceo@example.com"]

[[rule]]
name = "Waiting room for CN"
action = "waiting_room"
countries = ["cn"]
roles = ["attendee"]

[[rule]]
name = "Allow-list"
action = "remove"
not_countries = ["US", "CA"]
continents = ["na", "EU"]
regions = ["us-ca"]
asns = [13335]
networks = ["203.0.113.0/24", "2001:db8::/32"]
anonymizers = ["vpn", "tor"]
unknown = false
enabled = false
"""
    )
    rs, warnings = load_rules(path, capabilities={"country"})
    assert rs.default == "flag" and rs.max_action_share == 0.1
    assert rs.exempt.roles == frozenset({"host", "co-host", "panelist"})
    assert rs.exempt.emails == ("*@example.org", "ceo@example.com")
    first, second = rs.rules
    assert (first.position, first.countries, first.roles) == (
        1,
        frozenset({"CN"}),
        frozenset({"attendee"}),
    )
    assert second.position == 2 and not second.enabled
    assert second.continents == frozenset({"NA", "EU"}) and second.regions == frozenset({"US-CA"})
    assert [str(n) for n in second.networks] == ["203.0.113.0/24", "2001:db8::/32"]
    assert second.unknown is False
    assert len(warnings) == 3  # regions, asns, anonymizers without those databases
    assert "country is CN" in first.describe()


# -- to_toml round trip ------------------------------------------------------------------------
ROUND_TRIP = """
version = 1
default = "waiting_room"
max_action_share = 0.3333

[exempt]
roles = ["panelist"]
emails = ["*@Example.org", "quote\\"d@example.com"]

[[rule]]
name = "Waiting room for CN \\"mainland\\" \\\\ tab\\there"
action = "waiting_room"
countries = ["cn", "RU"]
roles = ["attendee", "cohost"]

[[rule]]
name = "Zürich 🇨🇭 rule"
action = "remove"
not_countries = ["US", "CA"]
continents = ["NA"]
regions = ["US-CA", "gb-eng"]
asns = [13335, 15169]
networks = ["203.0.113.7/24", "2001:db8::/32", "10.0.0.1"]
anonymizers = ["vpn", "tor", "hosting", "public_proxy", "residential_proxy"]
unknown = false
enabled = false

[[rule]]
name = "unknown"
action = "flag"
unknown = true
"""


def test_to_toml_round_trips(write):
    rs, _ = parse_rules(ROUND_TRIP, source="r.toml")
    text = rs.to_toml()
    again, _ = parse_rules(text, source="r.toml")
    assert again == rs
    assert again.to_toml() == text
    assert [r.name for r in again.rules] == [r.name for r in rs.rules]
    # and through a real file
    path = write(text, "saved.toml")
    from_file, _ = load_rules(path)
    assert from_file.rules == rs.rules and from_file.exempt == rs.exempt
    assert from_file.default == rs.default and from_file.max_action_share == rs.max_action_share


def test_to_toml_of_defaults_round_trips():
    rs, _ = parse_rules("version = 1\n")
    again, _ = parse_rules(rs.to_toml())
    assert again == rs
    assert again.exempt.roles == frozenset({"host", "co-host"})


def test_to_toml_escapes_control_characters():
    rs, _ = parse_rules(
        'version = 1\n[[rule]]\nname = "bell\\u0007 del\\u007f nl\\n"\naction = "flag"\nunknown = true\n'
    )
    again, _ = parse_rules(rs.to_toml())
    assert again.rules[0].name == "bell\x07 del\x7f nl\n"
