"""Issue 14, privacy kept, from the command line: `hostguard forget` really deletes (the SQLite
file opened and read, deleted rows not left in free pages), refuses while a HostGuard works on
the meeting; `hostguard audit export --participant` gives only that person's rows; `watch
--audit-network country` keeps no network; `watch` in follow mode says when the burst guard
holds actions; `evaluate` and `watch` show report-only matches apart. Real simulator, SQLite."""

from __future__ import annotations

import csv
import io
import json
import signal
import sqlite3
import subprocess
import threading
import time

import pytest
import requests

from hostguard.cli import EXIT_OK, EXIT_USAGE, main
from hostguard.core.geo import GeoResolver
from hostguard.core.rules import parse_rules
from hostguard.engine import Engine
from hostguard.engine.store import DB_NAME, Store
from hostguard.services.reference import ReferenceAdapter
from tests.engine.helpers import child_env, watch_cmd, write_rules

RULES = (
    'version = 1\nmax_action_share = 1.0\n'
    '[[rule]]\nname = "WR CN"\naction = "waiting_room"\ncountries = ["CN"]\n'
    '[[rule]]\nname = "Watch RU"\naction = "remove"\ncountries = ["RU"]\nmode = "report"\n'
    '[[rule]]\nname = "Remove RU"\naction = "remove"\ncountries = ["RU"]\n'
)


@pytest.fixture(scope="module")
def resolver():
    with GeoResolver() as r:
        yield r


def acted_meeting(sim, resolver, state_dir, *, meeting=None):
    """One apply on the simulator, settled; returns the engine's roster snapshot."""
    rs, _ = parse_rules(RULES)
    engine = Engine(ReferenceAdapter(sim.url, sim.token), meeting or sim.meeting_id, rs, resolver, state_dir, apply=True)
    try:
        engine.start(follow=False)
        engine.refresh()
        engine.apply()
        assert engine.wait_settled(timeout=60)
        return engine.snapshot()
    finally:
        engine.close()


def run_cli(capsys, *argv):
    rc = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err, err
    return rc, out, err


# -- forget --------------------------------------------------------------------------------------
def test_forget_removes_everything_about_the_meeting_and_leaves_nothing_in_the_file(simulator, tmp_path, resolver, capsys):
    sim = simulator(participants=120, seed=7)
    state = tmp_path / "state"
    entries = acted_meeting(sim, resolver, state)
    names = [e.participant.name for e in entries if e.decision.enforcing]
    assert names
    # Another meeting in the same directory is kept.
    with Store(state) as store:
        store.bind("reference", "other-meeting", sim.url, "")
        store.record("k-other", {"actor": "t", "service": "reference", "meeting_id": "other-meeting",
                                 "participant_id": "x", "participant_name": "Keep Me", "action": "flag"}, "flagged")  # fmt: skip
    raw = (state / DB_NAME).read_bytes()
    assert names[0].encode() in raw  # the control: the name is in the file before

    rc, out, err = run_cli(capsys, "forget", "--meeting", sim.meeting_id, "--state-dir", str(state))
    assert rc == EXIT_OK, err
    assert "will remove" in out and "removed" in out and "audit entries" in out and "decisions in the outbox" in out
    conn = sqlite3.connect(state / DB_NAME)
    for table in ("outbox", "audit", "meeting_policy", "binding"):
        n = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE meeting_id=?", (sim.meeting_id,)).fetchone()[0]
        assert n == 0, table
    assert conn.execute("SELECT participant_name FROM audit").fetchall() == [("Keep Me",)]
    conn.close()
    # VACUUM: the deleted rows are not left readable in the file's free pages (nor in a WAL).
    data = b"".join(p.read_bytes() for p in state.iterdir() if p.name.startswith(DB_NAME))
    for name in names:
        assert name.encode() not in data, name
    assert sim.meeting_id.encode() not in data

    # The last meeting forgotten: the state files go too.
    rc, out, err = run_cli(capsys, "forget", "--meeting", "other-meeting", "--state-dir", str(state))
    assert rc == EXIT_OK and "nothing else was kept there" in out
    assert not state.exists()
    rc, out, _ = run_cli(capsys, "forget", "--meeting", "other-meeting", "--state-dir", str(tmp_path))
    assert rc == EXIT_OK and "nothing is kept" in out


