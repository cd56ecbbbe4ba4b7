"""An index of a flat country database's IPv4 networks, /24 by /24: what `GeoResolver.lookup`
reads instead of the database for an address whose network is a /24 or wider.

Why: a database lookup (maxminddb's C reader) walks the search tree and builds a record dict
for every address; for the tens of thousands of addresses of a large event, nearly each one
in a /24 not seen before, that is most of the time geolocation takes. The index answers the
same question with two array reads: it is the database's search tree, cut at /24 and laid out
flat.

What it holds, and no more: for each /16 of the IPv4 space, either one palette entry (the
/16 is inside one network) or a block of 256 palette entries, one per /24. A palette entry is
(the record's ``country_code`` as the database gives it, the network's prefix length), or
"ask the database" (entry 0: a network narrower than /24, no record, or a record with no
code). The resolver checks every code as it checks a looked-up one and makes the result from
it; the results are the same with or without the index (tests compare them address by address).

Made from the database file alone (nothing about participants is in it), once per database:
the engine builds it after its first roster (about half a second for the bundled database, in
a thread of its own) and keeps it in the user's cache folder (``HOSTGUARD_GEO_INDEX_DIR``
overrides it), one file per database path, replaced when the database changes. A file that is
not exactly what this module writes, or that disagrees with the database on a few addresses
read from both, is ignored (and rebuilt): it is from outside too.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import socket
import stat
import struct
import sys
import tempfile
import threading
from array import array
from dataclasses import dataclass, field
from pathlib import Path

import maxminddb

log = logging.getLogger(__name__)

FORMAT = 1
MAGIC = b"HostGuard geo index\n"
BLOCK = 0x8000_0000  # a /16 entry at or above this is BLOCK + where its block begins
DEPTH = 24  # networks narrower than this are left to the database
_HEADER = struct.Struct("<I")  # the length of the JSON header after MAGIC
MAX_HEADER = 4 << 20  # a palette of every (code, prefix) pair fits many times over
MAX_PALETTE = 0xFFFF  # block entries are 16 bits
ENV_DIR = "HOSTGUARD_GEO_INDEX_DIR"
MAX_FILE = len(MAGIC) + 4 + MAX_HEADER + 4 * 65536 + 2 * 256 * 65536


class IndexUnavailable(Exception):
    """The database cannot be indexed (another shape, record size, or a damaged tree)."""


@dataclass(frozen=True, slots=True)
class GeoIndex:
    """The index of one database file (see the module's docstring)."""

    identity: tuple  # what the database file was when the index was made (see identity_of)
    palette: tuple[tuple[str, int] | None, ...]  # entry 0 is None: "ask the database"
    top: array  # 65,536 entries ("I"): a palette entry, or BLOCK + where its block begins
    blocks: array  # 256 entries ("H") per block, each a palette entry
    memo: dict = field(default_factory=dict, compare=False)  # GeoResolver's, per database

    def entry(self, packed: bytes) -> tuple[str, int] | None:
        """The palette entry of an IPv4 address (its four bytes); for tests and checks."""
        v = self.top[packed[0] << 8 | packed[1]]
        if v >= BLOCK:
            v = self.blocks[v - BLOCK + packed[2]]
        return self.palette[v]


def identity_of(path: str, reader: maxminddb.Reader) -> tuple:
    """What must not have changed for an index of ``path`` to hold."""
    st = os.stat(path)
    meta = reader.metadata()
    return (
        os.path.realpath(path), st.st_size, st.st_mtime_ns, meta.build_epoch, meta.node_count,
        meta.record_size, meta.ip_version, str(meta.database_type),
    )  # fmt: skip


def index_dir() -> Path:
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("HostGuard", "HostGuard")) / "geoip-index"


