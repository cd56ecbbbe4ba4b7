"""The resolver's fast paths give exactly what its general path gives.

`GeoResolver.lookup` against a flat country database (the bundled default's shape) answers a
dotted quad with a few C calls, shares one tuple of fields among the addresses of a database
network with the same code and prefix length, and among the addresses of a /24 whose network
is a /24 or wider without a database lookup (`lookup_fields`), and reads IPv6 text with
inet_pton/inet_ntop instead of `ipaddress`. Each of these is checked here against the straightforward path
(`GeoResolver._resolve`: `ipaddress` objects, the database read through `_Database.flat`)
on real .mmdb files written with mmdb-writer, field by field and evidence included.
"""

from __future__ import annotations

import ipaddress
import random
import socket

import pytest

from hostguard.core import geo
from hostguard.core.geo import GeoResolver, GeoResult, GeoStatus
from tests.mmdb_factory import write_mmdb

# (networks, record): prefixes from /8 to /30, a network inside a wider one with another
# country, codes in another case or not ISO at all, the GeoIP2 shape, and private ranges
# mapped to a country as some free databases do (never believed).
RECORDS: list[tuple[list[str], dict]] = [
    (["126.0.0.0/8", "2400:4000::/22"], {"country_code": "JP"}),
    (["46.4.0.0/16", "2a01:4f8::/29"], {"country_code": "DE"}),
    (["81.2.69.0/24"], {"country_code": "GB"}),
    (["81.2.70.0/25"], {"country_code": "FR"}),
    (["81.2.70.128/26"], {"country_code": "NL"}),
    (["81.2.71.4/30"], {"country_code": "BE"}),
    (["81.2.72.0/23"], {"country_code": "cn"}),  # lower case: still CN
    (["5.255.255.0/24"], {"country_code": "ZZ"}),  # not a country: unknown, with a note
    (["5.255.254.0/24"], {"country_code": "EU"}),
    (["2.0.0.0/16"], {"country_code": "", "country": {"iso_code": "FR"}}),  # GeoIP2 shape
    (["2.1.0.0/16"], {"country_code": 7}),  # a number
    (["8.8.8.0/24", "2001:4860::/32"], {"country_code": "US"}),
    (["10.0.0.0/8", "100.64.0.0/10", "192.168.0.0/16", "203.0.113.0/24"], {"country_code": "CN"}),
    (["fc00::/7", "2001:db8::/32"], {"country_code": "CN"}),
]

NETWORKS = [n for nets, _ in RECORDS for n in nets]


@pytest.fixture(scope="module", params=[6, 4], ids=["ipv6-tree", "ipv4-tree"])
def flat_db(request, tmp_path_factory):
    version = request.param
    records = [([n for n in nets if version == 6 or ":" not in n], rec) for nets, rec in RECORDS]
    path = tmp_path_factory.mktemp("flat") / f"flat{version}.mmdb"
    return write_mmdb(path, "country ipvAll", [(n, r) for n, r in records if n], ip_version=version)


def _addresses() -> list[object]:
    rnd = random.Random(20261201)
    out: list[object] = []
    for n in NETWORKS:
        net = ipaddress.ip_network(n)
        size = net.num_addresses
        for off in (0, 1, 2, 3, 4, 127, 128, 255, 256, size - 1):
            if 0 <= off < size:
                out.append(str(net.network_address + off))
        for _ in range(20):
            out.append(str(net.network_address + rnd.randrange(size)))
        if net.version == 4:  # the neighbours of the network, outside it
            out.append(str(net.network_address - 1))
            out.append(str(net.broadcast_address + 1))
            out.append(f"::ffff:{net.network_address + 1}")  # IPv4-mapped
            out.append(f"::{net.network_address + 1}")  # IPv4-compatible (deprecated)
    for _ in range(400):  # anywhere, public or not
        out.append(str(ipaddress.IPv4Address(rnd.getrandbits(32))))
        out.append(str(ipaddress.IPv6Address(rnd.getrandbits(128))))
    for lo, hi in geo._V4_RANGES:  # every non-global IPv4 range, at and around its ends
        for v in (lo - 1, lo, lo + 255, lo + 256, hi - 256, hi - 255, hi, hi + 1):
            if 0 <= v < 2**32:
                out.append(str(ipaddress.IPv4Address(v)))
    for lo, hi in geo._V6_RANGES:
        for v in (lo - 1, lo, hi, hi + 1):
            if 0 <= v < 2**128:
                out.append(str(ipaddress.IPv6Address(v)))
    out += [
        "", "   ", " 8.8.8.8 ", "8.8.8.8\n", "08.8.8.8", "8.8.8", "8.8.8.8.8", "8.8.8.256",
        "8.8.8.-1", "1.2.3.4/24", "[2001:4860::1]", "fe80::1%eth0", "8.8.8.8%eth0",
        "2001:4860::1%25", "2001:4860:0:0:0:0:0:1", "2001:4860::0001", "2001:4860::1:2:3:4:5:6:7",
        "::", "::1", "::2", "::ffff:0.0.0.0", "::ffff:8.8.8.8", "::FFFF:8.8.8.8", "::ffff:08.8.8.8",
        "2001:4860::8.8.8.8", "1.2.3.4\x00", "\x00", "x" * 101, "8.8.8.8" + " " * 100,
        "not an address", "٣.٣.٣.٣", "8.8.8.8 ", None, 12, 3.5, b"8.8.8.8", ["8.8.8.8"],
    ]  # fmt: skip
    return out


