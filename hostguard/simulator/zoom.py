"""The simulator's Zoom-compatible subset, under ``/zoom/...``, on the shared simulated meeting.

It behaves as Zoom's own API description (``reference/vendor-api/zoom-meeting-api.json``) says
Zoom behaves where HostGuard meets it, limits and quirks included:

* ``POST /zoom/oauth/token``: Server-to-Server OAuth (Basic ``hostguard-sim`` : the simulator's
  token, any account id, ``grant_type=account_credentials`` in the query or a form body);
  access tokens last ``token_ttl`` seconds (3600); an unknown or expired one gets
  401 ``{"code": 124, "message": "Invalid access token."}``. A token carries the scopes in
  ``ZoomSubset.scopes`` (all that HostGuard needs, by default); a call whose scope it lacks
  answers 400 ``{"code": 4700, "message": "Invalid access token, does not contain scopes:[...]."}``.
* Meeting ids. The simulated meeting has a meeting number (`meeting_number`, an integer, as
  Zoom's ``id``) and a UUID (`meeting_uuid`, of the kind that starts with "/" and contains "//",
  so it must be encoded twice; encoded once, it is not found). ``GET/PATCH /meetings/{id}``,
  ``PATCH /webinars/{id}`` and the registrant calls take the integer id only (int64 in the
  description): anything else answers 404 code 3001 "Meeting ... is not found or has expired",
  the documented error. ``GET /metrics/meetings/{id}`` (and ``/metrics/webinars/{id}``) takes
  the number or the UUID and gives both (``id``, ``uuid``); so do the dashboard participant
  lists and ``GET /webinars/{id}`` (a string id in the description). As a convenience for
  rehearsals and tests the dashboard endpoints also know the meeting by the simulator's own
  name (``demo``), like a UUID: that is the one thing here Zoom would not do, and a client can
  only use it the way it uses a UUID.
* ``GET /zoom/v2/metrics/meetings/{id}/participants?type=live``: the dashboard list, in join
  order, including sessions that left (with ``leave_time`` and ``leave_reason``, which appear only
  then), 1..300 per page; ``next_page_token`` expires after ``page_token_ttl`` seconds (900, Zoom's
  15 minutes). ``role`` is ``host`` or ``attendee`` only (webinars add ``panelist``): co-hosts
  are reported as attendees, as on Zoom. People outside the host's account (everyone without an
  address at the staff domain) have an empty ``id`` and ``participant_user_id``, and about half
  of them an empty ``email`` (Zoom's e-mail display rules have exceptions); ``location`` is a
  bare country name ("United States"), empty when unknown. Every answer carries
  ``X-RateLimit-Category/Type/Limit/Remaining``; after ``daily_limit`` requests in a UTC day the
  answer is 429 with ``Retry-After`` as an HTTP date (midnight UTC).
* ``GET``/``PATCH /zoom/v2/meetings/{id}``: ``settings.approved_or_denied_countries_or_regions``,
  the meeting's country policy, enforced by the meeting on NEW joiners only (they end
  ``blocked``), and ``settings.alternative_hosts`` (the co-hosts' e-mail addresses). A meeting
  can be PATCHed ``patch_limit`` (100) times in 24 hours; then 429 with ``X-RateLimit-Type:
  Daily-limit`` and ``Retry-After`` as an ISO 8601 time. Zoom has no REST call that removes
  someone already inside, and neither has this.
* Webinars (``/webinars/{id}``, ``/metrics/webinars/{id}/...``): the simulated meeting also
  answers as a webinar. Zoom's webinar settings have no country policy: ``GET`` shows none and
  a ``PATCH`` that sends one is accepted (204) and the unknown setting ignored, as Zoom does with
  settings its description does not define (the request schema is not closed); so a client that
  does not read the webinar back would believe a policy that does not exist.
* Registrants: everyone with an e-mail address registered; about one in four is still
  ``pending``, the rest ``approved``. ``PUT .../registrants/status``: ``approve`` (pending or
  denied -> approved), ``cancel`` (approved -> denied: "cancel previously approved registrant's
  registration"), ``deny`` (pending -> denied). An action that does not fit the registrant's
  status changes nothing and still answers 204 (the description does not say what Zoom does;
  the simulator takes the case a client can be fooled by, so clients must read the list back).
  A denied or cancelled registrant cannot (re)join (new sessions end ``blocked``).
* Errors are Zoom's ``{"code", "message"}``.

Tests tune the limits through ``app.extensions["zoom"]`` (a `ZoomSubset`).
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import hashlib
import hmac
import re
import secrets
import threading
from collections.abc import Callable
from urllib.parse import parse_qs, unquote

from hostguard.core.countries import country_name, is_country_code
from hostguard.simulator.meeting import Meeting, ParticipantRecord
from hostguard.simulator.server import Request, Response, SimulatorApp, json_response
from hostguard.simulator.vendor_common import json_object

CLIENT_ID = "hostguard-sim"
MAX_PAGE_SIZE = 300
DEFAULT_PAGE_SIZE = 30
STAFF_DOMAIN = "@example.org"  # people with a Zoom account on the host's side: their ``id`` is set
PATCH_LIMIT = 100  # "You can update a meeting for a maximum of 100 times within a 24-hour period"

# The scopes each operation needs (the description's ``security`` / "Scopes:" of each operation;
# one of the listed ones is enough).
SCOPES_DASHBOARD_MEETINGS = ("dashboard_meetings:read:admin",)
SCOPES_DASHBOARD_WEBINARS = ("dashboard_webinars:read:admin",)
SCOPES_MEETING_READ = ("meeting:read", "meeting:read:admin")
SCOPES_MEETING_WRITE = ("meeting:write", "meeting:write:admin")
SCOPES_WEBINAR_READ = ("webinar:read", "webinar:read:admin")
SCOPES_WEBINAR_WRITE = ("webinar:write", "webinar:write:admin")
ALL_SCOPES = (
    "dashboard_meetings:read:admin",
    "dashboard_webinars:read:admin",
    "meeting:read:admin",
    "meeting:write:admin",
    "webinar:read:admin",
    "webinar:write:admin",
)

_NUMBER = re.compile(r"[0-9]{1,19}")


def zoom_error(
    status: int, code: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    return json_response({"code": code, "message": message}, status, headers)


def _time(t: float | None) -> str:
    if t is None:
        return ""
    return dt.datetime.fromtimestamp(t, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _next_utc_midnight(now: float) -> float:
    t = dt.datetime.fromtimestamp(now, dt.UTC)
    return (t + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0).timestamp()


def meeting_uuid(meeting_id: str) -> str:
    """The meeting's Zoom UUID: deterministic, and of the kind that needs double encoding."""
    raw = base64.b64encode(hashlib.sha256(meeting_id.encode()).digest()[:15]).decode()
    return "/" + raw[:8] + "//" + raw[8:] + "=="


