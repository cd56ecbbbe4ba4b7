"""The Webex adapter against the simulator's Webex subset on loopback."""

from __future__ import annotations

import pytest

from hostguard.services.base import APPLIED, FAILED, UNSUPPORTED, ActionRequest, AuthError
from hostguard.services.webex import WebexAdapter
from hostguard.simulator import webex as sim_webex
from hostguard.simulator.webex import instance_id, meeting_number

# Every exchange with the simulator's /webex subset in this file is checked against Webex's own
# API description (tests/contract): the client's requests and the answers.
pytestmark = pytest.mark.usefixtures("as_webex_describes")


@pytest.fixture
def adapter():
    """Factory: a WebexAdapter for the simulator's Webex subset (closed at teardown)."""
    made: list[WebexAdapter] = []

    def make(sim, token: str | None = None, **kw) -> WebexAdapter:
        a = WebexAdapter(sim.url + "/webex", {"token": token or sim.token}, **kw)
        made.append(a)
        return a

    yield make
    for a in made:
        a.close()


def truth(sim) -> dict[str, dict]:
    return {p["id"]: p for p in sim.state()["participants"]}


def by_record(sim, people) -> dict[str, object]:
    """Webex participants keyed by the simulator's record id."""
    sub = sim.app.extensions["webex"]
    out = {}
    for p in people:
        found = sub.record(p.id)
        out[found[1].id] = p
    return out


def test_link_paging_lists_everyone_with_addresses_from_analytics(simulator, adapter):
    sim = simulator(participants=250, seed=11)
    a = adapter(sim)
    people = a.list_participants("demo")
    assert all(p.id.startswith("demo_") for p in people)
    mapped = by_record(sim, people)
    gt = truth(sim)
    assert set(mapped) == {pid for pid, p in gt.items() if p["status"] in ("joined", "waiting")}
    for rid, p in mapped.items():
        assert p.ip == (gt[rid]["ip_address"] or "")
        assert p.name == gt[rid]["name"] and p.email == gt[rid]["email"] and p.role in ("host", "co-host", "attendee")
    assert sum(1 for p in people if p.role == "host") == 1
    assert sim.app.extensions["webex"].qualities_calls == 1


def test_paging_respects_max_100(simulator, adapter):
    sim = simulator(participants=5, seed=11)
    a = adapter(sim)
    r = a.http.request("GET", "/meetingParticipants", params={"meetingId": "demo", "max": 101}, ok=(400,))
    assert "max" in r.data["message"]
    r = a.http.request("GET", "/meetingParticipants", params={"meetingId": "demo", "max": 2})
    assert len(r.data["items"]) == 2 and 'rel="next"' in r.headers["Link"]


def test_addresses_wait_for_analytics_and_one_call_per_window(simulator, adapter):
    sim = simulator(participants=40, seed=12, analytics_delay=3600)
    a = adapter(sim)
    people = a.list_participants("demo")
    assert all(p.ip == "" for p in people)  # nobody has been in for an hour yet
    note = a.status_note("demo")
    assert "40 of 40 participants have no address yet and count as unknown country" in note
    a.list_participants("demo")
    a.list_participants("demo")
    assert sim.app.extensions["webex"].qualities_calls == 1  # the five-minute window, client-side
    assert a.next_address_refresh("demo") > 200
    assert "40 of 40 without an address yet (unknown country until then)" in a.http_state.budget
    assert "next call in 5 min" in a.http_state.budget


def test_the_services_own_429_is_respected(simulator, adapter):
    sim = simulator(participants=30, seed=12)
    a = adapter(sim, analytics_window=0.0)  # a careless client: the service still says no
    first = a.list_participants("demo")
    assert sum(1 for p in first if p.ip) > 20
    sub = sim.app.extensions["webex"]
    sim.meeting.join_newcomers(2, "DE")
    again = a.list_participants("demo")  # newcomers have no address: the client asks, gets 429
    assert sub.qualities_calls == 1
    assert a.next_address_refresh("demo") > 200  # Retry-After (seconds) honoured
    assert {p.id: p.ip for p in first}.items() <= {p.id: p.ip for p in again}.items()  # kept
    assert "asked HostGuard to wait" in a.status_note("demo")


