"""Zoom adapter logic that needs no server: vendor data shapes, locations, budgets, policies."""

from __future__ import annotations

import json
import logging

import pytest

from hostguard.core.rules import parse_rules
from hostguard.services.base import ServiceError
from hostguard.services.vendor_common import Warnings
from hostguard.services.zoom import (
    DesiredPolicy,
    PolicyRecord,
    ZoomPolicy,
    ZoomRateBudget,
    desired_policy,
    encode_meeting_id,
    merge_policy,
    parse_location,
    parse_participant,
    person_key,
    zoom_error,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("San Jose (US)", "US"),
        ("Frankfurt am Main (DE)", "DE"),
        ("  Beijing (cn) ", "CN"),
        ("São Paulo (BR)", "BR"),
        ("Germany", "DE"),
        ("Frankfurt, Hesse, Germany", "DE"),
        ("London, United Kingdom", "GB"),
        ("USA", "US"),
        ("(JP)", "JP"),
        ("Somewhere (XX)", None),  # not a country code
        ("Unknown", None),
        ("San Jose", None),  # a city alone is not a country
        ("", None),
        ("   ", None),
        (None, None),
        (42, None),
        (["US"], None),
    ],
)
def test_location_free_text(text, code):
    assert parse_location(text) == code


def _parse(raw):
    warn = Warnings()
    return parse_participant(raw, "participants[0]", warn), warn


FULL = {  # an external user, as Zoom's dashboard gives one (no account ids)
    "id": "",
    "participant_user_id": "",
    "user_id": "16778240",
    "user_name": "Ada Lovelace",
    "email": "ada@example.com",
    "ip_address": "203.0.113.9",
    "location": "San Jose (US)",
    "network_type": "Wired",
    "join_time": "2026-11-28T01:00:00Z",
    "role": "attendee",
    "status": "in_meeting",
    "internal_ip_addresses": ["10.0.0.2"],
}


def test_full_participant():
    p, warn = _parse(FULL)
    assert warn.count == 0
    assert (p.id, p.name, p.email, p.ip, p.status, p.role) == (
        "16778240", "Ada Lovelace", "ada@example.com", "203.0.113.9", "joined", "attendee"
    )  # fmt: skip
    assert p.service_country == "US" and p.location == "San Jose (US)"
    assert p.person_key == "email:ada@example.com"


def test_blank_fields_are_tolerated():
    raw = {**FULL, "ip_address": "", "location": "", "user_name": "", "email": ""}
    p, warn = _parse(raw)
    assert warn.count == 0
    assert p.ip == "" and p.service_country is None and p.email == "" and p.name == ""
    assert p.person_key == "session:16778240"


def test_missing_fields_are_tolerated():
    p, warn = _parse({"user_id": "7"})
    assert warn.count == 0
    assert (p.id, p.ip, p.status, p.role, p.joined_at) == ("7", "", "joined", "attendee", None)


def test_wrong_types_are_normalised_with_warnings_that_name_no_value(caplog):
    raw = {
        **FULL,
        "user_id": 16778240,  # a number: fine, used as text
        "email": ["ada@example.com"],
        "ip_address": 203,
        "user_name": {"first": "Ada"},
        "role": 5,
        "status": "on_the_moon",
        "location": 7,
    }
    p, warn = _parse(raw)
    assert p.id == "16778240"
    assert p.email == "" and p.name == "" and p.role == "attendee" and p.status == "joined"
    assert p.ip == ""  # "203" is not an address
    assert p.service_country is None
    assert warn.count >= 5
    with caplog.at_level(logging.WARNING, logger="hostguard.services.zoom"):
        warn.log("Zoom participant list")
    text = caplog.text
    assert "participants[0].email should be text, got a list" in text
    assert "ada@example.com" not in text and "203" not in text.replace("participants[0]", "")


