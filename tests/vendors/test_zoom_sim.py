"""The Zoom adapter against the simulator's Zoom subset on loopback (real HTTP, real OAuth)."""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import quote

import pytest

from hostguard.core.rules import parse_rules
from hostguard.services.base import MANUAL, UNSUPPORTED, AuthError, Policy, ServiceError
from hostguard.services.zoom import MANUAL_SENTENCE, ZoomAdapter, ZoomPolicy
from hostguard.simulator.zoom import meeting_number, meeting_uuid
from tests.vendors.conftest import sim_post

# The simulated meeting's Zoom meeting number, as a host types it (the meeting and registrant
# calls take the number only; the UUID is resolved to it).
MEETING = str(meeting_number("demo"))
WEBINAR = "webinar:" + MEETING


def present(sim) -> dict[str, dict]:
    """Ground truth: sessions inside the meeting (joined or waiting), by id."""
    return {p["id"]: p for p in sim.state()["participants"] if p["status"] in ("joined", "waiting")}


@pytest.fixture
def adapter(zoom_creds):
    """Factory: a ZoomAdapter for the simulator's Zoom subset (closed at teardown)."""
    made: list[ZoomAdapter] = []

    def make(sim, **kw) -> ZoomAdapter:
        kw.setdefault("min_refresh", 0.0)
        creds = zoom_creds(sim, kw.pop("secret", None))
        a = ZoomAdapter(sim.url + "/zoom", creds, **kw)
        made.append(a)
        return a

    yield make
    for a in made:
        a.close()


def rules(body: str):
    rs, _ = parse_rules("version = 1\n" + body, "rules.toml")
    return rs


BLOCK_CN = rules('[[rule]]\nname = "Block CN"\naction = "block"\ncountries = ["CN"]\n')


def test_oauth_token_is_fetched_once_and_renewed_on_401(simulator, adapter):
    sim = simulator(participants=20, seed=3)
    zoom = sim.app.extensions["zoom"]
    a = adapter(sim)
    assert len(a.list_participants(MEETING)) == 20
    a.fetch_roster(MEETING, force=True)
    assert zoom.token_requests == 1  # held in memory, reused
    zoom.revoke_tokens()  # Zoom now answers 401 code 124 to the old token
    assert len(a.fetch_roster(MEETING, force=True).participants) == 20
    assert zoom.token_requests == 2


def test_token_is_renewed_before_it_expires(simulator, adapter):
    sim = simulator(participants=5, seed=3)
    zoom = sim.app.extensions["zoom"]
    zoom.token_ttl = 200  # shorter than the five-minute margin: renewed at 90% of its life
    a = adapter(sim)
    a.list_participants(MEETING)
    a._token_expires = 0.0  # as if that time had passed
    a.fetch_roster(MEETING, force=True)
    assert zoom.token_requests == 2


def test_wrong_secret_is_an_auth_error_that_does_not_echo_it(simulator, adapter):
    sim = simulator(participants=5, seed=3)
    a = adapter(sim, secret="wrong-secret-123")
    with pytest.raises(AuthError) as err:
        a.list_participants(MEETING)
    assert "Invalid client_id or client_secret" in str(err.value)
    assert "wrong-secret-123" not in str(err.value) and "wrong-secret-123" not in repr(a)


def test_pages_of_300_cover_everyone(simulator, adapter):
    sim = simulator(participants=700, seed=4)
    a = adapter(sim)
    got = a.list_participants(MEETING)
    assert {p.id for p in got} == set(present(sim))
    assert a.budget.pages == 3 and a.budget.participants == 700
    truth = {p["id"]: p for p in sim.state()["participants"]}
    for p in got:
        assert p.ip == (truth[p.id]["ip_address"] or "")
        assert p.name == truth[p.id]["name"]
        # Zoom gives the e-mail of people in the host's account, of others only sometimes.
        assert p.email in ("", truth[p.id]["email"])
        if truth[p.id]["email"].endswith("@example.org"):
            assert p.email == truth[p.id]["email"] and p.account_id
        else:
            assert p.account_id == ""  # external users: no participant_user_id
    assert sum(1 for p in got if p.service_country) > 600  # bare country names parsed
    assert any(p.ip == "" for p in got) and any(p.email == "" for p in got)  # blanks tolerated
    assert any(p.email and not p.email.endswith("@example.org") for p in got)  # some external ones shown


