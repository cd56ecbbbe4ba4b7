"""The simulator in a process of its own, for the service benchmarks.

A real meeting service runs elsewhere; with the simulator in the benchmark's own process, its
request handling would share one interpreter lock with the engine (or the GUI) under test and
blur what is being measured. `SimProcess` starts ``python -m tests.benchmarks.simproc`` (which
calls `hostguard.simulator.server.start_simulator` on 127.0.0.1 and prints one JSON line with
the URL, token and meeting id), and stops it when its standard input closes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


class SimProcess:
    """``with SimProcess(participants=50_000) as sim: sim.url, sim.token, sim.meeting_id``."""

    def __init__(self, participants: int = 200, seed: int = 1, start_timeout: float = 60.0) -> None:
        self.args = ["--participants", str(participants), "--seed", str(seed)]
        self.start_timeout = start_timeout
        self.proc: subprocess.Popen[str] | None = None
        self.url = ""
        self.token = ""
        self.meeting_id = ""

    def __enter__(self) -> SimProcess:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.benchmarks.simproc", *self.args],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()  # the child prints as soon as it listens
        if not line:
            self.__exit__()
            raise RuntimeError("the simulator process ended before it was ready")
        info: dict[str, Any] = json.loads(line)
        self.url, self.token, self.meeting_id = info["url"], info["token"], info["meeting_id"]
        return self

    def __exit__(self, *exc: object) -> None:
        p, self.proc = self.proc, None
        if p is None:
            return
        try:
            if p.stdin:
                p.stdin.close()
            p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def main() -> int:
    ap = argparse.ArgumentParser(description="run a simulator until standard input closes")
    ap.add_argument("--participants", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    from hostguard.simulator.server import start_simulator

    sim = start_simulator(host="127.0.0.1", port=0, participants=args.participants, seed=args.seed)
    try:
        print(
            json.dumps({"url": sim.url, "token": sim.token, "meeting_id": sim.meeting_id}),
            flush=True,
        )
        sys.stdin.read()  # until the parent closes it (or dies)
    except BrokenPipeError:  # the parent was stopped before it read the address
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second complaint
    finally:
        sim.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
