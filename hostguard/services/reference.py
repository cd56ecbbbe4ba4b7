"""The adapter for HostGuard's reference meeting API (served by the simulator).

Paged participant listing (1000 per page), participant actions with idempotency keys (the
batch endpoint, 100 per request, for throughput), the meeting's country policy, and the
long-polling event stream; the engine adds a periodic full reconciliation on top.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

from hostguard.core.participants import normalise_role
from hostguard.services.base import (
    APPLIED,
    FAILED,
    STATUSES,
    ActionRequest,
    ActionResult,
    Adapter,
    Capability,
    ConfigurationError,
    EventBatch,
    EventsExpired,
    NotFound,
    Policy,
    RemoteEvent,
    RemoteParticipant,
    RosterSnapshot,
    ServiceError,
)
from hostguard.services.http import (
    HTTPState,
    ServiceHTTP,
    ShapeError,
    boolean,
    header_safe,
    integer,
    obj,
    seq,
    text,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 1000
# 1000 pages of 1000 is a million people: more than any meeting; a longer list is a broken
# service, not an event.
MAX_PAGES = 1000
MAX_CURSOR = 4096
# Bounds on participant fields (the reference API's own limits are far below these).
MAX_ID = 1024
MAX_NAME = 512
MAX_EMAIL = 320
MAX_ADDRESS = 100  # an IPv6 address with a zone id is at most ~60 characters
BATCH_SIZE = 100
LOOKUP_IDS = 100  # participants asked for by id in one request (the ``id`` filter)
LOOKUP_URL_CHARS = 6000  # ... and at most this much of the query string
MAX_KEY = 200
MAX_REASON = 500
# What "already done" looks like for each action: the service's status afterwards.
TARGET_STATUS = {
    "remove": ("removed", "blocked"),
    "block": ("blocked",),
    "waiting_room": ("waiting",),
    "admit": ("joined",),
}


def _seg(value: str) -> str:
    """One path segment. "." and ".." are encoded too: sent as they are, URL normalisation
    would turn /meetings/./participants into /meetings/participants, another resource."""
    text = quote(str(value), safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


class ReferenceAdapter(Adapter):
    name = "reference"
    capabilities = frozenset(
        {
            Capability.LIST_WITH_ADDRESSES,
            Capability.LIST,
            Capability.REMOVE,
            Capability.WAITING_ROOM,
            Capability.ADMIT,
            Capability.BLOCK,
            Capability.COUNTRY_POLICY,
            Capability.EVENTS,
        }
    )

    def __init__(
        self, base_url: str, token: str, *, http: ServiceHTTP | None = None, **http_options: Any
    ) -> None:
        if not token:
            raise ConfigurationError("the reference service needs a token")
        if not header_safe(token) or " " in token:
            raise ConfigurationError(
                "the reference service token contains a space, a line break, a control "
                "character or a non-ASCII character; check the token that was entered"
            )
        self._token = token
        try:
            self.http = http or ServiceHTTP(
                base_url,
                service="reference service",
                auth=lambda: {"Authorization": f"Bearer {self._token}"},
                secrets=lambda: (self._token,),
                **http_options,
            )
        except ValueError as exc:
            raise ConfigurationError(f"--url: {exc}") from None

    def __repr__(self) -> str:
        return f"<ReferenceAdapter {self.http.base_url}>"

    def undo(self, action: str) -> tuple[str | None, str]:
        """The reference API's ``admit`` also lifts a block (resources/reference-api.openapi.yaml):
        a block is undone by admitting. A removal is not undone: the API's admit would put a
        removed person back "joined" without them rejoining, which is not what undo means."""
        if action == "block" and self.support("admit")[0] == "send":
            return "admit", "unblocked through the reference API (admit lifts a block)"
        return super().undo(action)

    # -- roster ------------------------------------------------------------------------
    def list_participants(self, meeting_id: str) -> list[RemoteParticipant]:
        return self.fetch_roster(meeting_id).participants

    def fetch_roster(self, meeting_id: str) -> RosterSnapshot:
        out: list[RemoteParticipant] = []
        seen: set[str] = set()
        cursor: str | None = None
        cursors: set[str] = set()  # every cursor followed so far: a repeat means a loop
        first_seq: int | None = None
        path = f"/meetings/{_seg(meeting_id)}/participants"
        for page in range(MAX_PAGES):
            params: dict[str, Any] = {"limit": PAGE_SIZE}
            if cursor:
                params["cursor"] = cursor
            data = obj(self.http.request("GET", path, params=params).data, "participants page")
            if page == 0:
                first_seq = integer(data, "event_seq", "participants page", optional=True)
            for i, raw in enumerate(seq(data, "participants", "participants page")):
                p = _parse_well_formed(raw) or parse_participant(raw, f"participants[{i}]")
                if p.id not in seen:  # a page boundary moving under us must not duplicate anyone
                    seen.add(p.id)
                    out.append(p)
            nxt = data.get("next_cursor")
            if nxt is None or nxt == "":
                break
            if not isinstance(nxt, str):
                raise ShapeError(
                    "unexpected answer from the service: next_cursor should be text or null"
                )
            if nxt in cursors:
                # Following it again would fetch the same pages forever.
                raise ShapeError(
                    "unexpected answer from the service: the participant list does not end "
                    f"(page {page + 1} points back to an earlier page); stopped after "
                    f"{page + 1} pages"
                )
            if len(nxt) > MAX_CURSOR:
                raise ShapeError(
                    "unexpected answer from the service: next_cursor is longer than "
                    f"{MAX_CURSOR} characters"
                )
            cursors.add(nxt)
            cursor = nxt
        else:
            raise ShapeError(
                "unexpected answer from the service: the participant list does not end "
                f"(more than {MAX_PAGES} pages)"
            )
        return RosterSnapshot(out, first_seq)

    def participant(self, meeting_id: str, participant_id: str) -> RemoteParticipant:
        data = self.http.request(
            "GET", f"/meetings/{_seg(meeting_id)}/participants/{_seg(participant_id)}"
        ).data
        return parse_participant(data, "participant")

    def events(self, meeting_id: str, since: int, wait: float) -> EventBatch:
        try:
            r = self.http.request(
                "GET",
                f"/meetings/{_seg(meeting_id)}/events",
                params={"since": since, "wait": max(0, min(25, math.ceil(wait)))},
                read_timeout=wait + 5.0,
                deadline=wait + 25.0,
            )
        except ServiceError as exc:
            if exc.status == 410:
                raise EventsExpired(str(exc), status=410) from None
            raise
        data = obj(r.data, "events")
        events = []
        for i, raw in enumerate(seq(data, "events", "events")):
            if type(raw) is dict:  # a well-formed event, checked inline; anything else below
                n, kind, at = raw.get("seq"), raw.get("type"), raw.get("at")
                if (
                    type(n) is int
                    and type(kind) is str
                    and (at is None or type(at) is str)
                    and (p := _parse_well_formed(raw.get("participant"))) is not None
                ):
                    events.append(RemoteEvent(seq=n or 0, type=kind, participant=p, at=at or None))
                    continue
            e = obj(raw, f"events[{i}]")
            events.append(
                RemoteEvent(
                    seq=integer(e, "seq", f"events[{i}]") or 0,
                    type=text(e, "type", f"events[{i}]"),
                    participant=parse_participant(e.get("participant"), f"events[{i}].participant"),
                    at=text(e, "at", f"events[{i}]", optional=True) or None,
                )
            )
        nxt = integer(data, "next", "events")
        return EventBatch(events, nxt if nxt is not None else since)

    # -- actions -------------------------------------------------------------------------
    def act(
        self,
        meeting_id: str,
        participant_id: str,
        action: str,
        idempotency_key: str,
        reason: str = "",
    ) -> ActionResult:
        body: dict[str, Any] = {"action": action}
        if reason:
            body["reason"] = reason[:MAX_REASON]
        try:
            r = self.http.request(
                "POST",
                f"/meetings/{_seg(meeting_id)}/participants/{_seg(participant_id)}/actions",
                json_body=body,
                headers={"Idempotency-Key": idempotency_key[:MAX_KEY]},
            )
        except NotFound as exc:
            return ActionResult(FAILED, f"unknown participant ({exc.status})")
        except ServiceError as exc:
            if exc.status in (409, 422, 400, 413):
                problem = getattr(exc, "problem", None)
                return self._item_result(
                    exc.status or 0, problem, meeting_id, participant_id, action
                )
            raise
        return self._item_result(r.status, r.data, meeting_id, participant_id, action)

    def act_many(self, meeting_id: str, requests: Sequence[ActionRequest]) -> list[ActionResult]:
        results: list[ActionResult] = []
        path = f"/meetings/{_seg(meeting_id)}/actions:batch"
        for start in range(0, len(requests), BATCH_SIZE):
            chunk = requests[start : start + BATCH_SIZE]
            items = []
            for r in chunk:
                item: dict[str, Any] = {
                    "participant_id": r.participant_id,
                    "action": r.action,
                    "idempotency_key": r.idempotency_key[:MAX_KEY],
                }
                if r.reason:
                    item["reason"] = r.reason[:MAX_REASON]
                items.append(item)
            data = obj(
                self.http.request("POST", path, json_body={"actions": items}).data, "batch answer"
            )
            by_key: dict[str, dict[str, Any]] = {}
            for i, raw in enumerate(seq(data, "results", "batch answer")):
                res = obj(raw, f"results[{i}]")
                by_key[text(res, "idempotency_key", f"results[{i}]")] = res
            reused: list[tuple[int, ActionRequest, Any]] = []  # "key reused" (422): see below
            for r in chunk:
                res = by_key.get(r.idempotency_key[:MAX_KEY])
                if res is None:
                    results.append(
                        ActionResult(
                            FAILED, "the service did not answer for this action", retryable=True
                        )
                    )
                    continue
                status = integer(res, "status", "batch result") or 0
                if status == 422:
                    reused.append((len(results), r, res.get("body")))
                    results.append(ActionResult(FAILED))  # replaced below
                    continue
                results.append(
                    self._item_result(
                        status, res.get("body"), meeting_id, r.participant_id, r.action
                    )
                )
            if reused:
                # Another HostGuard used these keys first (other rules, other reasons): what
                # the service shows now decides, asked for all of them at once, not per person.
                now = self._statuses(meeting_id, [r.participant_id for _, r, _ in reused])
                for i, r, body in reused:
                    results[i] = self._reused_result(now.get(r.participant_id), r.action, body)
        return results

    def _statuses(self, meeting_id: str, ids: Sequence[str]) -> dict[str, str]:
        """participant id -> status on the service, for these ids, in as few requests as the
        ``id`` filter of the participant list allows (a service without the filter answers
        with its first page: what it does not list is asked for one by one). Unknown, or not
        reachable now: left out."""
        out: dict[str, str] = {}
        wanted = list(dict.fromkeys(ids))
        path = f"/meetings/{_seg(meeting_id)}/participants"
        missing: list[str] = []
        start = 0
        while start < len(wanted):
            chunk: list[str] = []
            size = 0
            while start < len(wanted) and len(chunk) < LOOKUP_IDS:
                cost = len(quote(wanted[start], safe="")) + 4
                if chunk and size + cost > LOOKUP_URL_CHARS:
                    break
                chunk.append(wanted[start])
                size += cost
                start += 1
            try:
                data = obj(
                    self.http.request("GET", path, params={"id": chunk, "limit": PAGE_SIZE}).data,
                    "participants page",
                )
                listed = [
                    _parse_well_formed(raw) or parse_participant(raw, f"participants[{i}]")
                    for i, raw in enumerate(seq(data, "participants", "participants page"))
                ]
            except ServiceError:
                continue  # unknown for now: these are reported as not done
            asked = set(chunk)
            filtered = data.get("next_cursor") is None and all(p.id in asked for p in listed)
            for p in listed:
                if p.id in asked:
                    out[p.id] = p.status
            if not filtered:
                missing.extend(pid for pid in chunk if pid not in out)
        for pid in missing:
            try:
                out[pid] = self.participant(meeting_id, pid).status
            except ServiceError:
                continue  # unknown: reported as not done
        return out

    @staticmethod
    def _reused_result(now: str | None, action: str, body: Any) -> ActionResult:
        """The outcome of a 422 "key reused" from the participant's status on the service."""
        if now is not None and now in TARGET_STATUS.get(action, ()):
            return ActionResult(
                APPLIED, "already applied with this key by another client", status=now
            )
        problem = body if isinstance(body, dict) else {}
        title = problem.get("title") if isinstance(problem.get("title"), str) else ""
        detail = problem.get("detail") if isinstance(problem.get("detail"), str) else ""
        words = ": ".join(x for x in (title, detail) if x)[:300] or "HTTP 422"
        return ActionResult(FAILED, f"refused: {words}")

    def _item_result(
        self, status: int, body: Any, meeting_id: str, participant_id: str, action: str
    ) -> ActionResult:
        if status == 200:
            b = obj(body, "action answer")
            now = text(b, "status", "action answer", optional=True) or None
            replayed = boolean(b, "replayed", "action answer", optional=True)
            detail = "applied" + (" (already recorded by the service)" if replayed else "")
            if now and now not in TARGET_STATUS.get(action, (now,)):
                detail = f"nothing to do: participant is {now}"
            return ActionResult(APPLIED, detail, status=now)
        problem = body if isinstance(body, dict) else {}
        kind = problem.get("type", "") if isinstance(problem.get("type"), str) else ""
        slug = kind.rsplit("/", 1)[-1]
        title = problem.get("title") if isinstance(problem.get("title"), str) else ""
        detail = problem.get("detail") if isinstance(problem.get("detail"), str) else ""
        words = ": ".join(x for x in (title, detail) if x)[:300] or f"HTTP {status}"
        if status in (429, 500, 502, 503, 504):
            return ActionResult(FAILED, f"service busy ({words})", retryable=True)
        if status == 409 or slug == "participant-left":
            return ActionResult(FAILED, "participant left before the action", status="left")
        if status == 404:
            return ActionResult(FAILED, "unknown participant")
        if status == 422:
            # The same key was used with a different body (another HostGuard with different
            # rules wording, say). If the service already shows the effect, it is applied.
            try:
                p = self.participant(meeting_id, participant_id)
            except ServiceError:
                p = None
            return self._reused_result(p.status if p is not None else None, action, body)
        return ActionResult(FAILED, f"refused by the service ({words})")

    # -- policy --------------------------------------------------------------------------
    def get_policy(self, meeting_id: str) -> Policy:
        return _policy(self.http.request("GET", f"/meetings/{_seg(meeting_id)}/policy").data)

    def set_policy(self, meeting_id: str, policy: Policy) -> Policy:
        body = {
            "enabled": policy.enabled,
            "method": policy.method,
            "countries": list(policy.countries),
        }
        return _policy(
            self.http.request("PUT", f"/meetings/{_seg(meeting_id)}/policy", json_body=body).data
        )

    # -- connection ------------------------------------------------------------------------
    def test_connection(self, meeting_id: str) -> str:
        data = obj(self.http.request("GET", f"/meetings/{_seg(meeting_id)}").data, "meeting")
        topic = text(data, "topic", "meeting", optional=True)
        count = integer(data, "participant_count", "meeting", optional=True)
        what = f"meeting '{topic}'" if topic else f"meeting {meeting_id}"
        n = f" with {count} participant{'s' if count != 1 else ''}" if count is not None else ""
        return f"Connected to {what}{n} on the reference service at {self.http.host}."

    @property
    def http_state(self) -> HTTPState:
        return self.http.state

    def subscribe_state(self, callback: Callable[[HTTPState], None]) -> None:
        self.http.subscribe(callback)

    def cancel_pending(self) -> None:
        self.http.cancel()

    def resume(self) -> None:
        self.http.resume()

    def close(self) -> None:
        self.http.close()