def test_an_expired_page_token_restarts_the_listing_once(simulator, adapter):
    sim = simulator(participants=650, seed=4)
    zoom = sim.app.extensions["zoom"]
    a = adapter(sim)
    zoom.expire_page_tokens_soon(1)
    before = zoom.used.copy()
    got = a.list_participants(MEETING)
    assert {p.id for p in got} == set(present(sim))
    # 2 pages (the second refused), then 3 pages again
    assert sum(zoom.used.values()) - sum(before.values()) == 5
    zoom.expire_page_tokens_soon(2)  # expired again after the restart: a clear error, no loop
    with pytest.raises(ServiceError, match="next page token is invalid or expired"):
        a.fetch_roster(MEETING, force=True)


def test_meeting_uuids_are_encoded_twice(simulator, adapter):
    sim = simulator(participants=30, seed=5)
    uuid = meeting_uuid("demo")
    assert uuid.startswith("/") and "//" in uuid
    a = adapter(sim)
    assert {p.id for p in a.list_participants(uuid)} == set(present(sim))
    assert "country policy" in a.test_connection(uuid)
    # The simulator, like Zoom, does not find a UUID encoded only once: the test above can fail.
    token = a._auth_header()["Authorization"]
    once = quote(uuid, safe="")
    req = urllib.request.Request(f"{sim.url}/zoom/v2/meetings/{once}", headers={"Authorization": token})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    with err.value:
        assert err.value.code == 404


def test_rejoin_gets_a_new_id_but_the_same_person_key(simulator, adapter):
    sim = simulator(participants=30, seed=5)
    a = adapter(sim, min_refresh=3600)
    first = {p.id: p for p in a.list_participants(MEETING)}
    pid = next(p.id for p in first.values() if p.role == "attendee")
    new_id = sim_post(sim, "/_sim/rejoin", {"participant_id": pid})["participant"]["id"]
    again = {p.id: p for p in a.fetch_roster(MEETING, force=True).participants}
    assert pid not in again  # the old session is listed by Zoom with leave_time: filtered out
    assert again[new_id].person_key == first[pid].person_key
    cached = {p.id for p in a.list_participants(MEETING)}  # from memory (within the budget): same view
    assert pid not in cached and new_id in cached


def test_rate_limit_headers_and_refresh_interval(simulator, adapter):
    sim = simulator(participants=650, seed=4)
    zoom = sim.app.extensions["zoom"]
    a = adapter(sim, min_refresh=1.0)
    a.list_participants(MEETING)
    assert a.budget.category == "Heavy" and a.budget.limit_type == "Daily-limit"
    assert a.budget.daily_remaining == zoom.remaining_today() == 60_000 - 3
    assert a.refresh_interval() == pytest.approx(86400 * 3 / 30_000)
    assert "3 pages (650 participants)" in a.budget_sentence()
    assert a.http_state.budget == a.budget_sentence()
    # Within the interval the list comes from memory: no request, whatever the polling rate.
    used = sum(zoom.used.values())
    a.list_participants(MEETING)
    assert sum(zoom.used.values()) == used


def test_a_used_up_daily_cap_stops_requests_until_midnight(simulator, adapter):
    sim = simulator(participants=650, seed=4)
    zoom = sim.app.extensions["zoom"]
    zoom.daily_limit = 4
    a = adapter(sim)
    a.list_participants(MEETING)  # 3 requests; 1 left
    # 1 left today, half of it HostGuard's: the rest of the day is budgeted from that
    assert a.refresh_interval() > 3600
    with pytest.raises(ServiceError, match="daily limit") as err:
        a.fetch_roster(MEETING, force=True)
    assert err.value.status == 429 and err.value.retryable
    assert a.budget.exhausted_until is not None and "used up until" in a.budget_sentence()
    used = sum(zoom.used.values())
    assert len(a.list_participants(MEETING)) == 650  # the last list, without asking Zoom
    assert sum(zoom.used.values()) == used


