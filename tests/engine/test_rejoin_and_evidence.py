"""One person, one action across rejoins; the service-reported location as evidence; the
meeting's own policy recorded with how to restore it. Real simulator, real SQLite, real .mmdb."""

from __future__ import annotations

import sqlite3

import pytest

from hostguard.core.geo import GeoResolver
from hostguard.core.rules import parse_rules
from hostguard.engine import Engine, location_check
from hostguard.engine.store import DB_NAME, SCHEMA_VERSION, Store
from hostguard.services.reference import ReferenceAdapter
from hostguard.services.zoom import ZoomAdapter
from tests.mmdb_factory import geoip2_country_record, write_mmdb
from tests.vendors.conftest import sim_post


def rules(body: str, share: float = 1.0):
    rs, _ = parse_rules(f"version = 1\nmax_action_share = {share}\n" + body, "rules.toml")
    return rs


BLOCK_CN = rules('[[rule]]\nname = "Block CN"\naction = "block"\ncountries = ["CN"]\n')
REMOVE_RU = rules('[[rule]]\nname = "Remove RU"\naction = "remove"\ncountries = ["RU"]\n')


@pytest.fixture(scope="module")
def resolver():
    with GeoResolver() as r:
        yield r


def zoom(sim) -> ZoomAdapter:
    creds = {"account_id": "sim-account", "client_id": "hostguard-sim", "client_secret": sim.token}
    # No refresh spacing: each refresh here must really ask the (simulated) dashboard, so the
    # account's daily cap (ours and the one the simulator reports) is made huge.
    sim.app.extensions["zoom"].daily_limit = 10**9
    return ZoomAdapter(sim.url + "/zoom", creds, daily_cap=10**9, min_refresh=0.0)


def run(adapter, ruleset, resolver, state_dir) -> Engine:
    """One --once round: fetch, apply, wait until settled. The caller closes the engine."""
    engine = Engine(adapter, "demo", ruleset, resolver, state_dir, apply=True)
    engine.start(follow=False)
    engine.refresh()
    engine.apply()
    assert engine.wait_settled(timeout=30)
    return engine


# Not country-only (it names a role), so the meeting's policy stays as it is and a CN
# person can rejoin; Zoom can only list them for manual removal.
BLOCK_CN_ATTENDEES = rules(
    '[[rule]]\nname = "Block CN attendees"\naction = "block"\ncountries = ["CN"]\nroles = ["attendee"]\n'
)


def cn_guest(engine) -> str:
    """A CN attendee without an e-mail (no registration to deny, so Zoom lets them rejoin)."""
    return next(
        e.id
        for e in engine.snapshot()
        if e.geo.country == "CN" and e.decision.action == "block" and not e.participant.email
    )


def test_a_zoom_rejoin_is_not_listed_twice_for_manual_removal(simulator, tmp_path, resolver):
    sim = simulator(participants=300, seed=21)
    state = tmp_path / "state"
    a = zoom(sim)
    try:
        engine = run(a, BLOCK_CN_ATTENDEES, resolver, state)
        manual_before = engine.status().manual
        assert manual_before >= 3
        old_id = cn_guest(engine)
        new_id = sim_post(sim, "/_sim/rejoin", {"participant_id": old_id})["participant"]["id"]
        # The same engine, following the meeting: the new session is the same person.
        engine.refresh()
        assert engine.apply().queued == 0
        assert engine.wait_settled(timeout=30)
        assert engine.status().manual == manual_before
        entry = {e.id: e for e in engine.snapshot()}[new_id]
        assert entry.sync == "manual"
        assert f"same person as session {old_id}" in entry.sync_detail
        listed = [i for i in engine.outcomes(("manual",)) if old_id in (i.participant_id, i.current_id)]
        assert [(i.participant_id, i.current_id) for i in listed] == [(old_id, new_id)]
        assert listed[0].name == entry.participant.name
        engine.close()
        # A restart (a new engine on the same state directory) still knows the person.
        engine = run(a, BLOCK_CN_ATTENDEES, resolver, state)
        assert engine.status().manual == manual_before
        rows = engine.store.rows("zoom", "demo")
        assert new_id not in {r.participant_id for r in rows}
        assert len({r.person for r in rows}) == len(rows)  # one row per person
        engine.close()
    finally:
        a.close()


