"""Pieces several subcommands share: opening the geo databases and rules with clear errors,
and writing tables that survive terminals and spreadsheets."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Sequence

from hostguard.cli import UsageError
from hostguard.core.geo import GeoError, GeoResolver
from hostguard.core.participants import plain_text
from hostguard.core.rules import RulesError, RuleSet, load_rules

MAX_ERRORS_SHOWN = 50  # a file with thousands of errors is one mistake repeated


def open_resolver(paths: Sequence[str] | None) -> GeoResolver:
    """The databases named with --geoip; else those `hostguard geoip update` installed; else the
    bundled DB-IP country database."""
    if paths:
        try:
            return GeoResolver(paths)
        except GeoError as exc:
            raise UsageError(f"--geoip {exc}") from None
    from hostguard.services.geoip_update import default_resolver_paths

    installed = default_resolver_paths()
    if installed:
        try:
            return GeoResolver(installed)
        except GeoError as exc:
            print(f"hostguard: warning: {exc}; using the bundled database instead "
                  "(`hostguard geoip update --rollback` restores the previous download)", file=sys.stderr)
    return GeoResolver(None)


def open_rules(path: str, resolver: GeoResolver, *, quiet: bool = False) -> RuleSet:
    try:
        ruleset, warnings = load_rules(path, capabilities=resolver.capabilities())
    except RulesError as exc:
        n = len(exc.errors)
        head = f"{n} error{'s' if n != 1 else ''} in the rules file:\n" if n > 1 else ""
        shown = exc.errors[:MAX_ERRORS_SHOWN]
        more = f"\n... and {n - len(shown)} more" if n > len(shown) else ""
        raise UsageError(head + "\n".join(shown) + more) from None
    if not quiet:
        for w in warnings:
            print(f"hostguard: warning: {w}", file=sys.stderr)
    return ruleset


def spreadsheet_safe(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    s = "" if value is None else str(value)
    if s and s[0] in "=+-@\t\r|":
        return "'" + s
    return s


def write_csv(rows: Sequence[dict[str, object]], columns: Sequence[str], out=None) -> None:
    out = out or sys.stdout
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([spreadsheet_safe(r.get(c)) for c in columns])
    out.write(buf.getvalue())


def write_table(rows: Sequence[dict[str, object]], columns: Sequence[str], out=None, max_width: int = 48) -> None:
    """A plain-text table; cells are single-line plain text (no control characters)."""
    out = out or sys.stdout
    cells = [[plain_text(r.get(c, "") if r.get(c) is not None else "", max_width) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.upper().ljust(widths[i]) for i, c in enumerate(columns)).rstrip()]
    for row in cells:
        lines.append("  ".join(v.ljust(widths[i]) for i, v in enumerate(row)).rstrip())
    out.write("\n".join(lines) + "\n")