def test_faults_are_survived(simulator, adapter):
    sim = simulator(participants=650, seed=7, fault_rate=0.4, slow_delay=0.05)
    a = adapter(sim)
    for _ in range(3):
        assert {p.id for p in a.fetch_roster(MEETING, force=True).participants} == set(present(sim))
    kinds = {(f.path.rsplit("/", 1)[-1], f.kind) for f in sim.faults}
    # this seed's faults include a per-second 429 on the list, a truncated page and sign-in failures
    assert {("participants", "429"), ("participants", "truncated"), ("token", "503")} <= kinds


# -- the country policy -----------------------------------------------------------------------------
def zoom_policy(sim) -> dict:
    return sim.app.extensions["zoom"].policy_doc(sim.meeting)


def test_rules_become_the_meetings_deny_list_and_new_joiners_are_blocked(simulator, adapter):
    sim = simulator(participants=120, seed=7)
    a = adapter(sim)
    a.list_participants(MEETING)
    change = a.apply_rules(MEETING, BLOCK_CN)
    assert change.changed and not change.conflict
    assert zoom_policy(sim)["enable"] is True and zoom_policy(sim)["method"] == "deny"
    assert zoom_policy(sim)["denied_list"] == ["CN"]
    assert change.previous.settings == {"enable": False, "method": "deny", "denied_list": [], "approved_list": []}
    assert a.apply_rules(MEETING) is change  # once per rule set
    inside_cn = [p for p in sim.state()["participants"] if p["status"] == "joined"]
    joined = sim_post(sim, "/_sim/join", {"count": 4, "country": "CN"})["participants"]
    status = {p["id"]: p["status"] for p in sim.state()["participants"]}
    assert [status[p["id"]] for p in joined] == ["blocked"] * 4
    assert all(status[p["id"]] == "joined" for p in inside_cn)  # people inside are not touched
    others = sim_post(sim, "/_sim/join", {"count": 2, "country": "DE"})["participants"]
    assert {status_of(sim, p["id"]) for p in others} == {"joined"}


def status_of(sim, pid: str) -> str:
    return next(p["status"] for p in sim.state()["participants"] if p["id"] == pid)


def test_an_existing_deny_list_is_extended_recorded_and_restorable(simulator, adapter):
    sim = simulator(participants=40, seed=7)
    a = adapter(sim)
    a.set_policy(MEETING, Policy(True, "deny", ("RU", "KP")))
    before = zoom_policy(sim)
    change = a.apply_rules(MEETING, BLOCK_CN)
    assert change.changed and zoom_policy(sim)["denied_list"] == ["CN", "KP", "RU"]
    assert change.previous.settings == before
    assert '"denied_list": ["KP", "RU"]' in change.detail()  # the audit line carries the previous policy
    restored = a.restore_policy(change.previous)
    assert restored == ZoomPolicy(True, "deny", ("KP", "RU"), ())
    assert zoom_policy(sim) == before


def test_a_conflicting_approve_list_is_reported_not_overwritten(simulator, adapter):
    sim = simulator(participants=40, seed=7)
    a = adapter(sim)
    a.set_policy(MEETING, Policy(True, "approve", ("CN", "US")))
    before = zoom_policy(sim)
    change = a.apply_rules(MEETING, BLOCK_CN)
    assert not change.changed and change.conflict and change.previous is None
    assert "approve list" in change.sentence and "CN" in change.sentence
    assert zoom_policy(sim) == before


