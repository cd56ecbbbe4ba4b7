"""Would a range table beat the reader? The measurement behind README "Performance" (on
demand, never collected).

    python tests/benchmarks/geo_ranges.py

The one way for `GeoResolver.lookup` not to call the reader for each new /24 is a table of the
database's IPv4 networks, looked up from Python. This builds one from the bundled .mmdb file
(the search tree decoded with slice assignments into arrays, then walked for the IPv4 subtree),
with a /16 index to narrow each bisection, and times: the build; a lookup in it (inet_pton,
int.from_bytes, the bisection, the prefix from the range's size); and the reader's own
`get_with_prefix_len`, over `run.py`'s 10,000 addresses. It checks every prefix against the
reader's. On this machine: build 0.5-0.8 s, a lookup 1.5-1.8 us, the reader 1.1-1.2 us: a
bisected range table does not help. What does is no search at all: the /16 and /24 tables of
hostguard/core/geoindex.py (two array reads per address), made once per database and kept.
"""

from __future__ import annotations

import socket
import sys
import time
from array import array
from bisect import bisect_right
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import maxminddb

from hostguard.core.geo import bundled_database_path
from hostguard.core.geoindex import _records  # the index's own decoder (24, 28 and 32 bits)
from tests.benchmarks.run import public_addresses


def build(path: str) -> tuple[array, array]:
    """(starts, records): the first address of each IPv4 network (or gap) of the database, in
    order, and the record it points to (the node count: none)."""
    meta = maxminddb.open_database(path).metadata()
    nodes = meta.node_count
    data = Path(path).read_bytes()
    left, right = _records(memoryview(data)[: nodes * meta.record_size // 4], nodes, meta.record_size)
    node = 0
    if meta.ip_version == 6:  # IPv4 lives at ::/96
        for _ in range(96):
            if node >= nodes:
                break
            node = left[node]
    starts, records = array("I"), array("I")
    stack = [(node, 0, 0)]
    while stack:
        node, depth, start = stack.pop()
        if node < nodes and depth < 32:
            stack.append((right[node], depth + 1, start | (1 << (31 - depth))))
            stack.append((left[node], depth + 1, start))
        else:
            starts.append(start)
            records.append(node)
    return starts, records


def main() -> None:
    path = bundled_database_path()
    t = time.perf_counter()
    starts, records = build(path)
    index = array("I", [0]) * 65537
    j, n = 0, len(starts)
    for k in range(65536):
        while j < n and starts[j] < k << 16:
            j += 1
        index[k] = j
    index[65536] = n
    built = time.perf_counter() - t
    pton, af, from_bytes = socket.inet_pton, socket.AF_INET, int.from_bytes

    def in_table(ip: str) -> tuple[int, int]:
        value = from_bytes(pton(af, ip), "big")
        k = value >> 16
        i = bisect_right(starts, value, max(0, index[k] - 1), index[k + 1] + 1) - 1
        size = (starts[i + 1] if i + 1 < n else 1 << 32) - starts[i]
        return records[i], 33 - size.bit_length()

    reader = maxminddb.open_database(path, maxminddb.MODE_MMAP_EXT)
    ips = public_addresses(10_000)
    wrong = sum(1 for ip in ips if in_table(ip)[1] != reader.get_with_prefix_len(ip)[1])
    if wrong:
        raise SystemExit(f"{wrong} prefixes differ from the reader's")

    def best(fn) -> float:
        out = float("inf")
        for _ in range(5):
            t = time.perf_counter()
            for ip in ips:
                fn(ip)
            out = min(out, time.perf_counter() - t)
        return out / len(ips) * 1e6

    print({"networks": n, "build_s": round(built, 2), "table_us": round(best(in_table), 2),
           "reader_us": round(best(reader.get_with_prefix_len), 2)})  # fmt: skip


if __name__ == "__main__":
    main()
