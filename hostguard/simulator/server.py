"""The simulator's HTTP server: HostGuard's reference API, the ``/_sim`` test hooks, fault
injection, and a route table other protocol modules extend.

Adding routes (e.g. the Zoom and Webex subsets)
-----------------------------------------------
Write ``hostguard/simulator/<name>.py`` with ``register(app: SimulatorApp) -> None`` and add
``<name>`` to ``PROTOCOL_MODULES`` (``zoom`` and ``webex`` are listed already and loaded when
their module exists). In ``register`` call::

    app.add_route("GET", "/zoom/v2/meetings/{meeting_id}/participants", handler,
                  auth=my_auth, group="zoom")

* the path is a template: ``{name}`` matches one path segment, passed (percent-decoded) in
  ``request.params["name"]``; everything else matches literally;
* ``handler(request: Request) -> Response``; build responses with ``json_response(obj)``
  (obj may be a pre-serialised JSON string) or ``Response(status, body_bytes, content_type)``;
  raise ``SimError`` (from meeting.py) for a reference-style problem, or return your own
  error ``Response`` in the vendor's error format;
* ``auth(request)`` returns None to let the request through, or raises ``SimError(401, ...)``,
  or returns a ``Response`` to send instead of calling the handler (e.g. a vendor-style 401);
  the default ``auth="bearer"`` is the reference API's check against ``--token``
  (``app.require_bearer``); ``auth=None`` means no authentication;
* ``faults=True`` (default) makes the route subject to ``--fault-rate`` (drawn after the body
  is read, before auth; 429/500/503 skip the handler, reset/slow/truncated follow it);
  ``/_sim`` routes use False;
* ``fault_response(status) -> Response`` renders injected 429/500/503 in the vendor's error
  format (default: problem JSON; a 429 always gets ``Retry-After: 1`` unless it sets one);
* ``group`` names the route family ("zoom", "webex"); the OpenAPI test checks only "reference";
* shared state: ``app.meeting`` (meeting.py: records with ``id``, ``status``, ``joined_at``,
  ``left_at``, ``person`` (``key``, ``name``, ``email``, ``role``, ``ip``, ``country``),
  ``act()``, ``page()``, ``snapshot()``, ``events_since()``, ``get_policy()``,
  ``set_policy()``, ``add_change_hook()``), ``app.meetings`` (id -> Meeting), ``app.token``,
  ``app.analytics_delay``, ``app.clock``, ``app.extensions`` (a dict for module state),
  ``app.listing_open`` (tests: cleared, the reference listing waits for it).
"""

from __future__ import annotations

import contextlib
import hmac
import importlib
import ipaddress
import json
import logging
import re
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

from hostguard.core.countries import is_country_code
from hostguard.simulator import faults as faults_mod
from hostguard.simulator.dynamics import JoinDynamics
from hostguard.simulator.meeting import (
    ACTIONS,
    STATUSES,
    ActionOutcome,
    Meeting,
    SimError,
)
from hostguard.simulator.population import Population, countries

log = logging.getLogger(__name__)

PROBLEM_BASE = "https://hostguard.example/problems/"
MAX_BODY = 256 * 1024
MAX_LIMIT = 1000
DEFAULT_LIMIT = 500
MAX_WAIT_S = 25.0
MAX_KEY_LEN = 200
MAX_REASON_LEN = 500
MAX_BATCH = 100
MAX_SIM_JOIN = 10_000
IDLE_TIMEOUT_S = 120  # idle keep-alive connections are closed after this
PROTOCOL_MODULES = ("zoom", "webex")
_KEY_RE = re.compile(r"^[\x21-\x7e]{1,200}$")
_MEETING_ID_RE = re.compile(r"^[A-Za-z0-9._~-]{1,64}$")