def test_allow_list_rules_set_an_approve_list(simulator, adapter):
    sim = simulator(participants=40, seed=7)
    a = adapter(sim)
    rs = rules('[[rule]]\nname = "Only US, DE"\naction = "remove"\nnot_countries = ["US", "DE"]\n')
    assert a.apply_rules(MEETING, rs).changed
    assert zoom_policy(sim)["method"] == "approve" and zoom_policy(sim)["approved_list"] == ["DE", "US"]
    joined = sim_post(sim, "/_sim/join", {"count": 2, "country": "CN"})["participants"]
    assert {status_of(sim, p["id"]) for p in joined} == {"blocked"}


def test_remove_is_manual_sets_the_policy_and_ends_the_registration(simulator, adapter):
    sim = simulator(participants=150, seed=8)
    a = adapter(sim)
    a.use_ruleset(BLOCK_CN)
    people = a.list_participants(MEETING)
    from hostguard.core.geo import GeoResolver

    with GeoResolver() as geo:
        cn = [p for p in people if p.email and p.role == "attendee" and geo.lookup(p.ip).country == "CN"]
    assert cn
    target = cn[0]
    res = a.act(MEETING, target.id, "block", "key-1", "rule 'Block CN'")
    assert res.outcome == MANUAL and MANUAL_SENTENCE in res.detail
    assert "refuses new joiners from CN" in res.detail
    assert "registration cancelled" in res.detail or "pending registration denied" in res.detail
    assert status_of(sim, target.id) == "joined"  # Zoom cannot remove someone inside
    assert [p.id for p in a.manual_removals(MEETING)] == [target.id]
    assert zoom_policy(sim)["denied_list"] == ["CN"]
    # The denied registrant cannot come back: a rejoin ends blocked.
    new = sim_post(sim, "/_sim/rejoin", {"participant_id": target.id})["participant"]
    assert new["status"] == "blocked"
    assert not sim.state()["actions"]  # no participant action was possible or taken
    assert a.act(MEETING, target.id, "waiting_room", "key-2").outcome == UNSUPPORTED
    assert a.act(MEETING, target.id, "admit", "key-3").outcome == UNSUPPORTED


def test_a_rejoined_person_is_listed_once_for_manual_removal(simulator, adapter):
    sim = simulator(participants=80, seed=9)
    a = adapter(sim, min_refresh=0)
    people = a.list_participants(MEETING)
    guest = next(p for p in people if p.role == "attendee" and not p.email)  # no registration to deny
    first = a.act(MEETING, guest.id, "remove", "k1")
    assert first.outcome == MANUAL and "not given the rules" in first.detail
    new_id = sim_post(sim, "/_sim/rejoin", {"participant_id": guest.id})["participant"]["id"]
    again = {p.id: p for p in a.fetch_roster(MEETING, force=True).participants}
    assert again[new_id].person_key == guest.person_key
    second = a.act(MEETING, new_id, "remove", "k2")
    assert second.outcome == MANUAL and "same person as an earlier session" in second.detail
    assert [p.id for p in a.manual_removals(MEETING)] == [new_id]  # one entry, the current session


def test_an_unknown_meeting_is_not_found_in_words(simulator, adapter):
    from hostguard.services.base import NotFound

    sim = simulator(participants=5, seed=9)
    a = adapter(sim)
    with pytest.raises(NotFound, match="does not know this meeting") as err:
        a.list_participants("99999999999")
    assert "3001" in str(err.value)


