"""Shared pieces of the engine and watch tests: rules files, the expected end state computed
independently from the simulator's ground truth, and running `hostguard watch` as a process."""

from __future__ import annotations

import collections
import os
import subprocess
import sys
from pathlib import Path

from hostguard.core.geo import GeoResolver
from hostguard.core.participants import Participant
from hostguard.core.rules import load_rules

RULES = """\
version = 1
default = "allow"
max_action_share = {share}

[exempt]
roles = ["host", "co-host"]

[[rule]]
name = "Waiting room for CN and HK"
action = "waiting_room"
countries = ["CN", "HK"]

[[rule]]
name = "Remove RU"
action = "remove"
countries = ["RU"]

[[rule]]
name = "Block IR"
action = "block"
countries = ["IR", "KP"]

[[rule]]
name = "Flag unknown"
action = "flag"
unknown = true
"""

TARGET = {"waiting_room": "waiting", "remove": "removed", "block": "blocked"}


def write_rules(path: Path, share: float = 0.5) -> Path:
    path.write_text(RULES.format(share=share), encoding="utf-8")
    return path


def expected_actions(state: dict, rules_path: Path) -> dict[str, str]:
    """participant id -> action the rules imply, for everyone present in ``state``."""
    with GeoResolver() as resolver:
        ruleset, _ = load_rules(rules_path, resolver.capabilities())
        out = {}
        for p in state["participants"]:
            if p["status"] not in ("joined", "waiting"):
                continue
            part = Participant(
                id=p["id"],
                name=p["name"],
                email=p["email"] or "",
                role=p["role"],
                ip=p["ip_address"] or "",
                status=p["status"],
            )
            d = ruleset.evaluate(part, resolver.lookup(part.ip))
            if d.enforcing and not (d.action == "waiting_room" and p["status"] == "waiting"):
                out[p["id"]] = d.action
    return out


def check_end_state(state: dict, expected: dict[str, str]) -> None:
    """Exactly the implied actions, each once, and the statuses they imply."""
    acts = [(a["participant_id"], a["action"]) for a in state["actions"]]
    repeats = [k for k, n in collections.Counter(acts).items() if n > 1]
    assert not repeats, f"repeated actions: {repeats[:5]}"
    assert set(acts) == set(expected.items()), (
        f"missing {sorted(set(expected.items()) - set(acts))[:5]}, extra {sorted(set(acts) - set(expected.items()))[:5]}"
    )
    status = {p["id"]: p["status"] for p in state["participants"]}
    for pid, action in expected.items():
        assert status[pid] == TARGET[action], (pid, action, status[pid])


def watch_cmd(
    sim, rules: Path, state_dir: Path, *extra: str, token: str | None = None
) -> list[str]:
    return [
        sys.executable,
        "-m",
        "hostguard",
        "watch",
        "--service",
        "reference",
        "--url",
        sim.url,
        "--meeting",
        sim.meeting_id,
        "--rules",
        str(rules),
        "--state-dir",
        str(state_dir),
        "--token",
        token if token is not None else sim.token,
        *extra,
    ]


def run_watch(
    cmd: list[str], timeout: float = 90.0, env: dict | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        cmd, capture_output=True, text=True, timeout=timeout, env=env or child_env()
    )


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("HOSTGUARD_TOKEN", None)
    env["PYTHONUNBUFFERED"] = "1"
    return env