ADDRESSES = _addresses()


def _same(a: GeoResult, b: GeoResult, ip: object) -> None:
    assert type(a) is GeoResult and type(b) is GeoResult, ip
    assert tuple(a) == tuple(b), ip
    assert a.evidence() == b.evidence(), ip
    assert (a.network, a.summary(), a.country_known) == (b.network, b.summary(), b.country_known), ip


def _straightforward(r: GeoResolver, ip: object) -> GeoResult:
    """The general path, as `lookup` takes it for anything but the fast cases."""
    if type(ip) is not str:
        return r.lookup(ip)  # never reaches a fast path
    if len(ip) > geo.MAX_ADDRESS_TEXT:
        return geo._invalid(ip)
    return r._resolve(ip)


def test_lookup_equals_the_general_path(flat_db):
    rnd = random.Random(7)
    order = list(ADDRESSES) * 2  # the second time through: /24 and cache hits
    rnd.shuffle(order)
    with GeoResolver([flat_db]) as fast, GeoResolver([flat_db]) as plain:
        assert fast._by24 is not None  # the fast path is the one under test
        for ip in order:
            _same(fast.lookup(ip), _straightforward(plain, ip), ip)


def test_lookup_equals_the_general_path_with_a_tiny_cache(flat_db):
    """Both caches emptied again and again: the same answers."""
    with GeoResolver([flat_db], cache_size=3) as fast, GeoResolver([flat_db]) as plain:
        for ip in ADDRESSES + ADDRESSES[::-1]:
            _same(fast.lookup(ip), _straightforward(plain, ip), ip)


def test_lookup_fields_are_the_result_but_the_address(flat_db):
    with GeoResolver([flat_db]) as r, GeoResolver([flat_db]) as plain:
        shared = 0
        for ip in ADDRESSES:
            fields = r.lookup_fields(ip)
            if fields is None:
                continue
            shared += 1
            assert fields == tuple(_straightforward(plain, ip))[1:], ip
            assert fields == tuple(r.lookup(ip))[1:], ip
        assert shared > 100
        # One tuple for the addresses of a /24 of a /16 network; the networks inside a /24
        # each have their own, never shared through the /24, whichever is asked first.
        assert r.lookup_fields("46.4.1.1") is r.lookup_fields("46.4.1.200")
        fr, nl = r.lookup_fields("81.2.70.1"), r.lookup_fields("81.2.70.150")
        assert fr is r.lookup_fields("81.2.70.2") and nl is r.lookup_fields("81.2.70.151")
        assert fr != nl and r.lookup_fields("81.2.70.3") is fr
        assert r.lookup("81.2.70.1").country == "FR" and r.lookup("81.2.70.150").country == "NL"
        assert r.lookup("81.2.70.4").country == "FR" and r.lookup("81.2.70.200").country is None
        assert r.lookup_fields("81.2.70.201") is None  # not in the database: no shared fields
        assert r.lookup_fields("5.255.255.1") is None  # "ZZ": the full form, with its note
        assert r.lookup_fields("10.1.2.3") is r.lookup_fields("10.1.2.4")
        assert r.lookup("10.1.2.3").status is GeoStatus.PRIVATE


def test_layered_or_non_flat_databases_have_no_shared_fields(dbs):
    with GeoResolver([dbs.flat, dbs.asn]) as r:
        assert r.lookup_fields("8.8.8.8") is None
        assert r.lookup("8.8.8.8").asn == 15169
    with GeoResolver([dbs.geoip2_country]) as r:
        assert r.lookup_fields("8.8.8.8") is None


