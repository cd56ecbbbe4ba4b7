"""`hostguard watch`: follow a meeting, decide with the rules, and (with --apply) act on it.

Without --apply it is a dry run: it prints what it would do and sends nothing. With --once it
fetches the roster once, applies, waits until every decision is settled, prints a summary and
exits. Otherwise it keeps following the meeting (events plus periodic reconciliation) until
Ctrl+C. The state directory holds the durable outbox and audit log; running again with the
same directory after a crash resumes without sending any action twice in effect.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import math
import signal
import sys
import threading
import time
from pathlib import Path

from hostguard.cli import EXIT_GUARD, EXIT_OK, EXIT_UNREACHABLE, UsageError
from hostguard.cli.common import open_resolver, open_rules
from hostguard.cli.textwidth import write_table
from hostguard.core.participants import plain_text
from hostguard.services import SERVICES, make_adapter
from hostguard.services.base import (
    AuthError,
    ConfigurationError,
    NotFound,
    ServiceError,
    UnreachableError,
)

log = logging.getLogger(__name__)

MAX_LISTED = 50
GIVE_UP_AFTER = 30.0  # seconds of failed sending before --once gives up


def add_parser(sub) -> None:
    p = sub.add_parser(
        "watch",
        help="follow a meeting and apply the rules to it (dry run unless --apply)",
        description="Follow a meeting's participants, decide with the rules and, with --apply, act "
        "on the service. Without --apply nothing is sent.",
    )
    p.add_argument("--service", required=True, choices=SERVICES)
    p.add_argument("--meeting", required=True, metavar="ID", help="the meeting's id on the service")
    p.add_argument(
        "--url",
        metavar="BASE",
        help="the service's API root (reference: required; others: instead of the vendor's "
        "hosts); https://, or http:// to this computer only (localhost, 127.0.0.1, ::1)",
    )
    p.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="allow an http:// --url to another computer: the credentials then cross the "
        "network in clear text (for a rehearsal on a trusted network only)",
    )
    p.add_argument("--rules", required=True, metavar="R.toml", help="rules file (TOML, version 1)")
    p.add_argument(
        "--apply", action="store_true", help="act on the service (default: dry run, nothing sent)"
    )
    p.add_argument(
        "--once",
        action="store_true",
        help="fetch once, apply, wait until settled, print a summary, exit",
    )
    p.add_argument(
        "--force", action="store_true", help="apply even above the rules' max_action_share"
    )
    p.add_argument(
        "--state-dir", metavar="DIR", help="outbox and audit log (default: per service and meeting)"
    )
    p.add_argument(
        "--geoip",
        action="append",
        metavar="DB.mmdb",
        help="database (repeatable); default: the bundled DB-IP country database",
    )
    p.add_argument(
        "--token",
        metavar="T",
        help="API token (default: HOSTGUARD_TOKEN, then the keyring). Avoid it for a real "
        "service: other users of this computer can read command lines in the process list; "
        "prefer `hostguard credentials set` (the keyring) or the environment variable",
    )
    # Tuning for rehearsals and tests; not part of the everyday interface.
    p.add_argument("--batch-size", type=int, default=100, help="actions per request (1-100)")
    p.add_argument(
        "--reconcile-seconds", type=float, default=60.0, help="full roster reconciliation interval"
    )
    p.add_argument(
        "--lease-seconds",
        type=float,
        default=None,
        metavar="S",
        help="how long an action taken for sending stays this process's before another "
        "HostGuard on the same --state-dir may take it back (default 30; renewed while sending)",
    )
    p.add_argument(
        "--audit-retention-days",
        type=int,
        default=None,
        metavar="N",
        # The default is hostguard.engine.retention.DEFAULT_RETENTION_DAYS (read in `run`, so
        # that building the parser does not import the engine).
        help="delete audit entries older than N days from the state database, at start and "
        "daily (with --apply; default 90, as the app; 0 keeps them forever)",
    )
    p.add_argument(
        "--audit-network",
        choices=("network", "country"),
        default="network",
        help="how much of a participant's network the audit keeps: the matched network widened "
        "to at most /24 or /48 (network, the default), or none, the country only (country)",
    )
    p.add_argument(
        "--burst-window",
        type=float,
        default=None,
        metavar="S",
        help="the burst guard's sliding window in seconds (default 60): in follow mode with "
        "--apply, when the rules would act on more than max_action_share of the people who "
        "joined in it, those actions are held (not sent) unless --force was given",
    )
    p.set_defaults(run=run)


# -- credentials ------------------------------------------------------------------------------
def resolve_credentials(service: str, token_arg: str | None) -> dict[str, str]:
    """--token, then the environment, then the keyring (README "Meeting services and credentials"): the credentials
    module's precedence, so the app and the CLI find the same secrets."""
    from hostguard.services.credentials import Credentials, CredentialsError, missing_message

    try:
        res = Credentials().resolve(service, token_arg)
    except CredentialsError as exc:  # a locked or unreachable keyring that had to be asked
        raise UsageError(f"{exc}; or {missing_message(service)}") from None
    if not res.complete:
        raise UsageError(missing_message(service, res.missing))
    return dict(res.values)


