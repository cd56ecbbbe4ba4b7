"""`hostguard evaluate`: what the rules decide for each participant in a file (nothing is sent)."""

from __future__ import annotations

import json
import sys

from hostguard.cli import UsageError
from hostguard.cli.common import open_resolver, open_rules, write_csv, write_table
from hostguard.core.participants import ParticipantsError, load_participants

COLUMNS = ("id", "name", "ip", "country", "continent", "status", "action", "rule", "reason")


def add_parser(sub) -> None:
    p = sub.add_parser("evaluate", help="show what the rules decide for a participants file")
    p.add_argument("--rules", required=True, metavar="R.toml", help="rules file (TOML, version 1)")
    p.add_argument("--participants", required=True, metavar="P.csv|P.json", help="participants file")
    p.add_argument("--geoip", action="append", metavar="DB.mmdb", help="database (repeatable); default: the bundled DB-IP country database")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(run=run)


def run(args) -> int:
    from hostguard.core.geo import GeoError
    try:
        return _run(args)
    except GeoError as exc:
        raise UsageError(f"--geoip {exc}") from None


def _run(args) -> int:
    with open_resolver(args.geoip) as resolver:
        ruleset = open_rules(args.rules, resolver)
        try:
            participants = load_participants(args.participants)
        except ParticipantsError as exc:
            raise UsageError(str(exc)) from None
        lookup = resolver.lookup
        rows = []
        decisions = []
        for p in participants:
            geo = lookup(p.ip)
            d = ruleset.evaluate(p, geo)
            decisions.append(d)
            rows.append(
                {
                    "id": p.id,
                    "name": p.name,
                    "email": p.email or None,
                    "role": p.role,
                    "ip": p.ip or None,
                    "country": geo.country,
                    "continent": geo.continent,
                    "status": geo.status.value,
                    "action": d.action,
                    "rule": d.rule,
                    "reason": d.reason,
                    "exempt": d.exempt,
                }
            )
        if args.format == "json":
            # One object per line: readable, and json's C encoder stays in use (indent disables it).
            sys.stdout.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n")
        elif args.format == "csv":
            write_csv(rows, (*COLUMNS, "email", "role", "exempt"))
        else:
            write_table(rows, ("id", "name", "ip", "country", "action", "rule", "reason"))
            counts: dict[str, int] = {}
            for r in rows:
                counts[r["action"]] = counts.get(r["action"], 0) + 1
            summary = ", ".join(f"{a}: {n}" for a, n in sorted(counts.items()))
            print(f"\n{len(rows)} participants; {summary or 'none'}")
            verdict = ruleset.guard(participants, decisions)
            print(f"share guard: {verdict.message()}")
            for db in resolver.databases:
                print(f"data: {db.attribution}" if db.attribution else f"data: {db.label}")
    return 0
