"""Shared HTTP behaviour for every adapter: timeouts, retries, back-off, a request budget.

One `ServiceHTTP` per service connection, used from several threads (each thread gets its own
`requests.Session`; the budget and the back-off state are shared):

* connect timeout 3 s, read timeout 5 s (long polls pass a longer one); TLS verification on;
* every attempt ends by the call's deadline, headers included: a watchdog shuts the socket of an
  attempt still receiving at its deadline (a read timeout alone restarts with every byte, so a
  server trickling its status line or headers could otherwise hold a request for ever);
* nothing for authentication is taken from the environment (``~/.netrc`` is never read: the
  credentials are HostGuard's own); proxies (``HTTPS_PROXY``/``NO_PROXY``...) and a CA bundle
  (``REQUESTS_CA_BUNDLE``) still are, except that the loopback is never reached through a proxy;
* plain ``http://`` only to this computer (localhost, 127.0.0.0/8, ::1), unless explicitly
  allowed (``--allow-insecure-http``): elsewhere the credentials would cross the network in clear;
* retries with exponential back-off and full jitter on 429, 500/502/503/504, connection
  errors, read timeouts, truncated bodies and invalid JSON; ``Retry-After`` in seconds, as an
  HTTP date or as an ISO 8601 time is honoured (capped); when the service asks for a longer
  wait than the deadline allows, the error says how long it asked for;
* this is the one place that retries a request. An adapter whose vendor's 429 can mean more
  than "wait a moment" (Zoom's daily caps) says so through `RateLimits` (``limits=``): a 429 it
  calls final is raised at once instead of retried. What this layer gives up on (an
  `UnreachableError`, or such a final error) reaches the engine, whose loops back off before
  their next round; they never repeat a request themselves;
* on 401 the re-authentication hook runs once and the request is repeated; a second 401 is an
  `AuthError`;
* a request budget: a token bucket (requests per second) and, per call, a maximum number of
  attempts and a deadline, so a dead server or a wrong token fails within ~30 s;
* bodies larger than ``max_body`` are refused; JSON shapes are checked with the helpers at the
  bottom, so a service answering the wrong types gives a `ServiceError`, never a crash;
* the back-off / rate-limit state is observable (`state`, `subscribe`) for progress displays.

The parts this module uses, importable from here as before: `hostguard.services.http_transport`
(where credentials may go, scrubbed library logs, the per-attempt deadline, the session) and
`hostguard.services.http_values` (Retry-After, problem bodies, JSON shape checks). This module
stays over 500 lines for one reason: `ServiceHTTP.request` is the one retry loop, and it reads
best whole, next to the attempt, body and error helpers it calls.

Credentials live only in the headers the ``auth`` callable returns; error messages name the
method, the host and the path (never the query string or headers), and every message is
scrubbed of the known secrets anyway. So are the records of every ``urllib3`` and ``requests``
logger (query values of credential-like names are masked too), which never carry a traceback:
a malformed header from a service is a debug line, not a warning with a stack.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol
from urllib.parse import urlsplit

import requests
import urllib3

from hostguard import __version__
from hostguard.core.participants import plain_text
from hostguard.services.base import (
    AuthError,
    NotFound,
    ServiceError,
    UnreachableError,
)
from hostguard.services.http_transport import (
    _ALLOW_INSECURE_HTTP,
    _LIVE,
    _LIVE_LOCK,
    DEADLINE_PASSED,
    HostGuardSession,
    deadline_guard,
    environment_proxies,
    insecure_http_allowed,
    is_loopback_host,
    redact_query_secrets,
)
from hostguard.services.http_values import (
    RETRY_AFTER_MAX,
    ShapeError,
    _problem_json,
    _tname,
    boolean,
    describe_wait,
    header_safe,
    integer,
    obj,
    parse_retry_after,
    seq,
    text,
)

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_MAX_BODY = 20 * 1024 * 1024


class Cancelled(UnreachableError):
    """The connection was closed or cancelled while a request was waiting."""


@dataclass(frozen=True, slots=True)
class HTTPState:
    """What the HTTP layer is doing, for status lines: safe to show, no secrets."""

    backing_off_until: float | None = None  # time.time() when the next attempt may go out
    rate_limited: bool = False  # the last wait was asked for by the service (429)
    last_error: str | None = None
    requests: int = 0  # attempts sent
    retries: int = 0  # attempts that were repeats
    budget: str = ""  # e.g. "50 req/s"


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    data: Any  # parsed JSON (None for an empty body)
    headers: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class RateLimited:
    """A 429 answer as `ServiceHTTP` received it, for the adapter to say what it means."""

    method: str
    path: str
    headers: Mapping[str, str]
    problem: Any  # the answer's JSON body when it was JSON (Zoom: {"code", "message"}), else None


class RateLimits(Protocol):
    """What a vendor's rate limiting means, told to `ServiceHTTP` by the adapter.

    `ServiceHTTP` is the one place that retries. It calls `observe` with the headers of every
    answer a request gets, and `refused` with every 429: None means "a short limit: wait as
    the service asks (``Retry-After``) and try again", within the request's attempts and
    deadline; an error means "waiting will not help within this request" (a daily cap used up),
    and `ServiceHTTP` raises it at once instead of retrying.
    """

    def observe(self, headers: Mapping[str, str]) -> None: ...

    def refused(self, answer: RateLimited) -> ServiceError | None: ...


class RequestBudget:
    """A token bucket shared by every thread using one service connection."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = float(rate)
        self.burst = float(burst)
        self._tokens = float(burst)
        self._stamp = time.monotonic()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take one token; return how long to wait before using it (0 when available now)."""
        with self._lock:
            now = time.monotonic()
            self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
            self._stamp = now
            self._tokens -= 1.0
            if self._tokens >= 0:
                return 0.0
            return -self._tokens / self.rate

    def describe(self) -> str:
        return f"{self.rate:g} requests/s (burst {self.burst:g})"


class ServiceHTTP:
    """HTTP to one service: JSON in and out, with the retry and budget rules above."""

    def __init__(
        self,
        base_url: str,
        *,
        service: str = "service",
        auth: Callable[[], Mapping[str, str]] | None = None,
        reauth: Callable[[], None] | None = None,
        secrets: Callable[[], Iterable[str]] | None = None,
        connect_timeout: float = 3.0,
        read_timeout: float = 5.0,
        max_attempts: int = 8,
        deadline: float = 25.0,
        rate: float = 50.0,
        burst: int = 100,
        max_body: int = DEFAULT_MAX_BODY,
        retry_after_cap: float = 30.0,
        backoff_base: float = 0.25,
        backoff_cap: float = 8.0,
        pool_size: int = 8,
        allow_insecure_http: bool | None = None,
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            # Only the scheme and host are repeated: the rest may hold anything.
            raise ValueError(
                f"not an http(s) URL (scheme {parts.scheme or 'missing'!r}, "
                f"host {parts.hostname or 'missing'!r})"
            )
        if parts.username or parts.password:
            raise ValueError("the URL must not contain a user name or password")
        if parts.query or parts.fragment or base_url.rstrip().endswith(("?", "#")):
            raise ValueError(
                "the URL must not contain a query (?...) or fragment (#...); give the API root"
            )
        try:
            parts.port  # noqa: B018 (urlsplit checks the port only when asked)
        except ValueError:
            raise ValueError("the URL's port must be a number from 0 to 65535") from None
        host = parts.hostname or ""
        if not host or not all(ch.isprintable() and not ch.isspace() for ch in host):
            raise ValueError("the URL's host name is empty or contains spaces or other characters")
        if parts.scheme == "http" and not is_loopback_host(host):
            allowed = (
                _ALLOW_INSECURE_HTTP.get() if allow_insecure_http is None else allow_insecure_http
            )
            if not allowed:
                raise ValueError(
                    f"http://{host} is not encrypted: the credentials would cross the network "
                    "in clear text; use https://, or add --allow-insecure-http if you accept "
                    "that (plain http:// is allowed without it only to this computer: "
                    "localhost, 127.0.0.1, ::1)"
                )
            log.warning(
                "%s: sending credentials to http://%s without encryption (--allow-insecure-http)",
                service,
                host,
            )
        self.base_url = base_url.rstrip("/")
        self.host = parts.netloc
        self.service = service
        self._auth = auth or (lambda: {})
        self._reauth = reauth
        self._secrets = secrets or (lambda: ())
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_attempts = max_attempts
        self.deadline = deadline
        self.max_body = max_body
        self.retry_after_cap = retry_after_cap
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.budget = RequestBudget(rate, burst)
        self._pool_size = pool_size
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._state = HTTPState(budget=self.budget.describe())
        self._subscribers: list[Callable[[HTTPState], None]] = []
        self._reauth_lock = threading.Lock()
        with _LIVE_LOCK:
            _LIVE.add(self)

    def __repr__(self) -> str:
        return f"<ServiceHTTP {self.service} {self.host}>"

    # -- observable state ------------------------------------------------------------------
    @property
    def state(self) -> HTTPState:
        return self._state

    def subscribe(self, callback: Callable[[HTTPState], None]) -> None:
        with self._lock:
            self._subscribers.append(callback)

    def _set_state(self, **changes: Any) -> None:
        with self._lock:
            old = self._state
            new = replace(old, **changes)
            self._state = new
            subs = list(self._subscribers)
        visible = ("backing_off_until", "rate_limited", "last_error")
        if any(getattr(old, k) != getattr(new, k) for k in visible):
            for cb in subs:
                try:
                    cb(new)
                except Exception:  # a display callback must never break a request
                    log.exception("HTTP state callback failed")

    # -- lifecycle -------------------------------------------------------------------------
    def cancel(self) -> None:
        """Make waiting requests give up now (`Cancelled`), and refuse new ones until `resume`."""
        self._cancel.set()

    def resume(self) -> None:
        self._cancel.clear()

    def close(self) -> None:
        self._cancel.set()
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for s in sessions:
            s.close()

    def _session(self) -> requests.Session:
        s = getattr(self._local, "session", None)
        if s is None:
            # No ~/.netrc, no credentials from the environment; proxies from it, and a total
            # deadline per attempt (see HostGuardSession).
            s = HostGuardSession(pool_size=self._pool_size)
            s.headers["User-Agent"] = f"HostGuard/{__version__}"
            s.headers["Accept"] = "application/json, application/problem+json"
            self._local.session = s
            with self._lock:
                self._sessions.append(s)
        return s

    # -- the request loop ----------------------------------------------------------------
    def scrub(self, text: str) -> str:
        for secret in self._secrets():
            if secret and len(secret) >= 4:
                text = text.replace(secret, "***")
        return text

    def _wait(self, seconds: float) -> None:
        if seconds <= 0:
            return
        if self._cancel.wait(seconds):
            raise Cancelled(f"{self.service}: request cancelled")

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
        ok: Iterable[int] = (200,),
        read_timeout: float | None = None,
        deadline: float | None = None,
        max_attempts: int | None = None,
        limits: RateLimits | None = None,
    ) -> Response:
        """Send a request, retrying what can be retried; return a Response for an ``ok`` status.

        Non-retryable statuses raise: 401/403 `AuthError`, 404 `NotFound`, others
        `ServiceError` (with ``.status``), the service's problem title/detail in the message.
        Running out of attempts or time raises `UnreachableError`. ``limits``: what this
        vendor's 429 means for this call (`RateLimits`); without it a 429 is waited out.
        """
        ok = frozenset(ok)
        where = f"{method} {self.host}{path}"
        url = self.base_url + path
        started = time.monotonic()
        limit = started + (self.deadline if deadline is None else deadline)
        attempts = self.max_attempts if max_attempts is None else max_attempts
        reauthed = False
        last_error = "no attempt made"
        attempt = 0
        while True:
            if self._cancel.is_set():
                raise Cancelled(f"{self.service}: request cancelled")
            # The budget: spread requests out rather than hammering the service.
            self._wait(self.budget.reserve())
            attempt += 1
            st = self._state
            self._set_state(
                requests=st.requests + 1, retries=st.retries + (1 if attempt > 1 else 0)
            )
            retry_after: float | None = None
            asked_wait: float | None = None  # what this answer's Retry-After asked for
            try:
                hdrs = dict(self._auth())
                if not all(header_safe(v) for v in hdrs.values()):
                    # http.client would raise UnicodeEncodeError or InvalidHeader, quoting
                    # the value; neither a retry nor the value itself would help anyone.
                    raise AuthError(
                        f"{self.service}: the credentials contain a character that cannot be "
                        "sent in an HTTP header (a line break, a control character or a "
                        "non-ASCII character); check the token or key that was entered"
                    )
                if headers:
                    hdrs.update(headers)
                resp, body = self._exchange(
                    method,
                    url,
                    where,
                    params=params,
                    data=None
                    if json_body is None
                    else json.dumps(json_body, separators=(",", ":")),
                    headers={
                        **hdrs,
                        **({"Content-Type": "application/json"} if json_body is not None else {}),
                    },
                    read_timeout=self.read_timeout if read_timeout is None else read_timeout,
                    limit=limit,
                    started=started,
                )
                status = resp.status_code
                if limits is not None:
                    limits.observe(resp.headers)
                if status in ok:
                    data = self._parse_json(body, resp, where)
                    self._clear_backoff()
                    return Response(status, data, resp.headers)
                if status == 401 and not reauthed and self._reauth is not None:
                    reauthed = True
                    with self._reauth_lock:
                        self._reauth()
                    continue
                if status == 429 and limits is not None:
                    stop = limits.refused(RateLimited(method, path, resp.headers, _problem_json(body)))
                    if stop is not None:
                        self._set_state(backing_off_until=None, rate_limited=False, last_error=self.scrub(str(stop)))
                        raise stop
                if status in RETRY_STATUSES:
                    last_error = f"HTTP {status}{self._problem_suffix(body)}"
                    if status in (429, 503):
                        asked_wait = parse_retry_after(resp.headers.get("Retry-After"))
                        retry_after = asked_wait
                    if status == 429 and retry_after is None:
                        retry_after = 1.0
                else:
                    raise self._status_error(status, body, where, resp.headers.get("Location"))
            except _Retryable as exc:
                last_error = str(exc)
            except requests.exceptions.SSLError as exc:
                # Never retried and never bypassed: a certificate problem is the user's to fix.
                raise UnreachableError(
                    self.scrub(f"{where}: TLS verification failed ({type(exc).__name__})")
                ) from None
            except (
                requests.exceptions.InvalidURL,
                requests.exceptions.InvalidSchema,
                requests.exceptions.MissingSchema,
                requests.exceptions.InvalidHeader,
                UnicodeError,
            ) as exc:
                # The request cannot be built: the same mistake on every attempt. The
                # exception's own text may quote a header or URL, so only its kind is named.
                raise ServiceError(
                    self.scrub(f"{where}: the request cannot be sent ({type(exc).__name__})")
                ) from None
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
                last_error = _describe_network_error(exc)
            except requests.exceptions.RequestException as exc:
                # ChunkedEncodingError, ContentDecodingError, ...: a broken answer, try again.
                last_error = f"{type(exc).__name__}"

            # A retry: how long to wait, and whether the budget allows it.
            now = time.monotonic()
            if asked_wait is not None and now + asked_wait <= limit:
                asked_wait = None  # the wait fits: not a reason to give up, nothing to report
            if attempt >= attempts:
                self._give_up(where, last_error, attempt, started, asked_wait)
            backoff = random.uniform(
                0, min(self.backoff_cap, self.backoff_base * 2 ** (attempt - 1))
            )
            if retry_after is not None:
                wait = min(retry_after, self.retry_after_cap) + random.uniform(0, 0.1)
            else:
                wait = backoff
            if now + wait > limit:
                self._give_up(where, last_error, attempt, started, asked_wait)
            self._set_state(
                backing_off_until=time.time() + wait,
                rate_limited=retry_after is not None and last_error.startswith("HTTP 429"),
                last_error=self.scrub(last_error),
            )
            log.info(
                "%s: %s; retrying in %.2f s (attempt %d)",
                where,
                self.scrub(last_error),
                wait,
                attempt,
            )
            self._wait(wait)

    def _exchange(
        self,
        method: str,
        url: str,
        where: str,
        *,
        params: Mapping[str, Any] | None,
        data: str | None,
        headers: Mapping[str, str],
        read_timeout: float,
        limit: float,
        started: float,
    ) -> tuple[requests.Response, bytes]:
        """One attempt: send, and receive the whole answer by ``limit``. The read timeout
        restarts with every byte that arrives, so a watchdog (`deadline_guard`) shuts the
        socket at the deadline whatever phase the attempt is in: sending, waiting for the
        status line, the headers or the body."""
        session = self._session()
        with deadline_guard(limit) as watched:
            try:
                resp = session.request(
                    method,
                    url,
                    params=params,
                    data=data,
                    headers=dict(headers),
                    timeout=(self.connect_timeout, read_timeout),
                    stream=True,
                    verify=True,
                    allow_redirects=False,
                )
                try:
                    body = self._read_body(resp, where, limit)
                finally:
                    resp.close()
            except (_Retryable, requests.exceptions.RequestException, OSError):
                if watched.expired:
                    raise _Retryable(self._late(started)) from None
                raise
        if watched.expired:
            # Cut off: what arrived (a body ended by the closed socket) is not the answer.
            raise _Retryable(self._late(started))
        return resp, body

    def _late(self, started: float) -> str:
        return f"{DEADLINE_PASSED} ({time.monotonic() - started:.0f} s)"

    def _give_up(
        self,
        where: str,
        last_error: str,
        attempt: int,
        started: float,
        asked_wait: float | None = None,
    ) -> None:
        took = time.monotonic() - started
        method, _, rest = where.partition(" ")
        path = rest[len(self.host) :] if rest.startswith(self.host) else rest
        # A service whose URL is the whole endpoint (Zoom's sign-in) is named by that path.
        path = path or urlsplit(self.base_url).path or "/"
        network = last_error.startswith(
            ("connection", "no answer", "host name", "truncated", "read timeout")
        )
        if last_error.startswith(DEADLINE_PASSED):
            what = "did not answer in time"
        else:
            what = "could not be reached" if network else "kept failing"
        asked = ""
        if asked_wait is not None:
            # A Retry-After longer than this call may wait: say how long, so that the user
            # knows when trying again can help (Zoom's daily limit: until midnight UTC).
            asked = f"; the service asked to wait {describe_wait(asked_wait)} before trying again"
        msg = self.scrub(
            f"{self.service} at {self.host} {what}: {method} {path} failed {attempt} "
            f"time{'s' if attempt != 1 else ''} in {took:.0f} s (last: {last_error}){asked}"
        )
        self._set_state(backing_off_until=None, rate_limited=False, last_error=msg)
        raise UnreachableError(msg, retryable=True)

    def _clear_backoff(self) -> None:
        st = self._state
        if st.backing_off_until is not None or st.rate_limited or st.last_error is not None:
            self._set_state(backing_off_until=None, rate_limited=False, last_error=None)

    def _read_body(self, resp: requests.Response, where: str, limit: float) -> bytes:
        length = resp.headers.get("Content-Length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            raise ServiceError(
                f"{where}: the answer is too large ({int(length)} bytes; limit {self.max_body})"
            )
        chunks: list[bytes] = []
        size = 0
        raw = resp.raw
        try:
            while True:
                # read1 returns whatever one read of the socket brings (decompressed, at most
                # 64 KiB), so a server trickling bytes cannot hold a request past its deadline,
                # and a compressed "bomb" is stopped at the size cap.
                if time.monotonic() > limit:
                    raise _Retryable("the answer was still arriving at the deadline")
                chunk = raw.read1(65536, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > self.max_body:
                    raise ServiceError(
                        f"{where}: the answer is too large (over {self.max_body} bytes)"
                    )
                chunks.append(chunk)
        except urllib3.exceptions.ReadTimeoutError:
            raise _Retryable("read timeout while receiving the answer") from None
        except urllib3.exceptions.DecodeError:
            raise _Retryable("an answer that could not be decompressed") from None
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise _Retryable(f"truncated answer ({type(exc).__name__})") from None
        return b"".join(chunks)

    def _parse_json(self, body: bytes, resp: requests.Response, where: str) -> Any:
        if not body.strip():
            return None
        try:
            return json.loads(body)
        except RecursionError:
            raise ServiceError(f"{where}: the answer is JSON nested too deeply to read") from None
        except (ValueError, UnicodeDecodeError):
            ctype = resp.headers.get("Content-Type", "").lower()
            if "html" in ctype or "xml" in ctype or body.lstrip()[:1] == b"<":
                # A sign-in portal, a proxy's error page or a web site: another try gives the
                # same page, so say what it is now instead of retrying for half a minute.
                raise ServiceError(
                    f"{where}: the answer is a web page (HTML), not JSON; check that the URL "
                    "is the service's API root and that no proxy or sign-in page is in the way"
                ) from None
            # Most often a body cut short by a dropped connection: worth another try.
            raise _Retryable(f"invalid or truncated JSON ({len(body)} bytes)") from None

    def _problem_suffix(self, body: bytes) -> str:
        data = _problem_json(body)
        if not isinstance(data, dict):
            return ""
        title = data.get("title") if isinstance(data.get("title"), str) else None
        detail = data.get("detail") if isinstance(data.get("detail"), str) else None
        if detail is None and isinstance(data.get("message"), str):  # Zoom-style {code, message}
            detail = data["message"]
        # The service's own words go to terminals and logs: one line, no control characters
        # (a hostile server could otherwise send terminal escape sequences).
        text = plain_text(self.scrub(": ".join(x for x in (title, detail) if x)), 300)
        return f" ({self.scrub(text)})" if text else ""

    def problem_type(self, body: Any) -> str:
        if isinstance(body, dict) and isinstance(body.get("type"), str):
            return body["type"].rsplit("/", 1)[-1]
        return ""

    def _status_error(
        self, status: int, body: bytes, where: str, location: str | None = None
    ) -> ServiceError:
        suffix = self._problem_suffix(body)
        problem = _problem_json(body)
        if status in (401, 403):
            what = (
                "refused the credentials"
                if status == 401
                else "does not allow this with these credentials"
            )
            err: ServiceError = AuthError(
                self.scrub(f"{self.service} at {self.host} {what} (HTTP {status}{suffix})"),
                status=status,
            )
        elif status == 404:
            err = NotFound(self.scrub(f"{where}: not found (HTTP 404{suffix})"), status=status)
        elif status in REDIRECT_STATUSES:
            # Never followed: the credentials go to the configured host and nowhere else.
            err = ServiceError(
                self.scrub(
                    f"{where}: the service redirects to {_origin(location, self.base_url)} "
                    f"(HTTP {status}); HostGuard does not follow redirects, so that credentials "
                    "are only ever sent to the address you gave: use the new address as the URL"
                ),
                status=status,
            )
        else:
            err = ServiceError(self.scrub(f"{where}: HTTP {status}{suffix}"), status=status)
        err.problem = problem if isinstance(problem, dict) else None  # type: ignore[attr-defined]
        self._set_state(last_error=str(err))
        return err


def _origin(location: str | None, base_url: str) -> str:
    """Where a redirect points, as scheme://host[:port] only: its path or query may carry
    anything (even an echoed secret), and a user name or password in it is never shown."""
    if not location:
        return "an address it did not give"
    try:
        parts = urlsplit(location.strip())
        host = parts.hostname
        port = parts.port
    except ValueError:
        return "an invalid address"
    if not host:
        return "another path on the same host"
    if ":" in host:
        host = f"[{host}]"
    scheme = parts.scheme or urlsplit(base_url).scheme
    return f"{scheme}://{host}" + (f":{port}" if port else "")


class _Retryable(Exception):
    """Internal: this attempt failed in a way another attempt may not."""


def _describe_network_error(exc: Exception) -> str:
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return "connection timed out"
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return "no answer within the read timeout"
    text = str(exc).lower()
    if "refused" in text:
        return "connection refused"
    if "reset" in text or "aborted" in text or "remotedisconnected" in text:
        return "connection reset"
    if (
        "name or service not known" in text
        or "nodename nor servname" in text
        or "getaddrinfo" in text
    ):
        return "host name not found"
    return f"connection error ({type(exc).__name__})"


# Re-exported: the transport and the answer helpers are part of this module's interface.
__all__ = [
    "RETRY_AFTER_MAX",
    "RETRY_STATUSES",
    "Cancelled",
    "HTTPState",
    "HostGuardSession",
    "RateLimited",
    "RateLimits",
    "RequestBudget",
    "Response",
    "ServiceHTTP",
    "ShapeError",
    "_tname",
    "boolean",
    "deadline_guard",
    "describe_wait",
    "environment_proxies",
    "header_safe",
    "insecure_http_allowed",
    "integer",
    "is_loopback_host",
    "obj",
    "parse_retry_after",
    "redact_query_secrets",
    "seq",
    "text",
]
