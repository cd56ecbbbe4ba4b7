"""How low `geo_vs_raw` can go: the shortest lookups that still do what `GeoResolver.lookup`
must, timed against the raw reader like `run.py`'s geo part (on demand, never collected).

    python tests/benchmarks/geo_floor.py

Each loop checks the text with inet_pton, keeps the resolver's /24 table and calls the reader
for each new /24, with no per-address cache, and returns: ``typed``, a two-field tuple
subclass (the address and the fields its /24 shares), the cheapest object of a class of ours;
``plain``, a plain tuple. ``lookup`` is `GeoResolver.lookup` itself. Prints ratios to the raw
loop, three rounds. This was the floor for a lookup that asks the reader for each new /24,
and the reason for the database index (hostguard/core/geoindex.py), which asks it for almost
none: ``lookup`` here runs without the index (``GeoResolver(index=False)``), as before it.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import maxminddb

from hostguard.core import geo
from tests.benchmarks.run import best_of, public_addresses


class _Pair(tuple):
    __slots__ = ()


def main() -> None:
    ips = public_addresses(10_000)
    raw = maxminddb.open_database(geo.bundled_database_path(), maxminddb.MODE_MMAP_EXT)
    warm = geo.GeoResolver(index=False)
    for ip in ips:
        warm.lookup(ip)
    rests = warm._rests  # the shared fields, as a resolver builds them
    pton, af, first, new = socket.inet_pton, socket.AF_INET, geo._V4_FIRST, tuple.__new__

    def loop(make) -> None:
        by24: dict[bytes, tuple] = {}
        get = raw.get_with_prefix_len
        for ip in ips:
            if type(ip) is not str:
                continue
            packed = pton(af, ip)
            key = packed[:3]
            rest = by24.get(key)
            if rest is None and not first[packed[0]]:
                rec, prefix = get(ip)
                code = rec.get("country_code") if type(rec) is dict else None
                if type(code) is str:
                    rest = rests[prefix].get(code)
                    if rest is not None and prefix <= 24:
                        by24[key] = rest
            make(ip, rest)

    def raw_loop() -> None:
        get = raw.get
        for ip in ips:
            get(ip)

    def typed() -> None:
        loop(lambda ip, rest: new(_Pair, (ip, rest)))

    def plain() -> None:
        loop(lambda ip, rest: (ip, rest))

    def lookup() -> None:
        r = geo.GeoResolver(index=False)
        for ip in ips:
            r.lookup(ip)
        r.close()

    for _ in range(3):
        t = {f.__name__: best_of(f, 7) for f in (raw_loop, typed, plain, lookup)}
        print({k: round(v / t["raw_loop"], 2) for k, v in t.items()})


if __name__ == "__main__":
    main()
