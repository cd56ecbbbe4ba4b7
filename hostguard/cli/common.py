"""Pieces several subcommands share: opening the geo databases and rules with clear errors,
and writing tables that survive terminals and spreadsheets."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Sequence

from hostguard.cli import UsageError, terminal_safe
from hostguard.cli.textwidth import write_table  # the terminal table, aligned by display width
from hostguard.core.geo import GeoError, GeoResolver
from hostguard.core.rules import RulesError, RuleSet, load_rules
from hostguard.core.spreadsheet import spreadsheet_safe

MAX_ERRORS_SHOWN = 50  # a file with thousands of errors is one mistake repeated


def open_resolver(paths: Sequence[str] | None) -> GeoResolver:
    """The databases named with --geoip; else those `hostguard geoip update` installed; else the
    bundled DB-IP country database."""
    from hostguard.services import geoip_update

    try:
        return geoip_update.open_resolver(
            paths, warn=lambda text: print(f"hostguard: warning: {terminal_safe(text)}", file=sys.stderr)
        )
    except GeoError as exc:
        raise UsageError(f"--geoip {exc}") from None


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
        for w in warnings:  # they quote the file (rule names, networks): no escapes to the terminal
            print(f"hostguard: warning: {terminal_safe(w)}", file=sys.stderr)
    return ruleset


def write_csv(rows: Sequence[dict[str, object]], columns: Sequence[str], out=None) -> None:
    """Rows as CSV: every cell spreadsheet-safe and free of control characters (tab and line
    breaks in a value are quoted as CSV allows; nothing else from C0, DEL or C1 is written)."""
    out = out or sys.stdout
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([spreadsheet_safe(r.get(c)) for c in columns])
    out.write(buf.getvalue())

__all__ = ["open_resolver", "open_rules", "spreadsheet_safe", "write_csv", "write_table"]
