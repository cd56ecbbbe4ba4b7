"""Zoom registrants: a person the rules remove has the registration ended, so it cannot be used
to join again (Zoom's API cannot remove someone already in the meeting).

An approved registration is cancelled and a pending one denied (``PUT .../registrants/status``,
the actions Zoom's API description gives for each); the list is then read back, and only a
registration that left the approved/pending lists is reported as ended.

What a failed listing means is decided from Zoom's API description of
``GET /meetings/{meetingId}/registrants`` (and the webinar one): its 400 (codes 1010, 3000,
3003, 3161) and 404 (1001, 3001) answers say that this meeting's registrants cannot be read
with these credentials at all, so the meeting counts as having no registration to end, and that
answer is kept for `REGISTRANTS_TTL_S`. Anything else (an answer that is not the documented
shape, a web page instead of JSON, a failure after the first page, a listing that does not
end) is a list that could not be read *this time*: it is never kept, and nothing is said about
the person's registration but that (never "not a registrant", never "no registration").
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from hostguard.services.base import AuthError, ServiceError, UnreachableError
from hostguard.services.http import ServiceHTTP
from hostguard.services.vendor_common import MAX_ID, PageLoop
from hostguard.services.zoom_dashboard import PAGE_SIZE
from hostguard.services.zoom_errors import SCOPES, zoom_error
from hostguard.services.zoom_parse import ZoomMeeting, ZoomParticipant

log = logging.getLogger(__name__)

REGISTRANTS_TTL_S = 300.0  # re-read the registrant list at most this often
# The statuses Zoom's description gives for a registrant list that cannot be read for this
# meeting (see the module's docstring); tests check them against the description itself.
NOT_AVAILABLE_STATUSES = frozenset({400, 404})


class RegistrantsUnreadable(Exception):
    """The registrant list could not be read this time; the message (safe to show) says why."""


class ZoomRegistrants:
    """The registrant lists of the meetings of one Zoom connection (thread-safe)."""

    def __init__(
        self, http: ServiceHTTP, resolve: Callable[[str], ZoomMeeting], clock: Callable[[], float] = time.time
    ) -> None:
        self.http = http
        self.resolve = resolve
        self.clock = clock
        self._lock = threading.Lock()
        # meeting -> (read at, e-mail -> (registrant id, status) | None when the meeting has no registration)
        self._lists: dict[str, tuple[float, dict[str, tuple[str, str]] | None]] = {}
        self._ended: set[tuple[str, str]] = set()

    def index(self, meeting_id: str, *, fresh: bool = False) -> dict[str, tuple[str, str]] | None:
        """e-mail -> (registrant id, status) for the approved and pending registrants (None:
        the meeting has no registration that these credentials can read, as Zoom's answer
        says; kept for REGISTRANTS_TTL_S).

        Raises `RegistrantsUnreadable` when the list could not be read this time (nothing is
        kept), and `AuthError`/`UnreachableError` as every call does."""
        with self._lock:
            cached = self._lists.get(meeting_id)
            if not fresh and cached is not None and self.clock() - cached[0] < REGISTRANTS_TTL_S:
                return cached[1]
        target = self.resolve(meeting_id)
        index: dict[str, tuple[str, str]] | None = {}
        path = f"{target.object_path}/registrants"
        first = True  # the first request of the listing: its 400/404 says "not available"
        try:
            for status in ("approved", "pending"):
                token: str | None = None
                tokens = PageLoop("Zoom", "registrant list")
                for page in range(1, 1001):
                    params: dict[str, Any] = {"status": status, "page_size": PAGE_SIZE}
                    if token:
                        params["next_page_token"] = token
                    data = self.http.request("GET", path, params=params).data
                    first = False
                    if not isinstance(data, dict):
                        raise RegistrantsUnreadable(
                            f"the registrant list could not be read (Zoom's {status} list, page {page}, "
                            "is not a JSON object)"
                        )
                    items = data.get("registrants", [])
                    if not isinstance(items, list):
                        raise RegistrantsUnreadable(
                            f"the registrant list could not be read (Zoom's {status} list, page {page}, "
                            "has no list of registrants)"
                        )
                    for raw in items:
                        if isinstance(raw, dict) and isinstance(raw.get("email"), str) and isinstance(raw.get("id"), str):
                            index[raw["email"].strip().lower()] = (raw["id"][:MAX_ID], status)  # type: ignore[index]
                    token = data.get("next_page_token")
                    if not isinstance(token, str) or not token:
                        break
                    tokens.follow(token, page)
        except (AuthError, UnreachableError):
            raise
        except ServiceError as exc:
            if not (first and exc.status in NOT_AVAILABLE_STATUSES):
                raise RegistrantsUnreadable(f"the registrant list could not be read ({_why(exc)})") from None
            # Registration not enabled for this meeting, or not readable with these credentials.
            log.info("Zoom meeting %s: registrants not available (%s)", target.number, _why(exc))
            index = None
        with self._lock:
            self._lists[meeting_id] = (self.clock(), index)
        return index

    def end(self, meeting_id: str, p: ZoomParticipant | None) -> str:
        """Cancel the person's approved registration, or deny a pending one (the actions Zoom's
        description gives for each), then read the list back: only a registration that left the
        approved/pending lists is reported as ended."""
        if p is None or not p.email:
            return "Zoom gave no e-mail address for this person, so no registration can be matched"
        with self._lock:
            if (meeting_id, p.person_key) in self._ended:
                return "registration already ended"
        try:
            index = self.index(meeting_id)
        except RegistrantsUnreadable as exc:
            return f"{exc}; the registration was not changed"
        if index is None:
            return "the meeting has no registration to end"
        found = index.get(p.email.strip().lower())
        if found is None:
            return "not an approved or pending registrant of this meeting"
        rid, status = found
        action, done = ("cancel", "registration cancelled") if status == "approved" else ("deny", "pending registration denied")
        target = self.resolve(meeting_id)
        body = {"action": action, "registrants": [{"id": rid, "email": p.email}]}
        write = SCOPES["webinar_write" if target.webinar else "meeting_write"]
        try:
            self.http.request("PUT", f"{target.object_path}/registrants/status", json_body=body, ok=(200, 204))
            after = self.index(meeting_id, fresh=True)
        except RegistrantsUnreadable:
            after = None
        except ServiceError as exc:
            if isinstance(exc, AuthError | UnreachableError):
                raise
            return f"ending the registration failed: {zoom_error(exc, 'Zoom', write).args[0]}"
        if after is None:  # the list could not be read back: nothing is confirmed
            return (f"Zoom accepted the request to {action} the registration, but the registrant list "
                    "could not be read back to confirm it")
        still = after.get(p.email.strip().lower())
        if still is not None and still[1] == status:
            return f"Zoom accepted the request to {action} the registration, but it is still {status}"
        with self._lock:
            self._ended.add((meeting_id, p.person_key))
        return f"{done} (cannot rejoin with it)"


def _why(exc: ServiceError) -> str:
    """What went wrong, short: the status when there is one, else the error's own words."""
    return f"HTTP {exc.status}" if exc.status is not None else str(exc)
