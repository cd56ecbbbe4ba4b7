"""`hostguard watch` and `hostguard audit export` as a user runs them: real processes against
the real simulator, kill -9 in the middle, wrong tokens, the guard, dry runs, the audit trail."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import time

import keyring
import pytest
import requests
from keyring.backend import KeyringBackend

from hostguard.cli import main
from hostguard.engine.store import DB_NAME, Store
from tests.engine.helpers import (
    check_end_state,
    child_env,
    expected_actions,
    run_watch,
    watch_cmd,
    write_rules,
)

pytestmark = pytest.mark.slow


def wait_for(pred, timeout: float = 60.0, proc: subprocess.Popen | None = None) -> None:
    """Wait for a condition on the simulator's or the outbox's state (not a fixed sleep)."""
    deadline = time.monotonic() + timeout
    while not pred():
        if proc is not None and proc.poll() is not None:
            raise AssertionError(
                f"watch ended early with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}"
            )
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        time.sleep(0.005)


def test_once_reaches_the_exact_end_state_and_prints_a_summary(simulator, tmp_path):
    sim = simulator(participants=2000, seed=1)
    rules = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules)
    r = run_watch(watch_cmd(sim, rules, tmp_path / "s", "--apply", "--once"))
    assert r.returncode == 0, r.stderr
    check_end_state(sim.state(), expected)
    assert (
        f"summary: applied {len(expected)}, failed 0, unsupported 0, manual 0, pending 0"
        in r.stdout
    )


def test_kill_9_twice_then_resume_without_repeats_or_gaps(simulator, tmp_path):
    sim = simulator(participants=1500, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules)
    assert len(expected) > 150
    state_dir = tmp_path / "s"
    # One action per request, so the kills land in the middle of the run.
    cmd = watch_cmd(sim, rules, state_dir, "--apply", "--once", "--batch-size", "1")
    for threshold in (20, 80):
        proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env()
        )
        try:
            wait_for(lambda t=threshold: len(sim.state()["actions"]) >= t, proc=proc)
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
        assert proc.returncode == -signal.SIGKILL
        assert len(sim.state()["actions"]) < len(expected)  # really killed mid-run
    with Store(state_dir) as store:
        assert store.open_count("reference", sim.meeting_id) > 0  # work left for the rerun
    r = run_watch(cmd)
    assert r.returncode == 0, r.stderr
    check_end_state(sim.state(), expected)
    with Store(state_dir) as store:
        counts = store.counts("reference", sim.meeting_id)
    assert counts["queued"] == counts["sending"] == counts["failed"] == 0
    assert counts["applied"] <= len(
        expected
    )  # someone already moved on the service is skipped, not resent


def test_ctrl_c_mid_run_prints_the_summary_and_a_rerun_completes_without_repeats(
    simulator, tmp_path
):
    sim = simulator(participants=1500, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules)
    state_dir = tmp_path / "s"
    cmd = watch_cmd(sim, rules, state_dir, "--apply", "--once", "--batch-size", "1")
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env()
    )
    try:
        wait_for(lambda: len(sim.state()["actions"]) >= 20, proc=proc)
        proc.send_signal(signal.SIGINT)  # what Ctrl+C sends
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "stopping (the outbox is consistent" in err
    assert "summary: applied " in out
    done = len(sim.state()["actions"])
    assert done < len(expected)  # really stopped mid-run
    with Store(state_dir) as store:
        counts = store.counts("reference", sim.meeting_id)
        assert counts["sending"] == 0  # nothing left in flight: in-flight rows went back to the queue
        assert counts["queued"] > 0
        # every decision in the outbox has its audit row
        keys = [r.key for r in store.rows("reference", sim.meeting_id)]
        assert len(store.audit_values(keys, "action")) == len(keys)
    r = run_watch(cmd)
    assert r.returncode == 0, r.stderr
    check_end_state(sim.state(), expected)  # each action exactly once, none missing


def test_wrong_token_exits_3_in_bounded_time(simulator, tmp_path):
    sim = simulator(participants=50, seed=1)
    rules = write_rules(tmp_path / "r.toml")
    started = time.monotonic()
    r = run_watch(watch_cmd(sim, rules, tmp_path / "s", "--apply", "--once", token="not-the-token"))
    assert r.returncode == 3, r.stderr
    assert time.monotonic() - started < 30
    assert "refused the credentials" in r.stderr
    assert "not-the-token" not in r.stderr + r.stdout
    assert sim.state()["actions"] == []


def test_unknown_meeting_is_a_usage_error(simulator, tmp_path):
    sim = simulator(participants=50, seed=1)
    rules = write_rules(tmp_path / "r.toml")
    cmd = watch_cmd(sim, rules, tmp_path / "s", "--once")
    cmd[cmd.index("--meeting") + 1] = "no-such-meeting"
    r = run_watch(cmd)
    assert r.returncode == 2 and "not found" in r.stderr


def test_guard_exits_4_and_sends_nothing(simulator, tmp_path):
    sim = simulator(participants=300, seed=3)
    rules = write_rules(tmp_path / "r.toml", share=0.01)
    r = run_watch(watch_cmd(sim, rules, tmp_path / "s", "--apply", "--once"))
    assert r.returncode == 4, r.stderr
    assert "max_action_share" in r.stderr and "--force" in r.stderr
    assert sim.state()["actions"] == []
    with Store(tmp_path / "s") as store:
        assert store.rows("reference", sim.meeting_id) == []
    # With --force it goes ahead.
    r = run_watch(watch_cmd(sim, rules, tmp_path / "s", "--apply", "--once", "--force"))
    assert r.returncode == 0, r.stderr
    assert sim.state()["actions"]


def test_dry_run_prints_what_it_would_do_and_sends_nothing(simulator, tmp_path):
    sim = simulator(participants=300, seed=3)
    rules = write_rules(tmp_path / "r.toml", share=0.01)  # the guard does not stop a dry run
    expected = expected_actions(sim.state(), rules)
    r = run_watch(watch_cmd(sim, rules, tmp_path / "s", "--once"))
    assert r.returncode == 0, r.stderr
    assert sim.state()["actions"] == []
    assert f"{len(expected)} action(s) would be sent" in r.stdout
    assert "nothing was sent" in r.stdout and "above the limit" in r.stdout
    some = next(iter(expected))
    assert any(line.startswith(some) and "would send" in line for line in r.stdout.splitlines())


def test_audit_export_contents(simulator, tmp_path):
    sim = simulator(participants=400, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules)
    state_dir = tmp_path / "s"
    assert run_watch(watch_cmd(sim, rules, state_dir, "--apply", "--once")).returncode == 0
    out = subprocess.run(
        [
            *watch_cmd(sim, rules, state_dir)[:3],
            "audit",
            "export",
            "--format",
            "json",
            "--state-dir",
            str(state_dir),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=child_env(),
    )
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    acted = {r["participant_id"]: r for r in rows if r["action"] != "flag"}
    assert {k: r["action"] for k, r in acted.items()} == expected
    names = {p["id"]: p["name"] for p in sim.state()["participants"]}
    for pid, r in acted.items():
        assert (
            r["outcome"] == "applied"
            and r["meeting_id"] == sim.meeting_id
            and r["service"] == "reference"
        )
        assert r["participant_name"] == names[pid] and r["actor"].startswith("hostguard watch")
        assert r["rule"] and r["reason"].endswith(f"rule '{r['rule']}'")
        assert r["country"] and r["continent"] and r["network"] and r["database"] == "DB-IP"
        assert r["at"].endswith("Z") and r["settled_at"].endswith("Z")
    # No participant's address appears anywhere in the export.
    text = out.stdout
    for p in sim.state()["participants"]:
        if p["ip_address"]:
            assert f'"{p["ip_address"]}"' not in text and f" {p['ip_address']}" not in text
    out_csv = subprocess.run(
        [*watch_cmd(sim, rules, state_dir)[:3], "audit", "export", "--state-dir", str(state_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env=child_env(),
    )
    table = list(csv.DictReader(io.StringIO(out_csv.stdout)))
    assert len(table) == len(rows) and table[0].keys() == rows[0].keys()


def test_the_token_never_appears_in_state_logs_or_output(simulator, tmp_path):
    secret = "tok-SECRET-9f8e7d6c"
    sim = simulator(participants=300, seed=3, token=secret, fault_rate=0.1, slow_delay=0.2)
    rules = write_rules(tmp_path / "r.toml")
    state_dir = tmp_path / "s"
    cmd = watch_cmd(sim, rules, state_dir, "--apply", "--once", token=secret)
    cmd[3:3] = ["-v", "-v"]  # debug logging, everything the libraries say
    r = run_watch(cmd)
    assert r.returncode == 0, r.stderr
    assert "DEBUG" in r.stderr  # the logs were really on
    out = subprocess.run(
        [*cmd[:3], "audit", "export", "--format", "json", "--state-dir", str(state_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env=child_env(),
    )
    bad = subprocess.run(
        [*watch_cmd(sim, rules, tmp_path / "t", "--apply", "--once", token=secret + "x")],
        capture_output=True,
        text=True,
        timeout=60,
        env=child_env(),
    )
    assert bad.returncode == 3
    for text in (r.stdout, r.stderr, out.stdout, out.stderr, bad.stdout, bad.stderr):
        assert secret not in text
    files = [p for p in state_dir.rglob("*") if p.is_file()]
    assert any(p.name == DB_NAME for p in files)
    for p in files:
        assert secret.encode() not in p.read_bytes(), p


def test_continuous_watch_acts_on_joiners_and_stops_cleanly(simulator, tmp_path):
    sim = simulator(participants=200, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules)
    state_dir = tmp_path / "s"
    proc = subprocess.Popen(
        watch_cmd(sim, rules, state_dir, "--apply"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        wait_for(lambda: len(sim.state()["actions"]) >= len(expected), proc=proc)
        joined = requests.post(
            sim.url + "/_sim/join", json={"count": 4, "country": "RU"}, timeout=5
        ).json()["participants"]
        for p in joined:
            expected[p["id"]] = "remove"
        wait_for(lambda: len(sim.state()["actions"]) >= len(expected), proc=proc)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    check_end_state(sim.state(), expected)
    assert "summary:" in out and "stopping" in err
    with Store(state_dir) as store:
        assert store.open_count("reference", sim.meeting_id) == 0


class DictKeyring(KeyringBackend):
    """A real keyring backend holding secrets in memory (no OS keyring in tests)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    old = keyring.get_keyring()
    kr = DictKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(old)


