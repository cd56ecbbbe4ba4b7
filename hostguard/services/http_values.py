"""What HTTP answers carry, read safely: ``Retry-After`` in its three spellings, a wait in
words, a problem body, header values that can be sent, and JSON shape checks (a wrong type from
a service is a clear `ShapeError`, never a crash). No network here.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import math
import time
from collections.abc import Mapping
from typing import Any

from hostguard.services.base import ServiceError

MAX_PROBLEM_BODY = 64 * 1024  # an error answer larger than this is not read as a problem

# A wait beyond this is "indefinitely": the number is kept finite so that callers can add it to
# a clock and format the result (about 100 years).
RETRY_AFTER_MAX = 100 * 365 * 86400.0


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header, or None when it cannot be read.

    Accepted: delta-seconds (``120``; a decimal or exponent is read too), an HTTP date
    (``Wed, 02 Dec 2026 00:00:00 GMT``) and an ISO 8601 time (``2026-12-02T00:00:00Z``, as
    Zoom gives its daily limit's reset; without a zone it is UTC). A time in the past is 0;
    a wait longer than `RETRY_AFTER_MAX` (``inf``, 10^12, a date centuries away) is
    `RETRY_AFTER_MAX`. ``nan`` and anything else is None.
    """
    if not value:
        return None
    value = value.strip()
    if not value or len(value) > 100:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        if math.isnan(seconds):
            return None
        return min(RETRY_AFTER_MAX, max(0.0, seconds))
    clock = time.time() if now is None else now
    when: dt.datetime | None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        when = None
    if when is None:
        text = value[:-1] + "+00:00" if value[-1:] in ("Z", "z") else value
        try:
            when = dt.datetime.fromisoformat(text)
        except ValueError:
            return None
    if when.tzinfo is None:  # HTTP dates are GMT; an ISO time without a zone is read as UTC
        when = when.replace(tzinfo=dt.UTC)
    try:
        seconds = when.timestamp() - clock
    except (OverflowError, ValueError, OSError):
        return RETRY_AFTER_MAX
    return min(RETRY_AFTER_MAX, max(0.0, seconds))


def describe_wait(seconds: float, *, now: float | None = None) -> str:
    """A wait a service asked for, in words: "45 s", "20 min", "3 h 20 min (until 2026-12-02
    00:00 UTC)", "11 days (until ...)", or "indefinitely" for `RETRY_AFTER_MAX`."""
    if not math.isfinite(seconds) or seconds >= RETRY_AFTER_MAX:
        return "100 years or more (indefinitely)"
    seconds = max(0.0, seconds)
    if seconds < 90:
        return f"{seconds:.0f} s"
    minutes = round(seconds / 60)
    if minutes < 90:
        text = f"{minutes} min"
    elif seconds < 2 * 86400:
        text = f"{minutes // 60} h {minutes % 60} min"
    elif seconds < 3 * 365 * 86400:
        text = f"{seconds / 86400:.0f} days"
    else:
        text = f"{seconds / (365 * 86400):.0f} years"
    clock = time.time() if now is None else now
    try:
        until = dt.datetime.fromtimestamp(clock + seconds, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    except (OverflowError, ValueError, OSError):
        return text
    return f"{text} (until {until})"


def header_safe(value: str) -> bool:
    """Whether a header value can be sent as it is: visible ASCII and spaces only."""
    return all(" " <= ch <= "~" for ch in value)


def _problem_json(body: bytes) -> Any:
    """An error answer's JSON, or None when it is not JSON (or is nested absurdly deep)."""
    if not body or len(body) > MAX_PROBLEM_BODY:
        return None
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


# -- JSON shape checks: a wrong type from a service is a clear ServiceError --------------------
class ShapeError(ServiceError):
    """The service answered JSON of an unexpected shape."""


def _tname(v: object) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
    }.get(type(v), "null" if v is None else type(v).__name__)


def obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ShapeError(
            f"unexpected answer from the service: {where} should be an object, got {_tname(value)}"
        )
    return value


def seq(d: Mapping[str, Any], key: str, where: str) -> list[Any]:
    v = d.get(key)
    if not isinstance(v, list):
        raise ShapeError(
            f"unexpected answer from the service: {where}.{key} should be a list, got {_tname(v)}"
        )
    return v


def text(
    d: Mapping[str, Any], key: str, where: str, *, optional: bool = False, default: str = ""
) -> str:
    v = d.get(key)
    if v is None and optional:
        return default
    if isinstance(v, bool) or not isinstance(v, (str, int)):
        raise ShapeError(
            f"unexpected answer from the service: {where}.{key} should be text, got {_tname(v)}"
        )
    return str(v)


def integer(d: Mapping[str, Any], key: str, where: str, *, optional: bool = False) -> int | None:
    v = d.get(key)
    if v is None and optional:
        return None
    if isinstance(v, bool) or not isinstance(v, int):
        raise ShapeError(
            f"unexpected answer from the service: {where}.{key} should be a whole number, got {_tname(v)}"
        )
    return v


def boolean(
    d: Mapping[str, Any], key: str, where: str, *, optional: bool = False, default: bool = False
) -> bool:
    v = d.get(key)
    if v is None and optional:
        return default
    if not isinstance(v, bool):
        raise ShapeError(
            f"unexpected answer from the service: {where}.{key} should be true or false, got {_tname(v)}"
        )
    return v
