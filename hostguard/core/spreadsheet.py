"""Cells for CSV files that people open in spreadsheets (evaluate, audit export)."""

from __future__ import annotations

# A spreadsheet runs a cell starting with one of these as a formula ("=HYPERLINK(...)"):
# such cells get a leading apostrophe, which spreadsheets show as text.
FORMULA_STARTS = "=+-@\t\r|"


def spreadsheet_safe(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    s = "" if value is None else str(value)
    if s and s[0] in FORMULA_STARTS:
        return "'" + s
    return s
