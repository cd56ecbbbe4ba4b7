"""Rules files at their limits (issue 13, items 10, 12 and 13, and the network risks)."""

from __future__ import annotations

import ipaddress

import pytest

from hostguard.core.participants import Participant
from hostguard.core.rules import MAX_REASON, MAX_RULE_NAME, RulesError, parse_rules, scrub_address
from tests.core.support import rule, rules


def errors_of(text: str) -> list[str]:
    with pytest.raises(RulesError) as info:
        parse_rules(text, source="r.toml")
    return info.value.errors


# -- rule names have a length limit ------------------------------------------------------------
def test_a_rule_name_of_the_limit_is_accepted():
    rs = rules(rule("flag", name="n" * MAX_RULE_NAME, countries=["CN"]))
    assert rs.rules[0].name == "n" * MAX_RULE_NAME


@pytest.mark.parametrize("length", [MAX_RULE_NAME + 1, 50_000, 10_000_000])
def test_a_longer_rule_name_is_refused_with_a_short_message(length):
    (err,) = errors_of("version = 1\n" + rule("flag", name="n" * length, countries=["CN"]))
    assert f"key 'name': {length} characters is too long (at most {MAX_RULE_NAME}" in err
    assert "r.toml: rule 'nnnn" in err and "(#1)" in err
    assert len(err) < 400  # the message names the rule; it does not repeat it


def test_reasons_are_bounded_whatever_goes_into_them(bundled):
    rs = rules(rule("remove", name="é" * MAX_RULE_NAME, networks=["8.8.8.0/24"], roles=["attendee"]))
    d = rs.evaluate(Participant("1", ip="8.8.8.8"), bundled.lookup("8.8.8.8"))
    assert d.action == "remove" and len(d.reason) <= MAX_REASON


# -- max_action_share: every bad value is invalid input naming the key --------------------------
@pytest.mark.parametrize(
    "value",
    ["9" * 5000, "-" + "1" * 5000, "1_" + "0" * 4999, "nan", "-nan", "inf", "-inf", "-0.5", "1.0001", "2", "1e999"],
)
def test_a_bad_max_action_share_names_the_key(value):
    errs = errors_of(f"version = 1\nmax_action_share = {value}\n")
    assert len(errs) == 1
    assert "key 'max_action_share'" in errs[0] and "expected a number from 0 to 1" in errs[0]
    assert len(errs[0]) < 300


def test_a_number_too_long_to_read_anywhere_names_its_line_and_key():
    errs = errors_of('version = 1\n[[rule]]\nname = "9999"\naction = "flag"\nasns = [\n  1,\n  ' + "7" * 5000 + "\n]\n")
    assert errs == ["r.toml: line 7: key 'asns': a number of 5000 digits is out of range (expected AS numbers, e.g. [13335])"]


# -- networks ---------------------------------------------------------------------------------
@pytest.mark.parametrize("written", ["::ffff:8.8.8.0/120", "::FFFF:8.8.8.0/120", "::ffff:808:800/120"])
def test_an_ipv4_mapped_network_matches_the_ipv4_participants_it_names(bundled, written):
    rs = rules(rule("remove", name="mapped", networks=[written]))
    (net,) = rs.rules[0].networks
    assert net == ipaddress.ip_network("8.8.8.0/24")
    for ip in ("8.8.8.8", "::ffff:8.8.8.8"):
        assert rs.evaluate(Participant("1", ip=ip), bundled.lookup(ip)).rule == "mapped"
    assert rs.evaluate(Participant("2", ip="8.8.9.1"), bundled.lookup("8.8.9.1")).rule is None
    assert 'networks = ["8.8.8.0/24"]' in rs.to_toml()
    assert rs.warnings(set()) == []  # nothing to warn about: the same addresses


def test_a_network_with_host_bits_is_read_as_its_network_with_a_warning(bundled):
    rs, warnings = parse_rules(
        'version = 1\n[[rule]]\nname = "nets"\naction = "flag"\nnetworks = ["8.8.8.8/24", "2001:4860::1/32"]\n',
        source="r.toml",
        capabilities={"country"},
    )
    assert [str(n) for n in rs.rules[0].networks] == ["8.8.8.0/24", "2001:4860::/32"]
    assert warnings == [
        "r.toml: rule 'nets' (#1): key 'networks': '8.8.8.8/24' has host bits set; read as 8.8.8.0/24 "
        "(write 8.8.8.0/24, or 8.8.8.8/32 for that one address)",
        "r.toml: rule 'nets' (#1): key 'networks': '2001:4860::1/32' has host bits set; read as "
        "2001:4860::/32 (write 2001:4860::/32, or 2001:4860::1/128 for that one address)",
    ]
    assert rs.evaluate(Participant("1", ip="8.8.8.77"), bundled.lookup("8.8.8.77")).rule == "nets"


def test_an_exact_network_gives_no_warning():
    _, warnings = parse_rules(
        'version = 1\n[[rule]]\nname = "n"\naction = "flag"\nnetworks = ["8.8.8.0/24", "8.8.8.8"]\n',
        capabilities={"country"},
    )
    assert warnings == []


# -- reasons that name an address -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "ip", "expected"),
    [
        ("address in 8.8.8.8/32; rule 'n'", "8.8.8.8", "address in 8.8.0.0/17; rule 'n'"),
        ("address in 8.8.8.0/24; rule 'n'", "8.8.8.0", "address in 8.8.0.0/17; rule 'n'"),
        ("at 8.8.8.8.", "8.8.8.8", "at 8.8.0.0/17."),
        ("18.8.8.80 and 8.8.8.88", "8.8.8.8", "18.8.8.80 and 8.8.8.88"),
        ("2001:db8::/32 has 2001:db8::1", "2001:db8::", "8.8.0.0/17 has 2001:db8::1"),
    ],
)
def test_scrub_address_replaces_the_whole_address_only(text, ip, expected):
    assert scrub_address(text, ip, "8.8.0.0/17") == expected
