"""Deterministic fault injection: which API requests fail, and how.

One seeded random stream is consulted once per faultable request, in arrival order, under a
lock, so the same seed and the same request sequence give the same faults. Three kinds happen
before the request is processed (429 with Retry-After, 500, 503); three after it (a reset
connection, a response slower than a sane client timeout, a truncated JSON body), so the
change took effect but the client cannot know: that is what idempotency keys are for.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass

BEFORE = ("429", "500", "503")
AFTER = ("reset", "slow", "truncated")
KINDS = BEFORE + AFTER
SLOW_DELAY_S = 8.0  # clients use a 5 s read timeout


@dataclass(frozen=True, slots=True)
class InjectedFault:
    method: str
    path: str
    kind: str


class FaultPlan:
    def __init__(self, rate: float, seed: int) -> None:
        if not 0.0 <= rate <= 1.0:
            raise ValueError("fault rate must be between 0 and 1")
        self.rate = rate
        self._rng = random.Random(f"hostguard-faults-{seed}")
        self._lock = threading.Lock()
        self.log: list[InjectedFault] = []  # every fault injected, in order (for tests)

    def draw(self, method: str, path: str) -> str | None:
        """The fault for this request, or None. Always draws twice so the stream stays
        aligned with the request sequence whatever the rate."""
        with self._lock:
            roll = self._rng.random()
            kind = KINDS[self._rng.randrange(len(KINDS))]
            if roll >= self.rate:
                return None
            self.log.append(InjectedFault(method, path, kind))
            return kind
