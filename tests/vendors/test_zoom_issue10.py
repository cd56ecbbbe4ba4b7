"""Issue 10, Zoom: the client as Zoom's API description says Zoom behaves, end to end against the
simulator's Zoom subset (which follows the same description).

Done when: `--service zoom` with the meeting's UUID sets the country policy on the numeric
meeting; a webinar run records no policy as applied; approved registrants are cancelled
(pending ones denied). Also: co-hosts are not reported (the CLI and the app say so and propose
the alternative hosts for e-mail exemption), the 100 updates a day, reading the policy back,
and error 4700 naming the missing scope.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from urllib.parse import quote

import pytest

from hostguard.cli import main
from hostguard.core.geo import GeoResolver
from hostguard.core.rules import parse_rules
from hostguard.services.base import Policy
from hostguard.services.zoom import MEETING_UPDATES_PER_DAY, NO_WEBINAR_POLICY, ZoomAdapter
from hostguard.simulator.zoom import meeting_number, meeting_uuid
from tests.vendors.conftest import sim_post
from tests.vendors.test_done_when import BLOCK_CN

NUMBER = str(meeting_number("demo"))
UUID = meeting_uuid("demo")
BLOCK_CN_RULES = parse_rules(BLOCK_CN, "rules.toml")[0]


@pytest.fixture
def zoom_env(monkeypatch):
    def set_for(sim):
        monkeypatch.setenv("ZOOM_ACCOUNT_ID", "sim-account")
        monkeypatch.setenv("ZOOM_CLIENT_ID", "hostguard-sim")
        monkeypatch.setenv("ZOOM_CLIENT_SECRET", sim.token)

    return set_for


@pytest.fixture
def adapter(zoom_creds):
    made: list[ZoomAdapter] = []

    def make(sim, **kw) -> ZoomAdapter:
        kw.setdefault("min_refresh", 0.0)
        a = ZoomAdapter(sim.url + "/zoom", zoom_creds(sim), **kw)
        made.append(a)
        return a

    yield make
    for a in made:
        a.close()


def watch(sim, tmp_path, meeting: str, *extra: str) -> int:
    (tmp_path / "r.toml").write_text(BLOCK_CN, encoding="utf-8")
    return main([
        "watch", "--service", "zoom", "--meeting", meeting, "--url", sim.url + "/zoom",
        "--rules", str(tmp_path / "r.toml"), "--state-dir", str(tmp_path / "state"), *extra,
    ])  # fmt: skip


def audit_rows(tmp_path, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["audit", "export", "--format", "json", "--state-dir", str(tmp_path / "state")]) == 0
    data = json.loads(capsys.readouterr().out)
    return data if isinstance(data, list) else data.get("rows", data.get("records", []))


def co_host_emails(sim) -> set[str]:
    return {p["email"] for p in sim.state()["participants"] if p["role"] == "co-host" and p["email"]}


def zoom_get(sim, path: str, token: str) -> tuple[int, dict, dict]:
    req = urllib.request.Request(f"{sim.url}/zoom/v2{path}", headers={"Authorization": token})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, dict(resp.headers), json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as err:
        with err:
            return err.code, dict(err.headers), json.loads(err.read() or b"null")


# -- done when --------------------------------------------------------------------------------------
def test_watch_with_the_meeting_uuid_sets_the_policy_on_the_numeric_meeting(simulator, tmp_path, zoom_env, capsys):
    sim = simulator(participants=200, seed=21)
    zoom = sim.app.extensions["zoom"]
    zoom_env(sim)
    assert UUID.startswith("/") and "//" in UUID  # the kind that must be encoded twice
    assert watch(sim, tmp_path, UUID, "--apply", "--once") == 0
    out = capsys.readouterr().out
    policy = next(line for line in out.splitlines() if line.startswith("country policy: "))
    assert "now refuses new joiners from CN" in policy
    doc = zoom.policy_doc(sim.meeting)
    assert doc["enable"] is True and doc["method"] == "deny" and doc["denied_list"] == ["CN"]
    # the simulator takes a PATCH on /meetings/{number} only (a UUID there is "not found"),
    # so the one update it counted went to the numeric meeting
    assert zoom.patches_today(sim.meeting) == 1
    rows = audit_rows(tmp_path, capsys)
    assert [r["outcome"] for r in rows if r["action"] == "country_policy"] == ["applied"]
    newcomers = sim_post(sim, "/_sim/join", {"count": 2, "country": "CN"})["participants"]
    status = {p["id"]: p["status"] for p in sim.state()["participants"]}
    assert [status[p["id"]] for p in newcomers] == ["blocked", "blocked"]


def test_the_meeting_calls_take_the_number_only(simulator, adapter):
    """The simulator answers a UUID on /meetings/{id} with Zoom's documented 3001, as Zoom
    does (the id is an int64 there): a client that sends the UUID fails against it."""
    sim = simulator(participants=20, seed=3)
    a = adapter(sim)
    token = a._auth_header()["Authorization"]
    twice = quote(quote(UUID, safe=""), safe="")
    status, _h, body = zoom_get(sim, f"/meetings/{twice}", token)
    assert status == 404 and body["code"] == 3001
    status, _h, body = zoom_get(sim, f"/meetings/{NUMBER}", token)
    assert status == 200 and body["id"] == int(NUMBER) and body["uuid"] == UUID
    status, _h, body = zoom_get(sim, f"/metrics/meetings/{twice}", token)
    assert status == 200 and body["id"] == int(NUMBER)
    # the adapter: the UUID resolves to the number, the dashboard keeps the UUID
    target = a.resolve(UUID)
    assert target.number == int(NUMBER) and target.dashboard == UUID and target.object_path == f"/meetings/{NUMBER}"
    assert a.resolve("85 1234 5678").number == 8512345678  # a number as Zoom prints it: no lookup
    assert f"(number {NUMBER})" in a.test_connection(UUID)


def test_a_webinar_run_records_no_policy_as_applied(simulator, tmp_path, zoom_env, capsys):
    sim = simulator(participants=200, seed=21)
    zoom = sim.app.extensions["zoom"]
    zoom_env(sim)
    assert watch(sim, tmp_path, "webinar:" + NUMBER, "--apply", "--once") == 0
    out = capsys.readouterr().out
    assert NO_WEBINAR_POLICY in out
    assert zoom.policy_doc(sim.meeting)["enable"] is False and zoom.patches_today(sim.meeting) == 0
    rows = audit_rows(tmp_path, capsys)
    policy_rows = [r for r in rows if r["action"] == "country_policy"]
    assert policy_rows and all(r["outcome"] != "applied" for r in policy_rows)
    assert "now refuses" not in json.dumps(rows)
    # and nobody is claimed as refused at the door: a CN newcomer gets in (the webinar has no policy)
    newcomer = sim_post(sim, "/_sim/join", {"count": 1, "country": "CN"})["participants"][0]
    assert {p["id"]: p["status"] for p in sim.state()["participants"]}[newcomer["id"]] == "joined"


def test_approved_registrants_are_cancelled_and_pending_ones_denied(simulator, tmp_path, zoom_env, capsys):
    sim = simulator(participants=400, seed=21)
    zoom = sim.app.extensions["zoom"]
    zoom_env(sim)
    before = {key: st for key, _rec, st in zoom.registrants(sim.meeting).values()}
    recs = {r.id: r for r in sim.meeting.snapshot()}
    a = ZoomAdapter(sim.url + "/zoom", {"account_id": "x", "client_id": "hostguard-sim", "client_secret": sim.token}, min_refresh=0)
    try:
        visible = {p.id for p in a.list_participants(NUMBER) if p.email}  # e-mails Zoom shows
    finally:
        a.close()
    with GeoResolver() as geo:
        cn = [
            r for r in recs.values()
            # everyone inside whom the rules block: co-hosts too (Zoom reports them as attendees)
            if r.person.role != "host" and r.status in ("joined", "waiting") and geo.lookup(r.person.ip).country == "CN"
        ]  # fmt: skip
    matched = [r for r in cn if r.id in visible and r.person.key in before]
    approved = [r for r in matched if before[r.person.key] == "approved"]
    pending = [r for r in matched if before[r.person.key] == "pending"]
    assert approved and pending  # the seed has both kinds
    assert watch(sim, tmp_path, NUMBER, "--apply", "--once") == 0
    out = capsys.readouterr().out
    after = {key: st for key, _rec, st in zoom.registrants(sim.meeting).values()}
    for r in approved + pending:
        assert after[r.person.key] == "denied", r.person.name
    # everyone else's registration is untouched
    touched = {r.person.key for r in cn}
    assert all(after[k] == st for k, st in before.items() if k not in touched)
    assert "registration cancelled" in out and "pending registration denied" in out
    # cancelled and denied people cannot come back
    for r in (approved[0], pending[0]):
        assert sim_post(sim, "/_sim/rejoin", {"participant_id": r.id})["participant"]["status"] == "blocked"


# -- co-hosts ------------------------------------------------------------------------------------------
def test_the_cli_says_co_hosts_are_not_reported_and_proposes_the_alternative_hosts(simulator, tmp_path, zoom_env, capsys):
    sim = simulator(participants=60, seed=5)
    zoom_env(sim)
    cohosts = co_host_emails(sim)
    assert cohosts
    assert watch(sim, tmp_path, NUMBER, "--once") == 0  # a dry run
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("roles: "))
    assert "co-hosts are listed as attendees" in line and "Exempt them by e-mail" in line
    assert all(e in line for e in cohosts)


def test_co_hosts_are_attendees_and_exempt_by_e_mail(simulator, adapter):
    from hostguard.core.rules import Exemptions

    sim = simulator(participants=60, seed=5)
    a = adapter(sim)
    people = a.list_participants(NUMBER)
    cohosts = co_host_emails(sim)
    as_listed = [p for p in people if p.email in cohosts]
    assert as_listed and {p.role for p in as_listed} == {"attendee"}  # not reported as co-hosts
    a.test_connection(NUMBER)
    assert set(a.alternative_hosts(NUMBER)) == cohosts
    rs = parse_rules(BLOCK_CN + "[exempt]\nemails = " + json.dumps(sorted(cohosts)) + "\n", "r.toml")[0]
    assert isinstance(rs.exempt, Exemptions)
    assert all(rs.exempt.reason(p) for p in as_listed)  # the e-mail exemption covers them


def test_the_panel_says_co_hosts_are_not_reported_and_copies_the_alternative_hosts(qtbot, qapp, simulator, adapter):
    from hostguard.ui.service_panel import ServicePanel

    sim = simulator(participants=60, seed=5)
    a = adapter(sim)
    a.test_connection(NUMBER)
    panel = ServicePanel()
    qtbot.addWidget(panel)
    panel.set_adapter(a, NUMBER)
    assert not panel.isHidden() and not panel.role_box.isHidden()
    assert "co-hosts are listed as attendees" in panel.role_label.text()
    assert not panel.copy_alternates.isHidden()
    assert set(panel.copy_alternative_hosts().splitlines()) == co_host_emails(sim)


# -- the policy: read back, 100 updates a day ------------------------------------------------------------
def test_a_policy_zoom_does_not_keep_is_not_reported_as_applied(simulator, adapter):
    sim = simulator(participants=40, seed=7)
    sim.app.extensions["zoom"].ignore_policy_patches = True  # 204, and nothing changes
    a = adapter(sim)
    change = a.apply_rules(NUMBER, BLOCK_CN_RULES)
    assert not change.changed and change.conflict and "does not count it as applied" in change.sentence
    assert sim.app.extensions["zoom"].policy_doc(sim.meeting)["enable"] is False


def test_a_restore_zoom_does_not_keep_is_not_reported_as_restored(simulator, adapter):
    from hostguard.services.base import ServiceError

    sim = simulator(participants=40, seed=7)
    a = adapter(sim)
    change = a.apply_rules(NUMBER, BLOCK_CN_RULES)
    assert change.changed and change.previous is not None
    sim.app.extensions["zoom"].ignore_policy_patches = True  # the restore is accepted, nothing changes
    with pytest.raises(ServiceError, match="reads back"):
        a.restore_policy(change.previous)
    sim.app.extensions["zoom"].ignore_policy_patches = False
    assert a.restore_policy(change.previous).enable is False  # kept this time: restored


def test_meeting_updates_are_counted_across_restarts_and_the_limit_is_announced(simulator, adapter, tmp_path):
    sim = simulator(participants=20, seed=7)
    zoom = sim.app.extensions["zoom"]
    log_file = tmp_path / "updates.json"
    a = adapter(sim, update_log=log_file)
    a.set_policy(NUMBER, Policy(True, "deny", ("RU",)))
    a.set_policy(NUMBER, Policy(True, "deny", ("RU", "KP")))
    assert a.updates.used(int(NUMBER)) == 2
    b = adapter(sim, update_log=log_file)  # a restart: the count is read back from the file
    assert b.updates.used(int(NUMBER)) == 2
    assert b.update_sentence(NUMBER) == ""  # nothing to say yet (resolved: a number)
    # near the limit the host is told, before it is reached
    now = time.time()
    log_file.write_text(json.dumps({NUMBER: [now - 60] * 80}), encoding="utf-8")
    c = adapter(sim, update_log=log_file)
    c.resolve(NUMBER)
    assert "updated this meeting 80 times in 24 hours" in c.status_note(NUMBER)
    assert f"Zoom allows {MEETING_UPDATES_PER_DAY}" in c.status_note(NUMBER)
    # at the limit nothing is sent, and nothing is claimed
    log_file.write_text(json.dumps({NUMBER: [now - 60] * 100}), encoding="utf-8")
    d = adapter(sim, update_log=log_file)
    sent = zoom.patches_today(sim.meeting)
    change = d.apply_rules(NUMBER, BLOCK_CN_RULES)
    assert not change.changed and "used up" in change.sentence
    assert zoom.patches_today(sim.meeting) == sent


def test_zoom_s_own_daily_update_limit_is_reported_not_retried(simulator, adapter):
    sim = simulator(participants=20, seed=7)
    zoom = sim.app.extensions["zoom"]
    zoom.patch_limit = 1
    a = adapter(sim)
    a.set_policy(NUMBER, Policy(True, "deny", ("RU",)))
    change = a.apply_rules(NUMBER, BLOCK_CN_RULES)
    assert not change.changed and "this meeting's are used up" in change.sentence
    assert zoom.policy_doc(sim.meeting)["denied_list"] == ["RU"]
    # the simulator's 429: Zoom's daily-limit headers, Retry-After as an ISO 8601 time
    token = a._auth_header()["Authorization"]
    req = urllib.request.Request(
        f"{sim.url}/zoom/v2/meetings/{NUMBER}", data=b'{"settings": {}}', method="PATCH",
        headers={"Authorization": token, "Content-Type": "application/json"},
    )  # fmt: skip
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    with err.value:
        assert err.value.code == 429 and err.value.headers["X-RateLimit-Type"] == "Daily-limit"
        assert err.value.headers["Retry-After"].endswith("Z") and "T" in err.value.headers["Retry-After"]


# -- scopes ------------------------------------------------------------------------------------------------
def test_a_missing_scope_is_named(simulator, tmp_path, zoom_env, capsys):
    sim = simulator(participants=200, seed=21)
    sim.app.extensions["zoom"].scopes = {"dashboard_meetings:read:admin", "meeting:read:admin"}
    zoom_env(sim)
    assert watch(sim, tmp_path, NUMBER, "--apply", "--once") == 3  # an authentication problem
    err = capsys.readouterr().err
    assert "lacks the scope meeting:write or meeting:write:admin" in err and "App Marketplace" in err
    assert sim.app.extensions["zoom"].policy_doc(sim.meeting)["enable"] is False
