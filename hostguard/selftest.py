"""`hostguard --self-test`: check, headless, that HostGuard can run on this machine.

Each check exercises a real part the way the app uses it (Qt, the bundled GeoIP database and
its C reader, the rules engine, the keyring, a simulated meeting over loopback HTTP) and
reports one line: PASS, WARN (works, with a limitation the user should know about) or FAIL,
with the detail a support person needs. It works from a source install and in the frozen
(PyInstaller) bundle, where it is the smoke test that proves the bundle is complete.

Exit status: 0 when no check failed (warnings allowed), 1 otherwise.
"""

from __future__ import annotations

import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import TextIO

PASS = "PASS"
WARN = "WARN"
FAIL = "FAIL"

# Addresses whose country has been stable for many years in every geolocation database.
KNOWN_ADDRESSES = (("1.0.1.1", "CN"), ("203.198.0.1", "HK"), ("2001:da8::1", "CN"))

SAMPLE_RULES = """\
version = 1
default = "allow"
max_action_share = 0.5

[exempt]
roles = ["host", "co-host"]

[[rule]]
name = "Waiting room for CN"
action = "waiting_room"
countries = ["CN"]

[[rule]]
name = "Flag unknown"
action = "flag"
unknown = true
"""

# participant id, role, address, expected action, expected deciding rule
SAMPLE_PARTICIPANTS = (
    ("p1", "attendee", "1.0.1.1", "waiting_room", "Waiting room for CN"),
    ("p2", "host", "1.0.1.1", "allow", None),
    ("p3", "attendee", "192.168.1.20", "flag", "Flag unknown"),
    ("p4", "attendee", "203.198.0.1", "allow", None),
    ("p5", "attendee", "", "flag", "Flag unknown"),
)

# Files the packaged app must carry (relative to the hostguard.resources package).
REQUIRED_RESOURCES = (
    "geoip/dbip-country.mmdb",
    "geoip/DBIP-LICENSE",
    "licenses/THIRD-PARTY.txt",
    "icons/hostguard.svg",
    "icons/hostguard-256.png",
    "linux/io.hostguard.HostGuard.desktop",
)

# Keyring backend module per OS: bundled in every frozen build for its own OS.
OS_KEYRING_BACKENDS = {
    "linux": "keyring.backends.SecretService",
    "win32": "keyring.backends.Windows",
    "darwin": "keyring.backends.macOS",
}

_qt_app = None  # the QApplication this module created, kept alive for the process


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    status: str  # PASS | WARN | FAIL
    detail: str

    @property
    def failed(self) -> bool:
        return self.status == FAIL


class CheckFailed(Exception):
    """A check found a problem; the message is the report's detail."""


# ---------------------------------------------------------------------------------------------
# checks: each returns (status, detail) or raises CheckFailed / any exception (-> FAIL)


def check_qt() -> tuple[str, str]:
    global _qt_app
    ensure_headless_platform()
    import PySide6
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication, QImage
    from PySide6.QtWidgets import QApplication, QLabel

    app = QGuiApplication.instance()
    if app is None:
        _qt_app = app = QApplication(["hostguard-self-test"])
    if not isinstance(app, QApplication):
        raise CheckFailed(
            f"a {type(app).__name__} already exists; the app needs QApplication (widgets)"
        )
    label = QLabel("HostGuard self-test")
    label.resize(240, 40)
    pixmap = label.grab()
    label.deleteLater()
    if pixmap.isNull() or pixmap.width() < 1:
        raise CheckFailed("a widget could not be rendered")
    icons = resources.files("hostguard.resources").joinpath("icons")
    png = QImage(str(icons.joinpath("hostguard-256.png")))
    if png.isNull() or png.width() != 256:
        raise CheckFailed("the application icon (PNG) does not load")
    svg = QImage(str(icons.joinpath("hostguard.svg")))
    if svg.isNull():
        raise CheckFailed("the SVG icon does not load (Qt's svg image format plugin is missing)")
    return PASS, (
        f"Qt {qVersion()} (PySide6 {PySide6.__version__}), platform '{app.platformName()}', "
        "widgets render, PNG and SVG icons load"
    )