def test_forget_without_state_dir_uses_the_meetings_own_folder(simulator, resolver, capsys):
    from hostguard.engine import default_state_dir

    sim = simulator(participants=30, seed=2)
    folder = default_state_dir("reference", sim.meeting_id)
    acted_meeting(sim, resolver, folder)
    assert (folder / DB_NAME).is_file()
    rc, _out, err = run_cli(capsys, "forget", "--meeting", sim.meeting_id)
    assert rc == EXIT_OK, err
    assert not folder.exists()


def test_forget_also_removes_what_a_killed_engine_process_left_in_the_folder(simulator, tmp_path, resolver, capsys):
    """An app's engine process killed with SIGKILL leaves its note (which process has the
    folder) and maybe a stop request: forgetting the meeting removes them, and the folder."""
    from hostguard.engine.host import PID_FILE, STOP_FILE

    sim = simulator(participants=30, seed=2)
    state = tmp_path / "state"
    acted_meeting(sim, resolver, state)
    (state / PID_FILE).write_text('{"pid": 999999999, "started": 0}')
    (state / STOP_FILE).write_text('{"pid": 999999999}')
    rc, _out, err = run_cli(capsys, "forget", "--meeting", sim.meeting_id, "--state-dir", str(state))
    assert rc == EXIT_OK, err
    assert not state.exists()


def test_forget_refuses_while_a_hostguard_has_the_state_open(simulator, tmp_path, resolver, capsys):
    sim = simulator(participants=30, seed=2)
    state = tmp_path / "state"
    acted_meeting(sim, resolver, state)
    rs, _ = parse_rules(RULES)
    engine = Engine(ReferenceAdapter(sim.url, sim.token), sim.meeting_id, rs, resolver, state, apply=True)
    try:
        before = sqlite3.connect(state / DB_NAME).execute("SELECT COUNT(*) FROM audit").fetchone()[0]
        rc, _out, err = run_cli(capsys, "forget", "--meeting", sim.meeting_id, "--state-dir", str(state))
        assert rc == EXIT_USAGE
        assert "has this state directory open" in err and "nothing was removed" in err
        assert sqlite3.connect(state / DB_NAME).execute("SELECT COUNT(*) FROM audit").fetchone()[0] == before
    finally:
        engine.close()
    rc, _out, err = run_cli(capsys, "forget", "--meeting", sim.meeting_id, "--state-dir", str(state))
    assert rc == EXIT_OK, err


def test_forget_refuses_while_another_process_holds_live_leases(tmp_path, capsys):
    from tests.engine.test_store import action

    state = tmp_path / "state"
    with Store(state) as other:
        other.enqueue([action("p1")])
        (row,) = other.claim("reference", "demo", 10)
        assert row.lease_owner == other.owner
        # Another process's lease (this one stays open, so it is not known to be gone).
        rc, _out, err = run_cli(capsys, "forget", "--meeting", "demo", "--state-dir", str(state))
    assert rc == EXIT_USAGE and "live leases" in err


def test_forget_asks_which_service_when_several_keep_the_meeting(tmp_path, capsys):
    state = tmp_path / "state"
    with Store(state) as store:
        store.bind("reference", "123", "http://127.0.0.1:1", "")
        store.bind("zoom", "123", "https://api.zoom.us", "")
    rc, _out, err = run_cli(capsys, "forget", "--meeting", "123", "--state-dir", str(state))
    assert rc == EXIT_USAGE and "--service" in err and "reference, zoom" in err
    with Store(state) as store:
        assert store.meetings() == [("reference", "123"), ("zoom", "123")]
    rc, _out, err = run_cli(capsys, "forget", "--meeting", "123", "--service", "zoom", "--state-dir", str(state))
    assert rc == EXIT_OK, err
    with Store(state) as store:
        assert store.meetings() == [("reference", "123")]