def test_malformed_vendor_pages_never_crash_the_listing(simulator, adapter, caplog):
    """A Zoom that answers odd shapes over real HTTP: good entries kept, bad ones skipped with a
    warning that names fields (never addresses or names); an unusable page is a clear error."""
    import logging

    from hostguard.simulator.server import json_response

    BAD = "81234567891"
    sim = simulator(participants=5, seed=9)
    token_route = next(r for r in sim.app.routes if r.template == "/zoom/oauth/token")
    zoom_auth = next(r for r in sim.app.routes if r.template == "/zoom/v2/meetings/{meeting_id}").auth
    pages = {
        "": {"next_page_token": "p2", "participants": [
            {"user_id": "a1", "user_name": "Ada", "ip_address": "203.0.113.7", "location": "Paris (FR)"},
            {"user_id": 42, "user_name": ["not", "text"], "ip_address": "999.1.1.1", "email": None},
            "not an object",
            {"user_name": "no id", "ip_address": "198.51.100.23"},
        ]},
        "p2": {"next_page_token": 7, "participants": [{"user_id": "a3", "status": "in_waiting_room"}]},
        "bad": ["a", "list"],
    }

    def odd(req):
        return json_response(pages[req.arg("next_page_token", "") if req.params["meeting_id"] != BAD else "bad"])

    sim.app.add_route("POST", "/odd/oauth/token", token_route.handler, auth=None, group="zoom")
    sim.app.add_route("GET", "/odd/v2/metrics/meetings/{meeting_id}/participants", odd, auth=zoom_auth, group="zoom")
    a = ZoomAdapter(sim.url + "/odd", {"account_id": "x", "client_id": "hostguard-sim", "client_secret": sim.token}, min_refresh=0)
    try:
        with caplog.at_level(logging.WARNING, logger="hostguard.services.zoom"):
            got = {p.id: p for p in a.list_participants("81234567890")}
        assert set(got) == {"a1", "42", "a3"}
        assert got["a1"].service_country == "FR" and got["42"].ip == "" and got["42"].name == ""
        assert got["a3"].status == "waiting"
        assert "next_page_token should be text" in caplog.text and "skipped" in caplog.text
        for secret in ("203.0.113.7", "999.1.1.1", "198.51.100.23", "Ada", sim.token):
            assert secret not in caplog.text
        with pytest.raises(ServiceError, match="participant page is a list"):
            a.list_participants(BAD)
    finally:
        a.close()


def test_a_webinar_is_listed_and_registrations_ended_but_no_policy_is_claimed(simulator, adapter):
    """A meeting id "webinar:<id>" goes to Zoom's /webinars and /metrics/webinars paths (the
    simulated meeting answers there too). Zoom's API has no country policy for webinars: the
    adapter sends none, records none as applied, and says so; registrations still end."""
    from hostguard.core.geo import GeoResolver
    from hostguard.services.zoom import NO_WEBINAR_POLICY, object_path

    assert object_path("webinar:81234") == "/webinars/81234"
    assert object_path("81234") == "/meetings/81234"
    assert object_path("webinar:/ab//c") == "/webinars/%252Fab%252F%252Fc"  # UUIDs: twice
    sim = simulator(participants=150, seed=9)
    zoom = sim.app.extensions["zoom"]
    a = adapter(sim)
    assert "Zoom webinar" in a.test_connection(WEBINAR)
    assert "no country policy for webinars" in a.test_connection(WEBINAR)
    a.use_ruleset(BLOCK_CN)
    people = a.list_participants(WEBINAR)
    assert {p.id for p in people} == set(present(sim))
    assert any(p.role == "panelist" for p in people)  # webinars report panelists
    with GeoResolver() as geo:
        cn = [p for p in people if p.email and p.role == "attendee" and geo.lookup(p.ip).country == "CN"]
    res = a.act(WEBINAR, cn[0].id, "block", "key-w", "rule 'Block CN'")
    assert res.outcome == MANUAL and NO_WEBINAR_POLICY in res.detail
    assert "registration cancelled" in res.detail or "pending registration denied" in res.detail
    change = a.apply_rules(WEBINAR)
    assert not change.changed and not change.conflict and change.now is None
    assert zoom_policy(sim)["enable"] is False  # nothing was set on the simulated meeting
    assert zoom.patches_today(sim.meeting) == 0  # and nothing was sent
    assert "no country policy for webinars" in a.status_note(WEBINAR)
    assert sim_post(sim, "/_sim/rejoin", {"participant_id": cn[0].id})["participant"]["status"] == "blocked"
    with pytest.raises(ServiceError) as err:
        a.list_participants("webinar:nope")
    assert "does not know this meeting" in str(err.value)
