"""The Zoom adapter: the live participant list from Zoom's dashboard API, and what Zoom's REST
API can enforce (the meeting's own country policy, denying registrants).

What Zoom allows, and so what this adapter does (facts: docs/reference meeting-services.md):

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

from hostguard.core.countries import all_countries, continent_of, country
from hostguard.core.participants import normalise_role
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
    4711: "the Zoom app lacks a scope it needs (dashboard_meetings:read:admin or dashboard:read:list_meeting_participants:admin, and meeting:write:admin for the country policy)",
}

STATUS_MAP = {
    "in_meeting": "joined",
    "inmeeting": "joined",
    "joined": "joined",
    "in_waiting_room": "waiting",
    "waiting": "waiting",
    "waiting_room": "waiting",
}

_LOCATION_CODE = re.compile(r"\(\s*([A-Za-z]{2})\s*\)\s*$")


# -- small helpers ----------------------------------------------------------------------------
WEBINAR_PREFIX = "webinar:"  # a meeting id "webinar:<id>" names a Zoom webinar


def object_path(meeting_id: str) -> str:
    """The REST path of the meeting, or of the webinar for an id "webinar:<id>": Zoom serves
    webinars under /webinars (and /metrics/webinars) with the same shapes as meetings."""
    if meeting_id.startswith(WEBINAR_PREFIX):
        return f"/webinars/{encode_meeting_id(meeting_id[len(WEBINAR_PREFIX):])}"
    return f"/meetings/{encode_meeting_id(meeting_id)}"


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
    """One person across leave/rejoin (Zoom gives each session a new participant id).

    Zoom's stable account id (``id``, blank for guests since March 2023) first, then the
    e-mail, then display name + address (hashed: the key is stored, the address need not be).
    """
    if account_id:
        return "zoom:" + account_id
    if email:
        return "email:" + email.strip().lower()
    if name:
        digest = hashlib.sha256(f"{name}\x00{ip}".encode()).hexdigest()[:20]
        return "name-ip:" + digest
    return "session:" + session_id


@dataclass(slots=True)
class ZoomParticipant(RemoteParticipant):
    """A participant as Zoom's dashboard reports it (``location``: Zoom's free text such as
    "San Jose (US)", ``service_country`` parsed from it; both on `RemoteParticipant`)."""

    account_id: str = ""  # Zoom's stable user id (blank for guests)


def parse_participant(raw: Any, where: str, warn: Warnings) -> ZoomParticipant | None:
    """One dashboard participant, or None (with a warning) when it cannot be used at all."""
    if not isinstance(raw, dict):
        warn.add(f"{where} should be an object, got {type_name(raw)}; skipped")
        return None
    # ``user_id`` is Zoom's id for this session in the meeting (new on every rejoin); ``id`` is
    # the participant's Zoom account id, blank for guests.
    # Ids longer than any real one are not ids: ignored, so a participant without a usable
    # one is skipped (the same bounds as the reference adapter's).
    skip = "ignored"
    user_id = bounded(field_text(raw, "user_id", where, warn, numbers_ok=True), MAX_ID, where, "user_id", warn, then=skip)
    puuid = bounded(
        field_text(raw, "participant_uuid", where, warn, numbers_ok=True), MAX_ID, where, "participant_uuid", warn, then=skip
    )
    zid = bounded(field_text(raw, "id", where, warn, numbers_ok=True), MAX_ID, where, "id", warn, then=skip)
    session = user_id or puuid or zid
    if not session:
        warn.add(f"{where} has no usable user_id, participant_uuid or id; skipped")
        return None
    account = zid if (user_id or puuid) else ""
    name = capped(field_text(raw, "user_name", where, warn), MAX_NAME, where, "user_name", warn)
    email = capped(field_text(raw, "email", where, warn), MAX_EMAIL, where, "email", warn)
    ip_text = bounded(
        field_text(raw, "ip_address", where, warn), MAX_ADDRESS, where, "ip_address", warn, then="treated as no address"
    )
    ip = _clean_ip(ip_text, where, warn)
    location = capped(field_text(raw, "location", where, warn), MAX_LOCATION, where, "location", warn)
    role_raw = raw.get("role")
    role = normalise_role(role_raw if isinstance(role_raw, str) else None)
    if role is None or (role_raw is not None and not isinstance(role_raw, str)):
        warn.add(f"{where}.role is not a known role; treated as attendee")
        role = "attendee"
    status_raw = field_text(raw, "status", where, warn).lower()
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


# -- the meeting's country policy -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ZoomPolicy:
    """Zoom's ``settings.approved_or_denied_countries_or_regions``."""

    enable: bool = False
    method: str = "deny"  # deny | approve
    denied_list: tuple[str, ...] = ()
    approved_list: tuple[str, ...] = ()

    @property
    def active_list(self) -> tuple[str, ...]:
        return self.denied_list if self.method == "deny" else self.approved_list

    def to_settings(self) -> dict[str, Any]:
        return {
            "enable": self.enable,
            "method": self.method,
            "denied_list": list(self.denied_list),
            "approved_list": list(self.approved_list),
        }

    def describe(self) -> str:
        if not self.enable:
            return "no country policy"
        codes = ", ".join(self.active_list) or "no country"
        return f"refuses new joiners from {codes}" if self.method == "deny" else f"admits new joiners only from {codes}"


