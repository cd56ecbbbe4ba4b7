"""Rule semantics (README "Rules"): exemptions, first match, default, every condition."""

from __future__ import annotations

import pytest

from hostguard.core.geo import GeoResolver
from hostguard.core.participants import Participant
from hostguard.core.rules import (
    ACTIONS,
    ENFORCING_ACTIONS,
    Decision,
    Exemptions,
    RuleSet,
    load_rules,
)
from tests.core.support import person, rule, rules
from tests.mmdb_factory import ADDR

ALL_CAPS = frozenset({"country", "regions", "asns", "anonymizers"})


def decide(ruleset: RuleSet, resolver: GeoResolver, p: Participant) -> Decision:
    return ruleset.evaluate(p, resolver.lookup(p.ip))


# -- first match, disabled rules, default ----------------------------------------------------
def test_first_matching_rule_decides(layered):
    rs = rules(
        rule("flag", name="first", countries=["CN"])
        + rule("block", name="second", countries=["CN"])
        + rule("remove", name="asia", continents=["AS"])
    )
    d = decide(rs, layered, person(ADDR["CN"]))
    assert (d.action, d.rule) == ("flag", "first")
    d = decide(rs, layered, person(ADDR["JP"]))
    assert (d.action, d.rule) == ("remove", "asia")


def test_allow_rule_stops_evaluation(layered):
    rs = rules(
        rule("allow", name="ok CN", countries=["CN"])
        + rule("block", name="asia", continents=["AS"])
    )
    d = decide(rs, layered, person(ADDR["CN"]))
    assert (d.action, d.rule, d.exempt) == ("allow", "ok CN", False)


def test_disabled_rule_is_skipped(layered):
    rs = rules(
        rule("block", name="off", countries=["CN"], enabled=False)
        + rule("waiting_room", name="on", countries=["CN"])
    )
    assert rs.rule("off") is not None and not rs.rule("off").enabled
    d = decide(rs, layered, person(ADDR["CN"]))
    assert (d.action, d.rule) == ("waiting_room", "on")


def test_explicitly_enabled_rule_applies(layered):
    rs = rules(rule("block", name="on", countries=["CN"], enabled=True))
    assert decide(rs, layered, person(ADDR["CN"])).action == "block"


@pytest.mark.parametrize("default", ACTIONS)
def test_default_action_when_no_rule_matches(layered, default):
    rs = rules(f'default = "{default}"\n' + rule("block", countries=["RU"]))
    d = decide(rs, layered, person(ADDR["US"]))
    assert d.action == default
    assert d.rule is None and not d.exempt
    assert f"no rule matched, default {default}" in d.reason
    assert "in US per GeoIP2-City 2026-11" in d.reason


def test_default_default_is_allow(layered):
    rs = rules(rule("block", countries=["RU"]))
    assert rs.default == "allow"
    assert rs.max_action_share == 0.25
    assert decide(rs, layered, person(ADDR["US"])).action == "allow"


def test_no_rules_at_all(layered):
    rs = rules('default = "flag"\n')
    assert decide(rs, layered, person(ADDR["CN"])).action == "flag"


def test_reason_names_country_database_and_rule(bundled):
    rs = rules(rule("waiting_room", name="Waiting room for CN", countries=["CN"]))
    d = rs.evaluate(person("223.5.5.5"), bundled.lookup("223.5.5.5"))
    assert d.reason == "in CN per DB-IP 2026-06; rule 'Waiting room for CN'"
    assert d.enforcing


# -- exemptions --------------------------------------------------------------------------------
EVERYONE_BLOCKED = rule("block", name="everyone known", unknown=False) + rule(
    "block", name="everyone unknown", unknown=True
)


@pytest.mark.parametrize("role", ["host", "co-host"])
def test_host_and_cohost_exempt_by_default(layered, role):
    rs = rules(EVERYONE_BLOCKED)
    d = decide(rs, layered, person(ADDR["CN"], role=role))
    assert d == Decision("allow", None, f"exempt (role {role})", exempt=True)


@pytest.mark.parametrize("role", ["panelist", "attendee"])
def test_other_roles_not_exempt_by_default(layered, role):
    assert decide(rules(EVERYONE_BLOCKED), layered, person(ADDR["CN"], role=role)).action == "block"


