"""Audit retention deletes old entries (real SQLite, old timestamps written into it, and an
injected clock); the meeting's previous policy is read from its own table, and from an audit
row's detail only in a database written before that table existed. Also `--audit-retention-days`
and the poll interval. Real simulator, real adapters, real SQLite."""

from __future__ import annotations

import sqlite3
import time

import pytest

from hostguard.cli import main
from hostguard.core.geo import GeoResolver
from hostguard.engine import Engine
from hostguard.engine.retention import DAY_S, AuditRetention
from hostguard.engine.store import DB_NAME, SCHEMA_VERSION, NewAction, Store
from hostguard.services.reference import ReferenceAdapter
from tests.engine.helpers import write_rules
from tests.engine.test_rejoin_and_evidence import BLOCK_CN, run, zoom


@pytest.fixture(scope="module")
def resolver():
    with GeoResolver() as r:
        yield r


def _evidence(pid: str, action: str = "flag") -> dict[str, object]:
    return {"actor": "t", "service": "reference", "meeting_id": "m", "participant_id": pid, "action": action}


def _age(state_dir, keys: list[str], days: float) -> None:
    """Make these audit entries ``days`` old, as if written then."""
    conn = sqlite3.connect(state_dir / DB_NAME)
    at = time.time() - days * DAY_S
    conn.executemany("UPDATE audit SET at=?, settled_at=? WHERE key=?", [(at, at, k) for k in keys])
    conn.commit()
    conn.close()


def test_entries_older_than_the_setting_are_deleted_and_newer_ones_kept(tmp_path):
    state = tmp_path / "s"
    with Store(state) as store:
        for k in ("old1", "old2", "recent", "today"):
            store.record(k, _evidence(k), "flagged")
        # An action decided long ago and still queued: its outcome is not known yet.
        store.enqueue([NewAction(key="open", service="reference", meeting_id="m", participant_id="q",
                                 action="remove", reason="", rule=None, actor="t", state="queued",
                                 detail="", audit=_evidence("q", "remove"))])  # fmt: skip
    _age(state, ["old1", "old2"], 100)
    _age(state, ["recent"], 80)
    conn = sqlite3.connect(state / DB_NAME)
    conn.execute("UPDATE audit SET at=? WHERE key='open'", (time.time() - 200 * DAY_S,))
    conn.commit()
    conn.close()
    with Store(state) as store:
        keep_forever = AuditRetention(store, 0)
        assert keep_forever.run_once() == 0
        assert AuditRetention(store, 90).run_once() == 2
        assert sorted(r["participant_id"] for r in store.audit_rows()) == ["q", "recent", "today"]
        # A clock 30 days on: "recent" is now 110 days old, "today" 30.
        later = AuditRetention(store, 90, clock=lambda: time.time() + 30 * DAY_S)
        assert later.run_once() == 1
        assert sorted(r["participant_id"] for r in store.audit_rows()) == ["q", "today"]
        with pytest.raises(ValueError):
            AuditRetention(store, -1)


def test_the_engine_deletes_at_start_and_again_when_the_setting_changes(simulator, tmp_path, resolver):
    sim = simulator(participants=5, seed=1)
    state = tmp_path / "s"
    with Store(state) as store:
        store.record("a", _evidence("a"), "flagged")
        store.record("b", _evidence("b"), "flagged")
    _age(state, ["a"], 40)
    _age(state, ["b"], 10)
    a = ReferenceAdapter(sim.url, sim.token)
    engine = Engine(a, sim.meeting_id, BLOCK_CN, resolver, state, apply=True, audit_retention_days=30)
    try:
        engine.start(follow=False)
        assert [r["participant_id"] for r in engine.store.audit_rows()] == ["b"]
        engine.audit_retention_days = 7  # the app's setting changed: applied on its thread
        deadline = time.monotonic() + 30
        while engine.store.audit_rows() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert engine.store.audit_rows() == []
    finally:
        engine.close()
        a.close()
    # A dry run changes nothing in the state database.
    with Store(state) as store:
        store.record("c", _evidence("c"), "flagged")
    _age(state, ["c"], 400)
    a = ReferenceAdapter(sim.url, sim.token)
    dry = Engine(a, sim.meeting_id, BLOCK_CN, resolver, state, audit_retention_days=1)
    try:
        dry.start(follow=False)
        assert [r["participant_id"] for r in dry.store.audit_rows()] == ["c"]
    finally:
        dry.close()
        a.close()


