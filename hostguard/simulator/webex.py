"""The simulator's Webex-compatible subset, under ``/webex/...``, on the shared simulated meeting.

It behaves like Webex where HostGuard meets it, limits included:

* ``Authorization: Bearer <the simulator's token>`` on every path; Webex-style errors
  ``{"message", "errors": [{"description"}], "trackingId"}``.
* ``GET /webex/v1/meetingParticipants?meetingId=..&max=1..100`` (default 10): participants in
  join order with ``id`` = "{meetingId}_{uuid}", ``displayName``, ``email``, ``host``,
  ``coHost``, ``state`` (``lobby`` | ``joined`` | ``end``), ``joinedTime``, ``leftTime``,
  ``devices``; no address. Further pages through ``Link: <...>; rel="next"``.
* ``GET /webex/v1/meetingParticipants/{id}``, ``PUT /webex/v1/meetingParticipants/{id}`` with
  ``{"expel": true}`` (status ``removed``, state ``end``) or ``{"admit": true}`` (``joined``),
  and ``POST /webex/v1/meetingParticipants/admit`` ``{"items": [{"participantId"}]}`` (<= 100).
  Webex cannot stop an expelled person from joining again, and neither can this.
* ``GET /webex/analytics/v1/meeting/qualities?meetingId=..&max=..&offset=..``: one item per
  participant session with ``publicIP`` (also as ``public_ip``), only for sessions that joined
  at least ``--analytics-delay`` seconds ago, ``max`` (1..1000, default 100) at a time from
  ``offset``, further pages through ``Link: <...>; rel="next"``; and one call per
  ``qualities_window`` seconds (300) per meeting, pages included: a second call inside the
  window is 429 with ``Retry-After`` in seconds.

Tests tune the window through ``app.extensions["webex"]`` (a `WebexSubset`).
"""

from __future__ import annotations

import hashlib
import math
import threading
import uuid
from collections.abc import Callable
from urllib.parse import urlencode

from hostguard.simulator.meeting import Meeting, ParticipantRecord, SimError, rfc3339
from hostguard.simulator.server import Request, Response, SimulatorApp, json_response
from hostguard.simulator.vendor_common import json_object

MAX_PAGE = 100
DEFAULT_PAGE = 10
# Meeting qualities: media sessions per answer (``max``, default and ceiling). Webex documents
# ``max`` and ``offset`` for this call but not their limits: these are the simulator's choice.
QUALITIES_DEFAULT_PAGE = 100
QUALITIES_MAX_PAGE = 1000
MAX_ADMIT = 100
STATE = {"joined": "joined", "waiting": "lobby", "removed": "end", "blocked": "end", "left": "end"}


def webex_error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    tracking = "SIM_" + uuid.uuid4().hex[:16]
    return json_response(
        {"message": message, "errors": [{"description": message}], "trackingId": tracking},
        status,
        headers,
    )


def session_uuid(record_id: str) -> str:
    return str(uuid.UUID(bytes=hashlib.blake2b(record_id.encode(), digest_size=16).digest()))


class WebexSubset:
    """The Webex subset's own state: the analytics call window and the id mapping."""

    def __init__(self, app: SimulatorApp) -> None:
        self.app = app
        self.clock: Callable[[], float] = app.clock
        self.lock = threading.Lock()
        self.qualities_window = 300.0
        self.last_qualities: dict[str, float] = {}  # meeting -> clock() of the last accepted call
        self.qualities_calls = 0
        # tests: the next-page link of every page after the first points at that same page
        self.repeat_next_link = False
        self._ids: dict[str, str] = {}  # uuid -> record id

    def reset_window(self) -> None:
        with self.lock:
            self.last_qualities.clear()

    def participant_id(self, m: Meeting, rec: ParticipantRecord) -> str:
        u = session_uuid(rec.id)
        with self.lock:
            self._ids[u] = rec.id
        return f"{m.id}_{u}"

    def record(self, participant_id: str) -> tuple[Meeting, ParticipantRecord] | Response:
        mid, sep, u = participant_id.rpartition("_")
        m = self.app.meetings.get(mid) if sep else None
        if m is None:
            return webex_error(404, "The requested resource could not be found.")
        with self.lock:
            rid = self._ids.get(u)
        if rid is None:
            for rec in m.snapshot():  # ids not listed yet: map them all once
                self.participant_id(m, rec)
            with self.lock:
                rid = self._ids.get(u)
        if rid is None:
            return webex_error(404, "The requested resource could not be found.")
        try:
            return m, m.get(rid)
        except SimError:
            return webex_error(404, "The requested resource could not be found.")


