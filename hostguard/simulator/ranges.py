"""The table of real public address ranges the simulated population connects from.

The table (``data/ranges.csv``) lists, per country, a weight (its share of a large
international event's audience) and a few networks taken from the bundled DB-IP database,
so every address drawn from a network resolves to that country with the bundled data
(a test checks this). Rebuild it after a database update with
``python -m hostguard.simulator.ranges`` (it rewrites the CSV from the bundled database).
"""

from __future__ import annotations

import csv
import ipaddress
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

# Share of the audience per country, roughly like a large international developer event.
COUNTRY_WEIGHTS: dict[str, float] = {
    "US": 14, "CN": 9, "IN": 8, "GB": 5, "DE": 5, "JP": 4, "BR": 4, "FR": 3.5, "KR": 3,
    "CA": 3, "RU": 2.5, "HK": 2, "TW": 2, "AU": 2, "NL": 2, "IT": 2, "ES": 2, "MX": 1.5,
    "ID": 1.5, "SG": 1.2, "TR": 1.2, "PL": 1.2, "SE": 1, "CH": 1, "VN": 1, "TH": 1, "PH": 1,
    "NG": 1, "ZA": 1, "EG": 0.8, "SA": 0.8, "AE": 0.8, "IL": 0.8, "UA": 0.8, "AR": 0.8,
    "CO": 0.6, "CL": 0.5, "PK": 0.6, "BD": 0.5, "MY": 0.6, "KE": 0.5, "NZ": 0.5, "IR": 0.5,
    "GR": 0.4, "PT": 0.5, "IE": 0.5,
}  # fmt: skip

IPV4_PER_COUNTRY = 4
IPV6_PER_COUNTRY = 2
CSV_NAME = "ranges.csv"


@dataclass(frozen=True, slots=True)
class CountryRanges:
    country: str
    weight: float
    ipv4: tuple[ipaddress.IPv4Network, ...]
    ipv6: tuple[ipaddress.IPv6Network, ...]


def load_ranges(path: str | Path | None = None) -> list[CountryRanges]:
    """The table as data: one entry per country, in file order."""
    if path is None:
        text = resources.files("hostguard.simulator").joinpath("data", CSV_NAME).read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    by_country: dict[str, dict] = {}
    for row in rows:
        entry = by_country.setdefault(
            row["country"], {"weight": float(row["weight"]), "ipv4": [], "ipv6": []}
        )
        net = ipaddress.ip_network(row["network"])
        entry["ipv4" if net.version == 4 else "ipv6"].append(net)
    return [
        CountryRanges(code, e["weight"], tuple(e["ipv4"]), tuple(e["ipv6"]))
        for code, e in by_country.items()
    ]


def _pick_networks(db_path: str) -> dict[str, tuple[list, list]]:
    """The largest single-country networks per wanted country (ties broken by address)."""
    import maxminddb

    best: dict[str, tuple[list, list]] = {c: ([], []) for c in COUNTRY_WEIGHTS}
    with maxminddb.open_database(db_path) as reader:
        for net, record in reader:
            code = (record or {}).get("country_code")
            if code not in best:
                continue
            if net.version == 6 and net.network_address.ipv4_mapped is not None:
                continue
            if not net.network_address.is_global or not net.broadcast_address.is_global:
                continue
            if net.version == 6 and (
                net.subnet_of(ipaddress.ip_network("2002::/16"))  # 6to4 mirrors IPv4 space
                or net.prefixlen < 19
            ):
                continue
            if net.version == 4 and net.prefixlen < 12:  # skip legacy giant blocks
                continue
            bucket = best[code][0 if net.version == 4 else 1]
            bucket.append(net)
    out = {}
    for code, (v4, v6) in best.items():
        v4.sort(key=lambda n: (n.prefixlen, int(n.network_address)))
        v6.sort(key=lambda n: (n.prefixlen, int(n.network_address)))
        out[code] = (_spread(v4, 8, IPV4_PER_COUNTRY), _spread(v6, 16, IPV6_PER_COUNTRY))
    return out


def _spread(nets: list, prefix: int, count: int) -> list:
    """At most one network per /prefix, so a country's addresses come from several operators."""
    seen: set = set()
    out = []
    for net in nets:
        top = net.supernet(new_prefix=prefix) if net.prefixlen > prefix else net
        if top in seen:
            continue
        seen.add(top)
        out.append(net)
        if len(out) == count:
            break
    return out


def rebuild(out_path: Path) -> int:
    """Rewrite the CSV from the bundled database; returns the number of networks written."""
    from hostguard.core.geo import GeoResolver, bundled_database_path

    db = str(bundled_database_path())
    info = GeoResolver().databases[0]
    picked = _pick_networks(db)
    lines = [
        "# Real public ranges per country for the HostGuard simulator (see ranges.py).",
        f"# Picked from the bundled DB-IP country database built {info.build_date.isoformat()}:",
        "# the largest single-country networks of each country, one per /8 (IPv6: per /16).",
        "# weight = the country's share of the audience.",
        "country,weight,network",
    ]
    count = 0
    for code, weight in COUNTRY_WEIGHTS.items():
        v4, v6 = picked[code]
        if not v4:
            raise SystemExit(f"no IPv4 network found for {code}")
        for net in [*v4, *v6]:
            lines.append(f"{code},{weight:g},{net}")
            count += 1
    out_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count


if __name__ == "__main__":  # pragma: no cover - maintenance tool
    target = Path(__file__).with_name("data") / CSV_NAME
    n = rebuild(target)
    print(f"wrote {n} networks to {target}", file=sys.stderr)