def test_expel_block_admit_and_the_limits(simulator, adapter):
    sim = simulator(participants=30, seed=13)
    a = adapter(sim)
    people = a.list_participants("demo")
    attendees = [p for p in people if p.role == "attendee"]
    host = next(p for p in people if p.role == "host")
    sub = sim.app.extensions["webex"]
    rid = {p.id: sub.record(p.id)[1].id for p in people}

    res = a.act("demo", attendees[0].id, "remove", "k1")
    assert (res.outcome, res.status) == (APPLIED, "removed")
    res = a.act("demo", attendees[1].id, "block", "k2")
    assert res.outcome == APPLIED and "cannot prevent rejoining" in res.detail
    gt = truth(sim)
    assert gt[rid[attendees[0].id]]["status"] == "removed" and gt[rid[attendees[1].id]]["status"] == "removed"
    # expelled people stay visible as removed (Webex itself only says "end")
    listed = {p.id: p.status for p in a.list_participants("demo")}
    assert listed[attendees[0].id] == "removed"
    # again: nothing changes, nothing recorded twice
    assert a.act("demo", attendees[0].id, "remove", "k1").outcome == APPLIED
    assert len(sim.state()["actions"]) == 2

    assert a.act("demo", attendees[2].id, "waiting_room", "k3").outcome == UNSUPPORTED
    refused = a.act("demo", host.id, "remove", "k4")
    assert refused.outcome == FAILED and "host cannot be expelled" in refused.detail

    # admit from the lobby, several at once (bulk endpoint)
    for p in attendees[3:6]:
        sim.meeting.act(rid[p.id], "waiting_room")
    lobby = {p.id: p.status for p in a.list_participants("demo")}
    assert [lobby[p.id] for p in attendees[3:6]] == ["waiting"] * 3
    results = a.act_many("demo", [ActionRequest(p.id, "admit", f"a{i}") for i, p in enumerate(attendees[3:6])])
    assert [r.outcome for r in results] == [APPLIED] * 3
    gt = truth(sim)
    assert [gt[rid[p.id]]["status"] for p in attendees[3:6]] == ["joined"] * 3


def test_bad_token_is_an_auth_error_that_does_not_echo_it(simulator, adapter):
    sim = simulator(participants=5, seed=13)
    a = adapter(sim, token="not-the-token-xyz")
    with pytest.raises(AuthError) as err:
        a.list_participants("demo")
    assert "12 hours" in str(err.value) and "not-the-token-xyz" not in str(err.value)


def test_faults_and_429_retry_after_are_survived(simulator, adapter):
    sim = simulator(participants=250, seed=17, fault_rate=0.4, slow_delay=0.05)
    a = adapter(sim)
    for _ in range(3):
        people = a.list_participants("demo")
        assert len(people) == 250
    kinds = {(f.path.rsplit("/", 1)[-1], f.kind) for f in sim.faults}
    # this seed's faults include a 429 (Retry-After in seconds), a truncated page and a reset
    assert {("meetingParticipants", "429"), ("qualities", "truncated"), ("meetingParticipants", "reset")} <= kinds


def test_a_next_link_to_another_host_is_not_followed(simulator, adapter):
    """The bearer token only ever goes to the configured host, whatever a Link header says."""
    from hostguard.services.base import ServiceError
    from hostguard.simulator.server import json_response

    sim = simulator(participants=5, seed=13)
    seen = []

    def page(req):
        seen.append(req.arg("offset"))
        link = '<http://127.0.0.2:9/webex/v1/meetingParticipants?offset=1>; rel="next"'
        return json_response({"items": [{"id": "m_1", "displayName": "A", "state": "joined"}]}, 200, {"Link": link})

    sim.app.add_route("GET", "/evil/v1/meetingParticipants", page, group="webex")
    a = WebexAdapter(sim.url + "/evil", {"token": sim.token})
    try:
        with pytest.raises(ServiceError, match="another host"):
            a.list_participants("m_I_1")  # an instance id: no meeting lookup first
        assert seen == [None]
    finally:
        a.close()