@pytest.mark.parametrize("roles", ["[]", '["panelist"]', '["attendee"]'])
def test_host_always_exempt_even_if_exempt_roles_omit_it(layered, roles):
    rs = rules(
        f"[exempt]\nroles = {roles}\n"
        + rule("block", name="hosts", roles=["host"])
        + EVERYONE_BLOCKED
    )
    d = decide(rs, layered, person(ADDR["CN"], role="host"))
    assert d.action == "allow" and d.exempt and d.rule is None
    assert d.reason == "exempt (role host)"


def test_cohost_not_exempt_when_exempt_roles_omit_it(layered):
    rs = rules('[exempt]\nroles = ["panelist"]\n' + EVERYONE_BLOCKED)
    assert decide(rs, layered, person(ADDR["CN"], role="co-host")).action == "block"
    assert decide(rs, layered, person(ADDR["CN"], role="panelist")).exempt


def test_exempt_with_only_emails_keeps_default_roles(layered):
    rs = rules('[exempt]\nemails = ["*@example.org"]\n' + EVERYONE_BLOCKED)
    assert decide(rs, layered, person(ADDR["CN"], role="co-host")).exempt


@pytest.mark.parametrize(
    ("pattern", "email", "exempt"),
    [
        ("*@example.org", "alice@example.org", True),
        ("*@example.org", "Alice@EXAMPLE.ORG", True),
        ("*@EXAMPLE.org", "bob@example.ORG", True),
        ("*@example.org", "  carol@example.org ", True),
        ("*@example.org", "mallory@example.org.evil.test", False),
        ("*@example.org", "mallory@sub.example.org", False),
        ("*@*.example.org", "dan@sub.example.org", True),
        ("ceo@example.com", "CEO@Example.com", True),
        ("ceo@example.com", "ceo@example.community", False),
        ("guest?@example.net", "guest7@example.net", True),
        ("guest?@example.net", "guest77@example.net", False),
        ("*@example.org", "", False),
    ],
)
def test_exempt_by_email_pattern_case_insensitive(layered, pattern, email, exempt):
    rs = rules(f'[exempt]\nemails = ["{pattern}"]\n' + EVERYONE_BLOCKED)
    d = decide(rs, layered, person(ADDR["CN"], email=email))
    assert d.exempt is exempt
    if exempt:
        assert (d.action, d.rule, d.reason) == ("allow", None, f"exempt (e-mail matches {pattern})")
    else:
        assert d.action == "block"


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize(
    "exempt_section",
    ["", "[exempt]\nroles = []\n", '[exempt]\nroles = ["attendee"]\nemails = []\n'],
)
def test_host_is_never_acted_on_whatever_the_rules_say(layered, action, exempt_section):
    rs = rules(
        f'default = "{action}"\n'
        + exempt_section
        + rule(action, name="hosts", roles=["host"])
        + rule(action, name="known", unknown=False)
        + rule(action, name="unknown", unknown=True)
    )
    for ip in (ADDR["CN"], ADDR["UNKNOWN"], ADDR["PRIVATE"], "", "junk", ADDR["DE_TOR"]):
        d = decide(rs, layered, person(ip, role="host", email="host@example.org"))
        assert d.action == "allow" and d.exempt and not d.enforcing


def test_host_exempt_when_ruleset_built_in_code_without_host(layered):
    """The host invariant must hold for rule sets built in code too (the UI's rules editor),
    not only for those read from a file through Exemptions.build()."""
    rs = rules(EVERYONE_BLOCKED)
    in_code = RuleSet(rules=rs.rules, exempt=Exemptions(roles=frozenset({"co-host"})))
    d = decide(in_code, layered, person(ADDR["CN"], role="host"))
    assert d.action == "allow" and d.exempt


def test_email_exemption_when_ruleset_built_in_code(layered):
    """Exemptions(emails=...) built directly must exempt matching e-mails (its regexes are
    only compiled by Exemptions.build(), so direct construction silently ignores them)."""
    rs = rules(EVERYONE_BLOCKED)
    in_code = RuleSet(rules=rs.rules, exempt=Exemptions(emails=("*@example.org",)))
    d = decide(in_code, layered, person(ADDR["CN"], email="vip@example.org"))
    assert d.action == "allow" and d.exempt


