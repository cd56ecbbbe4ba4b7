"""Webex adapter logic that needs no server: the Link header and vendor data shapes."""

from __future__ import annotations

import logging

import pytest

from hostguard.services.vendor_common import Warnings
from hostguard.services.webex import (
    id_kind,
    parse_link_header,
    parse_participant,
    parse_qualities,
    real_time,
)
from hostguard.services.webex_qualities import Person, QualityRow, match_addresses


@pytest.mark.parametrize(
    ("header", "want"),
    [
        ('<https://webexapis.com/v1/meetingParticipants?meetingId=a&max=100&cursor=Y3Vy>; rel="next"',
         {"next": "https://webexapis.com/v1/meetingParticipants?meetingId=a&max=100&cursor=Y3Vy"}),
        ("<https://x/p2>;rel=next", {"next": "https://x/p2"}),
        ('<https://x/p2>; REL="Next"', {"next": "https://x/p2"}),
        ('<https://x/first>; rel="first", <https://x/p2>; rel="next"', {"first": "https://x/first", "next": "https://x/p2"}),
        # commas and semicolons inside the URL, a quoted parameter containing both
        ('<https://x/p?a=1,2;b=3>; title="page 2, the one; after"; rel="next"', {"next": "https://x/p?a=1,2;b=3"}),
        ('<https://x/last>; rel="last next"', {"last": "https://x/last", "next": "https://x/last"}),
        ('<https://x/a>; rel="next", <https://x/b>; rel="next"', {"next": "https://x/a"}),  # first wins
        ("", {}),
        (None, {}),
        ("not a link header", {}),
        ("<https://x/unterminated", {}),
        ('<https://x/a>; rel="next" junk <https://x/b>; rel=last', {"next": "https://x/a", "last": "https://x/b"}),
        ("<https://x/a>; rel", {}),
    ],
)
def test_link_header(header, want):
    assert parse_link_header(header) == want


def _parse(raw):
    warn = Warnings()
    return parse_participant(raw, "items[0]", warn), warn


P = {
    "id": "560d7b784f5143e3be2fc3064a5c4999_3c2e2338-e950-43bf-b588-573773ee43d1",
    "orgId": "o",
    "host": False,
    "coHost": False,
    "email": "ada@example.com",
    "displayName": "Ada Lovelace",
    "state": "joined",
    "joinedTime": "2026-11-28T01:00:00Z",
    "devices": [{"deviceType": "webex_desktop"}],
}


PLACEHOLDER = "1970-01-01T00:00:00.000Z"


def test_states_and_roles():
    assert _parse(P)[0].status == "joined"
    assert _parse({**P, "state": "lobby"})[0].status == "waiting"
    assert _parse({**P, "state": "end", "leftTime": "2026-11-28T01:10:00Z"})[0].status == "left"
    # the state decides; a real leftTime says "left" only when there is no state we know
    assert _parse({**{k: v for k, v in P.items() if k != "state"}, "leftTime": "2026-11-28T01:10:00Z"})[0].status == "left"
    assert _parse({**P, "host": True})[0].role == "host"
    assert _parse({**P, "coHost": True})[0].role == "co-host"
    p, warn = _parse(P)
    assert p.ip == "" and p.person_key == "email:ada@example.com" and warn.count == 0


def test_the_1970_placeholder_means_still_in_the_meeting():
    """Webex: "If the field is non-existent or shows 1970-01-01T00:00:00.000Z the meeting may be
    still ongoing". Issue 10: HostGuard read any leftTime as "left" and listed nobody."""
    live = {**P, "joinedTime": PLACEHOLDER, "leftTime": PLACEHOLDER}
    p, warn = _parse(live)
    assert p.status == "joined" and p.joined_at is None and warn.count == 0
    no_state = {k: v for k, v in live.items() if k != "state"}
    assert _parse(no_state)[0].status == "joined"
    assert _parse({**no_state, "leftTime": "1970-01-01T00:00:00Z"})[0].status == "joined"
    assert real_time(PLACEHOLDER) is None and real_time("") is None
    assert real_time("2026-11-28T01:00:00Z") == "2026-11-28T01:00:00Z"


def test_breakout_session_counts_as_present():
    p, warn = _parse({**P, "state": "breakoutSession", "breakoutSessionId": "b1", "leftTime": PLACEHOLDER})
    assert p.status == "joined" and warn.count == 0


def test_devices_and_instance_are_read():
    p, _ = _parse({**P, "meetingId": "abc_I_123", "devices": [{"correlationId": "C-1"}, {"correlationId": "c-2"}, "x"]})
    assert p.instance_id == "abc_I_123" and p.correlation_ids == ("C-1", "c-2")


