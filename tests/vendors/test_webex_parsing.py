"""Webex adapter logic that needs no server: the Link header and vendor data shapes."""

from __future__ import annotations

import logging

import pytest

from hostguard.services.vendor_common import Warnings
from hostguard.services.webex import (
    parse_link_header,
    parse_participant,
    parse_qualities,
)


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


def test_states_and_roles():
    assert _parse(P)[0].status == "joined"
    assert _parse({**P, "state": "lobby"})[0].status == "waiting"
    assert _parse({**P, "state": "end", "leftTime": "2026-11-28T01:10:00Z"})[0].status == "left"
    assert _parse({**P, "leftTime": "2026-11-28T01:10:00Z"})[0].status == "left"
    assert _parse({**P, "host": True})[0].role == "host"
    assert _parse({**P, "coHost": True})[0].role == "co-host"
    p, warn = _parse(P)
    assert p.ip == "" and p.person_key == "email:ada@example.com" and warn.count == 0


def test_wrong_types_and_missing_fields(caplog):
    p, warn = _parse({"id": "m_1", "host": "true", "coHost": 1, "email": None, "displayName": 5, "state": "floating"})
    assert p.role == "host" and p.email == "" and p.name == "5" and p.status == "joined"
    assert warn.count == 3  # host (text), displayName (number), state; coHost is not needed
    with caplog.at_level(logging.WARNING):
        warn.log("Webex participant list")
    assert "items[0].state is not lobby, joined or end" in caplog.text
    for raw in (None, "x", {"displayName": "no id"}):
        assert _parse(raw)[0] is None


def test_qualities_give_addresses_by_id_and_email(caplog):
    data = {
        "items": [
            {"participantId": "m_1", "webexUserEmail": "Ada@Example.com", "publicIP": "203.0.113.9"},
            {"participantId": "m_2", "public_ip": "2001:db8::1"},  # the reference notes' spelling
            {"participantId": "m_3", "publicIP": "not-an-ip"},
            {"participantId": "m_4"},  # no address yet
            {"webexUserEmail": "twice@example.com", "publicIP": "198.51.100.1"},
            {"webexUserEmail": "twice@example.com", "publicIP": "198.51.100.2"},
            "junk",
        ]
    }
    warn = Warnings()
    by_id, by_email = parse_qualities(data, warn)
    assert by_id == {"m_1": "203.0.113.9", "m_2": "2001:db8::1"}
    assert by_email == {"ada@example.com": "203.0.113.9"}  # the ambiguous e-mail is left out
    assert warn.count == 2
    with caplog.at_level(logging.WARNING):
        warn.log("Webex meeting qualities")
    assert "not-an-ip" not in caplog.text and "publicIP is not an IP address" in caplog.text
    assert parse_qualities({"items": "x"}, Warnings()) == ({}, {})
    assert parse_qualities(None, Warnings()) == ({}, {})
