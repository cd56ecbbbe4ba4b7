"""Webex participant addresses, from its meeting-quality analytics (`webex_qualities` reads the
answers and matches them to people).

Analytics needs an organisation administrator's token with ``analytics:read_all`` (the admin
token, else the one token), has data from about 10 minutes after the start, and allows one
call per five minutes per meeting instance: `WebexAddresses` keeps that window itself (never
blocking a roster read) and keeps what it learnt. One page per call; a ``504`` answer (a
``max`` too large for the service) halves ``max`` and asks again; a 429 sets the next call
after its ``Retry-After``.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from hostguard.services.base import RemoteParticipant, ServiceError
from hostguard.services.http import ServiceHTTP, parse_retry_after
from hostguard.services.vendor_common import Warnings
from hostguard.services.webex_participants import WebexParticipant, parse_link_header
from hostguard.services.webex_qualities import (
    NOTE_NO_DATA,
    Person,
    QualityRow,
    match_addresses,
    parse_qualities,
)

if TYPE_CHECKING:
    from hostguard.services.webex import Instance

log = logging.getLogger(__name__)

ANALYTICS_WINDOW_S = 300.0  # one qualities call per five minutes per meeting instance
ANALYTICS_START_S = 600.0  # qualities data from about 10 minutes after the meeting starts
# Media sessions asked for per qualities call (its ``max``; the description's default is 100).
# A large ``max`` can answer 504: the adapter halves it then (not below QUALITIES_MIN_PAGE).
QUALITIES_PAGE = 1000
QUALITIES_MIN_PAGE = 50
ROLE_ANALYTICS = "an organisation admin token with analytics:read_all (and the Pro Pack)"


def next_page(client: ServiceHTTP, link: str | None, path: str) -> str | None:
    """The path of the next page a ``Link: <...>; rel="next"`` header names, or None; only on
    the client's own host and API root, so the token never travels elsewhere."""
    nxt = parse_link_header(link).get("next")
    if not nxt:
        return None
    current = client.base_url + path
    absolute = urljoin(current, nxt)
    base = urlsplit(client.base_url)
    target = urlsplit(absolute)
    if (target.scheme, target.netloc) != (base.scheme, base.netloc) or not absolute.startswith(client.base_url + "/"):
        # Never send the token to another host (or outside the API) because a header said so.
        raise ServiceError("unexpected answer from Webex: the next page is on another host; listing stopped")
    return absolute[len(client.base_url) :]