def _doc(sub: WebexSubset, m: Meeting, rec: ParticipantRecord) -> dict:
    p = rec.person
    state = STATE[rec.status]
    left = (
        rfc3339(rec.left_at if rec.left_at is not None else sub.clock()) if state == "end" else None
    )
    device = {
        "correlationId": session_uuid(rec.id + "-device"),
        "deviceType": "webex_desktop",
        "audioType": "voip",
        "joinedTime": rfc3339(rec.joined_at),
    }
    doc = {
        "id": sub.participant_id(m, rec),
        "orgId": "sim-org",
        "host": p.role == "host",
        "coHost": p.role == "co-host",
        "email": p.email,
        "displayName": p.name,
        "invitee": False,
        "muted": False,
        "meetingStartTime": rfc3339(m.records[0].joined_at) if m.records else None,
        "state": state,
        "joinedTime": rfc3339(rec.joined_at),
        "meetingId": m.id,
        "devices": [device],
    }
    if left:
        doc["leftTime"] = left
        device["leftTime"] = left
    return doc


def register(app: SimulatorApp) -> None:
    sub = WebexSubset(app)
    app.extensions["webex"] = sub

    def auth(req: Request) -> Response | None:
        try:
            app.require_bearer(req)
        except SimError:
            return webex_error(
                401,
                "The request requires a valid access token set in the Authorization request header.",
            )
        return None

    def _meeting(req: Request) -> Meeting | Response:
        mid = req.arg("meetingId")
        if not mid:
            return webex_error(400, "meetingId is required.")
        m = app.meetings.get(mid)
        if m is None:
            return webex_error(404, "The requested resource could not be found.")
        return m

    def list_participants(req: Request) -> Response:
        m = _meeting(req)
        if isinstance(m, Response):
            return m
        try:
            size = int(req.arg("max") or DEFAULT_PAGE)
        except ValueError:
            size = 0
        if not 1 <= size <= MAX_PAGE:
            return webex_error(400, f"max must be between 1 and {MAX_PAGE}.")
        try:
            start = int(req.arg("offset") or 0)
            if start < 0:
                raise ValueError
        except ValueError:
            return webex_error(400, "Invalid paging parameter.")
        recs = m.snapshot()
        chunk = recs[start : start + size]
        headers = {}
        repeat = sub.repeat_next_link and start > 0
        if repeat or start + size < len(recs):
            host = req.headers.get("Host") or "127.0.0.1"
            query = urlencode({"meetingId": m.id, "max": size, "offset": start if repeat else start + size})
            headers["Link"] = f'<http://{host}/webex/v1/meetingParticipants?{query}>; rel="next"'
        body = {"items": [_doc(sub, m, r) for r in chunk]}
        return json_response(body, 200, headers)

    def get_participant(req: Request) -> Response:
        found = sub.record(req.params["participant_id"])
        if isinstance(found, Response):
            return found
        m, rec = found
        return json_response(_doc(sub, m, rec))

    def update_participant(req: Request) -> Response:
        found = sub.record(req.params["participant_id"])
        if isinstance(found, Response):
            return found
        m, rec = found
        body = json_object(req)
        if not isinstance(body, dict):
            return webex_error(400, "The request body must be a JSON object.")
        expel, admit = body.get("expel") is True, body.get("admit") is True
        if expel == admit:
            return webex_error(400, "Give exactly one of expel or admit as true.")
        if expel and rec.person.role == "host":
            return webex_error(403, "The meeting host cannot be expelled.")
        try:
            m.act(rec.id, "remove" if expel else "admit")
        except SimError as err:
            return webex_error(409 if err.status == 409 else err.status, err.detail)
        return json_response(_doc(sub, m, m.get(rec.id)))

    def admit_many(req: Request) -> Response:
        body = json_object(req)
        items = body.get("items") if isinstance(body, dict) else None
        if not isinstance(items, list) or not 1 <= len(items) <= MAX_ADMIT:
            return webex_error(400, f"items must list 1 to {MAX_ADMIT} participants.")
        targets = []
        for item in items:
            pid = item.get("participantId") if isinstance(item, dict) else None
            if not isinstance(pid, str):
                return webex_error(400, "Each item needs a participantId.")
            found = sub.record(pid)
            if isinstance(found, Response):
                return found
            targets.append(found)
        for m, rec in targets:
            try:
                m.act(rec.id, "admit")
            except SimError as err:
                return webex_error(409 if err.status == 409 else err.status, err.detail)
        return Response(204)

    def qualities(req: Request) -> Response:
        m = _meeting(req)
        if isinstance(m, Response):
            return m
        try:
            size = int(req.arg("max") or QUALITIES_DEFAULT_PAGE)
            start = int(req.arg("offset") or 0)
        except ValueError:
            size = start = -1
        if not 1 <= size <= QUALITIES_MAX_PAGE or start < 0:
            return webex_error(400, f"max must be between 1 and {QUALITIES_MAX_PAGE}, offset 0 or more.")
        now = sub.clock()
        with sub.lock:
            last = sub.last_qualities.get(m.id)
            if last is not None and now - last < sub.qualities_window:
                wait = max(1, math.ceil(sub.qualities_window - (now - last)))
                return webex_error(
                    429,
                    "Too many requests: meeting qualities allow one call every 5 minutes per meeting.",
                    {"Retry-After": str(wait)},
                )
            sub.last_qualities[m.id] = now
            sub.qualities_calls += 1
        delay = app.analytics_delay
        items = []
        for rec in m.snapshot(lambda r: now - r.joined_at >= delay):
            p = rec.person
            item = {
                "meetingInstanceId": m.id,
                "participantId": sub.participant_id(m, rec),
                "participantSessionId": session_uuid(rec.id + "-session").upper(),
                "webexUserName": p.name,
                "webexUserEmail": p.email,
                "joinTime": rfc3339(rec.joined_at),
                "clientType": "Webex Desktop",
                "osType": "windows",
                "networkType": "wifi",
                "serverRegion": "Simulated",
            }
            if p.ip:
                # Webex documents publicIP; HostGuard's reference notes say public_ip: serve both.
                item["publicIP"] = p.ip
                item["public_ip"] = p.ip
            if rec.left_at is not None:
                item["leaveTime"] = rfc3339(rec.left_at)
            items.append(item)
        headers = {}
        if start + size < len(items):
            host = req.headers.get("Host") or "127.0.0.1"
            query = urlencode({"meetingId": m.id, "max": size, "offset": start + size})
            headers["Link"] = f'<http://{host}/webex/analytics/v1/meeting/qualities?{query}>; rel="next"'
        return json_response({"items": items[start : start + size]}, 200, headers)

    def fault(status: int) -> Response:
        """Injected 429/500/503 in Webex's format."""
        text = {429: "Too many requests. Retry after the time given in Retry-After."}.get(
            status, "The server encountered an error. Try again later."
        )
        return webex_error(status, text)

    webex = {"auth": auth, "group": "webex", "fault_response": fault}
    app.add_route("GET", "/webex/v1/meetingParticipants", list_participants, **webex)
    app.add_route("POST", "/webex/v1/meetingParticipants/admit", admit_many, **webex)
    app.add_route("GET", "/webex/v1/meetingParticipants/{participant_id}", get_participant, **webex)
    app.add_route(
        "PUT", "/webex/v1/meetingParticipants/{participant_id}", update_participant, **webex
    )
    app.add_route("GET", "/webex/analytics/v1/meeting/qualities", qualities, **webex)


__all__ = ["WebexSubset", "register", "session_uuid"]
