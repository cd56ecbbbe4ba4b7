"""The dotted-quad fast path of `GeoResolver.lookup` / `lookup_fields` in its corners.

`lookup` and `lookup_fields` read a canonical dotted quad in a flat country database straight
from the text (inet_pton, the /24 table, `get_with_prefix_len`, the shared fields per prefix
length and code), and everything else through `_lookup_text`. Each corner here is compared
with the general path (`GeoResolver._resolve`), field by field, on real .mmdb files:

* a resolver whose process has not seen a code yet (the module's code table empty):
  `lookup_fields` answers by itself, without a `lookup` first to learn the code;
* records of unexpected shapes (not a dict, no code, a code that is a list, a number, an
  empty string with the GeoIP2 shape, a code that is not a country);
* a dotted quad with spaces around it (cached under the text as given, the address inside);
* `evaluate_all`'s decisions per role when roles alternate, and with more roles than its
  table keeps.
"""

from __future__ import annotations

import pytest

from hostguard.core import geo
from hostguard.core.geo import GeoResolver, GeoStatus
from hostguard.core.participants import Participant
from hostguard.core.rules import parse_rules
from tests.core.support import rule
from tests.core.test_speed_equivalence_geo import _same
from tests.mmdb_factory import write_mmdb

ODD: list[tuple[list[str], object]] = [
    (["8.8.8.0/24"], {"country_code": "US"}),
    (["46.4.0.0/16"], {"country_code": "de"}),
    (["81.2.70.0/25"], {"country_code": "FR"}),  # narrower than a /24
    (["81.2.71.0/24"], ["CN"]),  # a record that is a list
    (["81.2.72.0/24"], "CN"),  # a record that is a string
    (["81.2.73.0/24"], 7),  # a record that is a number
    (["81.2.74.0/24"], {"country": "CN"}),  # no country_code, country not a table
    (["81.2.75.0/24"], {"country_code": ["CN"]}),  # a code that is a list (unhashable)
    (["81.2.76.0/24"], {"country_code": {"iso": "CN"}}),  # a code that is a table
    (["81.2.77.0/24"], {"country_code": 7}),
    (["81.2.78.0/24"], {"country_code": "", "country": {"iso_code": "JP"}}),  # GeoIP2 shape
    (["81.2.79.0/24"], {"country_code": "ZZ"}),
    (["81.2.80.0/24"], {"country_code": "C\x00"}),
    (["10.0.0.0/8", "100.64.0.0/10"], {"country_code": "CN"}),  # never believed
]