def test_a_removed_person_who_rejoins_is_decided_and_acted_on_again(simulator, tmp_path, resolver):
    sim = simulator(participants=150, seed=5)
    a = ReferenceAdapter(sim.url, sim.token)
    try:
        engine = run(a, REMOVE_RU, resolver, tmp_path / "state")
        removed = [x["participant_id"] for x in sim.state()["actions"]]
        assert removed
        new_id = sim_post(sim, "/_sim/rejoin", {"participant_id": removed[0]})["participant"]["id"]
        engine.refresh()
        assert engine.apply().queued == 1
        assert engine.wait_settled(timeout=30)
        engine.close()
    finally:
        a.close()
    actions = [(x["participant_id"], x["action"]) for x in sim.state()["actions"]]
    assert actions.count((new_id, "remove")) == 1 and len(actions) == len(removed) + 1
    assert {p["id"]: p["status"] for p in sim.state()["participants"]}[new_id] == "removed"


@pytest.fixture
def germany_everywhere(tmp_path):
    """A country database that puts every public IPv4 address in DE (IPv6: not in it)."""
    path = write_mmdb(
        tmp_path / "de.mmdb",
        "GeoIP2-Country",
        [(["0.0.0.0/1", "128.0.0.0/1"], geoip2_country_record("DE"))],
    )
    with GeoResolver([path]) as r:
        yield r


def test_zoom_location_is_evidence_and_disagreement_is_flagged(
    simulator, tmp_path, germany_everywhere
):
    sim = simulator(participants=120, seed=21)
    block_de = rules('[[rule]]\nname = "Block DE"\naction = "block"\ncountries = ["DE"]\n')
    a = zoom(sim)
    try:
        engine = run(a, block_de, germany_everywhere, tmp_path / "state")
        entries = engine.snapshot()
        located = [e for e in entries if e.service_country and e.decision.action == "block"]
        from hostguard.core.countries import country_name  # Zoom's location: a bare country name

        assert located and all(e.service_location == country_name(e.service_country) for e in located)
        differ = [e for e in located if e.geo.country == "DE" and e.service_country != "DE"]
        agree = [e for e in located if e.geo.country == "DE" and e.service_country == "DE"]
        assert differ and agree
        assert differ[0].location_check == f"differs: database DE, service {differ[0].service_country}"
        audit = {r["participant_id"]: r for r in engine.audit.query()}
        engine.close()
    finally:
        a.close()
    for e in differ + agree:
        row = audit[e.id]
        assert row["service_location"] == e.service_location
        assert row["service_country"] == e.service_country
        assert row["location_check"] == e.location_check
    assert audit[agree[0].id]["location_check"] == "agrees"


def test_location_check_words():
    assert location_check("CN", None) == ""
    assert location_check("CN", None, "Somewhere") == "service location names no country"
    assert location_check(None, "US", "San Jose (US)") == "database unknown, service US"
    assert location_check("US", "US", "San Jose (US)") == "agrees"
    assert location_check("CN", "US", "San Jose (US)") == "differs: database CN, service US"


def test_the_policy_change_is_audited_with_how_to_restore_and_restores(simulator, tmp_path, resolver):
    sim = simulator(participants=100, seed=21)
    a = zoom(sim)
    try:
        engine = run(a, BLOCK_CN, resolver, tmp_path / "state")
        assert "now refuses new joiners from CN" in engine.service_policy
        row = next(r for r in engine.audit.query() if r["action"] == "country_policy")
        assert row["outcome"] == "applied"
        assert "previous policy" in row["detail"] and "to restore the previous policy (no country policy)" in row["detail"]
        doc = sim.app.extensions["zoom"].policy_doc(sim.meeting)
        assert doc["enable"] is True and doc["method"] == "deny" and doc["denied_list"] == ["CN"]
        sentence = engine.restore_service_policy()
        assert "restored" in sentence and "no country policy" in sentence
        assert sim.app.extensions["zoom"].policy_doc(sim.meeting)["enable"] is False
        assert any(r["action"] == "country_policy_restore" for r in engine.audit.query())
        with pytest.raises(LookupError):
            engine.restore_service_policy()
        engine.close()
    finally:
        a.close()


