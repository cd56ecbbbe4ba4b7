"""The outbox and audit store on real SQLite: schema, refusal of foreign files, crash recovery."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest

from hostguard.engine.audit import AuditLog, coarse_network, spreadsheet_safe
from hostguard.engine.store import (
    DB_NAME,
    SCHEMA_VERSION,
    NewAction,
    Store,
    StoreError,
    idempotency_key,
)


def action(
    pid: str, act: str = "waiting_room", *, state: str = "queued", name: str = "Ann"
) -> NewAction:
    key = idempotency_key("reference", "demo", pid, act)
    return NewAction(
        key=key,
        service="reference",
        meeting_id="demo",
        participant_id=pid,
        action=act,
        reason=f"rule for {pid}",
        rule="R",
        actor="tester",
        state=state,
        detail="",
        audit={
            "actor": "tester",
            "service": "reference",
            "meeting_id": "demo",
            "participant_id": pid,
            "participant_name": name,
            "role": "attendee",
            "action": act,
            "rule": "R",
            "reason": "in CN",
            "country": "CN",
            "continent": "AS",
            "geo_status": "resolved",
            "database": "DB-IP",
            "database_date": "2026-06-01",
            "network": "1.2.3.0/24",
        },
    )


def test_fresh_database_is_versioned_and_in_wal_mode(tmp_path):
    with Store(tmp_path / "s") as store:
        assert store.path == tmp_path / "s" / DB_NAME
    conn = sqlite3.connect(tmp_path / "s" / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    Store(tmp_path / "s").close()  # reopening our own file is fine


def test_corrupt_file_is_refused_and_left_untouched(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    junk = b"this is not a database at all\x00\x01" * 100
    (d / DB_NAME).write_bytes(junk)
    with pytest.raises(StoreError, match="not a usable HostGuard state database"):
        Store(d)
    assert (d / DB_NAME).read_bytes() == junk


def test_foreign_database_is_refused_and_left_untouched(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    conn = sqlite3.connect(d / DB_NAME)
    conn.execute("CREATE TABLE photos(id INTEGER)")
    conn.commit()
    conn.close()
    before = (d / DB_NAME).read_bytes()
    with pytest.raises(StoreError, match="another program"):
        Store(d)
    assert (d / DB_NAME).read_bytes() == before


def test_newer_schema_is_refused(tmp_path):
    Store(tmp_path).close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer HostGuard"):
        Store(tmp_path)


def test_keys_are_deterministic_and_distinct():
    k = idempotency_key("reference", "demo", "p1", "remove")
    assert k == idempotency_key("reference", "demo", "p1", "remove")
    others = {
        idempotency_key("reference", "demo", "p1", "block"),
        idempotency_key("reference", "demo", "p2", "remove"),
        idempotency_key("reference", "other", "p1", "remove"),
        idempotency_key("zoom", "demo", "p1", "remove"),
        idempotency_key("reference", "demo", "p1", "remove", "1"),
    }
    assert k not in others and len(others) == 5
    assert len(k) <= 200


def test_same_decision_is_written_once_even_from_two_stores(tmp_path):
    a, b = Store(tmp_path), Store(tmp_path)
    assert a.enqueue([action("p1"), action("p2")]) == [action("p1").key, action("p2").key]
    assert b.enqueue([action("p1"), action("p3")]) == [action("p3").key]
    assert len(a.rows("reference", "demo")) == 3
    assert len(a.audit_rows()) == 3
    a.close()
    b.close()


def test_crash_between_write_and_send_resends_with_the_same_key(tmp_path):
    store = Store(tmp_path)
    store.enqueue([action("p1"), action("p2")])
    claimed = store.claim("reference", "demo", 10)
    assert {r.state for r in claimed} == {"sending"}
    # The process dies here: the rows were (maybe) sent but never marked.
    store.close()

    store = Store(tmp_path)
    assert store.counts("reference", "demo")["sending"] == 2
    assert store.recover("reference", "demo") == 2
    again = store.claim("reference", "demo", 10)
    assert [r.key for r in again] == [r.key for r in claimed]
    assert [r.reason for r in again] == [r.reason for r in claimed]  # same body with the same key
    assert all(r.attempts == 2 for r in again)
    store.settle(
        [(again[0].key, "applied", "applied"), (again[1].key, "failed", "participant left")]
    )
    counts = store.counts("reference", "demo")
    assert (
        counts["applied"] == 1
        and counts["failed"] == 1
        and store.open_count("reference", "demo") == 0
    )
    audit = {r["participant_id"]: r for r in store.audit_rows()}
    assert audit["p1"]["outcome"] == "applied" and audit["p2"]["detail"] == "participant left"
    assert audit["p1"]["settled_at"] is not None
    store.close()


def test_claims_do_not_overlap(tmp_path):
    a, b = Store(tmp_path), Store(tmp_path)
    a.enqueue([action(f"p{i}") for i in range(10)])
    first = a.claim("reference", "demo", 6)
    second = b.claim("reference", "demo", 6)
    assert len(first) == 6 and len(second) == 4
    assert not {r.key for r in first} & {r.key for r in second}
    a.close()
    b.close()


def test_unsupported_and_manual_are_settled_at_once(tmp_path):
    store = Store(tmp_path)
    store.enqueue([action("p1", state="unsupported"), action("p2", state="manual")])
    assert store.claim("reference", "demo", 10) == []
    assert store.open_count("reference", "demo") == 0
    assert {r["outcome"] for r in store.audit_rows()} == {"unsupported", "manual"}
    store.close()


def test_audit_export_is_spreadsheet_safe(tmp_path):
    store = Store(tmp_path)
    store.enqueue(
        [
            action("p1", name='=HYPERLINK("http://x")'),
            action("p2", name="@SUM(A1)"),
            action("p3", name="-2+3"),
        ]
    )
    out = io.StringIO()
    n = AuditLog(store, "reference", "demo").export(out, "csv")
    assert n == 3
    text = out.getvalue()
    assert "'=HYPERLINK" in text and "'@SUM" in text and "'-2+3" in text
    assert text.splitlines()[0].startswith("at,actor,service,meeting_id,participant_id")
    js = io.StringIO()
    AuditLog(store).export(js, "json")
    rows = json.loads(js.getvalue())
    assert rows[0]["participant_name"].startswith("=HYPERLINK")  # JSON keeps the value as is
    assert rows[0]["at"].endswith("Z") and rows[0]["outcome"] == "queued"
    store.close()


def test_evidence_keeps_a_prefix_not_an_address():
    assert coarse_network("1.2.3.4/32") == "1.2.3.0/24"
    assert coarse_network("8.8.0.0/16") == "8.8.0.0/16"
    assert coarse_network("2001:db8:1:2::/64") == "2001:db8:1::/48"
    assert coarse_network(None) is None
    assert spreadsheet_safe("+1") == "'+1" and spreadsheet_safe("ok") == "ok"


def test_get_many_returns_rows_in_the_order_asked_and_skips_unknown_keys(tmp_path):
    with Store(tmp_path) as store:
        acts = [action(f"p{i:04d}") for i in range(1200)]  # more than one query's worth
        store.enqueue(acts)
        keys = [a.key for a in acts]
        asked = [*reversed(keys[:700]), "missing", *keys[700:]]
        got = store.get_many(asked)
        assert [r.key for r in got] == [k for k in asked if k != "missing"]
        assert got[0] == store.get(keys[699])
