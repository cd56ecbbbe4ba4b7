"""The Zoom adapter: the live participant list from Zoom's dashboard API, and what Zoom's REST
API can enforce (the meeting's own country policy, ending registrations).

What Zoom allows, and so what this adapter does (facts: reference meeting-services.md and
Zoom's own API description, reference/vendor-api/zoom-meeting-api.json, which wins):

* Meeting ids. ``GET``/``PATCH /meetings/{meetingId}`` and the registrant calls take the
  meeting *number* (int64) only; the dashboard takes the number or the meeting's UUID. A UUID
  given by the host is resolved once through ``GET /metrics/meetings/{uuid}`` (its ``id``);
  the number is used for the meeting calls and the UUID kept for the dashboard (`ZoomMeeting`).
* People are keyed on ``participant_user_id`` (the deprecated ``id`` when it is missing), else
  the e-mail, else display name and address together, else the session's ``user_id``: never on
  an empty field (Zoom leaves ``email``, ``id`` and ``participant_user_id`` empty for people
  outside the host's account, and ``user_name``, ``ip_address``, ``location`` may be empty).
* Roles: the dashboard reports ``host`` and ``attendee`` only (webinars add ``panelist``).
  Co-hosts are not reported: they are attendees here, and `role_note` says so and proposes
  the meeting's alternative hosts (``settings.alternative_hosts``) for the rules' e-mail
  exemptions.
* Webinars: Zoom's API has no per-webinar country policy. Nothing is sent and nothing is
  recorded as applied; the host is told.
* A meeting can be updated (PATCHed) 100 times in 24 hours: the updates are counted
  (`MeetingUpdateLog`, kept in a file across restarts when the adapter is given one) and the
  host is warned before the limit; a policy is recorded as applied only after reading the
  meeting back and finding it.

* Server-to-Server OAuth (``grant_type=account_credentials``): the access token lives in memory
  only, is renewed five minutes before it expires and whenever Zoom answers 401 (code 124).
* ``GET /metrics/meetings/{id}/participants?type=live`` gives the live list with addresses, 300
  per page; ``next_page_token`` expires after 15 minutes (the listing restarts once). Meeting
  UUIDs that start with "/" or contain "//" are URL-encoded twice, as Zoom requires.
* Vendor data is never trusted: blank, missing or wrongly typed fields are normalised or the
  participant skipped, with one logged warning per listing that names fields, never values.
* Rate limits are per Zoom account and shared by every app of the account; the dashboard is a
  "Heavy" API with a daily cap. `ZoomRateBudget` reads the ``X-RateLimit-*`` headers and spaces
  full refreshes so they fit a share of that cap; `budget_sentence` says so in words.
* Zoom has no REST call that removes or moves someone already in a meeting. A ``remove`` or
  ``block`` decision therefore becomes (a) the meeting's own country policy (deny list, or an
  approve list for allow-list rule sets), merged with the host's existing policy and never
  overwritten silently, the previous one recorded so it can be restored; (b) a denied
  registration when the person registered; and (c) the outcome ``manual``: "remove manually in
  the Zoom client", listed by `manual_removals` for the host. ``waiting_room`` and ``admit``
  are unsupported.

The rules reach the adapter through `use_ruleset` (the engine calls it when the rules change);
the country policy is set by `apply_rules` or, at the latest, with the first remove/block.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import ipaddress
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote, quote_plus

from hostguard.core.countries import all_countries, country
from hostguard.services.base import (
    MANUAL,
    UNSUPPORTED,
    ActionRequest,
    ActionResult,
    Adapter,
    AuthError,
    Capability,
    ConfigurationError,
    NotFound,
    Policy,
    RemoteParticipant,
    RosterSnapshot,
    ServiceError,
    UnreachableError,
)
from hostguard.services.http import HTTPState, ServiceHTTP, parse_retry_after
from hostguard.services.vendor_common import (
    MAX_ADDRESS,
    MAX_EMAIL,
    MAX_ID,
    MAX_LOCATION,
    MAX_NAME,
    PageLoop,
    Warnings,
    bounded,
    capped,
    duration,
    field_text,
    type_name,
)
from hostguard.services.zoom_policy import (
    PREVIOUS_POLICY_MARKER,
    DesiredPolicy,
    PolicyChange,
    PolicyMerge,
    PolicyRecord,
    ZoomPolicy,
    desired_policy,
    merge_policy,
    policy_from_settings,
)

log = logging.getLogger(__name__)

ZOOM_API = "https://api.zoom.us/v2"
ZOOM_OAUTH = "https://zoom.us/oauth/token"
PAGE_SIZE = 300  # the dashboard's maximum
RENEW_MARGIN_S = 300.0  # renew the access token this long before it expires
MANUAL_SENTENCE = "remove manually in the Zoom client"
DAY_S = 86_400.0
REGISTRANTS_TTL_S = 300.0  # re-read the registrant list at most this often

# Daily caps for Heavy + Resource-intensive APIs together, and their per-second rates, by plan
# (third-party figures; Zoom does not publish them for every plan). Enterprise: assumed Business.
PLAN_LIMITS: dict[str, tuple[int, float]] = {
    "free": (1_000, 1.0),
    "pro": (30_000, 10.0),
    "business": (60_000, 40.0),
    "enterprise": (60_000, 40.0),
}

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

# The dashboard's ``status`` enum (webinar rows have no status: they are in the webinar).
STATUS_MAP = {
    "in_meeting": "joined",
    "in_waiting_room": "waiting",
}

# The dashboard's ``role`` enum: host | attendee, and panelist in webinars. Co-hosts are not
# reported (they are attendees); anything else is treated as an attendee, with a warning.
ROLE_MAP = {
    "host": "host",
    "attendee": "attendee",
    "panelist": "panelist",
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

MEETING_UPDATES_PER_DAY = 100  # PATCH /meetings/{meetingId}: "100 requests per day" per meeting
MEETING_UPDATES_WARN_AT = 80  # say so from here on, before the limit is reached

NO_WEBINAR_POLICY = (
    "Zoom's API has no country policy for webinars, so HostGuard set none: people from the rules' "
    f"countries can still join this webinar; those inside are listed to {MANUAL_SENTENCE}"
)

_LOCATION_CODE = re.compile(r"\(\s*([A-Za-z]{2})\s*\)\s*$")


# -- small helpers ----------------------------------------------------------------------------
WEBINAR_PREFIX = "webinar:"  # a meeting id "webinar:<id>" names a Zoom webinar


def object_path(meeting_id: str) -> str:
    """The REST path of the meeting, or of the webinar for an id "webinar:<id>": Zoom serves
    webinars under /webinars (and /metrics/webinars) with the same shapes as meetings."""
    if meeting_id.startswith(WEBINAR_PREFIX):
        return f"/webinars/{encode_meeting_id(meeting_id[len(WEBINAR_PREFIX):])}"
    return f"/meetings/{encode_meeting_id(meeting_id)}"


_MEETING_NUMBER = re.compile(r"[0-9]{1,19}")  # UUIDs are base64 (22+ characters), never all digits


def meeting_number(text: str) -> int | None:
    """The meeting number in what the host typed ("85 1234 5678", "851-2345-678"), or None
    when it is not one (then it is a UUID, resolved through the dashboard)."""
    compact = re.sub(r"[\s-]", "", text)
    if _MEETING_NUMBER.fullmatch(compact) and int(compact) < 2**63:
        return int(compact)
    return None


@dataclass(frozen=True, slots=True)
class ZoomMeeting:
    """A meeting or webinar as the calls need it: the number for ``/meetings/{id}`` (or
    ``/webinars/{id}``) and the registrant calls, what the dashboard is asked with (the UUID
    when the host gave one, else the number)."""

    given: str  # as the host gave it (without "webinar:")
    webinar: bool
    number: int
    dashboard: str
    uuid: str = ""

    @property
    def kind(self) -> str:
        return "webinars" if self.webinar else "meetings"

    @property
    def object_path(self) -> str:
        return f"/{self.kind}/{self.number}"

    @property
    def dashboard_path(self) -> str:
        return f"/metrics/{self.kind}/{encode_meeting_id(self.dashboard)}"


def encode_meeting_id(meeting_id: str) -> str:
    """The meeting id or UUID as one path segment; Zoom wants UUIDs that start with "/" or
    contain "//" encoded twice (its front end decodes once before routing)."""
    once = quote(str(meeting_id), safe="")
    if meeting_id.startswith("/") or "//" in meeting_id:
        return quote(once, safe="")
    return once


_NAME_ALIASES = {
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "united states of america": "US",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "russian federation": "RU",
    "korea": "KR",
    "republic of korea": "KR",
    "czech republic": "CZ",
    "turkey": "TR",
    "viet nam": "VN",
    "mainland china": "CN",
    "hong kong sar": "HK",
    "the netherlands": "NL",
}


def _country_by_name(name: str) -> str | None:
    key = name.strip().strip(".").lower()
    if not key:
        return None
    if key in _NAME_ALIASES:
        return _NAME_ALIASES[key]
    for code, c in all_countries().items():
        if c.name.lower() == key:
            return code
    return None


def parse_location(text: object) -> str | None:
    """The ISO country code in Zoom's free-text ``location`` ("San Jose (US)"), or None.

    Zoom writes "City (CC)"; older data and some clients give a bare country name or
    "City, Region, Country". Anything else (blank, "Unknown", a city alone) is None: this is
    evidence shown next to the address-based country, never the basis of a decision.
    """
    if not isinstance(text, str):
        return None
    s = text.strip()
    if not s:
        return None
    m = _LOCATION_CODE.search(s)
    if m:
        code = m.group(1).upper()
        return code if country(code) is not None else None
    # "Germany" or "Frankfurt, Hesse, Germany": the last comma-separated part may be a country.
    last = s.rsplit(",", 1)[-1]
    return _country_by_name(last)


def _clean_ip(value: str, where: str, warn: Warnings) -> str:
    if not value:
        return ""
    try:
        ipaddress.ip_address(value.strip())  # checked, but kept as the service wrote it
        return value.strip()
    except ValueError:
        warn.add(f"{where}.ip_address is not an IP address; treated as no address")
        return ""


def person_key(account_id: str, email: str, name: str, ip: str, session_id: str) -> str:
    """One person across leave/rejoin (Zoom gives each session a new ``user_id``).

    Zoom's stable user id (``participant_user_id``: empty for people who did not sign in or are
    outside the host's account) first, then the e-mail, then display name and address together
    (hashed: the key is stored, the address need not be), then the session. Never an empty
    field: two guests both named "iPhone" without an address are two people, not one.
    """
    if account_id:
        return "zoom:" + account_id
    if email:
        return "email:" + email.strip().lower()
    if name and ip:
        digest = hashlib.sha256(f"{name}\x00{ip}".encode()).hexdigest()[:20]
        return "name-ip:" + digest
    return "session:" + session_id


@dataclass(slots=True)
class ZoomParticipant(RemoteParticipant):
    """A participant as Zoom's dashboard reports it (``location``: Zoom's free text, a bare
    country name such as "United States" or "San Jose (US)", ``service_country`` parsed from
    it; both on `RemoteParticipant`)."""

    account_id: str = ""  # participant_user_id (empty for guests and external users)


# Every field of a dashboard participant row that `parse_participant` reads (the contract tests
# check each is defined by Zoom's description).
PARTICIPANT_FIELDS = (
    "user_id", "participant_user_id", "id", "user_name", "email", "ip_address", "location",
    "role", "status", "leave_time", "join_time",
)  # fmt: skip


def parse_participant(raw: Any, where: str, warn: Warnings, *, webinar: bool = False) -> ZoomParticipant | None:
    """One dashboard participant, or None (with a warning) when it cannot be used at all.

    ``webinar``: a row of the webinar list, which has no ``status`` (everyone listed is in the
    webinar, or has left it): the field is not read there.
    """
    if not isinstance(raw, dict):
        warn.add(f"{where} should be an object, got {type_name(raw)}; skipped")
        return None
    # ``user_id`` is Zoom's id for this session in the meeting (new on every rejoin): the id
    # HostGuard acts on. ``participant_user_id`` is the person's Zoom user id, empty for guests
    # and external users; ``id`` is its deprecated twin, read only when the new field is absent.
    # Ids longer than any real one are not ids: ignored (the reference adapter's bounds).
    skip = "ignored"
    session = bounded(field_text(raw, "user_id", where, warn, numbers_ok=True), MAX_ID, where, "user_id", warn, then=skip)
    if not session:
        warn.add(f"{where} has no usable user_id; skipped")
        return None
    account = bounded(
        field_text(raw, "participant_user_id", where, warn), MAX_ID, where, "participant_user_id", warn, then=skip
    )
    if not account and "participant_user_id" not in raw:
        account = bounded(field_text(raw, "id", where, warn), MAX_ID, where, "id", warn, then=skip)
    name = capped(field_text(raw, "user_name", where, warn), MAX_NAME, where, "user_name", warn)
    email = capped(field_text(raw, "email", where, warn), MAX_EMAIL, where, "email", warn)
    ip_text = bounded(
        field_text(raw, "ip_address", where, warn), MAX_ADDRESS, where, "ip_address", warn, then="treated as no address"
    )
    ip = _clean_ip(ip_text, where, warn)
    location = capped(field_text(raw, "location", where, warn), MAX_LOCATION, where, "location", warn)
    role_raw = raw.get("role")
    role = ROLE_MAP.get(role_raw.strip().lower()) if isinstance(role_raw, str) else None
    if role is None:
        if role_raw is not None:
            warn.add(f"{where}.role is not one of Zoom's roles (host, attendee, panelist); treated as attendee")
        role = "attendee"
    status_raw = "" if webinar else field_text(raw, "status", where, warn).lower()
    status = STATUS_MAP.get(status_raw, "joined")
    if status_raw and status_raw not in STATUS_MAP:
        warn.add(f"{where}.status is not a known status; treated as in the meeting")
    if field_text(raw, "leave_time", where, warn):
        status = "left"  # the live list keeps a left session next to the rejoined one
    joined = field_text(raw, "join_time", where, warn) or None
    return ZoomParticipant(
        id=session,
        name=name,
        email=email,
        role=role,
        status=status,
        ip=ip,
        joined_at=joined,
        person_key=person_key(account, email, name, ip, session),
        location=location,
        service_country=parse_location(location),
        account_id=account,
    )


# -- rate budget ---------------------------------------------------------------------------------
def _seconds_to_utc_midnight(now: float) -> float:
    t = dt.datetime.fromtimestamp(now, dt.UTC)
    midnight = (t + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(1.0, (midnight - t).total_seconds())


class ZoomRateBudget:
    """How often a full refresh of the live list fits Zoom's daily cap for Heavy APIs.

    ``share`` is the part of the account's daily cap HostGuard allows itself (other apps of
    the same account share the cap). Every full refresh costs ``pages`` requests, so
    ``pages x refreshes per day <= cap x share``; when Zoom reports how many requests are left
    today (``X-RateLimit-Remaining`` with ``X-RateLimit-Type: Daily-limit``), the rest of the
    day is budgeted from that figure too.
    """

    def __init__(
        self,
        plan: str = "business",
        *,
        daily_cap: int | None = None,
        share: float = 0.5,
        min_interval: float = 5.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        plan = plan.strip().lower()
        if plan not in PLAN_LIMITS:
            raise ConfigurationError(f"unknown Zoom plan {plan!r} (expected one of {', '.join(PLAN_LIMITS)})")
        if daily_cap is not None and daily_cap < 1:
            raise ConfigurationError("the Zoom daily request cap must be at least 1")
        if not 0 < share <= 1:
            raise ConfigurationError("the share of Zoom's daily cap must be above 0 and at most 1")
        self.plan = plan
        self.daily_cap = daily_cap if daily_cap is not None else PLAN_LIMITS[plan][0]
        self.qps = PLAN_LIMITS[plan][1]
        self.share = share
        self.min_interval = min_interval
        self.clock = clock
        self._lock = threading.Lock()
        self.category: str | None = None
        self.limit_type: str | None = None
        self.remaining: int | None = None
        self.remaining_at: float | None = None
        self.daily_remaining: int | None = None
        self.daily_remaining_at: float | None = None
        self.pages = 1
        self.participants = 0
        self.exhausted_until: float | None = None  # the daily cap is used up until then

    def observe(self, headers: Mapping[str, str]) -> None:
        """Read Zoom's rate-limit headers from any response (missing or odd ones are ignored)."""
        cat = headers.get("X-RateLimit-Category")
        typ = headers.get("X-RateLimit-Type")
        rem = headers.get("X-RateLimit-Remaining")
        with self._lock:
            if cat:
                self.category = cat.strip()[:40]
            if typ:
                self.limit_type = typ.strip()[:40]
            if rem is not None:
                try:
                    value = int(str(rem).strip())
                except ValueError:
                    value = None
                if value is not None and value >= 0:
                    self.remaining = value
                    self.remaining_at = self.clock()
                    if (typ or self.limit_type or "").lower().startswith("daily"):
                        self.daily_remaining = value
                        self.daily_remaining_at = self.remaining_at

    def note_listing(self, pages: int, participants: int) -> None:
        with self._lock:
            self.pages = max(1, pages)
            self.participants = max(0, participants)

    def note_exhausted(self, until: float) -> None:
        with self._lock:
            self.exhausted_until = until

    def refresh_interval(self, pages: int | None = None) -> float:
        """Seconds between full refreshes so they fit the budget (at least ``min_interval``)."""
        with self._lock:
            pages = max(1, self.pages if pages is None else pages)
            now = self.clock()
            interval = DAY_S * pages / (self.daily_cap * self.share)
            if self.daily_remaining is not None and self.daily_remaining_at is not None:
                left = _seconds_to_utc_midnight(self.daily_remaining_at) - (now - self.daily_remaining_at)
                if left > 0:
                    usable = max(1.0, self.daily_remaining * self.share)
                    interval = max(interval, left * pages / usable)
            return max(self.min_interval, interval)

    def sentence(self) -> str:
        """The budget in words, for the status line and the CLI."""
        interval = self.refresh_interval()
        with self._lock:
            cap = f"{self.daily_cap:,}"
            use = f"{round(self.daily_cap * self.share):,}"
            pages = self.pages
            people = self.participants
            left = self.daily_remaining
            exhausted = self.exhausted_until
        parts = [
            f"Zoom dashboard budget: {cap} requests/day ({self.plan.capitalize()} plan, shared by every app of the account); "
            f"HostGuard uses at most {round(self.share * 100)}% ({use}/day)",
            f"a full refresh is {pages} page{'s' if pages != 1 else ''} ({people} participant{'s' if people != 1 else ''}), "
            f"so the list refreshes every {duration(interval)}",
        ]
        if left is not None:
            parts.append(f"Zoom reports {left:,} requests left today")
        if exhausted is not None and exhausted > self.clock():
            parts.append(
                "the daily cap is used up until "
                + dt.datetime.fromtimestamp(exhausted, dt.UTC).strftime("%H:%M UTC")
            )
        return "; ".join(parts) + "."


