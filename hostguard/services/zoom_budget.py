"""Zoom's rate limits: the dashboard's daily budget, the 100 updates a meeting takes a day, and
what a Zoom 429 means (told to the one retry layer, `hostguard.services.http.ServiceHTTP`).

* Rate limits are per Zoom account and shared by every app of the account; the dashboard is a
  "Heavy" API with a daily cap. `ZoomRateBudget` reads the ``X-RateLimit-*`` headers and spaces
  full refreshes so they fit a share of that cap; `ZoomRateBudget.sentence` says so in words.
* A 429 is either the per-second limit (wait as ``Retry-After`` says and try again: ServiceHTTP
  does, within the request's attempts and deadline) or a daily cap used up (``X-RateLimit-Type:
  Daily-limit``, or a wait of more than a minute): then waiting within the request cannot
  help, and `DashboardLimits` / `MeetingUpdateLimits` stop the request with an error that
  says until when.
* A meeting can be updated (PATCHed) 100 times in 24 hours: the updates are counted
  (`MeetingUpdateLog`, kept in a file across restarts when the adapter is given one) and the
  host is warned before the limit.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping

from hostguard.services.base import ConfigurationError, ServiceError
from hostguard.services.http import RateLimited, describe_wait, parse_retry_after
from hostguard.services.vendor_common import duration

log = logging.getLogger(__name__)

DAY_S = 86_400.0

# Daily caps for Heavy + Resource-intensive APIs together, and their per-second rates, by plan
# (third-party figures; Zoom does not publish them for every plan). Enterprise: assumed Business.
PLAN_LIMITS: dict[str, tuple[int, float]] = {
    "free": (1_000, 1.0),
    "pro": (30_000, 10.0),
    "business": (60_000, 40.0),
    "enterprise": (60_000, 40.0),
}

MEETING_UPDATES_PER_DAY = 100  # PATCH /meetings/{meetingId}: "100 requests per day" per meeting

MEETING_UPDATES_WARN_AT = 80  # say so from here on, before the limit is reached


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


def _daily_stop(answer: RateLimited, now: float) -> float | None:
    """Until when (epoch seconds) a 429 says a daily cap is used up; None for a short limit
    (the per-second one), which is waited out and retried."""
    wait = parse_retry_after(answer.headers.get("Retry-After"), now=now)
    kind = (answer.headers.get("X-RateLimit-Type") or "").lower()
    message = answer.problem.get("message") if isinstance(answer.problem, dict) else None
    daily = kind.startswith("daily") or (isinstance(message, str) and "daily" in message.lower())
    if not daily and (wait is None or wait <= 60):
        return None
    return now + (wait if wait is not None else _seconds_to_utc_midnight(now))


class DashboardLimits:
    """What a 429 from Zoom's dashboard means (`hostguard.services.http.RateLimits`): the
    headers of every answer feed the budget; a daily cap used up marks the budget exhausted
    and stops the request (retryable later: the engine's reader tries again after it)."""

    def __init__(self, budget: ZoomRateBudget, clock: Callable[[], float] = time.time) -> None:
        self.budget = budget
        self.clock = clock

    def observe(self, headers: Mapping[str, str]) -> None:
        self.budget.observe(headers)

    def refused(self, answer: RateLimited) -> ServiceError | None:
        until = _daily_stop(answer, self.clock())
        if until is None:
            return None
        self.budget.note_exhausted(until)
        return ServiceError(exhausted_message(until, self.clock()), status=429, retryable=True)


def exhausted_message(until: float, now: float) -> str:
    return (
        "Zoom's daily limit for dashboard requests is used up (every app of this Zoom account shares it); "
        f"the participant list is not refreshed for {describe_wait(until - now, now=now)}"
    )


class MeetingUpdatesUsedUp(ServiceError):
    """Zoom refused a meeting update: the meeting's updates for the day are used up."""


class MeetingUpdateLimits:
    """What a 429 on ``PATCH /meetings/{number}`` means: the meeting's 100 updates a day are
    used up (recorded in `MeetingUpdateLog`; `MeetingUpdatesUsedUp` says until when), or a short
    limit that is waited out."""

    def __init__(self, updates: MeetingUpdateLog, number: int, clock: Callable[[], float] = time.time) -> None:
        self.updates = updates
        self.number = number
        self.clock = clock

    def observe(self, headers: Mapping[str, str]) -> None:
        pass  # the meeting calls are not the dashboard's budget

    def refused(self, answer: RateLimited) -> ServiceError | None:
        now = self.clock()
        wait = parse_retry_after(answer.headers.get("Retry-After"), now=now)
        kind = (answer.headers.get("X-RateLimit-Type") or "").lower()
        if not kind.startswith("daily") and (wait is None or wait <= 60):
            return None
        until = now + (wait if wait is not None else DAY_S)
        self.updates.note_refused(self.number, until)
        return MeetingUpdatesUsedUp(
            f"Zoom refused the update: a meeting can be updated {MEETING_UPDATES_PER_DAY} times in "
            f"24 hours and this meeting's are used up (for {describe_wait(until - now, now=now)})",
            status=429,
        )
