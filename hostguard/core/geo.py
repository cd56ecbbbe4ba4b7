"""Where a participant connects from: IP geolocation with its evidence and uncertainty.

One country-or-city database plus optional ASN and Anonymous-IP databases are layered into a
`GeoResolver`. The reader for each file is chosen from its metadata's ``database_type``,
never from its file name:

* GeoIP2/GeoLite2/DB-IP Country and City through geoip2 (``.country()`` / ``.city()``);
* ASN (``.asn()``) and Anonymous-IP (``.anonymous_ip()``) through geoip2;
* the flat ``{"country_code": "US"}`` shape (the bundled default) through maxminddb, with the
  continent from the country table in this package.

Before any lookup an IPv4-mapped IPv6 address is converted to IPv4; an address that is not
global unicast is "private network" (never a country, whatever a database says); a global
address missing from the database is "unknown"; an empty one is "no address"; anything else
(a value that is not text, control characters, a zone id on an IPv4 address, garbage) is
"invalid address". Each of these counts as an unknown country for the rules, and a lookup
never raises for what a service or a file reports: one bad address concerns one participant.

A database is from outside too: a country code that is not an assigned ISO 3166-1 alpha-2
code in this package's country table (``ZZ``, ``EU``, ``-``, a number, NUL bytes, a long
string) is "unknown", with a note saying what the database gave; never a country. Other
fields (continent, regions, city, ASN, anonymizer flags) are checked for type and form, and
what fails is left out.
"""

from __future__ import annotations

import bisect
import datetime as dt
import ipaddress
import logging
import os
import re
import socket
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import geoip2.database
import geoip2.errors
import maxminddb

from hostguard.core import geoindex
from hostguard.core.countries import CONTINENTS, continent_of, country_name, is_country_code
from hostguard.core.participants import (
    NotARegularFile,
    check_regular_file,
    escaped_text,
    plain_text,
)

log = logging.getLogger(__name__)

BUNDLED_DATABASE = "geoip/dbip-country.mmdb"
STALE_AFTER_DAYS = 60
DBIP_ATTRIBUTION = "IP Geolocation by DB-IP (https://db-ip.com)"
MAXMIND_ATTRIBUTION = (
    "This product includes GeoLite2 data created by MaxMind, available from https://www.maxmind.com"
)
ANONYMIZER_KINDS = ("vpn", "tor", "hosting", "public_proxy", "residential_proxy")
# Longer than any spelling of an address (an IPv6 address with a zone id is ~60 characters):
# such a value is invalid at once, and not kept in the lookup cache.
MAX_ADDRESS_TEXT = 100
INVALID_SHOWN = 64  # characters of an invalid address kept as evidence (escaped)
_ZONE_RE = re.compile(r"[A-Za-z0-9_.\-]{1,32}")
_ADDRESS_CHARS = frozenset("0123456789abcdefABCDEF:.")
_SUBDIVISION_RE = re.compile(r"[A-Z0-9]{1,3}")


class GeoError(Exception):
    """A database cannot be used; the message says which file and why."""


class GeoStatus(StrEnum):
    RESOLVED = "resolved"  # a country was inferred
    UNKNOWN = "unknown"  # a public address the database does not cover
    PRIVATE = "private"  # not a global unicast address (LAN, loopback, CGNAT, documentation)
    NO_ADDRESS = "no_address"  # the service reported no address
    INVALID = "invalid"  # the service reported something that is not an IP address

    @property
    def label(self) -> str:
        return {
            "resolved": "resolved",
            "unknown": "unknown (not in database)",
            "private": "private network",
            "no_address": "no address reported",
            "invalid": "invalid address",
        }[self.value]


class DatabaseKind(StrEnum):
    COUNTRY = "country"
    CITY = "city"
    FLAT_COUNTRY = "flat-country"
    ASN = "asn"
    ANONYMOUS_IP = "anonymous-ip"


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    path: str
    kind: DatabaseKind
    database_type: str
    label: str  # short name for sentences: "DB-IP", "GeoLite2-City"
    build_date: dt.date
    bundled: bool = False
    description: str = ""

    @property
    def attribution(self) -> str:
        if "dbip" in self.database_type.lower() or self.label == "DB-IP":
            return DBIP_ATTRIBUTION
        if "geolite" in self.database_type.lower():
            return MAXMIND_ATTRIBUTION
        if "geoip2" in self.database_type.lower():
            return "MaxMind GeoIP2 data (https://www.maxmind.com)"
        return self.description or ""

    def age_days(self, today: dt.date | None = None) -> int:
        return ((today or dt.date.today()) - self.build_date).days

    def is_stale(self, today: dt.date | None = None) -> bool:
        return self.age_days(today) > STALE_AFTER_DAYS

    @property
    def month(self) -> str:
        return f"{self.build_date.year:04d}-{self.build_date.month:02d}"


