"""Zoom's dashboard answers read into participants: meeting ids, locations, people's keys.

Facts (Zoom's own API description, whose parts HostGuard reads are written out as schemas in
tests/contract/zoom_schemas.py; when our reading and Zoom's differ, Zoom's wins):

* Meeting ids. ``GET``/``PATCH /meetings/{meetingId}`` and the registrant calls take the
  meeting *number* (int64) only; the dashboard takes the number or the meeting's UUID
  (`ZoomMeeting`). Meeting UUIDs that start with "/" or contain "//" are URL-encoded twice, as
  Zoom requires (`encode_meeting_id`).
* People are keyed on ``participant_user_id`` (the deprecated ``id`` when it is missing), else
  the e-mail, else display name and address together, else the session's ``user_id``: never on
  an empty field (Zoom leaves ``email``, ``id`` and ``participant_user_id`` empty for people
  outside the host's account, and ``user_name``, ``ip_address``, ``location`` may be empty).
* Roles: the dashboard reports ``host`` and ``attendee`` only (webinars add ``panelist``).
* Vendor data is never trusted: blank, missing or wrongly typed fields are normalised or the
  participant skipped, with one logged warning per listing that names fields, never values.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from hostguard.core.countries import all_countries, country
from hostguard.services.base import RemoteParticipant
from hostguard.services.vendor_common import (
    MAX_ADDRESS,
    MAX_EMAIL,
    MAX_ID,
    MAX_LOCATION,
    MAX_NAME,
    Warnings,
    bounded,
    capped,
    field_text,
    type_name,
)

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

_LOCATION_CODE = re.compile(r"\(\s*([A-Za-z]{2})\s*\)\s*$")


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
