"""Roster entries for UI tests, built from real parts: the engine's RosterEntry/RosterDiff,
real GeoResults from the bundled database, real Decisions from a real RuleSet."""

from __future__ import annotations

import random
import time
from dataclasses import replace
from functools import cache

from hostguard.core.geo import GeoResolver, GeoResult
from hostguard.core.participants import Participant
from hostguard.core.rules import parse_rules
from hostguard.engine.engine import RosterDiff, RosterEntry

__all__ = ["RosterDiff", "RosterEntry", "crowd", "entry", "with_sync"]

RULES = """
version = 1
[[rule]]
name = "Waiting room for CN"
action = "waiting_room"
countries = ["CN"]
[[rule]]
name = "Flag unknown"
action = "flag"
unknown = true
"""

# Addresses whose country the bundled DB-IP file knows (checked by tests, not assumed).
KNOWN = {
    "8.8.8.8": "US",
    "1.0.1.1": "CN",
    "81.2.69.160": "GB",
    "2.16.0.1": "BR",
}
PRIVATE_IP = "192.168.1.20"
UNKNOWN_IP = "3fff:ffff::1"  # global unicast, not in the bundled database


@cache
def resolver() -> GeoResolver:
    return GeoResolver()


@cache
def ruleset():
    return parse_rules(RULES)[0]


def entry(
    pid: str,
    name: str = "Ann",
    ip: str = "8.8.8.8",
    *,
    role: str = "attendee",
    status: str = "joined",
    sync: str = "none",
    sync_detail: str = "",
    email: str = "",
    joined_at: str | None = "2026-11-28T02:00:00Z",
    geo: GeoResult | None = None,
) -> RosterEntry:
    p = Participant(id=pid, name=name, email=email or f"{pid}@example.com", role=role, ip=ip, status=status, joined_at=joined_at)
    g = geo if geo is not None else resolver().lookup(ip)
    d = ruleset().evaluate(p, g)
    return RosterEntry(participant=p, geo=g, decision=d, sync=sync, sync_detail=sync_detail, updated=time.time())


def with_sync(e: RosterEntry, sync: str, detail: str = "") -> RosterEntry:
    return replace(e, sync=sync, sync_detail=detail)


def crowd(n: int, seed: int = 1, prefix: str = "p") -> list[RosterEntry]:
    """n entries with random public IPv4 addresses (real lookups), some private and empty."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        r = rnd.random()
        if r < 0.03:
            ip = ""
        elif r < 0.06:
            ip = f"10.{rnd.randrange(256)}.{rnd.randrange(256)}.{rnd.randrange(1, 255)}"
        else:
            ip = f"{rnd.randrange(1, 224)}.{rnd.randrange(256)}.{rnd.randrange(256)}.{rnd.randrange(1, 255)}"
        out.append(entry(f"{prefix}{i}", f"Person {i}", ip))
    return out


def no_address_geo() -> GeoResult:
    return resolver().lookup("")


def unknown_geo() -> GeoResult:
    """A public address the database does not cover (status unknown)."""
    return resolver().lookup(UNKNOWN_IP)