def index_file(path: str) -> Path:
    """The index file of the database at ``path`` (one per database path)."""
    name = hashlib.sha256(os.path.realpath(path).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return index_dir() / f"{name}.idx"


# -- building ----------------------------------------------------------------------------
_HI_NIBBLE = bytes(b >> 4 for b in range(256))
_LO_NIBBLE = bytes(b & 0x0F for b in range(256))


def _records(tree: memoryview, nodes: int, record_size: int) -> tuple[array, array]:
    """Every node's left and right record as two arrays of 32-bit numbers, decoded with slice
    assignments (C loops) rather than node by node."""
    if array("I").itemsize != 4:  # pragma: no cover - every platform HostGuard ships on
        raise IndexUnavailable("no 32-bit unsigned array type on this platform")
    width = record_size // 4  # bytes per node: 6, 7 or 8
    left, right = bytearray(4 * nodes), bytearray(4 * nodes)
    if record_size in (24, 32):
        half = width // 2
        for out, first in ((left, 0), (right, half)):
            for k in range(half):
                out[4 - half + k :: 4] = tree[first + k :: width]
    elif record_size == 28:
        # Node: 3 bytes of the left record, a byte whose high nibble is the left record's top
        # 4 bits and whose low nibble is the right record's, then 3 bytes of the right record.
        middle = bytes(tree[3::7])
        left[0::4] = middle.translate(_HI_NIBBLE)
        right[0::4] = middle.translate(_LO_NIBBLE)
        for k in range(3):
            left[1 + k :: 4] = tree[k::7]
            right[1 + k :: 4] = tree[4 + k :: 7]
    else:
        raise IndexUnavailable(f"record size {record_size} (the format has 24, 28 and 32)")
    out = []
    for buf in (left, right):
        a = array("I")
        a.frombytes(buf)
        if sys.byteorder == "little":
            a.byteswap()  # the tree is big-endian
        out.append(a)
    return out[0], out[1]


def build(path: str) -> GeoIndex:
    """Index the database file at ``path`` (a flat country database). Raises IndexUnavailable
    when it cannot be indexed, with the reason."""
    try:
        reader = maxminddb.open_database(path, maxminddb.MODE_MMAP)
    except (OSError, ValueError, maxminddb.InvalidDatabaseError) as exc:
        raise IndexUnavailable(f"not a readable MaxMind DB file ({exc})") from None
    try:
        identity = identity_of(path, reader)
        meta = reader.metadata()
        nodes, record_size = meta.node_count, meta.record_size
        tree_size = nodes * record_size // 4
        data = Path(path).read_bytes()
        data_size = len(data) - tree_size - 16  # what follows the tree and its 16-byte separator
        if nodes <= 0 or data_size <= 0:
            raise IndexUnavailable("the search tree is empty or larger than the file")
        left, right = _records(memoryview(data)[:tree_size], nodes, record_size)
        del data
        node = 0
        if meta.ip_version == 6:  # IPv4 is ::/96 of an IPv6 tree
            for _ in range(96):
                if node >= nodes:
                    raise IndexUnavailable("the IPv6 tree has no IPv4 subtree")
                node = left[node]
        elif meta.ip_version != 4:
            raise IndexUnavailable(f"IP version {meta.ip_version!r}")
        return _walk(reader, identity, left, right, nodes, nodes + 16 + data_size, node)
    finally:
        reader.close()


def _walk(reader, identity: tuple, left: array, right: array, nodes: int, end: int, root: int) -> GeoIndex:
    """The index of the IPv4 subtree at ``root``: the tree walked down to /16 for every /16,
    then down to /24 inside the /16s it splits."""
    palette: list[tuple[str, int] | None] = [None]
    pids: dict[tuple[str, int], int] = {}  # (code, prefix) -> palette entry
    codes: dict[int, str | None] = {}  # record pointer -> its country_code, as the reader decodes it

    def pid_of(ptr: int, depth: int, start: int) -> int:
        """The palette entry of the network of ``depth`` bits at ``start`` (an IPv4 address
        as a number) whose record is at ``ptr``."""
        if ptr == nodes:
            return 0  # not in the database
        if ptr >= end:
            raise IndexUnavailable("a record points past the end of the file")
        if ptr not in codes:
            try:
                rec = reader.get(socket.inet_ntoa(start.to_bytes(4, "big")))
            except (ValueError, maxminddb.InvalidDatabaseError) as exc:
                raise IndexUnavailable(f"a record cannot be read ({exc})") from None
            code = rec.get("country_code") if type(rec) is dict else None
            codes[ptr] = code if type(code) is str and 0 < len(code) <= 8 else None
        code = codes[ptr]
        if code is None:
            return 0  # the full form says what the record holds
        key = (code, depth)
        pid = pids.get(key)
        if pid is None:
            if len(palette) > MAX_PALETTE:
                raise IndexUnavailable("more (country, prefix) pairs than the index holds")
            pid = pids[key] = len(palette)
            palette.append((code, depth))
        return pid

    top = array("I", bytes(4 * 65536))
    blocks = array("H")
    fills: dict[tuple[int, int], array] = {}

    def fill(block: int, node: int, depth: int, start: int) -> None:
        # ``start``: the network's first address as a number; ``block``: where its /16's 256
        # entries begin in ``blocks``.
        if node < nodes:
            if depth < DEPTH:
                fill(block, left[node], depth + 1, start)
                fill(block, right[node], depth + 1, start | 1 << (31 - depth))
            return  # narrower than /24: entry 0
        pid = pid_of(node, depth, start)
        if not pid:
            return
        at = block + (start >> 8 & 0xFF)
        if depth == DEPTH:
            blocks[at] = pid
        else:
            n = 1 << (DEPTH - depth)
            run = fills.get((pid, n))
            if run is None:
                run = fills[(pid, n)] = array("H", [pid]) * n
            blocks[at : at + n] = run

    # Down to /16, breadth first: each level's nodes (a leaf stands for both its halves).
    level = [(root, 0)]
    for depth in range(16):
        below: list[tuple[int, int]] = []
        add = below.append
        for node, leaf_depth in level:
            if node < nodes:
                add((left[node], depth + 1))
                add((right[node], depth + 1))
            else:
                add((node, leaf_depth))
                add((node, leaf_depth))
        level = below
    zeros = array("H", bytes(512))
    for k, (node, leaf_depth) in enumerate(level):
        if node < nodes:
            block = len(blocks)
            blocks.extend(zeros)
            top[k] = BLOCK + block
            fill(block, node, 16, k << 16)
        else:
            top[k] = pid_of(node, leaf_depth, k << 16)
    if len(palette) == 1:
        raise IndexUnavailable("no network of /24 or wider has a country_code")
    return GeoIndex(identity=identity, palette=tuple(palette), top=top, blocks=blocks)


# -- the file ----------------------------------------------------------------------------
def dumps(index: GeoIndex) -> bytes:
    header = json.dumps(
        {"format": FORMAT, "identity": list(index.identity), "palette": index.palette[1:]},
        separators=(",", ":"),
    ).encode()
    top, blocks = array("I", index.top), array("H", index.blocks)
    if sys.byteorder == "big":  # pragma: no cover - the file is little-endian
        top.byteswap()
        blocks.byteswap()
    return b"".join((MAGIC, _HEADER.pack(len(header)), header, top.tobytes(), blocks.tobytes()))


def loads(raw: bytes, identity: tuple) -> GeoIndex | None:
    """The index in ``raw`` if it is one this module wrote for a database of ``identity``;
    else None (a file that is not exactly that is ignored, never half-read)."""
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + _HEADER.size:
        return None
    at = len(MAGIC)
    (n,) = _HEADER.unpack_from(raw, at)
    at += _HEADER.size
    if n > MAX_HEADER or at + n > len(raw):
        return None
    try:
        header = json.loads(raw[at : at + n])
    except (ValueError, UnicodeDecodeError):
        return None
    at += n
    if type(header) is not dict or header.get("format") != FORMAT:
        return None
    if header.get("identity") != list(identity):
        return None
    entries = header.get("palette")
    if type(entries) is not list or len(entries) >= MAX_PALETTE:
        return None
    palette: list[tuple[str, int] | None] = [None]
    for e in entries:
        if not (
            type(e) is list and len(e) == 2 and type(e[0]) is str and 0 < len(e[0]) <= 8
            and type(e[1]) is int and 0 <= e[1] <= DEPTH
        ):  # fmt: skip
            return None
        palette.append((e[0], e[1]))
    rest = len(raw) - at - 4 * 65536
    if rest < 0 or rest % 512:
        return None
    top, blocks = array("I"), array("H")
    top.frombytes(raw[at : at + 4 * 65536])
    blocks.frombytes(raw[at + 4 * 65536 :])
    if sys.byteorder == "big":  # pragma: no cover
        top.byteswap()
        blocks.byteswap()
    # Every /16 entry must lead somewhere (a lookup never checks). A block entry is any 16-bit
    # number: the resolver's table of results has 65,536 places, empty past the palette.
    n_palette = len(palette)
    for v in set(top):
        if v >= BLOCK:
            if (v - BLOCK) & 0xFF or v - BLOCK >= len(blocks):
                return None
        elif v >= n_palette:
            return None
    return GeoIndex(identity=identity, palette=tuple(palette), top=top, blocks=blocks)


def agrees(index: GeoIndex, reader: maxminddb.Reader) -> bool:
    """Whether the index and the database give the same answer for an address in each of 64
    /10s of the IPv4 space (a file from another database is caught here)."""
    for k in range(64):
        packed = bytes((k << 2 | 1, 0x5A, 0xA5, 0x3C))  # an address in the middle of nowhere
        entry = index.entry(packed)
        if entry is None:
            continue
        try:
            rec, prefix = reader.get_with_prefix_len(socket.inet_ntoa(packed))
        except (ValueError, maxminddb.InvalidDatabaseError):
            return False
        if prefix > 32:
            prefix -= 96
        if type(rec) is not dict or rec.get("country_code") != entry[0] or prefix != entry[1]:
            return False
    return True


def save(index: GeoIndex, path: str) -> Path:
    """Write the index of the database at ``path`` to its file, atomically."""
    target = index_file(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".geoindex-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(dumps(index))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


# -- one per database, per process -------------------------------------------------------
_lock = threading.Lock()
_build_lock = threading.Lock()
_loaded: dict[tuple, GeoIndex | None] = {}  # identity -> the index, or None: no usable file


def cached(path: str, reader: maxminddb.Reader, *, reread: bool = False) -> GeoIndex | None:
    """The index of the database at ``path`` (open in ``reader``) if one was made: from this
    process's memory, else from its file (read again with ``reread`` if this process found none
    before). Never builds one; never raises."""
    identity = identity_of_safe(path, reader)
    if identity is None:
        return None
    with _lock:
        if identity in _loaded and (_loaded[identity] is not None or not reread):
            return _loaded[identity]
    index = None
    raw = _read(index_file(path))
    if raw:
        index = loads(raw, identity)
        if index is not None and not agrees(index, reader):
            log.info("the geolocation index of %s disagrees with the database: ignored", path)
            index = None
    with _lock:
        _loaded[identity] = index
    return index


def ensure(path: str, reader: maxminddb.Reader) -> GeoIndex | None:
    """The index of the database at ``path``, built and saved if there is none (one build at
    a time per process). None when the database cannot be indexed; never raises."""
    index = cached(path, reader)
    if index is not None:
        return index
    with _build_lock:
        index = cached(path, reader, reread=True)
        if index is not None:
            return index
        try:
            index = build(path)
        except (IndexUnavailable, OSError, MemoryError, RecursionError) as exc:
            log.info("no geolocation index for %s: %s", path, exc)
            return None
        if index.identity != identity_of_safe(path, reader):
            return None  # the file changed while it was read
        try:
            save(index, path)
        except OSError as exc:  # this session keeps it in memory all the same
            log.info("the geolocation index of %s was not saved: %s", path, exc)
        with _lock:
            _loaded[index.identity] = index
        return index


def _read(path: Path) -> bytes:
    """The file's bytes; empty when it is missing, not a regular file (a named pipe would
    block the read), or larger than any index."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return b""
    with os.fdopen(fd, "rb") as f:
        try:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_FILE:
                return b""
            return f.read(MAX_FILE + 1)
        except OSError:
            return b""


def identity_of_safe(path: str, reader: maxminddb.Reader) -> tuple | None:
    try:
        return identity_of(path, reader)
    except (OSError, ValueError, AttributeError):  # a closed reader, a file gone
        return None


def forget() -> None:
    """Drop what this process holds (tests)."""
    with _lock:
        _loaded.clear()