# Exactly what normalise_role gives for the values a well-formed row carries.
_ROLES_AS_SENT: dict[Any, str] = {None: "attendee", "host": "host", "co-host": "co-host",
                                  "panelist": "panelist", "attendee": "attendee"}  # fmt: skip
_STATUSES_AS_SENT: dict[Any, str] = {None: "joined", **{s: s for s in STATUSES}}


def _parse_well_formed(raw: Any) -> RemoteParticipant | None:
    """parse_participant's result for a row with every field present, of the expected type
    and within its limits, checked inline; None for anything else, which parse_participant
    then accepts or rejects with its detailed message."""
    if type(raw) is not dict:
        return None
    try:
        pid, name, email, ip = raw["id"], raw["name"], raw["email"], raw["ip_address"]
        joined = raw["joined_at"]
        role = _ROLES_AS_SENT[raw["role"]]
        status = _STATUSES_AS_SENT[raw["status"]]
    except (KeyError, TypeError):  # a missing key, an unknown or unhashable value
        return None
    if type(pid) is not str or type(name) is not str or type(email) is not str:
        return None
    if type(ip) is not str:
        if ip is not None:
            return None
        ip = ""
    if not 0 < len(pid) <= MAX_ID or len(ip) > MAX_ADDRESS or (joined is not None and type(joined) is not str):
        return None
    if email:
        email = email[:MAX_EMAIL]
        return RemoteParticipant(
            pid, name[:MAX_NAME], email, role, status, ip, joined or None, "email:" + email.strip().lower()
        )
    name = name[:MAX_NAME]
    return RemoteParticipant(pid, name, "", role, status, ip, joined or None, "name:" + name)


