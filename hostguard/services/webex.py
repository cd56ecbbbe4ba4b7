"""The Webex adapter: the participant list, expel and admit through Webex's REST API, and
participant addresses from Webex's meeting-quality analytics.

What Webex allows, and so what this adapter does (facts: Webex's own API description,
``public-spec/webex-meeting.json``, vendored in ``tests/contract/vendor/``):

* The meeting may be given as a meeting number (digits), a meeting series id or a meeting
  instance id (``..._I_...``). The instance in progress is found with ``GET /meetings``
  (``meetingNumber`` + ``current``, then ``meetingSeriesId`` + ``meetingType=meeting`` +
  ``state=inProgress``); Webex lists in-progress instances only "about 15 minutes after the
  start", so until then the participant list's ``meetingId`` (the instance of each
  participant) stands in when all agree. Analytics needs the instance id.
* ``GET /meetingParticipants?meetingId=..&max=100`` lists participants without addresses,
  paged by ``Link: <...>; rel="next"`` (followed only on the same host, so the bearer token
  never travels elsewhere). ``state`` ``lobby``/``joined``/``breakoutSession``/``end`` become
  ``waiting``/``joined``/``joined``/``left``. While the meeting is live Webex gives
  ``joinedTime``/``leftTime`` as ``1970-01-01T00:00:00.000Z`` (or not at all) for everyone:
  that placeholder never means "left".
* Addresses come only from ``GET analytics/meeting/qualities`` (`webex_addresses` makes the
  calls, `webex_qualities` reads and matches the answers), which needs
  an organisation administrator's token with ``analytics:read_all`` (``admin_token``, else the
  one token), from about 10 minutes after the start, one call per five minutes per meeting
  instance: the adapter keeps that window itself and keeps what it learnt. A ``504`` answer
  (a ``max`` too large for the service) halves ``max`` and asks again.
* ``remove``: ``PUT /meetingParticipants/{id} {"expel": true}``, which needs the host's or a
  co-host's token. Its answer is an ``InProgressParticipant`` whose ``state`` can only be
  ``lobby`` or ``joined``, so it cannot say that someone left: HostGuard reads the participant
  back and records "applied" only when Webex lists them as ``end``. ``block``: the same, and
  Webex cannot stop the person from rejoining (the result says so). ``admit``:
  ``{"admit": true}``, several at once through ``POST /meetingParticipants/admit``.
  ``waiting_room``: Webex cannot move someone back to the lobby (unsupported).
* 429 answers carry ``Retry-After`` in seconds (the shared HTTP layer waits for it).

This module is about 600 lines, over the project's 500, for one reason: `WebexAdapter` is one
object over one lock and one cache of meeting instances and people (listing, expel and admit
with their read-back, the connection test all use them). What stands apart is in its own
module: participants read from Webex's answers (`webex_participants`), the analytics calls and
their window (`webex_addresses`), and matching analytics sessions to people (`webex_qualities`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

from hostguard.services.base import (
    APPLIED,
    FAILED,
    UNSUPPORTED,
    ActionRequest,
    ActionResult,
    Adapter,
    AuthError,
    Capability,
    ConfigurationError,
    CredentialsHint,
    NotFound,
    RemoteParticipant,
    RosterSnapshot,
    ServiceError,
    UnreachableError,
)
from hostguard.services.http import HTTPState, ServiceHTTP
from hostguard.services.vendor_common import (
    PageLoop,
    Warnings,
    duration,
    type_name,
)
from hostguard.services.webex_addresses import (
    ANALYTICS_WINDOW_S,
    ROLE_ANALYTICS,
    WebexAddresses,
    next_page,
)
from hostguard.services.webex_participants import (
    PARTICIPANT_KEYS,
    STATES,
    WebexParticipant,
    id_kind,
    parse_link_header,
    parse_participant,
    real_time,
)
from hostguard.services.webex_qualities import parse_qualities

log = logging.getLogger(__name__)

WEBEX_API = "https://webexapis.com/v1"
WEBEX_ANALYTICS = "https://analytics.webexapis.com/v1"
PAGE_SIZE = 100  # Webex's maximum for meetingParticipants
ADMIT_BATCH = 100
RESOLVE_RETRY_S = 60.0  # how soon to ask GET /meetings again when no instance was found
MAX_PAGES = 10_000
# Reading a participant back after an expel: Webex may take a moment to list them as gone.
READBACK_WAITS = (0.0, 0.5, 1.5)

NO_REJOIN_BLOCK = (
    "Webex cannot prevent rejoining: a person who comes back gets a new id and is expelled again "
    "once the rules match them (their address arrives with the next analytics call)"
)
# What each call needs, for the connection test and the error messages.
ROLE_LIST = "the host's token, or an admin token with meeting:admin_participants_read"
ROLE_MEETINGS = "the host's token (meeting:schedules_read)"
ROLE_ACT = "the host's or a co-host's token (meeting:participants_write)"


# The keys of MeetingObjectForListMeeting this module reads (checked by the contract tests).
MEETING_KEYS = ("id", "meetingSeriesId", "meetingType", "state", "start")


# -- the meeting instance ------------------------------------------------------------------------------
@dataclass(slots=True)
class Instance:
    """What HostGuard knows about the meeting instance behind what the host typed."""

    given: str
    instance_id: str = ""  # "" until found
    start: str | None = None
    how: str = ""  # in words: how it was found, or why not
    checked_at: float = float("-inf")


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
        wall_clock: Callable[[], float] = time.time,
        readback_waits: Sequence[float] = READBACK_WAITS,
        **http_options: Any,
    ) -> None:
        # "token" from the CLI's --token, "access_token" from the credentials store.
        token = (credentials.get("token") or credentials.get("access_token") or "").strip()
        if not token:
            raise ConfigurationError(
                "Webex needs an access token", fix=CredentialsHint("webex", ("WEBEX_ACCESS_TOKEN",), ("--token",))
            )
        self._token = token
        self._admin_token = (credentials.get("admin_token") or "").strip()
        if url:
            root = url.rstrip("/")
            api, analytics = root + "/v1", root + "/analytics/v1"
        else:
            api, analytics = WEBEX_API, WEBEX_ANALYTICS
        auth = lambda: {"Authorization": f"Bearer {self._token}"}  # noqa: E731
        admin_auth = lambda: {"Authorization": f"Bearer {self._admin_token or self._token}"}  # noqa: E731
        secrets = lambda: tuple(t for t in (self._token, self._admin_token) if t)  # noqa: E731
        try:
            self.http = ServiceHTTP(api, service="Webex", auth=auth, secrets=secrets, **http_options)
            self.analytics = ServiceHTTP(
                analytics, service="Webex analytics", auth=admin_auth, secrets=secrets, max_attempts=3, deadline=15.0
            )
        except ValueError as exc:
            raise ConfigurationError(f"--url: {exc}") from None
        self.readback_waits = tuple(readback_waits)
        self.clock = clock
        self.wall_clock = wall_clock
        self._lock = threading.Lock()
        self.addresses = WebexAddresses(
            self.analytics, token_name=self.analytics_token_name, admin_token_given=bool(self._admin_token),
            window=analytics_window, clock=clock, wall_clock=wall_clock,
        )  # fmt: skip
        self._instances: dict[str, Instance] = {}
        self._expelled: set[tuple[str, str]] = set()
        self._known: dict[tuple[str, str], WebexParticipant] = {}

    def __repr__(self) -> str:
        return f"<WebexAdapter {self.http.base_url}>"

    @property
    def analytics_token_name(self) -> str:
        return "the admin token" if self._admin_token else "the access token (no separate admin token given)"

    # -- errors ---------------------------------------------------------------------------------------
    def _wrap(self, exc: ServiceError, what: str, needs: str = ROLE_LIST) -> ServiceError:
        if isinstance(exc, AuthError):
            why = "refused the access token" if exc.status == 401 else "does not allow this with the access token"
            new: ServiceError = AuthError(
                f"{what}: Webex {why} (HTTP {exc.status}). Personal access tokens last 12 hours; "
                f"this call needs {needs}",
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

    # -- the meeting instance ---------------------------------------------------------------------------
    def resolve_instance(self, meeting_id: str, *, force: bool = False) -> Instance:
        """The meeting instance in progress for what the host gave (cached; asked again at most
        every minute while none is found). Raises ServiceError for a refused or failed lookup."""
        with self._lock:
            inst = self._instances.get(meeting_id)
            if inst is None:
                inst = self._instances[meeting_id] = Instance(meeting_id)
            if inst.instance_id or (not force and self.clock() - inst.checked_at < RESOLVE_RETRY_S):
                return inst
        kind = id_kind(meeting_id)
        if kind == "instance":
            found = Instance(meeting_id, meeting_id, None, "given as a meeting instance id")
        else:
            found = self._lookup_instance(meeting_id, kind)
        found.checked_at = self.clock()
        with self._lock:
            self._instances[meeting_id] = found
        return found

    def _lookup_instance(self, meeting_id: str, kind: str) -> Instance:
        series = meeting_id
        try:
            if kind == "number":
                number = meeting_id.replace(" ", "").replace("-", "")
                r = self.http.request("GET", "/meetings", params={"meetingNumber": number, "current": "true"})
                items = self._meeting_items(r.data)
                series_ids = {str(i.get("meetingSeriesId") or i.get("id") or "") for i in items} - {""}
                if not series_ids:
                    return Instance(meeting_id, how=f"Webex lists no meeting with number {number}")
                if len(series_ids) > 1:
                    return Instance(meeting_id, how=f"meeting number {number} names {len(series_ids)} meeting series")
                series = series_ids.pop()
            else:
                # A scheduled meeting's id is "<series id>_<start>": its series is the part before "_".
                series = meeting_id.split("_", 1)[0]
            r = self.http.request(
                "GET", "/meetings", params={"meetingSeriesId": series, "meetingType": "meeting", "state": "inProgress"}
            )
        except ServiceError as exc:
            raise self._wrap(exc, "finding the Webex meeting in progress", ROLE_MEETINGS) from None
        live = [
            i for i in self._meeting_items(r.data)
            if i.get("meetingType") == "meeting" and i.get("state") == "inProgress" and isinstance(i.get("id"), str)
        ]  # fmt: skip
        if len(live) == 1:
            start = live[0].get("start")
            return Instance(meeting_id, live[0]["id"], start if isinstance(start, str) else None, "found with GET /meetings")
        if not live:
            return Instance(meeting_id, how="Webex lists no instance of this meeting in progress yet (it can take 15 minutes)")
        return Instance(meeting_id, how=f"Webex lists {len(live)} instances of this meeting in progress; give the instance id")

    @staticmethod
    def _meeting_items(data: Any) -> list[dict[str, Any]]:
        items = data.get("items") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise ServiceError(f"unexpected answer from Webex: the meeting list has no list of items (got {type_name(data)})")
        return [i for i in items if isinstance(i, dict)]

    # -- roster -----------------------------------------------------------------------------------------
    def list_participants(self, meeting_id: str) -> list[RemoteParticipant]:
        return self.fetch_roster(meeting_id).participants

    def fetch_roster(self, meeting_id: str) -> RosterSnapshot:
        try:
            inst = self.resolve_instance(meeting_id)
        except UnreachableError:
            raise
        except ServiceError as exc:
            # The lookup is refused (a token without meeting:schedules_read) or fails: the list
            # still works with what the host gave, and its participants may name the instance.
            log.info("Webex meeting %s: finding the instance failed (%s)", meeting_id, exc)
            with self._lock:
                inst = self._instances[meeting_id] = Instance(
                    meeting_id, how=f"the meeting lookup failed: {exc}", checked_at=self.clock()
                )
        warn = Warnings()
        people: dict[str, WebexParticipant] = {}
        path: str | None = "/meetingParticipants"
        params: dict[str, Any] | None = {"meetingId": inst.instance_id or meeting_id, "max": PAGE_SIZE}
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
                path, params = next_page(self.http, r.headers.get("Link"), path), None
                if path is not None:
                    # A link back to a page already read would loop until MAX_PAGES.
                    links.follow(path, pages)
            if path is not None:
                warn.add(f"more than {MAX_PAGES:,} pages; listing stops there")
        except ServiceError as exc:
            raise self._wrap(exc, "listing Webex participants") from None
        warn.log("Webex participant list")
        if not inst.instance_id:
            # Not listed by GET /meetings yet: the participants say which instance they are in.
            instances = {p.instance_id for p in people.values()}
            if len(instances) == 1 and "_I_" in next(iter(instances)):
                with self._lock:
                    inst.instance_id = next(iter(instances))
                    inst.how = "read from the participant list"
        out: list[RemoteParticipant] = []
        with self._lock:
            for p in people.values():
                if p.status == "left":
                    if (meeting_id, p.id) not in self._expelled:
                        continue
                    p.status = "removed"  # expelled by HostGuard; Webex says only "end"
                self._known[(meeting_id, p.id)] = p
                out.append(p)
        self.addresses.fill(meeting_id, inst, out)
        return RosterSnapshot(out, None)

    def next_address_refresh(self, meeting_id: str) -> float:
        """Seconds until the next analytics call is allowed for this meeting (0: now)."""
        with self._lock:
            inst = self._instances.get(meeting_id)
        key = inst.instance_id if inst is not None and inst.instance_id else meeting_id
        return self.addresses.next_refresh(key)

    def address_note(self, meeting_id: str, participant_id: str) -> str:
        """Why this participant has the address they have, or none (for the details pane)."""
        with self._lock:
            p = self._known.get((meeting_id, participant_id))
            return p.address_note if p is not None else ""

    def status_note(self, meeting_id: str | None = None) -> str:
        """What the host should know, in words: addresses arrive late, unknown until then."""
        counts = self.addresses.counts()
        meetings = [meeting_id] if meeting_id else list(counts)
        present = sum(counts.get(m, (0, 0))[0] for m in meetings)
        without = sum(counts.get(m, (0, 0))[1] for m in meetings)
        notes = self.addresses.notes(meetings)
        text = (
            "Webex gives participant addresses only through its analytics (an admin token), from about "
            "10 minutes after the meeting starts, and at most one call per 5 minutes per meeting"
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

    def _status_now(self, participant_id: str) -> str | None:
        """The participant's status as Webex lists it now (None when Webex does not know them)."""
        data = self._participant(participant_id)
        if data is None:
            return None
        p = parse_participant(data, "participant", Warnings())
        return p.status if p is not None else None

    def _expel_confirmed(self, participant_id: str) -> str | None:
        """Read the participant back until Webex lists them as gone; their last status."""
        status: str | None = None
        for wait in self.readback_waits:
            if wait:
                time.sleep(wait)
            status = self._status_now(participant_id)
            if status == "left":
                return status
        return status

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
                raise self._wrap(exc, f"{action} on Webex", ROLE_ACT) from None
            # 403 here is about this participant (the host cannot be expelled, say) or about the
            # token (not the host's or a co-host's): Webex's message says which.
            problem = getattr(exc, "problem", None)
            message = problem.get("message") if isinstance(problem, dict) else None
            why = self.http.scrub(message[:200]) if isinstance(message, str) else "not allowed"
            return ActionResult(FAILED, f"Webex refused: {why} ({action} needs {ROLE_ACT})")
        except UnreachableError:
            raise
        except ServiceError as exc:
            if exc.retryable or (exc.status or 0) >= 500:
                raise self._wrap(exc, f"{action} on Webex") from None
            # Refused (400/409: already gone, say): the participant's state decides.
            now = self._status_now(participant_id)
            if action != "admit" and now == "left":
                self._mark_expelled(meeting_id, participant_id)
                return ActionResult(APPLIED, "already out of the meeting (Webex lists them as left)", status="removed")
            if action == "admit" and now == "joined":
                return ActionResult(APPLIED, "already in the meeting", status="joined")
            return ActionResult(FAILED, f"Webex refused: {self._wrap(exc, action)}")
        if action == "admit":
            data = r.data if isinstance(r.data, dict) else {}
            state = STATES.get(str(data.get("state", "")))
            if state == "waiting":
                return ActionResult(FAILED, "Webex accepted the admit but the participant is still in the lobby", retryable=True)
            # No answer saying so (204, or no state): read it back.
            if state != "joined" and self._status_now(participant_id) != "joined":
                return ActionResult(FAILED, "Webex accepted the admit but does not list the participant as joined", retryable=True)
            return ActionResult(APPLIED, "admitted from the lobby", status="joined")
        # The answer's state can only be lobby or joined: it cannot say the person left. Only
        # Webex listing them as gone afterwards counts as done.
        now = self._expel_confirmed(participant_id)
        if now != "left":
            where = "no longer lists the participant at all" if now is None else "still lists the participant as in the meeting"
            return ActionResult(
                FAILED,
                f"Webex accepted the expel but {where}, so it is not recorded as done; HostGuard will try again. "
                "If this persists, it is a known Webex Meetings App limitation: remove the person in the Webex client",
                retryable=True,
            )
        self._mark_expelled(meeting_id, participant_id)
        detail = "expelled (Webex lists them as left)"
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
        """Each call HostGuard makes, the role it needs, and which token has it. Raises
        AuthError when the access token cannot list the meeting (nothing would work)."""
        host_name = "the access token"
        lines: list[str] = []
        try:
            inst = self.resolve_instance(meeting_id, force=True)
        except AuthError as exc:
            raise AuthError(
                f"{exc}\nMeeting lookup (GET /meetings) needs {ROLE_MEETINGS}: {host_name} lacks it.", status=exc.status
            ) from None
        except ServiceError as exc:
            raise self._wrap(exc, "finding the Webex meeting") from None
        lines.append(
            f"Meeting lookup (GET /meetings, needs {ROLE_MEETINGS}): OK with {host_name}; "
            + (f"meeting instance {inst.instance_id} ({inst.how})." if inst.instance_id else f"{inst.how}.")
        )
        try:
            r = self.http.request("GET", "/meetingParticipants", params={"meetingId": inst.instance_id or meeting_id, "max": 1})
        except AuthError as exc:
            raise AuthError(
                "\n".join([*lines, f"Participant list (GET /meetingParticipants, needs {ROLE_LIST}): "
                           f"{host_name} lacks it (HTTP {exc.status})."]),
                status=exc.status,
            ) from None  # fmt: skip
        except ServiceError as exc:
            raise self._wrap(exc, "reading the Webex meeting") from None
        items = r.data.get("items") if isinstance(r.data, dict) else None
        if not isinstance(items, list):
            raise ServiceError("unexpected answer from Webex: no list of participants")
        lines.append(f"Participant list (GET /meetingParticipants, needs {ROLE_LIST}): OK with {host_name}.")
        if not inst.instance_id:
            self.fetch_roster(meeting_id)  # the participants may name the instance
        if inst.instance_id:
            self.addresses.forget_note(meeting_id)
            self.addresses.call(meeting_id, inst)
            note = self.addresses.note(meeting_id)
            got = self.addresses.sessions_seen(inst.instance_id)
            if "refused" in note:
                verdict = f"{self.analytics_token_name} lacks it ({note})"
            elif "wait" in note and not got:
                verdict = "not tried now (the 5-minute window is in use)"
            elif note and "10 minutes" not in note:
                verdict = note
            else:
                verdict = f"OK with {self.analytics_token_name}" + (f"; {note}" if note else f"; {got} media sessions")
        else:
            verdict = "not tried: needs the meeting instance id"
        lines.append(f"Addresses (GET /meeting/qualities, needs {ROLE_ANALYTICS}): {verdict}.")
        lines.append(
            f"Expel and admit (PUT /meetingParticipants/{{id}}, needs {ROLE_ACT}): not tried, it would act on "
            f"someone; sent with {host_name}."
        )
        return f"Connected to Webex meeting {meeting_id} at {self.http.host}.\n" + "\n".join(lines)

    @property
    def http_state(self) -> HTTPState:
        """The shared HTTP state, its ``budget`` saying where addresses stand (status lines show it)."""
        counts = self.addresses.counts()
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


__all__ = [
    "MEETING_KEYS",
    "PARTICIPANT_KEYS",
    "STATES",
    "WebexAdapter",
    "WebexParticipant",
    "id_kind",
    "make_adapter",
    "parse_link_header",
    "parse_participant",
    "parse_qualities",
    "real_time",
]
