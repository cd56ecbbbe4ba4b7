"""Addresses and databases from outside, checked at the boundary (issue 13, items 2, 3 and 6).

A lookup never raises for what a service or a file reports: what is not an address is
"invalid address" for that one participant. A database's country code that is not an
assigned ISO 3166-1 alpha-2 code is "unknown" with a note, never a known country; other
fields of a record are checked for type and form too. Every database here is a real .mmdb
written with mmdb-writer.
"""

from __future__ import annotations

import pytest

from hostguard.core.geo import GeoResolver, GeoStatus, checked_country
from hostguard.core.participants import Participant
from hostguard.core.rules import parse_rules
from tests.mmdb_factory import write_mmdb

HOSTILE_ADDRESSES = [
    "8.8.8.8\x00",
    "\x008.8.8.8",
    "8.8.8.8\x00junk",
    "2001:4860:4860::8888\x00",
    "::ffff:8.8.8.8\x00",
    "[8.8.8.8\x00]",
    "8.8.8.8%\x00",
    "8.8.8.8%eth0",  # a zone id belongs to an IPv6 link-local address only
    "fe80::1%\x1b[2J",
    "8.8.8.8\x1b[2J",
    "8.8.8.8\u202e",
    "８.８.８.８",  # fullwidth digits
    "\ud800",
    "8" * 5000,
    "1." * 3000,
]


@pytest.mark.parametrize("ip", HOSTILE_ADDRESSES)
def test_a_malformed_address_is_invalid_never_an_exception(dbs, ip):
    for paths in ([dbs.flat], [dbs.geoip2_country], [dbs.city, dbs.asn, dbs.anonymous_ip], None):
        with GeoResolver(paths) as r:
            g = r.lookup(ip)
            assert g.status is GeoStatus.INVALID, (paths, ip)
            assert g.country is None
            assert g.summary() == "country unknown (invalid address reported)"
            # The evidence is shown as it was, escaped and bounded: safe on a terminal.
            assert g.ip.isprintable() and len(g.ip) <= 64
            assert r.lookup(ip) == g  # and again (cached or not)


@pytest.mark.parametrize("value", [12345, 8.8, ["8.8.8.8"], {"ip": "8.8.8.8"}, b"8.8.8.8", True])
def test_a_value_that_is_not_text_is_invalid(bundled, value):
    g = bundled.lookup(value)  # type: ignore[arg-type]
    assert g.status is GeoStatus.INVALID and g.country is None and g.ip.isprintable()


def test_one_bad_address_does_not_change_the_others(bundled):
    rs, _ = parse_rules('version = 1\n[[rule]]\nname = "r"\naction = "remove"\ncountries = ["US"]\n')
    people = [Participant("1", ip="8.8.8.8\x00"), Participant("2", ip="8.8.8.8"), Participant("3", ip="x")]
    decisions = rs.evaluate_all(people, bundled)
    assert [d.action for d in decisions] == ["allow", "remove", "allow"]
    assert "invalid address" in decisions[0].reason


def test_the_nul_evidence_reads_as_escaped_not_as_the_good_address(bundled):
    assert bundled.lookup("8.8.8.8\x00").ip == "8.8.8.8\\x00"


# -- databases that give something else than a country code ----------------------------------
# Codes that are not assigned ISO 3166-1 alpha-2 countries, or not text at all.
NOT_COUNTRIES = ["ZZ", "-", "EU", "AP", "A1", "O1", "XX", "zz", "U\x00", "\x00\x00", "USA",
                 "US " * 500, "U", "", 840, 1.5, True, ["US"], {"code": "US"}]  # fmt: skip
NETS = [f"1.{i}.0.0/16" for i in range(1, len(NOT_COUNTRIES) + 1)]


def _addr(i: int) -> str:
    return f"1.{i + 1}.2.3"


def _records(shape: str) -> list:
    out = []
    for net, code in zip(NETS, NOT_COUNTRIES, strict=True):
        if shape == "flat":
            out.append(([net], {"country_code": code}))
        else:
            out.append(([net], {"country": {"iso_code": code}, "continent": {"code": "EU"}}))
    # Real codes beside them: these must stay known (XK, Kosovo, is what databases use).
    good = {"8.8.8.0/24": "US", "46.4.0.0/16": "xk", "81.2.69.0/24": "GB"}
    for net, code in good.items():
        rec = {"country_code": code} if shape == "flat" else {"country": {"iso_code": code}}
        out.append(([net], rec))
    return out


@pytest.fixture(scope="module", params=["flat", "GeoIP2-Country", "GeoIP2-City"])
def junk_db(request, tmp_path_factory):
    shape = request.param
    path = tmp_path_factory.mktemp("junk") / f"{shape}.mmdb"
    database_type = "country ipvAll" if shape == "flat" else shape
    return write_mmdb(path, database_type, _records(shape))


