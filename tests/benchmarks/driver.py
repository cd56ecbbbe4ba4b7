"""The UI benchmark's stream of joins and leaves, in a process of its own.

The benchmark measures the app's GUI thread. The load it puts on the simulated service (a
few dozen HTTP requests a second) stands in for the outside world, like the simulator in
`simproc.py`, so it runs here, outside the measured process: a thread of the app's process
would take the interpreter lock from the GUI thread, which no real meeting does.

    python -m tests.benchmarks.driver URL --joins 200 --leaves 50 [--seed 1]

runs until standard input closes, then exits 0; a failed request is printed on standard
error and ends it with status 1.
"""

from __future__ import annotations

import argparse
import random
import select
import sys
import time


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("url")
    ap.add_argument("--joins", type=int, default=200, help="joins a second")
    ap.add_argument("--leaves", type=int, default=50, help="leaves a second")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    import requests

    s = requests.Session()
    rnd = random.Random(args.seed)
    try:
        state = s.get(f"{args.url}/_sim/state", timeout=60)
        state.raise_for_status()
        ids = [p["id"] for p in state.json()["participants"]
               if p["role"] == "attendee" and p["status"] in ("joined", "waiting")]  # fmt: skip
        rnd.shuffle(ids)
        print("ready", flush=True)
        tick = 0.1
        per_tick_join = max(1, round(args.joins * tick))
        per_tick_leave = max(0, round(args.leaves * tick))
        next_at = time.perf_counter()
        while True:
            s.post(f"{args.url}/_sim/join", json={"count": per_tick_join}, timeout=10).raise_for_status()
            for _ in range(per_tick_leave):
                if ids:
                    s.post(f"{args.url}/_sim/leave", json={"participant_id": ids.pop()}, timeout=10)
            next_at += tick
            ready, _, _ = select.select([sys.stdin], [], [], max(0.0, next_at - time.perf_counter()))
            if ready and not sys.stdin.read(1):  # closed: the benchmark is done
                return 0
    except Exception as exc:
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        s.close()


if __name__ == "__main__":
    sys.exit(main())