@pytest.mark.parametrize("indexed", [True, False], ids=["index", "no-index"])
def test_the_bundled_database_fast_path_equals_the_general_path(indexed):
    """The real database, over its own networks (as the benchmark draws them); with its index
    (made at the start of the run, see tests/conftest.py) and without."""
    import maxminddb

    rnd = random.Random(3)
    ips: list[str] = []
    with maxminddb.open_database(geo.bundled_database_path()) as raw:
        for i, (net, _rec) in enumerate(raw):
            if i % 97 == 0:
                ips.append(str(net[rnd.randrange(min(net.num_addresses, 1 << 16))]))
            if len(ips) >= 3000:
                break
    with GeoResolver(index=indexed) as fast, GeoResolver(index=False) as plain:
        assert fast.indexed is indexed and not plain.indexed
        for ip in ips + ips:
            _same(fast.lookup(ip), _straightforward(plain, ip), ip)


def _pton6(text: str) -> int | None:
    try:
        return int.from_bytes(socket.inet_pton(socket.AF_INET6, text), "big")
    except (OSError, ValueError):
        return None


def _ipaddress6(text: str) -> int | None:
    try:
        a = ipaddress.ip_address(text)
    except ValueError:
        return None
    return int(a) if a.version == 6 else None


def test_inet_pton_reads_ipv6_text_as_ipaddress_does():
    rnd = random.Random(11)
    alphabet = "0123456789abcdefABCDEF:."
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 45))) for _ in range(40_000)]
    for _ in range(40_000):
        groups = [format(rnd.choice([0, 0, 1, 0xFFFF, rnd.randrange(65536)]), rnd.choice(["x", "04x", "X"])) for _ in range(8)]  # fmt: skip
        k = rnd.randint(0, 8)
        j = rnd.randint(k, 8)
        t = ":".join(groups[:k]) + "::" + ":".join(groups[j:]) if rnd.random() < 0.6 else ":".join(groups)
        if rnd.random() < 0.2:
            quad = ".".join(str(rnd.choice([0, 1, 255, 256, rnd.randrange(300)])) for _ in range(4))
            t = t.rsplit(":", 2)[0] + ":" + quad
        texts.append(t)
    for t in texts:
        assert _pton6(t) == _ipaddress6(t), t


def test_ipv6_text_is_what_ipaddress_writes():
    rnd = random.Random(5)
    values = [0, 1, 2, 0xFFFF, 0xFFFF << 32, (0xFFFF << 32) | 1, 1 << 32, (1 << 32) - 1, 1 << 127]
    for _ in range(50_000):
        v = 0
        for _h in range(8):
            v = (v << 16) | rnd.choice([0, 0, 0, 1, 0xFFFF, rnd.randrange(65536)])
        values.append(v)
    for v in values:
        a = ipaddress.IPv6Address(v)
        assert geo._address_text(a) == str(a)
    for v in (0, 1, 0x08080808, 0xFFFFFFFF):
        a = ipaddress.IPv4Address(v)
        assert geo._address_text(a) == str(a)


def _is_global_unicast_by_loop(addr) -> bool:
    value = int(addr)
    for lo, hi in geo._V4_RANGES if addr.version == 4 else geo._V6_RANGES:
        if value < lo:
            return True
        if value <= hi:
            return False
    return True


def test_global_unicast_by_bisection_equals_the_scan():
    rnd = random.Random(9)
    addrs = []
    for ranges, cls, bits in ((geo._V4_RANGES, ipaddress.IPv4Address, 32), (geo._V6_RANGES, ipaddress.IPv6Address, 128)):
        for lo, hi in ranges:
            addrs += [cls(v) for v in (lo - 1, lo, lo + 1, hi - 1, hi, hi + 1) if 0 <= v < 2**bits]
        addrs += [cls(rnd.getrandbits(bits)) for _ in range(5000)]
    for a in addrs:
        assert geo.is_global_unicast(a) == _is_global_unicast_by_loop(a), a


def test_first_octet_table_agrees_with_the_ranges():
    for first in range(256):
        values = [(first << 24) | low for low in (0, 1, 0x3FFFFF, 0x400000, 0xFFFFFF, 0x7FFFFF)]
        private = [not geo.is_global_unicast(ipaddress.IPv4Address(v)) for v in values]
        kind = geo._V4_FIRST[first]
        if kind == geo._V4_NONE:
            assert not any(private), first
        elif kind == geo._V4_ALL:
            assert all(private), first