def check_resources() -> tuple[str, str]:
    root = resources.files("hostguard.resources")
    missing = [rel for rel in REQUIRED_RESOURCES if not root.joinpath(rel).is_file()]
    if missing:
        raise CheckFailed(f"missing from {root}: {', '.join(missing)}")
    return (
        PASS,
        f"{len(REQUIRED_RESOURCES)} files present (database, licenses, icons, desktop entry)",
    )


def check_database() -> tuple[str, str]:
    from hostguard.core.geo import GeoResolver, GeoStatus, bundled_database_path

    path = bundled_database_path()
    with GeoResolver(None) as resolver:
        info = resolver.databases[0]
        seen = []
        for ip, expected in KNOWN_ADDRESSES:
            result = resolver.lookup(ip)
            if result.status is not GeoStatus.RESOLVED or result.country != expected:
                raise CheckFailed(
                    f"{ip} resolved to {result.country or result.status.label}, expected {expected} ({path})"
                )
            seen.append(f"{ip} -> {result.country}")
        private = resolver.lookup("192.168.1.20")
        if private.status is not GeoStatus.PRIVATE:
            raise CheckFailed(f"192.168.1.20 was {private.status.label}, expected private network")
    age = info.age_days()
    detail = (
        f"{info.label} {info.month} ({age} days old), "
        + ", ".join(seen)
        + ", 192.168.1.20 -> private"
    )
    if info.is_stale():
        return WARN, detail + "; the database is out of date: run `hostguard geoip update`"
    return PASS, detail


def check_c_extension() -> tuple[str, str]:
    import maxminddb

    from hostguard.core.geo import bundled_database_path, c_extension_available

    try:
        import maxminddb.extension
    except ImportError as exc:
        raise CheckFailed(
            f"maxminddb.extension cannot be imported ({exc}); lookups fall back to pure Python"
        ) from None
    if not c_extension_available():
        raise CheckFailed("the GeoIP reader is not using the C extension")
    reader = maxminddb.open_database(bundled_database_path(), maxminddb.MODE_MMAP_EXT)
    try:
        kind = f"{type(reader).__module__}.{type(reader).__name__}"
    finally:
        reader.close()
    return PASS, f"maxminddb {getattr(maxminddb, '__version__', '?')} reads with {kind}"


def check_rules() -> tuple[str, str]:
    from hostguard.core.geo import GeoResolver
    from hostguard.core.participants import Participant
    from hostguard.core.rules import parse_rules

    with GeoResolver(None) as resolver:
        ruleset, warnings = parse_rules(SAMPLE_RULES, "<self-test rules>", resolver.capabilities())
        if warnings:
            raise CheckFailed("unexpected warnings: " + "; ".join(warnings))
        participants = [
            Participant(id=pid, role=role, ip=ip) for pid, role, ip, _, _ in SAMPLE_PARTICIPANTS
        ]
        decisions = ruleset.evaluate_all(participants, resolver)
    for (pid, _role, _ip, action, rule), decision in zip(
        SAMPLE_PARTICIPANTS, decisions, strict=True
    ):
        if decision.action != action or decision.rule != rule:
            raise CheckFailed(
                f"participant {pid}: got {decision.action} (rule {decision.rule!r}), expected {action} (rule {rule!r})"
            )
    verdict = ruleset.guard(participants, decisions)
    return PASS, (
        f"{len(ruleset.rules)} rules, {len(decisions)} participants decided as expected; "
        f"guard: {verdict.acting} of {verdict.eligible} acted on"
    )


def check_keyring() -> tuple[str, str]:
    backend_module = OS_KEYRING_BACKENDS.get(sys.platform)
    if backend_module is not None:
        # In a frozen bundle a missing backend module is a packaging bug, whatever the session has.
        __import__(backend_module)
    described = _describe_keyring()
    if described is None:
        import keyring

        backend = keyring.get_keyring()
        name = _backend_name(backend)
        usable = _keyring_usable(backend)
        described = (usable, name)
    usable, name = described
    if not usable:
        return WARN, (
            f"no usable keyring ({name}); credentials will be kept for this session only. "
            "Install or unlock the system keyring (Secret Service, KWallet) to store them."
        )
    return PASS, f"{name}"