def parse_participant(raw: Any, where: str) -> RemoteParticipant:
    d = obj(raw, where)
    role = normalise_role(d.get("role"))
    if role is None:
        raise ShapeError(f"unexpected answer from the service: {where}.role is not a known role")
    status = text(d, "status", where, optional=True, default="joined")
    if status not in STATUSES:
        raise ShapeError(
            f"unexpected answer from the service: {where}.status {status[:20]!r} is not a known status"
        )
    # Names and e-mails are only shown and recorded: an absurdly long one is cut, not fatal.
    email = text(d, "email", where, optional=True)[:MAX_EMAIL]
    name = text(d, "name", where, optional=True)[:MAX_NAME]
    pid = text(d, "id", where)
    if not pid or len(pid) > MAX_ID:
        raise ShapeError(
            f"unexpected answer from the service: {where}.id should be 1 to {MAX_ID} "
            f"characters, got {len(pid)}"
        )
    # An address too long (or with control characters) to be one is "invalid address" for
    # this participant alone: RemoteParticipant keeps it escaped and cut, never the others' loss.
    ip = text(d, "ip_address", where, optional=True)
    return RemoteParticipant(
        id=pid,
        name=name,
        email=email,
        role=role,
        status=status,
        ip=ip,
        joined_at=text(d, "joined_at", where, optional=True) or None,
    )


def _policy(raw: Any) -> Policy:
    d = obj(raw, "policy")
    countries = seq(d, "countries", "policy")
    if not all(isinstance(c, str) for c in countries):
        raise ShapeError(
            "unexpected answer from the service: policy.countries should be a list of codes"
        )
    return Policy(
        enabled=boolean(d, "enabled", "policy"),
        method=text(d, "method", "policy"),
        countries=tuple(countries),
    )


__all__ = ["ReferenceAdapter", "parse_participant"]
