"""The simulator's Zoom-compatible subset, under ``/zoom/...``, on the shared simulated meeting.

It behaves like Zoom where HostGuard meets it, limits included:

* ``POST /zoom/oauth/token``: Server-to-Server OAuth (Basic ``hostguard-sim`` : the simulator's
  token, any account id, ``grant_type=account_credentials`` in the query or a form body);
  access tokens last ``token_ttl`` seconds (3600); an unknown or expired one gets
  401 ``{"code": 124, "message": "Invalid access token."}``.
* ``GET /zoom/v2/metrics/meetings/{id}/participants?type=live``: the dashboard list, in join
  order, including sessions that left (with ``leave_time``), 1..300 per page; the
  ``next_page_token`` expires after ``page_token_ttl`` seconds (900, as Zoom's 15 minutes).
  Every answer carries ``X-RateLimit-Category/Type/Limit/Remaining``; after ``daily_limit``
  requests in a UTC day the answer is 429 with ``Retry-After`` as an HTTP date (midnight UTC).
* ``GET``/``PATCH /zoom/v2/meetings/{id}``: ``settings.approved_or_denied_countries_or_regions``,
  the meeting's country policy, enforced by the meeting on NEW joiners only (they end
  ``blocked``). Zoom has no REST call that removes someone already inside, and neither has this.
* ``GET /zoom/v2/meetings/{id}/registrants`` and ``PUT .../registrants/status``: everyone with
  an e-mail address is a registrant; a denied registrant cannot (re)join (new sessions end
  ``blocked``).
* The same under ``/zoom/v2/webinars/{id}`` and ``/zoom/v2/metrics/webinars/{id}/...``: the
  simulated meeting also answers as a webinar (HostGuard's meeting id ``webinar:<id>``).
* Meeting ids: the simulator's meeting id, or the meeting's Zoom UUID (``GET`` the meeting to
  see it). The UUID starts with "/" and contains "//", so clients must encode it twice, as
  Zoom requires; encoded once, it is not found.
* Errors are Zoom's ``{"code", "message"}``.

Tests tune the limits through ``app.extensions["zoom"]`` (a `ZoomSubset`).
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import hashlib
import hmac
import secrets
import threading
import uuid
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

CITIES = {
    "US": "San Jose",
    "CN": "Beijing",
    "DE": "Frankfurt",
    "GB": "London",
    "FR": "Paris",
    "JP": "Tokyo",
    "IN": "Mumbai",
    "BR": "Sao Paulo",
    "RU": "Moscow",
    "CA": "Toronto",
    "AU": "Sydney",
    "NL": "Amsterdam",
}


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


class ZoomSubset:
    """The Zoom subset's own state: tokens, page tokens, the daily budget, policy lists, registrants."""

    def __init__(self, app: SimulatorApp) -> None:
        self.app = app
        self.clock: Callable[[], float] = app.clock
        self.lock = threading.Lock()
        self.token_ttl = 3600
        self.page_token_ttl = 900.0
        self.daily_limit = 60_000
        self.used: dict[str, int] = {}  # UTC day -> dashboard requests
        self.tokens: dict[str, float] = {}  # access token -> expiry (clock)
        self.page_tokens: dict[
            str, tuple[str, int, float]
        ] = {}  # token -> (meeting, index, created)
        self.inactive_list: dict[
            str, list[str]
        ] = {}  # meeting -> the list of the method not in use
        self.denied_registrants: dict[str, set[str]] = {}  # meeting -> person keys
        self.token_requests = 0
        self.expire_next_page_tokens = 0  # tests: refuse the next N page tokens as expired
        # tests: answer a page token with that same token again (a listing that never ends)
        self.repeat_page_tokens = False
        self.refused: set[str] = set()  # sessions the meeting refused at the door (policy, denial)

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

    # -- helpers ------------------------------------------------------------------------------------
    def _day(self) -> str:
        return dt.datetime.fromtimestamp(self.clock(), dt.UTC).strftime("%Y-%m-%d")

    def meeting(self, raw_id: str) -> Meeting | Response:
        """The meeting for a path segment (already decoded once by the router)."""
        mid = raw_id
        if "%" in mid:
            mid = unquote(mid)  # encoded twice: the router decoded once
        elif mid.startswith("/") or "//" in mid:
            # Encoded once: Zoom's front end would have decoded it before routing.
            return zoom_error(
                404, 3001, "Meeting does not exist: the meeting UUID must be encoded twice."
            )
        for m in self.app.meetings.values():
            if mid in (m.id, meeting_uuid(m.id)):
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


