"""The simulator's Webex-compatible subset, under ``/webex/...``, on the shared simulated meeting.

It behaves as Webex's own API description says (``public-spec/webex-meeting.json``, vendored
in ``tests/contract/vendor/``), quirks included, because a simulator written from HostGuard's
own reading would only agree with HostGuard's mistakes:

* Ids. The simulated meeting is a meeting *series* whose id is the simulator's meeting id
  (``demo``), with a 10-digit meeting number and one meeting *instance* in progress,
  ``{series}_I_{digits}``. Participant ids are ``{instance}_{uuid}`` (the form of the admit
  example); ``GET /meetingParticipants`` takes the series id or the instance id (for a series
  Webex answers its last instance).
* ``GET /webex/v1/meetings`` with the documented filters: ``meetingNumber`` (then
  ``meetingType``/``state`` are ignored and the series is answered), ``meetingSeriesId``,
  ``meetingType`` (meetingSeries | scheduledMeeting | meeting), ``state`` (the documented enum),
  ``current`` (true|false), ``max`` (1..100); an unknown enum value is 400.
* ``GET /webex/v1/meetingParticipants?meetingId=..&max=1..100`` (default 10): ``state`` is
  ``lobby`` | ``joined`` | ``breakoutSession`` | ``end`` (people in ``in_breakout`` show as
  ``breakoutSession``); while the meeting is live ``joinedTime`` and ``leftTime`` are the
  documented placeholder ``1970-01-01T00:00:00.000Z`` for everyone, present or not (Webex fills
  them in after the meeting ends); ``devices[].correlationId`` identifies each join. No address.
  Further pages through ``Link: <...>; rel="next"`` with an opaque ``cursor``.
* ``PUT /webex/v1/meetingParticipants/{id}`` ``{"expel": true}`` / ``{"admit": true}``: the
  answer is an ``InProgressParticipant`` whose ``state`` can only be ``lobby`` or ``joined``,
  so an expel answers the participant as it was (``joined``); reading the participant back
  (``GET /meetingParticipants/{id}``) shows ``end``. ``POST /meetingParticipants/admit``
  ``{"items": [{"participantId"}]}`` (<= 100, one meeting).
* ``GET /webex/analytics/v1/meeting/qualities?meetingId=<instance id>&max=..&offset=..``:
  only a meeting *instance* id (a series id is 404); one item per media session with
  ``publicIP``, ``participantId`` in its own form (``{instance}_{n}``, not the participant
  list's id), ``participantSessionId`` = the device's ``correlationId`` in upper case (how
  HostGuard joins the two), ``webexUserEmail``; only sessions that joined at least
  ``--analytics-delay`` seconds ago (Webex: about 10 minutes after the start, `ANALYTICS_START_S`;
  the simulator's default stays 0 (the README's simulator section), so the demo shows countries at once: run
  ``--analytics-delay 600`` to rehearse Webex's wait). One call per ``qualities_window``
  seconds (300) per instance, pages included (429 with ``Retry-After`` in seconds); a ``max``
  above `QUALITIES_TIMEOUT_ABOVE` answers 504 (Webex: "a large max can answer 504"), not
  counted against the window.
* Roles: ``--token`` is a host who is also an organisation administrator (every call works);
  ``<token>-host`` is the host without admin rights (qualities: 403) and ``<token>-admin`` an
  administrator who is not the host (listing works through ``meeting:admin_participants_read``;
  expel and admit: 403, they need the host or a co-host). Any other token: 401.

Errors are Webex-style ``{"message", "errors": [{"description"}], "trackingId"}``. Tests tune
the subset through ``app.extensions["webex"]`` (a `WebexSubset`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
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
QUALITIES_DEFAULT_PAGE = 100  # the description's default for ``max``
QUALITIES_TIMEOUT_ABOVE = 500  # a larger ``max`` answers 504, as Webex's guide warns
ANALYTICS_START_S = 600.0  # Webex: quality data from about 10 minutes after the start
MAX_ADMIT = 100
PLACEHOLDER_TIME = "1970-01-01T00:00:00.000Z"
STATE = {"joined": "joined", "waiting": "lobby", "removed": "end", "blocked": "end", "left": "end"}
MEETING_TYPES = ("meetingSeries", "scheduledMeeting", "meeting")
MEETING_STATES = ("active", "scheduled", "ready", "lobby", "inProgress", "ended", "missed", "expired")

# Roles of a token: what a call needs.
HOST, ADMIN = "host", "admin"


def webex_error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    tracking = "SIM_" + uuid.uuid4().hex[:16]
    return json_response(
        {"message": message, "errors": [{"description": message}], "trackingId": tracking},
        status,
        headers,
    )


def session_uuid(record_id: str) -> str:
    return str(uuid.UUID(bytes=hashlib.blake2b(record_id.encode(), digest_size=16).digest()))


def _digits(text: str, n: int) -> str:
    value = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=16).digest(), "big")
    return str(value % 10 ** (n - 1) + 10 ** (n - 1))


def meeting_number(m: Meeting) -> str:
    return _digits("number:" + m.id, 10)


def instance_id(m: Meeting) -> str:
    return f"{m.id}_I_{_digits('instance:' + m.id, 18)}"


class WebexSubset:
    """The Webex subset's own state: tokens and roles, the analytics window, the id mapping."""

    def __init__(self, app: SimulatorApp) -> None:
        self.app = app
        self.clock: Callable[[], float] = app.clock
        self.lock = threading.Lock()
        self.qualities_window = 300.0
        self.last_qualities: dict[str, float] = {}  # instance -> clock() of the last accepted call
        self.qualities_calls = 0
        self.qualities_timeout_above = QUALITIES_TIMEOUT_ABOVE
        self.host_token = app.token + "-host"
        self.admin_token = app.token + "-admin"
        self.in_breakout: set[str] = set()  # record ids shown as state "breakoutSession"
        # tests: the next-page link of every page after the first points at that same page
        self.repeat_next_link = False
        self._ids: dict[str, str] = {}  # uuid -> record id
        self._numbers: dict[str, int] = {}  # record id -> qualities participant number

    def roles(self, req: Request) -> set[str] | None:
        """The roles of the request's bearer token, or None when it is not a token we know."""
        scheme, _, value = (req.headers.get("Authorization") or "").partition(" ")
        if scheme.lower() != "bearer":
            return None
        given = value.strip().encode("utf-8", "surrogateescape")
        for token, roles in (
            (self.app.token, {HOST, ADMIN}),
            (self.host_token, {HOST}),
            (self.admin_token, {ADMIN}),
        ):
            if hmac.compare_digest(given, token.encode("utf-8")):
                return roles
        return None

    def reset_window(self) -> None:
        with self.lock:
            self.last_qualities.clear()

    def meeting(self, any_id: str) -> Meeting | None:
        """The meeting of a series id or an instance id."""
        m = self.app.meetings.get(any_id)
        if m is not None:
            return m
        return self.instance(any_id)

    def instance(self, inst: str) -> Meeting | None:
        series, sep, _ = inst.partition("_I_")
        m = self.app.meetings.get(series) if sep else None
        return m if m is not None and instance_id(m) == inst else None

    def participant_id(self, m: Meeting, rec: ParticipantRecord) -> str:
        u = session_uuid(rec.id)
        with self.lock:
            self._ids[u] = rec.id
        return f"{instance_id(m)}_{u}"

    def quality_participant_id(self, m: Meeting, rec: ParticipantRecord) -> str:
        """Qualities' own participant id: ``{instance}_{n}``, as in the description's example."""
        with self.lock:
            n = self._numbers.setdefault(rec.id, len(self._numbers) + 1)
        return f"{instance_id(m)}_{n}"

    def record(self, participant_id: str) -> tuple[Meeting, ParticipantRecord] | Response:
        mid, sep, u = participant_id.rpartition("_")
        m = self.instance(mid) if sep else None
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


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode().rstrip("=")