def test_token_from_environment_then_keyring(
    simulator, tmp_path, memory_keyring, monkeypatch, capsys
):
    sim = simulator(participants=100, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    base = [
        "watch",
        "--service",
        "reference",
        "--url",
        sim.url,
        "--meeting",
        sim.meeting_id,
        "--rules",
        str(rules),
        "--once",
    ]
    assert main([*base, "--state-dir", str(tmp_path / "a")]) == 2
    assert "hostguard credentials set --service reference" in capsys.readouterr().err
    memory_keyring.set_password("HostGuard", "reference:token", sim.token)
    assert main([*base, "--state-dir", str(tmp_path / "b")]) == 0
    monkeypatch.setenv(
        "HOSTGUARD_TOKEN", "wrong-from-env"
    )  # the environment comes before the keyring
    assert main([*base, "--state-dir", str(tmp_path / "c")]) == 3
    assert (
        main([*base, "--state-dir", str(tmp_path / "d"), "--token", sim.token]) == 0
    )  # --token first


def test_a_failing_keyring_is_just_no_token(simulator, tmp_path, capsys):
    from keyring.backends import fail

    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        sim = simulator(participants=20, seed=3)
        rules = write_rules(tmp_path / "r.toml")
        rc = main(
            [
                "watch",
                "--service",
                "reference",
                "--url",
                sim.url,
                "--meeting",
                sim.meeting_id,
                "--rules",
                str(rules),
            ]
        )
    finally:
        keyring.set_keyring(old)
    err = capsys.readouterr().err
    assert rc == 2 and "API token missing" in err and "HOSTGUARD_TOKEN" in err


def test_usage_errors(simulator, tmp_path, capsys):
    rules = write_rules(tmp_path / "r.toml")
    assert (
        main(
            [
                "watch",
                "--service",
                "reference",
                "--meeting",
                "m",
                "--rules",
                str(rules),
                "--token",
                "t",
            ]
        )
        == 2
    )
    assert "--url" in capsys.readouterr().err
    # Zoom with only a client secret (--token): the rest of its credentials are missing.
    assert (
        main(
            ["watch", "--service", "zoom", "--meeting", "m", "--rules", str(rules), "--token", "t"]
        )
        == 2
    )
    assert "zoom" in capsys.readouterr().err.lower()
    # A state database that is not ours is refused and left untouched.
    d = tmp_path / "s"
    d.mkdir()
    (d / DB_NAME).write_bytes(b"garbage" * 50)
    sim = simulator(participants=20, seed=3)
    rc = main(
        [
            "watch",
            "--service",
            "reference",
            "--url",
            sim.url,
            "--meeting",
            sim.meeting_id,
            "--rules",
            str(rules),
            "--token",
            sim.token,
            "--state-dir",
            str(d),
            "--apply",
            "--once",
        ]
    )
    assert rc == 2 and "left untouched" in capsys.readouterr().err
    assert (d / DB_NAME).read_bytes() == b"garbage" * 50
    assert sim.state()["actions"] == []


def test_progress_is_one_updating_line_on_a_terminal(simulator, tmp_path):
    pty = pytest.importorskip("pty")
    import os

    sim = simulator(participants=600, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        watch_cmd(sim, rules, tmp_path / "s", "--apply", "--once", "--batch-size", "5"),
        stdout=subprocess.PIPE,
        stderr=slave,
        text=True,
        env=child_env(),
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    out = proc.stdout.read()
    proc.stdout.close()
    assert proc.wait(30) == 0
    term = b"".join(chunks).decode()
    assert "\rparticipants 600 · sent" in term and "pending 0" in term
    assert "summary: applied" in out


def test_default_state_dir_and_audit_export_of_every_meeting(simulator, tmp_path, capsys):
    from hostguard.cli.watch import default_state_dir

    d = default_state_dir("reference", "../../etc/passwd")
    assert d.parent.name == "HostGuard" and ".." not in d.name and "/" not in d.name
    assert default_state_dir("zoom", "85 1234 5678").name == "zoom-85_1234_5678"
    # the app keeps a meeting's state in the same folder (one history, whichever is used)
    from hostguard.ui.session import default_state_dir as app_dir

    for service, meeting in (("zoom", "webinar:812 3456"), ("reference", "x" * 200), ("webex", "a/b\\c")):
        assert app_dir(service, meeting) == default_state_dir(service, meeting)
    sim = simulator(participants=300, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules)
    base = [
        "watch",
        "--service",
        "reference",
        "--url",
        sim.url,
        "--meeting",
        sim.meeting_id,
        "--rules",
        str(rules),
        "--token",
        sim.token,
    ]
    assert main([*base, "--apply", "--once"]) == 0
    assert (default_state_dir("reference", sim.meeting_id) / DB_NAME).is_file()
    capsys.readouterr()
    assert main(["audit", "export", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["participant_id"] for r in rows if r["action"] != "flag"} == set(expected)
    assert main(["audit", "export", "--state-dir", str(tmp_path / "nowhere")]) == 2


def test_three_watcher_processes_on_one_meeting_act_once(simulator, tmp_path):
    """Two share a state directory (SQLite across processes), one has its own."""
    sim = simulator(participants=1500, seed=9)
    rules = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules)
    dirs = [tmp_path / "shared", tmp_path / "shared", tmp_path / "own"]
    procs = [
        subprocess.Popen(watch_cmd(sim, rules, d, "--apply", "--once", "--batch-size", "5"), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=child_env())
        for d in dirs
    ]  # fmt: skip
    for p in procs:
        _out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    check_end_state(sim.state(), expected)
    with Store(tmp_path / "shared") as store:
        assert store.open_count("reference", sim.meeting_id) == 0
        assert len(store.rows("reference", sim.meeting_id)) <= len(expected)
