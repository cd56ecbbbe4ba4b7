"""One connected meeting as the app holds it: adapter, engine, state folder, and for the demo
the embedded simulator. Building one may block (network, keyring, SQLite), so the app builds
it on a worker thread; `stop` is what closing the window calls.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from hostguard.core.geo import GeoResolver
from hostguard.core.rules import RuleSet, parse_rules

log = logging.getLogger(__name__)

DEMO_CROWD = 150  # present when the demo opens
DEMO_POOL = 3000  # people who may still join, at DEMO_JOIN_RATE a second
DEMO_JOIN_RATE = 3.0
DEMO_SEED = 7
DEMO_TITLE = "Demo event (simulated)"


def demo_rules() -> RuleSet:
    text = resources.files("hostguard.ui").joinpath("demo_rules.toml").read_text("utf-8")
    return parse_rules(text, source="demo rules")[0]


def default_state_dir(service: str, meeting_id: str) -> Path:
    import platformdirs

    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in f"{service}-{meeting_id}")
    return Path(platformdirs.user_state_dir("HostGuard")) / safe


@dataclass
class Session:
    service: str
    meeting_id: str
    title: str
    adapter: Any
    engine: Any
    resolver: GeoResolver
    demo: bool = False
    simulator: Any | None = None
    temp_dir: str | None = None
    _stopped: bool = field(default=False, repr=False)

    @property
    def capabilities(self) -> frozenset:
        return frozenset(getattr(self.adapter, "capabilities", ()))

    @property
    def service_title(self) -> str:
        return {"reference": "Reference service", "zoom": "Zoom", "webex": "Webex"}.get(self.service, self.service)

    def stop(self, timeout: float = 3.0) -> None:
        """Stop the engine (outbox stays consistent), then the simulator; idempotent."""
        if self._stopped:
            return
        self._stopped = True
        try:
            self.engine.stop(timeout=timeout)
            close = getattr(self.engine, "close", None)
            if close is not None:
                close()
        except Exception:
            log.exception("stopping the engine failed")
        try:
            self.adapter.close()
        except Exception:
            log.debug("closing the adapter failed", exc_info=True)
        if self.simulator is not None:
            try:
                self.simulator.stop()
            except Exception:
                log.exception("stopping the simulator failed")
        try:
            self.resolver.close()
        except Exception:
            log.debug("closing the resolver failed", exc_info=True)
        if self.temp_dir:
            shutil.rmtree(self.temp_dir, ignore_errors=True)


OnDiff = Callable[[Any], None]
OnStatus = Callable[[Any], None]


def _engine(adapter, meeting_id, ruleset, resolver, state_dir, on_diff, on_status, **kw):
    from hostguard.engine.engine import Engine

    return Engine(
        adapter,
        meeting_id,
        ruleset,
        resolver,
        state_dir,
        apply=True,  # sending is possible, but nothing is queued until the host applies
        auto_apply_new=kw.pop("auto_apply_new", False),
        actor=kw.pop("actor", "hostguard app"),
        on_diff=on_diff,
        on_status=on_status,
        **kw,
    )


def start_demo(
    on_diff: OnDiff,
    on_status: OnStatus,
    *,
    crowd: int = DEMO_CROWD,
    pool: int = DEMO_POOL,
    join_rate: float = DEMO_JOIN_RATE,
    seed: int = DEMO_SEED,
) -> Session:
    """The embedded simulator, the reference adapter and an engine on a throw-away state folder.

    The simulator starts with the hosts present and lets ``pool`` attendees arrive at
    ``join_rate`` per second; ``crowd`` more join at once (through its /_sim/join hook) so the
    window opens on a meeting already under way.
    """
    import requests

    from hostguard.services.reference import ReferenceAdapter
    from hostguard.simulator.server import start_simulator

    sim = start_simulator(host="127.0.0.1", port=0, participants=pool, seed=seed, join_rate=join_rate)
    temp_dir = tempfile.mkdtemp(prefix="hostguard-demo-")
    resolver = GeoResolver()
    try:
        if crowd:
            requests.post(f"{sim.url}/_sim/join", json={"count": crowd}, timeout=5).raise_for_status()
        adapter = ReferenceAdapter(sim.url, sim.token)
        engine = _engine(adapter, sim.meeting_id, demo_rules(), resolver, temp_dir, on_diff, on_status, event_wait=2.0)
        engine.start()
    except Exception:
        sim.stop()
        resolver.close()
        shutil.rmtree(temp_dir, ignore_errors=True)
        raise
    return Session(
        service="reference",
        meeting_id=sim.meeting_id,
        title=DEMO_TITLE,
        adapter=adapter,
        engine=engine,
        resolver=resolver,
        demo=True,
        simulator=sim,
        temp_dir=temp_dir,
    )


def connect(
    service: str,
    url: str | None,
    meeting_id: str,
    on_diff: OnDiff,
    on_status: OnStatus,
    *,
    ruleset: RuleSet | None = None,
    geoip_paths: list[str] | None = None,
    state_dir: str | None = None,
    auto_apply_new: bool = False,
) -> Session:
    """A session on a real service with credentials from the environment or the keyring.

    Raises ConfigurationError (no credentials, unknown service) or ServiceError subclasses;
    their messages are safe to show.
    """
    from hostguard.services import make_adapter
    from hostguard.services.base import ConfigurationError
    from hostguard.services.credentials import missing_message, resolve

    creds = resolve(service)
    if creds is None:
        raise ConfigurationError(missing_message(service))
    adapter = make_adapter(service, url or None, creds)
    resolver = GeoResolver(geoip_paths or None)
    try:
        folder = Path(state_dir) if state_dir else default_state_dir(service, meeting_id)
        folder.mkdir(parents=True, exist_ok=True)
        rs = ruleset if ruleset is not None else RuleSet()
        engine = _engine(adapter, meeting_id, rs, resolver, folder, on_diff, on_status, auto_apply_new=auto_apply_new)
        engine.start()
    except Exception:
        resolver.close()
        adapter.close()
        raise
    return Session(
        service=service, meeting_id=meeting_id, title=meeting_id, adapter=adapter, engine=engine, resolver=resolver
    )


def run_in_thread(fn: Callable[[], Any], done: Callable[[Any, BaseException | None], None], name: str) -> threading.Thread:
    """Run ``fn`` on a daemon thread and call ``done(result, error)`` there (the caller marshals)."""

    def target() -> None:
        try:
            result = fn()
        except BaseException as exc:  # reported to the caller, who shows it
            done(None, exc)
            return
        done(result, None)

    t = threading.Thread(target=target, name=name, daemon=True)
    t.start()
    return t
