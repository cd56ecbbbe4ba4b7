"""`hostguard evaluate`: what the rules decide for each participant in a file (nothing is sent)."""

from __future__ import annotations

import datetime as dt
import json
import sys

from hostguard.cli import UsageError, terminal_safe
from hostguard.cli.common import open_resolver, open_rules, write_csv, write_table
from hostguard.core.geo import GeoStatus
from hostguard.core.participants import ParticipantsError, load_participants
from hostguard.core.rules import rule_schedule_state

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
        evaluate = ruleset.evaluate
        # Rules with a time window are read at this computer's clock, once for the whole file.
        now = dt.datetime.now(dt.UTC) if ruleset.has_schedules else None
        geos = [lookup(p.ip) for p in participants]
        decisions = [evaluate(p, g, now) for p, g in zip(participants, geos, strict=True)]
        if args.format == "json":
            # One object per line, exactly as json.dumps(row, ensure_ascii=False) writes each
            # row, but built with the json module's own string encoder: a 50,000-row file
            # would otherwise spend a third of its time setting up an encoder per row.
            sys.stdout.write("[\n" + ",\n".join(map(_json_line, participants, geos, decisions)) + "\n]\n")
            return 0
        rows = [_row(p, g, d) for p, g, d in zip(participants, geos, decisions, strict=True)]
        for r in rows:  # one cell in a table or a spreadsheet: the names separated by "; "
            r["reported"] = "; ".join(r["reported"]) or None  # type: ignore[arg-type]
        if args.format == "csv":
            # "reported": the report-only rules that matched, separated by "; " (last column).
            write_csv(rows, (*COLUMNS, "email", "role", "exempt", "reported"))
        else:
            # The report-only column only where the rules have report-only rules.
            reporting = ruleset.has_report_rules
            table = ("id", "name", "ip", "country", "action", "rule", "reason")
            write_table(rows, (*table, "reported") if reporting else table)
            counts: dict[str, int] = {}
            for r in rows:
                counts[r["action"]] = counts.get(r["action"], 0) + 1
            summary = ", ".join(f"{a}: {n}" for a, n in sorted(counts.items()))
            print(f"\n{len(rows)} participants; {summary or 'none'}")
            if reporting:
                print("report-only (nobody acted on): " + _report_counts(ruleset, decisions))
            for rule in ruleset.rules:
                active, text = rule_schedule_state(rule, now or dt.datetime.now(dt.UTC))
                if rule.scheduled and not active:
                    print(f"rule {terminal_safe(rule.name)!r}: skipped now ({text})")
            # The engine's one planning function, as `watch` and the app use it (the file's
            # people are all present and nothing was sent for them).
            from hostguard.engine import RosterEntry, plan

            entries = [RosterEntry(p, g, d) for p, g, d in zip(participants, geos, decisions, strict=True)]
            verdict = plan(entries, ruleset, decided=True, now=now).verdict
            print(f"share guard: {verdict.message()}")
            for db in resolver.databases:
                print(f"data: {db.attribution}" if db.attribution else f"data: {db.label}")
    return 0


def _row(p, geo, d) -> dict[str, object]:
    return {
        "id": p.id,
        "name": p.name,
        "email": p.email or None,
        "role": p.role,
        # An invalid address is shown as its evidence: escaped ("8.8.8.8\x00"), so a table or a
        # spreadsheet never shows what looks like a good address beside "invalid".
        "ip": (geo.ip if geo.status is GeoStatus.INVALID else p.ip) or None,
        "country": geo.country,
        "continent": geo.continent,
        "status": geo.status.value,
        "action": d.action,
        "rule": d.rule,
        "reason": d.reason,
        "exempt": d.exempt,
        "reported": list(d.reported),
    }


def _report_counts(ruleset, decisions) -> str:
    counts = {r.name: 0 for r in ruleset.rules if r.enabled and r.report_only}
    for d in decisions:
        for name in d.reported:
            counts[name] = counts.get(name, 0) + 1
    return ", ".join(f"{terminal_safe(name)!r}: {n}" for name, n in counts.items())


def _json_str(value: str | None) -> str:
    return "null" if value is None else _encode_str(value)


def _json_line(p, geo, d) -> str:
    """``json.dumps(_row(p, geo, d), ensure_ascii=False)``, built directly."""
    return (
        f'{{"id": {_encode_str(p.id)}, "name": {_encode_str(p.name)}, "email": {_json_str(p.email or None)}, '
        f'"role": {_encode_str(p.role)}, "ip": {_json_str(p.ip or None)}, "country": {_json_str(geo.country)}, '
        f'"continent": {_json_str(geo.continent)}, "status": {_encode_str(geo.status.value)}, '
        f'"action": {_encode_str(d.action)}, "rule": {_json_str(d.rule)}, "reason": {_encode_str(d.reason)}, '
        f'"exempt": {"true" if d.exempt else "false"}, '
        f'"reported": [{", ".join(map(_encode_str, d.reported))}]}}'
    )


# What json.dumps(..., ensure_ascii=False) uses for every string (its C version when present).
_encode_basestring = json.encoder.encode_basestring


def _encode_str(value: str) -> str:
    """A JSON string as json.dumps(..., ensure_ascii=False) writes it, except that every
    character a terminal could act on (DEL, C1 controls, separators, format characters such
    as text-direction overrides) is written as a \\uXXXX escape too: the same string to a JSON
    reader, and nothing on stdout that a terminal runs."""
    out = _encode_basestring(value)
    if out.isprintable():
        return out
    return "".join(ch if ch.isprintable() else _json_escape(ch) for ch in out)


def _json_escape(ch: str) -> str:
    n = ord(ch)
    if n < 0x10000:
        return f"\\u{n:04x}"
    n -= 0x10000  # beyond the Basic Multilingual Plane: a UTF-16 surrogate pair, as JSON spells it
    return f"\\u{0xD800 + (n >> 10):04x}\\u{0xDC00 + (n & 0x3FF):04x}"