def test_a_schema_1_state_database_is_upgraded_in_place(tmp_path):
    with Store(tmp_path / "s") as store:
        store.record("k1", {"actor": "t", "service": "reference", "meeting_id": "m",
                            "participant_id": "p1", "action": "flag"}, "flagged")  # fmt: skip
    conn = sqlite3.connect(tmp_path / "s" / DB_NAME)
    for table, col in (("outbox", "person"), ("audit", "service_location"),
                       ("audit", "service_country"), ("audit", "location_check"),
                       ("outbox", "lease_owner"), ("outbox", "lease_until")):  # fmt: skip
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {col}")
    conn.execute("DROP TABLE binding")
    conn.execute("DROP TABLE meeting_policy")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    with Store(tmp_path / "s") as store:
        rows = store.audit_rows()
        assert [r["participant_id"] for r in rows] == ["p1"] and rows[0]["location_check"] is None
    conn = sqlite3.connect(tmp_path / "s" / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    assert {"person", "lease_owner", "lease_until"} <= {r[1] for r in conn.execute("PRAGMA table_info(outbox)")}
    assert conn.execute("SELECT COUNT(*) FROM binding").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM meeting_policy").fetchone()[0] == 0
    conn.close()


def test_new_databases_rebuild_every_entry_including_unchanged_decisions(
    simulator, tmp_path, resolver, germany_everywhere
):
    """After a GeoIP update every participant's evidence comes from the new database, even the
    exempt host's, whose decision (allow) does not change; and the new rules' effects follow."""
    sim = simulator(participants=80, seed=9)
    a = ReferenceAdapter(sim.url, sim.token)
    engine = Engine(a, "demo", BLOCK_CN, resolver, tmp_path / "state", apply=False)
    try:
        engine.start(follow=False)
        engine.refresh()
        before = {e.id: e for e in engine.snapshot()}
        host = next(e for e in before.values() if e.participant.role == "host")
        assert any(e.decision.action == "block" for e in before.values())
        diff = engine.set_resolver(germany_everywhere)
        after = {e.id: e for e in engine.snapshot()}
        assert engine.resolver is germany_everywhere
        assert {e.id for e in diff.upserted} == set(before)  # every entry, not only changed ones
        v4 = [e for e in after.values() if e.geo.ip and ":" not in e.geo.ip and e.geo.status.value != "private"]
        assert v4 and all(e.geo.country == "DE" for e in v4)
        assert after[host.id].decision.exempt
        if host.geo.ip and ":" not in host.geo.ip and host.geo.status.value != "private":
            assert after[host.id].geo.country == "DE"
        assert not any(e.decision.action == "block" and e.geo.country == "DE" for e in after.values())
    finally:
        engine.close()
        a.close()


def test_the_policy_can_be_restored_after_a_restart_from_the_audit_trail(simulator, tmp_path, resolver):
    sim = simulator(participants=100, seed=22)
    zoom_sim = sim.app.extensions["zoom"]
    state = tmp_path / "state"
    a = zoom(sim)
    try:
        first = run(a, BLOCK_CN, resolver, state)
        assert "refuses new joiners from CN" in first.restorable_policy()
        first.close()
        assert zoom_sim.policy_doc(sim.meeting)["denied_list"] == ["CN"]
        # A new run (the app restarted): nothing changed in this session, the audit knows.
        again = Engine(a, "demo", BLOCK_CN, resolver, state, apply=True)
        assert "refuses new joiners from CN" in again.restorable_policy()
        sentence = again.restore_service_policy()
        assert "restored" in sentence and "no country policy" in sentence
        assert zoom_sim.policy_doc(sim.meeting)["enable"] is False
        assert again.restorable_policy() is None
        with pytest.raises(LookupError):
            again.restore_service_policy()
        again.close()
        # Applied once more after the restore: a new change, restorable again.
        third = run(a, BLOCK_CN, resolver, state)
        assert third.restorable_policy() is not None
        third.close()
        fourth = Engine(a, "demo", BLOCK_CN, resolver, state, apply=True)
        assert fourth.restorable_policy() is not None
        fourth.close()
    finally:
        a.close()


def test_a_damaged_audit_detail_is_not_restored(simulator):
    a = zoom(simulator(participants=5, seed=1))
    try:
        assert a.previous_policy_from_audit("m", "no marker here") is None
        assert a.previous_policy_from_audit("m", "x; previous policy: {not json") is None
        assert a.previous_policy_from_audit("m", "x; previous policy: [1, 2]; hint") is None
        rec = a.previous_policy_from_audit("m", 'x; previous policy: {"enable": true, "method": "deny"}; to restore')
        assert rec.settings == {"enable": True, "method": "deny"} and rec.meeting_id == "m"
        assert a.previous_policy_from_audit("m", "x; previous policy: null; to restore").settings is None
    finally:
        a.close()
