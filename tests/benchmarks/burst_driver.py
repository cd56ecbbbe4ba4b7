"""The enforce benchmark's burst of joins, in a process of its own.

The burst benchmark measures the engine (and the service's clock): the joins stand in for the
outside world, like the simulator in `simproc.py`, so they are posted from here, outside the
measured process, where they do not take the interpreter lock from the engine's threads.

    python -m tests.benchmarks.burst_driver URL --rate 200 --seconds 10 [--acting CN]
        [--acting-share 0.1] [--others US,IN,...]

Every tick (0.1 s) posts ``rate / 10`` joins through ``POST /_sim/join``: ``acting-share`` of
them from the ``acting`` country, one at a time, each after a run of joiners from the
``others`` countries (in turn), so the acting joiners are spread through the tick. When done,
prints one JSON line: ``joins`` (per joiner: ``id``, ``country`` asked for, ``joined_at`` as
the service answered it), ``requests``, ``seconds`` (from the first post to the last answer)
and ``max_late_s`` (how far behind its schedule a tick started at worst). A failed request is
printed on standard error and ends it with status 1.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

TICK = 0.1


def tick_plan(per_tick: int, acting: int, acting_country: str, others: list[str], turn: int
              ) -> list[tuple[int, str]]:  # fmt: skip
    """(count, country) requests for one tick: runs of others, each followed by one acting joiner."""
    plan: list[tuple[int, str]] = []
    rest = per_tick - acting
    runs = max(acting, 1)
    for i in range(runs):
        n = rest // runs + (1 if i < rest % runs else 0)
        if n:
            plan.append((n, others[(turn + i) % len(others)]))
        if i < acting:
            plan.append((1, acting_country))
    return plan


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("url")
    ap.add_argument("--rate", type=int, default=200, help="joins a second")
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--acting", default="CN", help="the country the rule acts on")
    ap.add_argument("--acting-share", type=float, default=0.1)
    ap.add_argument("--others", default="US,IN,GB,DE,JP,BR,FR,KR,CA,RU",
                    help="countries of the other joiners, comma-separated")  # fmt: skip
    args = ap.parse_args()
    import requests

    others = [c for c in args.others.split(",") if c and c != args.acting]
    per_tick = max(1, round(args.rate * TICK))
    acting = round(per_tick * args.acting_share)
    ticks = max(1, round(args.seconds / TICK))
    s = requests.Session()
    joins: list[dict[str, str]] = []
    n_requests = 0
    max_late = 0.0
    try:
        start = time.perf_counter()
        for k in range(ticks):
            due = start + k * TICK
            late = time.perf_counter() - due
            if late < 0:
                time.sleep(-late)
            max_late = max(max_late, late)
            for count, country in tick_plan(per_tick, acting, args.acting, others, k):
                r = s.post(f"{args.url}/_sim/join", json={"count": count, "country": country},
                           timeout=10)  # fmt: skip
                r.raise_for_status()
                n_requests += 1
                for p in r.json()["participants"]:
                    joins.append({"id": p["id"], "country": country, "joined_at": p["joined_at"]})
        elapsed = time.perf_counter() - start
    except Exception as exc:
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        s.close()
    print(json.dumps({"joins": joins, "requests": n_requests, "seconds": round(elapsed, 3),
                      "max_late_s": round(max_late, 3)}))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