def _describe_keyring() -> tuple[bool, str] | None:
    """(usable, description) from the app's credentials service: the names the app itself shows.

    It names the backend without reading or writing any secret, so no unlock prompt appears.
    """
    try:
        from hostguard.services.credentials import describe_backend
    except ImportError:
        return None
    info = describe_backend()
    text = f"{info.name} ({info.backend_class})"
    if not info.usable and info.reason:
        text += f": {info.reason}"
    return info.usable, text


def _backend_name(backend: object) -> str:
    name = getattr(backend, "name", "") or type(backend).__name__
    path = f"{type(backend).__module__}.{type(backend).__qualname__}"
    children = getattr(backend, "backends", None)
    if children:  # the chainer: name what it chains
        inner = ", ".join(_backend_name(b) for b in children)
        return f"{path} [{inner}]"
    return f"{name} ({path})" if name and name not in path else path


def _keyring_usable(backend: object) -> bool:
    import keyring.backends.fail

    if isinstance(backend, keyring.backends.fail.Keyring):
        return False
    children = getattr(backend, "backends", None)
    if children is not None:
        return any(_keyring_usable(b) for b in children)
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:
        return False


def check_simulator() -> tuple[str, str]:
    try:
        from hostguard.simulator.server import start_simulator
    except ImportError as exc:
        raise CheckFailed(f"the simulator is not available ({exc})") from None
    try:
        from hostguard.services.reference import ReferenceAdapter
    except ImportError as exc:
        raise CheckFailed(f"the reference adapter is not available ({exc})") from None

    sim = start_simulator(host="127.0.0.1", port=0, participants=5, seed=1)
    adapter = None
    try:
        adapter = ReferenceAdapter(sim.url, sim.token)
        meeting = sim.meeting_id
        roster = adapter.list_participants(meeting)
        if not roster:
            raise CheckFailed("the simulated meeting listed no participants")
        target = next((p for p in roster if p.role == "attendee" and p.status == "joined"), None)
        if target is None:
            raise CheckFailed("no joined attendee to act on in the simulated meeting")
        key = f"self-test-{os.getpid()}-{time.time_ns()}"
        result = adapter.act(meeting, target.id, "remove", key, "HostGuard self-test")
        if result.outcome != "applied":
            raise CheckFailed(f"remove was {result.outcome}: {result.detail}")
        # The same key again must not act twice (idempotency, what makes sync safe to retry).
        adapter.act(meeting, target.id, "remove", key, "HostGuard self-test")
        state = sim.state()
        recorded = [a for a in state["actions"] if a["participant_id"] == target.id]
        status = next((p["status"] for p in state["participants"] if p["id"] == target.id), None)
        if status != "removed" or [a["action"] for a in recorded] != ["remove"]:
            raise CheckFailed(f"server state after remove: status {status}, actions {recorded}")
    finally:
        if adapter is not None:
            adapter.close()
        sim.stop()
    return PASS, (
        f"listed {len(roster)} participants at {sim.url}, removed one, "
        "a replay with the same idempotency key was not applied twice"
    )


def check_engine_process() -> tuple[str, str]:
    """The app's engine process starts from this installation (the frozen bundle's own
    program, or ``python -m hostguard``), opens a simulated meeting over its private channel,
    lists it and stops."""
    import tempfile

    from hostguard.engine import OpenRequest, RemoteEngine
    from hostguard.simulator.server import start_simulator

    sim = start_simulator(host="127.0.0.1", port=0, participants=5, seed=1)
    seen: list[int] = []
    try:
        with tempfile.TemporaryDirectory(prefix="hostguard-selftest-") as state:
            engine = RemoteEngine(OpenRequest(service="reference", meeting_id=sim.meeting_id, url=sim.url,
                                              credentials={"token": sim.token}, state_dir=state),
                                  on_diff=lambda d: seen.append(len(d.upserted)), restart=False)  # fmt: skip
            started = time.monotonic()
            info = engine.start(timeout=60)
            try:
                deadline = time.monotonic() + 30
                while sum(seen) < 5 and time.monotonic() < deadline:
                    time.sleep(0.05)
                if sum(seen) < 5:
                    raise CheckFailed(f"the engine process listed {sum(seen)} of 5 participants")
                took = time.monotonic() - started
            finally:
                engine.stop()
    finally:
        sim.stop()
    return PASS, f"process {info.pid}, roster of 5 in {took:.2f} s ({' '.join(engine.command[1:])})"