def meeting_number(meeting_id: str) -> int:
    """The meeting's Zoom meeting number (``id``, int64): deterministic, 11 digits."""
    digest = int.from_bytes(hashlib.sha256(b"zoom-number:" + meeting_id.encode()).digest()[:8], "big")
    return 80_000_000_000 + digest % 10_000_000_000


def _external(rec: ParticipantRecord) -> bool:
    return not rec.person.email.lower().endswith(STAFF_DOMAIN)


def _hides_email(rec: ParticipantRecord) -> bool:
    """About half of the external people: Zoom shows them with an empty ``email``."""
    return _external(rec) and hashlib.sha256(b"mail:" + rec.person.key.encode()).digest()[0] % 2 == 0


def _pending(person_key: str) -> bool:
    """About one registrant in four has not been approved yet."""
    return hashlib.sha256(b"pending:" + person_key.encode()).digest()[0] % 4 == 0


def dashboard_role(role: str, webinar: bool) -> str:
    """Zoom's dashboard roles: host | attendee (webinars add panelist); co-hosts are attendees."""
    if role == "host":
        return "host"
    if role == "panelist" and webinar:
        return "panelist"
    return "attendee"


class ZoomSubset:
    """The Zoom subset's own state: tokens, page tokens, the daily budgets, policy lists, registrants."""

    def __init__(self, app: SimulatorApp) -> None:
        self.app = app
        self.clock: Callable[[], float] = app.clock
        self.lock = threading.Lock()
        self.token_ttl = 3600
        self.page_token_ttl = 900.0
        self.daily_limit = 60_000
        self.patch_limit = PATCH_LIMIT
        self.scopes: set[str] = set(ALL_SCOPES)  # what new access tokens carry
        self.used: dict[str, int] = {}  # UTC day -> dashboard requests
        self.patches: dict[int, list[float]] = {}  # meeting number -> PATCH times (24 h window)
        self.tokens: dict[str, tuple[float, frozenset[str]]] = {}  # access token -> (expiry, scopes)
        self.page_tokens: dict[
            str, tuple[str, int, float]
        ] = {}  # token -> (meeting, index, created)
        self.inactive_list: dict[
            str, list[str]
        ] = {}  # meeting -> the list of the method not in use
        self.registrant_status: dict[str, dict[str, str]] = {}  # meeting -> person key -> status
        self.token_requests = 0
        self.expire_next_page_tokens = 0  # tests: refuse the next N page tokens as expired
        # tests: answer a page token with that same token again (a listing that never ends)
        self.repeat_page_tokens = False
        # tests: the next registrant list requests get these answers, in order (None: the
        # normal answer), e.g. a web page, a page of the wrong shape or an error after page 1
        self.registrant_list_answers: list[Response | None] = []
        # tests: the next GET and PATCH requests of a meeting get these answers instead of
        # being handled, in order (None: the normal answer), e.g. a proxy's web page
        self.meeting_answers: list[Response | None] = []
        self.meeting_patch_answers: list[Response | None] = []
        self.refused: set[str] = set()  # sessions the meeting refused at the door (policy, denial)
        # tests: accept policy PATCHes (204) but change nothing, as Zoom does with a setting it
        # ignores (a client must read the meeting back before it reports a policy as applied)
        self.ignore_policy_patches = False

    # -- test controls --------------------------------------------------------------------------
    def revoke_tokens(self) -> None:
        """Every access token issued so far becomes invalid (as if it expired)."""
        with self.lock:
            self.tokens.clear()

    def expire_page_tokens(self) -> None:
        with self.lock:
            self.page_tokens.clear()

    def expire_page_tokens_soon(self, count: int = 1) -> None:
        """The next ``count`` page tokens presented are refused as expired."""
        with self.lock:
            self.expire_next_page_tokens = count

    def remaining_today(self) -> int:
        with self.lock:
            return max(0, self.daily_limit - self.used.get(self._day(), 0))

    def patches_today(self, m: Meeting) -> int:
        """PATCHes of the meeting (or webinar) in the last 24 hours."""
        with self.lock:
            now = self.clock()
            return sum(1 for t in self.patches.get(meeting_number(m.id), []) if now - t < 86_400)

    # -- helpers ------------------------------------------------------------------------------------
    def _day(self) -> str:
        return dt.datetime.fromtimestamp(self.clock(), dt.UTC).strftime("%Y-%m-%d")

    def meeting(self, raw_id: str, *, numeric_only: bool = False) -> Meeting | Response:
        """The meeting for a path segment (already decoded once by the router).

        ``numeric_only``: the operation takes the meeting number (int64) only.
        """
        mid = raw_id
        if numeric_only:
            if _NUMBER.fullmatch(mid):
                for m in self.app.meetings.values():
                    if int(mid) == meeting_number(m.id):
                        return m
            return zoom_error(404, 3001, f"Meeting {mid[:80]} is not found or has expired.")
        if "%" in mid:
            mid = unquote(mid)  # encoded twice: the router decoded once
        elif mid.startswith("/") or "//" in mid:
            # Encoded once: Zoom's front end would have decoded it before routing.
            return zoom_error(
                404, 3001, "Meeting does not exist: the meeting UUID must be encoded twice."
            )
        for m in self.app.meetings.values():
            if mid in (m.id, meeting_uuid(m.id)) or (
                _NUMBER.fullmatch(mid) and int(mid) == meeting_number(m.id)
            ):
                return m
        return zoom_error(404, 3001, f"Meeting does not exist: {mid[:80]}.")

    def policy_doc(self, m: Meeting) -> dict:
        pol = m.get_policy()
        other = self.inactive_list.get(m.id, [])
        active = list(pol["countries"])
        return {
            "enable": pol["enabled"],
            "method": pol["method"],
            "denied_list": active if pol["method"] == "deny" else other,
            "approved_list": active if pol["method"] == "approve" else other,
        }

    def registrants(self, m: Meeting) -> dict[str, tuple[str, ParticipantRecord, str]]:
        """registrant id -> (person key, a record of the person, status): everyone with an e-mail."""
        out: dict[str, tuple[str, ParticipantRecord, str]] = {}
        with self.lock:
            known = self.registrant_status.setdefault(m.id, {})
            for rec in m.snapshot():
                if rec.person.email:
                    key = rec.person.key
                    rid = "reg-" + hashlib.sha256(key.encode()).hexdigest()[:12]
                    status = known.setdefault(key, "pending" if _pending(key) else "approved")
                    out.setdefault(rid, (key, rec, status))
        return out