def _codes(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for v in value:
        if isinstance(v, str) and country(v.strip()) is not None:
            out.append(v.strip().upper())
    return tuple(sorted(set(out)))


def policy_from_settings(raw: Any) -> ZoomPolicy | None:
    """The policy inside a meeting's ``settings`` object (None when the meeting has none)."""
    if not isinstance(raw, dict):
        return None
    pol = raw.get("approved_or_denied_countries_or_regions")
    if not isinstance(pol, dict):
        return None
    method = pol.get("method") if pol.get("method") in ("deny", "approve") else "deny"
    return ZoomPolicy(
        enable=pol.get("enable") is True,
        method=method,
        denied_list=_codes(pol.get("denied_list")),
        approved_list=_codes(pol.get("approved_list")),
    )


@dataclass(frozen=True, slots=True)
class DesiredPolicy:
    """What the rules ask of the meeting's country policy."""

    method: str | None  # deny | approve | None (nothing country-only to enforce)
    countries: frozenset[str] = frozenset()
    notes: tuple[str, ...] = ()


def _location_only(rule: Any) -> bool:
    keys = set(rule.condition_keys())
    return bool(keys) and keys <= {"countries", "continents", "not_countries"} and not (
        "not_countries" in keys and keys != {"not_countries"}
    )


def _rule_countries(rule: Any) -> frozenset[str]:
    """The countries a countries/continents rule matches (both named: both must hold)."""
    codes = set(all_countries())
    if rule.countries is not None:
        codes &= set(rule.countries)
    if rule.continents is not None:
        codes = {c for c in codes if continent_of(c) in rule.continents}
    return frozenset(codes)


def _could_match_country(rule: Any, code: str) -> bool:
    """Whether ``rule``'s location conditions can hold for someone from ``code``."""
    if rule.unknown is True:
        return False
    if rule.countries is not None and code not in rule.countries:
        return False
    if rule.not_countries is not None and code in rule.not_countries:
        return False
    if rule.continents is not None and continent_of(code) not in rule.continents:
        return False
    return not (rule.regions is not None and not any(r.startswith(code + "-") for r in rule.regions))


def desired_policy(ruleset: Any) -> DesiredPolicy:
    """The country policy that enforces the rule set's country-only ``remove``/``block`` rules.

    A country goes on the deny list only when every person from it would be removed by the
    rules: an earlier rule that could let some of them stay (allow, flag, waiting room, or a
    narrower condition) keeps it off, with a note. An allow-list rule (``not_countries`` only)
    becomes an approve list under the same condition.
    """
    notes: list[str] = []
    deny: set[str] = set()
    approve: frozenset[str] | None = None
    earlier: list[Any] = []
    for rule in (r for r in ruleset.rules if r.enabled):
        if rule.action in ("remove", "block") and _location_only(rule):
            if rule.not_countries is not None:
                outside = set(all_countries()) - set(rule.not_countries)
                shadow = next((e for e in earlier if any(_could_match_country(e, c) for c in outside)), None)
                if shadow is not None:
                    notes.append(
                        f"rule '{rule.name}' is not made an approve list: the earlier rule '{shadow.name}' "
                        "lets some people from other countries stay"
                    )
                else:
                    allowed = frozenset(rule.not_countries)
                    approve = allowed if approve is None else approve & allowed
            else:
                for code in sorted(_rule_countries(rule)):
                    shadow = next((e for e in earlier if _could_match_country(e, code)), None)
                    if shadow is not None:
                        notes.append(
                            f"{code} is not added to the meeting's policy: the earlier rule '{shadow.name}' "
                            f"treats some people from {code} differently"
                        )
                    else:
                        deny.add(code)
        if rule.action not in ("remove", "block"):
            # A remove/block rule lets nobody stay, so only the other actions shadow later rules.
            earlier.append(rule)
    if getattr(ruleset, "default", "allow") in ("remove", "block"):
        kept = _default_approve_list(earlier, notes)
        if kept is not None:
            approve = kept if approve is None else approve & kept
    exempt_emails = getattr(getattr(ruleset, "exempt", None), "emails", ())
    if (deny or approve is not None) and exempt_emails:
        notes.append(
            "Zoom's country policy cannot exempt e-mail addresses: an exempt person joining from a "
            "refused country is refused too"
        )
    if approve is not None:
        return DesiredPolicy("approve", frozenset(approve - deny), tuple(notes))
    if deny:
        return DesiredPolicy("deny", frozenset(deny), tuple(notes))
    return DesiredPolicy(None, frozenset(), tuple(notes))


def _default_approve_list(others: Sequence[Any], notes: list[str]) -> frozenset[str] | None:
    """The approve list for rules whose default removes or blocks ("allow US, CA; default block").

    The countries someone could come from and not be removed are those an enabled rule with
    another action (allow, flag, waiting room) could match; everyone else meets the default.
    That is a country list only when each of those rules names places and nothing else: a
    rule on roles, networks or unknown countries lets some people from anywhere stay, and
    then the meeting's policy is left alone (with a note).
    """
    loose = next((r for r in others if not _location_only(r)), None)
    if loose is not None:
        notes.append(
            f"the rules' default is not made an approve list: the rule '{loose.name}' lets some "
            "people stay wherever they join from"
        )
        return None
    return frozenset(
        code for code in all_countries() if any(_could_match_country(r, code) for r in others)
    )


@dataclass(frozen=True, slots=True)
class PolicyMerge:
    new: ZoomPolicy | None  # what to send (None: leave the meeting's policy as it is)
    sentence: str
    conflict: bool = False


def merge_policy(existing: ZoomPolicy | None, desired: DesiredPolicy) -> PolicyMerge:
    """Merge what the rules need into the host's existing policy, never overwriting it silently.

    A deny list is extended; an approve list is narrowed (never emptied); a method conflict
    (the host's approve list vs. the rules' deny list or the reverse) changes nothing and says why.
    """
    want = sorted(desired.countries)
    if desired.method is None:
        return PolicyMerge(None, "no country-only remove/block rule applies: the meeting's country policy is left as it is")
    if desired.method == "approve" and not want:
        return PolicyMerge(None, "the rules' allow list leaves no country: the meeting's country policy is left as it is", True)
    if existing is None or not existing.enable:
        base = existing or ZoomPolicy()
        if desired.method == "deny":
            new = replace(base, enable=True, method="deny", denied_list=tuple(want))
        else:
            new = replace(base, enable=True, method="approve", approved_list=tuple(want))
        return PolicyMerge(new, f"the meeting's country policy now {new.describe()}")
    if existing.method == "deny" and desired.method == "deny":
        merged = tuple(sorted(set(existing.denied_list) | set(want)))
        if merged == existing.denied_list:
            return PolicyMerge(None, f"the meeting's country policy already {existing.describe()}")
        added = ", ".join(sorted(set(want) - set(existing.denied_list)))
        new = replace(existing, denied_list=merged)
        return PolicyMerge(new, f"the meeting's deny list was extended with {added}: it now {new.describe()}")
    if existing.method == "approve" and desired.method == "approve":
        narrowed = tuple(sorted(set(existing.approved_list) & set(want)))
        if narrowed == existing.approved_list:
            return PolicyMerge(None, f"the meeting's country policy already {existing.describe()}")
        if not narrowed:
            return PolicyMerge(
                None,
                "not changed: the meeting's approve list and the rules' allow list have no country in common, "
                "so merging them would refuse everyone",
                True,
            )
        new = replace(existing, approved_list=narrowed)
        return PolicyMerge(new, f"the meeting's approve list was narrowed: it now {new.describe()}")
    if existing.method == "approve":  # rules want deny
        clash = sorted(set(want) & set(existing.approved_list))
        if not clash:
            return PolicyMerge(None, f"the meeting's country policy already {existing.describe()}")
        return PolicyMerge(
            None,
            f"not changed: the meeting's existing policy admits only listed countries (approve list) and that list "
            f"includes {', '.join(clash)}; Zoom allows an approve list or a deny list, not both. Take "
            f"{', '.join(clash)} off the approved list in Zoom to refuse them",
            True,
        )
    return PolicyMerge(
        None,
        "not changed: the meeting already has a deny list and the rules need an approve list (allow only "
        f"{', '.join(want)}); Zoom allows one method at a time. Change the meeting's policy in Zoom, or "
        "write the rules as country deny rules",
        True,
    )


PREVIOUS_POLICY_MARKER = "previous policy: "  # in the audit detail, before the policy as JSON


@dataclass(frozen=True, slots=True)
class PolicyRecord:
    """A meeting's country policy as it was before HostGuard changed it (for `restore_policy`)."""

    meeting_id: str
    settings: dict[str, Any] | None  # Zoom's object as read; None: the meeting had none

    def to_json(self) -> str:
        return json.dumps({"meeting_id": self.meeting_id, "approved_or_denied_countries_or_regions": self.settings}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> PolicyRecord:
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("meeting_id"), str):
            raise ValueError("not a recorded Zoom country policy")
        settings = data.get("approved_or_denied_countries_or_regions")
        return cls(data["meeting_id"], settings if isinstance(settings, dict) else None)


@dataclass(frozen=True, slots=True)
class PolicyChange:
    """What `ZoomAdapter.apply_rules` did to a meeting's country policy."""

    meeting_id: str
    changed: bool
    conflict: bool
    sentence: str
    previous: PolicyRecord | None  # set when the policy was changed
    now: ZoomPolicy | None
    notes: tuple[str, ...] = ()

    def short(self) -> str:
        """One line for later results: the policy as it stands (the change was recorded once)."""
        if self.now is not None and not self.conflict:
            return f"the meeting's country policy {self.now.describe()}"
        return self.sentence

    def restore_hint(self) -> str:
        """How the host puts the previous policy back (said in the audit trail and by `watch`)."""
        if not self.changed or self.previous is None:
            return ""
        before = policy_from_settings(
            {"approved_or_denied_countries_or_regions": self.previous.settings}
        ) if self.previous.settings is not None else None
        was = (before or ZoomPolicy()).describe()
        return (
            f"to restore the previous policy ({was}): Restore in HostGuard's app while connected, or in Zoom "
            "edit the meeting's 'Approve or block entry for users from specific countries/regions' setting"
        )

    def detail(self) -> str:
        """One line for the audit trail: what happened and, when changed, the previous policy."""
        text = self.sentence
        if self.notes:
            text += " (" + "; ".join(self.notes) + ")"
        if self.changed and self.previous is not None:
            text += f"; {PREVIOUS_POLICY_MARKER}{json.dumps(self.previous.settings, sort_keys=True)}"
        return text


# -- errors ------------------------------------------------------------------------------------------
def zoom_error(exc: ServiceError, what: str) -> ServiceError:
    """The same error, its message replaced by a sentence built from Zoom's {code, message}."""
    problem = getattr(exc, "problem", None)
    code = problem.get("code") if isinstance(problem, dict) else None
    message = problem.get("message") if isinstance(problem, dict) else None
    if not isinstance(code, int) or isinstance(code, bool):
        code = None
    known = ZOOM_ERRORS.get(code) if code is not None else None
    vendor = message[:200] if isinstance(message, str) else ""
    if known is None and not vendor:
        return exc
    text = f"{what}: {known or 'Zoom refused the request'}"
    if vendor:
        text += f" (Zoom code {code}: {vendor})" if code is not None else f" ({vendor})"
    if code == 3001:
        cls: type[ServiceError] = NotFound
    elif code in (124, 200, 4711) or exc.status in (401, 403):
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

    def __repr__(self) -> str:
        return f"<ZoomAdapter {self.http.base_url}>"

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
        path = f"/metrics{object_path(meeting_id)}/participants"
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
                        p = parse_participant(raw, f"page {pages} participants[{i}]", warn)
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
                raise zoom_error(exc, "listing Zoom participants") from None
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
            wait = parse_retry_after(r.headers.get("Retry-After"))
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
        return (
            "Zoom cannot remove people already in the meeting through its API: those the rules remove are "
            f"listed to {MANUAL_SENTENCE}; the meeting's own country policy refuses new joiners. "
            + self.budget_sentence()
        )

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
                    if want.notes:
                        text += " (" + "; ".join(want.notes) + ")"
                    text += "; a registrant with a matching e-mail is denied"
                out.append(text)
            else:
                _, sentence = self.support(action)
                out.append(f"{action}: not supported ({sentence})")
        return out

    def apply_rules(self, meeting_id: str, ruleset: Any = None) -> PolicyChange:
        """Set the meeting's country policy from the rules (merged with the host's policy).

        Idempotent per rule set: the second call returns the first result without requests.
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
            raw_settings = self._meeting_settings(meeting_id)
            existing = policy_from_settings(raw_settings)
            merge = merge_policy(existing, want)
            previous_raw = raw_settings.get("approved_or_denied_countries_or_regions") if isinstance(raw_settings, dict) else None
            previous = PolicyRecord(meeting_id, dict(previous_raw) if isinstance(previous_raw, dict) else None)
            if merge.new is None:
                change = PolicyChange(meeting_id, False, merge.conflict, merge.sentence, None, existing, want.notes)
            else:
                self._patch_policy(meeting_id, merge.new.to_settings())
                change = PolicyChange(meeting_id, True, False, merge.sentence, previous, merge.new, want.notes)
                log.info("Zoom meeting %s: %s", meeting_id, merge.sentence)
            self._policy_done[meeting_id] = change
            self.policy_changes.append(change)
            return change

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
        self._patch_policy(previous.meeting_id, settings)
        with self._policy_lock:
            self._policy_done.pop(previous.meeting_id, None)
        return self._read_policy(previous.meeting_id) or ZoomPolicy()

    def _meeting_settings(self, meeting_id: str) -> dict[str, Any]:
        try:
            data = self.http.request("GET", object_path(meeting_id)).data
        except ServiceError as exc:
            raise zoom_error(exc, "reading the Zoom meeting") from None
        settings = data.get("settings") if isinstance(data, dict) else None
        return settings if isinstance(settings, dict) else {}

    def _read_policy(self, meeting_id: str) -> ZoomPolicy | None:
        return policy_from_settings(self._meeting_settings(meeting_id))

    def _patch_policy(self, meeting_id: str, policy: Mapping[str, Any]) -> None:
        body = {"settings": {"approved_or_denied_countries_or_regions": dict(policy)}}
        try:
            self.http.request("PATCH", object_path(meeting_id), json_body=body, ok=(200, 204))
        except ServiceError as exc:
            raise zoom_error(exc, "changing the Zoom meeting's country policy") from None

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
        self._patch_policy(meeting_id, new.to_settings())
        return self.get_policy(meeting_id)

    def _registrant_index(self, meeting_id: str) -> dict[str, str] | None:
        """e-mail -> registrant id for the meeting's approved registrants (None: no registration)."""
        with self._lock:
            cached = self._registrants.get(meeting_id)
            if cached is not None and self.clock() - cached[0] < REGISTRANTS_TTL_S:
                return cached[1]
        index: dict[str, str] | None = {}
        token: str | None = None
        path = f"{object_path(meeting_id)}/registrants"
        tokens = PageLoop("Zoom", "registrant list")
        try:
            for page in range(1, 1001):
                params: dict[str, Any] = {"status": "approved", "page_size": PAGE_SIZE}
                if token:
                    params["next_page_token"] = token
                data = self.http.request("GET", path, params=params).data
                items = data.get("registrants") if isinstance(data, dict) else None
                for raw in items if isinstance(items, list) else []:
                    if isinstance(raw, dict) and isinstance(raw.get("email"), str) and isinstance(raw.get("id"), str | int):
                        index[raw["email"].strip().lower()] = str(raw["id"])  # type: ignore[index]
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
                meeting_id,
                f"HTTP {exc.status}" if exc.status is not None else exc,
            )
            index = None
        with self._lock:
            self._registrants[meeting_id] = (self.clock(), index)
        return index

    def _deny_registrant(self, meeting_id: str, p: ZoomParticipant | None) -> str:
        if p is None or not p.email:
            return "no e-mail address, so no registration to deny"
        with self._lock:
            if (meeting_id, p.person_key) in self._denied_people:
                return "registration already denied"
        index = self._registrant_index(meeting_id)
        if index is None:
            return "the meeting has no registration to deny"
        rid = index.get(p.email.strip().lower())
        if rid is None:
            return "not a registrant of this meeting"
        body = {"action": "deny", "registrants": [{"id": rid, "email": p.email}]}
        try:
            self.http.request(
                "PUT", f"{object_path(meeting_id)}/registrants/status", json_body=body, ok=(200, 204)
            )
        except ServiceError as exc:
            if isinstance(exc, AuthError | UnreachableError):
                raise
            return f"denying the registration failed: {zoom_error(exc, 'Zoom').args[0]}"
        with self._lock:
            self._denied_people.add((meeting_id, p.person_key))
        return "registration denied (cannot rejoin with it)"

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
        registrant = self._deny_registrant(meeting_id, p)
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
        try:
            data = self.http.request("GET", object_path(meeting_id)).data
        except ServiceError as exc:
            raise zoom_error(exc, "reading the Zoom meeting") from None
        topic = data.get("topic") if isinstance(data, dict) and isinstance(data.get("topic"), str) else ""
        kind = "webinar" if meeting_id.startswith(WEBINAR_PREFIX) else "meeting"
        shown_id = meeting_id.removeprefix(WEBINAR_PREFIX)
        what = f"Zoom {kind} '{topic}'" if topic else f"Zoom {kind} {shown_id}"
        pol = policy_from_settings(data.get("settings") if isinstance(data, dict) else None)
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
    return ZoomAdapter(url, credentials, plan=plan, daily_cap=daily_cap)


__all__ = [
    "MANUAL_SENTENCE",
    "WEBINAR_PREFIX",
    "PolicyChange",
    "PolicyRecord",
    "ZoomAdapter",
    "ZoomParticipant",
    "ZoomPolicy",
    "ZoomRateBudget",
    "desired_policy",
    "encode_meeting_id",
    "make_adapter",
    "merge_policy",
    "object_path",
    "parse_location",
    "parse_participant",
    "person_key",
]
