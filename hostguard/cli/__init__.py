"""Command line: argument parsing and dispatch. Each subcommand lives in its own module here
and calls the same core/engine code the desktop app uses.

(The house sketch names a single ``cli.py``; with seven subcommands, one module each keeps
them readable and lets their owners work without colliding.)

Exit codes (README "Command line"): 0 success; 1 internal error; 2 invalid input or usage; 3 service
unreachable or authentication failed after retries; 4 the safety guard refused.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import sys
import unicodedata

from hostguard import __version__

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_UNREACHABLE = 3
EXIT_GUARD = 4

# Starts the app's engine process (hostguard.engine.host); not for use by hand, so not in --help.
ENGINE_HOST_FLAG = "--engine-host"
# subcommand -> module in this package defining add_parser(subparsers) and run(args) -> int
SUBCOMMANDS = ("evaluate", "simulate", "watch", "geoip", "credentials", "audit", "forget")
# Each subcommand's one-line help for `hostguard --help`, the same text its add_parser gives
# (a test checks): only the chosen subcommand's module is imported, since some pull in HTTP
# and keyring libraries that cost a noticeable part of a second at every start.
SUBCOMMAND_HELP = {
    "evaluate": "show what the rules decide for a participants file",
    "simulate": "run a simulated meeting service (reference API, Zoom and Webex subsets) on loopback",
    "watch": "follow a meeting and apply the rules to it (dry run unless --apply)",
    "geoip": "IP geolocation databases: what is in use (info), get a current one (update)",
    "credentials": "store, check or delete service credentials in the OS keyring",
    "audit": "the audit trail of decisions and their outcomes",
    "forget": "delete everything HostGuard keeps about one meeting (outbox, audit, state)",
}

log = logging.getLogger(__name__)


class UsageError(Exception):
    """Invalid input or usage: printed as one or a few lines, exit code 2."""


def terminal_safe(text: str) -> str:
    """A message for the terminal with its line breaks kept and every other control or format
    character dropped: messages quote files and services, which must not be able to send
    escape sequences or reorder the text around them."""
    return "".join(
        ch if ch == "\n" or unicodedata.category(ch) not in _UNSAFE else ("    " if ch == "\t" else "")
        for ch in text
    )


_UNSAFE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def _chosen_command(argv: list[str]) -> str | None:
    """The subcommand argparse will pick: the first argument that is not an option (the
    top-level options take no values)."""
    for arg in argv:
        if not arg.startswith("-"):
            return arg
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command line parser. With ``argv``, only the subcommand it names is built in full
    (its module imported); the others are listed with their help. Without, all are built."""
    parser = argparse.ArgumentParser(
        prog="hostguard",
        description="HostGuard: see where meeting participants connect from, and apply "
        "geography rules with a preview, a safety guard and an audit trail.",
    )
    parser.add_argument("--version", action="version", version=f"HostGuard {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the desktop app on a simulated event (no account needed)")
    parser.add_argument("--self-test", action="store_true", help="check headless that HostGuard can run here, then exit")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = _chosen_command(argv) if argv is not None else None
    for name in SUBCOMMANDS:
        module = f"hostguard.cli.{name}"
        if argv is not None and name != chosen:
            if importlib.util.find_spec(module) is not None:
                sub.add_parser(name, help=SUBCOMMAND_HELP[name], add_help=False)
            continue
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        mod.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == [ENGINE_HOST_FLAG]:  # the app's engine process (hostguard.engine.remote)
        from hostguard.ui.engine_process import main as engine_host

        return engine_host()
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2),
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        if args.self_test:
            from hostguard.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from hostguard.ui.app import run_app

            return run_app(demo=args.demo)
        return int(args.run(args) or 0)
    except UsageError as exc:
        print(f"hostguard: {terminal_safe(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("hostguard: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last line of defence: never a traceback for a user
        log.debug("internal error", exc_info=True)
        print(f"hostguard: internal error: {type(exc).__name__}: {terminal_safe(str(exc))} (run with -v for details)", file=sys.stderr)
        if args.verbose:
            import traceback

            traceback.print_exc()
        return EXIT_INTERNAL


def main_gui() -> int:
    """Entry point for the windowed launcher (no console on Windows)."""
    return main(sys.argv[1:])
