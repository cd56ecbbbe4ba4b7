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
address missing from the database is "unknown"; an empty one is "no address". Each of these
counts as an unknown country for the rules.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import ipaddress
import logging
import os
import socket
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import geoip2.database
import geoip2.errors
import maxminddb

from hostguard.core.countries import continent_of, country_name
from hostguard.core.participants import plain_text

log = logging.getLogger(__name__)

BUNDLED_DATABASE = "geoip/dbip-country.mmdb"
STALE_AFTER_DAYS = 60
DBIP_ATTRIBUTION = "IP Geolocation by DB-IP (https://db-ip.com)"
MAXMIND_ATTRIBUTION = (
    "This product includes GeoLite2 data created by MaxMind, available from https://www.maxmind.com"
)
ANONYMIZER_KINDS = ("vpn", "tor", "hosting", "public_proxy", "residential_proxy")


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
        return out


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
            self._mm = maxminddb.open_database(path, _mode())
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
        if kind is not DatabaseKind.FLAT_COUNTRY:
            self._geoip2 = geoip2.database.Reader(path, mode=_mode())

    def close(self) -> None:
        if self._geoip2 is not None:
            self._geoip2.close()
        self._mm.close()

    @property
    def kind(self) -> DatabaseKind:
        return self.info.kind

    def flat(self, addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> tuple[str | None, int | None]:
        return self.flat_text(addr, addr.version)

    def flat_text(self, addr: str | ipaddress.IPv4Address | ipaddress.IPv6Address, version: int) -> tuple[str | None, int | None]:
        """The country code and matched prefix for an address (an object or its canonical text)."""
        try:
            rec, prefix = self._mm.get_with_prefix_len(addr)
        except ValueError:  # IPv6 address in an IPv4-only file
            return None, None
        except maxminddb.InvalidDatabaseError as exc:
            raise GeoError(f"{self.path}: damaged database ({exc})") from None
        if not isinstance(rec, dict):
            return None, None
        code = rec.get("country_code")
        if not isinstance(code, str) or not code:
            # Some flat files use the GeoIP2 shape: accept that too.
            c = rec.get("country")
            code = c.get("iso_code") if isinstance(c, dict) else None
            if not isinstance(code, str) or not code:
                return None, None
        if version == 4 and prefix > 32:
            # maxminddb reports IPv4 prefixes inside its IPv6 tree (e.g. 120 for a /24).
            prefix -= 96
        return code.upper(), prefix

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
_AF_INET = socket.AF_INET
_from_bytes = int.from_bytes
_bisect = bisect.bisect_right
_V4_LO = tuple(lo for lo, _hi in _V4_RANGES)  # disjoint and sorted
_V4_HI = tuple(hi for _lo, hi in _V4_RANGES)
# A flat database's raw country_code value -> (code, continent), as flat_text would make them.
_CODES: dict[str, tuple[str, str | None]] = {}


def is_global_unicast(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for a public unicast address that a database may place in a country."""
    value = int(addr)
    for lo, hi in _V4_RANGES if addr.version == 4 else _V6_RANGES:
        if value < lo:
            return True
        if value <= hi:
            return False
    return True


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

    def __init__(self, paths: Sequence[str | os.PathLike[str]] | None = None, *, cache_size: int = 200_000) -> None:
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

    # -- lookups ------------------------------------------------------------------------
    def lookup(self, ip: str | None) -> GeoResult:
        key = ip or ""
        cache = self._cache
        result = cache.get(key)
        if result is not None:
            return result
        text = key.strip()
        db = self._flat_v4
        try:
            # The common case: dotted-quad IPv4 against a flat country database, kept to a
            # few C calls. inet_pton is strict (no leading zeros, four parts), so the text is
            # already the canonical form; anything else (IPv6, brackets, zone ids, garbage,
            # nothing) and any other database takes the general path.
            value = _from_bytes(_inet_pton(_AF_INET, text), "big") if db is not None else -1
        except OSError:
            value = -1
        if value < 0:
            result = self._resolve(key, text)
        else:
            i = _bisect(_V4_LO, value)
            if i and value <= _V4_HI[i - 1]:
                result = _new_result(
                    (text, _PRIVATE, None, None, (), None, None, None, False, None, None, None, _NO_FLAGS, None)
                )
            else:
                try:
                    rec, prefix = db._mm.get_with_prefix_len(text)
                    known = _CODES.get(rec.get("country_code")) if type(rec) is dict else None
                except (ValueError, maxminddb.InvalidDatabaseError, TypeError):
                    known = None
                if known is None:  # a code not seen yet, another shape, or none: the full form
                    result = self._flat_v4_result(db, text)
                else:
                    result = _new_result(
                        (text, _RESOLVED, known[0], known[1], (), None, None, None, False,
                         prefix - 96 if prefix > 32 else prefix, None, None, _NO_FLAGS, db.info)
                    )  # fmt: skip
        if len(cache) >= self._cache_size:
            cache.clear()
        cache[key] = result
        return result

    def lookup_many(self, ips: Iterable[str | None]) -> list[GeoResult]:
        return [self.lookup(ip) for ip in ips]

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
            code, prefix = db.flat_text(text, 4)
            if code is None:
                return _new_result(
                    (text, _UNKNOWN, None, None, (), None, None, None, False, None, None, None, _NO_FLAGS, db.info)
                )
            known = (code, continent_of(code))
            if type(raw_code) is str and raw_code and len(_CODES) < 10_000:
                _CODES[raw_code] = known
        elif prefix > 32:
            prefix -= 96  # maxminddb reports IPv4 prefixes inside its IPv6 tree
        return _new_result(
            (text, _RESOLVED, known[0], known[1], (), None, None, None, False, prefix, None, None, _NO_FLAGS, db.info)
        )

    def _resolve(self, raw: str, text: str | None = None) -> GeoResult:
        text = raw.strip() if text is None else text
        if not text:
            return _NO_ADDRESS
        return self._resolve_general(raw, text)

    def _resolve_general(self, raw: str, text: str) -> GeoResult:
        # Strip a zone id ("fe80::1%eth0") and brackets ("[2001:db8::1]") as services send them.
        text = text.strip("[]").split("%", 1)[0]
        try:
            addr = ipaddress.IPv4Address(socket.inet_pton(socket.AF_INET, text))
        except OSError:
            try:
                addr = ipaddress.ip_address(text)
            except ValueError:
                return GeoResult(ip=raw.strip()[:64], status=GeoStatus.INVALID)
        if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
            addr = addr.ipv4_mapped
        elif isinstance(addr, ipaddress.IPv6Address) and int(addr) >> 32 == 0 and int(addr) > 1:
            addr = ipaddress.IPv4Address(int(addr))  # deprecated IPv4-compatible ::a.b.c.d
        ip = str(addr)
        if not is_global_unicast(addr):
            return GeoResult(ip=ip, status=GeoStatus.PRIVATE)
        assert self.country_db is not None
        db = self.country_db
        fields: dict[str, object] = {}
        if db.kind is DatabaseKind.FLAT_COUNTRY:
            code, prefix = db.flat(addr)
            if code is not None:
                fields.update(country=code, continent=continent_of(code), prefix_len=prefix)
        else:
            try:
                rec = db.geoip2().city(addr) if db.kind is DatabaseKind.CITY else db.geoip2().country(addr)
            except geoip2.errors.AddressNotFoundError:
                rec = None
            except maxminddb.InvalidDatabaseError as exc:
                raise GeoError(f"{db.path}: damaged database ({exc})") from None
            except (ValueError, TypeError) as exc:  # malformed record in a third-party file
                log.warning("%s: unreadable record for an address (%s)", db.path, exc)
                rec = None
            if rec is not None and rec.country.iso_code:
                code = rec.country.iso_code.upper()
                fields.update(
                    country=code,
                    continent=rec.continent.code or continent_of(code),
                    prefix_len=rec.traits.network.prefixlen if rec.traits.network else None,
                    registered_country=rec.registered_country.iso_code,
                    represented_country=rec.represented_country.iso_code,
                    is_anycast=bool(getattr(rec.traits, "is_anycast", False)),
                )
                if db.kind is DatabaseKind.CITY:
                    fields["regions"] = tuple(
                        f"{code}-{s.iso_code.upper()}" for s in rec.subdivisions if s.iso_code
                    )
                    fields["city"] = rec.city.name
        if self.asn_db is not None:
            try:
                a = self.asn_db.geoip2().asn(addr)
                fields["asn"] = a.autonomous_system_number
                fields["as_org"] = a.autonomous_system_organization
            except (geoip2.errors.AddressNotFoundError, ValueError):
                pass
        if self.anon_db is not None:
            try:
                an = self.anon_db.geoip2().anonymous_ip(addr)
                flags = set()
                if an.is_anonymous_vpn:
                    flags.add("vpn")
                if an.is_tor_exit_node:
                    flags.add("tor")
                if an.is_hosting_provider:
                    flags.add("hosting")
                if an.is_public_proxy:
                    flags.add("public_proxy")
                if an.is_residential_proxy:
                    flags.add("residential_proxy")
                fields["anonymizers"] = frozenset(flags)
            except geoip2.errors.AddressNotFoundError:
                pass
        status = GeoStatus.RESOLVED if "country" in fields else GeoStatus.UNKNOWN
        return GeoResult(ip=ip, status=status, database=db.info, **fields)  # type: ignore[arg-type]


# A GeoResult from a full tuple of its fields, in order, skipping keyword-argument handling.
_new_result = functools.partial(tuple.__new__, GeoResult)
_RESOLVED = GeoStatus.RESOLVED
_UNKNOWN = GeoStatus.UNKNOWN
_PRIVATE = GeoStatus.PRIVATE
_NO_FLAGS: frozenset[str] = frozenset()
_NO_ADDRESS = GeoResult(ip="", status=GeoStatus.NO_ADDRESS)
