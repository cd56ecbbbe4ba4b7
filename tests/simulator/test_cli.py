"""`hostguard simulate` as a real process: one ready line, a working server, clean stops."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

import pytest
import requests

from hostguard.cli import main
from hostguard.cli.simulate import _is_loopback

READY = re.compile(r"^HostGuard simulator listening on (http://127\.0\.0\.1:(\d+))\n$")


def start(*extra: str) -> subprocess.Popen:
    # stdout is a pipe (block-buffered): the ready line must arrive because it is flushed
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.Popen(
        [sys.executable, "-m", "hostguard", "simulate", "--port", "0", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_ready_line_serves_and_stops_cleanly(sig):
    proc = start(
        "--participants", "120", "--seed", "5", "--meeting-id", "town-hall", "--token", "t0k3n"
    )
    try:
        line = proc.stdout.readline()  # blocks until the simulator says it is ready
        m = READY.match(line)
        assert m, line
        url = m.group(1)
        assert int(m.group(2)) > 0
        r = requests.get(url + "/meetings/town-hall/participants", params={"limit": 1000},
                         headers={"Authorization": "Bearer t0k3n"}, timeout=10)  # fmt: skip
        assert r.status_code == 200 and r.json()["total"] == 120
        assert len(requests.get(url + "/_sim/state", timeout=10).json()["participants"]) == 120
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert out == ""  # nothing after the one ready line
    assert "town-hall" in err and "t0k3n" in err  # for the human at the terminal
    assert "Traceback" not in err
    with pytest.raises(requests.ConnectionError):
        requests.get(url + "/_sim/state", timeout=2)


def test_same_seed_same_people_across_processes():
    states = []
    for _ in range(2):
        proc = start("--participants", "50", "--seed", "42")
        try:
            url = READY.match(proc.stdout.readline()).group(1)
            states.append(requests.get(url + "/_sim/state", timeout=10).json())
            proc.terminate()
            proc.communicate(timeout=15)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert states[0] == states[1]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--fault-rate", "1.5"], "--fault-rate must be between 0 and 1"),
        (["--fault-rate", "-0.1"], "--fault-rate must be between 0 and 1"),
        (["--join-rate", "-2"], "--join-rate must be 0 or more"),
        (["--participants", "0"], "--participants must be from 1"),
        (["--port", "70000"], "--port must be from 0 to 65535"),
        (["--analytics-delay", "-1"], "--analytics-delay must be 0 or more"),
        (["--token", "has space"], "--token must be non-empty"),
        (["--meeting-id", "a/b"], "--meeting-id must be"),
        (["--seed", "x"], "--seed must be a whole number"),
        (["--join-rate", "inf"], "--join-rate must be a number"),
    ],
)
def test_invalid_flags_exit_2_with_a_message(capsys, argv, message):
    with pytest.raises(SystemExit) as exc:  # argparse type errors exit on their own
        code = main(["simulate", *argv])
        raise SystemExit(code)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_port_in_use_is_a_clear_usage_error(capsys, simulator):
    sim = simulator(participants=1)
    port = sim.url.rsplit(":", 1)[1]
    assert main(["simulate", "--port", port]) == 2
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


def test_loopback_detection_for_the_warning():
    assert _is_loopback("127.0.0.1") and _is_loopback("::1") and _is_loopback("localhost")
    assert not _is_loopback("0.0.0.0") and not _is_loopback("192.168.1.10")