# --------------------------------------------------------------------------- requests/responses
@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: object  # http.client.HTTPMessage (case-insensitive .get)
    body: bytes
    params: dict[str, str] = field(default_factory=dict)
    app: SimulatorApp | None = None
    client: str = ""

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else default

    def json(self) -> object:
        """The body as JSON; a 400/415 problem when it is not."""
        ctype = (
            (self.headers.get("Content-Type") or "application/json").split(";")[0].strip().lower()
        )
        if ctype != "application/json" and not ctype.endswith("+json"):
            raise SimError(415, "unsupported-media-type", "Unsupported media type",
                           f"send the body as application/json, not {ctype}")  # fmt: skip
        if not self.body:
            raise SimError(400, "invalid-request", "Missing body", "this request needs a JSON body")
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SimError(
                400, "invalid-json", "Invalid JSON", f"the body is not valid JSON: {exc}"
            ) from None


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


def json_response(
    obj: object, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """A JSON response; ``obj`` may already be a serialised JSON string."""
    text = (
        obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    )
    return Response(status, text.encode("utf-8"), headers=dict(headers or {}))


def problem_response(err: SimError, headers: dict[str, str] | None = None) -> Response:
    """RFC 9457 problem details."""
    body = {
        "type": PROBLEM_BASE + err.slug,
        "title": err.title,
        "status": err.status,
        "detail": err.detail,
    }
    resp = json_response(body, err.status, {**err.headers, **(headers or {})})
    resp.content_type = "application/problem+json; charset=utf-8"
    return resp


def problem(
    status: int, slug: str, title: str, detail: str, headers: dict[str, str] | None = None
) -> SimError:
    return SimError(status, slug, title, detail, headers)


# --------------------------------------------------------------------------- routing
@dataclass(frozen=True)
class Route:
    method: str
    template: str  # OpenAPI-style path template, e.g. /meetings/{meeting_id}
    regex: re.Pattern
    handler: Callable[[Request], Response]
    auth: Callable[[Request], Response | None] | None
    faults: bool
    group: str  # reference | sim | zoom | webex | ...
    fault_response: Callable[[int], Response] | None = None  # vendor-style 429/500/503


def _compile(template: str) -> re.Pattern:
    out = []
    for piece in re.split(r"(\{[A-Za-z_][A-Za-z0-9_]*\})", template):
        if piece.startswith("{") and piece.endswith("}"):
            out.append(f"(?P<{piece[1:-1]}>[^/]+)")
        else:
            out.append(re.escape(piece))
    return re.compile("^" + "".join(out) + "$")


class SimulatorApp:
    """Everything the HTTP handler needs: the meeting(s), the token, faults and the routes."""

    def __init__(self, meeting: Meeting, token: str, fault_plan: faults_mod.FaultPlan, *,
                 population: Population, analytics_delay: float = 0.0,
                 slow_delay: float = faults_mod.SLOW_DELAY_S) -> None:  # fmt: skip
        self.meeting = meeting
        self.meetings: dict[str, Meeting] = {meeting.id: meeting}
        self.population = population
        self.token = token
        self.fault_plan = fault_plan
        self.analytics_delay = analytics_delay
        self.slow_delay = slow_delay
        self.clock = meeting.clock
        self.routes: list[Route] = []
        self.extensions: dict[str, object] = {}
        self.stopping = threading.Event()
        # tests: cleared, the reference listing (GET .../participants) waits until it is set
        # again (at most 30 s): a first roster that has not come yet
        self.listing_open = threading.Event()
        self.listing_open.set()

    def add_route(self, method: str, template: str, handler: Callable[[Request], Response], *,
                  auth: Callable[[Request], Response | None] | str | None = "bearer",
                  faults: bool = True, group: str = "reference",
                  fault_response: Callable[[int], Response] | None = None) -> None:  # fmt: skip
        """Serve ``method template`` with ``handler`` (see the module docstring)."""
        if auth == "bearer":
            auth = self.require_bearer
        self.routes.append(
            Route(
                method.upper(),
                template,
                _compile(template),
                handler,
                auth,
                faults,
                group,
                fault_response,
            )
        )

    # -- auth used by the reference API (and usable by the Webex subset)
    def require_bearer(self, req: Request) -> None:
        header = req.headers.get("Authorization") or ""
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            value.strip().encode("utf-8", "surrogateescape"), self.token.encode("utf-8")
        ):
            detail = "missing bearer token" if not header else "the bearer token is not valid"
            raise problem(401, "unauthorized", "Unauthorized", detail,
                          {"WWW-Authenticate": 'Bearer realm="hostguard-simulator"'})  # fmt: skip

    def meeting_for(self, meeting_id: str) -> Meeting:
        m = self.meetings.get(meeting_id)
        if m is None:
            raise SimError(
                404, "meeting-not-found", "Meeting not found", f"no meeting with id {meeting_id!r}"
            )
        return m

    def match(self, method: str, path: str) -> tuple[Route | None, dict[str, str], list[str]]:
        """(route, params, allowed methods for the path)."""
        allowed: list[str] = []
        for route in self.routes:
            m = route.regex.match(path)
            if m is None:
                continue
            if route.method == method:
                return route, {k: unquote(v) for k, v in m.groupdict().items()}, allowed
            allowed.append(route.method)
        return None, {}, allowed


