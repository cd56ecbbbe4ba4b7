"""The shared HTTP layer against a real loopback server: retries, back-off, auth, limits."""

from __future__ import annotations

import email.utils
import socket
import time

import pytest

from hostguard.services.base import AuthError, NotFound, ServiceError, UnreachableError
from hostguard.services.http import ServiceHTTP, parse_retry_after
from hostguard.services.reference import ReferenceAdapter
from tests.services.scripted_server import Answer

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
