"""The transport under `hostguard.services.http.ServiceHTTP` (and the GeoIP downloads): where
credentials may go, what the libraries below may log, and a total deadline for each attempt.

* nothing for authentication is taken from the environment (``~/.netrc`` is never read: the
  credentials are HostGuard's own); proxies (``HTTPS_PROXY``/``NO_PROXY``...) and a CA bundle
  (``REQUESTS_CA_BUNDLE``) still are, except that the loopback is never reached through a proxy;
* plain ``http://`` only to this computer (localhost, 127.0.0.0/8, ::1), unless explicitly
  allowed (``--allow-insecure-http``): elsewhere the credentials would cross the network in clear;
* every attempt ends by its deadline, headers included: a watchdog shuts the socket of an
  attempt still receiving at its deadline (a read timeout alone restarts with every byte, so a
  server trickling its status line or headers could otherwise hold a request for ever);
* the records of every ``urllib3`` and ``requests`` logger are scrubbed of the known secrets of
  every live connection (query values of credential-like names are masked too), and never
  carry a traceback: a malformed header from a service is a debug line, not a warning with a
  stack.
"""

from __future__ import annotations

import contextlib
import contextvars
import heapq
import ipaddress
import itertools
import logging
import os
import re
import socket
import threading
import time
import weakref
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import requests
import requests.adapters
import urllib3
import urllib3.connection
import urllib3.connectionpool

from hostguard.core.participants import plain_text

if TYPE_CHECKING:
    from hostguard.services.http import ServiceHTTP

log = logging.getLogger(__name__)

# Every live connection, so that log records from the libraries below (urllib3 logs each
# request's URL at debug level) can be scrubbed of any known secret, whatever put it there.
_LIVE: weakref.WeakSet[ServiceHTTP] = weakref.WeakSet()
_LIVE_LOCK = threading.Lock()  # records are logged from many threads while connections come and go

# A query parameter whose name says it carries a credential (account_id, key, token, secret,
# signature, password, code ...): its value is masked in library log records even when no live
# connection knows it as a secret (a MaxMind download's presigned redirect, say).
_SENSITIVE_QUERY = re.compile(
    r"(?i)([?&;][\w.\-]*(?:account|token|secret|key|password|passwd|signature|credential|auth|code)"
    r"[\w.\-]*=)[^&#\s'\")\]>]*"
)
# urllib3 warns (with a traceback) about headers it cannot parse, naming the URL; the answer is
# read anyway, and HostGuard reports what it cannot use itself: a debug line is enough.
_DEMOTE = ("Failed to parse headers",)
_LIBRARIES = ("urllib3", "requests")
_KNOWN_LIBRARY_LOGGERS = (
    "urllib3",
    "urllib3.connection",
    "urllib3.connectionpool",
    "urllib3.response",
    "urllib3.poolmanager",
    "urllib3.util.retry",
    "urllib3.util.ssl_",
    "urllib3.util.connection",
    "urllib3.util.ssltransport",
    "urllib3.contrib.socks",
    "urllib3.contrib.pyopenssl",
    "urllib3.http2",
    "urllib3.http2.connection",
    "requests",
    "requests.adapters",
    "requests.sessions",
)


def redact_query_secrets(text: str) -> str:
    """``text`` with the values of credential-like query parameters replaced by ``***``."""
    return _SENSITIVE_QUERY.sub(r"\1***", text)