def _participant_doc(m: Meeting, rec: ParticipantRecord, webinar: bool) -> dict:
    """One dashboard row, with only the fields Zoom's description defines."""
    p = rec.person
    cc = p.country
    account = ""
    if not _external(rec):
        account = "zoomacct-" + hashlib.sha256(p.key.encode()).hexdigest()[:16]
    left = rec.status in ("left", "removed", "blocked")
    doc = {
        "id": account,  # deprecated by Zoom in favour of participant_user_id; same value
        "participant_user_id": account,
        "user_id": rec.id,
        "user_name": p.name,
        "email": "" if _hides_email(rec) else p.email,
        "ip_address": p.ip or "",
        "location": country_name(cc) if cc else "",
        "network_type": "Wired" if p.ip and ":" not in p.ip else "Wifi",
        "data_center": "Sim (US)",
        "device": "Windows",
        "join_time": _time(rec.joined_at),
        "role": dashboard_role(p.role, webinar),
        "internal_ip_addresses": [],
    }
    if not webinar:  # the webinar list has no status field
        doc["status"] = "in_waiting_room" if rec.status == "waiting" else "in_meeting"
    if left:  # "For live meetings, this field will only return if a participant has left"
        doc["leave_time"] = _time(rec.left_at if rec.left_at is not None else m.clock())
        doc["leave_reason"] = (
            "Removed by host." if rec.status in ("removed", "blocked") else f"{p.name} left the meeting."
        )
    return doc


