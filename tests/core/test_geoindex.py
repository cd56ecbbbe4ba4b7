"""The database index (hostguard.core.geoindex): the same answers as the database, address by
address, for every tree layout the format has; a file that is not exactly the index of this
database is never used; the engine makes it once its first roster is in."""

from __future__ import annotations

import ipaddress
import os
import random
import socket
import time
from pathlib import Path

import maxminddb
import mmdb_writer
import netaddr
import pytest

from hostguard.core import geo, geoindex
from hostguard.core.geo import GeoResolver, GeoStatus
from tests.core.test_speed_equivalence_geo import ADDRESSES, RECORDS, _same
from tests.mmdb_factory import DEFAULT_BUILD_DATE, _DatedWriter

# Beside test_speed_equivalence_geo's networks: every prefix from /1 to /26 somewhere, networks
# that end and begin inside a /16 and a /24, and one covering most of a /8 with holes in it.
MORE: list[tuple[list[str], dict]] = [
    (["64.0.0.0/2"], {"country_code": "CA"}),  # under everything in 64-127 written after it
    (["96.0.0.0/3"], {"country_code": "MX"}),
    ([f"{a}.0.0.0/{p}" for a, p in ((40, 5), (48, 6), (52, 7), (58, 8))], {"country_code": "AR"}),
    ([f"33.{k}.0.0/{p}" for k, p in ((0, 9), (128, 10), (192, 11), (224, 12))], {"country_code": "SE"}),
    ([f"34.{k}.0.0/{p}" for k, p in ((0, 13), (8, 14), (12, 15), (14, 16))], {"country_code": "NO"}),
    ([f"35.1.{k}.0/{p}" for k, p in ((0, 17), (128, 18), (192, 19), (224, 20), (240, 21))], {"country_code": "FI"}),
    ([f"35.2.{k}.0/{p}" for k, p in ((0, 22), (4, 23), (6, 24))], {"country_code": "DK"}),
    (["35.2.7.0/25", "35.2.7.192/26"], {"country_code": "IS"}),  # narrower than /24: the database's
    (["35.2.8.0/24"], {"country_code": "XX"}),  # not a country
    (["35.2.9.0/24"], {"country_code": ["US"]}),  # not text
    (["35.2.10.0/24"], {"region": "somewhere"}),  # no code at all
    (["35.2.11.0/24"], "US"),  # not a map
]


class _Writer(mmdb_writer.TreeWriter):
    """mmdb-writer's tree writer with the record size given (it picks the smallest)."""

    record_size_wanted = 24

    def _adjust_record_size(self) -> None:
        super()._adjust_record_size()
        self.record_size = self.record_size_wanted
        self.data_offset = self.record_size * 2 / 8 * self._node_counter


def _write(path: Path, records, *, ip_version: int, record_size: int) -> Path:
    writer = _DatedWriter(
        ip_version=ip_version, ipv4_compatible=ip_version == 6, database_type="country ipvAll",
        languages=["en"], description={"en": "HostGuard index test"}, build_date=DEFAULT_BUILD_DATE,
    )  # fmt: skip
    for nets, record in records:
        nets = [n for n in nets if ip_version == 6 or ":" not in n]
        if nets:
            writer.insert_network(netaddr.IPSet(nets), record)
    tree_writer = type("W", (_Writer,), {"record_size_wanted": record_size})
    tree_writer(writer.tree, writer._build_meta(), writer.int_type, writer.float_type).write(str(path))
    return path


@pytest.fixture(autouse=True)
def _own_index_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(geoindex.ENV_DIR, str(tmp_path / "index"))
    geoindex.forget()
    yield
    geoindex.forget()


LAYOUTS = [(6, 24), (6, 28), (6, 32), (4, 24), (4, 28), (4, 32)]


@pytest.fixture(scope="module", params=LAYOUTS, ids=[f"ipv{v}-{r}bit" for v, r in LAYOUTS])
def layout_db(request, tmp_path_factory):
    version, size = request.param
    path = tmp_path_factory.mktemp("layout") / f"flat-{version}-{size}.mmdb"
    _write(path, MORE + RECORDS, ip_version=version, record_size=size)
    with maxminddb.open_database(str(path)) as reader:
        assert (reader.metadata().record_size, reader.metadata().ip_version) == (size, version)
    return path