def test_invalid_address_is_dropped_without_logging_it(caplog):
    p, warn = _parse({**FULL, "ip_address": "203.0.113.999"})
    assert p.ip == ""
    with caplog.at_level(logging.WARNING):
        warn.log("Zoom participant list")
    assert "not an IP address" in caplog.text and "203.0.113" not in caplog.text


def test_unusable_entries_are_skipped():
    for raw in ("a string", None, [], {"user_name": "no id at all"}):
        p, warn = _parse(raw)
        assert p is None and warn.count == 1


def test_left_session_and_waiting_room():
    left, _ = _parse({**FULL, "leave_time": "2026-11-28T01:05:00Z"})
    waiting, _ = _parse({**FULL, "status": "in_waiting_room"})
    assert left.status == "left" and waiting.status == "waiting"


def test_roles_are_zoom_s_enum_and_co_hosts_are_not_reported():
    """Zoom's dashboard reports host | attendee (webinars add panelist). A value outside that
    enum (a "co-host" Zoom does not send) is an attendee, with a warning: the client does not
    depend on a role the vendor does not define (co-hosts are exempted by e-mail instead)."""
    for given, want in (("host", "host"), ("attendee", "attendee"), ("panelist", "panelist")):
        p, warn = _parse({**FULL, "role": given})
        assert p.role == want and warn.count == 0
    for given in ("co-host", "cohost", "alternative host"):
        p, warn = _parse({**FULL, "role": given})
        assert p.role == "attendee" and warn.count == 1


def test_person_key_survives_a_rejoin():
    """A rejoin has a new user_id; the person key must stay the same."""
    first, _ = _parse(FULL)
    again, _ = _parse({**FULL, "user_id": "16779999"})
    assert first.id != again.id and first.person_key == again.person_key
    # Zoom's user id (participant_user_id, set for people of the host's account) wins over the e-mail.
    signed_in, _ = _parse({**FULL, "participant_user_id": "KdYKjnimT4KPd8FFgQt9FQ", "id": "KdYKjnimT4KPd8FFgQt9FQ"})
    assert signed_in.person_key == "zoom:KdYKjnimT4KPd8FFgQt9FQ" and signed_in.account_id == "KdYKjnimT4KPd8FFgQt9FQ"
    # The deprecated ``id`` counts only when participant_user_id is absent, never when it is empty.
    old, _ = _parse({k: v for k, v in {**FULL, "id": "OldStyleId"}.items() if k != "participant_user_id"})
    assert old.person_key == "zoom:OldStyleId"
    blank, _ = _parse({**FULL, "id": "OldStyleId"})
    assert blank.person_key == "email:ada@example.com"
    # Never keyed on an empty field: without an e-mail and an address, two guests of the same
    # name are two people (each its own session), not one.
    g1, _ = _parse({**FULL, "email": "", "ip_address": "", "user_name": "iPhone", "user_id": "1"})
    g2, _ = _parse({**FULL, "email": "", "ip_address": "", "user_name": "iPhone", "user_id": "2"})
    assert g1.person_key == "session:1" and g2.person_key == "session:2"
    # Guests without e-mail: name + address, hashed (the key does not carry the address).
    key = person_key("", "", "Guest 1", "198.51.100.7", "s1")
    assert key == person_key("", "", "Guest 1", "198.51.100.7", "s2")
    assert key != person_key("", "", "Guest 1", "198.51.100.8", "s1")
    assert "198.51" not in key


def test_meeting_ids_and_uuids_are_encoded_as_zoom_requires():
    assert encode_meeting_id("85746065432") == "85746065432"
    assert encode_meeting_id("4444AAAiAAAAAiAiAiiAii==") == "4444AAAiAAAAAiAiAiiAii%3D%3D"
    assert encode_meeting_id("/ajXp112QmuoKj4854875==") == "%252FajXp112QmuoKj4854875%253D%253D"
    assert encode_meeting_id("abc//def==") == "abc%252F%252Fdef%253D%253D"