def check_app_modules() -> tuple[str, str]:
    import importlib

    from hostguard.cli import SUBCOMMANDS

    importlib.import_module("hostguard.ui.app")
    available, missing = [], []
    for name in SUBCOMMANDS:
        try:
            importlib.import_module(f"hostguard.cli.{name}")
            available.append(name)
        except ModuleNotFoundError as exc:
            if exc.name != f"hostguard.cli.{name}":
                raise
            missing.append(name)
    detail = "desktop app loads; commands: " + ", ".join(available)
    if missing:
        raise CheckFailed(detail + "; missing: " + ", ".join(missing))
    return PASS, detail


CHECKS: tuple[tuple[str, Callable[[], tuple[str, str]]], ...] = (
    ("Qt", check_qt),
    ("Bundled files", check_resources),
    ("GeoIP database", check_database),
    ("GeoIP C extension", check_c_extension),
    ("Rules", check_rules),
    ("Keyring", check_keyring),
    ("Simulator round trip", check_simulator),
    ("Engine process", check_engine_process),
    ("App modules", check_app_modules),
)


# ---------------------------------------------------------------------------------------------


def ensure_headless_platform() -> None:
    """Use Qt's offscreen platform on X11/Wayland systems that have no display to talk to."""
    if sys.platform in ("win32", "darwin"):
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_check(
    name: str, check: Callable[[], tuple[str, str]], verbose: bool = False
) -> CheckResult:
    try:
        status, detail = check()
    except CheckFailed as exc:
        return CheckResult(name, FAIL, str(exc))
    except Exception as exc:  # a broken part must show up as a failed line, not a traceback
        detail = f"{type(exc).__name__}: {exc}"
        if verbose:
            detail += "\n" + traceback.format_exc()
        return CheckResult(name, FAIL, detail)
    return CheckResult(name, status, detail)


def run_checks(verbose: bool = False) -> list[CheckResult]:
    return [run_check(name, check, verbose) for name, check in CHECKS]


def environment_line() -> str:
    from hostguard import __version__

    how = "frozen bundle" if getattr(sys, "frozen", False) else "from source"
    return (
        f"HostGuard {__version__} self-test ({how}) on {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}"
    )


def format_report(results: list[CheckResult]) -> str:
    width = max(len(r.name) for r in results)
    lines = [f"  {r.status}  {r.name:<{width}}  {r.detail}" for r in results]
    failed = [r.name for r in results if r.failed]
    warned = sum(1 for r in results if r.status == WARN)
    note = f" ({warned} warning{'s' if warned != 1 else ''})" if warned else ""
    if failed:
        lines.append(
            f"Self-test FAILED: {len(failed)} of {len(results)} checks failed: {', '.join(failed)}{note}"
        )
    else:
        lines.append(f"Self-test OK: all {len(results)} checks passed{note}")
    return "\n".join(lines)


def run_self_test(stream: TextIO | None = None, verbose: bool | None = None) -> int:
    """Run every check, print the report to ``stream`` (stdout) and return the exit status."""
    out = stream if stream is not None else sys.stdout
    if verbose is None:
        verbose = bool(os.environ.get("HOSTGUARD_SELFTEST_VERBOSE"))
    print(environment_line(), file=out, flush=True)
    results = []
    for name, check in CHECKS:
        result = run_check(name, check, verbose)
        results.append(result)
    print(format_report(results), file=out, flush=True)
    return 1 if any(r.failed for r in results) else 0
