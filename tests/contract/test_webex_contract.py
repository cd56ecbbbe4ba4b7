"""Webex as Webex describes it: every request HostGuard's Webex client sends in these tests, and
every answer the simulator's ``/webex`` subset gives, is checked against Webex's own OpenAPI
description (``vendor/webex-meeting.json``), and so is every field the client reads.

Issue 10: the client and the simulator were written from one reading of the documentation and
agreed with each other where that reading was wrong. These tests put the vendor's description
between them.
"""

from __future__ import annotations

import json
import urllib.request

import pytest

from hostguard.services.base import APPLIED, ActionRequest
from hostguard.services.webex import MEETING_KEYS, PARTICIPANT_KEYS, STATES, WebexAdapter
from hostguard.services.webex_qualities import QUALITY_KEYS
from hostguard.simulator import webex as sim_webex
from tests.contract.webex_schema import (
    component,
    errors,
    exchange_errors,
    operation,
    record_traffic,
    spec,
    traffic_errors,
)

PREFIXES = ("/webex/analytics/v1", "/webex/v1")


@pytest.fixture
def traffic(monkeypatch):
    """Every exchange any ServiceHTTP makes during the test."""
    return record_traffic(monkeypatch)


def check_all(traffic) -> None:
    assert traffic, "no traffic was captured"
    problems = traffic_errors(traffic, PREFIXES)
    assert not problems, "\n".join(problems)


