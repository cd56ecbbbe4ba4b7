"""One connected meeting as the app holds it: adapter, engine, state folder, and for the demo
the embedded simulator. Building one may block (network, keyring, SQLite), so the app builds
it on a worker thread; `stop` is what closing the window calls.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from hostguard.core.geo import GeoResolver
from hostguard.core.rules import RuleSet, parse_rules

log = logging.getLogger(__name__)

DEMO_CROWD = 150  # present when the demo opens
DEMO_POOL = 3000  # people who may still join, at DEMO_JOIN_RATE a second
DEMO_JOIN_RATE = 3.0
DEMO_SEED = 7
DEMO_TITLE = QT_TRANSLATE_NOOP("session", "Demo event (simulated)")  # the window shows it translated


def demo_rules() -> RuleSet:
    text = resources.files("hostguard.ui").joinpath("demo_rules.toml").read_text("utf-8")
    return parse_rules(text, source="demo rules")[0]


CONNECT_MENU = "File \u2192 Connect to a meeting\u2026"


def for_app(error: BaseException | str, *, in_connection_dialog: bool = False) -> str:
    """What the app shows for an error from the services layer.

    An error that storing credentials fixes carries that as a field (``error.fix``, a
    `CredentialsHint`, with ``error.summary``): the CLI words it as a command (`str(error)`), the
    app as the place it takes credentials, the connection dialog. Nothing is rewritten from the
    CLI's words. Other errors, and text, are shown as they are.
    """
    from hostguard.services.base import ConfigurationError, CredentialsHint, ServiceError

    if isinstance(error, str):
        return error
    if isinstance(error, ServiceError | ConfigurationError) and isinstance(error.fix, CredentialsHint):
        where = "enter them in this dialog" if in_connection_dialog else f"enter them in {CONNECT_MENU}"
        return error.fix.sentence(error.summary, where)
    return str(error) or type(error).__name__


def missing_credentials_message(service: str) -> str:
    """Why the app cannot connect yet, and where to fix it (not the CLI's wording)."""
    from hostguard.services.credentials import service as service_info

    svc = service_info(service)
    labels = ", ".join(f.label for f in svc.fields)
    return (
        f"No {svc.title} credentials are stored yet ({labels}). Open {CONNECT_MENU}, enter them "
        "and press Save and connect; they are kept in the system keyring (for this session only "
        "when there is none)."
    )


def open_resolver(paths: list[str] | None = None) -> GeoResolver:
    """The databases chosen in Settings; else those the GeoIP update installed; else the bundled
    DB-IP country database. Raises GeoError (a message to show) for unusable chosen files."""
    from hostguard.services.geoip_update import open_resolver as open_default

    return open_default(paths, warn=log.warning)


def update_geoip_database(progress: Callable[[int, int | None], None] | None = None, **options: Any) -> Any:
    """Download and install this month's DB-IP country database (what Settings → Update does).

    ``options`` go to `geoip_update.update` (base_url, dest, ...). Blocks: run it off the GUI thread. Returns the `UpdateResult` (with ``sentence()``); raises
    with a message to show, the current database untouched.
    """
    from hostguard.services.base import UnreachableError
    from hostguard.services.geoip_update import UpdateError, update

    try:
        return update(progress=progress, **options)
    except (UpdateError, UnreachableError) as exc:
        raise UpdateError(for_app(exc)) from None


def default_state_dir(service: str, meeting_id: str) -> Path:
    """The meeting's state folder: the one `hostguard watch` uses too."""
    from hostguard.engine import default_state_dir as shared

    return shared(service, meeting_id)


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
    _retired: list[GeoResolver] = field(default_factory=list, repr=False)

    @property
    def capabilities(self) -> frozenset:
        return frozenset(self.adapter.capabilities)

    @property
    def service_title(self) -> str:
        return {"reference": "Reference service", "zoom": "Zoom", "webex": "Webex"}.get(self.service, self.service)

    def reload_resolver(self, paths: list[str] | None = None) -> GeoResolver:
        """Open the databases again (after a GeoIP update) and re-decide everyone with them.

        Blocks (opens files, re-evaluates the roster): call it off the GUI thread. The old
        resolver stays open until the session stops, since an engine thread may be mid-lookup.
        """
        new = open_resolver(paths)
        old, self.resolver = self.resolver, new
        self._retired.append(old)
        self.engine.set_resolver(new)
        return new

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
        for resolver in (self.resolver, *self._retired):
            try:
                resolver.close()
            except Exception:
                log.debug("closing the resolver failed", exc_info=True)
        if self.temp_dir:
            shutil.rmtree(self.temp_dir, ignore_errors=True)


OnDiff = Callable[[Any], None]
OnStatus = Callable[[Any], None]


def _engine(adapter, meeting_id, ruleset, resolver, state_dir, on_diff, on_status, **kw):
    from hostguard.engine import Engine, no_pause

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
        pause_point=kw.pop("pause_point", None) or no_pause,
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
    geoip_paths: list[str] | None = None,
    pause_point: Callable[[], None] | None = None,
) -> Session:
    """The embedded simulator, the reference adapter and an engine on a throw-away state folder.

    The simulator starts with the hosts present and lets ``pool`` attendees arrive at
    ``join_rate`` per second; ``crowd`` more join at once (through its /_sim/join hook) so the
    window opens on a meeting already under way.
    """
    import requests

    from hostguard.services.reference import ReferenceAdapter
    from hostguard.simulator.server import start_simulator

    resolver = open_resolver(geoip_paths)
    try:
        sim = start_simulator(host="127.0.0.1", port=0, participants=pool, seed=seed, join_rate=join_rate)
    except Exception:
        resolver.close()
        raise
    temp_dir = tempfile.mkdtemp(prefix="hostguard-demo-")
    try:
        if crowd:
            requests.post(f"{sim.url}/_sim/join", json={"count": crowd}, timeout=5).raise_for_status()
        adapter = ReferenceAdapter(sim.url, sim.token)
        engine = _engine(adapter, sim.meeting_id, demo_rules(), resolver, temp_dir, on_diff, on_status, event_wait=2.0, pause_point=pause_point)
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
    pause_point: Callable[[], None] | None = None,
    poll_interval: float = 5.0,
    audit_retention_days: int = 0,
) -> Session:
    """A session on a real service with credentials from the environment or the keyring.

    Raises ConfigurationError (no credentials, unknown service) or ServiceError subclasses;
    their messages are safe to show.
    """
    from hostguard.services import make_adapter
    from hostguard.services.base import ConfigurationError
    from hostguard.services.credentials import resolve

    creds = resolve(service)
    if creds is None:
        raise ConfigurationError(missing_credentials_message(service))
    try:
        adapter = make_adapter(service, url or None, creds)
    except ConfigurationError as exc:
        raise ConfigurationError(for_app(exc)) from None
    try:
        resolver = open_resolver(geoip_paths)
    except Exception:
        adapter.close()
        raise
    try:
        folder = Path(state_dir) if state_dir else default_state_dir(service, meeting_id)
        folder.mkdir(parents=True, exist_ok=True)
        rs = ruleset if ruleset is not None else RuleSet()
        engine = _engine(adapter, meeting_id, rs, resolver, folder, on_diff, on_status, auto_apply_new=auto_apply_new,
                         pause_point=pause_point, poll_interval=poll_interval, audit_retention_days=audit_retention_days)
        engine.start()
    except Exception:
        resolver.close()
        adapter.close()
        raise
    return Session(
        service=service, meeting_id=meeting_id, title=meeting_id, adapter=adapter, engine=engine, resolver=resolver
    )