class WebexAddresses:
    """The analytics calls and what they taught, per meeting instance (thread-safe)."""

    def __init__(
        self,
        analytics: ServiceHTTP,
        *,
        token_name: str,
        admin_token_given: bool,
        window: float = ANALYTICS_WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.analytics = analytics
        self.token_name = token_name
        self.admin_token_given = admin_token_given
        self.window = window
        self.qualities_page: int = QUALITIES_PAGE
        self.qualities_next: dict[str, str] = {}  # instance -> the next qualities page to ask for
        self.clock = clock
        self.wall_clock = wall_clock
        self._lock = threading.Lock()
        self._call_lock = threading.Lock()
        self._next_call: dict[str, float] = {}  # instance -> clock() when the next call is allowed
        self._rows: dict[str, dict[tuple[str, str, str], QualityRow]] = {}  # instance -> sessions seen
        self._notes: dict[str, str] = {}  # meeting as given -> note
        self._counts: dict[str, tuple[int, int]] = {}  # meeting -> (present, without address)

    def fill(self, meeting_id: str, inst: Instance, people: list[RemoteParticipant]) -> None:
        """Give each person the address analytics matched to them (calling analytics when the
        window allows and someone is present), or the reason they have none."""
        present = [p for p in people if p.status in ("joined", "waiting")]
        if not inst.instance_id:
            with self._lock:
                self._notes[meeting_id] = (
                    f"addresses need the meeting instance id, not found yet ({inst.how})" if inst.how else ""
                )
        elif present:
            self.call(meeting_id, inst)
        with self._lock:
            rows = list(self._rows.get(inst.instance_id, {}).values()) if inst.instance_id else []
            note = self._notes.get(meeting_id, "")
        persons = [
            Person(p.id, p.email, p.correlation_ids if isinstance(p, WebexParticipant) else ())
            for p in people
        ]
        matches = match_addresses(persons, rows)
        without = 0
        for p in people:
            m = matches.get(p.id)
            if m is not None and m.ip:
                p.ip = m.ip
                if isinstance(p, WebexParticipant):
                    p.address_source = "analytics"
                    p.address_note = f"from Webex analytics, matched by {m.how}"
                continue
            if isinstance(p, WebexParticipant):
                reason = m.note if m is not None else NOTE_NO_DATA
                if m is not None and m.note == NOTE_NO_DATA and note:
                    reason = f"no address: {note}"
                p.address_note = reason
            if p.status in ("joined", "waiting"):
                without += 1
        with self._lock:
            self._counts[meeting_id] = (len(present), without)

    def call(self, meeting_id: str, inst: Instance) -> None:
        """One qualities call if this instance's five-minute window allows it (never blocks)."""
        key = inst.instance_id
        with self._call_lock:
            now = self.clock()
            if now < self._next_call.get(key, float("-inf")):
                return
            self._next_call[key] = now + self.window
            path = self.qualities_next.pop(key, None)
            params: dict[str, Any] | None = None
            if not path:
                params = {"meetingId": key, "max": self.qualities_page}
            path = path or "/meeting/qualities"
            try:
                while True:
                    r = self.analytics.request("GET", path, params=params, ok=(200, 429, 504), max_attempts=2)
                    if r.status != 504:
                        break
                    # A max too large for the service: ask again with half (not counted as a call).
                    if self.qualities_page <= QUALITIES_MIN_PAGE:
                        raise ServiceError("Webex analytics timed out (HTTP 504) even for a small page", status=504)
                    self.qualities_page = max(QUALITIES_MIN_PAGE, self.qualities_page // 2)
                    log.info("Webex analytics answered 504; asking for %d sessions at a time", self.qualities_page)
                    path, params = "/meeting/qualities", {"meetingId": key, "max": self.qualities_page}
            except ServiceError as exc:
                note = {
                    401: f"Webex analytics refused {self.token_name}",
                    403: f"Webex analytics refused {self.token_name}: meeting qualities need {ROLE_ANALYTICS}"
                    + ("" if self.admin_token_given else "; give one as WEBEX_ADMIN_TOKEN or in the keyring"),
                    404: "Webex analytics has no data for this meeting instance yet",
                }.get(exc.status or 0, f"Webex analytics failed ({exc})")
                if exc.status not in (401, 403, 404):
                    # A failure the service may not have counted: try again within a minute
                    # (a 429 would tell us if it did count).
                    self._next_call[key] = now + min(60.0, self.window)
                with self._lock:
                    self._notes[meeting_id] = note
                log.info("Webex meeting %s: %s", meeting_id, note)
                return
            if r.status == 429:
                if params is None:
                    self.qualities_next[key] = path  # the same page, next time
                wait = parse_retry_after(r.headers.get("Retry-After"))
                if wait is None:  # unreadable: the documented window (0 is a real answer)
                    wait = self.window
                self._next_call[key] = self.clock() + max(wait, 1.0)
                with self._lock:
                    self._notes[meeting_id] = "Webex analytics asked HostGuard to wait (one call per 5 minutes per meeting)"
                return
            warn = Warnings()
            rows = parse_qualities(r.data, warn)
            try:
                following = next_page(self.analytics, r.headers.get("Link"), path)
            except ServiceError as exc:
                warn.add(str(exc))
                following = None
            if following and following != path:
                self.qualities_next[key] = following
            warn.log("Webex meeting qualities")
            note = ""
            if not rows and self._young(inst):
                note = "Webex analytics has data from about 10 minutes after the meeting starts"
            with self._lock:
                seen = self._rows.setdefault(key, {})
                for row in rows:
                    seen[(row.participant_id, row.session_id, row.email)] = row
                if note:
                    self._notes[meeting_id] = note
                else:
                    self._notes.pop(meeting_id, None)

    def _young(self, inst: Instance) -> bool:
        """True when the instance started less than 10 minutes ago (or its start is unknown)."""
        if not inst.start:
            return True
        try:
            started = dt.datetime.fromisoformat(inst.start.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return True
        return self.wall_clock() - started < ANALYTICS_START_S

    def next_refresh(self, instance_id: str) -> float:
        """Seconds until the next analytics call is allowed for this instance (0: now)."""
        with self._call_lock:
            return max(0.0, self._next_call.get(instance_id, float("-inf")) - self.clock())

    def note(self, meeting_id: str) -> str:
        with self._lock:
            return self._notes.get(meeting_id, "")

    def forget_note(self, meeting_id: str) -> None:
        with self._lock:
            self._notes.pop(meeting_id, None)

    def notes(self, meetings: list[str]) -> list[str]:
        with self._lock:
            return [self._notes[m] for m in meetings if self._notes.get(m)]

    def sessions_seen(self, instance_id: str) -> int:
        with self._lock:
            return len(self._rows.get(instance_id, {}))

    def counts(self) -> Mapping[str, tuple[int, int]]:
        """meeting -> (present, without an address) as the last roster read found them."""
        with self._lock:
            return dict(self._counts)