# -- audit export --participant ------------------------------------------------------------------
def test_audit_export_for_one_participant_gives_only_their_rows_and_their_other_sessions(simulator, tmp_path, resolver, capsys):
    sim = simulator(participants=150, seed=7)
    state = tmp_path / "state"
    entries = acted_meeting(sim, resolver, state)
    acted = [e for e in entries if e.decision.action == "remove"]
    assert len(acted) >= 2
    who = acted[0]
    # The same person rejoins with a new participant id and is acted on again.
    r = requests.post(sim.url + "/_sim/rejoin", json={"participant_id": who.id}, timeout=10)
    r.raise_for_status()
    new_id = r.json()["participant"]["id"]
    acted_meeting(sim, resolver, state)
    rc, out, err = run_cli(capsys, "audit", "export", "--format", "json", "--state-dir", str(state), "--participant", who.id)
    assert rc == EXIT_OK, err
    rows = json.loads(out)
    assert {r["participant_id"] for r in rows} == {who.id, new_id}
    everyone = json.loads(run_cli(capsys, "audit", "export", "--format", "json", "--state-dir", str(state))[1])
    assert len(everyone) > len(rows)
    assert len(rows) == sum(1 for r in everyone if r["participant_id"] in (who.id, new_id))
    rc, out, _ = run_cli(capsys, "audit", "export", "--format", "csv", "--state-dir", str(state), "--participant", "nobody")
    assert rc == EXIT_OK and len(list(csv.reader(io.StringIO(out)))) == 1  # just the header


# -- watch: audit network, report-only counts, the burst guard -----------------------------------
def test_watch_audit_network_country_keeps_no_network(simulator, tmp_path, capsys):
    sim = simulator(participants=120, seed=4)
    rules = tmp_path / "r.toml"
    rules.write_text(RULES, encoding="utf-8")
    state = tmp_path / "s"
    argv = ["watch", "--service", "reference", "--url", sim.url, "--meeting", sim.meeting_id,
            "--rules", str(rules), "--state-dir", str(state), "--token", sim.token, "--once", "--apply"]  # fmt: skip
    rc, out, err = run_cli(capsys, *argv, "--audit-network", "country")
    assert rc == EXIT_OK, err
    assert "report-only (nobody acted on): 'Watch RU'" in out
    conn = sqlite3.connect(state / DB_NAME)
    rows = conn.execute("SELECT network, country FROM audit").fetchall()
    conn.close()
    assert rows and all(n is None for n, _c in rows) and any(c for _n, c in rows)
    with pytest.raises(SystemExit) as bad:  # argparse: exit 2 with the choices named
        main([*argv[:-2], "--audit-network", "city"])
    assert bad.value.code == EXIT_USAGE and "--audit-network" in capsys.readouterr().err


def test_watch_dry_run_shows_report_only_counts_apart(simulator, tmp_path, capsys):
    sim = simulator(participants=120, seed=4)
    rules = tmp_path / "r.toml"
    rules.write_text(RULES, encoding="utf-8")
    rc, out, err = run_cli(capsys, "watch", "--service", "reference", "--url", sim.url, "--meeting", sim.meeting_id,
                           "--rules", str(rules), "--state-dir", str(tmp_path / "s"), "--token", sim.token, "--once")  # fmt: skip
    assert rc == EXIT_OK, err
    line = next(ln for ln in out.splitlines() if ln.startswith("report-only"))
    n = int(line.rsplit(": ", 1)[1])
    assert n > 0 and sim.state()["actions"] == []


def test_watch_follow_says_when_the_burst_guard_holds_actions(simulator, tmp_path):
    sim = simulator(participants=40, seed=3)
    rules = write_rules(tmp_path / "r.toml", share=0.25)
    proc = subprocess.Popen(
        watch_cmd(sim, rules, tmp_path / "s", "--apply"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(),
    )  # fmt: skip
    err_lines: list[str] = []
    reader = threading.Thread(target=lambda: err_lines.extend(proc.stderr), daemon=True)
    reader.start()

    def wait_err(text: str) -> None:
        end = time.monotonic() + 60
        while not any(text in ln for ln in err_lines):
            assert proc.poll() is None, "".join(err_lines)
            assert time.monotonic() < end, f"no {text!r} in: {''.join(err_lines)}"
            time.sleep(0.05)

    try:
        wait_err("watching the meeting")
        burst = requests.post(sim.url + "/_sim/join", json={"count": 25, "country": "CN"}, timeout=5).json()["participants"]
        ids = {p["id"] for p in burst}
        wait_err("burst guard:")
        proc.send_signal(signal.SIGINT)
        out = proc.stdout.read()
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
        reader.join(10)
        proc.stdout.close()
        proc.stderr.close()
    err = "".join(err_lines)
    assert proc.returncode == 0, err
    assert "action(s) held, nothing sent for them" in err and "--force" in err
    assert "held by the burst guard, not sent" in out
    acted = {a["participant_id"] for a in sim.state()["actions"]}
    assert len(ids - acted) >= 21  # at most min_actions - 1 went before the guard held the rest
