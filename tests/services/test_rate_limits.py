"""One retry layer: `ServiceHTTP` retries, and the adapter only says what its vendor's 429 means
(`RateLimits`). Real loopback server; Zoom's adapter against it, as Zoom answers."""

from __future__ import annotations

import pytest

from hostguard.services.base import ServiceError, UnreachableError
from hostguard.services.http import RateLimited, ServiceHTTP
from hostguard.services.zoom import ZoomAdapter
from tests.services.scripted_server import Answer

CREDS = {"account_id": "acct-1", "client_id": "client-1", "client_secret": "secret-value-1"}
TOKEN = Answer(200, {"access_token": "tok-1", "token_type": "bearer", "expires_in": 3600})
PAGE = Answer(200, {"participants": [{"user_id": "1", "participant_user_id": "u1", "user_name": "A",
                                      "ip_address": "8.8.8.8", "status": "in_meeting"}]})


class Recorder:
    """A RateLimits that records what it was shown and stops on a "daily" 429."""

    def __init__(self) -> None:
        self.seen: list[dict] = []
        self.refusals: list[RateLimited] = []

    def observe(self, headers) -> None:
        self.seen.append(dict(headers))

    def refused(self, answer: RateLimited) -> ServiceError | None:
        self.refusals.append(answer)
        if answer.headers.get("X-Kind") == "daily":
            return ServiceError("used up for today", status=429, retryable=True)
        return None


def make(server, **kw) -> ServiceHTTP:
    return ServiceHTTP(server.url, service="test service", backoff_base=0.01, backoff_cap=0.05, **kw)


def test_a_short_429_is_retried_by_the_http_layer_and_shown_to_the_adapter(server):
    server.add(
        Answer(429, {"code": 429, "message": "slow down"}, headers={"Retry-After": "0"}),
        Answer(429, {"code": 429}, headers={"Retry-After": "0"}),
        Answer(200, {"ok": True}),
    )
    limits = Recorder()
    http = make(server)
    assert http.request("GET", "/p", limits=limits).data == {"ok": True}
    assert len(server.requests) == 3 and http.state.retries == 2
    assert len(limits.seen) == 3  # every answer's headers, the 200 too
    assert [r.problem for r in limits.refusals] == [{"code": 429, "message": "slow down"}, {"code": 429}]
    assert limits.refusals[0].method == "GET" and limits.refusals[0].path == "/p"


def test_a_429_the_adapter_calls_final_stops_at_once(server):
    server.add(Answer(429, {}, headers={"X-Kind": "daily", "Retry-After": "0"}), Answer(200, {"ok": True}))
    http = make(server)
    with pytest.raises(ServiceError, match="used up for today") as info:
        http.request("GET", "/p", limits=Recorder())
    assert info.value.status == 429 and info.value.retryable
    assert len(server.requests) == 1  # no retry: waiting within the request cannot help
    assert http.state.last_error == "used up for today"


def test_without_limits_a_429_is_waited_out(server):
    server.add(Answer(429, {}, headers={"X-Kind": "daily", "Retry-After": "0"}), Answer(200, {"ok": True}))
    assert make(server).request("GET", "/p").data == {"ok": True}


def zoom(server) -> ZoomAdapter:
    # The scripted server answers the sign-in and the API alike (it does not look at paths).
    return ZoomAdapter(server.url, CREDS, min_refresh=0.0, backoff_base=0.01, backoff_cap=0.05)


def test_zoom_per_second_429s_are_retried_once_by_the_http_layer_only(server):
    """Zoom's per-second limit (QPS) on the dashboard: ServiceHTTP waits and retries; the
    adapter has no loop of its own, so the retries are the HTTP layer's and nothing else's."""
    qps = {"X-RateLimit-Type": "QPS", "X-RateLimit-Category": "Heavy", "Retry-After": "0"}
    server.add(TOKEN, Answer(429, {"code": 429, "message": "Too many requests"}, headers=qps),
               Answer(429, {"code": 429}, headers=qps), PAGE)
    a = zoom(server)
    try:
        people = a.fetch_roster("85012345678").participants
        assert [p.name for p in people] == ["A"]
        assert a.http.state.retries == 2
        assert [r["path"].split("?")[0] for r in server.requests[1:]] == [
            "/v2/metrics/meetings/85012345678/participants"] * 3
        assert a.budget.category == "Heavy" and a.budget.exhausted_until is None
    finally:
        a.close()


def test_zoom_daily_limit_stops_the_listing_without_retrying(server):
    daily = {"X-RateLimit-Type": "Daily-limit", "Retry-After": "2099-01-01T00:00:00Z"}
    server.add(TOKEN, Answer(429, {"code": 429, "message": "You have reached the maximum daily rate limit"},
                             headers=daily))
    a = zoom(server)
    try:
        with pytest.raises(ServiceError, match="daily limit for dashboard requests is used up") as info:
            a.fetch_roster("85012345678")
        assert info.value.retryable and not isinstance(info.value, UnreachableError)
        assert len(server.requests) == 2 and a.http.state.retries == 0
        assert a.budget.exhausted_until is not None
        with pytest.raises(ServiceError, match="used up"):
            a.fetch_roster("85012345678", force=True)  # until then, no request at all
        assert len(server.requests) == 2
    finally:
        a.close()


def test_zoom_meeting_updates_used_up_is_a_refusal_not_a_retry(server):
    """PATCH /meetings/{id} answered 429 Daily-limit: the update is refused with the reason
    (recorded in the update log), after one request."""
    server.add(TOKEN, Answer(429, {"code": 429, "message": "daily"}, headers={"X-RateLimit-Type": "Daily-limit"}))
    a = zoom(server)
    try:
        refused = a._patch_policy("85012345678", {"enable": True, "method": "deny", "denied_list": ["CN"]})
        assert "can be updated 100 times in 24 hours" in refused
        assert [r["method"] for r in server.requests] == ["POST", "PATCH"]
        assert a.updates.sentence(85012345678)
    finally:
        a.close()


def test_a_long_daily_stop_is_said_as_a_length_not_a_clock_time():
    """A Zoom stop days away (or 'indefinitely') is not worded as "until 14:00 UTC"."""
    from hostguard.services.zoom_budget import exhausted_message

    now = 1_800_000_000.0
    assert "for 3 days (until" in exhausted_message(now + 3 * 86400, now)
    assert "for 20 min" in exhausted_message(now + 1200, now)