def test_codes_that_are_not_countries_are_unknown_with_a_note(junk_db):
    with GeoResolver([junk_db]) as r:
        for i, code in enumerate(NOT_COUNTRIES):
            g = r.lookup(_addr(i))
            assert g.country is None and g.continent is None, (code, g)
            if code == "":
                continue  # no code at all: plain "not in the database"
            assert g.status is GeoStatus.UNKNOWN, code
            assert g.note and "not an ISO 3166-1 country code" in g.note, code
            summary = g.summary()
            assert summary.startswith("country unknown (") and summary.isprintable()
            assert len(summary) < 200
        assert r.lookup("8.8.8.8").country == "US"
        kosovo = r.lookup("46.4.1.1")
        assert (kosovo.country, kosovo.continent) == ("XK", "EU")
        assert r.lookup("81.2.69.1").country == "GB"


def test_an_integer_country_code_is_unknown_with_a_reason(junk_db):
    with GeoResolver([junk_db]) as r:
        g = r.lookup(_addr(NOT_COUNTRIES.index(840)))
        assert g.status is GeoStatus.UNKNOWN
        assert "gives a number, not an ISO 3166-1 country code" in g.summary()
        assert g.evidence()["note"] == g.note


def test_not_countries_never_matches_a_code_that_is_not_a_country(junk_db):
    rs, _ = parse_rules(
        'version = 1\n[[rule]]\nname = "Only US CA DE"\naction = "remove"\n'
        'not_countries = ["US", "CA", "DE"]\n'
    )
    with GeoResolver([junk_db]) as r:
        for i, code in enumerate(NOT_COUNTRIES):
            d = rs.evaluate(Participant(str(i), ip=_addr(i)), r.lookup(_addr(i)))
            assert d.action == "allow" and d.rule is None, (code, d)
        # A known country outside the list is still removed.
        assert rs.evaluate(Participant("gb", ip="81.2.69.1"), r.lookup("81.2.69.1")).action == "remove"


def test_reasons_for_different_bad_codes_are_not_mixed_up(junk_db):
    """Decisions are shared between participants with the same location summary: a code's
    note is part of that summary."""
    rs, _ = parse_rules('version = 1\n[[rule]]\nname = "r"\naction = "flag"\ncountries = ["CN"]\n')
    with GeoResolver([junk_db]) as r:
        zz = rs.evaluate(Participant("a", ip=_addr(0)), r.lookup(_addr(0)))
        eu = rs.evaluate(Participant("b", ip=_addr(2)), r.lookup(_addr(2)))
        assert "'ZZ'" in zz.reason and "'EU'" in eu.reason


def test_checked_country():
    assert checked_country("de") == ("DE", None)
    assert checked_country("XK") == ("XK", None)
    assert checked_country(None) == (None, None)
    assert checked_country("ZZ") == (None, "'ZZ'")
    assert checked_country("U\x00") == (None, "'U\\x00'")
    assert checked_country(7) == (None, "a number")


def test_other_fields_of_a_record_are_checked(tmp_path):
    city = write_mmdb(
        tmp_path / "city.mmdb",
        "GeoIP2-City",
        [
            (["8.8.8.0/24"], {
                "country": {"iso_code": "US"},
                "continent": {"code": 7},
                "registered_country": {"iso_code": "ZZ"},
                "represented_country": {"iso_code": 5},
                "subdivisions": [{"iso_code": 5}, {"iso_code": "CA"}, {"iso_code": "\x1b[2J"}],
                "city": {"names": {"en": "Mountain\x1b[31m View" + "x" * 5000}},
                "traits": {"is_anycast": "no"},
            }),
        ],
    )  # fmt: skip
    asn = write_mmdb(
        tmp_path / "asn.mmdb",
        "GeoLite2-ASN",
        [
            (["8.8.8.0/24"], {"autonomous_system_number": "15169", "autonomous_system_organization": "G"}),
            (["1.1.1.0/24"], {"autonomous_system_number": 13335, "autonomous_system_organization": "C\x00F" * 9999}),
        ],
    )
    anon = write_mmdb(
        tmp_path / "anon.mmdb",
        "GeoIP2-Anonymous-IP",
        [(["8.8.8.0/24"], {"is_anonymous_vpn": "false", "is_tor_exit_node": 2, "is_hosting_provider": True})],
    )
    with GeoResolver([city, asn, anon]) as r:
        g = r.lookup("8.8.8.8")
        assert (g.country, g.continent) == ("US", "NA")  # the table's continent, not 7
        assert g.registered_country is None and g.represented_country is None
        assert g.regions == ("US-CA",)
        assert g.city is not None and g.city.isprintable() and len(g.city) <= 100
        assert g.is_anycast is False
        assert g.asn is None  # "15169" is text, not an AS number
        assert g.anonymizers == frozenset({"hosting"})  # only a real true is a flag
        cf = r.lookup("1.1.1.1")
        assert cf.asn == 13335 and cf.as_org.isprintable() and len(cf.as_org) <= 100
