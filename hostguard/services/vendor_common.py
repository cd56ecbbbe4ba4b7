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

from hostguard.services.base import ServiceError
from hostguard.services.http import _tname as _http_type_name

log = logging.getLogger("hostguard.services")

MAX_WARNINGS_LOGGED = 10

# Bounds on participant fields, the same as the reference adapter's: names and e-mails are only
# shown and recorded, so a longer one is cut; a longer id or address is not one.
MAX_ID = 1024
MAX_NAME = 512
MAX_EMAIL = 320
MAX_ADDRESS = 100  # an IPv6 address with a zone id is at most ~60 characters
MAX_LOCATION = 512
MAX_PAGE_TOKEN = 8192  # a page token or next-page link longer than this is not one


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


def capped(value: str, limit: int, where: str, key: str, warn: Warnings) -> str:
    """``value`` cut to ``limit`` characters (with a warning when it was longer)."""
    if len(value) > limit:
        warn.add(f"{where}.{key} is longer than {limit} characters; cut")
        return value[:limit]
    return value


def bounded(value: str, limit: int, where: str, key: str, warn: Warnings, *, then: str) -> str:
    """``value``, or "" (with a warning saying ``then``) when it is longer than ``limit``."""
    if len(value) > limit:
        warn.add(f"{where}.{key} is longer than {limit} characters; {then}")
        return ""
    return value


class PageLoop:
    """The page tokens (or next-page links) of one listing: a token seen before means the
    service points back to a page already read, and following it would loop until the page
    limit, so the listing stops with a clear error (as the reference adapter does for cursors).
    """

    def __init__(self, vendor: str, what: str, max_len: int = MAX_PAGE_TOKEN) -> None:
        self.vendor = vendor
        self.what = what
        self.max_len = max_len
        self._seen: set[str] = set()

    def follow(self, token: str, page: int) -> str:
        """``token``, the next page after page ``page`` (1-based); ServiceError for a repeat."""
        if token in self._seen:
            raise ServiceError(
                f"unexpected answer from {self.vendor}: the {self.what} does not end (page {page} "
                f"points back to an earlier page); stopped after {page} pages"
            )
        if len(token) > self.max_len:
            raise ServiceError(
                f"unexpected answer from {self.vendor}: the {self.what}'s next page is named by "
                f"{len(token)} characters (at most {self.max_len} expected); listing stopped"
            )
        self._seen.add(token)
        return token

    def reset(self) -> None:
        self._seen.clear()


def duration(seconds: float) -> str:
    """A wait in words: "45 s", "5 min", "2.5 h"."""
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


__all__ = [
    "MAX_ADDRESS",
    "MAX_EMAIL",
    "MAX_ID",
    "MAX_LOCATION",
    "MAX_NAME",
    "MAX_WARNINGS_LOGGED",
    "PageLoop",
    "Warnings",
    "bounded",
    "capped",
    "duration",
    "field_text",
    "type_name",
]