# -- the rate budget ---------------------------------------------------------------------------------
class Clock:
    def __init__(self, t: float = 1_800_000_000.0) -> None:  # 2027-01-15 08:00 UTC
        self.t = t

    def __call__(self) -> float:
        return self.t


def test_refresh_interval_fits_the_daily_cap():
    b = ZoomRateBudget("business", share=0.5, min_interval=5.0, clock=Clock())
    # 50,000 people: 167 pages per refresh; 30,000 requests/day for HostGuard
    assert b.refresh_interval(167) == pytest.approx(86400 * 167 / 30000)
    assert b.refresh_interval(167) * 30000 / 86400 >= 167 - 1e-9
    assert b.refresh_interval(1) == 5.0  # never faster than the floor
    free = ZoomRateBudget("free", share=1.0, min_interval=0, clock=Clock())
    assert free.refresh_interval(1) == pytest.approx(86.4)
    custom = ZoomRateBudget("pro", daily_cap=8640, share=1.0, min_interval=0, clock=Clock())
    assert custom.refresh_interval(2) == pytest.approx(20.0)


def test_headers_are_read_and_a_low_remaining_count_slows_refreshes():
    clock = Clock(1_800_000_000.0)  # 08:00 UTC: 16 h = 57,600 s to midnight
    b = ZoomRateBudget("business", share=0.5, min_interval=0, clock=clock)
    b.observe({"X-RateLimit-Category": "Heavy", "X-RateLimit-Type": "Daily-limit", "X-RateLimit-Remaining": "576"})
    assert (b.category, b.limit_type, b.daily_remaining) == ("Heavy", "Daily-limit", 576)
    # 576 left, half of them for HostGuard, 57,600 s left: one page per 200 s
    assert b.refresh_interval(1) == pytest.approx(200.0)
    b.observe({"X-RateLimit-Remaining": "not a number"})
    assert b.daily_remaining == 576
    b.note_listing(2, 450)
    text = b.sentence()
    assert "60,000 requests/day" in text and "2 pages (450 participants)" in text and "576 requests left today" in text


def test_qps_headers_do_not_count_as_daily():
    b = ZoomRateBudget("business", share=0.5, min_interval=0, clock=Clock())
    b.observe({"X-RateLimit-Type": "QPS", "X-RateLimit-Remaining": "3"})
    assert b.remaining == 3 and b.daily_remaining is None
    assert b.refresh_interval(1) == pytest.approx(86400 / 30000)


def test_budget_settings_are_checked():
    from hostguard.services.base import ConfigurationError

    with pytest.raises(ConfigurationError, match="unknown Zoom plan"):
        ZoomRateBudget("platinum")
    with pytest.raises(ConfigurationError):
        ZoomRateBudget(share=0)


# -- rules -> country policy -------------------------------------------------------------------------
def rules(body: str):
    rs, _warnings = parse_rules("version = 1\n" + body, "rules.toml")
    return rs


def test_country_rules_become_a_deny_list():
    want = desired_policy(rules('[[rule]]\nname = "Block CN"\naction = "block"\ncountries = ["CN", "RU"]\n'))
    assert want.method == "deny" and want.countries == {"CN", "RU"} and not want.notes


def test_rules_that_are_not_country_only_do_not_touch_the_policy():
    rs = rules(
        '[[rule]]\nname = "CN attendees"\naction = "remove"\ncountries = ["CN"]\nroles = ["attendee"]\n'
        '[[rule]]\nname = "Flag RU"\naction = "flag"\ncountries = ["RU"]\n'
        '[[rule]]\nname = "WR IR"\naction = "waiting_room"\ncountries = ["IR"]\n'
    )
    assert desired_policy(rs).method is None