def default_state_dir(service: str, meeting: str) -> Path:
    """Where `watch` keeps a meeting's state without --state-dir: the same folder the app uses."""
    from hostguard.engine.store import default_state_dir as shared

    return shared(service, meeting)


# -- progress -----------------------------------------------------------------------------------
class Progress:
    """One updating line on a terminal; plain log lines (at most every 2 s) otherwise."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last_text = ""
        self._last_time = 0.0
        self._lock = threading.Lock()
        self._width = 0

    def update(self, st, *, force: bool = False) -> None:
        now = time.monotonic()
        parts = [
            f"participants {st.participants}",
            f"sent {st.applied + st.failed}",
            f"pending {st.pending}",
            f"applied {st.applied}",
            f"failed {st.failed}",
        ]
        if getattr(st, "held", 0):
            parts.append(f"held by the burst guard {st.held}")
        if st.backing_off_until and st.backing_off_until > time.time():
            wait = st.backing_off_until - time.time()
            parts.append(
                ("rate limited, " if st.rate_limited else "")
                + f"backing off {max(1, math.ceil(wait))} s"
            )
        if not st.connected and st.last_error:
            parts.append("reconnecting")
        text = " · ".join(parts) if self.tty else ", ".join(parts)
        with self._lock:
            if self.tty:
                if text == self._last_text and not force:
                    return
                if now - self._last_time < 0.1 and not force:
                    return
                pad = max(0, self._width - len(text))
                self.stream.write("\r" + text + " " * pad)
                self.stream.flush()
                self._width = len(text)
            else:
                if text == self._last_text and not force:
                    return
                if now - self._last_time < 2.0 and not force:
                    return
                self.stream.write(f"hostguard: {text}\n")
                self.stream.flush()
            self._last_text = text
            self._last_time = now

    def end(self) -> None:
        with self._lock:
            if self.tty and self._width:
                self.stream.write("\n")
                self.stream.flush()
                self._width = 0


# -- the command --------------------------------------------------------------------------------
def run(args) -> int:
    from hostguard.engine import Engine, GuardRefused, StoreError

    if not 1 <= args.batch_size <= 100:
        raise UsageError("--batch-size: expected 1 to 100")
    if args.reconcile_seconds <= 0:
        raise UsageError("--reconcile-seconds: expected a positive number")
    lease = getattr(args, "lease_seconds", None)
    if lease is not None and not (math.isfinite(lease) and 1 <= lease <= 86400):
        raise UsageError("--lease-seconds: expected a number of seconds from 1 to 86400")
    from hostguard.engine.retention import DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS

    retention = getattr(args, "audit_retention_days", None)
    retention = DEFAULT_RETENTION_DAYS if retention is None else retention
    if not 0 <= retention <= MAX_RETENTION_DAYS:
        raise UsageError(
            f"--audit-retention-days: expected a number of days from 0 (keep) to {MAX_RETENTION_DAYS}"
        )
    burst_window = getattr(args, "burst_window", None)
    if burst_window is not None and not (math.isfinite(burst_window) and 1 <= burst_window <= 86400):
        raise UsageError("--burst-window: expected a number of seconds from 1 to 86400")
    creds = resolve_credentials(args.service, args.token)
    from hostguard.services.http import insecure_http_allowed

    try:
        with insecure_http_allowed(args.allow_insecure_http):
            adapter = make_adapter(args.service, args.url, creds)
    except ConfigurationError as exc:
        raise UsageError(str(exc)) from None
    resolver = open_resolver(args.geoip)
    engine = None
    try:
        ruleset = open_rules(args.rules, resolver)
        # The meeting must exist before anything is written: an unknown --meeting creates no
        # state directory or database.
        problem = _confirm_meeting(adapter, args)
        if problem is not None:
            print(f"hostguard: {problem}", file=sys.stderr)
            return EXIT_UNREACHABLE
        state_dir = (
            Path(args.state_dir)
            if args.state_dir
            else default_state_dir(args.service, args.meeting)
        )
        progress = Progress()
        try:
            engine = Engine(
                adapter,
                args.meeting,
                ruleset,
                resolver,
                state_dir,
                apply=args.apply,
                auto_apply_new=not args.once,
                force=args.force,
                actor=f"hostguard watch ({_user()})",
                on_status=progress.update if args.apply else None,
                reconcile_interval=args.reconcile_seconds,
                batch_size=args.batch_size,
                audit_retention_days=retention,
                audit_network=getattr(args, "audit_network", "network"),
                on_hold=_say_held,
                **({"lease_seconds": lease} if lease is not None else {}),
                **({"burst_window": burst_window} if burst_window is not None else {}),
            )
        except StoreError as exc:
            raise UsageError(str(exc)) from None
        with _terminate_as_interrupt():
            try:
                return _watch(args, engine, progress, GuardRefused)
            except StoreError as exc:
                # A full disk, a read-only file system...: nothing more is sent; what was sent
                # is recorded as in flight under its key, and the next run confirms it.
                progress.end()
                raise UsageError(
                    f"{exc}\nhostguard: sending stopped; actions already sent are kept in flight "
                    "under their idempotency keys and confirmed by the next run"
                    if args.apply
                    else str(exc)
                ) from None
            except (AuthError, UnreachableError) as exc:
                progress.end()
                print(f"hostguard: {exc}", file=sys.stderr)
                return EXIT_UNREACHABLE
            except NotFound as exc:
                progress.end()
                raise UsageError(
                    f"no meeting {plain_text(args.meeting, 200)!r} on the {args.service} service ({exc})"
                ) from None
            except ServiceError as exc:  # answers HostGuard cannot use, after retries
                progress.end()
                print(f"hostguard: {exc}", file=sys.stderr)
                return EXIT_UNREACHABLE
            except KeyboardInterrupt:
                with _ignoring_interrupts():  # a second Ctrl+C must not cut the stop short
                    progress.end()
                    print(
                        "hostguard: stopping (the outbox is consistent; run again to resume)"
                        if args.apply
                        else "hostguard: stopped",
                        file=sys.stderr,
                    )
                    engine.stop()
                    if args.apply:
                        with contextlib.suppress(StoreError):  # the reason was shown already
                            _summary(engine, None)
                    return 130 if args.once else EXIT_OK
    finally:
        if engine is not None:
            engine.close()
        adapter.close()
        resolver.close()


_HELD_SAID = {"at": -1e9, "held": 0}


def _say_held(hold) -> None:
    """The burst guard held actions (follow mode): say so on a line of its own, when it starts
    holding and then at most every 5 seconds while more are held."""
    now = time.monotonic()
    prev = _HELD_SAID["held"]
    if hold.held == prev:
        return  # said already
    first = prev == 0 or hold.held < prev
    if not first and now - _HELD_SAID["at"] < 5.0:
        _HELD_SAID["held"] = hold.held
        return
    _HELD_SAID.update(at=now, held=hold.held)
    print(
        f"\nhostguard: {hold.message()}; they stay held while this watch runs "
        "(start it with --force to act on bursts too)",
        file=sys.stderr,
        flush=True,
    )


def _report_only(engine, preview) -> None:
    """Report-only rules: how many each matches now (nobody is acted on by them)."""
    reported = preview.reported
    if reported:
        print(
            "report-only (nobody acted on): "
            + ", ".join(f"{plain_text(name, 200)!r}: {len(ids)}" for name, ids in reported.items())
        )


def _confirm_meeting(adapter, args) -> str | None:
    """Ask the service about the meeting once (the adapter's connection test). An unknown
    meeting is invalid input (UsageError, exit 2); an unreachable service or refused
    credentials come back as the message to print (exit 3)."""
    try:
        adapter.test_connection(args.meeting)
    except NotFound as exc:
        raise UsageError(
            f"no meeting {plain_text(args.meeting, 200)!r} on the {args.service} service ({exc})"
        ) from None
    except ServiceError as exc:  # AuthError, UnreachableError, answers HostGuard cannot use
        return str(exc)
    return None


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown user"


def _watch(args, engine, progress: Progress, guard_refused) -> int:
    if args.once:
        engine.start(follow=False)
        engine.refresh()
    else:
        engine.start(follow=True)
        while not engine.wait_ready(0.5):
            st = engine.status()
            if st.last_error:
                progress.update(st)
    if not args.apply:
        return _dry_run(args, engine)
    try:
        result = engine.apply(force=args.force)
    except guard_refused as exc:
        print(f"hostguard: safety guard: {exc.verdict.message()}", file=sys.stderr)
        print(
            "hostguard: nothing was sent; review the rules, or add --force to apply anyway",
            file=sys.stderr,
        )
        return EXIT_GUARD
    print(
        f"hostguard: {result.queued} action(s) queued, {result.already_done} already done, "
        f"{result.unsupported} not supported, {result.manual} manual ({result.verdict.message()})",
        file=sys.stderr,
    )
    if args.once:
        # A service that stays unreachable while actions are pending ends the run (exit 3);
        # the outbox keeps them for the next run.
        while not engine.wait_settled(timeout=0.25, give_up_after=GIVE_UP_AFTER):
            progress.update(engine.status())
        progress.update(engine.status(), force=True)
        progress.end()
        return _summary(engine, result)
    print("hostguard: watching the meeting; Ctrl+C to stop", file=sys.stderr)
    while True:
        time.sleep(0.25)
        if engine.failure is not None:  # the state database cannot record any more
            raise engine.failure
        progress.update(engine.status())


def _dry_run(args, engine) -> int:
    preview = engine.preview()
    entries = {e.id: e for e in engine.snapshot()}
    acting = set(preview.to_send) | set(preview.unsupported) | set(preview.manual)
    rows = []
    for e in entries.values():
        if e.decision.action == "allow":
            continue
        what = e.decision.action
        if e.id in acting:
            would = (
                "would send"
                if e.id in preview.to_send
                else ("not supported" if e.id in preview.unsupported else "manual step")
            )
        elif e.decision.enforcing:
            would = "already done"
        else:
            would = "nothing sent"
        rows.append(
            {
                "id": e.id,
                "name": plain_text(e.participant.name),
                "country": e.geo.country or "?",
                "status": e.participant.status,
                "action": what,
                "outcome": would,
                "rule": e.decision.rule,
            }
        )
    if rows:
        write_table(rows, ("id", "name", "country", "status", "action", "outcome", "rule"))
    print(
        f"\ndry run: {len(entries)} participants; {len(preview.to_send)} action(s) would be sent, "
        f"{len(preview.already_done)} already done, {len(preview.unsupported)} not supported, "
        f"{len(preview.manual)} manual"
    )
    print(f"share guard: {preview.verdict.message()}")
    _report_only(engine, preview)
    for line in preview.plan:
        print(f"plan: {line}")
    _service_notes(engine)
    print("nothing was sent (add --apply to act)")
    if not args.once:
        # Keep showing decisions for people who join, still sending nothing.
        print("watching (dry run); Ctrl+C to stop", file=sys.stderr)
        seen = set(entries)
        while True:
            time.sleep(0.5)
            for e in engine.snapshot():
                if e.id not in seen:
                    seen.add(e.id)
                    if e.decision.action != "allow":
                        print(
                            f"would {e.decision.action}: {e.id} {plain_text(e.participant.name)} ({e.decision.reason})",
                            flush=True,
                        )
                    for name in e.decision.reported:
                        print(
                            f"report-only {plain_text(name, 200)!r} matches: {e.id} "
                            f"{plain_text(e.participant.name)} (nothing sent)",
                            flush=True,
                        )
    return EXIT_OK


def _service_notes(engine) -> None:
    """What the service does not report, in the adapter's words (Zoom: co-hosts are not reported,
    exempt them by e-mail; its limit of meeting updates a day, once near)."""
    from hostguard.services.capabilities import MeetingUpdateLimit, RoleNotes

    adapter = engine.adapter
    notes = []
    if isinstance(adapter, RoleNotes):
        notes.append(("roles", adapter.role_note))
    if isinstance(adapter, MeetingUpdateLimit):
        notes.append(("meeting updates", adapter.update_sentence))
    for label, fn in notes:
        try:
            text = fn(engine.meeting_id)
        except Exception:  # a note never stops the run
            log.debug("the %s note failed", label, exc_info=True)
            continue
        if text:
            print(f"{label}: {plain_text(text, 2000)}")


def _summary(engine, result) -> int:
    """Counts, what happened to the meeting's own policy, and the lists the host acts on:
    manual steps (names and the ids they have now), failures, what the service cannot do."""
    st = engine.status()
    print(
        f"summary: applied {st.applied}, failed {st.failed}, unsupported {st.unsupported}, "
        f"manual {st.manual}, pending {st.pending}"
        + (f", already done before this run {result.already_done}" if result is not None else "")
    )
    _report_only(engine, engine.plan())
    held = engine.held_actions()
    if held:
        print(f"held by the burst guard, not sent ({len(held)}):")
        for h in held[:MAX_LISTED]:
            print(f"  {h.action} {h.participant_id} {plain_text(h.name)}".rstrip())
    policy = engine.service_policy
    if policy:
        print(f"country policy: {plain_text(policy, 2000)}")
    _service_notes(engine)
    items = engine.outcomes(("manual", "failed", "unsupported"))
    for state in ("manual", "failed", "unsupported"):
        listed = [i for i in items if i.state == state]
        if not listed:
            continue
        print(
            f"{state} ({len(listed)}): remove these in the {engine.service.capitalize()} client"
            if state == "manual"
            else f"{state} ({len(listed)}):"
        )
        for i in listed[:MAX_LISTED]:
            ident = i.current_id
            if i.current_id != i.participant_id:
                ident += f" (rejoined; was {i.participant_id})"
            print(
                f"  {i.action} {ident} {plain_text(i.name)}: {plain_text(i.detail, 160)}".rstrip()
            )
        if len(listed) > MAX_LISTED:
            print(f"  ... and {len(listed) - MAX_LISTED} more (see 'hostguard audit export')")
    return EXIT_OK


class _ignoring_interrupts:
    """SIGINT/SIGTERM ignored while stopping (main thread only; restored afterwards)."""

    def __enter__(self):
        self._old: list[tuple[int, object]] = []
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                with contextlib.suppress(ValueError, OSError):
                    self._old.append((sig, signal.signal(sig, signal.SIG_IGN)))
        return self

    def __exit__(self, *exc):
        for sig, old in self._old:
            signal.signal(sig, old)
        return False


class _terminate_as_interrupt:
    """SIGTERM stops like Ctrl+C (the outbox stays consistent either way)."""

    def __enter__(self):
        self._old = None
        if threading.current_thread() is threading.main_thread():
            try:
                self._old = signal.signal(signal.SIGTERM, self._handler)
            except (ValueError, OSError):
                self._old = None
        return self

    @staticmethod
    def _handler(signum, frame):
        raise KeyboardInterrupt

    def __exit__(self, *exc):
        if self._old is not None:
            signal.signal(signal.SIGTERM, self._old)
        return False


__all__ = ["default_state_dir", "resolve_credentials", "run"]