def test_exempt_participant_with_every_kind_of_address(layered):
    rs = rules('[exempt]\nemails = ["*@example.org"]\n' + EVERYONE_BLOCKED)
    for ip in (ADDR["CN"], ADDR["UNKNOWN"], ADDR["CGNAT"], "", "nonsense", "::ffff:223.5.5.5"):
        assert decide(rs, layered, person(ip, email="x@example.org")).exempt


# -- unknown, private, no address, invalid -----------------------------------------------------
UNKNOWNISH = ["UNKNOWN", "UNKNOWN6", "PRIVATE", "CGNAT", "DOC", "DOC6", "", "not an ip"]


def _ip(key: str) -> str:
    return ADDR.get(key, key)


@pytest.mark.parametrize("key", UNKNOWNISH)
def test_country_conditions_never_match_unknown_country(layered, key):
    rs = rules(
        rule("block", name="cn", countries=["CN"])
        + rule("block", name="not us", not_countries=["US"])
        + rule("block", name="asia", continents=["AS"])
        + rule("block", name="beijing", regions=["CN-BJ"])
        + rule("block", name="unknown ok", unknown=False),
        ALL_CAPS,
    )
    d = decide(rs, layered, person(_ip(key)))
    assert (d.action, d.rule) == ("allow", None)


@pytest.mark.parametrize("key", UNKNOWNISH)
def test_unknown_true_matches_unknown_private_no_address_and_invalid(layered, key):
    rs = rules(rule("flag", name="unknown", unknown=True))
    d = decide(rs, layered, person(_ip(key)))
    assert (d.action, d.rule) == ("flag", "unknown")


@pytest.mark.parametrize("key", ["CN", "US6", "AU_ANYCAST"])
def test_unknown_true_never_matches_a_known_country(layered, key):
    rs = rules(rule("flag", name="unknown", unknown=True))
    assert decide(rs, layered, person(ADDR[key])).rule is None


def test_reasons_distinguish_unknown_private_and_no_address(layered):
    rs = rules(rule("flag", name="unknown", unknown=True))
    reasons = {
        k: decide(rs, layered, person(v)).reason
        for k, v in {
            "unknown": ADDR["UNKNOWN"],
            "private": ADDR["CGNAT"],
            "none": "",
            "bad": "x",
        }.items()
    }
    assert "address not found" in reasons["unknown"]
    assert "private network" in reasons["private"]
    assert "no address reported" in reasons["none"]
    assert "invalid address" in reasons["bad"]
    assert all(r.endswith("rule 'unknown'") for r in reasons.values())


@pytest.mark.parametrize("key", ["PRIVATE", "CGNAT", "DOC", "DOC6"])
def test_bad_database_mapping_of_private_ranges_is_ignored_by_rules(dbs, key):
    # Every test database maps these ranges to CN (wrongly): no shape may make them CN.
    rs = rules(
        rule("block", name="cn", countries=["CN"]) + rule("flag", name="unknown", unknown=True)
    )
    for attr in ("flat", "geoip2_country", "city", "dbip_country"):
        with GeoResolver([getattr(dbs, attr)]) as r:
            d = decide(rs, r, person(ADDR[key]))
            assert (d.action, d.rule) == ("flag", "unknown"), attr


# -- not_countries (allow-list style) ------------------------------------------------------------
def test_not_countries_allow_list(layered):
    rs = rules(rule("waiting_room", name="outside NA", not_countries=["US", "CA"]))
    assert decide(rs, layered, person(ADDR["US"])).rule is None
    assert decide(rs, layered, person(ADDR["US6"])).rule is None
    assert decide(rs, layered, person(ADDR["CN"])).rule == "outside NA"
    assert decide(rs, layered, person(ADDR["GB"])).rule == "outside NA"
    for key in UNKNOWNISH:
        assert decide(rs, layered, person(_ip(key))).rule is None, key


