"""Text width as a terminal shows it, for tables that stay aligned with any script.

A terminal gives East Asian wide and fullwidth characters (CJK ideographs, kana, Hangul,
fullwidth forms, most emoji) two columns, and combining marks and format characters none;
``len()`` counts code points and so misaligns any table with such names in it.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Sequence
from typing import TextIO

from hostguard.core.participants import plain_text

_ZERO_WIDTH_CATEGORIES = frozenset({"Mn", "Me", "Cf"})


def char_width(ch: str) -> int:
    """Columns one character takes: 0 (combining mark, format character), 1 or 2 (wide, fullwidth)."""
    if unicodedata.category(ch) in _ZERO_WIDTH_CATEGORIES:
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal (wide and fullwidth characters count 2)."""
    if text.isascii():
        return len(text)
    return sum(char_width(ch) for ch in text)


def truncate(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` columns, ending with "…" when cut."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` columns (like ``str.ljust``, by display width)."""
    return text + " " * max(0, width - display_width(text))


def format_table(
    rows: Sequence[dict[str, object]], columns: Sequence[str], max_width: int = 48
) -> str:
    """A plain-text table, aligned by display width; cells are single-line plain text."""
    cells = [
        [
            truncate(plain_text("" if r.get(c) is None else r.get(c), 10_000), max_width)
            for c in columns
        ]
        for r in rows
    ]
    widths = [
        max([display_width(c)] + [display_width(row[i]) for row in cells])
        for i, c in enumerate(columns)
    ]
    lines = ["  ".join(pad(c.upper(), widths[i]) for i, c in enumerate(columns)).rstrip()]
    for row in cells:
        lines.append("  ".join(pad(v, widths[i]) for i, v in enumerate(row)).rstrip())
    return "\n".join(lines) + "\n"


def write_table(
    rows: Sequence[dict[str, object]],
    columns: Sequence[str],
    out: TextIO | None = None,
    max_width: int = 48,
) -> None:
    """`format_table` written to ``out`` (stdout by default)."""
    (out or sys.stdout).write(format_table(rows, columns, max_width))


__all__ = ["char_width", "display_width", "format_table", "pad", "truncate", "write_table"]