class GeoResult(NamedTuple):
    """What one address says about where a participant connects from, with the evidence.

    Immutable (a named tuple: one is built per address looked up, and a frozen dataclass
    costs several times more to build). Compare results by their fields, as before.
    """

    ip: str  # the normalised address ("" when none was reported)
    status: GeoStatus
    country: str | None = None
    continent: str | None = None
    regions: tuple[str, ...] = ()  # ISO 3166-2 codes, e.g. ("US-CA",), from a City database
    city: str | None = None
    registered_country: str | None = None
    represented_country: str | None = None
    is_anycast: bool = False
    prefix_len: int | None = None  # length of the database network that matched
    asn: int | None = None
    as_org: str | None = None
    anonymizers: frozenset[str] = frozenset()
    database: DatabaseInfo | None = None
    # Why the country is unknown although the database has a record: it gave something that
    # is not a country code ("DB-IP 2026-06 gives 'ZZ', not an ISO 3166-1 country code").
    note: str | None = None

    @property
    def network(self) -> str | None:
        """The database's matched network, e.g. '1.0.1.0/24' (computed on demand: it is evidence,
        not needed to decide)."""
        if self.prefix_len is None or not self.ip:
            return None
        return str(ipaddress.ip_network((self.ip, self.prefix_len), strict=False))

    @property
    def country_known(self) -> bool:
        return self.country is not None

    @property
    def country_name(self) -> str:
        return country_name(self.country) if self.country else ""

    def summary(self) -> str:
        """A short phrase for sentences: 'in CN per DB-IP 2026-06', 'private network address'."""
        if self.status is GeoStatus.RESOLVED:
            where = f"in {self.country}"
            if self.database is not None:
                where += f" per {self.database.label} {self.database.month}"
            return where
        if self.status is GeoStatus.UNKNOWN:
            if self.note:
                return f"country unknown ({self.note})"
            src = f" in {self.database.label} {self.database.month}" if self.database else ""
            return f"country unknown (address not found{src})"
        if self.status is GeoStatus.PRIVATE:
            return "country unknown (private network address)"
        if self.status is GeoStatus.INVALID:
            return "country unknown (invalid address reported)"
        return "country unknown (no address reported)"

    def evidence(self) -> dict[str, object]:
        """Everything that backs the inference, for details panes, audit and exports."""
        out: dict[str, object] = {
            "ip": self.ip or None,
            "status": self.status.value,
            "country": self.country,
            "continent": self.continent,
            "network": self.network,
        }
        if self.regions:
            out["regions"] = list(self.regions)
        if self.city:
            out["city"] = self.city
        if self.registered_country:
            out["registered_country"] = self.registered_country
        if self.represented_country:
            out["represented_country"] = self.represented_country
        if self.is_anycast:
            out["anycast"] = True
        if self.asn is not None:
            out["asn"] = self.asn
            out["as_org"] = self.as_org
        if self.anonymizers:
            out["anonymizers"] = sorted(self.anonymizers)
        if self.database is not None:
            out["database"] = self.database.label
            out["database_date"] = self.database.build_date.isoformat()
        if self.note:
            out["note"] = self.note
        return out


def checked_country(value: object) -> tuple[str | None, str | None]:
    """A database's country code, checked: (the ISO code, None) for an assigned ISO 3166-1
    alpha-2 code in the country table (any letter case); (None, what it is) for anything
    else, e.g. "'ZZ'" or "a number"; (None, None) when there is none."""
    if value is None or value == "":
        return None, None
    if type(value) is not str:
        return None, _type_words(value)
    if len(value) == 2 and value.isascii() and value.isalpha() and is_country_code(value):
        return value.upper(), None
    return None, "'" + escaped_text(value, 12) + "'"


