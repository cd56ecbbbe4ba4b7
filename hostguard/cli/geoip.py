"""`hostguard geoip ...`: the IP geolocation databases HostGuard uses.

``info`` lists the databases in use (type, kind, build date, age, attribution) and warns
when one is older than 60 days: location data ages, and a stale database misplaces people.
Each action is one function ``run_<action>(args) -> int`` with its parser built in
``add_parser``; ``update`` (downloading fresh databases) is added below ``info``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from hostguard.cli import UsageError
from hostguard.cli.common import open_resolver
from hostguard.core.geo import STALE_AFTER_DAYS, DatabaseInfo, c_extension_available

# Rule conditions each resolver capability enables (see hostguard.core.rules.NEEDS_DATABASE).
_CONDITIONS = {
    "country": "countries, not_countries, continents, unknown, networks, roles",
    "regions": "regions",
    "asns": "asns",
    "anonymizers": "anonymizers",
}


def add_parser(sub) -> None:
    p = sub.add_parser(
        "geoip", help="IP geolocation databases: what is in use (info), get a current one (update)"
    )
    actions = p.add_subparsers(dest="geoip_action", metavar="ACTION")

    info = actions.add_parser("info", help="list the databases in use, their dates and attribution")
    info.add_argument(
        "--geoip",
        action="append",
        metavar="DB.mmdb",
        help="database (repeatable: country/city + ASN + anonymous-IP); default: the bundled DB-IP country database",
    )
    info.add_argument("--format", choices=("text", "json"), default="text")
    info.set_defaults(geoip_run=run_info)

    add_update_parser(actions)

    p.set_defaults(run=run, geoip_parser=p)


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "geoip_run", None)
    if action is None:
        raise UsageError(
            "geoip: choose an action, e.g. `hostguard geoip info` (see `hostguard geoip --help`)"
        )
    return action(args)


def database_entry(info: DatabaseInfo, today: dt.date | None = None) -> dict[str, object]:
    """One database as `geoip info` reports it (also the JSON shape)."""
    age = info.age_days(today)
    return {
        "path": info.path,
        "label": info.label,
        "database_type": info.database_type,
        "kind": info.kind.value,
        "bundled": info.bundled,
        "build_date": info.build_date.isoformat(),
        "age_days": age,
        "stale": info.is_stale(today),
        "attribution": info.attribution or None,
    }


def run_info(args: argparse.Namespace) -> int:
    today = dt.date.today()
    with open_resolver(args.geoip) as resolver:
        entries = [database_entry(db, today) for db in resolver.databases]
        caps = sorted(resolver.capabilities())
        index_path = resolver.index_path
        # The index (hostguard.core.geoindex) as a meeting's engine will find it: read and
        # checked now, never made here.
        index = None if index_path is None else {"path": str(index_path), "made": resolver.indexed}
    c_ext = c_extension_available()
    if args.format == "json":
        json.dump(
            {
                "databases": entries,
                "capabilities": caps,
                "c_extension": c_ext,
                "stale_after_days": STALE_AFTER_DAYS,
                "index": index,
            },
            sys.stdout,
            indent=1,
        )
        sys.stdout.write("\n")
        return 0

    out = sys.stdout
    out.write("Databases in use:\n")
    for e in entries:
        where = "bundled" if e["bundled"] else "--geoip"
        out.write(f"  {e['label']} ({where}): {e['path']}\n")
        out.write(f"    type: {e['database_type']} ({e['kind']})\n")
        age = e["age_days"]
        out.write(f"    built: {e['build_date']} ({age} day{'s' if age != 1 else ''} ago)\n")
        if e["stale"]:
            out.write(
                f"    warning: older than {STALE_AFTER_DAYS} days; locations drift as address blocks "
                "move, so get a current database\n"
            )
        if e["attribution"]:
            out.write(f"    attribution: {e['attribution']}\n")
    out.write(
        "Rule conditions available: "
        + "; ".join(_CONDITIONS[c] for c in caps if c in _CONDITIONS)
        + "\n"
    )
    if c_ext:
        out.write("Lookups: maxminddb C extension in use (fast)\n")
    else:
        out.write(
            "Lookups: maxminddb C extension NOT available; pure-Python lookups are several times slower\n"
        )
    if index is None:
        out.write("Index: none (made only for a flat country database used alone)\n")
    elif index["made"]:
        out.write(f"Index: {index['path']} (made from the database, no participant data; read before it)\n")
    else:
        out.write(
            f"Index: not made yet; a meeting's engine makes it after its first roster, at {index['path']}\n"
        )
    stale = [e for e in entries if e["stale"]]
    for e in stale:
        print(
            f"hostguard: warning: {e['label']} database is {e['age_days']} days old (built {e['build_date']})",
            file=sys.stderr,
        )
    return 0


# ---- `update` (creds helper) --------------------------------------------------------------


def add_update_parser(actions) -> None:
    u = actions.add_parser(
        "update",
        help="download a current database (DB-IP Lite or a MaxMind edition) and swap it in",
        description="Download DB-IP Lite (monthly, no key) or a MaxMind edition (account ID and "
        "license key from `hostguard credentials set --service maxmind` or MAXMIND_ACCOUNT_ID / "
        "MAXMIND_LICENSE_KEY), verify it and swap it in atomically, keeping the previous file "
        "for --rollback. The current database is untouched when anything goes wrong.",
    )
    u.add_argument(
        "--source",
        choices=("dbip", "maxmind"),
        help="where to download from (default: dbip)",
    )
    u.add_argument(
        "--edition",
        help="dbip: dbip-country-lite (default), dbip-city-lite or dbip-asn-lite; "
        "maxmind: an edition ID such as GeoLite2-Country (default), GeoLite2-City, GeoLite2-ASN",
    )
    u.add_argument("--url", metavar="BASE", help="download from BASE instead of the vendor's host")
    u.add_argument(
        "--dest",
        metavar="DIR",
        help="install into DIR (default: the user data folder, HostGuard/geoip)",
    )
    u.add_argument(
        "--rollback",
        action="store_true",
        help="put back the database the last update replaced (no download)",
    )
    u.set_defaults(geoip_run=run_update)


class _Progress:
    """Bytes and percent on one terminal line, redrawn at most every 0.1 s."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.last = 0.0
        self.shown = False

    def __call__(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if done and total != done and now - self.last < 0.1:
            return
        self.last = now
        mb = f"{done / 1e6:.1f} MB"
        text = f"{mb} of {total / 1e6:.1f} MB ({100 * done // total}%)" if total else mb
        self.stream.write(f"\rDownloading: {text}   ")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def run_update(args: argparse.Namespace) -> int:
    from hostguard.core.geo import DBIP_ATTRIBUTION, MAXMIND_ATTRIBUTION, GeoResolver
    from hostguard.services import geoip_update as gu
    from hostguard.services.base import UnreachableError

    try:
        if args.rollback:
            if args.url:
                raise UsageError("--rollback downloads nothing: leave out --url")
            current, previous = gu.rollback(args.source, args.edition, dest=args.dest)
            kept = f"; the one it replaced is kept as {Path(previous).name}" if previous else ""
            print(
                f"Rolled back: {current} is again the database from before the last update{kept}."
            )
            return 0
        progress = _Progress(sys.stderr) if sys.stderr.isatty() else None
        try:
            result = gu.update(
                args.source or "dbip",
                args.edition,
                base_url=args.url,
                dest=args.dest,
                progress=progress,
            )
        finally:
            if progress is not None:
                progress.finish()
    except gu.UsageProblem as exc:
        raise UsageError(f"geoip update: {exc}") from None
    except (gu.UpdateError, UnreachableError) as exc:
        print(f"hostguard: geoip update: {exc}", file=sys.stderr)
        return exc.exit_code
    print(result.sentence())
    maxmind = "GeoLite" in result.database_type or "GeoIP2" in result.database_type
    print(MAXMIND_ATTRIBUTION if maxmind else f"{DBIP_ATTRIBUTION}, licensed CC BY 4.0.")
    in_use: list[str] = []
    if args.dest is None:
        # Say what the app will use, from the resolver itself rather than from assumptions.
        try:
            with GeoResolver() as resolver:
                in_use = [db.path for db in resolver.databases]
        except Exception:
            in_use = []
    if result.path in in_use:
        print("HostGuard uses it from now on wherever no --geoip is given.")
    else:
        print(f"Use it with --geoip {result.path}")
    return 0