def _participant_doc(m: Meeting, rec: ParticipantRecord) -> dict:
    p = rec.person
    cc = p.country
    location = f"{CITIES.get(cc) or country_name(cc)} ({cc})" if cc else ""
    account = ""
    if p.email.lower().endswith(STAFF_DOMAIN):
        account = "zoomacct-" + hashlib.sha256(p.key.encode()).hexdigest()[:16]
    left = rec.status in ("left", "removed", "blocked")
    return {
        "id": account,
        "user_id": rec.id,
        "participant_uuid": str(
            uuid.UUID(bytes=hashlib.blake2b(rec.id.encode(), digest_size=16).digest())
        ).upper(),
        "user_name": p.name,
        "email": p.email,
        "ip_address": p.ip or "",
        "location": location,
        "network_type": "Wired" if p.ip and ":" not in p.ip else "Wifi",
        "data_center": "Sim (US)",
        "device": "Windows",
        "os": "Windows 11",
        "join_time": _time(rec.joined_at),
        "leave_time": _time(
            rec.left_at if rec.left_at is not None else (m.clock() if left else None)
        )
        if left
        else "",
        "leave_reason": (
            "removed by host" if rec.status in ("removed", "blocked") else "left the meeting"
        )
        if left
        else "",
        "role": p.role,
        "status": "in_waiting_room" if rec.status == "waiting" else "in_meeting",
        "internal_ip_addresses": [],
    }


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
            expiry = sub.tokens.get(value) if scheme.lower() == "bearer" else None
        if expiry is None or sub.clock() >= expiry:
            return zoom_error(401, 124, "Invalid access token.")
        return None

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
            sub.tokens[access] = sub.clock() + sub.token_ttl
            sub.token_requests += 1
        return json_response(
            {
                "access_token": access,
                "token_type": "bearer",
                "expires_in": sub.token_ttl,
                "scope": "dashboard_meetings:read:admin meeting:read:admin meeting:write:admin",
            }
        )

    # -- dashboard ---------------------------------------------------------------------------------
    def live_participants(req: Request) -> Response:
        now = sub.clock()
        day = sub._day()
        with sub.lock:
            used = sub.used.get(day, 0)
            if used >= sub.daily_limit:
                reset = _next_utc_midnight(now)
                return zoom_error(
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
        headers = {
            "X-RateLimit-Category": "Heavy",
            "X-RateLimit-Type": "Daily-limit",
            "X-RateLimit-Limit": str(sub.daily_limit),
            "X-RateLimit-Remaining": str(remaining),
        }
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
        refused = sub.refused
        recs = m.snapshot(lambda r: r.id not in refused)
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
            "participants": [_participant_doc(m, r) for r in chunk],
        }
        return json_response(body, 200, headers)

    # -- meetings and their country policy ------------------------------------------------------
    def get_meeting(req: Request) -> Response:
        m = sub.meeting(req.params["meeting_id"])
        if isinstance(m, Response):
            return m
        return json_response(
            {
                "uuid": meeting_uuid(m.id),
                "id": m.id,
                "topic": m.topic,
                "type": 2,
                "status": "started",
                "settings": {
                    "approved_or_denied_countries_or_regions": sub.policy_doc(m),
                    "approval_type": 0,
                    "registration_type": 1,
                },
            }
        )

    def patch_meeting(req: Request) -> Response:
        m = sub.meeting(req.params["meeting_id"])
        if isinstance(m, Response):
            return m
        body = json_object(req)
        if not isinstance(body, dict):
            return zoom_error(400, 300, "Invalid request body: a JSON object is required.")
        settings = body.get("settings", {})
        if not isinstance(settings, dict):
            return zoom_error(400, 300, "Invalid field: settings.")
        pol = settings.get("approved_or_denied_countries_or_regions")
        if pol is None:
            return Response(204)
        if not isinstance(pol, dict):
            return zoom_error(400, 300, "Invalid field: approved_or_denied_countries_or_regions.")
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
        method = merged["method"]
        active = merged["denied_list"] if method == "deny" else merged["approved_list"]
        other = merged["approved_list"] if method == "deny" else merged["denied_list"]
        with sub.lock:
            sub.inactive_list[m.id] = other
        m.set_policy(merged["enable"], method, active)
        return Response(204)

    # -- registrants ----------------------------------------------------------------------------
    def _registrants(m: Meeting) -> dict[str, tuple[str, ParticipantRecord]]:
        """registrant id -> (person key, a record of the person): everyone with an e-mail."""
        out: dict[str, tuple[str, ParticipantRecord]] = {}
        for rec in m.snapshot():
            if rec.person.email:
                rid = "reg-" + hashlib.sha256(rec.person.key.encode()).hexdigest()[:12]
                out.setdefault(rid, (rec.person.key, rec))
        return out

    def list_registrants(req: Request) -> Response:
        m = sub.meeting(req.params["meeting_id"])
        if isinstance(m, Response):
            return m
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
        with sub.lock:
            denied = set(sub.denied_registrants.get(m.id, set()))
        rows = []
        for rid, (key, rec) in _registrants(m).items():
            st = "denied" if key in denied else "approved"
            if st == status:
                first, _, last = rec.person.name.partition(" ")
                rows.append(
                    {
                        "id": rid,
                        "email": rec.person.email,
                        "first_name": first,
                        "last_name": last,
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
            nxt = req.arg("next_page_token")  # the same page again, for ever
        return json_response(
            {
                "page_count": (len(rows) + size - 1) // size,
                "page_size": size,
                "total_records": len(rows),
                "next_page_token": nxt,
                "registrants": chunk,
            }
        )

    def registrant_status(req: Request) -> Response:
        m = sub.meeting(req.params["meeting_id"])
        if isinstance(m, Response):
            return m
        body = json_object(req)
        if not isinstance(body, dict) or body.get("action") not in ("approve", "deny", "cancel"):
            return zoom_error(400, 300, "Invalid field: action.")
        items = body.get("registrants")
        if not isinstance(items, list) or not 1 <= len(items) <= 30:
            return zoom_error(400, 300, "Invalid field: registrants (1 to 30).")
        known = _registrants(m)
        by_email = {rec.person.email.lower(): key for key, rec in known.values()}
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
        with sub.lock:
            denied = sub.denied_registrants.setdefault(m.id, set())
            for key in keys:
                if body["action"] == "approve":
                    denied.discard(key)
                else:
                    denied.add(key)
        # A denied (or cancelled) registration cannot join again: the meeting refuses the person.
        with m.lock:
            for key in keys:
                if body["action"] == "approve":
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
    # The simulated meeting answers as a meeting and as a webinar: Zoom serves webinars under
    # /webinars and /metrics/webinars with the same shapes.
    for kind in ("meetings", "webinars"):
        app.add_route(
            "GET", f"/zoom/v2/metrics/{kind}/{{meeting_id}}/participants", live_participants, **zoom
        )
        app.add_route("GET", f"/zoom/v2/{kind}/{{meeting_id}}", get_meeting, **zoom)
        app.add_route("PATCH", f"/zoom/v2/{kind}/{{meeting_id}}", patch_meeting, **zoom)
        app.add_route("GET", f"/zoom/v2/{kind}/{{meeting_id}}/registrants", list_registrants, **zoom)
        app.add_route(
            "PUT", f"/zoom/v2/{kind}/{{meeting_id}}/registrants/status", registrant_status, **zoom
        )


__all__ = ["CLIENT_ID", "ZoomSubset", "meeting_uuid", "register"]
