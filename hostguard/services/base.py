"""The one interface every meeting-service adapter implements, with declared capabilities.

Nothing above this layer knows a URL: the engine asks an `Adapter` for the roster, the event
stream and actions, and reads `Adapter.capabilities` to know what the service can do.

The interface:
* `Adapter.fetch_roster(meeting_id)` returns a `RosterSnapshot` (participants plus the event
  position to resume the event stream from). The default calls `list_participants`.
* `Adapter.events(...)` returns an `EventBatch` (events, next position) rather than a tuple,
  and raises `EventsExpired` when the service no longer holds events that old (the caller
  then does a full reconciliation).
* `Adapter.act_many(meeting_id, requests)` takes `ActionRequest` objects and returns one
  `ActionResult` per request, in order. It raises `ServiceError` subclasses only when the
  whole call failed (nothing known about any item); per-item failures are results.
* `Adapter.support(action)` says what the service does with one action ("send",
  "unsupported" or "manual", with a sentence); `plan(actions)` turns that into confirmation
  sentences for the UI.
* `ActionResult.status` carries the participant's status on the service after the action
  when the service reports it.
* `Adapter.http_state` exposes the shared HTTP layer's back-off / rate-limit state (see
  `hostguard.services.http.HTTPState`), and `subscribe_state(callback)` reports its changes.
* What a service can do beyond that (a meeting's own country policy, notes for the host) is a
  typed capability in `hostguard.services.capabilities`, checked with ``isinstance``.
* Errors: `ServiceError` (base; `.status` is the HTTP status when there was one),
  `AuthError` and `UnreachableError` (both exit code 3 in the CLI), `NotSupported`,
  `NotFound` (an unknown meeting or participant), `EventsExpired`, `ConfigurationError`
  (an adapter cannot be built from what the user gave: a usage error).

Secrets never appear in the messages of these errors, in reprs or in logs.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from hostguard.services.http import HTTPState


class Capability(StrEnum):
    LIST_WITH_ADDRESSES = "list_with_addresses"  # the roster includes each participant's IP
    LIST = "list"  # the roster, without addresses
    REMOVE = "remove"
    WAITING_ROOM = "waiting_room"  # move someone already inside to the waiting room
    ADMIT = "admit"  # admit from the waiting room (undo)
    BLOCK = "block"  # remove and prevent rejoining
    DENY_REGISTRANT = "deny_registrant"  # deny a registration (webinars)
    COUNTRY_POLICY = "country_policy"  # the meeting's own country allow/deny list for new joiners
    EVENTS = "events"  # a stream of joins/leaves/status changes


# Participant actions HostGuard can ask a service for, and the capability each needs.
ACTION_CAPABILITY: dict[str, Capability] = {
    "remove": Capability.REMOVE,
    "waiting_room": Capability.WAITING_ROOM,
    "admit": Capability.ADMIT,
    "block": Capability.BLOCK,
}

# Outcomes of an action (ActionResult.outcome)
APPLIED = "applied"
FAILED = "failed"
UNSUPPORTED = "unsupported"
MANUAL = "manual"
OUTCOMES = (APPLIED, FAILED, UNSUPPORTED, MANUAL)

# Participant statuses on a service
STATUSES = ("joined", "waiting", "removed", "blocked", "left")


@dataclass(frozen=True)
class CredentialsHint:
    """What fixes an error: storing credentials for ``service``, as a fact, not a sentence.

    ``str(error)`` words it for the command line (`cli_words`); the app words it its own way
    (the connection dialog) from the same fields, never by rewriting the CLI's sentence.
    ``environment``: the environment variables that also work; ``cli_options``: command-line
    options that also work (``--token``).
    """

    service: str
    environment: tuple[str, ...] = ()
    cli_options: tuple[str, ...] = ()

    def cli_sentence(self, problem: str) -> str:
        """``problem (ENV, --option, or `hostguard credentials set --service S`)``."""
        return self.sentence(problem, f"`hostguard credentials set --service {self.service}`", self.cli_options)

    def sentence(self, problem: str, where: str, options: tuple[str, ...] = ()) -> str:
        """``problem (ENV, ..., or <where>)``: each front end says where credentials are entered."""
        items = [*self.environment, *options]
        return f"{problem} ({', '.join([*items, f'or {where}'])})" if items else f"{problem} ({where})"


class ServiceError(Exception):
    """The service said no, or answered something unusable. The message is safe to show.

    ``fix``: a `CredentialsHint` when storing credentials is what fixes it; the message is then
    ``summary`` (what is wrong) with the command-line hint added."""

    def __init__(
        self, message: str, *, status: int | None = None, retryable: bool = False, fix: CredentialsHint | None = None
    ) -> None:
        super().__init__(message if fix is None else fix.cli_sentence(message))
        self.summary = message
        self.status = status
        self.retryable = retryable
        self.fix = fix


class AuthError(ServiceError):
    """The credentials were refused (after one re-authentication attempt)."""


class UnreachableError(ServiceError):
    """The service could not be reached, or kept failing, within the request budget."""

    exit_code = 3  # README "Command line": the service or download server is unreachable


class NotSupported(ServiceError):
    """This service cannot do that (a capability it does not have)."""


class NotFound(ServiceError):
    """The meeting or participant does not exist on the service."""


class EventsExpired(ServiceError):
    """The service no longer holds events that old: do a full reconciliation."""


class ConfigurationError(ValueError):
    """An adapter cannot be built from what was given (unknown service, missing credential).

    ``fix`` and ``summary`` as for `ServiceError`: ``str()`` is the command line's sentence."""

    def __init__(self, message: str, *, fix: CredentialsHint | None = None) -> None:
        super().__init__(message if fix is None else fix.cli_sentence(message))
        self.summary = message
        self.fix = fix


