"""Zoom's dashboard: a meeting id resolved to its number, and the live participant list.

* A meeting number is used as it is; a UUID given by the host is resolved once through
  ``GET /metrics/meetings/{uuid}`` (its ``id``); the number is used for the meeting calls and
  the UUID kept for the dashboard (`ZoomMeeting`).
* ``GET /metrics/meetings/{id}/participants?type=live`` gives the live list with addresses, 300
  per page; ``next_page_token`` expires after 15 minutes (the listing restarts once).
* Every dashboard request goes through the one retry layer (`ServiceHTTP`) with
  `DashboardLimits`, which says what Zoom's 429 means: the per-second limit is waited out
  there; a daily cap used up stops the request, and until then no request is made.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from hostguard.services.base import ConfigurationError, ServiceError
from hostguard.services.http import ServiceHTTP
from hostguard.services.vendor_common import MAX_ID, PageLoop, Warnings, type_name
from hostguard.services.zoom_budget import DashboardLimits, ZoomRateBudget, exhausted_message
from hostguard.services.zoom_errors import SCOPES, _is_expired_page_token, zoom_error
from hostguard.services.zoom_parse import (
    WEBINAR_PREFIX,
    ZoomMeeting,
    ZoomParticipant,
    encode_meeting_id,
    meeting_number,
    parse_participant,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 300  # the dashboard's maximum


class ZoomDashboard:
    """The dashboard calls of one Zoom connection (thread-safe; the resolved ids are kept)."""

    def __init__(self, http: ServiceHTTP, budget: ZoomRateBudget, clock: Callable[[], float] = time.time) -> None:
        self.http = http
        self.budget = budget
        self.clock = clock
        self.limits = DashboardLimits(budget, clock)
        self._lock = threading.Lock()
        self._resolved: dict[str, ZoomMeeting] = {}

    def known(self, meeting_id: str) -> ZoomMeeting | None:
        """The meeting as resolved earlier, or None (no network)."""
        with self._lock:
            return self._resolved.get(meeting_id)

    def resolve(self, meeting_id: str) -> ZoomMeeting:
        """The meeting's number (for the meeting and registrant calls) and what the dashboard
        is asked with. A number is used as it is; a UUID (anything else) is looked up once with
        ``GET /metrics/meetings/{uuid}`` (``/metrics/webinars`` for "webinar:<uuid>"), whose
        ``id`` is the number. The UUID stays what the dashboard is asked with."""
        with self._lock:
            found = self._resolved.get(meeting_id)
        if found is not None:
            return found
        webinar = meeting_id.startswith(WEBINAR_PREFIX)
        given = meeting_id[len(WEBINAR_PREFIX):] if webinar else meeting_id
        given = given.strip()
        if not given:
            raise ConfigurationError("the Zoom meeting ID is empty")
        number = meeting_number(given)
        if number is not None:
            found = ZoomMeeting(given, webinar, number, str(number))
        else:
            kind = "webinars" if webinar else "meetings"
            scope = SCOPES["dashboard_webinar" if webinar else "dashboard"]
            try:
                data = self.get(f"/metrics/{kind}/{encode_meeting_id(given)}", {"type": "live"})
            except ServiceError as exc:
                raise zoom_error(exc, f"finding the Zoom {kind[:-1]} number for this UUID", scope) from None
            raw_id = data.get("id") if isinstance(data, dict) else None
            if isinstance(raw_id, str) and raw_id.isdigit():
                raw_id = int(raw_id)
            if isinstance(raw_id, bool) or not isinstance(raw_id, int) or raw_id <= 0:
                raise ServiceError(
                    f"Zoom's dashboard gave no {kind[:-1]} number (id) for this UUID; give the "
                    f"{kind[:-1]} ID (the number in the join link) instead"
                )
            uuid = data.get("uuid") if isinstance(data.get("uuid"), str) else ""
            found = ZoomMeeting(given, webinar, raw_id, given, uuid[:MAX_ID])
            log.info("Zoom: the %s UUID resolves to number %d", kind[:-1], raw_id)
        with self._lock:
            self._resolved[meeting_id] = found
        return found

    def live(self, meeting_id: str) -> list[ZoomParticipant]:
        """Everyone the dashboard lists now (``type=live``), every page; the listing restarts
        once when Zoom's page token expired (after 15 minutes). Notes the pages and people in
        the budget."""
        exhausted, now = self.budget.exhausted_until, self.clock()
        if exhausted is not None and now < exhausted:
            raise ServiceError(exhausted_message(exhausted, now), status=429, retryable=True)
        target = self.resolve(meeting_id)
        path = f"{target.dashboard_path}/participants"
        scope = SCOPES["dashboard_webinar" if target.webinar else "dashboard"]
        restarted = False
        while True:
            warn = Warnings()
            out: dict[str, ZoomParticipant] = {}
            token: str | None = None
            pages = 0
            total: int | None = None
            tokens = PageLoop("Zoom", "participant list")
            try:
                while True:
                    params: dict[str, Any] = {"type": "live", "page_size": PAGE_SIZE}
                    if token:
                        params["next_page_token"] = token
                    data = self.get(path, params)
                    pages += 1
                    if not isinstance(data, dict):
                        raise ServiceError(f"unexpected answer from Zoom: the participant page is {type_name(data)}, not an object")
                    if pages == 1 and isinstance(data.get("total_records"), int):
                        total = data["total_records"]
                    items = data.get("participants")
                    if items is None:
                        items = []
                    if not isinstance(items, list):
                        warn.add(f"page {pages}: participants should be a list, got {type_name(items)}; page ignored")
                        items = []
                    for i, raw in enumerate(items):
                        p = parse_participant(raw, f"page {pages} participants[{i}]", warn, webinar=target.webinar)
                        if p is not None:
                            # A session listed twice (the list moved under us): the later wins.
                            out[p.id] = p
                    nxt = data.get("next_page_token")
                    if nxt in (None, ""):
                        break
                    if not isinstance(nxt, str):
                        warn.add(f"page {pages}: next_page_token should be text, got {type_name(nxt)}; listing stops there")
                        break
                    if pages >= 10_000:
                        warn.add("more than 10,000 pages; listing stops there")
                        break
                    token = tokens.follow(nxt, pages)
            except ServiceError as exc:
                if token and not restarted and _is_expired_page_token(exc):
                    # Zoom's page tokens expire after 15 minutes: start the listing again, once.
                    log.info("Zoom: the next page token expired; listing the participants again from the start")
                    restarted = True
                    continue
                raise zoom_error(exc, "listing Zoom participants", scope) from None
            warn.log("Zoom participant list")
            people = list(out.values())
            self.budget.note_listing(pages, total if total is not None else len(people))
            return people

    def get(self, path: str, params: Mapping[str, Any]) -> Any:
        """One dashboard request (retried by `ServiceHTTP` as `DashboardLimits` says)."""
        return self.http.request("GET", path, params=params, limits=self.limits).data