def test_allow_list_with_explicit_unknown_rule(layered):
    # The Entra-style "include unknown countries" switch: a separate unknown rule.
    rs = rules(
        rule("allow", name="home", countries=["US"])
        + rule("waiting_room", name="unknown", unknown=True)
        + rule("remove", name="others", not_countries=["US"])
    )
    assert decide(rs, layered, person(ADDR["US"])).action == "allow"
    assert decide(rs, layered, person(ADDR["CGNAT"])).action == "waiting_room"
    assert decide(rs, layered, person(ADDR["FR"])).action == "remove"


# -- countries, continents ----------------------------------------------------------------------
def test_countries_case_insensitive_and_any_of(layered):
    rs = rules(rule("block", name="cn ru", countries=["cn", "Ru"]))
    assert decide(rs, layered, person(ADDR["CN"])).rule == "cn ru"
    assert decide(rs, layered, person(ADDR["CN6"])).rule == "cn ru"
    assert decide(rs, layered, person(ADDR["RU_PROXY"])).rule == "cn ru"
    assert decide(rs, layered, person(ADDR["HK"])).rule is None
    assert decide(rs, layered, person(ADDR["US"])).rule is None


@pytest.mark.parametrize("ip", ["1.36.0.1", "202.67.224.1", "58.176.0.1", "::ffff:1.36.0.1"])
def test_hong_kong_is_never_caught_by_a_rule_naming_cn(bundled, ip):
    rs = rules(
        rule("block", name="CN block", countries=["CN"])
        + rule("remove", name="not CN?", not_countries=["HK", "CN"], roles=["attendee"])
    )
    g = bundled.lookup(ip)
    assert g.country == "HK"
    d = rs.evaluate(person(ip), g)
    assert (d.action, d.rule) == ("allow", None)


@pytest.mark.parametrize("ip", ["223.5.5.5", "114.114.114.114", "::ffff:223.5.5.5"])
def test_mainland_china_is_caught_by_a_rule_naming_cn(bundled, ip):
    rs = rules(rule("block", name="CN block", countries=["CN"]))
    d = rs.evaluate(person(ip), bundled.lookup(ip))
    assert (d.action, d.rule) == ("block", "CN block")


@pytest.mark.parametrize(
    ("key", "matches"),
    [("CN", True), ("JP", True), ("HK", True), ("US", False), ("GB", False), ("AU_ANYCAST", False)],
)
def test_continents(layered, key, matches):
    rs = rules(rule("flag", name="asia", continents=["as"]))
    assert (decide(rs, layered, person(ADDR[key])).rule == "asia") is matches


def test_continent_from_country_table_for_flat_database(dbs):
    rs = rules(rule("flag", name="oceania", continents=["OC"]))
    with GeoResolver([dbs.flat]) as r:
        assert decide(rs, r, person(ADDR["AU_ANYCAST"])).rule == "oceania"


# -- regions ------------------------------------------------------------------------------------
def test_regions_with_city_database(layered):
    rs = rules(rule("flag", name="california", regions=["us-ca"]), ALL_CAPS)
    d = decide(rs, layered, person(ADDR["US"]))
    assert d.rule == "california"
    assert "region US-CA" in d.reason
    assert decide(rs, layered, person(ADDR["US6"])).rule == "california"
    assert decide(rs, layered, person(ADDR["GB"])).rule is None


def test_region_matches_any_subdivision(layered):
    rs = rules(rule("flag", name="westminster", regions=["GB-WSM"]))
    assert decide(rs, layered, person(ADDR["GB"])).rule == "westminster"


def test_regions_without_city_database_warn_and_never_match(dbs, country_only):
    rs, warnings = _load_with(
        dbs, rule("block", name="california", regions=["US-CA"]), country_only
    )
    assert len(warnings) == 1
    assert "rule 'california' (#1)" in warnings[0] and "key 'regions'" in warnings[0]
    assert "City" in warnings[0] and "never matches" in warnings[0]
    assert decide(rs, country_only, person(ADDR["US"])).rule is None


# -- asns -----------------------------------------------------------------------------------------
def test_asns_with_asn_database(layered):
    rs = rules(rule("flag", name="google", asns=[15169, 13335]), ALL_CAPS)
    d = decide(rs, layered, person(ADDR["US"]))
    assert d.rule == "google"
    assert "AS15169 GOOGLE" in d.reason
    assert decide(rs, layered, person(ADDR["AU_ANYCAST"])).rule == "google"
    assert decide(rs, layered, person(ADDR["US6"])).rule == "google"
    assert decide(rs, layered, person(ADDR["CN"])).rule is None
    assert decide(rs, layered, person(ADDR["PRIVATE"])).rule is None  # bad DB maps 10/8: ignored