# Longer than any spelling of an address (an IPv6 address with a zone id is ~60 characters).
MAX_ADDRESS_TEXT = 100


def _unusable_address(value: object) -> str:
    """What a service reported where an address belongs, when it cannot be one (not text,
    control characters, too long), kept as evidence that is safe to show and store: escaped
    and cut ("8.8.8.8\\x00", "1111…"), so the resolver calls it "invalid address" for this
    participant alone. None is "no address"."""
    from hostguard.core.participants import escaped_text

    if value is None:
        return ""
    # Escapes and the "…" that marks a cut are never part of an address: nothing here can
    # turn into a usable one (a long value cut short always ends in "…").
    return escaped_text(value if isinstance(value, str) else repr(value), 64)


@dataclass(slots=True)
class RemoteParticipant:
    id: str
    name: str = ""
    email: str = ""
    role: str = "attendee"  # host | co-host | panelist | attendee
    status: str = "joined"  # joined | waiting | removed | blocked | left
    ip: str = ""  # "" when the service reports no address
    joined_at: str | None = None
    # Stable across leave/rejoin when the service gives such an id, else derived from e-mail/name.
    person_key: str = ""
    # Where the service itself places the person (Zoom's free text "San Jose (US)"), and the
    # ISO code read from it: evidence shown next to the address-based country, never a rule input.
    location: str = ""
    service_country: str | None = None

    def __post_init__(self) -> None:
        ip = self.ip
        if type(ip) is not str or len(ip) > MAX_ADDRESS_TEXT or not ip.isprintable():
            self.ip = _unusable_address(ip)
        if not self.person_key:
            self.person_key = (
                ("email:" + self.email.strip().lower()) if self.email else ("name:" + self.name)
            )


@dataclass(frozen=True, slots=True)
class RosterSnapshot:
    participants: list[RemoteParticipant]
    events_since: int | None = None  # resume the event stream from here (None: no events)


@dataclass(frozen=True, slots=True)
class RemoteEvent:
    seq: int
    type: str  # joined | left | status
    participant: RemoteParticipant
    at: str | None = None


@dataclass(frozen=True, slots=True)
class EventBatch:
    events: list[RemoteEvent]
    next: int


@dataclass(frozen=True, slots=True)
class ActionRequest:
    participant_id: str
    action: str  # remove | waiting_room | admit | block
    idempotency_key: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ActionResult:
    outcome: str  # applied | failed | unsupported | manual
    detail: str = ""
    retryable: bool = False  # failed for now; the same request may be sent again later
    status: str | None = None  # the participant's status on the service afterwards, if known


@dataclass(frozen=True, slots=True)
class Policy:
    enabled: bool
    method: str  # deny | approve
    countries: tuple[str, ...] = field(default_factory=tuple)