def test_wrong_types_and_missing_fields(caplog):
    p, warn = _parse({"id": "m_1", "host": "true", "coHost": 1, "email": None, "displayName": 5, "state": "floating"})
    assert p.role == "host" and p.email == "" and p.name == "5" and p.status == "joined"
    assert warn.count == 3  # host (text), displayName (number), state; coHost is not needed
    with caplog.at_level(logging.WARNING):
        warn.log("Webex participant list")
    assert "items[0].state is not lobby, joined, breakoutSession or end" in caplog.text
    for raw in (None, "x", {"displayName": "no id"}):
        assert _parse(raw)[0] is None


@pytest.mark.parametrize(
    ("given", "kind"),
    [("123456789", "number"), ("123 456 789", "number"), ("870f51ff287b41be84648412901e0402", "series"),
     ("870f51ff287b41be84648412901e0402_20191101T120000Z", "series"),
     ("e5dba9613a9d455aa49f6ffdafb6e7db_I_191395283063545470", "instance"), ("demo", "series")],
)  # fmt: skip
def test_what_the_host_typed_is_recognised(given, kind):
    assert id_kind(given) == kind


def test_qualities_rows_keep_only_described_fields(caplog):
    data = {
        "items": [
            {"participantId": "m_I_1_7", "participantSessionId": "AB-CD", "webexUserEmail": "Ada@Example.com", "publicIP": "203.0.113.9"},
            {"participantId": "m_2", "public_ip": "2001:db8::1"},  # not Webex's field name: no address
            {"participantId": "m_3", "publicIP": "not-an-ip"},
            {"participantId": "m_4"},  # no address yet
            {"publicIP": "198.51.100.7"},  # names nobody
            "junk",
        ]
    }
    warn = Warnings()
    rows = parse_qualities(data, warn)
    assert rows == [QualityRow("m_I_1_7", "ab-cd", "ada@example.com", "203.0.113.9")]
    assert warn.count == 2
    with caplog.at_level(logging.WARNING):
        warn.log("Webex meeting qualities")
    assert "not-an-ip" not in caplog.text and "publicIP is not an IP address" in caplog.text
    assert parse_qualities({"items": "x"}, Warnings()) == []
    assert parse_qualities(None, Warnings()) == []


def test_matching_by_id_then_session_then_email():
    people = [
        Person("m_I_1_aaa", "ada@example.com", ("c-ada",)),
        Person("m_I_1_bbb", "bob@example.com", ("C-BOB",)),
        Person("m_I_1_ccc", "cy@example.com", ()),
        Person("m_I_1_ddd", "dee@example.com", ()),
    ]
    rows = [
        QualityRow("m_I_1_aaa", "", "", "192.0.2.1"),  # by participant id
        QualityRow("m_I_1_9", "c-bob", "someone@else.org", "192.0.2.2"),  # by session id, case aside
        QualityRow("m_I_1_10", "zz", "cy@example.com", "192.0.2.3"),  # by e-mail
    ]
    got = match_addresses(people, rows)
    assert (got["m_I_1_aaa"].ip, got["m_I_1_aaa"].how) == ("192.0.2.1", "participant id")
    assert (got["m_I_1_bbb"].ip, got["m_I_1_bbb"].how) == ("192.0.2.2", "session id")
    assert (got["m_I_1_ccc"].ip, got["m_I_1_ccc"].how) == ("192.0.2.3", "e-mail")
    assert got["m_I_1_ddd"].ip == "" and "no address yet" in got["m_I_1_ddd"].note


def test_an_ambiguous_match_leaves_the_address_unknown_with_the_reason():
    # two participants with one e-mail (a person on two devices, or a shared mailbox)
    people = [Person("p1", "team@example.com", ()), Person("p2", "team@example.com", ()), Person("p3", "x@example.com", ("s3",))]
    rows = [
        QualityRow("q1", "", "team@example.com", "192.0.2.1"),
        QualityRow("q2", "", "team@example.com", "198.51.100.1"),
        QualityRow("q3", "s3", "", "192.0.2.5"),
        QualityRow("q4", "s3", "", "203.0.113.5"),  # one session id, two addresses
    ]
    got = match_addresses(people, rows)
    for pid in ("p1", "p2"):
        assert got[pid].ip == "" and "2 participants share that e-mail" in got[pid].note
    assert got["p3"].ip == "" and "2 different addresses" in got["p3"].note
    # a session id claimed by two participants is nobody's
    twins = [Person("a", "", ("s",)), Person("b", "", ("s",))]
    got = match_addresses(twins, [QualityRow("", "s", "", "192.0.2.9")])
    assert got["a"].ip == got["b"].ip == "" and "several participants" in got["a"].note
    # a session already matched to one person by id is not someone else's by e-mail
    got = match_addresses(
        [Person("a", "ada@example.com", ()), Person("b", "ada@example.com", ())],
        [QualityRow("a", "", "ada@example.com", "192.0.2.1")],
    )
    assert got["a"].ip == "192.0.2.1" and got["b"].ip == ""