@pytest.fixture(scope="module", params=[6, 4], ids=["ipv6-tree", "ipv4-tree"])
def odd_db(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("odd") / f"odd{request.param}.mmdb"
    return write_mmdb(path, "country ipvAll", ODD, ip_version=request.param)


def _addresses() -> list[str]:
    out = []
    for nets, _rec in ODD:
        for net in nets:
            a, b, c, _d = net.split("/")[0].split(".")
            out += [f"{a}.{b}.{c}.{d}" for d in (1, 2, 130, 255)]
    return [*out, "9.9.9.9", "81.2.70.200", "127.0.0.1", "192.168.1.1"]


ADDRESSES = _addresses()


@pytest.fixture
def no_codes_seen(monkeypatch):
    """The process has seen no database's codes yet (the table is module-wide)."""
    monkeypatch.setattr(geo, "_CODES", {})


def test_odd_records_equal_the_general_path(odd_db, no_codes_seen):
    with GeoResolver([odd_db]) as fast, GeoResolver([odd_db]) as plain:
        assert fast._by24 is not None
        for ip in ADDRESSES + ADDRESSES:  # the second time: /24 table and cache
            _same(fast.lookup(ip), plain._resolve(ip), ip)


def test_lookup_fields_needs_no_lookup_before_it(odd_db, no_codes_seen):
    with GeoResolver([odd_db]) as r, GeoResolver([odd_db]) as plain:
        shared = {}
        for ip in ADDRESSES:
            fields = r.lookup_fields(ip)  # before any lookup of this resolver or process
            want = plain._resolve(ip)
            if fields is not None:  # None: the caller asks lookup (the full form)
                assert fields == tuple(want)[1:], ip
                shared[ip] = fields
        assert shared["8.8.8.1"][1] == "US" and shared["46.4.0.1"][1] == "DE"
        assert shared["81.2.70.1"][1] == "FR" and shared["10.0.0.1"][0] is GeoStatus.PRIVATE
        for ip in ("81.2.71.1", "81.2.72.1", "81.2.73.1", "81.2.74.1", "81.2.75.1",
                   "81.2.76.1", "81.2.77.1", "81.2.78.1", "81.2.79.1", "81.2.80.1", "9.9.9.9"):  # fmt: skip
            assert ip not in shared, ip
        # Private addresses and every code the full form reads as a country have shared
        # fields; the rest (another shape, no code, not a country, not in the file) none.
        # US /24, DE /16, the lower half of FR's /25, 10/8 and 100.64/10, 127.0.0.1, 192.168.1.1
        assert len(shared) == 4 + 4 + 2 + 8 + 2
        # The GeoIP2 shape behind an empty code is read by the full form.
        assert r.lookup("81.2.78.1").country == "JP"
        assert r.lookup("81.2.79.1").note and r.lookup("81.2.79.1").country is None


def test_a_dotted_quad_with_spaces_around_it(odd_db):
    with GeoResolver([odd_db]) as r, GeoResolver([odd_db]) as plain:
        for text in (" 8.8.8.8", "8.8.8.8 ", "\t46.4.0.9\n", " 81.2.70.3 ", " 10.1.2.3"):
            got = r.lookup(text)
            _same(got, plain._resolve(text), text)
            assert got.ip == text.strip()
            assert r.lookup(text) is got  # cached under the text as given
            assert r.lookup_fields(text) == tuple(got)[1:]
            assert r.lookup_fields(text) is r.lookup_fields(text.strip())
        assert r.lookup_fields(" 8.8.8.8" + " " * 200) is None  # too long to be an address
        assert r.lookup(" 8.8.8.8" + " " * 200).status is GeoStatus.INVALID


def test_shared_fields_hold_for_a_whole_24_only_when_the_network_does(odd_db):
    with GeoResolver([odd_db]) as r:
        # A /25: its fields are shared with the addresses of the /25, never the /24.
        fr = r.lookup_fields("81.2.70.1")
        assert fr is not None and fr is r.lookup_fields("81.2.70.2")
        assert r.lookup_fields("81.2.70.200") is None
        assert r.lookup("81.2.70.200").status is GeoStatus.UNKNOWN
        # A /16: one entry for the /24, the same tuple as another /24 of the /16.
        de = r.lookup_fields("46.4.0.1")
        assert r.lookup_fields("46.4.9.9") is de and r.lookup("46.4.0.77")[1:] == de



# Text whose first three parts are those of a /24 the table knows, and whose last part is not
# one of "0" to "255" as written canonically: never an address of that /24 (each is what the
# general path says of it: invalid, or the address inside the spaces).
LOOK_ALIKES = [
    "8.8.8.01", "8.8.8.001", "8.8.8.256", "8.8.8.1000", "8.8.8.", "8.8.8.-1", "8.8.8.+1",
    "8.8.8.0x1", "8.8.8. 1", "8.8.8.1 ", "8.8.8.1\x00", "8.8.8.1\n", "8.8.8.\u0661",
    "8.8.8.\uff11", "8.8.8.1.2", "8.8.8.8.8", "x8.8.8.1", "08.8.8.1", "46.4.0.09",
    "10.1.2.03", "192.168.1.\u200f1", "81.2.70.0200",
]


def test_text_that_looks_like_an_address_of_a_known_24_is_read_as_itself(odd_db):
    with GeoResolver([odd_db]) as r, GeoResolver([odd_db]) as plain:
        for ip in ("8.8.8.8", "46.4.0.9", "10.1.2.3", "192.168.1.1", "81.2.70.2"):
            r.lookup(ip)  # the /24 table knows these /24s (81.2.70: only its /25, not kept)
        assert {bytes([8, 8, 8]), bytes([46, 4, 0]), bytes([10, 1, 2]), bytes([192, 168, 1])} <= set(
            r._by24 or ()
        )
        for text in LOOK_ALIKES:
            _same(r.lookup(text), _plain(plain, text), text)
            want = plain._resolve(text.strip())
            fields = r.lookup_fields(text)
            if fields is not None:
                assert fields == tuple(want)[1:], text
            else:  # only for text that is no dotted quad, with or without spaces around
                assert want.status is GeoStatus.INVALID or text.strip().startswith("81.2.70."), text


def _plain(plain: GeoResolver, text: str):
    return geo._invalid(text) if len(text) > geo.MAX_ADDRESS_TEXT else plain._resolve(text)


def test_addresses_answered_from_the_24_table_are_not_kept(odd_db):
    """The resolver keeps an address only when the database gives no country for it (the
    full form, built once): building a result from the /24 table or a network's fields
    costs what a cache look-up does, and an address kept is personal data held for nothing."""
    with GeoResolver([odd_db]) as r:
        for ip in ("8.8.8.8", "8.8.8.9", "46.4.7.1", "10.1.2.3", "192.168.1.1"):
            assert r.lookup(ip).ip == ip
            assert r.lookup(ip) == r.lookup(ip)
        assert r.lookup("81.2.70.2").country == "FR"  # a /25: its fields, not the /24's
        assert r.lookup("81.2.70.200").status is GeoStatus.UNKNOWN  # not in the database
        assert r.lookup("81.2.79.1").country is None  # ZZ: not a country, said in a note
        assert set(r._cache) == {"81.2.70.200", "81.2.79.1"}


RULES = (
    "version = 1\nmax_action_share = 1.0\n"
    + rule("remove", name="US panel", countries=["US"], roles=["panelist"])
    + rule("flag", name="Europe", continents=["EU"])
    + rule("block", name="unknown", unknown=True)
)


@pytest.mark.parametrize("roles", [
    ["attendee", "panelist"],  # alternating from one participant to the next
    [f"role {i}" for i in range(150)] + ["panelist", "attendee"],  # more than the table keeps
])  # fmt: skip
def test_decisions_per_role_equal_deciding_each(odd_db, roles):
    rs, _ = parse_rules(RULES)
    assert rs._by_fields is not None
    people = [
        Participant(id=str(i), name=f"P {i}", role=roles[i % len(roles)], ip=ADDRESSES[i % len(ADDRESSES)])
        for i in range(2000)
    ]
    with GeoResolver([odd_db]) as r, GeoResolver([odd_db]) as plain:
        want = [rs._evaluate(p, plain.lookup(p.ip), None) for p in people]
        for _ in range(2):
            assert rs.evaluate_all(people, r) == want
    assert len(rs._by_fields) <= 100