class _ScrubSecrets(logging.Filter):
    """On every urllib3 / requests logger: known secrets and credential-like query values out,
    one line of plain text (a hostile server's header bytes cannot reach a terminal), no
    traceback, and warnings about malformed headers demoted to debug."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_hostguard_scrubbed", False):
            return True
        with _LIVE_LOCK:
            live = list(_LIVE)
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging module's to report
            message = f"{record.msg!s}"
        clean = redact_query_secrets(message)
        for http in live:
            clean = http.scrub(clean)
        clean = plain_text(clean, 2000)
        record.msg, record.args = clean, None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        record._hostguard_scrubbed = True  # type: ignore[attr-defined]
        if record.levelno > logging.DEBUG and clean.startswith(_DEMOTE):
            record.levelno, record.levelname = logging.DEBUG, logging.getLevelName(logging.DEBUG)
            return logging.getLogger(record.name).isEnabledFor(logging.DEBUG)
        return True


_SCRUB = _ScrubSecrets()


def _install_log_filters() -> None:
    """Put the filter on every urllib3 and requests logger (a logger's filters see only the
    records logged to it, not those of its children). Run again when a connection is made, so
    a logger a library created later is covered too."""
    names = set(_KNOWN_LIBRARY_LOGGERS)
    names.update(
        n
        for n in list(logging.root.manager.loggerDict)
        if n in _LIBRARIES or n.startswith(tuple(f"{lib}." for lib in _LIBRARIES))
    )
    for name in names:
        logger = logging.getLogger(name)
        if _SCRUB not in logger.filters:
            logger.addFilter(_SCRUB)


_install_log_filters()


# -- where credentials may go in clear ------------------------------------------------------------
_ALLOW_INSECURE_HTTP: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "hostguard_allow_insecure_http", default=False
)


@contextlib.contextmanager
def insecure_http_allowed(allowed: bool = True) -> Iterator[None]:
    """Within this block, connections made to ``http://`` hosts other than the loopback are
    allowed (``--allow-insecure-http``); outside it they are refused."""
    token = _ALLOW_INSECURE_HTTP.set(bool(allowed))
    try:
        yield
    finally:
        _ALLOW_INSECURE_HTTP.reset(token)


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (a URL's host name, without brackets) is this computer: ``localhost``,
    an address in 127.0.0.0/8 or ``::1`` (also IPv4-mapped). Names are not resolved."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        addr = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return addr.is_loopback


def environment_proxies(url: str) -> dict[str, str]:
    """The proxies the environment names for ``url`` (``HTTPS_PROXY``, ``NO_PROXY``, ...), as
    requests would use them; none for the loopback, which no proxy can reach for us (and an
    http proxy would see the simulator's token)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return {}
    if not host or is_loopback_host(host):
        return {}
    return dict(requests.utils.get_environ_proxies(url))


# -- a total deadline for each attempt, headers included -------------------------------------------
DEADLINE_PASSED = "the answer was still arriving at the deadline"


class _Attempt:
    """One request (or download) being received; the watchdog shuts its connections' sockets
    if it is still running at its deadline."""

    __slots__ = ("_lock", "conns", "done", "expired")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.conns: list[Any] = []
        self.done = False
        self.expired = False

    def bind(self, conn: Any) -> None:
        with self._lock:
            if self.done:
                return
            if not any(c is conn for c in self.conns):
                self.conns.append(conn)
            if self.expired:
                raise TimeoutError(DEADLINE_PASSED)

    def expire(self) -> None:
        with self._lock:
            if self.done:
                return
            self.expired = True
            for conn in self.conns:
                _shut(conn)

    def finish(self) -> bool:
        """The attempt is over (the watchdog no longer touches it); whether it ran out of time."""
        with self._lock:
            self.done = True
            return self.expired


def _shut(conn: Any) -> None:
    """Shut down a connection's socket (TLS or not): a read blocked on it returns at once.
    Only shutdown, never close: the descriptor stays the reading thread's to close."""
    sock = getattr(conn, "sock", None)
    for _ in range(4):  # TLS inside TLS (an https proxy): the transport wraps a socket
        if sock is None or isinstance(sock, socket.socket):
            break
        sock = getattr(sock, "socket", None)
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError, ValueError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Watchdog:
    """One daemon thread for the whole process: expires attempts at their deadlines."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, _Attempt]] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, when: float, attempt: _Attempt) -> None:
        with self._cond:
            first = not self._heap or when < self._heap[0][0]
            heapq.heappush(self._heap, (when, next(self._seq), attempt))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="hostguard-http-deadlines", daemon=True
                )
                self._thread.start()
            elif first:
                self._cond.notify()

    def _run(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0][2].done:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait()
                    continue
                when = self._heap[0][0]
                now = time.monotonic()
                if when > now:
                    self._cond.wait(when - now)
                    continue
                _, _, attempt = heapq.heappop(self._heap)
                self._cond.release()
                try:
                    attempt.expire()
                except Exception:  # never let one attempt stop the others' deadlines
                    log.debug("expiring a request failed", exc_info=True)
                finally:
                    self._cond.acquire()


_WATCHDOG = _Watchdog()
_CURRENT = threading.local()  # the attempt this thread is receiving, for the connections below


@contextlib.contextmanager
def deadline_guard(limit: float) -> Iterator[_Attempt]:
    """Within this block, HTTP through a `HostGuardSession` on this thread ends by ``limit``
    (``time.monotonic()``): at that moment the connection's socket is shut down, whatever
    phase it is in (sending, waiting for the status line or headers, reading the body).
    ``attempt.expired`` says afterwards whether that happened."""
    attempt = _Attempt()
    previous = getattr(_CURRENT, "attempt", None)
    _CURRENT.attempt = attempt
    _WATCHDOG.arm(limit, attempt)
    try:
        yield attempt
    finally:
        attempt.finish()
        _CURRENT.attempt = previous


def _bind_current(conn: Any) -> None:
    attempt = getattr(_CURRENT, "attempt", None)
    if attempt is not None:
        attempt.bind(conn)


class _WatchedHTTPConnection(urllib3.connection.HTTPConnection):
    def connect(self) -> None:
        _bind_current(self)
        super().connect()
        _bind_current(self)

    def request(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        _bind_current(self)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(urllib3.connection.HTTPSConnection):
    def connect(self) -> None:
        _bind_current(self)
        super().connect()
        _bind_current(self)

    def request(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        _bind_current(self)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(urllib3.connectionpool.HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(urllib3.connectionpool.HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


def _watch_pools(manager: Any) -> Any:
    classes = getattr(manager, "pool_classes_by_scheme", None)
    if (
        isinstance(classes, dict)
        and classes.get("http") is urllib3.connectionpool.HTTPConnectionPool
    ):
        # A copy: the default mapping is urllib3's, shared by every pool manager.
        manager.pool_classes_by_scheme = {
            **classes,
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }
    return manager


class _WatchedAdapter(requests.adapters.HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        _watch_pools(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        return _watch_pools(super().proxy_manager_for(proxy, **kwargs))


class HostGuardSession(requests.Session):
    """A requests session that takes no credentials from the environment.

    requests' ``trust_env`` would read ``~/.netrc`` (or ``$NETRC``) and send a Basic login for
    the host instead of HostGuard's own credentials, and again after a redirect. Here it is off;
    what it also did that is wanted is kept: proxies from the environment (never for the
    loopback) and a CA bundle named by ``REQUESTS_CA_BUNDLE`` / ``CURL_CA_BUNDLE``.
    Connections honour `deadline_guard`.
    """

    def __init__(self, *, pool_size: int = 8) -> None:
        super().__init__()
        self.trust_env = False
        self.verify = True
        adapter = _WatchedAdapter(pool_connections=2, pool_maxsize=pool_size, max_retries=0)
        self.mount("http://", adapter)
        self.mount("https://", adapter)
        _install_log_filters()

    def merge_environment_settings(  # type: ignore[override]
        self, url: Any, proxies: Any, stream: Any, verify: Any, cert: Any
    ) -> dict[str, Any]:
        merged = dict(proxies or {})
        for key, value in environment_proxies(str(url)).items():
            merged.setdefault(key, value)
        if verify is True or verify is None:
            verify = (
                os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or verify
            )
        return super().merge_environment_settings(url, merged, stream, verify, cert)

    def rebuild_proxies(self, prepared_request: Any, proxies: Any) -> dict[str, str]:  # type: ignore[override]
        # After a redirect: the environment's proxies for the new address, not the old one's.
        return super().rebuild_proxies(
            prepared_request, environment_proxies(str(prepared_request.url))
        )
