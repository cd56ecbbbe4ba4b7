"""The shared HTTP layer against a real loopback server: retries, back-off, auth, limits."""

from __future__ import annotations

import email.utils
import socket
import time

import pytest

from hostguard.services.base import AuthError, NotFound, ServiceError, UnreachableError
from hostguard.services.http import RETRY_AFTER_MAX, ServiceHTTP, parse_retry_after
from hostguard.services.reference import ReferenceAdapter
from tests.services.scripted_server import Answer, ScriptedServer

TOKEN = "s3cret-token-value"


def make(server, **kw) -> ServiceHTTP:
    kw.setdefault("backoff_base", 0.01)
    kw.setdefault("backoff_cap", 0.05)
    return ServiceHTTP(
        server.url,
        service="test service",
        auth=lambda: {"Authorization": f"Bearer {TOKEN}"},
        secrets=lambda: (TOKEN,),
        **kw,
    )


def test_retries_server_errors_then_succeeds(server):
    server.add(Answer(500), Answer(502), Answer(503), Answer(504), Answer(200, {"ok": True}))
    http = make(server)
    states = []
    http.subscribe(states.append)
    r = http.request("GET", "/x")
    assert r.data == {"ok": True}
    assert len(server.requests) == 5
    assert http.state.retries == 4
    assert any(s.backing_off_until is not None for s in states)
    assert http.state.backing_off_until is None  # cleared after success
    assert all(req["headers"]["Authorization"] == f"Bearer {TOKEN}" for req in server.requests)


def test_429_honours_retry_after_and_reports_rate_limited(server):
    server.add(
        Answer(429, {"title": "Too Many Requests"}, headers={"Retry-After": "0"}),
        Answer(200, {"n": 1}),
    )
    http = make(server)
    states = []
    http.subscribe(states.append)
    assert http.request("GET", "/x").data == {"n": 1}
    assert any(s.rate_limited for s in states)


def test_retry_after_parsing():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    now = time.time()
    date = email.utils.formatdate(now + 10, usegmt=True)
    assert 8.0 <= parse_retry_after(date, now=now) <= 11.0
    assert parse_retry_after(email.utils.formatdate(now - 100, usegmt=True), now=now) == 0.0


def test_retry_after_is_capped(server):
    server.add(Answer(429, headers={"Retry-After": "3600"}), Answer(200, {}))
    http = make(server, retry_after_cap=0.05)
    http.request("GET", "/x")
    assert len(server.requests) == 2


def test_truncated_and_invalid_json_are_retried(server):
    server.add(
        Answer(200, {"a": "b" * 100}, truncate=True),
        Answer(200, b"{not json"),
        Answer(200, {"fine": 1}),
    )
    http = make(server)
    assert http.request("GET", "/x").data == {"fine": 1}
    assert len(server.requests) == 3


def test_read_timeout_is_retried(server):
    server.add(Answer(200, {"slow": 1}, delay=1.0), Answer(200, {"fast": 1}))
    http = make(server, read_timeout=0.2)
    assert http.request("GET", "/x").data == {"fast": 1}


def test_wrong_token_is_an_auth_error_without_the_token(server):
    server.add(Answer(401, {"title": "Unauthorized", "detail": f"token {TOKEN} is not valid"}))
    http = make(server)
    with pytest.raises(AuthError) as info:
        http.request("GET", "/x")
    assert len(server.requests) == 1  # no retries for refused credentials
    assert TOKEN not in str(info.value)
    assert "401" in str(info.value)
    assert TOKEN not in repr(http)


def test_401_runs_the_reauth_hook_once(server):
    calls = []
    server.add(Answer(401), Answer(200, {"ok": 1}), Answer(401), Answer(401))
    http = ServiceHTTP(
        server.url,
        auth=lambda: {"Authorization": f"Bearer t{len(calls)}"},
        reauth=lambda: calls.append(1),
    )
    assert http.request("GET", "/x").data == {"ok": 1}
    assert calls == [1]
    assert server.requests[1]["headers"]["Authorization"] == "Bearer t1"
    with pytest.raises(AuthError):
        http.request("GET", "/y")
    assert calls == [1, 1]


def test_not_found_and_client_errors_are_not_retried(server):
    server.add(
        Answer(404, {"title": "Not Found", "detail": "no meeting x"}),
        Answer(422, {"title": "Conflict"}),
    )
    http = make(server)
    with pytest.raises(NotFound, match="no meeting x"):
        http.request("GET", "/m")
    with pytest.raises(ServiceError) as info:
        http.request("POST", "/a", json_body={"a": 1})
    assert info.value.status == 422
    assert len(server.requests) == 2


