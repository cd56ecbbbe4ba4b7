"""Join dynamics: people arriving at a steady rate, and some leaving and rejoining with a new
participant id (as on Zoom), driven by a background thread.

The order of arrivals and the churn decisions come from the seed; when they happen depends on
the clock, so only ``join_rate=0`` (everyone present from the start) gives a fixed roster.
"""

from __future__ import annotations

import contextlib
import heapq
import logging
import random
import threading
import time
from collections import deque

from hostguard.simulator.meeting import Meeting, SimError
from hostguard.simulator.population import Person

log = logging.getLogger(__name__)

CHURN_SHARE = 0.1  # share of arrivals that are someone leaving (to come back a little later)
RETRY_SHARE = 0.03  # share that are a removed or blocked person trying to get back in
AWAY_S = (1.0, 5.0)  # how long a leaver stays away before rejoining
TICK_S = 0.05


class JoinDynamics:
    def __init__(self, meeting: Meeting, arrivals: list[Person], rate: float, seed: int) -> None:
        self.meeting = meeting
        self.rate = rate
        self.pending: deque[Person] = deque(arrivals)
        self.rng = random.Random(f"hostguard-churn-{seed}")
        self.away: list[tuple[float, int, str]] = []  # (due, tie-breaker, participant id)
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self._run, name="sim-join-dynamics", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stop_event.set()
        if self.thread.is_alive() and self.thread is not threading.current_thread():
            self.thread.join(timeout=2.0)

    def _run(self) -> None:
        last = time.monotonic()
        credit = 0.0
        counter = 0
        while not self.stop_event.wait(TICK_S):
            now = time.monotonic()
            # once everyone has arrived, people keep coming and going at a tenth of the rate
            credit += (now - last) * (self.rate if self.pending else self.rate * CHURN_SHARE)
            last = now
            try:
                while credit >= 1.0:
                    credit -= 1.0
                    roll = self.rng.random()
                    if self.pending and roll >= CHURN_SHARE + RETRY_SHARE:
                        self.meeting.join([self.pending.popleft()])
                    elif roll < CHURN_SHARE or not self.pending:
                        pid = self._pick({"joined"})
                        if pid is not None and self._leave(pid):
                            counter += 1
                            due = now + self.rng.uniform(*AWAY_S)
                            heapq.heappush(self.away, (due, counter, pid))
                    else:
                        pid = self._pick({"removed", "blocked"})
                        if pid is not None:
                            self._rejoin(pid)
                while self.away and self.away[0][0] <= now:
                    _, _, pid = heapq.heappop(self.away)
                    self._rejoin(pid)
            except Exception:  # the meeting must keep going whatever one step did
                log.exception("join dynamics step failed")

    def _pick(self, statuses: set[str]) -> str | None:
        """A random attendee in one of ``statuses`` (a few tries; None if none found)."""
        recs = self.meeting.records  # append-only list: reading without the lock is safe
        for _ in range(12):
            n = len(recs)
            if n == 0:
                return None
            rec = recs[self.rng.randrange(n)]
            if rec.status in statuses and rec.person.role == "attendee":
                return rec.id
        return None

    def _leave(self, pid: str) -> bool:
        try:
            self.meeting.leave(pid)
        except SimError:
            return False  # a moderator acted on them in the meantime
        return True

    def _rejoin(self, pid: str) -> None:
        # SimError: the person already came back through another session
        with contextlib.suppress(SimError):
            self.meeting.rejoin(pid)
