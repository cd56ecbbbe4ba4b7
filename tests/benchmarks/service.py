"""Service-side benchmarks: listing the roster, draining the outbox, enforcing on new joiners.

Each function starts its own simulator process (`SimProcess`), runs the real reference adapter
and engine against it over loopback, stops everything and returns a dict of figures. The
definitions are in run.py's docstring.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from typing import Any

import requests

from hostguard.core.geo import GeoResolver
from hostguard.core.rules import parse_rules
from hostguard.engine.engine import Engine
from hostguard.services.reference import ReferenceAdapter
from tests.benchmarks.simproc import SimProcess

PAGE = 1000  # the reference adapter's page size, used by the bare loop too


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# -- roster_vs_bare_http ----------------------------------------------------------------------
def bare_roster(url: str, token: str, meeting_id: str) -> int:
    """The baseline: a requests.Session over the same pages, JSON decoded, nothing else."""
    with requests.Session() as s:
        s.headers["Authorization"] = f"Bearer {token}"
        cursor: str | None = None
        n = 0
        while True:
            params: dict[str, Any] = {"limit": PAGE}
            if cursor:
                params["cursor"] = cursor
            r = s.get(f"{url}/meetings/{meeting_id}/participants", params=params, timeout=30)
            r.raise_for_status()
            data = r.json()
            n += len(data["participants"])
            cursor = data["next_cursor"]
            if not cursor:
                return n


def bench_roster(n: int, repeat: int = 3) -> dict[str, float]:
    with SimProcess(participants=n) as sim:
        adapter = ReferenceAdapter(sim.url, sim.token)
        bare_n = bare_roster(sim.url, sim.token, sim.meeting_id)  # warm both sides once
        ours_n = len(adapter.fetch_roster(sim.meeting_id).participants)
        if bare_n != n or ours_n != n:
            raise RuntimeError(f"listed {bare_n} (bare) and {ours_n} (adapter), expected {n}")
        t_bare, t_ours = float("inf"), float("inf")
        for _ in range(repeat):  # interleaved, so a noisy moment hits both sides alike
            t = time.perf_counter()
            bare_roster(sim.url, sim.token, sim.meeting_id)
            t_bare = min(t_bare, time.perf_counter() - t)
            t = time.perf_counter()
            adapter.fetch_roster(sim.meeting_id)
            t_ours = min(t_ours, time.perf_counter() - t)
        # The engine's first roster on top: listing, geolocation, rules, entries.
        with tempfile.TemporaryDirectory() as d:
            rs, _ = parse_rules(CN_RULES)
            eng = Engine(adapter, sim.meeting_id, rs, GeoResolver(), d)
            t = time.perf_counter()
            eng.refresh()
            t_engine = time.perf_counter() - t
            eng.close()
        adapter.close()
    return {
        "roster_vs_bare_http": round(t_ours / t_bare, 2),
        "roster_bare_s": round(t_bare, 3),
        "roster_adapter_s": round(t_ours, 3),
        "engine_first_roster_s": round(t_engine, 3),
    }


# -- drain_10k_s --------------------------------------------------------------------------------
REMOVE_ALL = 'version = 1\nmax_action_share = 1.0\ndefault = "remove"\n'
CN_RULES = (
    'version = 1\nmax_action_share = 1.0\n[[rule]]\nname = "China to the waiting room"\n'
    'action = "waiting_room"\ncountries = ["CN"]\n'
)


def bench_drain(count: int = 10_000) -> dict[str, float]:
    extra = 100  # hosts and co-hosts are exempt: a few more people than actions
    with SimProcess(participants=count + extra, seed=3) as sim, tempfile.TemporaryDirectory() as d:
        rs, _ = parse_rules(REMOVE_ALL)
        adapter = ReferenceAdapter(sim.url, sim.token)
        eng = Engine(adapter, sim.meeting_id, rs, GeoResolver(), d, apply=True)
        try:
            eng.refresh()
            todo = list(eng.preview().to_send)
            if len(todo) < count:
                raise RuntimeError(f"only {len(todo)} participants to act on, expected {count}")
            eng.start(follow=False)  # the senders only: nothing else competes
            t0 = time.perf_counter()
            res = eng.apply(force=True, participant_ids=todo[:count])
            t_queued = time.perf_counter() - t0
            if not eng.wait_settled(timeout=120):
                raise RuntimeError(f"not drained after 120 s: {eng.status()}")
            t_drain = time.perf_counter() - t0
            st = eng.status()
        finally:
            eng.close()
            adapter.close()
        truth = requests.get(f"{sim.url}/_sim/state", timeout=30).json()
    recorded = sum(1 for a in truth["actions"] if a["action"] == "remove")
    if res.queued != count or st.applied != count or recorded != count:
        raise RuntimeError(
            f"queued {res.queued}, applied {st.applied}, recorded by the service {recorded}; "
            f"expected {count} each (failed {st.failed})"
        )
    return {
        "drain_10k_s": round(t_drain, 3),
        "drain_queue_s": round(t_queued, 3),
        "drain_actions_per_s": round(count / t_drain),
    }


# -- enforce_p95_s --------------------------------------------------------------------------------
def _start_and_apply(eng: Engine, ready_s: float, settle_s: float) -> None:
    """Follow the service, load the roster, apply once (auto-apply is active from here on)."""
    eng.start(follow=True)
    if not eng.wait_ready(timeout=ready_s):
        raise RuntimeError(f"the engine did not load the roster within {ready_s:.0f} s")
    eng.apply(force=True)
    if not eng.wait_settled(timeout=settle_s):
        raise RuntimeError(f"the initial apply did not settle within {settle_s:.0f} s")


def bench_enforce(
    joins: int = 80,
    pace_s: float = 0.25,
    poll_s: float = 0.01,
    participants: int = 300,
    poll_state: bool = True,
    prefix: str = "enforce",
) -> dict[str, Any]:
    """Joins from CN at a steady pace; the time until the service records the engine's action.

    ``poll_state``: watch ``GET /_sim/state`` (the ground truth). Its answer lists everyone, so
    for a big roster each poll would load the simulator (and lag) by itself: with False, each
    joiner still waiting for the action is looked up with ``GET .../participants/{id}`` instead
    (the status turns ``waiting`` when the action is recorded).
    """
    with SimProcess(participants=participants, seed=5) as sim, tempfile.TemporaryDirectory() as d:
        rs, _ = parse_rules(CN_RULES)
        adapter = ReferenceAdapter(sim.url, sim.token)
        # force: every joiner here is from CN on purpose, which the burst guard (engine/burst.py)
        # would hold after a few; this measures the latency of acting, not the guard.
        eng = Engine(adapter, sim.meeting_id, rs, GeoResolver(), d, apply=True, auto_apply_new=True, force=True)
        http = requests.Session()
        state_url = f"{sim.url}/_sim/state"
        people_url = f"{sim.url}/meetings/{sim.meeting_id}/participants"
        joined_at: dict[str, float] = {}  # participant id -> perf_counter at the join's answer
        seen_at: dict[str, float] = {}  # participant id -> when /_sim/state first showed the action
        joined_srv: dict[str, float] = {}  # participant id -> joined_at on the service's clock
        done = threading.Event()
        errors: list[str] = []

        def poll() -> None:
            s = requests.Session()
            s.headers["Authorization"] = f"Bearer {sim.token}"
            known = 0  # actions are appended in order: look at the new ones only
            while not done.is_set():
                try:
                    if poll_state:
                        actions = s.get(state_url, timeout=10).json()["actions"]
                        now = time.perf_counter()
                        for a in actions[known:]:
                            if a["action"] == "waiting_room":
                                seen_at.setdefault(a["participant_id"], now)
                        known = len(actions)
                    else:
                        for pid in [p for p in list(joined_at) if p not in seen_at]:
                            r = s.get(f"{people_url}/{pid}", timeout=10)
                            if r.json()["status"] == "waiting":
                                seen_at[pid] = time.perf_counter()
                except Exception as exc:  # reported; the figure becomes null
                    errors.append(f"polling the service: {exc}")
                    return
                time.sleep(poll_s)
            s.close()

        try:
            _start_and_apply(eng, 30, 60)
            poller = threading.Thread(target=poll, name="bench-poll", daemon=True)
            poller.start()
            next_at = time.perf_counter()
            for _ in range(joins):
                time.sleep(max(0.0, next_at - time.perf_counter()))
                next_at += pace_s
                t = time.perf_counter()
                r = http.post(
                    f"{sim.url}/_sim/join", json={"count": 1, "country": "CN"}, timeout=10
                )
                r.raise_for_status()
                joiner = r.json()["participants"][0]
                pid = joiner["id"]
                joined_srv[pid] = _ts(joiner["joined_at"])
                # The hook answers after the join happened; take the midpoint of the request.
                joined_at[pid] = (t + time.perf_counter()) / 2
            deadline = time.perf_counter() + 15
            while len(seen_at.keys() & joined_at.keys()) < joins and time.perf_counter() < deadline:
                if errors:
                    break
                time.sleep(0.05)
            done.set()
            poller.join(5)
            truth = http.get(state_url, timeout=10).json()
        finally:
            done.set()
            eng.close()
            adapter.close()
            http.close()
    if errors:
        raise RuntimeError(errors[0])
    missing = [pid for pid in joined_at if pid not in seen_at]
    if missing:
        raise RuntimeError(f"{len(missing)} of {joins} joiners were never acted on within 15 s")
    lat = sorted(seen_at[pid] - joined_at[pid] for pid in joined_at)
    # The service's own clock: join time vs action time (millisecond timestamps).
    server_lat = sorted(
        _ts(a["at"]) - joined_srv[a["participant_id"]]
        for a in truth["actions"]
        if a["action"] == "waiting_room" and a["participant_id"] in joined_srv
    )
    out: dict[str, Any] = {
        f"{prefix}_p95_s": round(_p95(lat), 3),
        f"{prefix}_p50_s": round(statistics.median(lat), 3),
        f"{prefix}_max_s": round(lat[-1], 3),
        f"{prefix}_joins": joins,
        f"{prefix}_roster": participants,
        f"{prefix}_poll_ms": round(poll_s * 1000),
    }
    if server_lat:
        out[f"{prefix}_p95_service_clock_s"] = round(_p95(server_lat), 3)
    return out


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def _ts(value: str) -> float:
    import datetime as dt

    return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


# -- enforce_burst_p95_s ---------------------------------------------------------------------------
def bench_enforce_burst(
    seconds: float = 10.0,
    rate: int = 200,
    participants: int = 50_000,
    acting_share: float = 0.1,
    prefix: str = "enforce_burst",
) -> dict[str, Any]:
    """``rate`` joins a second for ``seconds`` into a meeting of ``participants``, about
    ``acting_share`` of them from CN (the rule's country), the rest from other countries; the
    time from each CN joiner's join to the engine's action, both on the service's clock.

    The joins are posted by tests/benchmarks/burst_driver.py, a process of its own (the outside
    world's load is not charged to the engine's interpreter lock). Nothing polls the service
    during the burst: the join time is the ``joined_at`` the hook answered, the action time the
    action's ``at`` in ``/_sim/state`` (read after the burst), both from the simulator's
    ``time.time()`` in whole milliseconds. Ground truth: every CN joiner acted on exactly once
    (``waiting_room``), no other joiner acted on; otherwise this raises.
    """
    import json
    import subprocess

    from tests.benchmarks.simproc import ROOT

    with SimProcess(participants=participants, seed=9) as sim, tempfile.TemporaryDirectory() as d:
        rs, _ = parse_rules(CN_RULES)
        adapter = ReferenceAdapter(sim.url, sim.token)
        # force: the burst guard (engine/burst.py) would hold a burst like this one on purpose;
        # this measures the latency of acting, not the guard.
        eng = Engine(
            adapter, sim.meeting_id, rs, GeoResolver(), d, apply=True, auto_apply_new=True, force=True
        )
        http = requests.Session()
        http.headers["Authorization"] = f"Bearer {sim.token}"
        people_url = f"{sim.url}/meetings/{sim.meeting_id}/participants"
        try:
            _start_and_apply(eng, 60, 90)
            applied_before = eng.status().applied
            cmd = [sys.executable, "-m", "tests.benchmarks.burst_driver", sim.url,
                   "--rate", str(rate), "--seconds", str(seconds), "--acting", "CN",
                   "--acting-share", str(acting_share)]  # fmt: skip
            drv = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True,
                                 timeout=seconds + 60)  # fmt: skip
            if drv.returncode != 0 or not drv.stdout.strip():
                raise RuntimeError(f"the burst driver ended with exit code {drv.returncode}")
            burst = json.loads(drv.stdout.strip().splitlines()[-1])
            joins = burst["joins"]
            acting = {j["id"] for j in joins if j["country"] == "CN"}
            # After the burst only: watch the CN joiners not yet acted on (a few requests).
            pending = set(acting)
            deadline = time.perf_counter() + 30
            while pending and time.perf_counter() < deadline:
                for pid in list(pending):
                    if http.get(f"{people_url}/{pid}", timeout=10).json()["status"] == "waiting":
                        pending.discard(pid)
                if pending:
                    time.sleep(0.05)
            eng.wait_settled(timeout=30)
            time.sleep(0.5)  # a duplicate action sent late would show in the ground truth
            applied = eng.status().applied - applied_before
            truth = http.get(f"{sim.url}/_sim/state", timeout=60).json()
        finally:
            eng.close()
            adapter.close()
            http.close()
    joined_srv = {j["id"]: _ts(j["joined_at"]) for j in joins}
    acts: dict[str, list[dict[str, str]]] = {}
    for a in truth["actions"]:
        if a["participant_id"] in joined_srv:
            acts.setdefault(a["participant_id"], []).append(a)
    never = [pid for pid in acting if pid not in acts]
    twice = [pid for pid in acting if len(acts.get(pid, ())) > 1]
    wrong = [pid for pid in acts if pid not in acting]
    other_action = [
        pid for pid in acting if any(a["action"] != "waiting_room" for a in acts.get(pid, ()))
    ]
    if never or twice or wrong or other_action or applied != len(acting):
        raise RuntimeError(
            f"of {len(acting)} CN joiners: {len(never)} never acted on within 30 s, {len(twice)} "
            f"acted on more than once, {len(other_action)} with another action; {len(wrong)} other "
            f"joiners acted on; the engine counted {applied} applied"
        )
    lat = sorted(_ts(acts[pid][0]["at"]) - joined_srv[pid] for pid in acting)
    return {
        f"{prefix}_p95_s": round(_p95(lat), 3),
        f"{prefix}_p50_s": round(statistics.median(lat), 3),
        f"{prefix}_max_s": round(lat[-1], 3),
        f"{prefix}_joins": len(joins),
        f"{prefix}_acted": len(acting),
        f"{prefix}_roster": participants,
        f"{prefix}_driver_s": burst["seconds"],
        f"{prefix}_driver_max_late_s": burst["max_late_s"],
    }