# --------------------------------------------------------------------------- reference API
def _int_arg(req: Request, name: str, default: int, lo: int, hi: int) -> int:
    raw = req.arg(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = lo - 1
    if not lo <= value <= hi:
        raise SimError(400, "invalid-parameter", f"Invalid {name}",
                       f"{name} must be an integer from {lo} to {hi}, not {raw!r}")  # fmt: skip
    return value


def _outcome_response(outcome: ActionOutcome) -> Response:
    return json_response(outcome.body, outcome.status)


def _validate_action_fields(action: object, reason: object, where: str = "") -> tuple[str, str]:
    if not isinstance(action, str) or action not in ACTIONS:
        raise SimError(400, "invalid-request", "Invalid action",
                       f"{where}action must be one of {', '.join(ACTIONS)}")  # fmt: skip
    if reason is None:
        reason = ""
    if not isinstance(reason, str) or len(reason) > MAX_REASON_LEN:
        raise SimError(400, "invalid-request", "Invalid reason",
                       f"{where}reason must be a string of at most {MAX_REASON_LEN} characters")  # fmt: skip
    return action, reason


def _validate_key(key: object, where: str = "") -> str:
    if not isinstance(key, str) or not _KEY_RE.match(key):
        raise SimError(400, "invalid-idempotency-key", "Invalid idempotency key",
                       f"{where}the idempotency key must be 1 to {MAX_KEY_LEN} visible ASCII characters")  # fmt: skip
    return key


def register_reference_api(app: SimulatorApp) -> None:
    def list_meetings(req: Request) -> Response:
        return json_response({"meetings": [
            {"id": m.id, "topic": m.topic, "participant_count": m.count()} for m in app.meetings.values()
        ]})  # fmt: skip

    def get_meeting(req: Request) -> Response:
        m = app.meeting_for(req.params["meeting_id"])
        return json_response({"id": m.id, "topic": m.topic, "participant_count": m.count(),
                              "country_policy": m.get_policy()})  # fmt: skip

    def list_participants(req: Request) -> Response:
        app.listing_open.wait(30.0)
        m = app.meeting_for(req.params["meeting_id"])
        limit = _int_arg(req, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
        status = req.arg("status")
        if status not in (None, "all", *STATUSES):
            raise SimError(400, "invalid-parameter", "Invalid status",
                           f"status must be 'all' or one of {', '.join(STATUSES)}")  # fmt: skip
        ids = req.query.get("id")
        if ids is not None:
            # Only these participants, whatever their status (unless status says), one page.
            if not 1 <= len(ids) <= MAX_BATCH or not all(ids) or req.arg("cursor"):
                raise SimError(400, "invalid-parameter", "Invalid id filter",
                               f"id: 1 to {MAX_BATCH} non-empty participant ids, without a cursor")  # fmt: skip
            items, seq = m.by_ids(ids, None if status in (None, "all") else status)
            return json_response(
                f'{{"participants":[{",".join(items)}],"next_cursor":null,'
                f'"total":{len(items)},"event_seq":{seq}}}'
            )
        cursor = req.arg("cursor")
        start, first_seq = 0, None
        if cursor:
            # opaque to clients: "<join-order index>.<event seq at the first page>"
            try:
                a, b = cursor.split(".")
                start, first_seq = int(a), int(b)
                if start < 0 or first_seq < 0 or start > len(m.records):
                    raise ValueError
            except ValueError:
                raise SimError(400, "invalid-cursor", "Invalid cursor",
                               "the cursor is not one this server returned") from None  # fmt: skip
        items, nxt, total, seq = m.page(start, limit, status)
        if first_seq is None:
            first_seq = seq
        next_cursor = json.dumps(f"{nxt}.{first_seq}") if nxt is not None else "null"
        return json_response(
            f'{{"participants":[{",".join(items)}],"next_cursor":{next_cursor},'
            f'"total":{total},"event_seq":{first_seq}}}'
        )

    def get_participant(req: Request) -> Response:
        m = app.meeting_for(req.params["meeting_id"])
        return json_response(m.participant_json(req.params["participant_id"]))

    def act(req: Request) -> Response:
        m = app.meeting_for(req.params["meeting_id"])
        key = req.headers.get("Idempotency-Key")
        if key is None:
            raise SimError(400, "idempotency-key-required", "Idempotency-Key required",
                           "participant actions need an Idempotency-Key header")  # fmt: skip
        key = _validate_key(key)
        body = req.json()
        if not isinstance(body, dict):
            raise SimError(400, "invalid-request", "Invalid body", "the body must be a JSON object")
        action, reason = _validate_action_fields(body.get("action"), body.get("reason"))
        return _outcome_response(
            m.act(req.params["participant_id"], action, key=key, reason=reason)
        )

    def batch(req: Request) -> Response:
        m = app.meeting_for(req.params["meeting_id"])
        body = req.json()
        items = body.get("actions") if isinstance(body, dict) else None
        if not isinstance(items, list) or not 1 <= len(items) <= MAX_BATCH:
            raise SimError(400, "invalid-request", "Invalid batch",
                           f"the body must be {{\"actions\": [...]}} with 1 to {MAX_BATCH} items")  # fmt: skip
        results = []
        for i, item in enumerate(items):
            key = item.get("idempotency_key") if isinstance(item, dict) else None
            try:
                where = f"actions[{i}]: "
                if not isinstance(item, dict):
                    raise SimError(
                        400, "invalid-request", "Invalid item", f"{where}must be an object"
                    )
                _validate_key(key, where)
                pid = item.get("participant_id")
                if not isinstance(pid, str) or not pid:
                    raise SimError(400, "invalid-request", "Invalid participant id",
                                   f"{where}participant_id must be a non-empty string")  # fmt: skip
                action, reason = _validate_action_fields(
                    item.get("action"), item.get("reason"), where
                )
                outcome = m.act(pid, action, key=key, reason=reason)
                results.append(
                    {"idempotency_key": key, "status": outcome.status, "body": outcome.body}
                )
            except SimError as err:
                pbody = {"type": PROBLEM_BASE + err.slug, "title": err.title, "status": err.status,
                         "detail": err.detail}  # fmt: skip
                results.append({"idempotency_key": key, "status": err.status, "body": pbody})
        return json_response({"results": results})

    def get_policy(req: Request) -> Response:
        return json_response(app.meeting_for(req.params["meeting_id"]).get_policy())

    def put_policy(req: Request) -> Response:
        m = app.meeting_for(req.params["meeting_id"])
        body = req.json()
        if not isinstance(body, dict):
            raise SimError(400, "invalid-request", "Invalid body", "the body must be a JSON object")
        enabled, method, codes = body.get("enabled"), body.get("method"), body.get("countries")
        if not isinstance(enabled, bool):
            raise SimError(
                400, "invalid-request", "Invalid policy", "enabled must be true or false"
            )
        if method not in ("deny", "approve"):
            raise SimError(
                400, "invalid-request", "Invalid policy", "method must be 'deny' or 'approve'"
            )
        if not isinstance(codes, list) or len(codes) > 300:
            raise SimError(
                400,
                "invalid-request",
                "Invalid policy",
                "countries must be a list of country codes",
            )
        clean = []
        for i, code in enumerate(codes):
            if not isinstance(code, str) or not is_country_code(code.upper()):
                raise SimError(400, "invalid-request", "Invalid policy",
                               f"countries[{i}]: {code!r} is not an ISO 3166-1 alpha-2 code")  # fmt: skip
            clean.append(code.upper())
        return json_response(m.set_policy(enabled, method, clean))

    def events(req: Request) -> Response:
        m = app.meeting_for(req.params["meeting_id"])
        since = _int_arg(req, "since", 0, 0, 2**62)
        raw_wait = req.arg("wait") or "0"
        try:
            wait = float(raw_wait)
        except ValueError:
            wait = -1.0
        if not 0 <= wait <= MAX_WAIT_S:
            raise SimError(400, "invalid-parameter", "Invalid wait",
                           f"wait must be a number of seconds from 0 to {MAX_WAIT_S:g}, not {raw_wait!r}")  # fmt: skip
        items, nxt = m.events_since(since, wait)
        return json_response(f'{{"events":[{",".join(items)}],"next":{nxt}}}')

    base = "/meetings/{meeting_id}"
    app.add_route("GET", "/meetings", list_meetings)
    app.add_route("GET", base, get_meeting)
    app.add_route("GET", base + "/participants", list_participants)
    app.add_route("GET", base + "/participants/{participant_id}", get_participant)
    app.add_route("POST", base + "/participants/{participant_id}/actions", act)
    app.add_route("POST", base + "/actions:batch", batch)
    app.add_route("GET", base + "/policy", get_policy)
    app.add_route("PUT", base + "/policy", put_policy)
    app.add_route("GET", base + "/events", events)


def register_sim_hooks(app: SimulatorApp) -> None:
    """Test-only hooks: ground truth and stage directions. No auth, never faulted."""

    def state(req: Request) -> Response:
        return json_response(app.meeting.ground_truth())

    def _body(req: Request) -> dict:
        body = req.json() if req.body else {}
        if not isinstance(body, dict):
            raise SimError(400, "invalid-request", "Invalid body", "the body must be a JSON object")
        return body

    def _pid(body: dict) -> str:
        pid = body.get("participant_id")
        if not isinstance(pid, str) or not pid:
            raise SimError(
                400, "invalid-request", "Invalid body", "participant_id (string) is required"
            )
        return pid

    def join(req: Request) -> Response:
        body = _body(req)
        count = body.get("count", 1)
        country = body.get("country")
        if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_SIM_JOIN:
            raise SimError(
                400, "invalid-request", "Invalid count", f"count must be 1 to {MAX_SIM_JOIN}"
            )
        if country is not None:
            if not isinstance(country, str) or country.upper() not in countries():
                raise SimError(400, "invalid-request", "Unknown country",
                               f"country must be one of {', '.join(countries())}")  # fmt: skip
            country = country.upper()
        recs = app.meeting.join_newcomers(count, country)
        return json_response(f'{{"participants":[{",".join(r.json() for r in recs)}]}}')

    def leave(req: Request) -> Response:
        rec = app.meeting.leave(_pid(_body(req)))
        return json_response(rec.json())

    def rejoin(req: Request) -> Response:
        old, new = app.meeting.rejoin(_pid(_body(req)))
        return json_response(f'{{"previous":{old.json()},"participant":{new.json()}}}')

    app.add_route("GET", "/_sim/state", state, auth=None, faults=False, group="sim")
    app.add_route("POST", "/_sim/join", join, auth=None, faults=False, group="sim")
    app.add_route("POST", "/_sim/leave", leave, auth=None, faults=False, group="sim")
    app.add_route("POST", "/_sim/rejoin", rejoin, auth=None, faults=False, group="sim")


# --------------------------------------------------------------------------- HTTP plumbing
class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    server_version = "HostGuardSimulator/1"
    timeout = IDLE_TIMEOUT_S
    app: SimulatorApp  # set on the subclass made per server

    def setup(self) -> None:
        super().setup()
        # headers and body go out as separate writes: without this, Nagle's algorithm and the
        # client's delayed ACK add ~40 ms to every keep-alive response
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors found while parsing the request line or headers, as problem JSON too."""
        self.close_connection = True
        if self.request_version == "HTTP/0.9":  # an unparsable request line: answer in HTTP/1.1
            self.request_version = "HTTP/1.1"
        title = message or self.responses.get(code, ("Error",))[0]
        err = SimError(
            code, "bad-request" if code < 500 else "internal-error", title, explain or title
        )
        with contextlib.suppress(OSError):
            self._send(problem_response(err))

    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s " + format, self.client_address[0], *args)

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

    def _send(self, resp: Response, *, truncate: bool = False) -> None:
        body = resp.body[: len(resp.body) // 2] if truncate else resp.body
        self.send_response(resp.status)
        self.send_header("Content-Type", resp.content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for k, v in resp.headers.items():
            self.send_header(k, v)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def _reset(self) -> None:
        """Drop the connection with a TCP reset (no response at all)."""
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.wfile = _NullWriter()
        self.connection.close()

    def _serve(self) -> None:
        app = self.app
        split = urlsplit(self.path)
        route, params, allowed = app.match(self.command, split.path)
        if route is None:
            if allowed:
                err = problem(405, "method-not-allowed", "Method not allowed",
                              f"{self.command} is not supported on {split.path}",
                              {"Allow": ", ".join(sorted(set(allowed)))})  # fmt: skip
            else:
                err = SimError(404, "not-found", "Not found", f"nothing is served at {split.path}")
            self._discard_body()
            self._send(problem_response(err))
            return
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            self._send(problem_response(SimError(411, "length-required", "Length required",
                                                 "send the body with a Content-Length")))  # fmt: skip
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self.close_connection = True  # the unread body would corrupt the next request
            err = (SimError(413, "payload-too-large", "Payload too large",
                            f"request bodies are limited to {MAX_BODY} bytes")
                   if length > MAX_BODY else
                   SimError(400, "invalid-request", "Bad Content-Length", "Content-Length is not valid"))  # fmt: skip
            self._send(problem_response(err))
            return
        body = self.rfile.read(length) if length else b""
        req = Request(self.command, split.path, parse_qs(split.query, keep_blank_values=True),
                      self.headers, body, params, app, self.client_address[0])  # fmt: skip
        fault = app.fault_plan.draw(self.command, split.path) if route.faults else None
        if fault in faults_mod.BEFORE:
            status = int(fault)
            titles = {
                429: "Too many requests",
                500: "Internal server error",
                503: "Service unavailable",
            }
            slugs = {429: "rate-limited", 500: "internal-error", 503: "unavailable"}
            if route.fault_response is not None:
                resp = route.fault_response(status)
            else:
                resp = problem_response(problem(status, slugs[status], titles[status],
                                                "injected fault: try again later"))  # fmt: skip
            if status == 429:
                resp.headers.setdefault("Retry-After", "1")
            self._send(resp)
            return
        try:
            resp = route.auth(req) if route.auth is not None else None
            if resp is None:
                resp = route.handler(req)
        except SimError as err:
            resp = problem_response(err)
        except Exception:
            log.exception("simulator handler failed for %s %s", self.command, split.path)
            resp = problem_response(SimError(500, "internal-error", "Internal server error",
                                             "the simulator failed on this request"))  # fmt: skip
        if fault == "reset":
            self._reset()
            return
        if fault == "slow":
            app.stopping.wait(app.slow_delay)
        self._send(resp, truncate=fault == "truncated" and len(resp.body) > 1)

    def _discard_body(self) -> None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        if 0 < length <= MAX_BODY:
            self.rfile.read(length)
        elif length:
            self.close_connection = True


class _NullWriter:
    closed = False

    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple, handler: type) -> None:
        self.open_connections: set[socket.socket] = set()
        self._conn_lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request, client_address) -> None:
        with self._conn_lock:
            self.open_connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request) -> None:
        with self._conn_lock:
            self.open_connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request, client_address) -> None:
        log.debug("connection from %s ended with an error", client_address, exc_info=True)

    def close_connections(self) -> None:
        with self._conn_lock:
            conns = list(self.open_connections)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


# --------------------------------------------------------------------------- start/stop
class SimulatorHandle:
    """A running simulator: ``url``, ``token``, ``meeting_id``, ``state()``, ``stop()``."""

    def __init__(
        self, server: _Server, app: SimulatorApp, dynamics: JoinDynamics | None, url: str
    ) -> None:
        self._server = server
        self.app = app
        self.meeting = app.meeting
        self._dynamics = dynamics
        self.url = url
        self.token = app.token
        self.meeting_id = app.meeting.id
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"simulator-{url}", daemon=True)  # fmt: skip
        self._stopped = False

    def __repr__(self) -> str:  # never show the token
        return f"<SimulatorHandle {self.url} meeting={self.meeting_id!r}>"

    @property
    def faults(self) -> list[faults_mod.InjectedFault]:
        """Every fault injected so far, in order."""
        return list(self.app.fault_plan.log)

    def state(self) -> dict:
        """Ground truth, the same dict as ``GET /_sim/state``."""
        return self.app.meeting.ground_truth()

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.app.stopping.set()
        if self._dynamics is not None:
            self._dynamics.stop()
        for m in self.app.meetings.values():
            m.close()
        self._server.shutdown()
        self._server.close_connections()
        self._server.server_close()
        self._thread.join(timeout=5.0)

    def __enter__(self) -> SimulatorHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _load_protocol_modules(app: SimulatorApp) -> None:
    for name in PROTOCOL_MODULES:
        try:
            mod = importlib.import_module(f"hostguard.simulator.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"hostguard.simulator.{name}":
                raise
            continue
        mod.register(app)


def _url(host: str, port: int) -> str:
    try:
        if ipaddress.ip_address(host).version == 6:
            return f"http://[{host}]:{port}"
    except ValueError:
        pass
    return f"http://{host}:{port}"


def start_simulator(
    host: str = "127.0.0.1",
    port: int = 0,
    meeting_id: str = "demo",
    participants: int = 200,
    seed: int = 1,
    join_rate: float = 0.0,
    fault_rate: float = 0.0,
    token: str = "sim-token",
    analytics_delay: float = 0.0,
    *,
    slow_delay: float = faults_mod.SLOW_DELAY_S,
) -> SimulatorHandle:
    """Start a simulator in daemon threads and return its handle (``stop()`` it when done).

    ``join_rate`` 0: everyone is present from the start and stays; otherwise the host,
    co-hosts and panelists are present and the attendees arrive at ``join_rate`` per second,
    with some leaving and rejoining. ``slow_delay`` is how long a "slow" fault stalls.
    Raises ValueError for invalid arguments and OSError when the address cannot be bound.
    """
    if not _MEETING_ID_RE.match(meeting_id):
        raise ValueError("meeting id must be 1 to 64 letters, digits or . _ ~ -")
    if participants < 1:
        raise ValueError("participants must be at least 1 (the host)")
    if join_rate < 0 or join_rate != join_rate or join_rate == float("inf"):
        raise ValueError("join rate must be a finite number >= 0")
    if not token or any(ch.isspace() or not ch.isprintable() for ch in token):
        raise ValueError("token must be non-empty printable text without spaces")
    if analytics_delay < 0:
        raise ValueError("analytics delay must be >= 0")
    fault_plan = faults_mod.FaultPlan(fault_rate, seed)
    population = Population(seed, participants)
    present = (
        population.people
        if join_rate == 0
        else [p for p in population.people if p.role != "attendee"]
    )
    meeting = Meeting(meeting_id, population, present_at_start=present, seed=seed)
    app = SimulatorApp(meeting, token, fault_plan, population=population,
                       analytics_delay=analytics_delay, slow_delay=slow_delay)  # fmt: skip
    register_reference_api(app)
    register_sim_hooks(app)
    _load_protocol_modules(app)

    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    handler = type("SimHandler", (_Handler,), {"app": app})
    server_cls = type("SimServer", (_Server,), {"address_family": family})
    server = server_cls((host, port), handler)
    bound_port = server.server_address[1]
    dynamics = None
    if join_rate > 0:
        arrivals = [p for p in population.people if p.role == "attendee"]
        dynamics = JoinDynamics(meeting, arrivals, join_rate, seed)
    handle = SimulatorHandle(server, app, dynamics, _url(host, bound_port))
    handle._thread.start()
    if dynamics is not None:
        dynamics.start()
    return handle


__all__ = [
    "Request",
    "Response",
    "Route",
    "SimError",
    "SimulatorApp",
    "SimulatorHandle",
    "json_response",
    "problem",
    "problem_response",
    "start_simulator",
]