# -- errors ------------------------------------------------------------------------------------------
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


def retry_after_seconds(value: str | None, now: float) -> float | None:
    """Seconds from a ``Retry-After``: delta-seconds, an HTTP date, or (Zoom's daily limits) an
    ISO 8601 time such as "2026-12-02T00:00:00Z"; None when unreadable."""
    wait = parse_retry_after(value, now=now)
    if wait is not None or not value:
        return wait
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, when.timestamp() - now)


class MeetingUpdateLog:
    """The meeting updates (PATCHes) HostGuard made in the last 24 hours, per meeting number:
    Zoom allows 100 a day per meeting. Kept in a small JSON file when given one (so a restart
    does not forget them), in memory otherwise; a damaged or unreadable file counts as empty,
    with a warning (Zoom's own 429 still stops a 101st update)."""

    def __init__(self, path: str | os.PathLike[str] | None = None, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.clock = clock
        self._lock = threading.Lock()
        self._times: dict[str, list[float]] = {}
        self._blocked_until: dict[str, float] = {}
        if path is not None:
            self._load()

    def _load(self) -> None:
        try:
            with open(self.path, encoding="utf-8") as f:  # type: ignore[arg-type]
                data = json.load(f)
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            log.warning("the record of Zoom meeting updates could not be read; counting from zero")
            return
        if isinstance(data, dict):
            for key, times in data.items():
                if isinstance(key, str) and isinstance(times, list):
                    self._times[key] = [float(t) for t in times if isinstance(t, int | float) and not isinstance(t, bool)][-500:]

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            os.makedirs(os.path.dirname(os.fspath(self.path)) or ".", exist_ok=True)
            tmp = f"{os.fspath(self.path)}.tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(self._times, f)
            os.replace(tmp, self.path)
        except OSError:
            log.warning("the record of Zoom meeting updates could not be saved")

    def _recent(self, number: int) -> list[float]:
        now = self.clock()
        times = [t for t in self._times.get(str(number), []) if now - t < DAY_S]
        self._times[str(number)] = times
        return times

    def used(self, number: int) -> int:
        with self._lock:
            if self._blocked_until.get(str(number), 0.0) > self.clock():
                return MEETING_UPDATES_PER_DAY
            return len(self._recent(number))

    def note(self, number: int) -> None:
        with self._lock:
            self._recent(number).append(self.clock())
            self._save()

    def note_refused(self, number: int, until: float) -> None:
        """Zoom said the meeting's daily updates are used up (until then)."""
        with self._lock:
            self._blocked_until[str(number)] = until

    def sentence(self, number: int) -> str:
        used = self.used(number)
        if used >= MEETING_UPDATES_PER_DAY:
            return (
                f"Zoom allows {MEETING_UPDATES_PER_DAY} updates of a meeting in 24 hours and they are used up: "
                "the meeting's country policy cannot be changed until the 24 hours have passed"
            )
        if used >= MEETING_UPDATES_WARN_AT:
            return (
                f"HostGuard has updated this meeting {used} times in 24 hours; Zoom allows "
                f"{MEETING_UPDATES_PER_DAY}, then refuses further changes to its country policy for the day"
            )
        return ""


def _is_expired_page_token(exc: ServiceError) -> bool:
    problem = getattr(exc, "problem", None)
    msg = problem.get("message") if isinstance(problem, dict) else ""
    msg = (msg if isinstance(msg, str) else "").lower()
    code = problem.get("code") if isinstance(problem, dict) else None
    if exc.status not in (400, 404, 410):
        return False
    return "next page token" in msg or "next_page_token" in msg or (code == 300 and "token" in msg)


# -- the adapter ------------------------------------------------------------------------------------
class ZoomAdapter(Adapter):
    """Zoom through its REST API: live list with addresses, country policy, registrants."""

    name = "zoom"
    capabilities = frozenset(
        {Capability.LIST_WITH_ADDRESSES, Capability.LIST, Capability.COUNTRY_POLICY, Capability.DENY_REGISTRANT}
    )

    def __init__(
        self,
        url: str | None,
        credentials: Mapping[str, str],
        *,
        plan: str = "business",
        daily_cap: int | None = None,
        budget_share: float = 0.5,
        min_refresh: float = 5.0,
        clock: Callable[[], float] = time.time,
        update_log: str | os.PathLike[str] | None = None,
        **http_options: Any,
    ) -> None:
        missing = [k for k in ("account_id", "client_id", "client_secret") if not (credentials.get(k) or "").strip()]
        if missing:
            raise ConfigurationError(
                "Zoom needs the Server-to-Server OAuth app's " + ", ".join(m.replace("_", " ") for m in missing)
                + " (ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET, or `hostguard credentials set --service zoom`)"
            )
        self._account_id = credentials["account_id"].strip()
        self._client_id = credentials["client_id"].strip()
        self._client_secret = credentials["client_secret"].strip()
        if url:
            root = url.rstrip("/")
            api, oauth = root + "/v2", root + "/oauth/token"
        else:
            api, oauth = ZOOM_API, ZOOM_OAUTH
        self.budget = ZoomRateBudget(plan, daily_cap=daily_cap, share=budget_share, min_interval=min_refresh, clock=clock)
        self.clock = clock
        http_options.setdefault("rate", self.budget.qps)
        http_options.setdefault("burst", max(1, int(self.budget.qps)))
        self._token: str | None = None
        self._token_expires = 0.0  # time.monotonic()
        self._token_fetched = -1e9
        self._token_lock = threading.Lock()
        # The account id travels in the sign-in URL's query (as Zoom documents it), so every
        # form it takes there is scrubbed from logs (urllib3 logs request URLs at debug level).
        account_forms = tuple({self._account_id, quote(self._account_id, safe=""), quote_plus(self._account_id)})
        secrets = lambda: (self._client_secret, self._token or "", *account_forms)  # noqa: E731
        try:
            self.http = ServiceHTTP(
                api, service="Zoom", auth=self._auth_header, reauth=self._reauth, secrets=secrets, **http_options
            )
            self._oauth = ServiceHTTP(oauth, service="Zoom sign-in", secrets=secrets, max_attempts=4, deadline=20.0)
        except ValueError as exc:
            raise ConfigurationError(f"--url: {exc}") from None
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._ruleset: Any = None
        self._policy_done: dict[str, PolicyChange] = {}
        self._policy_lock = threading.Lock()
        self._rosters: dict[str, tuple[float, list[ZoomParticipant]]] = {}
        self._known: dict[tuple[str, str], ZoomParticipant] = {}
        self._manual: dict[str, dict[str, ZoomParticipant]] = {}
        # meeting -> (read at, e-mail -> registrant id | None when the meeting has no registration)
        self._registrants: dict[str, tuple[float, dict[str, str] | None]] = {}
        self._denied_people: set[tuple[str, str]] = set()
        self._reported: dict[tuple[str, int], PolicyChange] = {}
        self.policy_changes: list[PolicyChange] = []
        self._resolved: dict[str, ZoomMeeting] = {}
        self._alternative_hosts: dict[str, tuple[str, ...]] = {}
        self.updates = MeetingUpdateLog(update_log, clock)

    def __repr__(self) -> str:
        return f"<ZoomAdapter {self.http.base_url}>"

    @property
    def account_identity(self) -> str:
        """Which Zoom account this adapter acts for, as a one-way hash (the account id itself
        is kept out of files): the engine ties a state directory to it (`Store.bind`)."""
        return "zoom:" + hashlib.sha256(b"hostguard-account\0" + self._account_id.encode()).hexdigest()[:32]

    # -- authentication -------------------------------------------------------------------------
    def _fetch_token(self) -> None:
        basic = base64.b64encode(f"{self._client_id}:{self._client_secret}".encode()).decode("ascii")
        try:
            r = self._oauth.request(
                "POST",
                "",
                params={"grant_type": "account_credentials", "account_id": self._account_id},
                headers={"Authorization": f"Basic {basic}"},
            )
        except ServiceError as exc:
            if exc.status in (400, 401, 403):
                problem = getattr(exc, "problem", None)
                reason = ""
                if isinstance(problem, dict):
                    r_ = problem.get("reason") or problem.get("error_description") or problem.get("message") or problem.get("error")
                    reason = self.http.scrub(r_[:200]) if isinstance(r_, str) else ""
                raise AuthError(
                    "Zoom refused the app credentials"
                    + (f" ({reason})" if reason else "")
                    + ": check the account ID, client ID and client secret of the Server-to-Server OAuth app",
                    status=exc.status,
                ) from None
            raise
        data = r.data if isinstance(r.data, dict) else {}
        token = data.get("access_token")
        if not isinstance(token, str) or not token:
            raise AuthError("Zoom's sign-in answered without an access token")
        expires = data.get("expires_in")
        if isinstance(expires, bool) or not isinstance(expires, int | float) or expires <= 0:
            expires = 3600
        self._token = token
        now = time.monotonic()
        self._token_fetched = now
        # Renew five minutes early; a short-lived token renews at 90% of its life instead.
        margin = min(RENEW_MARGIN_S, float(expires) * 0.1) if expires <= 3 * RENEW_MARGIN_S else RENEW_MARGIN_S
        self._token_expires = now + float(expires) - margin

    def _auth_header(self) -> dict[str, str]:
        with self._token_lock:
            if self._token is None or time.monotonic() >= self._token_expires:
                self._fetch_token()
            return {"Authorization": f"Bearer {self._token}"}

    def _reauth(self) -> None:
        """Zoom said 401 (code 124): get a new token (S2S tokens do not revoke each other, so
        two threads renewing at once cost one extra token request, nothing more)."""
        with self._token_lock:
            self._fetch_token()

    # -- meeting ids ----------------------------------------------------------------------------
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
                data = self._get_page(f"/metrics/{kind}/{encode_meeting_id(given)}", {"type": "live"})
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

    # -- rules ------------------------------------------------------------------------------------
    def use_ruleset(self, ruleset: Any) -> None:
        """The rules in force (the country policy is derived from them). No network."""
        with self._policy_lock:
            if ruleset is not self._ruleset:
                self._ruleset = ruleset
                self._policy_done.clear()

    # -- roster -----------------------------------------------------------------------------------
    def list_participants(self, meeting_id: str) -> list[RemoteParticipant]:
        return self.fetch_roster(meeting_id).participants

    def fetch_roster(self, meeting_id: str, *, force: bool = False) -> RosterSnapshot:
        """The live list. Within the budget's refresh interval the previous list is returned
        (no request): the budget is kept whatever the caller's polling rate."""
        now = self.clock()
        with self._lock:
            cached = self._rosters.get(meeting_id)
        if cached is not None and not force:
            fetched_at, people = cached
            exhausted = self.budget.exhausted_until
            if now - fetched_at < self.budget.refresh_interval() or (exhausted is not None and now < exhausted):
                return RosterSnapshot(list(people), None)
        people = self._fetch_live(meeting_id)
        present = [p for p in people if p.status != "left"]
        with self._lock:
            self._rosters[meeting_id] = (self.clock(), present)
            for p in people:
                self._known[(meeting_id, p.id)] = p
        return RosterSnapshot(list(present), None)

    def _fetch_live(self, meeting_id: str) -> list[ZoomParticipant]:
        exhausted = self.budget.exhausted_until
        if exhausted is not None and self.clock() < exhausted:
            raise ServiceError(self._exhausted_message(exhausted), status=429, retryable=True)
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
                    data = self._get_page(path, params)
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

    def _get_page(self, path: str, params: Mapping[str, Any]) -> Any:
        """One dashboard request; 429 handled here (QPS: wait and retry; daily cap: stop)."""
        for attempt in range(4):
            r = self.http.request("GET", path, params=params, ok=(200, 429))
            self.budget.observe(r.headers)
            if r.status == 200:
                return r.data
            wait = retry_after_seconds(r.headers.get("Retry-After"), self.clock())
            kind = (r.headers.get("X-RateLimit-Type") or "").lower()
            message = r.data.get("message") if isinstance(r.data, dict) else None
            daily = kind.startswith("daily") or (isinstance(message, str) and "daily" in message.lower())
            if daily or (wait is not None and wait > 60):
                until = self.clock() + (wait if wait is not None else _seconds_to_utc_midnight(self.clock()))
                self.budget.note_exhausted(until)
                raise ServiceError(self._exhausted_message(until), status=429, retryable=True)
            if attempt == 3:
                break
            if self._cancel.wait(min(wait if wait is not None else 1.0, 10.0)):
                raise UnreachableError("Zoom: request cancelled")
        raise UnreachableError("Zoom kept answering 'too many requests' (per-second limit); trying again later", status=429, retryable=True)

    def _exhausted_message(self, until: float) -> str:
        when = dt.datetime.fromtimestamp(until, dt.UTC).strftime("%H:%M UTC")
        return (
            "Zoom's daily limit for dashboard requests is used up (every app of this Zoom account shares it); "
            f"the participant list is not refreshed until {when}"
        )

    def refresh_interval(self) -> float:
        """Seconds between full refreshes that fit the daily budget."""
        return self.budget.refresh_interval()

    def budget_sentence(self) -> str:
        return self.budget.sentence()

    def status_note(self, meeting_id: str | None = None) -> str:
        """What the host should know about this service, for the UI/CLI status text."""
        webinar = bool(meeting_id) and meeting_id.startswith(WEBINAR_PREFIX)  # type: ignore[union-attr]
        text = (
            "Zoom cannot remove people already in the meeting through its API: those the rules remove are "
            f"listed to {MANUAL_SENTENCE}; "
            + (
                "Zoom's API has no country policy for webinars, so none is set. "
                if webinar
                else "the meeting's own country policy refuses new joiners. "
            )
        )
        updates = self.update_sentence(meeting_id) if meeting_id and not webinar else ""
        if updates:
            text += updates + ". "
        return text + self.budget_sentence()

    def role_note(self, meeting_id: str | None = None) -> str:
        """Zoom's dashboard does not report co-hosts; how to exempt them (by e-mail), with the
        meeting's alternative hosts when Zoom gave them. No network."""
        text = (
            "Zoom's dashboard reports only the roles host and attendee (and panelist in webinars): co-hosts "
            "are listed as attendees, so the rules cannot exempt them by role. Exempt them by e-mail (the "
            "rules' [exempt] emails); Zoom gives the e-mail of people in the host's own account, not always "
            "of others."
        )
        alternates = self.alternative_hosts(meeting_id) if meeting_id else ()
        if alternates:
            text += f" This meeting's alternative hosts, to exempt by e-mail: {', '.join(alternates)}."
        return text

    def alternative_hosts(self, meeting_id: str) -> tuple[str, ...]:
        """The e-mail addresses in the meeting's ``settings.alternative_hosts`` as last read
        (entries that are user ids, not addresses, are left out). No network."""
        with self._lock:
            return self._alternative_hosts.get(meeting_id, ())

    def _note_alternative_hosts(self, meeting_id: str, settings: Any) -> None:
        raw = settings.get("alternative_hosts") if isinstance(settings, dict) else None
        if not isinstance(raw, str):
            return
        emails = []
        # Meetings separate them with ";", webinars with "," (as the description says for each).
        for part in re.split(r"[;,]", raw)[:50]:
            part = part.strip()
            if "@" in part and 3 <= len(part) <= MAX_EMAIL and not any(c.isspace() or ord(c) < 32 for c in part):
                emails.append(part)
        with self._lock:
            self._alternative_hosts[meeting_id] = tuple(dict.fromkeys(emails))

    def update_sentence(self, meeting_id: str) -> str:
        """The warning about Zoom's 100 meeting updates a day, once it matters ("" before)."""
        with self._lock:
            target = self._resolved.get(meeting_id)
        return self.updates.sentence(target.number) if target is not None else ""

    def manual_removals(self, meeting_id: str) -> list[ZoomParticipant]:
        """Participants the rules remove who are still in the latest list: for the host to remove
        in the Zoom client (one entry per person, the latest session)."""
        with self._lock:
            listed = self._manual.get(meeting_id, {})
            cached = self._rosters.get(meeting_id)
            present = {p.person_key: p for p in (cached[1] if cached else []) if p.status in ("joined", "waiting")}
        out = []
        for key in listed:
            if key in present:
                out.append(present[key])
        return out

    # -- actions -----------------------------------------------------------------------------------
    def support(self, action: str) -> tuple[str, str]:
        if action in ("remove", "block"):
            # "send": the adapter does what Zoom allows (policy, registrant) and answers "manual".
            return "send", (
                f"Zoom cannot remove people already in the meeting through its API: {MANUAL_SENTENCE}; "
                "new joiners from the rules' countries are refused by the meeting's own country policy"
            )
        if action == "waiting_room":
            return UNSUPPORTED, "Zoom's API cannot move someone already in the meeting to the waiting room (only the Zoom client can)"
        if action == "admit":
            return UNSUPPORTED, "Zoom's API cannot admit someone from the waiting room (only the Zoom client can)"
        return UNSUPPORTED, f"'{action}' is not a participant action"

    def plan(self, actions: Iterable[str]) -> list[str]:
        out = []
        for action in sorted(set(actions)):
            if action in ("remove", "block"):
                text = (
                    f"{action}: Zoom cannot remove people already in the meeting: they are listed for you to "
                    f"{MANUAL_SENTENCE}"
                )
                with self._policy_lock:
                    rs = self._ruleset
                if rs is not None:
                    want = desired_policy(rs)
                    if want.method == "deny":
                        text += f"; new joiners from {', '.join(sorted(want.countries))} will be refused by the meeting's own country policy"
                    elif want.method == "approve":
                        text += f"; the meeting's own country policy will admit new joiners only from {', '.join(sorted(want.countries))}"
                    if want.method is not None:
                        text += " (meetings only: Zoom's API has no country policy for webinars)"
                    if want.notes:
                        text += " (" + "; ".join(want.notes) + ")"
                    text += (
                        "; a registrant with a matching e-mail has the registration cancelled (approved) "
                        "or denied (pending)"
                    )
                out.append(text)
            else:
                _, sentence = self.support(action)
                out.append(f"{action}: not supported ({sentence})")
        return out

    def apply_rules(self, meeting_id: str, ruleset: Any = None) -> PolicyChange:
        """Set the meeting's country policy from the rules (merged with the host's policy).

        Idempotent per rule set: the second call returns the first result without requests.
        A change counts as made only when the meeting, read back, has it. A webinar has no
        country policy in Zoom's API: nothing is sent, and the result says so.
        """
        if ruleset is not None:
            self.use_ruleset(ruleset)
        with self._policy_lock:
            done = self._policy_done.get(meeting_id)
            if done is not None:
                return done
            rs = self._ruleset
            if rs is None:
                change = PolicyChange(
                    meeting_id, False, False,
                    "the meeting's country policy was not changed: HostGuard was not given the rules", None, None,
                )  # fmt: skip
                return change
            want = desired_policy(rs)
            if want.method is None:
                change = PolicyChange(meeting_id, False, False, merge_policy(None, want).sentence, None, None, want.notes)
                self._policy_done[meeting_id] = change
                return change
            target = self.resolve(meeting_id)
            if target.webinar:
                change = PolicyChange(meeting_id, False, False, NO_WEBINAR_POLICY, None, None, want.notes)
                log.info("Zoom webinar %s: %s", target.number, NO_WEBINAR_POLICY)
                self._policy_done[meeting_id] = change
                self.policy_changes.append(change)
                return change
            raw_settings = self._meeting_settings(meeting_id)
            existing = policy_from_settings(raw_settings)
            merge = merge_policy(existing, want)
            previous_raw = raw_settings.get("approved_or_denied_countries_or_regions") if isinstance(raw_settings, dict) else None
            previous = PolicyRecord(meeting_id, dict(previous_raw) if isinstance(previous_raw, dict) else None)
            if merge.new is None:
                change = PolicyChange(meeting_id, False, merge.conflict, merge.sentence, None, existing, want.notes)
            else:
                change = self._change_policy(meeting_id, target, merge, previous, want)
            self._policy_done[meeting_id] = change
            self.policy_changes.append(change)
            return change

    def _change_policy(
        self, meeting_id: str, target: ZoomMeeting, merge: PolicyMerge, previous: PolicyRecord, want: DesiredPolicy
    ) -> PolicyChange:
        """PATCH the merged policy, read the meeting back, and say what is true now."""
        new = merge.new
        assert new is not None
        if self.updates.used(target.number) >= MEETING_UPDATES_PER_DAY:
            return PolicyChange(
                meeting_id, False, True, f"not changed: {self.updates.sentence(target.number)}", None, None, want.notes
            )
        refused = self._patch_policy(meeting_id, new.to_settings())
        if refused:
            return PolicyChange(meeting_id, False, True, f"not changed: {refused}", None, None, want.notes)
        now = self._read_policy(meeting_id) or ZoomPolicy()
        if (now.enable, now.method, now.active_list) != (new.enable, new.method, new.active_list):
            sentence = (
                f"not changed: Zoom accepted the update, but the meeting read back {now.describe()} instead of "
                f"{new.describe()}, so HostGuard does not count it as applied"
            )
            log.warning("Zoom meeting %s: %s", target.number, sentence)
            return PolicyChange(meeting_id, False, True, sentence, None, now, want.notes)
        sentence = merge.sentence
        warn = self.updates.sentence(target.number)
        if warn:
            sentence += f" ({warn})"
        log.info("Zoom meeting %s: %s", target.number, sentence)
        return PolicyChange(meeting_id, True, False, sentence, previous, now, want.notes)

    def previous_policy_from_audit(self, meeting_id: str, detail: str) -> PolicyRecord | None:
        """The previous policy that `PolicyChange.detail` wrote into the audit trail, so that
        it can be restored after a restart; None when the detail holds none (or is damaged)."""
        at = detail.rfind(PREVIOUS_POLICY_MARKER)
        if at < 0:
            return None
        try:
            settings, _end = json.JSONDecoder().raw_decode(detail, at + len(PREVIOUS_POLICY_MARKER))
        except ValueError:
            return None
        if settings is not None and not isinstance(settings, dict):
            return None
        return PolicyRecord(meeting_id, settings)

    def restore_policy(self, previous: PolicyRecord) -> ZoomPolicy:
        """Put a meeting's country policy back as it was (from `PolicyChange.previous`)."""
        settings = previous.settings if previous.settings is not None else {"enable": False}
        refused = self._patch_policy(previous.meeting_id, settings)
        if refused:
            raise ServiceError(f"restoring the Zoom meeting's country policy: {refused}", status=429)
        with self._policy_lock:
            self._policy_done.pop(previous.meeting_id, None)
        return self._read_policy(previous.meeting_id) or ZoomPolicy()

    def _meeting_target(self, meeting_id: str) -> ZoomMeeting:
        target = self.resolve(meeting_id)
        if target.webinar:
            raise ServiceError(NO_WEBINAR_POLICY)
        return target

    def _meeting_settings(self, meeting_id: str) -> dict[str, Any]:
        target = self.resolve(meeting_id)
        read = SCOPES["webinar_read" if target.webinar else "meeting_read"]
        try:
            data = self.http.request("GET", target.object_path).data
        except ServiceError as exc:
            raise zoom_error(exc, f"reading the Zoom {target.kind[:-1]}", read) from None
        settings = data.get("settings") if isinstance(data, dict) else None
        self._note_alternative_hosts(meeting_id, settings)
        return settings if isinstance(settings, dict) else {}

    def _read_policy(self, meeting_id: str) -> ZoomPolicy | None:
        self._meeting_target(meeting_id)
        return policy_from_settings(self._meeting_settings(meeting_id))

    def _patch_policy(self, meeting_id: str, policy: Mapping[str, Any]) -> str:
        """PATCH the meeting's country policy; "" when Zoom accepted it, else why not (Zoom's
        limit of 100 updates a day). Other refusals raise."""
        target = self._meeting_target(meeting_id)
        body = {"settings": {"approved_or_denied_countries_or_regions": dict(policy)}}
        what = "changing the Zoom meeting's country policy"
        for attempt in range(4):
            try:
                r = self.http.request("PATCH", target.object_path, json_body=body, ok=(200, 204, 429))
            except ServiceError as exc:
                raise zoom_error(exc, what, SCOPES["meeting_write"]) from None
            if r.status != 429:
                self.updates.note(target.number)
                return ""
            wait = retry_after_seconds(r.headers.get("Retry-After"), self.clock())
            kind = (r.headers.get("X-RateLimit-Type") or "").lower()
            if kind.startswith("daily") or (wait is not None and wait > 60):
                until = self.clock() + (wait if wait is not None else DAY_S)
                self.updates.note_refused(target.number, until)
                when = dt.datetime.fromtimestamp(until, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
                return (
                    f"Zoom refused the update: a meeting can be updated {MEETING_UPDATES_PER_DAY} times in "
                    f"24 hours and this meeting's are used up (until about {when})"
                )
            if attempt < 3 and self._cancel.wait(min(wait if wait is not None else 1.0, 10.0)):
                raise UnreachableError("Zoom: request cancelled")
        raise UnreachableError(f"{what}: Zoom kept answering 'too many requests'; trying again later", status=429, retryable=True)

    def get_policy(self, meeting_id: str) -> Policy:
        p = self._read_policy(meeting_id) or ZoomPolicy()
        return Policy(p.enable, p.method, p.active_list)

    def set_policy(self, meeting_id: str, policy: Policy) -> Policy:
        existing = self._read_policy(meeting_id) or ZoomPolicy()
        codes = tuple(sorted({c.upper() for c in policy.countries}))
        if policy.method == "deny":
            new = replace(existing, enable=policy.enabled, method="deny", denied_list=codes)
        elif policy.method == "approve":
            new = replace(existing, enable=policy.enabled, method="approve", approved_list=codes)
        else:
            raise ConfigurationError(f"a country policy method is 'deny' or 'approve', not {policy.method!r}")
        refused = self._patch_policy(meeting_id, new.to_settings())
        if refused:
            raise ServiceError(refused, status=429)
        return self.get_policy(meeting_id)

    def _registrant_index(self, meeting_id: str, *, fresh: bool = False) -> dict[str, tuple[str, str]] | None:
        """e-mail -> (registrant id, status) for the approved and pending registrants (None:
        the meeting has no registration)."""
        with self._lock:
            cached = self._registrants.get(meeting_id)
            if not fresh and cached is not None and self.clock() - cached[0] < REGISTRANTS_TTL_S:
                return cached[1]
        target = self.resolve(meeting_id)
        index: dict[str, tuple[str, str]] | None = {}
        path = f"{target.object_path}/registrants"
        try:
            for status in ("approved", "pending"):
                token: str | None = None
                tokens = PageLoop("Zoom", "registrant list")
                for page in range(1, 1001):
                    params: dict[str, Any] = {"status": status, "page_size": PAGE_SIZE}
                    if token:
                        params["next_page_token"] = token
                    data = self.http.request("GET", path, params=params).data
                    items = data.get("registrants") if isinstance(data, dict) else None
                    for raw in items if isinstance(items, list) else []:
                        if isinstance(raw, dict) and isinstance(raw.get("email"), str) and isinstance(raw.get("id"), str):
                            index[raw["email"].strip().lower()] = (raw["id"][:MAX_ID], status)  # type: ignore[index]
                    token = data.get("next_page_token") if isinstance(data, dict) else None
                    if not isinstance(token, str) or not token:
                        break
                    tokens.follow(token, page)
        except (AuthError, UnreachableError):
            raise
        except ServiceError as exc:
            # Registration not enabled for this meeting (or not a registration meeting).
            log.info(
                "Zoom meeting %s: registrants not available (%s)",
                target.number,
                f"HTTP {exc.status}" if exc.status is not None else exc,
            )
            index = None
        with self._lock:
            self._registrants[meeting_id] = (self.clock(), index)
        return index

    def _end_registration(self, meeting_id: str, p: ZoomParticipant | None) -> str:
        """Cancel the person's approved registration, or deny a pending one (the actions Zoom's
        description gives for each), then read the list back: only a registration that left the
        approved/pending lists is reported as ended."""
        if p is None or not p.email:
            return "Zoom gave no e-mail address for this person, so no registration can be matched"
        with self._lock:
            if (meeting_id, p.person_key) in self._denied_people:
                return "registration already ended"
        index = self._registrant_index(meeting_id)
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
            after = self._registrant_index(meeting_id, fresh=True)
        except ServiceError as exc:
            if isinstance(exc, AuthError | UnreachableError):
                raise
            return f"ending the registration failed: {zoom_error(exc, 'Zoom', write).args[0]}"
        still = (after or {}).get(p.email.strip().lower())
        if still is not None and still[1] == status:
            return f"Zoom accepted the request to {action} the registration, but it is still {status}"
        with self._lock:
            self._denied_people.add((meeting_id, p.person_key))
        return f"{done} (cannot rejoin with it)"

    def act(self, meeting_id: str, participant_id: str, action: str, idempotency_key: str, reason: str = "") -> ActionResult:
        kind, sentence = self.support(action)
        if kind == UNSUPPORTED:
            return ActionResult(UNSUPPORTED, sentence)
        with self._lock:
            p = self._known.get((meeting_id, participant_id))
        try:
            change = self.apply_rules(meeting_id)
        except (AuthError, UnreachableError):
            raise  # the engine resends later (same key)
        except ServiceError as exc:
            if exc.retryable:
                raise
            # Zoom refused the policy itself: say so once per rule set, keep listing people.
            change = PolicyChange(meeting_id, False, True, f"Zoom refused the country policy: {exc}", None, None)
            with self._policy_lock:
                self._policy_done[meeting_id] = change
                self.policy_changes.append(change)
        registrant = self._end_registration(meeting_id, p)
        again = ""
        if p is not None:
            with self._lock:
                listed = self._manual.setdefault(meeting_id, {})
                earlier = listed.get(p.person_key)
                if earlier is not None and earlier.id != p.id:
                    # A rejoin: Zoom gave the person a new id; the host's list keeps one entry.
                    again = "the same person as an earlier session (rejoined); "
                listed[p.person_key] = p
        with self._lock:
            # The whole story (with the previous policy, for the audit trail) once; then short.
            first = (meeting_id, id(change)) not in self._reported
            self._reported[(meeting_id, id(change))] = change  # kept alive: ids stay unique
        if first:
            detail = f"{again}{MANUAL_SENTENCE} (Zoom's API cannot remove people already in the meeting); {change.detail()}; {registrant}"
        else:
            detail = f"{again}{MANUAL_SENTENCE}; {registrant}; {change.short()}"
        return ActionResult(MANUAL, detail, status=None)

    def act_many(self, meeting_id: str, requests: Sequence[ActionRequest]) -> list[ActionResult]:
        return [self.act(meeting_id, r.participant_id, r.action, r.idempotency_key, r.reason) for r in requests]

    # -- connection ----------------------------------------------------------------------------------
    def test_connection(self, meeting_id: str) -> str:
        target = self.resolve(meeting_id)
        read = SCOPES["webinar_read" if target.webinar else "meeting_read"]
        try:
            data = self.http.request("GET", target.object_path).data
        except ServiceError as exc:
            raise zoom_error(exc, f"reading the Zoom {target.kind[:-1]}", read) from None
        topic = data.get("topic") if isinstance(data, dict) and isinstance(data.get("topic"), str) else ""
        kind = "webinar" if target.webinar else "meeting"
        what = f"Zoom {kind} '{topic}'" if topic else f"Zoom {kind} {target.given}"
        if target.uuid or target.dashboard != str(target.number):
            what += f" (number {target.number})"
        settings = data.get("settings") if isinstance(data, dict) else None
        self._note_alternative_hosts(meeting_id, settings)
        if target.webinar:
            return f"Connected to {what} at {self.http.host}; Zoom's API has no country policy for webinars."
        pol = policy_from_settings(settings)
        return f"Connected to {what} at {self.http.host}; its country policy: {(pol or ZoomPolicy()).describe()}."

    @property
    def http_state(self) -> HTTPState:
        return replace(self.http.state, budget=self.budget_sentence())

    def subscribe_state(self, callback: Callable[[HTTPState], None]) -> None:
        self.http.subscribe(lambda _st: callback(self.http_state))

    def cancel_pending(self) -> None:
        self._cancel.set()
        self.http.cancel()
        self._oauth.cancel()

    def resume(self) -> None:
        self._cancel.clear()
        self.http.resume()
        self._oauth.resume()

    def close(self) -> None:
        self._cancel.set()
        self.http.close()
        self._oauth.close()
        self._token = None


def make_adapter(
    url: str | None,
    credentials: Mapping[str, str],
    environ: Mapping[str, str] | None = None,
    *,
    plan: str | None = None,
    daily_cap: int | None = None,
) -> ZoomAdapter:
    """The factory hook `hostguard.services.make_adapter` looks for.

    The account's plan sets the daily cap the refresh rate is budgeted against. ``plan``
    (free | pro | business | enterprise) and ``daily_cap`` (requests/day, when the account's
    real cap is known) come from the caller (the app's settings) when given, else from
    ``HOSTGUARD_ZOOM_PLAN`` and ``HOSTGUARD_ZOOM_DAILY_CAP``; the plan defaults to business.
    """
    env = os.environ if environ is None else environ
    if plan is None:
        plan = env.get("HOSTGUARD_ZOOM_PLAN") or "business"
    plan = plan.strip().lower()
    if daily_cap is None:
        cap_text = (env.get("HOSTGUARD_ZOOM_DAILY_CAP") or "").strip()
        if cap_text:
            try:
                daily_cap = int(cap_text.replace(",", "").replace("_", ""))
            except ValueError:
                raise ConfigurationError(
                    f"HOSTGUARD_ZOOM_DAILY_CAP: expected a whole number of requests per day, not {cap_text[:20]!r}"
                ) from None
    elif isinstance(daily_cap, bool) or not isinstance(daily_cap, int):
        raise ConfigurationError("the Zoom daily request cap must be a whole number of requests per day")
    return ZoomAdapter(url, credentials, plan=plan, daily_cap=daily_cap, update_log=default_update_log())


def default_update_log() -> str:
    """Where the count of meeting updates (Zoom allows 100 a day per meeting) is kept across
    restarts: HostGuard's state folder."""
    import platformdirs

    return os.path.join(platformdirs.user_state_dir("HostGuard"), "zoom-meeting-updates.json")


__all__ = [
    "MANUAL_SENTENCE",
    "MEETING_UPDATES_PER_DAY",
    "NO_WEBINAR_POLICY",
    "PARTICIPANT_FIELDS",
    "ROLE_MAP",
    "STATUS_MAP",
    "WEBINAR_PREFIX",
    "MeetingUpdateLog",
    "PolicyChange",
    "PolicyRecord",
    "ZoomAdapter",
    "ZoomMeeting",
    "ZoomParticipant",
    "ZoomPolicy",
    "ZoomRateBudget",
    "desired_policy",
    "encode_meeting_id",
    "make_adapter",
    "meeting_number",
    "merge_policy",
    "missing_scopes",
    "object_path",
    "parse_location",
    "parse_participant",
    "person_key",
]
