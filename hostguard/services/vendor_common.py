"""Reading vendor JSON defensively, shared by the Zoom and Webex adapters.

Vendor data is never trusted: a field may be missing, null, of the wrong type or blank. These
helpers normalise what they can and collect one warning per problem, by field and type and
never with the value (values can be names, e-mails or addresses), logged once per listing.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from typing import Any

from hostguard.services.http import _tname as _http_type_name

log = logging.getLogger("hostguard.services")

MAX_WARNINGS_LOGGED = 10


# A JSON value's type in words ("text", "a number", ...), for warnings: the same words the
# shared HTTP layer uses for the reference service's answers.
type_name = _http_type_name


class Warnings:
    """Problems found in one listing: logged once, by field and type, never with values."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.count = 0

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.items) < MAX_WARNINGS_LOGGED:
            self.items.append(message)

    def log(self, what: str, logger: logging.Logger | None = None) -> None:
        if self.count:
            more = (
                f" (and {self.count - len(self.items)} more)"
                if self.count > len(self.items)
                else ""
            )
            (logger or log).warning(
                "%s: %d problem(s) in the service's data were worked around: %s%s",
                what,
                self.count,
                "; ".join(self.items),
                more,
            )


def field_text(
    d: Mapping[str, Any], key: str, where: str, warn: Warnings, *, numbers_ok: bool = False
) -> str:
    """A text field, tolerant: missing/null -> "", numbers -> their text (with a warning unless
    ``numbers_ok``), anything else -> "" with a warning. Text is stripped."""
    v = d.get(key)
    if v is None:
        return ""
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, int | float) and not isinstance(v, bool):
        if not numbers_ok:
            warn.add(f"{where}.{key} should be text, got a number; used as text")
        return str(v) if not (isinstance(v, float) and not math.isfinite(v)) else ""
    warn.add(f"{where}.{key} should be text, got {type_name(v)}; ignored")
    return ""


def duration(seconds: float) -> str:
    """A wait in words: "45 s", "5 min", "2.5 h"."""
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


__all__ = ["MAX_WARNINGS_LOGGED", "Warnings", "duration", "field_text", "type_name"]