def _get(sim, path: str, token: str | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(
        sim.url + path, headers={"Authorization": f"Bearer {token or sim.token}"}
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


# -- the fields the client reads exist, the values it expects are the vendor's ------------------------
def test_every_field_the_client_reads_is_defined_by_webex():
    props = component("Participant")["properties"]
    assert set(PARTICIPANT_KEYS) <= set(props), set(PARTICIPANT_KEYS) - set(props)
    assert "correlationId" in component("Device")["properties"]
    assert set(QUALITY_KEYS) <= set(component("MediaSessionQuality")["properties"])
    assert set(MEETING_KEYS) <= set(component("MeetingObjectForListMeeting")["properties"])


def test_the_client_knows_exactly_the_states_webex_defines():
    assert set(STATES) == set(component("Participant")["properties"]["state"]["enum"])
    # breakoutSession is someone in the meeting (issue 10), end is someone who left
    assert STATES["breakoutSession"] == "joined" and STATES["end"] == "left"


def test_the_simulators_enums_are_webex_enums():
    participant_states = set(component("Participant")["properties"]["state"]["enum"])
    assert set(sim_webex.STATE.values()) | {"breakoutSession"} <= participant_states
    params = {p["name"]: p for p in operation("GET", "/meetings")[1]["parameters"]}
    assert set(sim_webex.MEETING_TYPES) == set(params["meetingType"]["schema"]["enum"])
    assert set(sim_webex.MEETING_STATES) == set(params["state"]["schema"]["enum"])


def test_the_validator_is_strict_enough_to_catch_the_old_readings():
    """The checks below would pass anything if the validator were lax: prove they bite."""
    _, put = operation("PUT", "/meetingParticipants/x_I_1_abc")
    answer = put["responses"]["200"]["content"]["application/json"]["schema"]
    assert errors(answer, {"id": "a", "state": "end"})  # InProgressParticipant: lobby | joined only
    assert not errors(answer, {"id": "a", "state": "joined"})
    quality = component("MediaSessionQuality")
    assert errors(
        quality, {"meetingInstanceId": "m_I_1", "public_ip": "192.0.2.1"}
    )  # not Webex's name
    assert errors(component("Participant"), {"id": "a", "state": "left"})
    # OpenAPI 3.0 nullable is honoured
    assert not errors({"type": "string", "nullable": True}, None)
    assert errors({"type": "string"}, None)
    problems = exchange_errors(
        PREFIXES,
        "GET",
        "http://h/webex/analytics/v1/meeting/qualities?meetingId=m&page=2",
        None,
        200,
        b'{"items": []}',
    )
    assert any("'page' is not defined" in p for p in problems)


# -- the client's traffic and the simulator's answers ---------------------------------------------------
@pytest.mark.parametrize("given", ["number", "series", "instance"])
def test_a_whole_session_is_as_webex_describes(simulator, traffic, given):
    sim = simulator(participants=60, seed=31)
    meeting = {
        "number": sim_webex.meeting_number(sim.meeting),
        "series": sim.meeting_id,
        "instance": sim_webex.instance_id(sim.meeting),
    }[given]
    a = WebexAdapter(sim.url + "/webex", {"token": sim.token}, readback_waits=(0.0,))
    try:
        assert "Connected to Webex meeting" in a.test_connection(meeting)
        sim.app.extensions["webex"].reset_window()
        people = a.list_participants(meeting)
        assert len(people) == 60 and sum(1 for p in people if p.ip) > 40
        attendees = [p for p in people if p.role == "attendee"]
        assert a.act(meeting, attendees[0].id, "remove", "k1").outcome == APPLIED
        sub = sim.app.extensions["webex"]
        for p in attendees[1:4]:
            sim.meeting.act(sub.record(p.id)[1].id, "waiting_room")
        results = a.act_many(
            meeting, [ActionRequest(p.id, "admit", f"a{i}") for i, p in enumerate(attendees[1:3])]
        )
        assert [r.outcome for r in results] == [APPLIED, APPLIED]
        assert a.act(meeting, attendees[3].id, "admit", "a9").outcome == APPLIED
        a.act(meeting, attendees[0].id, "remove", "k1")  # refused (already gone), read back
    finally:
        a.close()
    paths = {urllib.parse.urlsplit(u).path for _, u, *_ in traffic}
    assert {"/webex/v1/meetingParticipants", "/webex/analytics/v1/meeting/qualities",
            "/webex/v1/meetingParticipants/admit"} <= paths  # fmt: skip
    if given != "instance":
        assert "/webex/v1/meetings" in paths
    check_all(traffic)


def test_the_simulators_other_answers_are_as_webex_describes(simulator, traffic):
    """Answers the happy path does not reach: breakout sessions, role refusals, 504, 429, the
    listing filters, paging links, errors."""
    sim = simulator(participants=30, seed=32, analytics_delay=0)
    sub = sim.app.extensions["webex"]
    inst = sim_webex.instance_id(sim.meeting)
    sub.in_breakout.update(r.id for r in sim.meeting.snapshot()[5:8])
    a = WebexAdapter(sim.url + "/webex", {"token": sub.host_token, "admin_token": sub.admin_token})
    host_only = WebexAdapter(sim.url + "/webex", {"token": sub.host_token})
    admin_only = WebexAdapter(sim.url + "/webex", {"token": sub.admin_token})
    try:
        for path, params in (
            ("/meetings", {"meetingSeriesId": "demo"}),
            ("/meetings", {"meetingSeriesId": "demo", "meetingType": "scheduledMeeting"}),
            ("/meetings", {"meetingType": "meetingSeries", "current": "false", "max": 5}),
            (
                "/meetings",
                {"meetingNumber": sim_webex.meeting_number(sim.meeting), "current": "true"},
            ),
            ("/meetings", {"meetingSeriesId": "demo", "meetingType": "meeting", "state": "ended"}),
            ("/meetingParticipants", {"meetingId": "demo", "max": 7}),
            ("/meetingParticipants", {"meetingId": inst}),
        ):
            a.http.request("GET", path, params=params)
        a.http.request("GET", "/meetings", params={"state": "live"}, ok=(400,))
        deliberate = (
            traffic.pop()
        )  # a request outside the description, on purpose: the simulator says 400
        assert exchange_errors(PREFIXES, *deliberate) and deliberate[3] == 400
        a.http.request("GET", "/meetingParticipants", params={"meetingId": "nope"}, ok=(404,))
        people = a.list_participants("demo")
        assert sum(1 for p in people if p.status == "joined") == 30  # breakout counts as present
        a.analytics.request(
            "GET", "/meeting/qualities", params={"meetingId": inst, "max": 100}, ok=(200, 429)
        )
        a.analytics.request(
            "GET", "/meeting/qualities", params={"meetingId": inst, "max": 5000}, ok=(504,)
        )
        a.analytics.request("GET", "/meeting/qualities", params={"meetingId": "demo"}, ok=(404,))
        host_only.analytics.request(
            "GET", "/meeting/qualities", params={"meetingId": inst}, ok=(403,)
        )
        target = next(p for p in people if p.role == "attendee")
        admin_only.http.request(
            "PUT", f"/meetingParticipants/{target.id}", json_body={"expel": True}, ok=(403,)
        )
        admin_only.http.request("GET", f"/meetingParticipants/{target.id}")
        a.http.request(
            "PUT", f"/meetingParticipants/{target.id}", json_body={"expel": True, "muted": False}
        )
        a.http.request("GET", f"/meetingParticipants/{target.id}")
    finally:
        for x in (a, host_only, admin_only):
            x.close()
    check_all(traffic)


def test_live_participants_carry_the_placeholder_and_the_put_answer_only_lobby_or_joined(simulator):
    sim = simulator(participants=5, seed=33)
    status, body = _get(sim, "/webex/v1/meetingParticipants?meetingId=demo&max=10")
    items = json.loads(body)["items"]
    assert status == 200 and items
    for p in items:
        assert p["joinedTime"] == p["leftTime"] == sim_webex.PLACEHOLDER_TIME
        assert "_I_" in p["meetingId"] and p["id"].startswith(p["meetingId"] + "_")
    status, body = _get(
        sim, f"/webex/analytics/v1/meeting/qualities?meetingId={sim_webex.instance_id(sim.meeting)}"
    )
    rows = json.loads(body)["items"]
    ids = {p["id"] for p in items}
    assert (
        status == 200 and rows and not ids & {r["participantId"] for r in rows}
    )  # a form of its own
    correlation = {d["correlationId"].upper() for p in items for d in p["devices"]}
    assert {r["participantSessionId"] for r in rows} <= correlation
    assert not [e for r in rows for e in errors(component("MediaSessionQuality"), r)]


def test_the_spec_is_the_vendored_one():
    s = spec()
    assert s["openapi"].startswith("3.0") and "/meeting/qualities" in s["paths"]


class Recording(dict):
    """A JSON object that remembers which keys were read (``get``, ``[]``, ``in``)."""

    def __init__(self, *args, log: set[str], **kw) -> None:
        super().__init__(*args, **kw)
        self.log = log

    def get(self, key, default=None):
        self.log.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.log.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.log.add(key)
        return super().__contains__(key)


def test_the_parsers_read_no_key_webex_does_not_define():
    """Not a list kept by hand: the keys the parsers really ask for, on full examples."""
    from hostguard.services.vendor_common import Warnings
    from hostguard.services.webex import parse_participant, parse_qualities

    read_p: set[str] = set()
    read_d: set[str] = set()
    read_q: set[str] = set()
    s = spec()
    example = s["paths"]["/meetingParticipants"]["get"]["responses"]["200"]["content"]["application/json"]["example"]
    for raw in example["items"]:
        devices = [Recording(d, log=read_d) for d in raw.get("devices", [])]
        parse_participant(Recording({**raw, "devices": devices}, log=read_p), "p", Warnings())
    # a participant without a state makes the parser look at leftTime too
    parse_participant(Recording({"id": "x", "leftTime": "2020-01-01T00:00:00Z"}, log=read_p), "p", Warnings())
    q_example = s["paths"]["/meeting/qualities"]["get"]["responses"]["200"]["content"]["application/json"]["example"]
    parse_qualities({"items": [Recording(i, log=read_q) for i in q_example["items"]]}, Warnings())
    # and with fields missing, where a parser would reach for other spellings (``public_ip``)
    for gone in ("publicIP", "participantId", "webexUserEmail", "participantSessionId"):
        stripped = [Recording({k: v for k, v in i.items() if k != gone}, log=read_q) for i in q_example["items"]]
        parse_qualities({"items": stripped}, Warnings())
    assert read_p and read_d and read_q
    assert read_p <= set(component("Participant")["properties"]), read_p - set(component("Participant")["properties"])
    assert read_d <= set(component("Device")["properties"]), read_d - set(component("Device")["properties"])
    quality = set(component("MediaSessionQuality")["properties"])
    assert read_q <= quality, read_q - quality
    assert set(PARTICIPANT_KEYS) >= read_p and set(QUALITY_KEYS) >= read_q  # the lists above are complete