def test_an_earlier_rule_that_lets_some_stay_keeps_a_country_off_the_list():
    rs = rules(
        '[[rule]]\nname = "Partner network"\naction = "allow"\nnetworks = ["203.0.113.0/24"]\n'
        '[[rule]]\nname = "Block CN"\naction = "block"\ncountries = ["CN"]\n'
    )
    want = desired_policy(rs)
    assert want.method is None
    assert "Partner network" in want.notes[0] and "CN" in want.notes[0]
    rs = rules(
        '[[rule]]\nname = "Allow DE"\naction = "allow"\ncountries = ["DE"]\n'
        '[[rule]]\nname = "Block CN"\naction = "block"\ncountries = ["CN"]\n'
    )
    assert desired_policy(rs).countries == {"CN"}  # an allow rule for DE does not shadow CN


def test_continents_expand_to_countries():
    want = desired_policy(rules('[[rule]]\nname = "No Oceania"\naction = "remove"\ncontinents = ["OC"]\n'))
    assert want.method == "deny" and {"AU", "NZ"} <= want.countries and "US" not in want.countries


def test_allow_list_rules_become_an_approve_list():
    rs = rules('[[rule]]\nname = "Only US and DE"\naction = "block"\nnot_countries = ["US", "DE"]\n')
    assert desired_policy(rs) == DesiredPolicy("approve", frozenset({"US", "DE"}), ())


def test_exempt_emails_are_noted():
    rs = rules('[exempt]\nemails = ["*@example.org"]\n[[rule]]\nname = "B"\naction = "block"\ncountries = ["CN"]\n')
    assert any("cannot exempt e-mail" in n for n in desired_policy(rs).notes)


DENY_CN = DesiredPolicy("deny", frozenset({"CN"}))


def test_merge_into_no_policy():
    m = merge_policy(None, DENY_CN)
    assert m.new == ZoomPolicy(True, "deny", ("CN",), ())
    off = ZoomPolicy(False, "approve", ("KP",), ("US",))
    m = merge_policy(off, DENY_CN)
    assert m.new == ZoomPolicy(True, "deny", ("CN",), ("US",))  # the other list is kept


def test_merge_extends_a_deny_list_and_keeps_the_hosts_entries():
    m = merge_policy(ZoomPolicy(True, "deny", ("KP", "RU")), DENY_CN)
    assert m.new.denied_list == ("CN", "KP", "RU") and "extended with CN" in m.sentence
    same = merge_policy(ZoomPolicy(True, "deny", ("CN", "RU")), DENY_CN)
    assert same.new is None and "already" in same.sentence and not same.conflict


def test_merge_never_overrides_a_conflicting_method():
    m = merge_policy(ZoomPolicy(True, "approve", (), ("CN", "US")), DENY_CN)
    assert m.new is None and m.conflict and "approve list" in m.sentence and "CN" in m.sentence
    covered = merge_policy(ZoomPolicy(True, "approve", (), ("DE", "US")), DENY_CN)
    assert covered.new is None and not covered.conflict and "already" in covered.sentence
    m = merge_policy(ZoomPolicy(True, "deny", ("RU",)), DesiredPolicy("approve", frozenset({"US"})))
    assert m.new is None and m.conflict and "deny list" in m.sentence


def test_merge_narrows_an_approve_list_but_never_empties_it():
    m = merge_policy(ZoomPolicy(True, "approve", (), ("DE", "FR", "US")), DesiredPolicy("approve", frozenset({"US", "DE"})))
    assert m.new.approved_list == ("DE", "US")
    m = merge_policy(ZoomPolicy(True, "approve", (), ("FR",)), DesiredPolicy("approve", frozenset({"US"})))
    assert m.new is None and m.conflict


def test_previous_policy_record_round_trips():
    rec = PolicyRecord("85746065432", {"enable": True, "method": "deny", "denied_list": ["RU"], "approved_list": []})
    again = PolicyRecord.from_json(rec.to_json())
    assert again == rec
    assert PolicyRecord.from_json(json.dumps({"meeting_id": "m"})).settings is None
    with pytest.raises(ValueError):
        PolicyRecord.from_json("[]")