def test_watch_deletes_old_entries_and_checks_the_number(simulator, tmp_path, capsys):
    sim = simulator(participants=20, seed=2)
    rules = write_rules(tmp_path / "r.toml", share=1.0)
    state = tmp_path / "s"
    base = ["watch", "--service", "reference", "--url", sim.url, "--meeting", sim.meeting_id,
            "--rules", str(rules), "--state-dir", str(state), "--token", sim.token]  # fmt: skip
    assert main([*base, "--audit-retention-days", "-3", "--once", "--apply"]) == 2
    assert "--audit-retention-days" in capsys.readouterr().err
    with Store(state) as store:
        store.record("ancient", _evidence("ancient"), "flagged")
    _age(state, ["ancient"], 91)
    assert main([*base, "--once", "--apply"]) == 0  # the default: 90 days
    with Store(state) as store:
        assert "ancient" not in {r["participant_id"] for r in store.audit_rows()}
        store.record("kept", _evidence("kept"), "flagged")
    _age(state, ["kept"], 91)
    assert main([*base, "--once", "--apply", "--audit-retention-days", "0"]) == 0
    with Store(state) as store:
        assert "kept" in {r["participant_id"] for r in store.audit_rows()}


def test_the_previous_policy_is_read_from_its_table_not_from_the_audit_wording(simulator, tmp_path, resolver):
    sim = simulator(participants=60, seed=9)
    state = tmp_path / "state"
    a = zoom(sim)
    try:
        run(a, BLOCK_CN, resolver, state).close()
        conn = sqlite3.connect(state / DB_NAME)
        (event, previous), = conn.execute("SELECT event, previous FROM meeting_policy").fetchall()
        assert event == "changed" and '"enable": false' in previous
        # The audit trail's wording changes (or is damaged): restoring does not depend on it.
        conn.execute("UPDATE audit SET detail='reworded' WHERE action='country_policy'")
        conn.commit()
        conn.close()
        again = Engine(a, "demo", BLOCK_CN, resolver, state, apply=True)
        assert "refuses new joiners from CN" in again.restorable_policy()
        assert "restored" in again.restore_service_policy()
        assert again.restorable_policy() is None
        again.close()
        assert sim.app.extensions["zoom"].policy_doc(sim.meeting)["enable"] is False
    finally:
        a.close()


def test_a_schema_3_database_still_restores_from_the_audit_detail(simulator, tmp_path, resolver):
    sim = simulator(participants=60, seed=9)
    state = tmp_path / "state"
    a = zoom(sim)
    try:
        run(a, BLOCK_CN, resolver, state).close()
        # As HostGuard left it before the meeting_policy table: the previous policy is only in
        # the audit row's detail.
        conn = sqlite3.connect(state / DB_NAME)
        conn.execute("DROP TABLE meeting_policy")
        conn.execute("PRAGMA user_version=3")
        conn.commit()
        conn.close()
        again = Engine(a, "demo", BLOCK_CN, resolver, state, apply=True)  # migrated to 4
        assert "refuses new joiners from CN" in again.restorable_policy()
        again.restore_service_policy()
        assert again.restorable_policy() is None
        again.close()
        conn = sqlite3.connect(state / DB_NAME)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [r[0] for r in conn.execute("SELECT event FROM meeting_policy")] == ["restored"]
        conn.close()
    finally:
        a.close()


def test_the_poll_interval_sets_how_often_a_roster_without_events_is_fetched(simulator, tmp_path, resolver):
    """Zoom has no event stream: the engine fetches the whole list every poll_interval (the
    app's "Roster refresh interval"), not every 5 s whatever the setting."""
    sim = simulator(participants=10, seed=4)
    a = zoom(sim)
    fetches = []
    real = a.fetch_roster

    def counted(meeting_id, **kw):
        fetches.append(1)
        return real(meeting_id, **kw)

    a.fetch_roster = counted
    engine = Engine(a, "demo", BLOCK_CN, resolver, tmp_path / "s", poll_interval=0.1)
    try:
        engine.start()
        deadline = time.monotonic() + 12  # five fetches take 20 s at the old fixed 5 s
        while len(fetches) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(fetches) >= 5
        assert engine.poll_interval == pytest.approx(0.1)
    finally:
        engine.close()
        a.close()