def test_asns_can_match_an_unknown_country(dbs):
    rs = rules(rule("flag", name="quad9", asns=[19281]))
    with GeoResolver([dbs.geoip2_country, dbs.asn]) as r:
        assert decide(rs, r, person(ADDR["UNKNOWN"])).rule == "quad9"


def test_asns_without_asn_database_warn_and_never_match(dbs, country_only):
    rs, warnings = _load_with(dbs, rule("block", name="google", asns=[15169]), country_only)
    assert len(warnings) == 1 and "key 'asns'" in warnings[0] and "ASN" in warnings[0]
    assert decide(rs, country_only, person(ADDR["US"])).rule is None


# -- networks ---------------------------------------------------------------------------------
def test_networks_ipv4_ipv6_and_mapped(layered):
    rs = rules(rule("flag", name="nets", networks=["46.4.0.0/16", "2001:4860::/32", "81.2.69.142"]))
    assert decide(rs, layered, person(ADDR["DE_HOSTING"])).rule == "nets"
    assert decide(rs, layered, person("::ffff:46.4.200.1")).rule == "nets"
    assert decide(rs, layered, person(ADDR["US6"])).rule == "nets"
    assert decide(rs, layered, person("81.2.69.142")).rule == "nets"
    assert decide(rs, layered, person("81.2.69.143")).rule is None
    assert decide(rs, layered, person(ADDR["CN"])).rule is None
    assert decide(rs, layered, person("")).rule is None
    assert decide(rs, layered, person("garbage")).rule is None
    reason = decide(rs, layered, person(ADDR["DE_HOSTING"])).reason
    assert "address in 46.4.0.0/16" in reason and "46.4.10.10" not in reason


def test_networks_match_an_unknown_country_address(layered):
    rs = rules(rule("flag", name="quad9", networks=["9.9.9.0/24"]))
    assert decide(rs, layered, person(ADDR["UNKNOWN"])).rule == "quad9"


def test_network_with_host_bits_is_accepted(layered):
    rs = rules(rule("flag", name="nets", networks=["46.4.10.10/16"]))
    assert decide(rs, layered, person("46.4.99.1")).rule == "nets"


# -- anonymizers -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "key"),
    [
        ("vpn", "NL_VPN"),
        ("tor", "DE_TOR"),
        ("hosting", "DE_HOSTING"),
        ("public_proxy", "RU_PROXY"),
        ("residential_proxy", "BR_RESIDENTIAL"),
    ],
)
def test_each_anonymizer_kind(layered, kind, key):
    rs = rules(rule("waiting_room", name=kind, anonymizers=[kind]), ALL_CAPS)
    d = decide(rs, layered, person(ADDR[key]))
    assert d.rule == kind
    assert f"flagged {kind}" in d.reason
    assert decide(rs, layered, person(ADDR["US"])).rule is None


def test_anonymizers_ignore_bad_database_for_private(layered):
    rs = rules(rule("block", name="vpn", anonymizers=["vpn"]))
    assert decide(rs, layered, person(ADDR["PRIVATE"])).rule is None


def test_anonymizers_without_database_warn_and_never_match(dbs, country_only):
    rs, warnings = _load_with(dbs, rule("block", name="tor", anonymizers=["tor"]), country_only)
    assert (
        len(warnings) == 1 and "key 'anonymizers'" in warnings[0] and "Anonymous-IP" in warnings[0]
    )
    assert decide(rs, country_only, person(ADDR["DE_TOR"])).rule is None


def test_all_three_warnings_at_once(dbs, country_only):
    body = rule("flag", name="all", regions=["US-CA"], asns=[1], anonymizers=["vpn"])
    _, warnings = _load_with(dbs, body, country_only)
    assert sorted(w.split("key '")[1].split("'")[0] for w in warnings) == [
        "anonymizers",
        "asns",
        "regions",
    ]


def test_no_warnings_when_databases_present(dbs, layered):
    body = rule("flag", name="all", regions=["US-CA"], asns=[1], anonymizers=["vpn"])
    _, warnings = _load_with(dbs, body, layered)
    assert warnings == []