def test_zoom_errors_become_sentences():
    err = ServiceError("GET api.zoom.us/v2/meetings/1: HTTP 404", status=404)
    err.problem = {"code": 3001, "message": "Meeting does not exist: 1."}
    out = zoom_error(err, "reading the Zoom meeting")
    from hostguard.services.base import AuthError, NotFound

    assert isinstance(out, NotFound) and "does not exist" in str(out) and "3001" in str(out)
    err = ServiceError("HTTP 400", status=400)
    err.problem = {"code": 4711, "message": "Invalid access token, does not contain scopes:[dashboard_meetings:read:admin]"}
    assert isinstance(zoom_error(err, "listing"), AuthError)
    # 4700: the token lacks a scope; the sentence names it (from Zoom's message, else the call's).
    err = ServiceError("HTTP 400", status=400)
    err.problem = {"code": 4700, "message": "Invalid access token, does not contain scopes:[meeting:write:admin]."}
    out = zoom_error(err, "changing the Zoom meeting's country policy", "meeting:write:admin (or meeting:write)")
    assert isinstance(out, AuthError) and "lacks the scope meeting:write:admin" in str(out)
    err.problem = {"code": 4700, "message": "Invalid access token."}
    out = zoom_error(err, "listing", "dashboard_meetings:read:admin")
    assert "lacks the scope dashboard_meetings:read:admin" in str(out)
    plain = ServiceError("HTTP 500", status=500)
    assert zoom_error(plain, "x") is plain


def test_the_plan_and_daily_cap_come_from_the_environment():
    from hostguard.services.base import ConfigurationError
    from hostguard.services.zoom import make_adapter

    creds = {"account_id": "a", "client_id": "c", "client_secret": "s"}
    assert make_adapter(None, creds, {}).budget.daily_cap == 60_000
    pro = make_adapter("http://127.0.0.1:9/zoom", creds, {"HOSTGUARD_ZOOM_PLAN": "Pro"})
    assert pro.budget.daily_cap == 30_000 and pro.http.base_url == "http://127.0.0.1:9/zoom/v2"
    assert make_adapter(None, creds, {"HOSTGUARD_ZOOM_DAILY_CAP": "120,000"}).budget.daily_cap == 120_000
    with pytest.raises(ConfigurationError, match="HOSTGUARD_ZOOM_DAILY_CAP"):
        make_adapter(None, creds, {"HOSTGUARD_ZOOM_DAILY_CAP": "lots"})
    with pytest.raises(ConfigurationError, match="unknown Zoom plan"):
        make_adapter(None, creds, {"HOSTGUARD_ZOOM_PLAN": "gold"})
    with pytest.raises(ConfigurationError, match="client secret"):
        make_adapter(None, {"account_id": "a", "client_id": "c"}, {})


def test_urls_follow_the_spec():
    from hostguard.services.webex import WebexAdapter
    from hostguard.services.zoom import ZoomAdapter

    creds = {"account_id": "a", "client_id": "c", "client_secret": "s"}
    z = ZoomAdapter(None, creds)
    assert (z.http.base_url, z._oauth.base_url) == ("https://api.zoom.us/v2", "https://zoom.us/oauth/token")
    z = ZoomAdapter("http://127.0.0.1:8000/zoom/", creds)
    assert (z.http.base_url, z._oauth.base_url) == ("http://127.0.0.1:8000/zoom/v2", "http://127.0.0.1:8000/zoom/oauth/token")
    w = WebexAdapter(None, {"access_token": "t"})
    assert (w.http.base_url, w.analytics.base_url) == ("https://webexapis.com/v1", "https://analytics.webexapis.com/v1")
    w = WebexAdapter("http://127.0.0.1:8000/webex", {"token": "t"})
    assert (w.http.base_url, w.analytics.base_url) == ("http://127.0.0.1:8000/webex/v1", "http://127.0.0.1:8000/webex/analytics/v1")
    secret = ZoomAdapter(None, {**creds, "client_secret": "very-secret-value"})
    assert "very-secret-value" not in repr(secret) and "very-secret-value" not in repr(secret.http)
    for a in (z, w, secret):
        a.close()


