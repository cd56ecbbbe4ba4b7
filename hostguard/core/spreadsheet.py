"""Cells for CSV files that people open in spreadsheets (evaluate, audit export)."""

from __future__ import annotations

import re

# A spreadsheet runs a cell starting with one of these as a formula ("=HYPERLINK(...)"):
# such cells get a leading apostrophe, which spreadsheets show as text.
FORMULA_STARTS = "=+-@\t\r|"
# Characters no cell keeps: C0 controls other than tab and line breaks (NUL, ESC, ...), DEL,
# C1 controls, line/paragraph separators, lone surrogates and the bidirectional marks,
# overrides and isolates that reorder the text shown around them. Tab and line breaks stay:
# the CSV writer quotes them, and they are the text's own (one record per row all the same).
_NOT_IN_A_CELL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def cell_text(value: object) -> str:
    """A value as CSV cell text, free of the characters no cell keeps (see above)."""
    s = "" if value is None else str(value)
    return _NOT_IN_A_CELL.sub("", s) if not s.isprintable() else s


def spreadsheet_safe(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula, and that holds no
    control characters (dropped before the formula check, so "\\x00=1+1" is guarded too)."""
    s = cell_text(value)
    if s and s[0] in FORMULA_STARTS:
        return "'" + s
    return s