def test_a_large_meetings_addresses_come_a_page_per_window(simulator, adapter):
    """Qualities are paged (max/offset, Link rel="next"): each allowed call reads the next page,
    so every address arrives within a few windows, then the first page is read again."""
    sim = simulator(participants=250, seed=14)
    sub = sim.app.extensions["webex"]
    sub.qualities_window = 0.0  # every call allowed (the five minutes are tested above)
    a = adapter(sim, analytics_window=0.0)
    a.addresses.qualities_page = 100
    inst = instance_id(sim.meeting)
    gt = truth(sim)
    present = {pid for pid, p in gt.items() if p["status"] in ("joined", "waiting")}
    with_ip = {pid for pid in present if gt[pid]["ip_address"]}
    assert len(present) > 200

    def known() -> set[str]:
        return {rid for rid, p in by_record(sim, a.list_participants("demo")).items() if p.ip}

    first = known()
    assert 0 < len(first) <= 100 and sub.qualities_calls == 1
    assert a.addresses.qualities_next[inst].endswith("offset=100")
    second = known()
    assert len(second) > len(first) and sub.qualities_calls == 2
    assert a.addresses.qualities_next[inst].endswith("offset=200")
    assert known() == with_ip  # the third and last page read: everyone has an address
    assert inst not in a.addresses.qualities_next
    known()  # and then page one again (people keep joining)
    assert a.addresses.qualities_next[inst].endswith("offset=100")



def test_a_504_for_a_large_max_lowers_max_and_asks_again(simulator, adapter):
    """Webex's guide: a large ``max`` can answer 504. The adapter halves ``max`` and asks again
    at once (a timed-out answer gave nothing), so the addresses still arrive in this listing."""
    sim = simulator(participants=150, seed=15)
    sub = sim.app.extensions["webex"]
    a = adapter(sim)
    a.addresses.qualities_page = 5000  # more than the simulated service answers in time: 504
    people = a.list_participants("demo")
    assert a.addresses.qualities_page <= sub.qualities_timeout_above
    assert sum(1 for p in people if p.ip) > 100
    assert sub.qualities_calls == 1  # the 504s were not counted as calls


# -- issue 10: Webex as its API description says ----------------------------------------------------------
def test_a_meeting_number_series_or_instance_id_reaches_the_instance_in_progress(simulator, adapter):
    sim = simulator(participants=20, seed=51)
    inst = instance_id(sim.meeting)
    for given in (meeting_number(sim.meeting), "demo", inst):
        sim.app.extensions["webex"].reset_window()  # a new adapter each time: a new first call
        a = adapter(sim)
        people = a.list_participants(given)
        assert len(people) == 20 and sum(1 for p in people if p.ip) > 10
        assert a.resolve_instance(given).instance_id == inst
    a = adapter(sim)
    with pytest.raises(Exception):  # noqa: B017 - any failure, but never a listing of another meeting
        a.list_participants("9999999999")
    assert a.resolve_instance("9999999999").instance_id == ""
    assert "no meeting with number" in a.resolve_instance("9999999999").how


def test_breakout_sessions_count_as_present(simulator, adapter):
    sim = simulator(participants=10, seed=52)
    sub = sim.app.extensions["webex"]
    sub.in_breakout.update(r.id for r in sim.meeting.snapshot()[1:4])
    people = adapter(sim).list_participants("demo")
    assert len(people) == 10 and {p.status for p in people} == {"joined"}