def test_dead_server_gives_up_within_the_deadline():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # Nothing listens on the port now: connection refused on every attempt.
    http = ServiceHTTP(f"http://127.0.0.1:{port}", deadline=1.0, backoff_base=0.05, backoff_cap=0.2)
    started = time.monotonic()
    with pytest.raises(UnreachableError, match="connection refused"):
        http.request("GET", "/x")
    assert time.monotonic() - started < 5.0


def test_persistent_errors_exhaust_the_attempts(server):
    server.default = Answer(503, {"title": "Service Unavailable"})
    http = make(server, max_attempts=3)
    with pytest.raises(UnreachableError, match="3 times"):
        http.request("GET", "/x")
    assert len(server.requests) == 3


def test_oversized_body_is_refused(server):
    server.add(Answer(200, {"big": "x" * 5000}))
    http = make(server, max_body=1000)
    with pytest.raises(ServiceError, match="too large"):
        http.request("GET", "/x")


def test_cancel_ends_a_back_off_wait(server):
    server.default = Answer(503, headers={"Retry-After": "20"})
    http = make(server)
    import threading

    errors = []

    def worker():
        try:
            http.request("GET", "/x")
        except UnreachableError as exc:
            errors.append(exc)

    t = threading.Thread(target=worker)
    t.start()
    while not server.requests:
        time.sleep(0.01)
    http.cancel()
    t.join(5.0)
    assert not t.is_alive()
    assert errors and "cancelled" in str(errors[0])


def test_tls_verification_cannot_be_turned_off(server):
    http = make(server)
    s = http._session()
    assert s.verify is True


def test_wrong_shapes_from_a_service_are_clear_errors(server):
    adapter = ReferenceAdapter(server.url, TOKEN)
    adapter.http.backoff_base = 0.01
    server.add(Answer(200, {"participants": {"id": 1}, "next_cursor": None}))
    with pytest.raises(ServiceError, match=r"participants page\.participants should be a list"):
        adapter.list_participants("demo")
    server.add(
        Answer(
            200,
            {"participants": [{"id": "p1", "role": "attendee", "status": 7}], "next_cursor": None},
        )
    )
    with pytest.raises(ServiceError, match=r"participants\[0\]\.status .7. is not a known status"):
        adapter.list_participants("demo")
    server.add(
        Answer(200, {"participants": [{"id": "p1", "role": "emperor"}], "next_cursor": None})
    )
    with pytest.raises(ServiceError, match="not a known role"):
        adapter.list_participants("demo")
    server.add(Answer(200, {"results": "nope"}))
    from hostguard.services.base import ActionRequest

    with pytest.raises(ServiceError, match="should be a list"):
        adapter.act_many("demo", [ActionRequest("p1", "remove", "k1")])
    assert TOKEN not in repr(adapter)


def test_reference_paging_and_batch_results(server):
    adapter = ReferenceAdapter(server.url, TOKEN)
    p = {
        "id": "p1",
        "name": "A",
        "email": "a@x",
        "role": "attendee",
        "status": "joined",
        "ip_address": "1.2.3.4",
        "joined_at": "2026-01-01T00:00:00Z",
        "left_at": None,
    }
    q = dict(p, id="p2", ip_address=None)
    server.add(
        Answer(200, {"participants": [p], "next_cursor": "c1", "total": 2, "event_seq": 7}),
        Answer(200, {"participants": [q], "next_cursor": None, "total": 2, "event_seq": 9}),
    )
    snap = adapter.fetch_roster("demo")
    assert [x.id for x in snap.participants] == ["p1", "p2"]
    assert snap.events_since == 7
    assert snap.participants[1].ip == ""
    assert "cursor=c1" in server.requests[1]["path"] and "limit=1000" in server.requests[1]["path"]
    from hostguard.services.base import ActionRequest

    server.add(
        Answer(
            200,
            {
                "results": [
                    {
                        "idempotency_key": "k1",
                        "status": 200,
                        "body": {
                            "participant_id": "p1",
                            "action": "remove",
                            "status": "removed",
                            "replayed": False,
                        },
                    },
                    {
                        "idempotency_key": "k2",
                        "status": 409,
                        "body": {
                            "type": "https://hostguard.example/problems/participant-left",
                            "title": "Participant left",
                            "status": 409,
                        },
                    },
                    {"idempotency_key": "k3", "status": 503, "body": {"title": "busy"}},
                ]
            },
        )
    )
    res = adapter.act_many(
        "demo",
        [
            ActionRequest("p1", "remove", "k1"),
            ActionRequest("p2", "remove", "k2"),
            ActionRequest("p3", "remove", "k3"),
        ],
    )
    assert [r.outcome for r in res] == ["applied", "failed", "failed"]
    assert res[0].status == "removed"
    assert "left" in res[1].detail and not res[1].retryable
    assert res[2].retryable
    import json

    body = json.loads(server.requests[-1]["body"])
    assert body["actions"][0] == {
        "participant_id": "p1",
        "action": "remove",
        "idempotency_key": "k1",
    }
    assert server.requests[-1]["path"] == "/meetings/demo/actions:batch"


