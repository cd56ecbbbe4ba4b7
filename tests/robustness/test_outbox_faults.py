"""The outbox under faults, as a user meets them: two `hostguard watch --apply` processes on one
state directory against `hostguard simulate` with injected faults, one killed with SIGKILL at
a random (seeded) point, or stopped past its lease; a disk that fills up during a run or is
full at the start; a state directory on a read-only file system.

Every check is made on the simulator's ground truth (``GET /_sim/state``: every action the
service accepted, repeats included) and on the state database: each implied action done
exactly once, nothing sent that was not recorded first, every run ending within its bound.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from hostguard.engine.store import DB_NAME, Store
from tests.engine.helpers import (
    check_end_state,
    child_env,
    expected_actions,
    watch_cmd,
    write_rules,
)

pytestmark = pytest.mark.slow

TOKEN = "tok-outbox-faults-3b9d"
READY = re.compile(r"HostGuard simulator listening on (http://127\.0\.0\.1:\d+)")
FINISH_WITHIN = 90.0  # seconds a surviving or resumed watcher has to end the run


@dataclass
class SimProcess:
    """`hostguard simulate` as a process; what `watch_cmd` needs to point a watcher at it."""

    url: str
    proc: subprocess.Popen
    meeting_id: str = "demo"
    token: str = TOKEN

    def state(self) -> dict:
        r = requests.get(self.url + "/_sim/state", timeout=30)
        r.raise_for_status()
        return r.json()


@contextlib.contextmanager
def simulate(participants: int, seed: int, fault_rate: float):
    cmd = [sys.executable, "-m", "hostguard", "simulate", "--port", "0", "--participants",
           str(participants), "--seed", str(seed), "--fault-rate", str(fault_rate), "--token", TOKEN]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=child_env())  # fmt: skip
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(proc.stdout.readline()), daemon=True)
    reader.start()
    reader.join(60)
    try:
        m = READY.search(line[0] if line else "")
        assert m, f"the simulator did not report ready: {line!r}"
        yield SimProcess(m.group(1), proc)
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()


def start_watch(sim, rules: Path, state_dir: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        watch_cmd(sim, rules, state_dir, "--apply", "--once", *extra),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(),
    )  # fmt: skip


def finish(proc: subprocess.Popen, what: str, timeout: float = FINISH_WITHIN) -> tuple[str, str]:
    try:
        return proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
        raise AssertionError(f"{what} did not end within {timeout:g} s; stderr tail: {err[-800:]}") from None


def wait_until(pred, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not reached within {timeout:g} s")
        time.sleep(0.01)


def wait_stopped(proc: subprocess.Popen, within: float = 5.0) -> None:
    """Until every thread of ``proc`` is stopped (Linux: state T in /proc)."""
    deadline = time.monotonic() + within
    tasks = Path(f"/proc/{proc.pid}/task")
    while time.monotonic() < deadline:
        states = []
        for stat in tasks.glob("*/stat"):
            with contextlib.suppress(OSError):
                states.append(stat.read_text().rsplit(")", 1)[1].split()[0])
        if states and all(st in ("T", "t") for st in states):
            return
        time.sleep(0.001)
    raise AssertionError(f"process {proc.pid} did not stop within {within} s")


def stop_outside_a_transaction(proc: subprocess.Popen, db: Path) -> None:
    """SIGSTOP ``proc`` at a moment it holds no write lock on the database, as a process
    stuck in a network call would be. (Frozen inside a transaction, it would block every
    other process's writes, leases or not: SQLite cannot take a lock from a live process.)"""
    for _ in range(500):
        proc.send_signal(signal.SIGSTOP)
        wait_stopped(proc)  # a signal is delivered later: until then it may begin a transaction
        conn = sqlite3.connect(db, timeout=0.2, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            return
        except sqlite3.OperationalError:  # caught inside a transaction: let it go on a little
            proc.send_signal(signal.SIGCONT)
            time.sleep(0.005)
        finally:
            conn.close()
    raise AssertionError("could not stop the watcher outside a transaction")


def outbox_is_settled(state_dir: Path, meeting_id: str) -> None:
    with Store(state_dir) as store:
        counts = store.counts("reference", meeting_id)
    assert counts["queued"] == counts["sending"] == 0, counts


# -- Deliver 2: two processes on one state directory, one killed at a random point ----------------
@pytest.mark.parametrize("seed", [101, 202, 303])
def test_two_watchers_one_killed_at_a_random_point_every_action_exactly_once(tmp_path, seed):
    rng = random.Random(seed)
    with simulate(participants=400, seed=seed, fault_rate=0.1) as sim:
        rules = write_rules(tmp_path / "r.toml")
        expected = expected_actions(sim.state(), rules)
        assert len(expected) > 30
        state_dir = tmp_path / "shared"
        # One action per request and a short lease, so that the kill lands with rows in
        # flight and a stalled holder would be waited for briefly.
        extra = ("--batch-size", "1", "--lease-seconds", "3")
        watchers = [start_watch(sim, rules, state_dir, *extra) for _ in range(2)]
        victim = rng.randrange(2)
        point = rng.randint(1, len(expected) * 3 // 4)  # actions done when the kill comes
        try:
            wait_until(
                lambda: len(sim.state()["actions"]) >= point or watchers[victim].poll() is not None,
                FINISH_WITHIN, f"{point} actions done",
            )  # fmt: skip
            killed_mid_run = watchers[victim].poll() is None
            watchers[victim].send_signal(signal.SIGKILL)
            watchers[victim].communicate(timeout=30)
            survivor = watchers[1 - victim]
            out, err = finish(survivor, "the surviving watcher")
        finally:
            for w in watchers:
                if w.poll() is None:
                    w.kill()
                    w.communicate()
        assert killed_mid_run, "the victim ended before the kill; choose another kill point"
        assert watchers[victim].returncode == -signal.SIGKILL
        assert survivor.returncode == 0, err[-2000:]
        assert "Traceback" not in err
        # Ground truth: every implied action exactly once, none missing, none extra.
        check_end_state(sim.state(), expected)
        outbox_is_settled(state_dir, sim.meeting_id)
        assert "pending 0" in out


def test_a_watcher_stalled_past_its_lease_is_taken_over_and_its_late_answers_change_nothing(tmp_path):
    """SIGSTOP: the holder is alive (its process id exists) but does nothing: its rows are
    taken back only when the lease runs out; resumed, it finishes without doing anything twice."""
    with simulate(participants=400, seed=404, fault_rate=0.1) as sim:
        rules = write_rules(tmp_path / "r.toml")
        expected = expected_actions(sim.state(), rules)
        state_dir = tmp_path / "shared"
        extra = ("--batch-size", "1", "--lease-seconds", "2")
        stalled = start_watch(sim, rules, state_dir, *extra)
        try:
            wait_until(lambda: len(sim.state()["actions"]) >= 5, FINISH_WITHIN, "5 actions done")
            stop_outside_a_transaction(stalled, state_dir / DB_NAME)
            held = []
            with Store(state_dir) as store:
                held = [r for r in store.rows("reference", sim.meeting_id, ("sending",))
                        if f"/{stalled.pid}/" in r.lease_owner]  # fmt: skip
            other = start_watch(sim, rules, state_dir, *extra)
            _out, err = finish(other, "the second watcher (while the first is stopped)")
            assert other.returncode == 0, err[-2000:]
            assert stalled.poll() is None  # still there, stopped: the lease ran out, not the process
            check_end_state(sim.state(), expected)
            with Store(state_dir) as store:
                for r in held:  # what it held went to the second watcher, settled once
                    assert store.get(r.key).state == "applied", r
        except BaseException:
            with contextlib.suppress(ProcessLookupError):
                stalled.kill()  # no process left behind for a later test to trip over
            stalled.wait()
            raise
        finally:
            with contextlib.suppress(ProcessLookupError):
                stalled.send_signal(signal.SIGCONT)
        _out, err = finish(stalled, "the resumed watcher")
        assert stalled.returncode == 0, err[-2000:]
        check_end_state(sim.state(), expected)  # its late requests were replays, not repeats
        outbox_is_settled(state_dir, sim.meeting_id)


# -- disk full, read-only -------------------------------------------------------------------------
class SmallDisk:
    """A real small file system (tmpfs) mounted at ``path``, that can be filled to the last
    byte or remounted read-only. Needs the right to mount (root, or CAP_SYS_ADMIN)."""

    def __init__(self, path: Path, size: str = "8m") -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
                           capture_output=True, text=True)  # fmt: skip
        if r.returncode != 0:
            pytest.skip(f"cannot mount a small file system here: {r.stderr.strip()}")
        self.filler = path / "filler.bin"

    def fill(self) -> None:
        """Take every free byte (what a full disk is: writes fail with ENOSPC)."""
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for size in (1 << 20, 1 << 16, 4096, 512, 1):
                while True:
                    try:
                        os.write(fd, b"\0" * size)
                    except OSError:
                        break
        finally:
            os.close(fd)
        assert os.statvfs(self.path).f_bavail == 0

    def free(self) -> None:
        self.filler.unlink()

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True)

    def close(self) -> None:
        subprocess.run(["umount", "-l", str(self.path)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("mounts a tmpfs")
    disk = SmallDisk(tmp_path / "state")
    yield disk
    disk.close()


def test_disk_full_during_a_run_ends_with_exit_2_and_nothing_sent_unrecorded(simulator, tmp_path, small_disk):
    sim = simulator(participants=1500, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    expected = expected_actions(sim.state(), rules)
    db = small_disk.path / DB_NAME
    proc = start_watch(sim, rules, small_disk.path, "--batch-size", "1")
    try:
        wait_until(lambda: len(sim.state()["actions"]) >= 10 or proc.poll() is not None,
                   FINISH_WITHIN, "10 actions done")  # fmt: skip
        assert proc.poll() is None, "the run ended before the disk filled up"
        small_disk.fill()
        _out, err = finish(proc, "the watcher on a full disk")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 2, err[-2000:]
    assert str(db) in err and "the disk is full" in err
    assert "Traceback" not in err and "no transaction is active" not in err
    done = sim.state()["actions"]
    assert 10 <= len(done) < len(expected)  # stopped mid-run
    # Nothing was sent that had not been recorded first: every action the service accepted
    # has its outbox row, taken for sending (committed) or settled.
    small_disk.free()
    with sqlite3.connect(db) as conn:
        rows = {(p, a): s for p, a, s in conn.execute("SELECT participant_id, action, state FROM outbox")}
    conn.close()
    for a in done:
        assert rows.get((a["participant_id"], a["action"])) in ("sending", "applied"), a
    # With space again, a rerun finishes the work, each action exactly once.
    proc = start_watch(sim, rules, small_disk.path)
    _out, err = finish(proc, "the rerun")
    assert proc.returncode == 0, err[-2000:]
    check_end_state(sim.state(), expected)


def test_disk_full_at_start_exits_2_with_the_real_cause(simulator, tmp_path, small_disk):
    sim = simulator(participants=50, seed=1)
    rules = write_rules(tmp_path / "r.toml")
    small_disk.fill()
    proc = start_watch(sim, rules, small_disk.path)
    _out, err = finish(proc, "the watcher on a full disk")
    assert proc.returncode == 2, err
    assert str(small_disk.path / DB_NAME) in err and "the disk is full" in err
    assert "no transaction is active" not in err and "Traceback" not in err
    assert sim.state()["actions"] == []


def test_an_existing_state_database_on_a_read_only_file_system_exits_2_naming_it(
    simulator, tmp_path, small_disk
):
    sim = simulator(participants=300, seed=2)
    rules = write_rules(tmp_path / "r.toml")
    proc = start_watch(sim, rules, small_disk.path)
    _out, err = finish(proc, "the first run")
    assert proc.returncode == 0, err
    before = len(sim.state()["actions"])
    requests.post(sim.url + "/_sim/join", json={"count": 40, "country": "RU"}, timeout=30).raise_for_status()
    small_disk.read_only()
    proc = start_watch(sim, rules, small_disk.path)
    _out, err = finish(proc, "the run on a read-only file system")
    assert proc.returncode == 2, err
    assert str(small_disk.path / DB_NAME) in err and "read-only" in err
    assert "Traceback" not in err
    assert len(sim.state()["actions"]) == before  # nothing sent that could not be recorded


def test_disk_full_while_following_a_meeting_ends_with_exit_2(simulator, tmp_path, small_disk):
    """Without --once (following the meeting, acting on people as they join): the same end,
    not a watcher that keeps running while nothing can be recorded."""
    sim = simulator(participants=1500, seed=3)
    rules = write_rules(tmp_path / "r.toml")
    cmd = watch_cmd(sim, rules, small_disk.path, "--apply", "--batch-size", "1")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=child_env())  # fmt: skip
    try:
        wait_until(lambda: len(sim.state()["actions"]) >= 10 or proc.poll() is not None,
                   FINISH_WITHIN, "10 actions done")  # fmt: skip
        assert proc.poll() is None, "the watcher ended before the disk filled up"
        small_disk.fill()
        _out, err = finish(proc, "the following watcher on a full disk")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 2, err[-2000:]
    assert str(small_disk.path / DB_NAME) in err and "the disk is full" in err
    assert "Traceback" not in err
