"""`hostguard audit export` only reads: the state database is opened read-only, never created,
initialised or migrated (real SQLite files, the real CLI entry point)."""

from __future__ import annotations

import json
import sqlite3

from hostguard.cli import EXIT_OK, EXIT_USAGE, main
from hostguard.engine.audit import read_audit_rows
from hostguard.engine.store import DB_NAME, SCHEMA_VERSION, Store
from tests.engine.test_store import action


def _export(capsys, d, fmt="json"):
    rc = main(["audit", "export", "--format", fmt, "--state-dir", str(d)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err, err
    return rc, out, err


def _dir(d):
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes()) for p in d.iterdir()}


def _main_file(d):
    p = d / DB_NAME
    return p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes()


def test_zero_byte_database_exports_nothing_and_stays_empty(capsys, tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"")
    rc, out, err = _export(capsys, tmp_path)
    assert rc == EXIT_OK and json.loads(out) == [] and err == ""
    assert (tmp_path / DB_NAME).stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]
    rc, out, _ = _export(capsys, tmp_path, "csv")
    assert rc == EXIT_OK and out.startswith("at,actor,service")  # just the header


def test_another_programs_database_is_an_error_and_left_as_it_was(capsys, tmp_path):
    con = sqlite3.connect(tmp_path / DB_NAME)
    con.execute("create table notes(x)")
    con.commit()
    con.close()
    before = _main_file(tmp_path)
    rc, out, err = _export(capsys, tmp_path)
    assert rc == EXIT_USAGE and out == "" and "belongs to another program" in err
    assert _main_file(tmp_path) == before


def test_a_recorded_database_is_exported_without_being_written(capsys, tmp_path):
    with Store(tmp_path) as store:
        store.enqueue([action("p1"), action("p2", "remove")])
    before = _dir(tmp_path)
    assert list(before) == [DB_NAME]
    rc, out, _ = _export(capsys, tmp_path)
    rows = json.loads(out)
    assert rc == EXIT_OK and [r["participant_id"] for r in rows] == ["p1", "p2"]
    assert _dir(tmp_path) == before  # not even SQLite's -wal/-shm files left behind


def test_export_while_a_watcher_has_the_database_open(capsys, tmp_path):
    store = Store(tmp_path)
    try:
        store.enqueue([action("p1")])
        assert (tmp_path / (DB_NAME + "-wal")).exists()  # a live writer in WAL mode
        rc, out, _ = _export(capsys, tmp_path)
        assert rc == EXIT_OK and [r["participant_id"] for r in json.loads(out)] == ["p1"]
        store.enqueue([action("p2")])  # the writer carries on
        assert [r["participant_id"] for r in read_audit_rows(tmp_path)] == ["p1", "p2"]
    finally:
        store.close()


def test_a_schema_1_database_is_read_not_migrated(capsys, tmp_path):
    with Store(tmp_path) as store:
        store.enqueue([action("p1")])
    # Make it look as an older HostGuard left it: schema 1, without the columns 2 added.
    con = sqlite3.connect(tmp_path / DB_NAME)
    con.execute("PRAGMA journal_mode=DELETE")
    for col in ("service_location", "service_country", "location_check"):
        con.execute(f"ALTER TABLE audit DROP COLUMN {col}")
    con.execute("PRAGMA user_version=1")
    con.commit()
    con.close()
    before = _main_file(tmp_path)
    rows = read_audit_rows(tmp_path)
    assert rows[0]["participant_id"] == "p1" and rows[0]["service_location"] is None
    rc, out, _ = _export(capsys, tmp_path)
    assert rc == EXIT_OK and json.loads(out)[0]["participant_id"] == "p1"
    assert _main_file(tmp_path) == before
    con = sqlite3.connect(f"file:{tmp_path / DB_NAME}?mode=ro", uri=True)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1 < SCHEMA_VERSION
    con.close()


def test_a_missing_state_dir_is_a_clear_error_and_nothing_is_created(capsys, tmp_path):
    d = tmp_path / "nope" / "deeper"
    rc, out, err = _export(capsys, d)
    assert rc == EXIT_USAGE and out == ""
    assert f"--state-dir {d}: no HostGuard state database" in err and "no such directory" in err
    assert not (tmp_path / "nope").exists()