# -- Retry-After: every form a service uses, and a wait too long for the deadline ---------------
def test_retry_after_reads_iso_8601_times_and_bounds_what_it_returns():
    now = 1_796_083_200.0  # 2026-12-01T00:00:00Z
    assert parse_retry_after("2026-12-02T00:00:00Z", now=now) == 86400.0  # Zoom's daily reset
    assert parse_retry_after("2026-12-02T00:00:00", now=now) == 86400.0  # no zone: UTC
    assert parse_retry_after("2026-12-01T01:00:00+01:00", now=now) == 0.0
    assert parse_retry_after("2026-12-01T00:00:30.5Z", now=now) == 30.5
    assert parse_retry_after("Wed, 02 Dec 2026 00:00:00 GMT", now=now) == 86400.0
    assert parse_retry_after("1e9") == 1e9
    # Finite, so that a caller can add it to a clock and print the date.
    for endless in ("inf", "1e400", "9999-12-31T23:59:59Z", "Fri, 31 Dec 9999 23:59:59 GMT"):
        assert parse_retry_after(endless, now=now) == RETRY_AFTER_MAX, endless
    for bad in ("nan", "", "  ", "2026-13-40T00:00:00Z", "x" * 500):
        assert parse_retry_after(bad, now=now) is None, bad


@pytest.mark.parametrize(
    ("retry_after", "words"),
    [
        ("1000000000", "asked to wait 32 years (until 20"),
        ("inf", "asked to wait 100 years or more (indefinitely)"),
        ("soon-ISO", "asked to wait 3 days (until 20"),
        ("soon-HTTP", "asked to wait 3 days (until 20"),
        ("7200", "asked to wait 2 h 0 min (until 20"),
    ],
)
def test_a_retry_after_beyond_the_deadline_gives_up_saying_how_long_was_asked(
    server, retry_after, words
):
    soon = time.time() + 3 * 86400 + 600
    value = {
        "soon-ISO": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(soon)),
        "soon-HTTP": email.utils.formatdate(soon, usegmt=True),
    }.get(retry_after, retry_after)
    server.default = Answer(429, {"title": "Too Many Requests"}, headers={"Retry-After": value})
    http = make(server, deadline=5.0)
    with pytest.raises(UnreachableError) as info:
        http.request("GET", "/x")
    assert words in str(info.value), str(info.value)
    assert "HTTP 429" in str(info.value)
    assert len(server.requests) == 1  # not hammering a service that asked for a long pause


def test_a_zoom_style_iso_retry_after_is_a_wait_not_a_one_second_retry(server):
    until = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 7200))
    server.default = Answer(
        429, {"code": 429, "message": "daily limit"}, headers={"Retry-After": until}
    )
    http = make(server, deadline=5.0)
    with pytest.raises(UnreachableError, match=r"asked to wait (1 h 59|2 h 0) min"):
        http.request("GET", "/x")
    assert len(server.requests) == 1


# -- the environment: no ~/.netrc credentials, proxies kept, loopback never proxied -------------
PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture
def clean_proxies(monkeypatch):
    for var in PROXY_VARS:
        monkeypatch.delenv(var, raising=False)
        monkeypatch.delenv(var.upper(), raising=False)
    return monkeypatch


@pytest.mark.parametrize("where", ["home", "NETRC"])
def test_a_netrc_entry_for_the_host_never_replaces_the_token(server, tmp_path, monkeypatch, where):
    netrc = f"machine 127.0.0.1\n  login netrc-user\n  password netrc-pass-{where}\n"
    if where == "home":
        (tmp_path / ".netrc").write_text(netrc, encoding="utf-8")
        (tmp_path / ".netrc").chmod(0o600)  # else Python's netrc refuses a file with a password
        monkeypatch.setenv("HOME", str(tmp_path))
        monkeypatch.delenv("NETRC", raising=False)
    else:
        (tmp_path / "other-netrc").write_text(netrc, encoding="utf-8")
        monkeypatch.setenv("NETRC", str(tmp_path / "other-netrc"))
    server.add(Answer(200, {"ok": 1}))
    assert make(server).request("GET", "/x").data == {"ok": 1}
    (req,) = server.requests
    assert req["headers"]["Authorization"] == f"Bearer {TOKEN}"
    # Without credentials of its own a request carries none, rather than the netrc login.
    server.add(Answer(200, {"ok": 2}))
    ServiceHTTP(server.url).request("GET", "/y")
    assert "Authorization" not in server.requests[1]["headers"]


