"""Shared HTTP behaviour for every adapter: timeouts, retries, back-off, a request budget.

One `ServiceHTTP` per service connection, used from several threads (each thread gets its own
`requests.Session`; the budget and the back-off state are shared):

* connect timeout 3 s, read timeout 5 s (long polls pass a longer one); TLS verification on;
* retries with exponential back-off and full jitter on 429, 500/502/503/504, connection
  errors, read timeouts, truncated bodies and invalid JSON; ``Retry-After`` in seconds or as
  an HTTP date is honoured (capped);
* on 401 the re-authentication hook runs once and the request is repeated; a second 401 is an
  `AuthError`;
* a request budget: a token bucket (requests per second) and, per call, a maximum number of
  attempts and a deadline, so a dead server or a wrong token fails within ~30 s;
* bodies larger than ``max_body`` are refused; JSON shapes are checked with the helpers at the
  bottom, so a service answering the wrong types gives a `ServiceError`, never a crash;
* the back-off / rate-limit state is observable (`state`, `subscribe`) for progress displays.

Credentials live only in the headers the ``auth`` callable returns; error messages name the
method, the host and the path (never the query string or headers), and every message is
scrubbed of the known secrets anyway.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any
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

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_MAX_BODY = 20 * 1024 * 1024
MAX_PROBLEM_BODY = 64 * 1024  # an error answer larger than this is not read as a problem


# Every live connection, so that log records from the libraries below (urllib3 logs each
# request's URL at debug level) can be scrubbed of any known secret, whatever put it there.
_LIVE: weakref.WeakSet[ServiceHTTP] = weakref.WeakSet()
_LIVE_LOCK = threading.Lock()  # records are logged from many threads while connections come and go


class _ScrubSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        with _LIVE_LOCK:
            live = list(_LIVE)
        if not live:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging module's to report
            return True
        clean = message
        for http in live:
            clean = http.scrub(clean)
        if clean != message:
            record.msg, record.args = clean, None
        return True


for _name in ("urllib3.connectionpool", "urllib3.response", "urllib3.util.retry"):
    logging.getLogger(_name).addFilter(_ScrubSecrets())


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


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:  # HTTP dates are GMT
        import datetime as dt

        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


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
            s = requests.Session()
            s.verify = True
            adapter = requests.adapters.HTTPAdapter(
                pool_connections=2, pool_maxsize=self._pool_size, max_retries=0
            )
            s.mount("http://", adapter)
            s.mount("https://", adapter)
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
    ) -> Response:
        """Send a request, retrying what can be retried; return a Response for an ``ok`` status.

        Non-retryable statuses raise: 401/403 `AuthError`, 404 `NotFound`, others
        `ServiceError` (with ``.status``), the service's problem title/detail in the message.
        Running out of attempts or time raises `UnreachableError`.
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
                resp = self._session().request(
                    method,
                    url,
                    params=params,
                    data=None
                    if json_body is None
                    else json.dumps(json_body, separators=(",", ":")),
                    headers={
                        **hdrs,
                        **({"Content-Type": "application/json"} if json_body is not None else {}),
                    },
                    timeout=(
                        self.connect_timeout,
                        self.read_timeout if read_timeout is None else read_timeout,
                    ),
                    stream=True,
                    verify=True,
                    allow_redirects=False,
                )
                try:
                    body = self._read_body(resp, where, limit)
                finally:
                    resp.close()
                status = resp.status_code
                if status in ok:
                    data = self._parse_json(body, resp, where)
                    self._clear_backoff()
                    return Response(status, data, resp.headers)
                if status == 401 and not reauthed and self._reauth is not None:
                    reauthed = True
                    with self._reauth_lock:
                        self._reauth()
                    continue
                if status in RETRY_STATUSES:
                    last_error = f"HTTP {status}{self._problem_suffix(body)}"
                    if status == 429:
                        retry_after = parse_retry_after(resp.headers.get("Retry-After"))
                        if retry_after is None:
                            retry_after = 1.0
                    elif status == 503:
                        retry_after = parse_retry_after(resp.headers.get("Retry-After"))
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
            if attempt >= attempts:
                self._give_up(where, last_error, attempt, started)
            backoff = random.uniform(
                0, min(self.backoff_cap, self.backoff_base * 2 ** (attempt - 1))
            )
            if retry_after is not None:
                wait = min(retry_after, self.retry_after_cap) + random.uniform(0, 0.1)
            else:
                wait = backoff
            if now + wait > limit:
                self._give_up(where, last_error, attempt, started)
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

    def _give_up(self, where: str, last_error: str, attempt: int, started: float) -> None:
        took = time.monotonic() - started
        method, _, rest = where.partition(" ")
        path = rest[len(self.host) :] if rest.startswith(self.host) else rest
        network = last_error.startswith(
            ("connection", "no answer", "host name", "truncated", "read timeout")
        )
        what = "could not be reached" if network else "kept failing"
        msg = self.scrub(
            f"{self.service} at {self.host} {what}: {method} {path} failed {attempt} "
            f"time{'s' if attempt != 1 else ''} in {took:.0f} s (last: {last_error})"
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


def header_safe(value: str) -> bool:
    """Whether a header value can be sent as it is: visible ASCII and spaces only."""
    return all(" " <= ch <= "~" for ch in value)


def _problem_json(body: bytes) -> Any:
    """An error answer's JSON, or None when it is not JSON (or is nested absurdly deep)."""
    if not body or len(body) > MAX_PROBLEM_BODY:
        return None
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


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


# -- JSON shape checks: a wrong type from a service is a clear ServiceError --------------------
class ShapeError(ServiceError):
    """The service answered JSON of an unexpected shape."""


def _tname(v: object) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
    }.get(type(v), "null" if v is None else type(v).__name__)


def obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ShapeError(
            f"unexpected answer from the service: {where} should be an object, got {_tname(value)}"
        )
    return value


def seq(d: Mapping[str, Any], key: str, where: str) -> list[Any]:
    v = d.get(key)
    if not isinstance(v, list):
        raise ShapeError(
            f"unexpected answer from the service: {where}.{key} should be a list, got {_tname(v)}"
        )
    return v


def text(
    d: Mapping[str, Any], key: str, where: str, *, optional: bool = False, default: str = ""
) -> str:
    v = d.get(key)
    if v is None and optional:
        return default
    if isinstance(v, bool) or not isinstance(v, (str, int)):
        raise ShapeError(
            f"unexpected answer from the service: {where}.{key} should be text, got {_tname(v)}"
        )
    return str(v)


def integer(d: Mapping[str, Any], key: str, where: str, *, optional: bool = False) -> int | None:
    v = d.get(key)
    if v is None and optional:
        return None
    if isinstance(v, bool) or not isinstance(v, int):
        raise ShapeError(
            f"unexpected answer from the service: {where}.{key} should be a whole number, got {_tname(v)}"
        )
    return v


def boolean(
    d: Mapping[str, Any], key: str, where: str, *, optional: bool = False, default: bool = False
) -> bool:
    v = d.get(key)
    if v is None and optional:
        return default
    if not isinstance(v, bool):
        raise ShapeError(
            f"unexpected answer from the service: {where}.{key} should be true or false, got {_tname(v)}"
        )
    return v
