"""`hostguard simulate`: run the simulated meeting service on this machine until stopped.

Prints exactly one line on stdout when ready (``HostGuard simulator listening on URL``);
everything for humans (meeting id, token, warnings) goes to stderr. SIGTERM or SIGINT stop
it cleanly with exit code 0.
"""

from __future__ import annotations

import argparse
import ipaddress
import math
import signal
import sys
import threading

from hostguard.cli import EXIT_OK, UsageError

MAX_PARTICIPANTS = 200_000


def add_parser(sub) -> None:
    p = sub.add_parser(
        "simulate",
        help="run a simulated meeting service (reference API, Zoom and Webex subsets) on loopback",
        description="Run a simulated meeting service for the demo, rehearsals and tests. "
        "Prints one line on stdout when ready: 'HostGuard simulator listening on URL'.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=_int("--port"), default=0, help="port (default 0: any free port)")
    p.add_argument("--meeting-id", default="demo", metavar="ID", help="meeting id (default demo)")
    p.add_argument("--participants", type=_int("--participants"), default=200, metavar="N",
                   help="people in the event (default 200)")  # fmt: skip
    p.add_argument("--seed", type=_int("--seed"), default=1, metavar="S",
                   help="the same seed gives the same people (default 1)")  # fmt: skip
    p.add_argument("--join-rate", type=_float("--join-rate"), default=0.0, metavar="PER_SECOND",
                   help="0 (default): everyone present from the start; else arrivals per second, "
                   "with some leaving and rejoining")  # fmt: skip
    p.add_argument("--fault-rate", type=_float("--fault-rate"), default=0.0, metavar="F",
                   help="share of API requests that fail (0..1, deterministic from the seed)")  # fmt: skip
    p.add_argument("--token", default="sim-token", metavar="T",
                   help="bearer token clients must send (default sim-token); visible in the "
                   "process list, so never a real service's token")  # fmt: skip
    p.add_argument("--analytics-delay", type=_float("--analytics-delay"), default=0.0, metavar="SECONDS",
                   help="Webex subset: delay before participant addresses appear in analytics")  # fmt: skip
    p.set_defaults(run=run)


def _int(flag: str):
    def parse(text: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise _ArgError(f"{flag} must be a whole number, not {text!r}") from None

    return parse


def _float(flag: str):
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            raise _ArgError(f"{flag} must be a number, not {text!r}")
        return value

    return parse


class _ArgError(argparse.ArgumentTypeError):
    """argparse prints this message as it is (exit 2), instead of 'invalid <type> value'."""


def _validate(args) -> None:
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port must be from 0 to 65535, not {args.port}")
    if not 1 <= args.participants <= MAX_PARTICIPANTS:
        raise UsageError(
            f"--participants must be from 1 to {MAX_PARTICIPANTS}, not {args.participants}"
        )
    if args.join_rate < 0:
        raise UsageError(f"--join-rate must be 0 or more people per second, not {args.join_rate:g}")
    if not 0.0 <= args.fault_rate <= 1.0:
        raise UsageError(
            f"--fault-rate must be between 0 and 1 (a share of requests), not {args.fault_rate:g}"
        )
    if args.analytics_delay < 0:
        raise UsageError(
            f"--analytics-delay must be 0 or more seconds, not {args.analytics_delay:g}"
        )
    if not args.token or any(ch.isspace() or not ch.isprintable() for ch in args.token):
        raise UsageError("--token must be non-empty printable text without spaces")
    from hostguard.simulator.server import _MEETING_ID_RE

    if not _MEETING_ID_RE.match(args.meeting_id):
        raise UsageError(
            f"--meeting-id must be 1 to 64 letters, digits or . _ ~ -, not {args.meeting_id!r}"
        )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args) -> int:
    _validate(args)
    from hostguard.simulator.server import start_simulator

    if not _is_loopback(args.host):
        print(f"hostguard: warning: listening on {args.host}, not loopback: other machines can reach "
              "this simulator and its fake participants", file=sys.stderr)  # fmt: skip
    stop = threading.Event()
    previous = {}
    for sig in (signal.SIGTERM, signal.SIGINT):
        previous[sig] = signal.signal(sig, lambda *_: stop.set())
    try:
        try:
            sim = start_simulator(
                host=args.host, port=args.port, meeting_id=args.meeting_id,
                participants=args.participants, seed=args.seed, join_rate=args.join_rate,
                fault_rate=args.fault_rate, token=args.token, analytics_delay=args.analytics_delay,
            )  # fmt: skip
        except OSError as exc:
            raise UsageError(
                f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}"
            ) from None
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        try:
            print(f"HostGuard simulator listening on {sim.url}", flush=True)
            print(f"meeting id: {sim.meeting_id}   token: {sim.token}   participants: {args.participants}"
                  f"   seed: {args.seed}   (stop with Ctrl+C)", file=sys.stderr, flush=True)  # fmt: skip
            while not stop.wait(0.5):
                pass
        finally:
            sim.stop()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("hostguard: simulator stopped", file=sys.stderr)
    return EXIT_OK