def test_an_expel_is_applied_only_when_webex_lists_the_person_as_gone(simulator, adapter):
    """The PUT answer's state can only be lobby or joined (issue 10: every expel was "manual")."""
    sim = simulator(participants=10, seed=53)
    a = adapter(sim, readback_waits=(0.0,))
    target = next(p for p in a.list_participants("demo") if p.role == "attendee")
    r = a.http.request("PUT", f"/meetingParticipants/{target.id}", json_body={"expel": True})
    assert r.data["state"] == "joined"  # what Webex answers; the person is gone all the same
    other = next(p for p in a.list_participants("demo") if p.role == "attendee" and p.id != target.id)
    res = a.act("demo", other.id, "remove", "k")
    assert (res.outcome, res.status) == (APPLIED, "removed") and "lists them as left" in res.detail

    # a service that accepts the expel but keeps listing the person: not applied, tried again
    from hostguard.simulator.server import json_response

    sub = sim.app.extensions["webex"]
    third = next(p for p in a.list_participants("demo") if p.role == "attendee" and p.status == "joined")
    m, _rec = sub.record(third.id)
    doc = {"id": third.id, "state": "joined", "meetingId": instance_id(m)}
    sim.app.add_route("PUT", "/stuck/v1/meetingParticipants/{participant_id}", lambda req: json_response(doc), group="webex")
    sim.app.add_route("GET", "/stuck/v1/meetingParticipants/{participant_id}", lambda req: json_response(doc), group="webex")
    stuck = WebexAdapter(sim.url + "/stuck", {"token": sim.token}, readback_waits=(0.0,))
    try:
        res = stuck.act(instance_id(m), third.id, "remove", "k2")
    finally:
        stuck.close()
    assert res.outcome == FAILED and res.retryable and "still lists the participant" in res.detail


def test_roles_the_admin_token_for_analytics_the_host_token_for_expel(simulator, adapter):
    sim = simulator(participants=20, seed=54)
    sub = sim.app.extensions["webex"]
    # the host's token alone: the list works, analytics is refused and the note says why
    host_only = adapter(sim, token=sub.host_token)
    text = host_only.test_connection("demo")
    assert "Participant list (GET /meetingParticipants, needs the host's token" in text
    assert "Addresses (GET /meeting/qualities, needs an organisation admin token with analytics:read_all" in text
    assert "the access token (no separate admin token given) lacks it" in text
    people = host_only.list_participants("demo")
    assert len(people) == 20 and not any(p.ip for p in people)
    note = host_only.status_note("demo")
    assert "refused the access token (no separate admin token given)" in note and "analytics:read_all" in note
    assert all("analytics:read_all" in p.address_note for p in people)
    # host + admin tokens: addresses arrive, the expel goes with the host's token
    sub.reset_window()
    both = WebexAdapter(sim.url + "/webex", {"token": sub.host_token, "admin_token": sub.admin_token})
    try:
        people = both.list_participants("demo")
        assert sum(1 for p in people if p.ip) > 10
        target = next(p for p in people if p.role == "attendee")
        assert both.act("demo", target.id, "remove", "k").outcome == APPLIED
    finally:
        both.close()
    # the admin's token as the access token: it can list but not expel, and says which role it lacks
    admin_only = adapter(sim, token=sub.admin_token)
    target = next(p for p in admin_only.list_participants("demo") if p.role == "attendee" and p.status == "joined")
    res = admin_only.act("demo", target.id, "remove", "k3")
    assert res.outcome == FAILED and "host or a co-host" in res.detail


def test_no_analytics_until_the_delay_and_the_reason_is_said(simulator, adapter):
    # everyone in the simulated meeting joined within the last ~15 minutes: a delay of an hour
    # means no media session yet (as in Webex's first 10 minutes)
    assert sim_webex.ANALYTICS_START_S == 600
    sim = simulator(participants=12, seed=55, analytics_delay=3600)
    a = adapter(sim)
    people = a.list_participants("demo")
    assert not any(p.ip for p in people)
    assert "about 10 minutes after the meeting starts" in a.status_note("demo")
    assert all("no address yet" in p.address_note for p in people)