def _load_with(dbs, body: str, resolver: GeoResolver):
    path = dbs.root / "rules-warn.toml"
    path.write_text("version = 1\n" + body, "utf-8")
    rs, warnings = load_rules(path, capabilities=resolver.capabilities())
    assert all(str(path) in w for w in warnings)
    return rs, warnings


# -- roles -------------------------------------------------------------------------------------
def test_roles_condition(layered):
    rs = rules(rule("remove", name="attendees in CN", countries=["CN"], roles=["attendee"]))
    assert decide(rs, layered, person(ADDR["CN"], role="attendee")).rule == "attendees in CN"
    assert decide(rs, layered, person(ADDR["CN"], role="panelist")).rule is None
    assert "role attendee" in decide(rs, layered, person(ADDR["CN"])).reason


def test_roles_condition_accepts_aliases(layered):
    rs = rules("[exempt]\nroles = []\n" + rule("flag", name="cohosts", roles=["cohost"]))
    assert rs.rule("cohosts").roles == frozenset({"co-host"})
    assert decide(rs, layered, person(ADDR["CN"], role="co-host")).rule == "cohosts"


# -- conditions combine with AND; list elements with OR --------------------------------------
def test_all_conditions_must_hold(layered):
    rs = rules(
        rule(
            "block",
            name="combo",
            continents=["EU"],
            asns=[60729, 24940],
            anonymizers=["tor"],
            roles=["attendee"],
        ),
        ALL_CAPS,
    )
    assert decide(rs, layered, person(ADDR["DE_TOR"])).rule == "combo"
    assert decide(rs, layered, person(ADDR["DE_HOSTING"])).rule is None  # not tor
    assert decide(rs, layered, person(ADDR["DE_TOR"], role="panelist")).rule is None
    assert decide(rs, layered, person(ADDR["NL_VPN"])).rule is None


def test_layered_country_asn_anonymizer_in_one_rule_set(layered):
    rs = rules(
        rule("block", name="tor", anonymizers=["tor"])
        + rule("flag", name="alibaba", asns=[37963])
        + rule("waiting_room", name="cn", countries=["CN"])
        + rule("flag", name="tokyo", regions=["JP-13"]),
        ALL_CAPS,
    )
    assert decide(rs, layered, person(ADDR["DE_TOR"])).rule == "tor"
    assert decide(rs, layered, person(ADDR["CN"])).rule == "alibaba"
    assert decide(rs, layered, person(ADDR["CN2"])).rule == "cn"
    assert decide(rs, layered, person(ADDR["JP"])).rule == "tokyo"


# -- evaluate_all and the guard ----------------------------------------------------------------
def test_evaluate_all_keeps_order(layered):
    rs = rules(rule("block", name="cn", countries=["CN"]))
    ps = [person(ADDR[k], pid=str(i)) for i, k in enumerate(["US", "CN", "HK", "CN6"])]
    assert [d.action for d in rs.evaluate_all(ps, layered)] == ["allow", "block", "allow", "block"]


def test_guard_counts_enforcing_share_of_non_exempt(layered):
    rs = rules(
        "max_action_share = 0.5\n"
        + rule("waiting_room", name="cn", countries=["CN"])
        + rule("flag", name="us", countries=["US"])
    )
    ps = [
        person(ADDR["CN"], pid="1"),
        person(ADDR["CN"], pid="2", role="host"),
        person(ADDR["US"], pid="3"),
        person(ADDR["JP"], pid="4"),
    ]
    ds = rs.evaluate_all(ps, layered)
    v = rs.guard(ps, ds)
    assert (v.acting, v.eligible) == (1, 3)
    assert v.allowed and "1 of 3" in v.message()
    strict = rules("max_action_share = 0.2\n" + rule("waiting_room", name="cn", countries=["CN"]))
    v2 = strict.guard(ps, strict.evaluate_all(ps, layered))
    assert not v2.allowed and "confirm" in v2.message()


def test_enforcing_actions():
    assert frozenset({"waiting_room", "remove", "block"}) == ENFORCING_ACTIONS
    assert not Decision("flag", None, "").enforcing