def _cursor_offset(cursor: str | None) -> int | None:
    """The offset a cursor stands for (0 without one); None for a cursor we did not give."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, value = text.partition(":")
        offset = int(value)
    except ValueError:
        return None
    return offset if kind == "offset" and offset >= 0 else None


def meeting_start(m: Meeting) -> float:
    return m.records[0].joined_at if m.records else m.clock()


def _meeting_docs(sub: WebexSubset, m: Meeting) -> dict[str, dict]:
    """The series and its in-progress instance, as ``MeetingObjectForListMeeting`` items."""
    start = meeting_start(m)
    host = next((r.person for r in m.records if r.person.role == "host"), None)
    common = {
        "meetingSeriesId": m.id,
        "meetingNumber": meeting_number(m),
        "title": m.topic,
        "password": "sim-pass",
        "timezone": "UTC",
        "hostUserId": "sim-host-" + session_uuid(m.id + "-host"),
        "hostDisplayName": host.name if host else "",
        "hostEmail": host.email if host else "",
        "hostKey": "123456",
        "siteUrl": "sim.webex.invalid",
        "scheduledType": "meeting",
        "webLink": f"https://sim.webex.invalid/j.php?MTID={m.id}",
        "telephony": {"accessCode": meeting_number(m), "callInNumbers": []},
        "enabledBreakoutSessions": False,
    }
    series = {
        "id": m.id,
        **common,
        "meetingType": "meetingSeries",
        "state": "active",
        "start": rfc3339(start),
        "end": rfc3339(start + 3 * 3600),
    }
    inst = {
        "id": instance_id(m),
        **common,
        "meetingType": "meeting",
        "state": "inProgress",
        "hostDidJoin": True,
        "attendeeDidJoin": True,
        "start": rfc3339(start),
        "end": rfc3339(start + 3 * 3600),
    }
    return {"meetingSeries": series, "meeting": inst}


def _doc(sub: WebexSubset, m: Meeting, rec: ParticipantRecord) -> dict:
    """A ``Participant`` of a live meeting: both times are the documented placeholder."""
    p = rec.person
    state = STATE[rec.status]
    if state == "joined" and rec.id in sub.in_breakout:
        state = "breakoutSession"
    device = {
        "correlationId": session_uuid(rec.id + "-device"),
        "deviceType": "webex_desktop",
        "audioType": "voip",
        "joinedTime": PLACEHOLDER_TIME,
        "leftTime": PLACEHOLDER_TIME,
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
        "meetingStartTime": rfc3339(meeting_start(m)),
        "state": state,
        "joinedTime": PLACEHOLDER_TIME,
        "leftTime": PLACEHOLDER_TIME,
        "meetingId": instance_id(m),
        "devices": [device],
    }
    if state == "breakoutSession":
        doc["breakoutSessionId"] = session_uuid(m.id + "-breakout")
    return doc


def _in_progress_doc(sub: WebexSubset, m: Meeting, rec: ParticipantRecord, state: str) -> dict:
    """An ``InProgressParticipant`` (the answer to PUT): state only ``lobby`` or ``joined``."""
    doc = _doc(sub, m, rec)
    for key in ("meetingStartTime", "joinedTime", "leftTime", "breakoutSessionId"):
        doc.pop(key, None)
    doc["state"] = state
    doc["devices"] = [
        {k: v for k, v in d.items() if k in ("correlationId", "deviceType", "audioType", "joinedTime", "leftTime")}
        for d in doc["devices"]
    ]
    return doc


def register(app: SimulatorApp) -> None:
    sub = WebexSubset(app)
    app.extensions["webex"] = sub

    def auth(req: Request) -> Response | None:
        if sub.roles(req) is None:
            return webex_error(
                401,
                "The request requires a valid access token set in the Authorization request header.",
            )
        return None

    def needs(req: Request, role: str) -> Response | None:
        if role in (sub.roles(req) or set()):
            return None
        if role == ADMIN:
            text = "Only organization administrators can retrieve meeting quality data (analytics:read_all)."
        else:
            text = "The owner of the access token must be the meeting host or a co-host."
        return webex_error(403, text)

    def _participants_meeting(req: Request) -> Meeting | Response:
        mid = req.arg("meetingId")
        if not mid:
            return webex_error(400, "meetingId is required.")
        m = sub.meeting(mid)
        if m is None:
            return webex_error(404, "The requested resource could not be found.")
        return m

    def _int(req: Request, name: str, default: int) -> int | None:
        raw = req.arg(name)
        if raw is None or raw == "":
            return default
        try:
            value = float(raw)
        except ValueError:
            return None
        return int(value) if value.is_integer() else None

    def list_meetings(req: Request) -> Response:
        mtype, state, current = req.arg("meetingType"), req.arg("state"), req.arg("current")
        if mtype and mtype not in MEETING_TYPES:
            return webex_error(400, f"meetingType must be one of {', '.join(MEETING_TYPES)}.")
        if state and state not in MEETING_STATES:
            return webex_error(400, f"state must be one of {', '.join(MEETING_STATES)}.")
        if current and current not in ("true", "false"):
            return webex_error(400, "current must be true or false.")
        size = _int(req, "max", 10)
        if size is None or not 1 <= size <= 100:
            return webex_error(400, "max must be between 1 and 100.")
        number, series_id = req.arg("meetingNumber"), req.arg("meetingSeriesId")
        items: list[dict] = []
        if number:
            # meetingType and state are ignored with meetingNumber: the series is answered.
            items = [_meeting_docs(sub, m)["meetingSeries"] for m in app.meetings.values() if meeting_number(m) == number]
        else:
            wanted = mtype or ("meetingSeries" if not series_id else None)
            for m in app.meetings.values():
                if series_id and m.id != series_id:
                    continue
                for kind, doc in _meeting_docs(sub, m).items():
                    if wanted and kind != wanted:
                        continue
                    if state and doc["state"] != state:
                        continue
                    items.append(doc)
        return json_response({"items": items[:size]})

    def list_participants(req: Request) -> Response:
        m = _participants_meeting(req)
        if isinstance(m, Response):
            return m
        size = _int(req, "max", DEFAULT_PAGE)
        if size is None or not 1 <= size <= MAX_PAGE:
            return webex_error(400, f"max must be between 1 and {MAX_PAGE}.")
        # The next page's link carries an opaque cursor, as Webex's do (the description defines
        # no paging parameter for this call: clients follow the Link header as given).
        start = _cursor_offset(req.arg("cursor"))
        if start is None:
            return webex_error(400, "Invalid paging parameter.")
        recs = m.snapshot()
        chunk = recs[start : start + size]
        headers = {}
        repeat = sub.repeat_next_link and start > 0
        if repeat or start + size < len(recs):
            host = req.headers.get("Host") or "127.0.0.1"
            cursor = _cursor(start if repeat else start + size)
            query = urlencode({"meetingId": req.arg("meetingId"), "max": size, "cursor": cursor})
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
        refused = needs(req, HOST)
        if refused is not None:
            return refused
        found = sub.record(req.params["participant_id"])
        if isinstance(found, Response):
            return found
        m, rec = found
        body = json_object(req)
        if not isinstance(body, dict):
            return webex_error(400, "The request body must be a JSON object.")
        for key in ("expel", "admit", "muted"):
            if key in body and not isinstance(body[key], bool):
                return webex_error(400, f"{key} must be true or false.")
        expel, admit = body.get("expel") is True, body.get("admit") is True
        if not (expel or admit):
            return webex_error(400, "Nothing to update: give expel or admit as true.")
        if expel and rec.person.role == "host":
            return webex_error(403, "The meeting host cannot be expelled.")
        before = STATE[rec.status]
        if before == "end":
            return webex_error(409, "The participant is not in the meeting.")
        try:
            # expel takes precedence over admit, as documented
            m.act(rec.id, "remove" if expel else "admit")
        except SimError as err:
            return webex_error(409 if err.status == 409 else err.status, err.detail)
        after = STATE[m.get(rec.id).status]
        # The answer's state enum is lobby | joined: an expelled person is answered as they were.
        return json_response(_in_progress_doc(sub, m, rec, after if after != "end" else before))

    def admit_many(req: Request) -> Response:
        refused = needs(req, HOST)
        if refused is not None:
            return refused
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
        if len({id(m) for m, _ in targets}) > 1:
            return webex_error(400, "Each participantId must have the same meetingId prefix.")
        for m, rec in targets:
            try:
                m.act(rec.id, "admit")
            except SimError as err:
                return webex_error(409 if err.status == 409 else err.status, err.detail)
        return Response(204)

    def qualities(req: Request) -> Response:
        refused = needs(req, ADMIN)
        if refused is not None:
            return refused
        inst = req.arg("meetingId")
        if not inst:
            return webex_error(400, "meetingId is required.")
        m = sub.instance(inst)
        if m is None:
            return webex_error(404, "The requested resource could not be found (meetingId must be a meeting instance id).")
        size = _int(req, "max", QUALITIES_DEFAULT_PAGE)
        start = _int(req, "offset", 0)
        if size is None or size < 1 or start is None or start < 0:
            return webex_error(400, "max must be 1 or more, offset 0 or more.")
        if size > sub.qualities_timeout_above:
            return webex_error(504, "Gateway timeout: the request took too long. Ask for fewer items (max).")
        now = sub.clock()
        with sub.lock:
            last = sub.last_qualities.get(inst)
            if last is not None and now - last < sub.qualities_window:
                wait = max(1, math.ceil(sub.qualities_window - (now - last)))
                return webex_error(
                    429,
                    "Too many requests: meeting qualities allow one call every 5 minutes per meeting instance.",
                    {"Retry-After": str(wait)},
                )
            sub.last_qualities[inst] = now
            sub.qualities_calls += 1
        delay = app.analytics_delay
        items = []
        for rec in m.snapshot(lambda r: now - r.joined_at >= delay):
            p = rec.person
            item = {
                "meetingInstanceId": inst,
                "participantId": sub.quality_participant_id(m, rec),
                "participantSessionId": session_uuid(rec.id + "-device").upper(),
                "webexUserName": p.name,
                "webexUserEmail": p.email,
                "joinTime": rfc3339(rec.joined_at),
                "clientType": "Webex Desktop",
                "osType": "windows",
                "networkType": "wifi",
                "serverRegion": "Simulated",
            }
            if p.ip:
                item["publicIP"] = p.ip
            if rec.left_at is not None:
                item["leaveTime"] = rfc3339(rec.left_at)
            items.append(item)
        headers = {}
        if start + size < len(items):
            host = req.headers.get("Host") or "127.0.0.1"
            query = urlencode({"meetingId": inst, "max": size, "offset": start + size})
            headers["Link"] = f'<http://{host}/webex/analytics/v1/meeting/qualities?{query}>; rel="next"'
        return json_response({"items": items[start : start + size]}, 200, headers)

    def fault(status: int) -> Response:
        """Injected 429/500/503 in Webex's format."""
        text = {429: "Too many requests. Retry after the time given in Retry-After."}.get(
            status, "The server encountered an error. Try again later."
        )
        return webex_error(status, text)

    webex = {"auth": auth, "group": "webex", "fault_response": fault}
    app.add_route("GET", "/webex/v1/meetings", list_meetings, **webex)
    app.add_route("GET", "/webex/v1/meetingParticipants", list_participants, **webex)
    app.add_route("POST", "/webex/v1/meetingParticipants/admit", admit_many, **webex)
    app.add_route("GET", "/webex/v1/meetingParticipants/{participant_id}", get_participant, **webex)
    app.add_route(
        "PUT", "/webex/v1/meetingParticipants/{participant_id}", update_participant, **webex
    )
    app.add_route("GET", "/webex/analytics/v1/meeting/qualities", qualities, **webex)


__all__ = [
    "ANALYTICS_START_S",
    "PLACEHOLDER_TIME",
    "WebexSubset",
    "instance_id",
    "meeting_number",
    "register",
    "session_uuid",
]
