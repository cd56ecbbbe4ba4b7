"""Zoom and Webex against services that misbehave: page tokens and next-page links that point
back to a page already read (the simulator made to repeat them), fields longer than any real
one, and the Zoom account id kept out of debug logs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from hostguard.services.base import ServiceError
from hostguard.services.vendor_common import (
    MAX_ADDRESS,
    MAX_EMAIL,
    MAX_ID,
    MAX_NAME,
    PageLoop,
    Warnings,
)
from hostguard.services.webex import WebexAdapter, parse_qualities
from hostguard.services.webex import parse_participant as webex_participant
from hostguard.services.zoom import ZoomAdapter
from hostguard.services.zoom import parse_participant as zoom_participant
from hostguard.services.zoom_registrants import RegistrantsUnreadable


# -- repeating page tokens and links ---------------------------------------------------------
def test_a_repeating_zoom_page_token_stops_with_a_clear_error(simulator, zoom_creds):
    sim = simulator(participants=700, seed=4)
    zoom = sim.app.extensions["zoom"]
    a = ZoomAdapter(sim.url + "/zoom", zoom_creds(sim), min_refresh=0.0)
    try:
        assert len(a.list_participants("demo")) == 700  # fine while the service behaves
        zoom.repeat_page_tokens = True
        before = sum(zoom.used.values())
        with pytest.raises(
            ServiceError, match=r"Zoom: the participant list does not end \(page 2 points back"
        ):
            a.fetch_roster("demo", force=True)
        # page 1 (next: token t), page 2 (next: t again): stop there, not after 10,000 pages
        assert sum(zoom.used.values()) - before == 2
    finally:
        a.close()


def test_a_repeating_zoom_registrant_page_token_is_not_followed_for_ever(simulator, zoom_creds):
    sim = simulator(participants=700, seed=4)
    zoom = sim.app.extensions["zoom"]
    a = ZoomAdapter(sim.url + "/zoom", zoom_creds(sim), min_refresh=0.0)
    try:
        zoom.repeat_page_tokens = True
        # The listing stops at the repeat: the list could not be read (no partial list), and
        # that is not kept as "no registration".
        with pytest.raises(RegistrantsUnreadable, match="does not end"):
            a.registrants.index("demo")
        zoom.repeat_page_tokens = False
        assert a.registrants.index("demo")
    finally:
        a.close()


def test_a_repeating_webex_next_link_stops_with_a_clear_error(simulator):
    sim = simulator(participants=350, seed=4)
    sub = sim.app.extensions["webex"]
    a = WebexAdapter(sim.url + "/webex", {"token": sim.token})
    try:
        assert len(a.list_participants("demo")) >= 300
        sub.repeat_next_link = True
        with pytest.raises(
            ServiceError, match=r"Webex: the participant list does not end \(page 2 points back"
        ):
            a.list_participants("demo")
    finally:
        a.close()


def test_page_loop_refuses_absurdly_long_tokens():
    loop = PageLoop("Zoom", "participant list", max_len=10)
    assert loop.follow("abc", 1) == "abc"
    with pytest.raises(ServiceError, match="at most 10 expected"):
        loop.follow("x" * 11, 2)


# -- length caps, as the reference adapter's ----------------------------------------------------
def test_zoom_fields_are_capped_like_the_reference_adapters():
    warn = Warnings()
    p = zoom_participant(
        {"user_id": "s1", "id": "A" * (MAX_ID + 1), "user_name": "N" * 10_000, "email": "e" * 10_000 + "@x.org",
         "ip_address": "1" * (MAX_ADDRESS + 1), "location": "L" * 10_000, "status": "in_meeting"},
        "p", warn,
    )  # fmt: skip
    assert p is not None and p.id == "s1"
    assert len(p.name) == MAX_NAME and len(p.email) == MAX_EMAIL and len(p.location) <= 512
    assert p.ip == "" and p.account_id == ""  # a 1025-character account id is not one
    assert not zoom_participant({"user_id": "u" * (MAX_ID + 1), "user_name": "x"}, "q", warn)
    assert any("longer than 1024 characters" in w for w in warn.items)
    assert all("NNNN" not in w and "eeee" not in w for w in warn.items)  # never the values


def test_webex_fields_are_capped_like_the_reference_adapters():
    warn = Warnings()
    p = webex_participant(
        {"id": "w1", "displayName": "N" * 10_000, "email": "e" * 10_000, "state": "joined"},
        "p",
        warn,
    )
    assert p is not None and len(p.name) == MAX_NAME and len(p.email) == MAX_EMAIL
    assert webex_participant({"id": "i" * (MAX_ID + 1), "displayName": "x"}, "q", warn) is None
    rows = parse_qualities(
        {"items": [{"participantId": "w1", "publicIP": "1.0.16.1"},
                   {"participantId": "i" * (MAX_ID + 1), "webexUserEmail": "a@b.c", "publicIP": "1.0.16.2"},
                   {"participantId": "w3", "publicIP": "9" * (MAX_ADDRESS + 1)}]},
        warn,
    )  # fmt: skip
    assert [(r.participant_id, r.email, r.ip) for r in rows] == [("w1", "", "1.0.16.1"), ("", "a@b.c", "1.0.16.2")]


# -- the Zoom account id in debug logs -----------------------------------------------------------
def test_zoom_account_id_never_appears_with_debug_logging(simulator, tmp_path, _isolated_home):
    sim = simulator(participants=40, seed=2)
    account = "acct-Q9xLm2Pz7TkR4wVb8Jd1Hs"
    rules = tmp_path / "r.toml"
    rules.write_text(
        'version = 1\n[[rule]]\nname = "Flag CN"\naction = "flag"\ncountries = ["CN"]\n'
    )
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "ZOOM_ACCOUNT_ID": account,
           "ZOOM_CLIENT_ID": "hostguard-sim", "ZOOM_CLIENT_SECRET": sim.token}  # fmt: skip
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[var] = str(_isolated_home / var.split("_")[1].lower())
    r = subprocess.run(
        [sys.executable, "-m", "hostguard", "-v", "-v", "watch", "--service", "zoom", "--url", sim.url + "/zoom",
         "--meeting", "demo", "--rules", str(rules), "--state-dir", str(tmp_path / "s"), "--once"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "/zoom/oauth/token?" in r.stderr  # urllib3's debug lines were on, the sign-in among them
    assert account not in r.stdout + r.stderr
    files = [p for p in (*tmp_path.rglob("*"), *_isolated_home.rglob("*")) if p.is_file()]
    for p in files:
        assert account.encode() not in p.read_bytes(), p
