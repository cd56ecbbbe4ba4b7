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


def open_resolver(paths: list[str] | None = None, *, index: bool = True) -> GeoResolver:
    """The databases chosen in Settings; else those the GeoIP update installed; else the bundled
    DB-IP country database. Raises GeoError (a message to show) for unusable chosen files.
    ``index=False``: no database index is read (for a look at which databases are in use,
    without the index's 7 MB staying in this process)."""
    from hostguard.services.geoip_update import open_resolver as open_default

    return open_default(paths, warn=log.warning, index=index)


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
    """One open meeting. ``engine`` is a `RemoteEngine` (its own process) for the app's
    sessions; tests may also hold an `Engine` in this process, which offers the same calls."""

    service: str
    meeting_id: str
    title: str
    adapter: Any
    engine: Any
    resolver: Any
    demo: bool = False
    simulator: Any | None = None
    temp_dir: str | None = None
    _stopped: bool = field(default=False, repr=False)
    _retired: list[Any] = field(default_factory=list, repr=False)

    @property
    def capabilities(self) -> frozenset:
        return frozenset(self.adapter.capabilities)

    @property
    def service_title(self) -> str:
        return {"reference": "Reference service", "zoom": "Zoom", "webex": "Webex"}.get(self.service, self.service)

    @property
    def remote(self) -> bool:
        from hostguard.engine import RemoteEngine

        return isinstance(self.engine, RemoteEngine)

    def reload_resolver(self, paths: list[str] | None = None) -> Any:
        """Open the databases again (after a GeoIP update) and re-decide everyone with them.

        Blocks (opens files, re-evaluates the roster): call it off the GUI thread. An engine in
        this process keeps the old resolver open until the session stops, since an engine
        thread may be mid-lookup; an engine process does the same on its side.
        """
        if self.remote:
            self.engine.set_geoip_paths(paths)
            return self.resolver
        new = open_resolver(paths)
        old, self.resolver = self.resolver, new
        self._retired.append(old)
        self.engine.set_resolver(new)
        return new

    def stop(self, timeout: float = 3.0, *, detach: bool = False) -> None:
        """Stop the engine (outbox stays consistent), then the simulator; idempotent. With
        ``detach`` (the window closes), an engine process that enforces the rules on new
        joiners keeps running without the window (see `hostguard.engine.host`)."""
        if self._stopped:
            return
        self._stopped = True
        try:
            if self.remote:
                self.engine.stop(timeout=max(timeout, 5.0), detach=detach and not self.demo)
            else:
                self.engine.stop(timeout=timeout)
                self.engine.close()
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
OnEvent = Callable[[str, str], None]


def render_options() -> dict[str, Any]:
    """The window's language and flags, for the engine process to render rows as it would."""
    from hostguard.ui.engine_process import render_options as options

    return options()


def _remote_session(request: Any, on_diff: OnDiff, on_status: OnStatus, on_event: OnEvent | None,
                    title: str, **session: Any) -> Session:  # fmt: skip
    """Start the meeting's engine process and wrap it as a session (blocks until it answers).
    The engine process renders the rows in this window's language (`render_options`)."""
    from dataclasses import replace

    from hostguard.engine import RemoteEngine, ResolverView, adapter_view

    if request.render is None:
        request = replace(request, render=render_options())

    engine = RemoteEngine(request, on_diff=on_diff, on_status=on_status, on_event=on_event)
    engine.start()
    return Session(service=request.service, meeting_id=request.meeting_id, title=title,
                   adapter=adapter_view(engine), engine=engine, resolver=ResolverView(engine),
                   **session)  # fmt: skip


def start_demo(
    on_diff: OnDiff,
    on_status: OnStatus,
    *,
    crowd: int = DEMO_CROWD,
    pool: int = DEMO_POOL,
    join_rate: float = DEMO_JOIN_RATE,
    seed: int = DEMO_SEED,
    geoip_paths: list[str] | None = None,
    on_event: OnEvent | None = None,
) -> Session:
    """The embedded simulator, and an engine process on a throw-away state folder.

    The simulator (the demo's stand-in for a meeting service) runs in this process; the
    engine connects to it over loopback as to any service. It starts with the hosts present
    and lets ``pool`` attendees arrive at ``join_rate`` per second; ``crowd`` more join at once
    (through its /_sim/join hook) so the window opens on a meeting already under way.
    """
    import requests

    from hostguard.engine import OpenRequest
    from hostguard.simulator.server import start_simulator

    sim = start_simulator(host="127.0.0.1", port=0, participants=pool, seed=seed, join_rate=join_rate)
    temp_dir = tempfile.mkdtemp(prefix="hostguard-demo-")
    try:
        if crowd:
            requests.post(f"{sim.url}/_sim/join", json={"count": crowd}, timeout=5).raise_for_status()
        request = OpenRequest(service="reference", meeting_id=sim.meeting_id, url=sim.url,
                              credentials={"token": sim.token}, ruleset=demo_rules(),
                              geoip_paths=geoip_paths, state_dir=temp_dir, event_wait=2.0)  # fmt: skip
        return _remote_session(request, on_diff, on_status, on_event, DEMO_TITLE, demo=True,
                               simulator=sim, temp_dir=temp_dir)  # fmt: skip
    except Exception:
        sim.stop()
        shutil.rmtree(temp_dir, ignore_errors=True)
        raise


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
    poll_interval: float = 5.0,
    audit_retention_days: int = 0,
    on_event: OnEvent | None = None,
) -> Session:
    """A session on a real service with credentials from the environment or the keyring,
    its engine in a process of its own (the credentials go to it over its private channel).

    Raises ConfigurationError (no credentials, unknown service) or ServiceError subclasses;
    their messages are safe to show.
    """
    from hostguard.engine import OpenRequest
    from hostguard.services import make_adapter
    from hostguard.services.base import ConfigurationError
    from hostguard.services.credentials import resolve

    creds = resolve(service)
    if creds is None:
        raise ConfigurationError(missing_credentials_message(service))
    try:
        make_adapter(service, url or None, creds).close()  # a usage error is said here, at once
    except ConfigurationError as exc:
        raise ConfigurationError(for_app(exc)) from None
    request = OpenRequest(service=service, meeting_id=meeting_id, url=url or None, credentials=dict(creds),
                          ruleset=ruleset if ruleset is not None else RuleSet(), geoip_paths=geoip_paths,
                          state_dir=state_dir, auto_apply_new=auto_apply_new, poll_interval=poll_interval,
                          audit_retention_days=audit_retention_days, title=meeting_id)  # fmt: skip
    try:
        return _remote_session(request, on_diff, on_status, on_event, meeting_id)
    except ConfigurationError as exc:
        raise ConfigurationError(for_app(exc)) from None