class Adapter(ABC):
    """One meeting service behind HostGuard's interface."""

    name: str = "service"
    capabilities: frozenset[Capability] = frozenset()

    # -- roster ----------------------------------------------------------------------
    @abstractmethod
    def list_participants(self, meeting_id: str) -> list[RemoteParticipant]:
        """Everyone currently in the meeting or its waiting room (and removed/blocked ones the
        service still lists); not those who left."""

    def fetch_roster(self, meeting_id: str) -> RosterSnapshot:
        return RosterSnapshot(self.list_participants(meeting_id), None)

    def events(self, meeting_id: str, since: int, wait: float) -> EventBatch:
        """Events after ``since``, waiting up to ``wait`` seconds for one. Raises NotSupported
        when the service has no event stream, EventsExpired when ``since`` is too old."""
        raise NotSupported(f"{self.name} has no event stream")

    # -- actions ---------------------------------------------------------------------
    def support(self, action: str) -> tuple[str, str]:
        """What this service does with ``action``: ("send" | "unsupported" | "manual", sentence)."""
        cap = ACTION_CAPABILITY.get(action)
        if cap is None:
            return UNSUPPORTED, f"'{action}' is not a participant action"
        if cap in self.capabilities:
            return "send", f"{self.name} can {action.replace('_', ' ')} through its API"
        return UNSUPPORTED, f"{self.name} cannot {action.replace('_', ' ')} through its API"

    def undo(self, action: str) -> tuple[str | None, str]:
        """How this service undoes ``action`` once it took effect: (the action that undoes it,
        or None when it cannot be undone, a sentence saying so). By default: a move to the
        waiting room is undone by admitting, where the service can admit; a removal cannot be
        undone (the person has to join again); a block cannot be lifted through the API.
        An adapter whose service can lift a block says so by overriding this."""
        if action == "waiting_room":
            kind, sentence = self.support("admit")
            if kind == "send":
                return "admit", f"admitted from the waiting room through {self.name}'s API"
            return None, f"cannot be admitted through the API: {sentence}"
        if action == "remove":
            return None, "a removal cannot be undone: the person has to join again"
        if action == "block":
            return None, f"{self.name} cannot lift a block through its API"
        return None, f"'{action}' is not undone by HostGuard"

    def plan(self, actions: Iterable[str]) -> list[str]:
        """One sentence per distinct action: what will be sent, what is not possible here."""
        out = []
        for action in sorted(set(actions)):
            kind, sentence = self.support(action)
            if kind == "send":
                out.append(f"{action}: sent to {self.name}")
            elif kind == MANUAL:
                out.append(f"{action}: needs a manual step ({sentence})")
            else:
                out.append(f"{action}: not supported ({sentence})")
        return out

    @abstractmethod
    def act(
        self,
        meeting_id: str,
        participant_id: str,
        action: str,
        idempotency_key: str,
        reason: str = "",
    ) -> ActionResult:
        """Ask the service for one action; the same key must never take effect twice."""

    def act_many(self, meeting_id: str, requests: Sequence[ActionRequest]) -> list[ActionResult]:
        """Several actions; one result per request, in order. The default loops `act`."""
        return [
            self.act(meeting_id, r.participant_id, r.action, r.idempotency_key, r.reason)
            for r in requests
        ]

    # -- connection ---------------------------------------------------------------------
    @abstractmethod
    def test_connection(self, meeting_id: str) -> str:
        """One sentence saying what was reached; raises AuthError / UnreachableError / NotFound."""

    @property
    def http_state(self) -> HTTPState | None:
        return None

    def subscribe_state(self, callback: Callable[[HTTPState], None]) -> None:  # noqa: B027
        """Call ``callback`` (from any thread) when the back-off / rate-limit state changes."""

    def cancel_pending(self) -> None:  # noqa: B027
        """Make requests waiting (back-off, budget) give up promptly, e.g. when stopping."""

    def resume(self) -> None:  # noqa: B027
        """Accept requests again after `cancel_pending`."""

    def close(self) -> None:  # noqa: B027
        """Release connections; pending waits end promptly."""

    def __repr__(self) -> str:  # never the credentials
        return f"<{type(self).__name__} {self.name}>"
