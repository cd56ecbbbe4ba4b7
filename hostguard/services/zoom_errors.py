"""Zoom's errors in words: its ``{code, message}`` answers turned into sentences that say what
to do (a missing scope named, a refused token as `AuthError`, an unknown meeting as `NotFound`).
"""

from __future__ import annotations

import re

from hostguard.services.base import AuthError, NotFound, ServiceError

# Zoom error codes worth a sentence of their own ({code, message} bodies).
ZOOM_ERRORS: dict[int, str] = {
    124: "Zoom refused the access token",
    200: "Zoom says this account or app has no permission for that (the live dashboard needs a Business plan or higher and the scope dashboard_meetings:read:admin)",
    300: "Zoom refused the request as invalid",
    1001: "Zoom does not know this user",
    3000: "Zoom cannot give this meeting's information",
    3001: "Zoom does not know this meeting (it does not exist or has expired)",
    4700: "the Zoom app's access token lacks a scope this call needs",
    4711: "the Zoom app lacks a scope it needs (dashboard_meetings:read:admin or dashboard:read:list_meeting_participants:admin, and meeting:write:admin for the country policy)",
}

# The scopes each call needs, from the description's "Scopes:" of each operation (any one of
# those listed is enough), named when Zoom answers 4700.
SCOPES = {
    "dashboard": "dashboard_meetings:read:admin",
    "dashboard_webinar": "dashboard_webinars:read:admin",
    "meeting_read": "meeting:read:admin (or meeting:read)",
    "meeting_write": "meeting:write:admin (or meeting:write)",
    "webinar_read": "webinar:read:admin (or webinar:read)",
    "webinar_write": "webinar:write:admin (or webinar:write)",
}


_SCOPE_NAME = re.compile(r"[a-z_]+(?::[a-z_]+){1,3}")


def missing_scopes(message: object, needed: str = "") -> str:
    """The scopes a 4700 answer names ("... does not contain scopes:[meeting:write, meeting:write:admin]":
    any one of them will do), else the scope the call is documented to need; "" when neither is known."""
    named = _SCOPE_NAME.findall(message) if isinstance(message, str) else []
    names = list(dict.fromkeys(named))[:6]
    return " or ".join(names) if names else needed


def zoom_error(exc: ServiceError, what: str, scope: str = "") -> ServiceError:
    """The same error, its message replaced by a sentence built from Zoom's {code, message}.

    ``scope``: the scope the call needs (`SCOPES`), named when Zoom answers 4700 without naming it.
    """
    problem = getattr(exc, "problem", None)
    code = problem.get("code") if isinstance(problem, dict) else None
    message = problem.get("message") if isinstance(problem, dict) else None
    if not isinstance(code, int) or isinstance(code, bool):
        code = None
    known = ZOOM_ERRORS.get(code) if code is not None else None
    vendor = message[:200] if isinstance(message, str) else ""
    if known is None and not vendor:
        return exc
    if code == 4700:
        scopes = missing_scopes(vendor, scope)
        known = (
            f"the Zoom app's access token lacks the scope {scopes}: add it to the Server-to-Server "
            "OAuth app in Zoom's App Marketplace (Scopes), then connect again"
            if scopes else known
        )
    text = f"{what}: {known or 'Zoom refused the request'}"
    if vendor:
        text += f" (Zoom code {code}: {vendor})" if code is not None else f" ({vendor})"
    if code == 3001:
        cls: type[ServiceError] = NotFound
    elif code in (124, 200, 4700, 4711) or exc.status in (401, 403):
        cls = AuthError
    else:
        cls = type(exc)
    new = cls(text, status=exc.status, retryable=exc.retryable)
    new.problem = problem  # type: ignore[attr-defined]
    return new


def _is_expired_page_token(exc: ServiceError) -> bool:
    problem = getattr(exc, "problem", None)
    msg = problem.get("message") if isinstance(problem, dict) else ""
    msg = (msg if isinstance(msg, str) else "").lower()
    code = problem.get("code") if isinstance(problem, dict) else None
    if exc.status not in (400, 404, 410):
        return False
    return "next page token" in msg or "next_page_token" in msg or (code == 300 and "token" in msg)