def _type_words(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    return f"a {type(value).__name__}"


def _bad_code_note(info: DatabaseInfo, what: str) -> str:
    return f"{info.label} {info.month} gives {what}, not an ISO 3166-1 country code"


def _text_field(value: object, limit: int) -> str | None:
    """A name from a database (city, AS organisation) as one line of plain text, or None."""
    if type(value) is not str:
        return None
    return plain_text(value, limit) or None


def _classify(database_type: str) -> DatabaseKind:
    t = database_type
    # geoip2 itself tests these substrings, case-sensitively.
    if "Anonymous-IP" in t:
        return DatabaseKind.ANONYMOUS_IP
    if "ASN" in t:
        return DatabaseKind.ASN
    if "City" in t:
        return DatabaseKind.CITY
    if "Country" in t:
        return DatabaseKind.COUNTRY
    return DatabaseKind.FLAT_COUNTRY


def _label(database_type: str, description: str, bundled: bool) -> str:
    low = (database_type + " " + description).lower()
    if bundled or "dbip" in low or "db-ip" in low:
        return "DB-IP"
    return database_type or "database"


class _Database:
    """One open .mmdb file with the reader its metadata calls for."""

    def __init__(self, path: str, *, bundled: bool = False) -> None:
        self.path = path
        try:
            check_regular_file(path)  # maxminddb would wait forever on a named pipe
            self._mm = maxminddb.open_database(path, _mode())
        except NotARegularFile as exc:
            raise GeoError(str(exc)) from None
        except FileNotFoundError as exc:
            raise GeoError(f"{path}: file not found") from exc
        except (maxminddb.InvalidDatabaseError, ValueError, OSError) as exc:
            raise GeoError(f"{path}: not a readable MaxMind DB file ({exc})") from exc
        meta = self._mm.metadata()
        # Metadata is text from whoever made the file: shown on terminals and in the app, so
        # kept to one line of plain text.
        description = ""
        if isinstance(meta.description, dict):
            description = meta.description.get("en") or next(iter(meta.description.values()), "")
        description = plain_text(description, 300)
        database_type = plain_text(meta.database_type, 100)
        kind = _classify(database_type)
        if kind is DatabaseKind.FLAT_COUNTRY and not any(w in database_type.lower() for w in ("country", "city")):
            self._mm.close()
            raise GeoError(f"{path}: database type {database_type!r} has no country data")
        try:
            build_date = dt.datetime.fromtimestamp(meta.build_epoch, dt.UTC).date()
        except (OverflowError, OSError, ValueError, TypeError):
            self._mm.close()
            raise GeoError(f"{path}: the database's build date ({meta.build_epoch!r}) is not a date") from None
        self.info = DatabaseInfo(
            path=path,
            kind=kind,
            database_type=database_type,
            label=_label(database_type, description, bundled),
            build_date=build_date,
            bundled=bundled,
            description=description,
        )
        self._geoip2: geoip2.database.Reader | None = None
        self.warned = False  # an unreadable record was logged already
        if kind is not DatabaseKind.FLAT_COUNTRY:
            self._geoip2 = geoip2.database.Reader(path, mode=_mode())

    def close(self) -> None:
        if self._geoip2 is not None:
            self._geoip2.close()
        self._mm.close()

    @property
    def kind(self) -> DatabaseKind:
        return self.info.kind

    def flat(self, addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> tuple[str | None, int | None, str | None]:
        return self.flat_text(addr, addr.version)

    def flat_text(
        self, addr: str | ipaddress.IPv4Address | ipaddress.IPv6Address, version: int
    ) -> tuple[str | None, int | None, str | None]:
        """The country code, matched prefix and, when the record holds something that is not
        a country code, a note saying so, for an address (an object or its canonical text)."""
        try:
            rec, prefix = self._mm.get_with_prefix_len(addr)
        except ValueError:  # IPv6 address in an IPv4-only file
            return None, None, None
        except maxminddb.InvalidDatabaseError as exc:
            raise GeoError(f"{self.path}: damaged database ({exc})") from None
        if not isinstance(rec, dict):
            return None, None, None
        raw = rec.get("country_code")
        if raw is None or raw == "":
            # Some flat files use the GeoIP2 shape: accept that too.
            c = rec.get("country")
            raw = c.get("iso_code") if isinstance(c, dict) else None
        code, what = checked_country(raw)
        if code is None:
            return None, None, (_bad_code_note(self.info, what) if what else None)
        if version == 4 and prefix > 32:
            # maxminddb reports IPv4 prefixes inside its IPv6 tree (e.g. 120 for a /24).
            prefix -= 96
        return code, prefix, None

    def geoip2(self):  # -> geoip2.database.Reader
        assert self._geoip2 is not None
        return self._geoip2


# Special-purpose ranges that are never a participant's public address (IANA registries):
# private, shared/CGNAT, loopback, link-local, documentation, benchmarking, protocol
# assignments, multicast and reserved. Kept as integer ranges because `is_global` on a
# fresh ipaddress object costs more than the database lookup itself.
_NON_GLOBAL_V4 = (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
    "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
    "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
)  # fmt: skip
_NON_GLOBAL_V6 = (
    "::/127", "::ffff:0:0/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32",
    "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
)  # fmt: skip


def _ranges(nets: Sequence[str]) -> tuple[tuple[int, int], ...]:
    out = []
    for n in nets:
        net = ipaddress.ip_network(n)
        out.append((int(net.network_address), int(net.broadcast_address)))
    return tuple(sorted(out))


_V4_RANGES = _ranges(_NON_GLOBAL_V4)
_V6_RANGES = _ranges(_NON_GLOBAL_V6)
_inet_pton = socket.inet_pton
_IBLOCK = geoindex.BLOCK
_AF_INET = socket.AF_INET
_from_bytes = int.from_bytes
_bisect = bisect.bisect_right
_V4_LO = tuple(lo for lo, _hi in _V4_RANGES)  # disjoint and sorted
_V4_HI = tuple(hi for _lo, hi in _V4_RANGES)
# A flat database's raw country_code value -> (code, continent), as flat_text would make them.
_CODES: dict[str, tuple[str, str | None]] = {}


# Every non-global IPv4 range is a whole number of /24s (GeoResolver.lookup relies on it).
if any(lo & 0xFF or ~hi & 0xFF for lo, hi in _V4_RANGES):
    raise RuntimeError("a non-global IPv4 range is not aligned on /24")
# The first octet of an IPv4 address -> whether no address, every address or some addresses
# of that /8 are non-global.
_V4_NONE, _V4_ALL, _V4_SOME = 0, 1, 2


def _first_octets() -> tuple[int, ...]:
    out = []
    for first in range(256):
        lo, hi = first << 24, (first << 24) | 0xFFFFFF
        overlaps = [(a, b) for a, b in _V4_RANGES if a <= hi and b >= lo]
        if not overlaps:
            out.append(_V4_NONE)
        elif any(a <= lo and b >= hi for a, b in overlaps):
            out.append(_V4_ALL)
        else:
            out.append(_V4_SOME)
    return tuple(out)


_V4_FIRST = _first_octets()
_V6_LO = tuple(lo for lo, _hi in _V6_RANGES)  # disjoint and sorted
_V6_HI = tuple(hi for _lo, hi in _V6_RANGES)
_AF_INET6 = socket.AF_INET6
_inet_ntop = socket.inet_ntop
_IPv4Address = ipaddress.IPv4Address
_IPv6Address = ipaddress.IPv6Address


def is_global_unicast(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for a public unicast address that a database may place in a country."""
    value = int(addr)
    if addr.version == 4:
        lo, hi = _V4_LO, _V4_HI
    else:
        lo, hi = _V6_LO, _V6_HI
    i = _bisect(lo, value)
    return not (i and value <= hi[i - 1])


def _address_text(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """``str(addr)``. For an IPv6 address that is not IPv4-mapped or IPv4-compatible (the
    resolver converts those to IPv4 first), the C library's inet_ntop writes the same RFC 5952
    text (tests compare them) several times faster."""
    if addr.version == 6:
        value = int(addr)
        if value >> 32 != 0xFFFF and (value >> 32 != 0 or value <= 1):
            return _inet_ntop(_AF_INET6, addr.packed)
    return str(addr)


def _mode() -> int:
    """maxminddb's C extension where it is present (the fast path), else memory-mapped Python."""
    try:
        import maxminddb.extension

        return maxminddb.MODE_MMAP_EXT
    except ImportError:  # pragma: no cover - depends on the wheel
        return maxminddb.MODE_MMAP


def c_extension_available() -> bool:
    return _mode() == maxminddb.MODE_MMAP_EXT


def bundled_database_path() -> str:
    """Path of the bundled DB-IP country database (works installed, editable and frozen)."""
    ref = resources.files("hostguard.resources").joinpath(BUNDLED_DATABASE)
    path = Path(str(ref))
    if not path.is_file():
        raise GeoError(f"the bundled database is missing ({path}); reinstall HostGuard")
    return str(path)


class GeoResolver:
    """Resolves addresses against one country/city database and optional ASN/anonymous-IP ones."""

    def __init__(
        self, paths: Sequence[str | os.PathLike[str]] | None = None, *, cache_size: int = 200_000, index: bool = True
    ) -> None:
        """``index``: read the database's index (see geoindex) once one is made; False for the
        database alone (the results are the same; tests and benchmarks compare the two)."""
        self._dbs: list[_Database] = []
        bundled = not paths
        if bundled:
            paths = [bundled_database_path()]
        self.country_db: _Database | None = None
        self.asn_db: _Database | None = None
        self.anon_db: _Database | None = None
        try:
            for p in paths or ():
                db = _Database(str(p), bundled=bundled)
                self._dbs.append(db)
                if db.kind in (DatabaseKind.COUNTRY, DatabaseKind.CITY, DatabaseKind.FLAT_COUNTRY):
                    slot = "country_db"
                elif db.kind is DatabaseKind.ASN:
                    slot = "asn_db"
                else:
                    slot = "anon_db"
                if getattr(self, slot) is not None:
                    raise GeoError(
                        f"{p}: a second {db.kind.value} database; give at most one country or city "
                        "database, one ASN database and one anonymous-IP database"
                    )
                setattr(self, slot, db)
            if self.country_db is None:
                # ASN/anonymous databases layer on top of a country database: use the bundled one.
                db = _Database(bundled_database_path(), bundled=True)
                self._dbs.insert(0, db)
                self.country_db = db
        except Exception:
            self.close()
            raise
        self._cache: dict[str, GeoResult] = {}
        self._cache_size = cache_size
        # The fast path's database: a flat country file with nothing layered on it.
        flat = self.country_db.kind is DatabaseKind.FLAT_COUNTRY and self.asn_db is None and self.anon_db is None
        self._flat_v4: _Database | None = self.country_db if flat else None
        self._flat_get = self.country_db._mm.get_with_prefix_len
        # The first three bytes of an IPv4 address -> the fields after ``ip`` of the result
        # every address of that /24 gets (flat databases only; see lookup).
        self._by24: dict[bytes, tuple] | None = {} if flat else None
        # The matched prefix length as the reader reports it (0 to 128; a list index costs
        # less than a dict look-up) -> a record's country_code -> the fields after ``ip`` of
        # the result (see _shared_rest).
        self._rests: list[dict[str, tuple]] = [{} for _ in range(129)]
        self._resolved_fields = list(_country_found(
            ip="", status=_RESOLVED, country=None, continent=None, prefix_len=None, database=self.country_db.info
        ))[1:]  # fmt: skip
        # The database's index (see geoindex), once one is made: the /16 table (non-global
        # /8s left out), the blocks of /24s, and palette entry -> the fields after ``ip``.
        # use_index sets _itop last: a lookup that sees it sees the others.
        self._irests: list[tuple | None] | None = None
        self._iblocks: Any = None
        self._itop: Any = None
        self._index_allowed = flat and index
        if self._index_allowed:
            made = geoindex.cached(self.country_db.path, self.country_db._mm)
            if made is not None:
                self.use_index(made)

    # -- what is configured -------------------------------------------------------------
    @property
    def databases(self) -> list[DatabaseInfo]:
        return [db.info for db in self._dbs]

    @property
    def has_regions(self) -> bool:
        return self.country_db is not None and self.country_db.kind is DatabaseKind.CITY

    @property
    def has_asn(self) -> bool:
        return self.asn_db is not None

    @property
    def has_anonymizers(self) -> bool:
        return self.anon_db is not None

    def capabilities(self) -> frozenset[str]:
        caps = {"country"}
        if self.has_regions:
            caps.add("regions")
        if self.has_asn:
            caps.add("asns")
        if self.has_anonymizers:
            caps.add("anonymizers")
        return frozenset(caps)

    def close(self) -> None:
        for db in self._dbs:
            db.close()
        self._dbs.clear()

    def __enter__(self) -> GeoResolver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the index ----------------------------------------------------------------------
    @property
    def indexed(self) -> bool:
        """Whether lookups read the database's index (see geoindex) before the database."""
        return self._itop is not None

    @property
    def index_path(self) -> Path | None:
        """Where the country database's index is kept (made or not yet), or None when this
        resolver reads none (not a flat country file alone, or ``index=False``)."""
        db = self._flat_v4
        if db is None or not self._index_allowed:
            return None
        return geoindex.index_file(db.path)

    def ensure_index(self) -> bool:
        """Make the country database's index if there is none (about half a second for the
        bundled database; call it off the GUI thread) and use it. False when the database is
        not a flat country file alone, or cannot be indexed. Never raises."""
        if self._itop is not None:
            return True
        db = self._flat_v4
        if db is None or not self._index_allowed or not self._dbs:
            return False
        index = geoindex.ensure(db.path, db._mm)
        if index is None or not self._dbs:
            return False
        self.use_index(index)
        return True

    def use_index(self, index: geoindex.GeoIndex) -> None:
        """Read ``index`` (of this resolver's flat country database) before the database."""
        db = self._flat_v4
        if db is None:
            return
        memo = index.memo.get(db.info)
        if memo is None:
            # Every address of a /8 with non-global addresses takes the long way (entry 0).
            top = array("I", index.top)
            none = array("I", bytes(4 * 256))
            for first, kind in enumerate(_V4_FIRST):
                if kind != _V4_NONE:
                    top[first << 8 : (first + 1) << 8] = none
            rests: list[tuple | None] = [None] * 65536  # any 16-bit block entry is a place
            for pid, entry in enumerate(index.palette):
                if entry is not None:
                    rests[pid] = self._shared_rest(entry[1], entry[0])
            memo = index.memo[db.info] = (top, rests)
        self._irests = memo[1]
        self._iblocks = index.blocks
        self._itop = memo[0]

    # -- lookups ------------------------------------------------------------------------
    def lookup(self, ip: str | None) -> GeoResult:
        """What the address says; never raises for what a service or a file reports (a value
        that is not text, or text that is not an address, is "invalid address")."""
        if type(ip) is not str:
            if ip is None:
                return _NO_ADDRESS
            return _invalid(ip if isinstance(ip, str) else repr(ip))
        by24 = self._by24
        if by24 is not None:
            # A flat country database with nothing layered on it, and the common case: a
            # dotted quad as services send it, in a few C calls. inet_pton is strict (four
            # parts, no leading zeros, no spaces), so text it reads is already the canonical
            # form (and at most 15 characters); anything else (spaces around, IPv6, garbage)
            # takes _lookup_text. This path and lookup_fields' are the same steps, written out
            # in each because a Python call costs about a tenth of a database lookup here.
            try:
                packed = _inet_pton(_AF_INET, ip)
            except (OSError, ValueError):  # ValueError: an embedded NUL character
                packed = None
            if packed is not None:
                itop = self._itop
                if itop is not None:
                    # The index: the /16's palette entry, or its block's entry for the /24.
                    v = itop[packed[0] << 8 | packed[1]]
                    rest = self._irests[v if v < _IBLOCK else self._iblocks[v - _IBLOCK + packed[2]]]
                    if rest is not None:
                        return _tuple_new(GeoResult, (ip,) + rest)  # noqa: RUF005 (see below)
                key = packed[:3]
                rest = by24.get(key)
                if rest is None:
                    if _V4_FIRST[packed[0]]:  # some or all of this /8 is not global: the long way
                        rest = self._flat_v4_fields(ip, packed)
                    else:  # _flat_v4_fields' steps for a /8 global throughout
                        try:
                            rec, prefix = self._flat_get(ip)
                        except (ValueError, maxminddb.InvalidDatabaseError):
                            rec = prefix = None  # _flat_v4_result says what went wrong
                        raw_code = rec.get("country_code") if type(rec) is dict else None
                        if type(raw_code) is str:
                            rest = self._rests[prefix].get(raw_code) or self._shared_rest(prefix, raw_code)
                            # A network of /24 or wider: the same fields for the whole /24.
                            # (The prefix as the reader reports it: 0 to 32 for an IPv4
                            # address; a reader that counted inside its IPv6 tree would only
                            # miss this shortcut.)
                            if rest is not None and prefix <= 24:
                                if len(by24) >= self._cache_size:
                                    by24.clear()
                                by24[key] = rest
                if rest is not None:
                    # GeoResult(ip, *rest) without GeoResult.__new__'s keyword handling (see
                    # _builder); concatenating costs less than unpacking. Not cached: the
                    # /24 table (or the network's fields) answer the next time for about what
                    # a cache look-up costs, and the resolver keeps no address it does not need.
                    return _tuple_new(GeoResult, (ip,) + rest)  # noqa: RUF005
        cache = self._cache
        result = cache.get(ip)  # text longer than MAX_ADDRESS_TEXT is never a key
        if result is not None:
            return result
        if by24 is None or packed is None:
            return self._lookup_text(ip)  # another database, or spaces around, IPv6, garbage
        # Not found, not a country code, another shape: the full form says, once per address.
        result = self._flat_v4_result(self._flat_v4, ip)  # type: ignore[arg-type]
        if len(cache) >= self._cache_size:
            cache.clear()
        cache[ip] = result
        return result

    def _lookup_text(self, ip: str) -> GeoResult:
        """`lookup` of text that is not a canonical dotted quad (or any text, for databases
        other than a flat country file alone): the result, cached unless it is too long to
        be an address."""
        if len(ip) > MAX_ADDRESS_TEXT:
            return _invalid(ip)  # not an address, and not worth a cache entry
        text = ip.strip()
        if self._by24 is None:
            result = self._resolve(ip, text)
        else:
            try:
                packed = _inet_pton(_AF_INET, text)
            except (OSError, ValueError):
                packed = None
            if packed is None:
                result = self._flat_v6_lookup(ip, text)
            else:  # a dotted quad with spaces around it: the address is the text inside
                rest = self._by24.get(packed[:3])
                if rest is None:
                    rest = self._flat_v4_fields(text, packed)
                if rest is None:
                    result = self._flat_v4_result(self._flat_v4, text)  # type: ignore[arg-type]
                else:
                    result = _tuple_new(GeoResult, (text, *rest))
        cache = self._cache
        if len(cache) >= self._cache_size:
            cache.clear()
        cache[ip] = result
        return result

    def lookup_fields(self, ip: str | None) -> tuple | None:
        """The fields after ``ip`` of ``lookup(ip)`` as one tuple shared by the addresses that
        have them (the same object for every address of a database network, and for every
        address of a /24 when the network is a /24 or wider), when there is such a tuple: a
        dotted quad in a flat country database with nothing layered on it, private or resolved
        to a country. Else None. For callers that need only the location (rules whose
        conditions and reasons depend on it alone): no result is built or cached for the
        address."""
        by24 = self._by24
        if by24 is None or type(ip) is not str:
            return None
        try:
            packed = _inet_pton(_AF_INET, ip)  # the canonical form, as in lookup
        except (OSError, ValueError):
            if len(ip) > MAX_ADDRESS_TEXT:
                return None
            text = ip.strip()  # spaces around a dotted quad
            try:
                packed = _inet_pton(_AF_INET, text)
            except (OSError, ValueError):
                return None
            return by24.get(packed[:3]) or self._flat_v4_fields(text, packed)
        itop = self._itop
        if itop is not None:
            v = itop[packed[0] << 8 | packed[1]]
            rest = self._irests[v if v < _IBLOCK else self._iblocks[v - _IBLOCK + packed[2]]]
            if rest is not None:
                return rest
        key = packed[:3]
        rest = by24.get(key)
        if rest is None:
            # lookup's steps (see there).
            if _V4_FIRST[packed[0]]:
                return self._flat_v4_fields(ip, packed)
            try:
                rec, prefix = self._flat_get(ip)
            except (ValueError, maxminddb.InvalidDatabaseError):
                return None
            raw_code = rec.get("country_code") if type(rec) is dict else None
            if type(raw_code) is not str:
                return None
            rest = self._rests[prefix].get(raw_code) or self._shared_rest(prefix, raw_code)
            if rest is not None and prefix <= 24:
                if len(by24) >= self._cache_size:
                    by24.clear()
                by24[key] = rest
        return rest

    def lookup_many(self, ips: Iterable[str | None]) -> list[GeoResult]:
        return [self.lookup(ip) for ip in ips]

    def _flat_v6_lookup(self, key: str, text: str) -> GeoResult:
        """`lookup` of text that is not a dotted quad, in a flat country database with nothing
        layered on it: an IPv6 address inet_pton reads (no brackets, zone id or IPv4 inside)
        the short way, everything else the general way. Both give the same result."""
        try:
            packed = _inet_pton(_AF_INET6, text)
        except (OSError, ValueError):
            return self._resolve(key, text)
        value = _from_bytes(packed, "big")
        if value >> 32 == 0xFFFF or value >> 32 == 0:
            return self._resolve(key, text)  # IPv4 inside, "::" or "::1": the general path
        ip = _inet_ntop(_AF_INET6, packed)  # str(IPv6Address): tests compare them
        i = _bisect(_V6_LO, value)
        if i and value <= _V6_HI[i - 1]:
            return _address_status(ip=ip, status=_PRIVATE)
        db = self._flat_v4
        assert db is not None
        code, prefix, note = db.flat_text(ip, 6)
        if code is None:
            return _country_unknown(ip=ip, status=_UNKNOWN, database=db.info, note=note)
        return _country_found(
            ip=ip, status=_RESOLVED, country=code, continent=continent_of(code), prefix_len=prefix, database=db.info
        )

    def _flat_v4_fields(self, text: str, packed: bytes) -> tuple | None:
        """For a canonical dotted quad (``packed``: its bytes) in a flat country database, not
        found in the /24 table: the fields after ``ip`` of its result, shared (see
        lookup_fields), or None when the database gives no country code seen before (the
        caller builds the result the full way; that learns the code).

        Every address of a /24 whose result holds for the whole /24 (private: every non-global
        IPv4 range is a whole number of /24s; or resolved through a network of /24 or wider)
        gets the same fields but the address: those go into the /24 table, so that the next
        address of the /24 needs no database lookup. (lookup and lookup_fields take the same
        steps themselves for an address of a /8 that is global throughout.)"""
        kind = _V4_FIRST[packed[0]]
        if kind == _V4_SOME:
            value = _from_bytes(packed, "big")
            i = _bisect(_V4_LO, value)
            kind = _V4_ALL if i and value <= _V4_HI[i - 1] else _V4_NONE
        if kind == _V4_ALL:
            rest = _PRIVATE_REST
        else:
            try:
                rec, prefix = self._flat_get(text)
            except (ValueError, maxminddb.InvalidDatabaseError):
                return None
            raw_code = rec.get("country_code") if type(rec) is dict else None
            if type(raw_code) is not str:
                return None  # no code, or another shape: the full form
            rest = self._rests[prefix].get(raw_code) or self._shared_rest(prefix, raw_code)
            if rest is None or prefix > 24:
                return rest  # the full form, or fields that hold for part of the /24 only
        by24 = self._by24
        assert by24 is not None
        if len(by24) >= self._cache_size:
            by24.clear()
        by24[packed[:3]] = rest
        return rest

    def _shared_rest(self, prefix: int, raw_code: str) -> tuple | None:
        """The fields after ``ip`` of the result of an address whose database record has the
        country code ``raw_code`` and whose network has the prefix length ``prefix`` (as the
        reader reports it), built once per resolver and shared (see _flat_v4_fields); None
        when the code is not a country code (the caller takes the full form, which says what
        the database gave in a note, or reads the GeoIP2 shape for an empty code)."""
        known = _CODES.get(raw_code)
        if known is None:
            # As flat_text checks it (lookup_fields needs no lookup before it to learn it).
            code = checked_country(raw_code)[0]
            if code is None:
                return None
            known = (code, continent_of(code))
            if len(_CODES) < 10_000:
                _CODES[raw_code] = known
        by_code = self._rests[prefix]
        fields = self._resolved_fields[:]  # _country_found's, by field name
        # maxminddb reports an IPv4 address's prefix as an IPv4 prefix; as flat_text does, a
        # prefix counted inside an IPv6 tree (e.g. 120 for a /24) would be made one.
        fields[_REST_COUNTRY], fields[_REST_CONTINENT], fields[_REST_PREFIX] = (
            known[0], known[1], prefix - 96 if prefix > 32 else prefix
        )  # fmt: skip
        rest = tuple(fields)
        if len(by_code) < 10_000:
            by_code[raw_code] = rest
        return rest

    @staticmethod
    def _flat_v4_result(db: _Database, text: str) -> GeoResult:
        """A global IPv4 address (canonical text) in a flat country database."""
        try:
            rec, prefix = db._mm.get_with_prefix_len(text)
            raw_code = rec.get("country_code") if type(rec) is dict else None
        except (ValueError, maxminddb.InvalidDatabaseError):
            raw_code = None  # flat_text below handles it as the general path does
        known = _CODES.get(raw_code) if type(raw_code) is str else None
        if known is None:
            code, prefix, note = db.flat_text(text, 4)
            if code is None:
                return _country_unknown(ip=text, status=_UNKNOWN, database=db.info, note=note)
            known = (code, continent_of(code))
            if type(raw_code) is str and raw_code and len(_CODES) < 10_000:
                _CODES[raw_code] = known
        elif prefix > 32:
            prefix -= 96  # maxminddb reports IPv4 prefixes inside its IPv6 tree
        return _country_found(
            ip=text, status=_RESOLVED, country=known[0], continent=known[1], prefix_len=prefix, database=db.info
        )

    def _resolve(self, raw: str, text: str | None = None) -> GeoResult:
        text = raw.strip() if text is None else text
        if not text:
            return _NO_ADDRESS
        return self._resolve_general(raw, text)

    def _resolve_general(self, raw: str, text: str) -> GeoResult:
        # Strip a zone id ("fe80::1%eth0") and brackets ("[2001:db8::1]") as services send them.
        text, _, zone = text.strip("[]").partition("%")
        if not text or not _ADDRESS_CHARS.issuperset(text) or (zone and not _ZONE_RE.fullmatch(zone)):
            return _invalid(raw)
        try:
            addr = _IPv4Address(_inet_pton(_AF_INET, text))
        except (OSError, ValueError):
            try:
                # inet_pton accepts exactly what ip_address accepts for IPv6 (tests compare
                # them), at a fraction of the cost.
                addr = _IPv6Address(_inet_pton(_AF_INET6, text))
            except (OSError, ValueError):
                try:
                    addr = ipaddress.ip_address(text)
                except ValueError:
                    return _invalid(raw)
        if zone and addr.version == 4:
            return _invalid(raw)  # a zone id belongs to an IPv6 link-local address only
        if addr.version == 6:
            value = int(addr)
            if value >> 32 == 0xFFFF:  # IPv4-mapped ::ffff:a.b.c.d
                addr = _IPv4Address(value & 0xFFFFFFFF)
            elif value >> 32 == 0 and value > 1:
                addr = _IPv4Address(value)  # deprecated IPv4-compatible ::a.b.c.d
        ip = _address_text(addr)
        if not is_global_unicast(addr):
            return _address_status(ip=ip, status=_PRIVATE)
        assert self.country_db is not None
        db = self.country_db
        fields: dict[str, object] = {}
        if db.kind is DatabaseKind.FLAT_COUNTRY:
            code, prefix, note = db.flat_text(ip, addr.version)
            if code is not None:
                fields.update(country=code, continent=continent_of(code), prefix_len=prefix)
            elif note:
                fields["note"] = note
        else:
            try:
                rec = db.geoip2().city(addr) if db.kind is DatabaseKind.CITY else db.geoip2().country(addr)
            except geoip2.errors.AddressNotFoundError:
                rec = None
            except maxminddb.InvalidDatabaseError as exc:
                raise GeoError(f"{db.path}: damaged database ({exc})") from None
            except (ValueError, TypeError, AttributeError) as exc:  # a malformed record in a third-party file
                if not db.warned:  # once per file: a bad file can have millions of such records
                    db.warned = True
                    log.warning("%s: unreadable record for an address (%s)", db.path, plain_text(str(exc), 200))
                rec = None
                fields["note"] = f"{db.info.label} {db.info.month} has an unreadable record for this address"
            if rec is not None:
                fields.update(self._geoip2_fields(db, rec))
        if self.asn_db is not None:
            try:
                a = self.asn_db.geoip2().asn(addr)
            except (geoip2.errors.AddressNotFoundError, ValueError, TypeError):
                a = None
            except maxminddb.InvalidDatabaseError as exc:
                raise GeoError(f"{self.asn_db.path}: damaged database ({exc})") from None
            number = getattr(a, "autonomous_system_number", None)
            if type(number) is int and 0 < number < 2**32:
                fields["asn"] = number
                fields["as_org"] = _text_field(a.autonomous_system_organization, 100)
        if self.anon_db is not None:
            try:
                an = self.anon_db.geoip2().anonymous_ip(addr)
            except (geoip2.errors.AddressNotFoundError, ValueError, TypeError):
                an = None
            except maxminddb.InvalidDatabaseError as exc:
                raise GeoError(f"{self.anon_db.path}: damaged database ({exc})") from None
            if an is not None:
                # Only true counts (or 1, as some writers store booleans): "false" is not a flag.
                fields["anonymizers"] = frozenset(
                    kind for kind, attr in _ANON_ATTRS if _is_true(getattr(an, attr, None))
                )
        status = GeoStatus.RESOLVED if "country" in fields else GeoStatus.UNKNOWN
        return GeoResult(ip=ip, status=status, database=db.info, **fields)  # type: ignore[arg-type]

    @staticmethod
    def _geoip2_fields(db: _Database, rec) -> dict[str, object]:
        """A GeoIP2 Country/City record's fields, each checked for type and form: a country
        code that is not an ISO 3166-1 country gives no country but a note."""
        code, what = checked_country(rec.country.iso_code)
        if code is None:
            return {"note": _bad_code_note(db.info, what)} if what else {}
        continent = rec.continent.code
        if type(continent) is not str or continent.upper() not in CONTINENTS:
            continent = continent_of(code)
        network = getattr(rec.traits, "network", None)
        fields: dict[str, object] = {
            "country": code,
            "continent": continent.upper() if continent else None,
            "prefix_len": network.prefixlen if network is not None else None,
            "registered_country": checked_country(rec.registered_country.iso_code)[0],
            "represented_country": checked_country(rec.represented_country.iso_code)[0],
            "is_anycast": _is_true(getattr(rec.traits, "is_anycast", False)),
        }
        if db.kind is DatabaseKind.CITY:
            regions = []
            for sub in rec.subdivisions:
                iso = sub.iso_code
                if type(iso) is str and _SUBDIVISION_RE.fullmatch(iso.upper()):
                    regions.append(f"{code}-{iso.upper()}")
            fields["regions"] = tuple(regions)
            fields["city"] = _text_field(rec.city.name, 100)
        return fields


def _builder(*names: str) -> Callable[..., GeoResult]:
    """A constructor of GeoResult for the hot path, called by keyword with exactly ``names``;
    every other field gets its declared default.

    Built from the field names (as `collections.namedtuple` builds ``__new__``), so a field
    added or moved in GeoResult cannot shift a value into the wrong field. It skips
    ``GeoResult.__new__``'s handling of 15 parameters with defaults, which costs about as much
    again as the tuple itself; a lookup that misses the cache builds one result.
    """
    fields = GeoResult._fields
    unknown = [n for n in names if n not in fields]
    if unknown:
        raise ValueError(f"GeoResult has no field {', '.join(unknown)}")
    defaults = GeoResult._field_defaults
    missing = [n for n in fields if n not in names and n not in defaults]
    if missing:
        raise ValueError(f"GeoResult needs {', '.join(missing)}")
    scope: dict[str, object] = {"_new": tuple.__new__, "_cls": GeoResult}
    values = []
    for n in fields:
        if n in names:
            values.append(n)
        else:
            scope[f"_default_{n}"] = defaults[n]
            values.append(f"_default_{n}")
    source = f"def build(*, {', '.join(names)}):\n    return _new(_cls, ({', '.join(values)},))\n"
    exec(source, scope)  # the names are GeoResult._fields, checked above
    return scope["build"]  # type: ignore[return-value]


_address_status = _builder("ip", "status")
_country_found = _builder("ip", "status", "country", "continent", "prefix_len", "database")
_country_unknown = _builder("ip", "status", "database", "note")
_RESOLVED = GeoStatus.RESOLVED
_tuple_new = tuple.__new__
_UNKNOWN = GeoStatus.UNKNOWN
_PRIVATE = GeoStatus.PRIVATE
_NO_FLAGS: frozenset[str] = frozenset()
_NO_ADDRESS = GeoResult(ip="", status=GeoStatus.NO_ADDRESS)
_PRIVATE_REST = tuple(_address_status(ip="", status=_PRIVATE))[1:]  # see GeoResolver.lookup
# Where these fields stand in those (GeoResult's fields but the first, ip).
_REST_COUNTRY, _REST_CONTINENT, _REST_PREFIX = (
    GeoResult._fields.index(name) - 1 for name in ("country", "continent", "prefix_len")
)
_ANON_ATTRS = (
    ("vpn", "is_anonymous_vpn"),
    ("tor", "is_tor_exit_node"),
    ("hosting", "is_hosting_provider"),
    ("public_proxy", "is_public_proxy"),
    ("residential_proxy", "is_residential_proxy"),
)


def _is_true(value: object) -> bool:
    """A database's flag: true, or the whole number 1 as some writers store a boolean."""
    return value is True or (type(value) is int and value == 1)


def _invalid(raw: str) -> GeoResult:
    """An "invalid address" result; the evidence is the reported text, escaped and cut, so it
    is safe to show on a terminal or in a spreadsheet."""
    return GeoResult(ip=escaped_text(raw.strip(), INVALID_SHOWN), status=GeoStatus.INVALID)