def _around(nets: list[str]) -> list[str]:
    out = []
    for n in nets:
        net = ipaddress.ip_network(n)
        if net.version != 4:
            continue
        first, last = int(net.network_address), int(net.broadcast_address)
        for v in (first - 1, first, first + 1, first + 255, first + 256, (first + last) // 2, last - 256, last, last + 1):
            if 0 <= v < 2**32:
                out.append(str(ipaddress.IPv4Address(v)))
    return out


def test_the_index_answers_as_the_database_does(layout_db):
    index = geoindex.build(str(layout_db))
    rnd = random.Random(5)
    extra = _around([n for nets, _ in MORE + RECORDS for n in nets])
    extra += [str(ipaddress.IPv4Address(rnd.getrandbits(32))) for _ in range(3000)]
    with GeoResolver([layout_db], index=False) as plain, GeoResolver([layout_db]) as r:
        assert not r.indexed
        r.use_index(index)
        assert r.indexed
        for ip in ADDRESSES + extra + extra:
            _same(r.lookup(ip), plain.lookup(ip), ip)
            assert r.lookup_fields(ip) == plain.lookup_fields(ip), ip
        # Entry by entry against the reader, where the index answers.
        with maxminddb.open_database(str(layout_db)) as reader:
            answered = 0
            for ip in extra:
                entry = index.entry(socket.inet_aton(ip))
                if entry is None:
                    continue
                answered += 1
                rec, prefix = reader.get_with_prefix_len(ip)
                assert (rec["country_code"], prefix - 96 if prefix > 32 else prefix) == entry, ip
            assert answered > 500


def test_the_index_is_what_lookups_read(layout_db):
    """Addresses the index answers never reach the /24 table (so never the database); those
    it leaves to the database do."""
    with GeoResolver([layout_db]) as r:
        assert r.ensure_index()
        for ip in ("64.1.2.3", "35.1.200.9", "35.2.6.1", "46.4.1.1", "8.8.8.8"):
            r.lookup(ip)
        assert not r._by24 and not r._cache
        assert r.lookup("35.2.7.1").country == "IS" and r.lookup("35.2.7.200").country == "IS"
        assert r.lookup("35.2.7.150").status is GeoStatus.UNKNOWN  # between the two
        unknown = r.lookup("35.2.8.1")  # "XX": the database's full answer, with its note
        assert unknown.status is GeoStatus.UNKNOWN and unknown.note
        assert r.lookup("10.1.2.3").status is GeoStatus.PRIVATE  # whatever the database says


def test_the_bundled_database_index_answers_as_the_database_does():
    rnd = random.Random(9)
    ips = [str(ipaddress.IPv4Address(rnd.getrandbits(32))) for _ in range(40_000)]
    with maxminddb.open_database(geo.bundled_database_path()) as raw:
        for i, (net, _rec) in enumerate(raw):
            if i % 53 == 0 and net.version == 4:
                ips += [str(net.network_address), str(net.broadcast_address), str(net[min(net.num_addresses - 1, 300)])]
            if len(ips) >= 60_000:
                break
    with GeoResolver(index=False) as plain, GeoResolver() as r:
        assert r.ensure_index() and r.indexed
        for ip in ips:
            a, b = r.lookup(ip), plain.lookup(ip)
            assert tuple(a) == tuple(b), ip
        # The index answered nearly all of those the database places (private ones are not
        # the index's: each non-global range's /8 is left out of it).
        placed = [sum(1 for rest in t._by24.values() if rest[0] is GeoStatus.RESOLVED) for t in (r, plain)]
        assert placed[0] < placed[1] / 20, placed


def test_the_index_is_kept_and_read_again(layout_db):
    with GeoResolver([layout_db]) as r:
        assert r.ensure_index()
    path = geoindex.index_file(str(layout_db))
    assert path.is_file() and path.parent == Path(os.environ[geoindex.ENV_DIR])
    geoindex.forget()  # as in another process
    with GeoResolver([layout_db]) as r:
        assert r.indexed
        assert r.lookup("35.1.200.9").country == "FI"


def _tampered(raw: bytes) -> list[tuple[str, bytes]]:
    at = len(geoindex.MAGIC)
    (n,) = geoindex._HEADER.unpack_from(raw, at)
    body = at + geoindex._HEADER.size + n
    header = raw[at + geoindex._HEADER.size : body]

    def with_header(h: bytes) -> bytes:
        return raw[:at] + geoindex._HEADER.pack(len(h)) + h + raw[body:]

    top_entry = bytearray(raw)
    top_entry[body + 4 * (35 << 8 | 1) : body + 4 * (35 << 8 | 1) + 4] = (7_000_000).to_bytes(4, "little")
    misaligned = bytearray(raw)
    k = body + 4 * (35 << 8 | 1)
    misaligned[k : k + 4] = (int.from_bytes(raw[k : k + 4], "little") + 3).to_bytes(4, "little")
    return [
        ("empty", b""),
        ("magic", b"X" + raw[1:]),
        ("truncated", raw[: len(raw) - 100]),
        ("header cut", raw[: at + 10]),
        ("header length", raw[:at] + geoindex._HEADER.pack(1 << 30) + raw[at + 4 :]),
        ("not JSON", with_header(b"{" + header[1:-1])),
        ("another format", with_header(header.replace(b'"format":1', b'"format":2'))),
        ("another database", with_header(header.replace(b'"identity":["', b'"identity":["/elsewhere'))),
        ("palette not text", with_header(header.replace(b'["FI",', b"[7,", 1))),
        ("prefix past 24", with_header(header.replace(b'["FI",17]', b'["FI",99]', 1))),
        ("a /16 pointing nowhere", bytes(top_entry)),
        ("a /16 between blocks", bytes(misaligned)),
        ("one byte more", raw + b"\0"),
    ]


def test_a_file_that_is_not_exactly_the_index_is_never_used(layout_db):
    with GeoResolver([layout_db]) as r:
        assert r.ensure_index()
    path = geoindex.index_file(str(layout_db))
    raw = path.read_bytes()
    assert b'["FI",17]' in raw
    with maxminddb.open_database(str(layout_db)) as reader:
        assert geoindex.loads(raw, geoindex.identity_of(str(layout_db), reader)) is not None
    for what, bad in _tampered(raw):
        path.write_bytes(bad)
        geoindex.forget()
        with GeoResolver([layout_db]) as r, GeoResolver([layout_db], index=False) as plain:
            assert not r.indexed, what
            for ip in ("35.1.200.9", "35.2.6.1", "64.1.2.3", "35.2.7.150"):
                assert tuple(r.lookup(ip)) == tuple(plain.lookup(ip)), what
            # Made again, and the file written over.
            assert r.ensure_index(), what
        assert path.read_bytes() == raw, what


def test_an_index_of_another_database_is_caught_by_what_it_answers(tmp_path):
    """Same identity (a file copied over with its times kept, say), other answers: the
    sampled addresses disagree with the database, and the index is not used."""
    a = _write(tmp_path / "a.mmdb", [(["1.0.0.0/8"], {"country_code": "JP"})], ip_version=6, record_size=24)
    b = _write(tmp_path / "b.mmdb", [(["1.0.0.0/8"], {"country_code": "DE"})], ip_version=6, record_size=24)
    index_a = geoindex.build(str(a))
    with maxminddb.open_database(str(b)) as reader:
        forged = geoindex.GeoIndex(geoindex.identity_of(str(b), reader), index_a.palette, index_a.top, index_a.blocks)
    geoindex.save(forged, str(b))
    with GeoResolver([b]) as r:
        assert not r.indexed
        assert r.lookup("1.2.3.4").country == "DE"


def test_a_changed_database_is_not_read_through_its_old_index(tmp_path):
    path = _write(tmp_path / "c.mmdb", [(["35.0.0.0/8"], {"country_code": "JP"})], ip_version=6, record_size=24)
    with GeoResolver([path]) as r:
        assert r.ensure_index() and r.lookup("35.1.2.3").country == "JP"
    _write(path, [(["35.0.0.0/8"], {"country_code": "DE"})], ip_version=6, record_size=24)
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    with GeoResolver([path]) as r:
        assert not r.indexed
        assert r.lookup("35.1.2.3").country == "DE"
        assert r.ensure_index() and r.lookup("35.1.2.4").country == "DE"


def test_other_databases_are_not_indexed_and_nothing_raises(dbs, tmp_path):
    for paths in ([dbs.geoip2_country], [dbs.city], [dbs.flat, dbs.asn]):
        with GeoResolver(paths) as r:
            assert not r.ensure_index() and not r.indexed
            assert r.lookup("8.8.8.8").country == "US"
    with GeoResolver([dbs.flat], index=False) as r:
        assert not r.ensure_index()
    with pytest.raises(geoindex.IndexUnavailable):
        geoindex.build(str(dbs.geoip2_country))  # records of another shape: nothing to index
    junk = tmp_path / "junk.mmdb"
    junk.write_bytes(b"\0" * 4096)
    with pytest.raises(geoindex.IndexUnavailable):
        geoindex.build(str(junk))
    # The database removed under an open resolver: no index, no exception, lookups go on.
    moved = tmp_path / "moved.mmdb"
    moved.write_bytes(Path(dbs.flat).read_bytes())
    with GeoResolver([moved]) as r:
        moved.unlink()
        assert not r.ensure_index()
        assert r.lookup("8.8.8.8").country == "US"


def test_an_unwritable_index_folder_keeps_the_index_for_the_session(layout_db, tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv(geoindex.ENV_DIR, str(blocker / "index"))
    with GeoResolver([layout_db]) as r:
        assert r.ensure_index() and r.lookup("35.1.200.9").country == "FI"
    with GeoResolver([layout_db]) as r:
        assert r.indexed  # from this process's memory


def test_the_engine_makes_the_index_after_its_first_roster(simulator, tmp_path):
    from hostguard.core.rules import parse_rules
    from hostguard.engine import Engine
    from hostguard.services.reference import ReferenceAdapter

    sim = simulator(participants=30, seed=4)
    adapter = ReferenceAdapter(sim.url, sim.token)
    with GeoResolver() as resolver:
        assert not resolver.indexed  # this test's index folder is empty
        engine = Engine(adapter, sim.meeting_id, parse_rules("version = 1\n")[0], resolver, tmp_path / "s")
        try:
            engine.start()
            assert engine.wait_ready(20)
            deadline = time.monotonic() + 60
            while not resolver.indexed and time.monotonic() < deadline:
                time.sleep(0.05)
            assert resolver.indexed
            assert geoindex.index_file(geo.bundled_database_path()).is_file()
        finally:
            engine.close()
            adapter.close()


@pytest.mark.parametrize("record_size", [24, 28, 32])
def test_search_tree_records_are_read_as_the_format_lays_them_out(record_size):
    """Record values up to the size's limit (test databases are too small to reach past 24
    bits). The MaxMind DB format: 24 bits, left then right, 3 bytes each, big-endian; 32
    bits, 4 bytes each; 28 bits, the left record's low 24 bits, then one byte whose high
    nibble is the left record's top 4 bits and whose low nibble the right record's, then
    the right record's low 24 bits."""
    rnd = random.Random(record_size)
    pairs = [(rnd.getrandbits(record_size), rnd.getrandbits(record_size)) for _ in range(5000)]
    pairs += [(0, (1 << record_size) - 1), ((1 << record_size) - 1, 0)]
    tree = bytearray()
    for left, right in pairs:
        if record_size == 28:
            tree += (left & 0xFFFFFF).to_bytes(3, "big")
            tree.append((left >> 24) << 4 | right >> 24)
            tree += (right & 0xFFFFFF).to_bytes(3, "big")
        else:
            tree += left.to_bytes(record_size // 8, "big") + right.to_bytes(record_size // 8, "big")
    left, right = geoindex._records(memoryview(bytes(tree)), len(pairs), record_size)
    assert list(zip(left, right, strict=True)) == pairs


def test_an_index_file_that_is_a_pipe_or_huge_is_not_read(layout_db):
    path = geoindex.index_file(str(layout_db))
    path.parent.mkdir(parents=True)
    os.mkfifo(path)  # a read would wait for a writer forever
    with GeoResolver([layout_db]) as r:
        assert not r.indexed
    geoindex.forget()
    path.unlink()
    with open(path, "wb") as f:
        f.truncate(geoindex.MAX_FILE + 1)  # sparse: no disk used
    with GeoResolver([layout_db]) as r:
        assert not r.indexed
        assert r.ensure_index()  # and written over
    assert path.stat().st_size < 1 << 20