def test_proxies_from_the_environment_are_still_used(clean_proxies):
    proxy = ScriptedServer()
    try:
        proxy.add(Answer(200, {"via": "proxy"}))
        clean_proxies.setenv("HTTP_PROXY", proxy.url)
        http = ServiceHTTP(
            "http://service.hostguard-test.invalid/api",
            auth=lambda: {"Authorization": f"Bearer {TOKEN}"},
            allow_insecure_http=True,
        )
        assert http.request("GET", "/x").data == {"via": "proxy"}
        (req,) = proxy.requests
        assert req["path"] == "http://service.hostguard-test.invalid/api/x"
    finally:
        proxy.stop()


def test_the_loopback_is_never_reached_through_a_proxy(server, clean_proxies):
    proxy = ScriptedServer()
    try:
        clean_proxies.setenv("HTTP_PROXY", proxy.url)
        clean_proxies.setenv("ALL_PROXY", proxy.url)
        server.add(Answer(200, {"direct": 1}))
        assert make(server).request("GET", "/x").data == {"direct": 1}
        assert proxy.requests == []  # the simulator's token never went to a proxy
        assert len(server.requests) == 1
    finally:
        proxy.stop()


# -- plain http only to this computer ------------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9", "http://127.8.9.10", "http://localhost:8000", "http://[::1]:8000",
     "http://[::ffff:127.0.0.1]:80", "https://meetings.example", "https://192.0.2.7"],
)  # fmt: skip
def test_plain_http_to_this_computer_and_https_anywhere_are_allowed(url):
    ServiceHTTP(url, auth=lambda: {"Authorization": "Bearer x"}).close()


@pytest.mark.parametrize(
    "url",
    ["http://192.0.2.7:8080", "http://meetings.example", "http://[2001:db8::1]", "http://0.0.0.0"],
)
def test_plain_http_to_another_computer_is_refused_unless_allowed(url):
    from hostguard.services.http import insecure_http_allowed

    with pytest.raises(ValueError, match=r"not encrypted.*--allow-insecure-http"):
        ServiceHTTP(url)
    ServiceHTTP(url, allow_insecure_http=True).close()
    with insecure_http_allowed():
        ServiceHTTP(url).close()
    with pytest.raises(ValueError, match="not encrypted"):  # the permission ends with the block
        ServiceHTTP(url)


# -- a finished request's deadline never touches the connection kept for the next one ------------
def test_a_kept_alive_connection_survives_the_deadline_of_an_earlier_request(server):
    server.add(Answer(200, {"n": 1}), Answer(200, {"n": 2}))
    http = make(server, deadline=0.3)
    assert http.request("GET", "/x").data == {"n": 1}
    time.sleep(0.6)  # the first request's deadline passes while its connection waits in the pool
    assert http.request("GET", "/y").data == {"n": 2}
    assert len(server.requests) == 2  # no attempt was cut off and repeated


# -- over TLS: the CA bundle the environment names is used, and the deadline still cuts -----------
def _self_signed(tmp_path):
    x509 = pytest.importorskip("cryptography.x509")
    import datetime as dt
    import ipaddress

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def test_over_tls_trickled_headers_are_cut_at_the_deadline(tmp_path, monkeypatch):
    import ssl
    import threading

    cert_file, key_file = _self_signed(tmp_path)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert_file, key_file)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    stop = threading.Event()
    accepted = []

    def trickle(conn: socket.socket) -> None:
        try:
            with ctx.wrap_socket(conn, server_side=True) as tls:
                tls.recv(65536)
                tls.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                while not stop.wait(0.3):  # each byte well inside the read timeout
                    tls.sendall(b"a")
        except OSError:
            pass

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            accepted.append(conn)
            threading.Thread(target=trickle, args=(conn,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    # The decision kept from requests' environment handling: a CA bundle named there is used.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert_file))
    http = ServiceHTTP(f"https://127.0.0.1:{listener.getsockname()[1]}", deadline=1.5)
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            http.request("GET", "/x")
        except BaseException as exc:  # reported to the test
            outcome.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(60)
    try:
        assert not t.is_alive(), "still waiting for the headers long after the deadline"
        (err,) = outcome
        assert isinstance(err, UnreachableError), repr(err)
        assert "still arriving at the deadline" in str(err)  # not "TLS verification failed"
        assert len(accepted) == 1
    finally:
        stop.set()
        listener.close()
