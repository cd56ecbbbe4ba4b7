"""The Webex adapter: the participant list, expel and admit through Webex's REST API, and
participant addresses from Webex's meeting-quality analytics.

What Webex allows, and so what this adapter does (facts: docs/reference meeting-services.md):

* ``GET /meetingParticipants?meetingId=..&max=100`` lists participants without addresses,
  paged by the ``Link: <...>; rel="next"`` header (followed only on the same host, so the
  bearer token never travels elsewhere). States ``lobby``/``joined``/``end`` become
  ``waiting``/``joined``/``left``; ``host``/``coHost`` become roles.
* Addresses come only from ``GET analytics/meeting/qualities?meetingId=..`` (``publicIP``;
  ``public_ip`` accepted too), some minutes after people join, and Webex allows one call per
  five minutes per meeting: the adapter enforces that window itself and keeps the addresses it
  learnt. Until an address arrives a participant has none, and HostGuard treats them as
  unknown country; `status_note` says so in words.
* ``remove``: ``PUT /meetingParticipants/{id} {"expel": true}``. ``block``: the same, and Webex
  cannot stop the person from rejoining (the result says so). ``admit``: ``{"admit": true}``,
  several at once through ``POST /meetingParticipants/admit``. ``waiting_room``: Webex cannot
  move someone back to the lobby (unsupported).
* 429 answers carry ``Retry-After`` in seconds (the shared HTTP layer waits for it).
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

from hostguard.services.base import (
    APPLIED,
    FAILED,
    MANUAL,
    UNSUPPORTED,
    ActionRequest,
    ActionResult,
    Adapter,
    AuthError,
    Capability,
    ConfigurationError,
    NotFound,
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

WEBEX_API = "https://webexapis.com/v1"
WEBEX_ANALYTICS = "https://analytics.webexapis.com/v1"
PAGE_SIZE = 100  # Webex's maximum for meetingParticipants
ADMIT_BATCH = 100
ANALYTICS_WINDOW_S = 300.0  # one qualities call per five minutes per meeting
# Media sessions asked for per qualities call (its ``max``). Webex documents ``max``/``offset``
# and a Link header for this call, not a ceiling: a large meeting's addresses come one page per
# five-minute window, the next page each time (Link rel="next"), then from the first again.
QUALITIES_PAGE = 1000
MAX_PAGES = 10_000

STATES = {"lobby": "waiting", "joined": "joined", "end": "left"}
NO_REJOIN_BLOCK = (
    "Webex cannot prevent rejoining: a person who comes back gets a new id and is expelled again "
    "once the rules match them (their address arrives with the next analytics call)"
)


# -- the Link header ---------------------------------------------------------------------------------
def parse_link_header(value: str | None) -> dict[str, str]:
    """``{rel: url}`` from an RFC 8288 Link header, tolerant of what servers really send:
    several links, commas and semicolons inside ``<...>``, quoted or bare parameters in any
    case, several space-separated relations in one ``rel``. The first link of a relation wins."""
    links: dict[str, str] = {}
    if not value:
        return links
    s = value
    i, n = 0, len(s)
    while i < n:
        start = s.find("<", i)
        if start < 0:
            break
        end = s.find(">", start + 1)
        if end < 0:
            break
        url = s[start + 1 : end].strip()
        i = end + 1
        params: dict[str, str] = {}
        # parameters until the next comma outside quotes
        while i < n:
            while i < n and s[i] in " \t":
                i += 1
            if i >= n or s[i] == ",":
                i += 1
                break
            if s[i] != ";":
                # garbage between links: skip to the next link
                nxt = s.find("<", i)
                i = n if nxt < 0 else nxt
                break
            i += 1
            while i < n and s[i] in " \t":
                i += 1
            k0 = i
            while i < n and s[i] not in "=;,":
                i += 1
            key = s[k0:i].strip().lower()
            val = ""
            if i < n and s[i] == "=":
                i += 1
                while i < n and s[i] in " \t":
                    i += 1
                if i < n and s[i] == '"':
                    i += 1
                    v0 = i
                    while i < n and s[i] != '"':
                        i += 2 if s[i] == "\\" else 1
                    val = s[v0:i].replace('\\"', '"')
                    i += 1
                else:
                    v0 = i
                    while i < n and s[i] not in ";,":
                        i += 1
                    val = s[v0:i].strip()
            if key and key not in params:
                params[key] = val
        for rel in params.get("rel", "").lower().split():
            links.setdefault(rel, url)
    return links


# -- participants --------------------------------------------------------------------------------------


def _flag(d: Mapping[str, Any], key: str, where: str, warn: Warnings) -> bool:
    v = d.get(key)
    if v is None or isinstance(v, bool):
        return bool(v)
    if isinstance(v, str) and v.strip().lower() in ("true", "false"):
        warn.add(f"{where}.{key} should be true/false, got text; read as such")
        return v.strip().lower() == "true"
    warn.add(f"{where}.{key} should be true/false, got {type_name(v)}; read as false")
    return False


@dataclass(slots=True)
class WebexParticipant(RemoteParticipant):
    """A participant as Webex lists it; ``address_source`` says where ``ip`` came from."""

    address_source: str = ""  # "" (none yet) | "analytics"


def parse_participant(raw: Any, where: str, warn: Warnings) -> WebexParticipant | None:
    if not isinstance(raw, dict):
        warn.add(f"{where} should be an object, got {type_name(raw)}; skipped")
        return None
    pid = bounded(field_text(raw, "id", where, warn), MAX_ID, where, "id", warn, then="ignored")
    if not pid:
        warn.add(f"{where} has no usable id; skipped")
        return None
    name = capped(field_text(raw, "displayName", where, warn), MAX_NAME, where, "displayName", warn)
    email = capped(field_text(raw, "email", where, warn), MAX_EMAIL, where, "email", warn)
    if _flag(raw, "host", where, warn):
        role = "host"
    elif _flag(raw, "coHost", where, warn):
        role = "co-host"
    else:
        role = "attendee"
    state = field_text(raw, "state", where, warn).lower()
    status = STATES.get(state)
    if status is None:
        if state:
            warn.add(f"{where}.state is not lobby, joined or end; treated as joined")
        status = "joined"
    if status != "left" and field_text(raw, "leftTime", where, warn):
        status = "left"
    return WebexParticipant(
        id=pid,
        name=name,
        email=email,
        role=role,
        status=status,
        ip="",
        joined_at=field_text(raw, "joinedTime", where, warn) or None,
        person_key=("email:" + email.lower()) if email else ("name:" + name if name else "session:" + pid),
    )


def parse_qualities(data: Any, warn: Warnings) -> tuple[dict[str, str], dict[str, str]]:
    """(participant id -> public address, e-mail -> public address) from a qualities answer.

    Webex documents ``publicIP`` (camelCase); ``public_ip`` is accepted as well. An e-mail
    seen with two different addresses is ambiguous and left out of the e-mail map.
    """
    by_id: dict[str, str] = {}
    by_email: dict[str, str] = {}
    ambiguous: set[str] = set()
    items = data.get("items") if isinstance(data, dict) else None
    if items is None:
        items = []
    if not isinstance(items, list):
        warn.add(f"qualities.items should be a list, got {type_name(items)}; ignored")
        items = []
    for i, raw in enumerate(items):
        where = f"qualities.items[{i}]"
        if not isinstance(raw, dict):
            warn.add(f"{where} should be an object, got {type_name(raw)}; skipped")
            continue
        ip_text = field_text(raw, "publicIP", where, warn) or field_text(raw, "public_ip", where, warn)
        ip_text = bounded(ip_text, MAX_ADDRESS, where, "publicIP", warn, then="ignored")
        if not ip_text:
            continue
        try:
            ipaddress.ip_address(ip_text)  # checked, but kept as Webex wrote it
            ip = ip_text
        except ValueError:
            warn.add(f"{where}.publicIP is not an IP address; ignored")
            continue
        pid = field_text(raw, "participantId", where, warn) or field_text(raw, "participant_id", where, warn)
        pid = bounded(pid, MAX_ID, where, "participantId", warn, then="ignored")
        email = (field_text(raw, "webexUserEmail", where, warn) or field_text(raw, "email", where, warn)).lower()
        email = bounded(email, MAX_EMAIL, where, "webexUserEmail", warn, then="ignored")
        if pid:
            by_id[pid] = ip
        if email and email not in ambiguous:
            if email in by_email and by_email[email] != ip:
                ambiguous.add(email)
                del by_email[email]
            else:
                by_email[email] = ip
    return by_id, by_email


# -- the adapter ---------------------------------------------------------------------------------------
class WebexAdapter(Adapter):
    """Webex through its REST API: list, expel, admit; addresses from analytics."""

    name = "webex"
    capabilities = frozenset({Capability.LIST, Capability.REMOVE, Capability.ADMIT})

    def __init__(
        self,
        url: str | None,
        credentials: Mapping[str, str],
        *,
        analytics_window: float = ANALYTICS_WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
        **http_options: Any,
    ) -> None:
        # "token" from the CLI's --token, "access_token" from the credentials store.
        token = (credentials.get("token") or credentials.get("access_token") or "").strip()
        if not token:
            raise ConfigurationError(
                "Webex needs an access token (WEBEX_ACCESS_TOKEN, --token, or `hostguard credentials set --service webex`)"
            )
        self._token = token
        if url:
            root = url.rstrip("/")
            api, analytics = root + "/v1", root + "/analytics/v1"
        else:
            api, analytics = WEBEX_API, WEBEX_ANALYTICS
        auth = lambda: {"Authorization": f"Bearer {self._token}"}  # noqa: E731
        secrets = lambda: (self._token,)  # noqa: E731
        try:
            self.http = ServiceHTTP(api, service="Webex", auth=auth, secrets=secrets, **http_options)
            self.analytics = ServiceHTTP(
                analytics, service="Webex analytics", auth=auth, secrets=secrets, max_attempts=3, deadline=15.0
            )
        except ValueError as exc:
            raise ConfigurationError(f"--url: {exc}") from None
        self.analytics_window = analytics_window
        self.qualities_page: int | None = QUALITIES_PAGE
        self._qualities_next: dict[str, str] = {}  # meeting -> the next qualities page to ask for
        self.clock = clock
        self._lock = threading.Lock()
        self._analytics_lock = threading.Lock()
        self._next_analytics: dict[str, float] = {}  # meeting -> clock() when the next call is allowed
        self._addresses: dict[str, dict[str, str]] = {}  # meeting -> participant id -> address
        self._email_addresses: dict[str, dict[str, str]] = {}
        self._analytics_note: dict[str, str] = {}
        self._expelled: set[tuple[str, str]] = set()
        self._known: dict[tuple[str, str], WebexParticipant] = {}
        self._last_counts: dict[str, tuple[int, int]] = {}  # meeting -> (present, without address)

    def __repr__(self) -> str:
        return f"<WebexAdapter {self.http.base_url}>"

    # -- errors ---------------------------------------------------------------------------------------
    def _wrap(self, exc: ServiceError, what: str) -> ServiceError:
        if isinstance(exc, AuthError):
            new: ServiceError = AuthError(
                f"{what}: Webex refused the access token (HTTP {exc.status}). Personal access tokens last 12 hours; "
                "listing participants needs the host's or a co-host's token, or an admin token with "
                "meeting:admin_participants_read",
                status=exc.status,
            )
            new.problem = getattr(exc, "problem", None)  # type: ignore[attr-defined]
            return new
        problem = getattr(exc, "problem", None)
        message = problem.get("message") if isinstance(problem, dict) else None
        if isinstance(message, str) and message and message not in str(exc):
            new = type(exc)(f"{what}: {exc} ({self.http.scrub(message[:200])})", status=exc.status, retryable=exc.retryable)
            new.problem = problem  # type: ignore[attr-defined]
            return new
        return exc

    # -- roster -----------------------------------------------------------------------------------------
    def list_participants(self, meeting_id: str) -> list[RemoteParticipant]:
        return self.fetch_roster(meeting_id).participants

    def fetch_roster(self, meeting_id: str) -> RosterSnapshot:
        warn = Warnings()
        people: dict[str, WebexParticipant] = {}
        path: str | None = "/meetingParticipants"
        params: dict[str, Any] | None = {"meetingId": meeting_id, "max": PAGE_SIZE}
        pages = 0
        links = PageLoop("Webex", "participant list")
        try:
            while path is not None and pages < MAX_PAGES:
                r = self.http.request("GET", path, params=params)
                pages += 1
                data = r.data
                items = data.get("items") if isinstance(data, dict) else None
                if not isinstance(items, list):
                    raise ServiceError(
                        f"unexpected answer from Webex: the participant page has no list of items (got {type_name(data)})"
                    )
                for i, raw in enumerate(items):
                    p = parse_participant(raw, f"page {pages} items[{i}]", warn)
                    if p is not None:
                        people[p.id] = p
                path, params = self._next_page(r.headers.get("Link"), path, params), None
                if path is not None:
                    # A link back to a page already read would loop until MAX_PAGES.
                    links.follow(path, pages)
            if path is not None:
                warn.add(f"more than {MAX_PAGES:,} pages; listing stops there")
        except ServiceError as exc:
            raise self._wrap(exc, "listing Webex participants") from None
        warn.log("Webex participant list")
        out: list[RemoteParticipant] = []
        with self._lock:
            for p in people.values():
                if p.status == "left":
                    if (meeting_id, p.id) not in self._expelled:
                        continue
                    p.status = "removed"  # expelled by HostGuard; Webex says only "end"
                self._known[(meeting_id, p.id)] = p
                out.append(p)
        self._fill_addresses(meeting_id, out)
        return RosterSnapshot(out, None)

    def _next_page(
        self, link: str | None, path: str, params: Mapping[str, Any] | None, client: Any = None
    ) -> str | None:
        client = client or self.http
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

    def _fill_addresses(self, meeting_id: str, people: list[RemoteParticipant]) -> None:
        present = [p for p in people if p.status in ("joined", "waiting")]
        with self._lock:
            known = self._addresses.get(meeting_id, {})
            missing = [p for p in present if p.id not in known]
        if missing:
            self._maybe_call_analytics(meeting_id)
        with self._lock:
            by_id = self._addresses.get(meeting_id, {})
            by_email = self._email_addresses.get(meeting_id, {})
            without = 0
            for p in people:
                ip = by_id.get(p.id) or (by_email.get(p.email.lower()) if p.email else None)
                if ip:
                    p.ip = ip
                    if isinstance(p, WebexParticipant):
                        p.address_source = "analytics"
                elif p.status in ("joined", "waiting"):
                    without += 1
            self._last_counts[meeting_id] = (len(present), without)

    def _maybe_call_analytics(self, meeting_id: str) -> None:
        """One qualities call if this meeting's five-minute window allows it (never blocks)."""
        with self._analytics_lock:
            now = self.clock()
            if now < self._next_analytics.get(meeting_id, float("-inf")):
                return
            self._next_analytics[meeting_id] = now + self.analytics_window
            path = self._qualities_next.pop(meeting_id, None)
            params: dict[str, Any] | None = None
            if not path:
                params = {"meetingId": meeting_id}
                if self.qualities_page:
                    params["max"] = self.qualities_page
            path = path or "/meeting/qualities"
            try:
                r = self.analytics.request("GET", path, params=params, ok=(200, 429), max_attempts=2)
            except ServiceError as exc:
                if exc.status == 400 and params and "max" in params:
                    # Our page size is an assumption: refused, ask with the service's default.
                    log.info("Webex analytics refused max=%s; asking without it", params["max"])
                    self.qualities_page = None
                    self._next_analytics[meeting_id] = now + min(60.0, self.analytics_window)
                    return
                note = {
                    401: "Webex analytics refused the token",
                    403: "Webex analytics needs an admin token with analytics:read_all and the Pro Pack",
                    404: "Webex analytics has no data for this meeting yet",
                }.get(exc.status or 0, f"Webex analytics failed ({exc})")
                if exc.status not in (401, 403, 404):
                    # A failure the service may not have counted: try again within a minute
                    # (a 429 would tell us if it did count).
                    self._next_analytics[meeting_id] = now + min(60.0, self.analytics_window)
                with self._lock:
                    self._analytics_note[meeting_id] = note
                log.info("Webex meeting %s: %s", meeting_id, note)
                return
            if r.status == 429:
                if params is None:
                    self._qualities_next[meeting_id] = path  # the same page, next time
                wait = parse_retry_after(r.headers.get("Retry-After")) or self.analytics_window
                self._next_analytics[meeting_id] = self.clock() + max(wait, 1.0)
                with self._lock:
                    self._analytics_note[meeting_id] = "Webex analytics asked HostGuard to wait (one call per 5 minutes per meeting)"
                return
            warn = Warnings()
            by_id, by_email = parse_qualities(r.data, warn)
            try:
                following = self._next_page(r.headers.get("Link"), path, params, self.analytics)
            except ServiceError as exc:
                warn.add(str(exc))
                following = None
            if following and following != path:
                self._qualities_next[meeting_id] = following
            warn.log("Webex meeting qualities")
            with self._lock:
                self._addresses.setdefault(meeting_id, {}).update(by_id)
                self._email_addresses.setdefault(meeting_id, {}).update(by_email)
                self._analytics_note.pop(meeting_id, None)

    def next_address_refresh(self, meeting_id: str) -> float:
        """Seconds until the next analytics call is allowed for this meeting (0: now)."""
        with self._analytics_lock:
            return max(0.0, self._next_analytics.get(meeting_id, float("-inf")) - self.clock())

    def status_note(self, meeting_id: str | None = None) -> str:
        """What the host should know, in words: addresses arrive late, unknown until then."""
        with self._lock:
            meetings = [meeting_id] if meeting_id else list(self._last_counts)
            present = sum(self._last_counts.get(m, (0, 0))[0] for m in meetings)
            without = sum(self._last_counts.get(m, (0, 0))[1] for m in meetings)
            notes = [self._analytics_note[m] for m in meetings if m in self._analytics_note]
        text = (
            "Webex gives participant addresses only through its analytics, some minutes after people join, "
            "and at most one call per 5 minutes per meeting"
        )
        if present:
            text += (
                f": {without} of {present} participant{'s' if present != 1 else ''} "
                f"ha{'ve' if without != 1 else 's'} no address yet and count as unknown country until then"
            )
        if notes:
            text += "; " + "; ".join(notes)
        return text + "."

    # -- actions ------------------------------------------------------------------------------------------
    def support(self, action: str) -> tuple[str, str]:
        if action == "remove":
            return "send", "Webex expels the participant"
        if action == "block":
            return "send", "Webex expels the participant; " + NO_REJOIN_BLOCK
        if action == "admit":
            return "send", "Webex admits the participant from the lobby"
        if action == "waiting_room":
            return UNSUPPORTED, "Webex cannot move someone already in the meeting back to the lobby"
        return UNSUPPORTED, f"'{action}' is not a participant action"

    def _participant(self, participant_id: str) -> dict[str, Any] | None:
        try:
            data = self.http.request("GET", f"/meetingParticipants/{_seg(participant_id)}").data
        except NotFound:
            return None
        return data if isinstance(data, dict) else None

    def act(self, meeting_id: str, participant_id: str, action: str, idempotency_key: str, reason: str = "") -> ActionResult:
        kind, sentence = self.support(action)
        if kind == UNSUPPORTED:
            if action == "waiting_room":
                with self._lock:
                    p = self._known.get((meeting_id, participant_id))
                if p is not None and p.status == "waiting":
                    return ActionResult(APPLIED, "already waiting in the lobby; nothing sent", status="waiting")
            return ActionResult(UNSUPPORTED, sentence)
        body = {"admit": True} if action == "admit" else {"expel": True}
        try:
            r = self.http.request("PUT", f"/meetingParticipants/{_seg(participant_id)}", json_body=body, ok=(200, 204))
        except NotFound:
            return ActionResult(FAILED, "Webex does not know this participant (the meeting may have ended)")
        except AuthError as exc:
            if exc.status != 403:
                raise self._wrap(exc, f"{action} on Webex") from None
            # 403 here is about this participant (the host cannot be expelled, say), not the token.
            problem = getattr(exc, "problem", None)
            message = problem.get("message") if isinstance(problem, dict) else None
            why = self.http.scrub(message[:200]) if isinstance(message, str) else "not allowed"
            return ActionResult(FAILED, f"Webex refused: {why}")
        except UnreachableError:
            raise
        except ServiceError as exc:
            if exc.retryable or (exc.status or 0) >= 500:
                raise self._wrap(exc, f"{action} on Webex") from None
            # Refused (400/409: already gone, say): the participant's state decides.
            state = self._participant(participant_id)
            now = STATES.get(str(state.get("state", "")).lower()) if state else None
            if action != "admit" and now == "left":
                self._mark_expelled(meeting_id, participant_id)
                return ActionResult(APPLIED, "already out of the meeting", status="removed")
            if action == "admit" and now == "joined":
                return ActionResult(APPLIED, "already in the meeting", status="joined")
            return ActionResult(FAILED, f"Webex refused: {self._wrap(exc, action)}")
        data = r.data if isinstance(r.data, dict) else {}
        state = STATES.get(str(data.get("state", "")).lower())
        if action == "admit":
            if state == "waiting":
                return ActionResult(FAILED, "Webex accepted the admit but the participant is still in the lobby", retryable=True)
            return ActionResult(APPLIED, "admitted from the lobby", status="joined")
        if state in ("joined", "waiting"):
            # A known Webex quirk: the call succeeds without effect when everyone uses the Webex app.
            return ActionResult(
                MANUAL,
                "Webex accepted the expel but the participant is still in the meeting (a known Webex limitation): "
                "remove manually in the Webex client",
            )
        self._mark_expelled(meeting_id, participant_id)
        detail = "expelled"
        if action == "block":
            detail += "; " + NO_REJOIN_BLOCK
        return ActionResult(APPLIED, detail, status="removed")

    def _mark_expelled(self, meeting_id: str, participant_id: str) -> None:
        with self._lock:
            self._expelled.add((meeting_id, participant_id))
            p = self._known.get((meeting_id, participant_id))
            if p is not None:
                p.status = "removed"

    def act_many(self, meeting_id: str, requests: Sequence[ActionRequest]) -> list[ActionResult]:
        results: dict[int, ActionResult] = {}
        admits = [(i, r) for i, r in enumerate(requests) if r.action == "admit"]
        if len(admits) > 1:
            for start in range(0, len(admits), ADMIT_BATCH):
                chunk = admits[start : start + ADMIT_BATCH]
                body = {"items": [{"participantId": r.participant_id} for _, r in chunk]}
                try:
                    self.http.request("POST", "/meetingParticipants/admit", json_body=body, ok=(200, 204))
                except (AuthError, UnreachableError):
                    raise
                except ServiceError as exc:
                    if exc.retryable:
                        raise
                    # The bulk call was refused as a whole: admit one by one instead.
                    for i, r in chunk:
                        results[i] = self.act(meeting_id, r.participant_id, "admit", r.idempotency_key, r.reason)
                    continue
                for i, _ in chunk:
                    results[i] = ActionResult(APPLIED, "admitted from the lobby", status="joined")
        for i, r in enumerate(requests):
            if i not in results:
                results[i] = self.act(meeting_id, r.participant_id, r.action, r.idempotency_key, r.reason)
        return [results[i] for i in range(len(requests))]

    # -- connection ------------------------------------------------------------------------------------------
    def test_connection(self, meeting_id: str) -> str:
        try:
            r = self.http.request("GET", "/meetingParticipants", params={"meetingId": meeting_id, "max": 1})
        except ServiceError as exc:
            raise self._wrap(exc, "reading the Webex meeting") from None
        items = r.data.get("items") if isinstance(r.data, dict) else None
        if not isinstance(items, list):
            raise ServiceError("unexpected answer from Webex: no list of participants")
        return (
            f"Connected to Webex meeting {meeting_id} at {self.http.host}. Addresses arrive through Webex "
            "analytics, at most every 5 minutes; until then participants count as unknown country."
        )

    @property
    def http_state(self) -> HTTPState:
        """The shared HTTP state, its ``budget`` saying where addresses stand (status lines show it)."""
        with self._lock:
            counts = dict(self._last_counts)
        present = sum(c[0] for c in counts.values())
        without = sum(c[1] for c in counts.values())
        budget = "Webex addresses come from its analytics, one call per 5 minutes per meeting"
        if present:
            budget += f"; {without} of {present} without an address yet (unknown country until then)"
        waits = [self.next_address_refresh(m) for m in counts]
        if waits:
            wait = max(waits)
            budget += "; next call now" if wait <= 0 else f"; next call in {duration(wait)}"
        return replace(self.http.state, budget=budget)

    def subscribe_state(self, callback: Callable[[HTTPState], None]) -> None:
        self.http.subscribe(lambda _st: callback(self.http_state))

    def cancel_pending(self) -> None:
        self.http.cancel()
        self.analytics.cancel()

    def resume(self) -> None:
        self.http.resume()
        self.analytics.resume()

    def close(self) -> None:
        self.http.close()
        self.analytics.close()


def _seg(value: str) -> str:
    return quote(str(value), safe="")


def make_adapter(url: str | None, credentials: Mapping[str, str]) -> WebexAdapter:
    """The factory hook `hostguard.services.make_adapter` looks for."""
    return WebexAdapter(url, credentials)


__all__ = ["WebexAdapter", "WebexParticipant", "make_adapter", "parse_link_header", "parse_participant", "parse_qualities"]
