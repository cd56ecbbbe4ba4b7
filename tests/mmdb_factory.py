"""Small, real MaxMind DB (.mmdb) files for tests, in every shape HostGuard reads.

Built with mmdb-writer (MIT) from a few real-looking public ranges, so the resolver runs
against the same file format as in production. The test databases are deliberately "bad"
in one way: they map private, CGNAT and documentation ranges to a country (as some free
databases do), so tests can prove HostGuard never believes them.

Shapes (metadata ``database_type`` in brackets):
* GeoIP2 Country [GeoIP2-Country], GeoLite2 Country [GeoLite2-Country], DB-IP Lite country
  [DBIP-Country-Lite]: GeoIP2-shaped records (continent, country, registered/represented
  country, traits.is_anycast);
* GeoIP2 City [GeoIP2-City]: as Country plus subdivisions (ISO 3166-2) and city;
* ASN [GeoLite2-ASN]; Anonymous IP [GeoIP2-Anonymous-IP];
* flat [country ipvAll]: ``{"country_code": "CN"}`` only (the bundled default's shape).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

import netaddr
from mmdb_writer import MMDBWriter

from hostguard.core.countries import CONTINENTS, continent_of, country_name

# (country, networks, extra fields for the GeoIP2 shape)
COUNTRY_DATA: list[tuple[str, list[str], dict]] = [
    ("CN", ["223.5.5.0/24", "114.114.114.0/24", "240e::/20"], {}),
    ("HK", ["1.36.0.0/16", "202.67.224.0/19", "2404:c800::/32"], {}),
    ("US", ["8.8.8.0/24", "2001:4860::/32"], {}),
    ("AU", ["1.1.1.0/24"], {"anycast": True}),
    ("DE", ["46.4.0.0/16", "185.220.101.0/24"], {}),
    ("GB", ["81.2.69.0/24"], {}),
    ("JP", ["126.0.0.0/8"], {}),
    ("FR", ["2.0.0.0/16"], {}),
    ("BR", ["177.10.0.0/16"], {}),
    ("RU", ["5.255.255.0/24"], {}),
    ("NL", ["89.187.160.0/19"], {}),
    # Meta's network: located in IE, registered to the US.
    ("IE", ["185.60.216.0/22"], {"registered": "US"}),
    # A military base: located in DE, represents the US.
    ("DE", ["214.1.0.0/16"], {"represented": "US"}),
    # Deliberately wrong: private, CGNAT and documentation ranges mapped to a country.
    (
        "CN",
        [
            "10.0.0.0/8",
            "100.64.0.0/10",
            "192.168.0.0/16",
            "192.0.2.0/24",
            "198.51.100.0/24",
            "203.0.113.0/24",
            "2001:db8::/32",
            "fc00::/7",
        ],
        {},
    ),
]

# Region data for the City shape: network -> (country, subdivision codes, city).
CITY_DATA: list[tuple[str, str, list[str], str]] = [
    ("8.8.8.0/24", "US", ["CA"], "Mountain View"),
    ("2001:4860::/32", "US", ["CA"], "Mountain View"),
    ("81.2.69.0/24", "GB", ["ENG", "WSM"], "London"),
    ("126.0.0.0/8", "JP", ["13"], "Tokyo"),
    ("223.5.5.0/24", "CN", ["ZJ"], "Hangzhou"),
    ("1.36.0.0/16", "HK", [], "Hong Kong"),
    ("46.4.0.0/16", "DE", ["BY"], "Nuremberg"),
    ("10.0.0.0/8", "CN", ["BJ"], "Beijing"),  # deliberately wrong, as above
    ("100.64.0.0/10", "CN", ["BJ"], "Beijing"),
]

ASN_DATA: list[tuple[list[str], int, str]] = [
    (["8.8.8.0/24", "2001:4860::/32"], 15169, "GOOGLE"),
    (["1.1.1.0/24"], 13335, "CLOUDFLARENET"),
    (["9.9.9.0/24"], 19281, "QUAD9-AS-1"),  # in no country data: unknown country, known ASN
    (["46.4.0.0/16"], 24940, "Hetzner Online GmbH"),
    (["223.5.5.0/24"], 37963, "Hangzhou Alibaba Advertising Co.,Ltd."),
    (["1.36.0.0/16"], 4760, "HKT Limited"),
    (["185.220.101.0/24"], 60729, "Stiftung Erneuerbare Freiheit"),
    (["89.187.160.0/19"], 60068, "Datacamp Limited"),
    (["10.0.0.0/8", "100.64.0.0/10"], 64512, "Private use (deliberately wrong)"),
]

# network -> anonymizer kinds (HostGuard's names)
ANON_DATA: list[tuple[list[str], set[str]]] = [
    (["46.4.0.0/16"], {"hosting"}),
    (["185.220.101.0/24"], {"tor", "hosting"}),
    (["89.187.160.0/19"], {"vpn", "hosting"}),
    (["5.255.255.0/24"], {"public_proxy"}),
    (["177.10.0.0/16"], {"residential_proxy"}),
    (["10.0.0.0/8"], {"vpn"}),  # deliberately wrong
]

# Addresses tests use, by what the test databases say about them.
ADDR = {
    "CN": "223.5.5.5",
    "CN2": "114.114.114.114",
    "CN6": "240e:3b0::1",
    "HK": "1.36.10.20",
    "HK2": "202.67.230.1",
    "US": "8.8.8.8",
    "US6": "2001:4860:4860::8888",
    "AU_ANYCAST": "1.1.1.1",
    "DE_HOSTING": "46.4.10.10",
    "DE_TOR": "185.220.101.5",
    "DE_MILITARY": "214.1.2.3",
    "IE_META": "185.60.216.35",
    "GB": "81.2.69.142",
    "JP": "126.1.2.3",
    "FR": "2.0.1.1",
    "BR_RESIDENTIAL": "177.10.1.1",
    "RU_PROXY": "5.255.255.5",
    "NL_VPN": "89.187.160.10",
    "UNKNOWN": "9.9.9.9",  # public, in no test database
    "UNKNOWN6": "2606:4700:4700::1111",
    "PRIVATE": "10.1.2.3",
    "CGNAT": "100.64.1.1",
    "DOC": "192.0.2.10",
    "DOC6": "2001:db8::5",
}

_ANON_FLAGS = {
    "vpn": "is_anonymous_vpn",
    "tor": "is_tor_exit_node",
    "hosting": "is_hosting_provider",
    "public_proxy": "is_public_proxy",
    "residential_proxy": "is_residential_proxy",
}

DEFAULT_BUILD_DATE = dt.date(2026, 11, 1)


class _DatedWriter(MMDBWriter):
    """MMDBWriter with a chosen build date (mmdb-writer stamps the current time)."""

    def __init__(self, *args, build_date: dt.date, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._epoch = int(dt.datetime.combine(build_date, dt.time(12), dt.UTC).timestamp())

    def _build_meta(self) -> dict:
        meta = super()._build_meta()
        meta["build_epoch"] = self._epoch
        return meta


def write_mmdb(
    path: str | Path,
    database_type: str,
    records: Iterable[tuple[Sequence[str], object]],
    *,
    description: str | None = None,
    build_date: dt.date = DEFAULT_BUILD_DATE,
    ip_version: int = 6,
) -> Path:
    """Write one .mmdb with ``records`` = [(networks, record), ...]; later entries win on overlap."""
    writer = _DatedWriter(
        ip_version=ip_version,
        ipv4_compatible=ip_version == 6,
        database_type=database_type,
        languages=["en"],
        description={"en": description or f"HostGuard test {database_type}"},
        build_date=build_date,
    )
    for nets, record in records:
        writer.insert_network(netaddr.IPSet(nets), record)
    path = Path(path)
    writer.to_db_file(str(path))
    return path


def _named(code: str) -> dict:
    return {"iso_code": code, "names": {"en": country_name(code)}}


def geoip2_country_record(code: str, extra: dict | None = None) -> dict:
    extra = extra or {}
    cont = continent_of(code) or "AS"
    rec: dict = {
        "continent": {"code": cont, "names": {"en": CONTINENTS[cont]}},
        "country": _named(code),
        "registered_country": _named(extra.get("registered", code)),
    }
    if "represented" in extra:
        rec["represented_country"] = {**_named(extra["represented"]), "type": "military"}
    if extra.get("anycast"):
        rec["traits"] = {"is_anycast": True}
    return rec


def _country_records(v4_only: bool = False) -> list[tuple[list[str], dict]]:
    out = []
    for code, nets, extra in COUNTRY_DATA:
        nets = [n for n in nets if not (v4_only and ":" in n)]
        out.append((nets, geoip2_country_record(code, extra)))
    return out


def build_country(path: str | Path, database_type: str = "GeoIP2-Country", **kw) -> Path:
    """GeoIP2-, GeoLite2- or DBIP-Country-Lite-shaped country database."""
    return write_mmdb(path, database_type, _country_records(), **kw)


def build_dbip_country_lite(path: str | Path, **kw) -> Path:
    kw.setdefault("description", "dbip-country-lite")
    return write_mmdb(path, "DBIP-Country-Lite", _country_records(), **kw)


def build_city(path: str | Path, database_type: str = "GeoIP2-City", **kw) -> Path:
    records = _country_records()
    for net, code, subdivisions, city in CITY_DATA:
        rec = geoip2_country_record(code)
        if subdivisions:
            rec["subdivisions"] = [{"iso_code": s, "names": {"en": s}} for s in subdivisions]
        rec["city"] = {"names": {"en": city}}
        records.append(([net], rec))
    return write_mmdb(path, database_type, records, **kw)


def build_flat(
    path: str | Path, database_type: str = "country ipvAll", *, ip_version: int = 6, **kw
) -> Path:
    """The ip-location-db shape (the bundled default): ``{"country_code": ...}`` only."""
    records = [
        ([n for n in nets if ip_version == 6 or ":" not in n], {"country_code": code})
        for code, nets, _ in COUNTRY_DATA
    ]
    return write_mmdb(path, database_type, records, ip_version=ip_version, **kw)


def build_asn(path: str | Path, database_type: str = "GeoLite2-ASN", **kw) -> Path:
    records = [
        (nets, {"autonomous_system_number": asn, "autonomous_system_organization": org})
        for nets, asn, org in ASN_DATA
    ]
    return write_mmdb(path, database_type, records, **kw)


def build_anonymous_ip(path: str | Path, database_type: str = "GeoIP2-Anonymous-IP", **kw) -> Path:
    records = []
    for nets, kinds in ANON_DATA:
        rec = {"is_anonymous": True}
        rec.update({_ANON_FLAGS[k]: True for k in kinds})
        records.append((nets, rec))
    return write_mmdb(path, database_type, records, **kw)


class Databases:
    """Paths of one set of test databases (see `build_all`)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.geoip2_country = build_country(root / "GeoIP2-Country.mmdb")
        self.geolite2_country = build_country(root / "GeoLite2-Country.mmdb", "GeoLite2-Country")
        self.dbip_country = build_dbip_country_lite(root / "dbip-country-lite.mmdb")
        # The file name says "country"; the metadata says City. The metadata must win.
        self.city = build_city(root / "country.mmdb")
        self.flat = build_flat(root / "flat-country.mmdb")
        self.flat_v4 = build_flat(root / "flat-country-ipv4.mmdb", "country ipv4", ip_version=4)
        self.asn = build_asn(root / "asn.mmdb")
        self.anonymous_ip = build_anonymous_ip(root / "anon.mmdb")
        self.old_country = build_country(
            root / "old-country.mmdb", "GeoLite2-Country", build_date=dt.date(2020, 1, 15)
        )
        self.not_a_database = root / "renamed.mmdb"
        self.not_a_database.write_text("this is a text file, not a MaxMind DB\n", "utf-8")


def build_all(root: str | Path) -> Databases:
    return Databases(Path(root))