def register(app: SimulatorApp) -> None:
    sub = ZoomSubset(app)
    app.extensions["zoom"] = sub

    def on_change(rec: ParticipantRecord, event: str) -> None:
        # Called with the meeting's lock held: only note the id.
        if event == "joined" and rec.status == "blocked":
            sub.refused.add(rec.id)

    for meeting in app.meetings.values():
        meeting.add_change_hook(on_change)

    def auth(req: Request) -> Response | None:
        header = req.headers.get("Authorization") or ""
        scheme, _, value = header.partition(" ")
        value = value.strip()
        with sub.lock:
            entry = sub.tokens.get(value) if scheme.lower() == "bearer" else None
        if entry is None or sub.clock() >= entry[0]:
            return zoom_error(401, 124, "Invalid access token.")
        return None

    def scoped(handler: Callable[[Request], Response], needs: tuple[str, ...]) -> Callable[[Request], Response]:
        """The handler, answering 4700 when the token has none of the scopes the call needs."""

        def run(req: Request) -> Response:
            value = (req.headers.get("Authorization") or "").partition(" ")[2].strip()
            with sub.lock:
                entry = sub.tokens.get(value)
            granted = entry[1] if entry is not None else frozenset()
            if not granted & set(needs):
                return zoom_error(
                    400, 4700, f"Invalid access token, does not contain scopes:[{', '.join(needs)}]."
                )
            return handler(req)

        return run

    # -- OAuth -------------------------------------------------------------------------------------
    def token(req: Request) -> Response:
        params = {k: v[-1] for k, v in req.query.items()}
        ctype = (req.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if req.body and ctype == "application/x-www-form-urlencoded":
            form = parse_qs(req.body.decode("utf-8", "replace"), keep_blank_values=True)
            params.update({k: v[-1] for k, v in form.items()})
        header = req.headers.get("Authorization") or ""
        scheme, _, value = header.partition(" ")
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            decoded = ""
        client_id, _, client_secret = decoded.partition(":")
        if (
            scheme.lower() != "basic"
            or client_id != CLIENT_ID
            or not hmac.compare_digest(client_secret.encode(), app.token.encode())
        ):
            return json_response(
                {"reason": "Invalid client_id or client_secret", "error": "invalid_client"}, 401
            )
        if params.get("grant_type") != "account_credentials":
            return json_response(
                {"reason": "Unsupported grant type", "error": "unsupported_grant_type"}, 400
            )
        if not params.get("account_id"):
            return json_response(
                {"reason": "Invalid request : account_id is required", "error": "invalid_request"},
                400,
            )
        access = secrets.token_urlsafe(32)
        with sub.lock:
            scopes = frozenset(sub.scopes)
            sub.tokens[access] = (sub.clock() + sub.token_ttl, scopes)
            sub.token_requests += 1
        return json_response(
            {
                "access_token": access,
                "token_type": "bearer",
                "expires_in": sub.token_ttl,
                "scope": " ".join(sorted(scopes)),
            }
        )

    # -- dashboard ---------------------------------------------------------------------------------
    def count_heavy() -> tuple[dict[str, str], Response | None]:
        """One request against the daily cap of Heavy APIs: the headers, or the 429 answer."""
        now = sub.clock()
        day = sub._day()
        with sub.lock:
            used = sub.used.get(day, 0)
            if used >= sub.daily_limit:
                reset = _next_utc_midnight(now)
                return {}, zoom_error(
                    429,
                    429,
                    "You have reached the maximum daily rate limit for this API. Refer to the response header "
                    "for details on when you can make another request.",
                    {
                        "X-RateLimit-Category": "Heavy",
                        "X-RateLimit-Type": "Daily-limit",
                        "X-RateLimit-Limit": str(sub.daily_limit),
                        "X-RateLimit-Remaining": "0",
                        "Retry-After": email.utils.formatdate(reset, usegmt=True),
                    },
                )
            used += 1
            sub.used = {day: used}
            remaining = sub.daily_limit - used
        return {
            "X-RateLimit-Category": "Heavy",
            "X-RateLimit-Type": "Daily-limit",
            "X-RateLimit-Limit": str(sub.daily_limit),
            "X-RateLimit-Remaining": str(remaining),
        }, None

    def metrics_meeting(webinar: bool) -> Callable[[Request], Response]:
        def handler(req: Request) -> Response:
            headers, refused = count_heavy()
            if refused is not None:
                return refused
            m = sub.meeting(req.params["meeting_id"])
            if isinstance(m, Response):
                m.headers.update(headers)
                return m
            kind = req.arg("type", "live")
            if kind not in (("past", "live") if webinar else ("past", "pastOne", "live")):
                return zoom_error(400, 300, "Invalid field: type.", headers)
            present = m.snapshot(lambda r: r.status in ("joined", "waiting"))
            host = next((r.person for r in m.snapshot() if r.person.role == "host"), None)
            body = {
                "uuid": meeting_uuid(m.id),
                "id": meeting_number(m.id),
                "topic": m.topic,
                "host": host.name if host is not None else "",
                "email": host.email if host is not None else "",
                "start_time": _time(min((r.joined_at for r in m.snapshot() if r.joined_at), default=None)),
                "participants": len(present),
                "has_video": True,
                "has_screen_share": False,
            }
            return json_response(body, 200, headers)

        return handler

    def live_participants(webinar: bool) -> Callable[[Request], Response]:
        def handler(req: Request) -> Response:
            now = sub.clock()
            headers, refused = count_heavy()
            if refused is not None:
                return refused
            m = sub.meeting(req.params["meeting_id"])
            if isinstance(m, Response):
                m.headers.update(headers)
                return m
            kind = req.arg("type", "live")
            if kind != "live":
                return zoom_error(
                    400,
                    300,
                    "Invalid field: type. Only 'live' is available for a meeting in progress.",
                    headers,
                )
            raw_size = req.arg("page_size") or str(DEFAULT_PAGE_SIZE)
            try:
                size = int(raw_size)
            except ValueError:
                size = 0
            if not 1 <= size <= MAX_PAGE_SIZE:
                return zoom_error(
                    400, 300, f"Invalid field: page_size must be from 1 to {MAX_PAGE_SIZE}.", headers
                )
            start = 0
            page_token = req.arg("next_page_token")
            if page_token:
                with sub.lock:
                    entry = sub.page_tokens.get(page_token)
                    if entry is not None and sub.expire_next_page_tokens > 0:
                        # as if the client had paused past the token's 15 minutes
                        sub.expire_next_page_tokens -= 1
                        del sub.page_tokens[page_token]
                        entry = None
                if entry is None or entry[0] != m.id or now - entry[2] > sub.page_token_ttl:
                    return zoom_error(400, 300, "The next page token is invalid or expired.", headers)
                start = entry[1]
            # Zoom's live list: everyone who entered, including sessions that ended; not people the
            # meeting refused at the door (blocked when joining).
            refused_ids = sub.refused
            recs = m.snapshot(lambda r: r.id not in refused_ids)
            chunk = recs[start : start + size]
            nxt = ""
            if sub.repeat_page_tokens and page_token:
                nxt = page_token  # the same page again, for ever
            elif start + size < len(recs):
                nxt = secrets.token_urlsafe(24)
                with sub.lock:
                    # forget expired tokens so the table stays small
                    sub.page_tokens = {
                        k: v for k, v in sub.page_tokens.items() if now - v[2] <= sub.page_token_ttl
                    }
                    sub.page_tokens[nxt] = (m.id, start + size, now)
            body = {
                "page_count": (len(recs) + size - 1) // size,
                "page_size": size,
                "total_records": len(recs),
                "next_page_token": nxt,
                "participants": [_participant_doc(m, r, webinar) for r in chunk],
            }
            return json_response(body, 200, headers)

        return handler

    # -- meetings and their country policy ------------------------------------------------------
    def _alternative_hosts(m: Meeting, sep: str = ";") -> str:
        """The co-hosts' e-mail addresses: ";"-separated for meetings, ","-separated for webinars."""
        emails = sorted({r.person.email for r in m.snapshot() if r.person.role == "co-host" and r.person.email})
        return sep.join(emails)

    def queued(answers: list[Response | None]) -> Response | None:
        with sub.lock:
            return answers.pop(0) if answers else None

    def get_meeting(req: Request) -> Response:
        m = sub.meeting(req.params["meeting_id"], numeric_only=True)
        if isinstance(m, Response):
            return m
        answer = queued(sub.meeting_answers)
        if answer is not None:
            return answer
        return json_response(
            {
                "uuid": meeting_uuid(m.id),
                "id": meeting_number(m.id),
                "topic": m.topic,
                "type": 2,
                "status": "started",
                "settings": {
                    "approved_or_denied_countries_or_regions": sub.policy_doc(m),
                    "alternative_hosts": _alternative_hosts(m),
                    "approval_type": 0,
                    "registration_type": 1,
                },
            }
        )

    def get_webinar(req: Request) -> Response:
        # The description gives GET /webinars/{webinarId} a string id: "The webinar's ID or UUID".
        m = sub.meeting(req.params["meeting_id"])
        if isinstance(m, Response):
            return m
        return json_response(
            {
                "uuid": meeting_uuid(m.id),
                "id": meeting_number(m.id),
                "topic": m.topic,
                "type": 5,
                "settings": {"alternative_hosts": _alternative_hosts(m, ","), "approval_type": 0, "registration_type": 1},
            }
        )

    def count_patch(m: Meeting) -> Response | None:
        """One PATCH against the meeting's 100 a day, or the 429 that refuses it."""
        now = sub.clock()
        number = meeting_number(m.id)
        with sub.lock:
            times = [t for t in sub.patches.get(number, []) if now - t < 86_400]
            if len(times) >= sub.patch_limit:
                sub.patches[number] = times
                reset = dt.datetime.fromtimestamp(min(times) + 86_400, dt.UTC)
                return zoom_error(
                    429,
                    429,
                    f"You have reached the maximum per-meeting rate limit: a meeting can be updated "
                    f"{sub.patch_limit} times in 24 hours.",
                    {
                        "X-RateLimit-Category": "Light",
                        "X-RateLimit-Type": "Daily-limit",
                        "X-RateLimit-Limit": str(sub.patch_limit),
                        "X-RateLimit-Remaining": "0",
                        "Retry-After": reset.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    },
                )
            times.append(now)
            sub.patches[number] = times
        return None

    def patch_webinar(req: Request) -> Response:
        m = sub.meeting(req.params["meeting_id"], numeric_only=True)
        if isinstance(m, Response):
            return m
        body = json_object(req)
        if not isinstance(body, dict):
            return zoom_error(400, 300, "Invalid request body: a JSON object is required.")
        limited = count_patch(m)
        if limited is not None:
            return limited
        # Webinar settings have no country policy: an unknown setting is ignored.
        return Response(204)

    def patch_meeting(req: Request) -> Response:
        m = sub.meeting(req.params["meeting_id"], numeric_only=True)
        if isinstance(m, Response):
            return m
        answer = queued(sub.meeting_patch_answers)
        if answer is not None:
            return answer  # nothing applied, nothing counted (the client cannot know that)
        body = json_object(req)
        if not isinstance(body, dict):
            return zoom_error(400, 300, "Invalid request body: a JSON object is required.")
        settings = body.get("settings", {})
        if not isinstance(settings, dict):
            return zoom_error(400, 300, "Invalid field: settings.")
        pol = settings.get("approved_or_denied_countries_or_regions")
        if pol is not None and not isinstance(pol, dict):
            return zoom_error(400, 300, "Invalid field: approved_or_denied_countries_or_regions.")
        merged = None
        if pol is not None:
            current = sub.policy_doc(m)
            merged = {**current, **{k: v for k, v in pol.items() if k in current}}
            if not isinstance(merged["enable"], bool):
                return zoom_error(
                    400, 300, "Invalid field: approved_or_denied_countries_or_regions.enable."
                )
            if merged["method"] not in ("deny", "approve"):
                return zoom_error(
                    400, 300, "Invalid field: approved_or_denied_countries_or_regions.method."
                )
            for key in ("denied_list", "approved_list"):
                codes = merged[key]
                if not isinstance(codes, list) or not all(
                    isinstance(c, str) and is_country_code(c) for c in codes
                ):
                    return zoom_error(
                        400, 300, f"Invalid field: approved_or_denied_countries_or_regions.{key}."
                    )
                merged[key] = sorted({c.upper() for c in codes})
        limited = count_patch(m)
        if limited is not None:
            return limited
        if merged is None or sub.ignore_policy_patches:
            return Response(204)
        method = merged["method"]
        active = merged["denied_list"] if method == "deny" else merged["approved_list"]
        other = merged["approved_list"] if method == "deny" else merged["denied_list"]
        with sub.lock:
            sub.inactive_list[m.id] = other
        m.set_policy(merged["enable"], method, active)
        return Response(204)

    # -- registrants ----------------------------------------------------------------------------
    def list_registrants(req: Request) -> Response:
        m = sub.meeting(req.params["meeting_id"], numeric_only=True)
        if isinstance(m, Response):
            return m
        answer = queued(sub.registrant_list_answers)
        if answer is not None:
            return answer
        status = req.arg("status", "approved")
        if status not in ("approved", "pending", "denied"):
            return zoom_error(400, 300, "Invalid field: status.")
        try:
            size = int(req.arg("page_size") or DEFAULT_PAGE_SIZE)
        except ValueError:
            size = 0
        if not 1 <= size <= MAX_PAGE_SIZE:
            return zoom_error(
                400, 300, f"Invalid field: page_size must be from 1 to {MAX_PAGE_SIZE}."
            )
        rows = []
        for rid, (_key, rec, st) in sub.registrants(m).items():
            if st == status:
                first, _, last = rec.person.name.partition(" ")
                rows.append(
                    {
                        "id": rid,
                        "email": rec.person.email,
                        "first_name": first[:64],
                        "last_name": last[:64],
                        "status": st,
                    }
                )
        try:
            start = int(req.arg("next_page_token") or 0)
        except ValueError:
            return zoom_error(400, 300, "The next page token is invalid or expired.")
        chunk = rows[start : start + size]
        nxt = str(start + size) if start + size < len(rows) else ""
        if sub.repeat_page_tokens and req.arg("next_page_token"):
            nxt = req.arg("next_page_token") or ""  # the same page again, for ever
        return json_response(
            {
                "page_count": (len(rows) + size - 1) // size,
                "page_size": size,
                "total_records": len(rows),
                "next_page_token": nxt,
                "registrants": chunk,
            }
        )

    # action -> (the status it applies to, the status it gives)
    transitions = {
        "approve": (("pending", "denied"), "approved"),
        "cancel": (("approved",), "denied"),
        "deny": (("pending",), "denied"),
    }

    def registrant_status(req: Request) -> Response:
        m = sub.meeting(req.params["meeting_id"], numeric_only=True)
        if isinstance(m, Response):
            return m
        body = json_object(req)
        if not isinstance(body, dict) or body.get("action") not in transitions:
            return zoom_error(400, 300, "Invalid field: action.")
        items = body.get("registrants")
        if not isinstance(items, list) or not 1 <= len(items) <= 30:
            return zoom_error(400, 300, "Invalid field: registrants (1 to 30).")
        known = sub.registrants(m)
        by_email = {rec.person.email.lower(): key for key, rec, _st in known.values()}
        keys = []
        for item in items:
            if not isinstance(item, dict):
                return zoom_error(400, 300, "Invalid field: registrants.")
            rid, mail = item.get("id"), item.get("email")
            if isinstance(rid, str) and rid in known:
                keys.append(known[rid][0])
            elif isinstance(mail, str) and mail.lower() in by_email:
                keys.append(by_email[mail.lower()])
            else:
                return zoom_error(404, 3043, "Registrant not found.")
        applies_to, becomes = transitions[body["action"]]
        changed = []
        with sub.lock:
            statuses = sub.registrant_status.setdefault(m.id, {})
            for key in keys:
                if statuses.get(key) in applies_to:  # otherwise: nothing happens (see above)
                    statuses[key] = becomes
                    changed.append(key)
        # A denied (or cancelled) registration cannot join again: the meeting refuses the person.
        with m.lock:
            for key in changed:
                if becomes == "approved":
                    m.blocked_people.discard(key)
                else:
                    m.blocked_people.add(key)
        return Response(204)

    def fault(status: int) -> Response:
        """Injected 429/500/503 in Zoom's format (a 429 here is the per-second limit)."""
        if status == 429:
            return zoom_error(429, 429, "You have exceeded the rate limit for this API. Try again later.",
                              {"X-RateLimit-Category": "Heavy", "X-RateLimit-Type": "QPS"})  # fmt: skip
        return zoom_error(status, status, "An unexpected error occurred. Try again later.")

    zoom = {"auth": auth, "group": "zoom", "fault_response": fault}
    app.add_route("POST", "/zoom/oauth/token", token, auth=None, group="zoom", fault_response=fault)
    for kind, webinar in (("meetings", False), ("webinars", True)):
        dash = SCOPES_DASHBOARD_WEBINARS if webinar else SCOPES_DASHBOARD_MEETINGS
        read = SCOPES_WEBINAR_READ if webinar else SCOPES_MEETING_READ
        write = SCOPES_WEBINAR_WRITE if webinar else SCOPES_MEETING_WRITE
        base = f"/zoom/v2/{kind}/{{meeting_id}}"
        app.add_route("GET", f"/zoom/v2/metrics/{kind}/{{meeting_id}}", scoped(metrics_meeting(webinar), dash), **zoom)
        app.add_route(
            "GET", f"/zoom/v2/metrics/{kind}/{{meeting_id}}/participants", scoped(live_participants(webinar), dash), **zoom
        )
        app.add_route("GET", base, scoped(get_webinar if webinar else get_meeting, read), **zoom)
        app.add_route("PATCH", base, scoped(patch_webinar if webinar else patch_meeting, write), **zoom)
        app.add_route("GET", f"{base}/registrants", scoped(list_registrants, read), **zoom)
        app.add_route("PUT", f"{base}/registrants/status", scoped(registrant_status, write), **zoom)


__all__ = [
    "ALL_SCOPES",
    "CLIENT_ID",
    "PATCH_LIMIT",
    "ZoomSubset",
    "dashboard_role",
    "meeting_number",
    "meeting_uuid",
    "register",
]