def test_vendor_builders_and_the_shared_factory_agree():
    from hostguard.services import make_adapter
    from hostguard.services import webex as webex_module
    from hostguard.services import zoom as zoom_module
    from hostguard.services.webex import WebexAdapter
    from hostguard.services.zoom import ZoomAdapter

    creds = {"account_id": "a", "client_id": "c", "client_secret": "s"}
    built = [zoom_module.make_adapter(None, creds), make_adapter("zoom", None, creds),
             webex_module.make_adapter(None, {"token": "t"}),
             make_adapter("webex", None, {"access_token": "t"})]  # fmt: skip
    assert [type(a) for a in built] == [ZoomAdapter, ZoomAdapter, WebexAdapter, WebexAdapter]
    for a in built:
        a.close()


def test_allow_rules_with_a_blocking_default_become_an_approve_list():
    rs = rules(
        'default = "block"\n'
        '[[rule]]\nname = "Allow US"\naction = "allow"\ncountries = ["US"]\n'
        '[[rule]]\nname = "Allow CA"\naction = "allow"\ncountries = ["CA"]\n'
    )
    assert desired_policy(rs) == DesiredPolicy("approve", frozenset({"US", "CA"}), ())
    # A waiting-room or flag rule also lets people stay: their countries stay admitted.
    rs = rules(
        'default = "remove"\n'
        '[[rule]]\nname = "Allow US"\naction = "allow"\ncountries = ["US"]\n'
        '[[rule]]\nname = "Wait IN"\naction = "waiting_room"\ncountries = ["IN"]\n'
        '[[rule]]\nname = "Block RU"\naction = "block"\ncountries = ["RU"]\n'
    )
    assert desired_policy(rs).method == "approve" and desired_policy(rs).countries == {"US", "IN"}
    # An allow rule that is not about places lets people from anywhere stay: no approve list.
    rs = rules(
        'default = "block"\n'
        '[[rule]]\nname = "Allow US"\naction = "allow"\ncountries = ["US"]\n'
        '[[rule]]\nname = "Panelists"\naction = "allow"\nroles = ["panelist"]\n'
    )
    want = desired_policy(rs)
    assert want.method is None and "Panelists" in want.notes[0]
    # Default block with nothing allowed refuses every country: merging refuses to do that.
    want = desired_policy(rules('default = "block"\n[[rule]]\nname = "Flag unknown"\naction = "flag"\nunknown = true\n'))
    assert want.method is None  # the flag rule is not about places, so no list at all


def test_the_plan_and_daily_cap_can_be_given_by_the_caller():
    from hostguard.services import make_adapter as shared
    from hostguard.services.base import ConfigurationError
    from hostguard.services.zoom import make_adapter

    creds = {"account_id": "a", "client_id": "c", "client_secret": "s"}
    env = {"HOSTGUARD_ZOOM_PLAN": "free", "HOSTGUARD_ZOOM_DAILY_CAP": "500"}
    a = make_adapter(None, creds, env, plan="pro", daily_cap=12_345)  # the caller's settings win
    assert (a.budget.plan, a.budget.daily_cap) == ("pro", 12_345)
    b = make_adapter(None, creds, env)  # else the environment
    assert (b.budget.plan, b.budget.daily_cap) == ("free", 500)
    c = shared("zoom", None, creds, plan="business", daily_cap=None)
    assert (c.budget.plan, c.budget.daily_cap) == ("business", 60_000)
    d = make_adapter(None, creds, {}, plan="Pro")
    assert d.budget.daily_cap == 30_000
    with pytest.raises(ConfigurationError, match="whole number"):
        make_adapter(None, creds, {}, daily_cap="many")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="webex service has no setting plan"):
        shared("webex", None, {"token": "t"}, plan="pro")
    for x in (a, b, c, d):
        x.close()
