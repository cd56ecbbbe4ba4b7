"""Command line: argument parsing and dispatch. Each subcommand lives in its own module here
and calls the same core/engine code the desktop app uses.

(The house sketch names a single ``cli.py``; with seven subcommands, one module each keeps
them readable and lets their owners work without colliding.)

Exit codes (SPEC): 0 success; 1 internal error; 2 invalid input or usage; 3 service
unreachable or authentication failed after retries; 4 the safety guard refused.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import unicodedata

from hostguard import __version__

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_UNREACHABLE = 3
EXIT_GUARD = 4

# subcommand -> module in this package defining add_parser(subparsers) and run(args) -> int
SUBCOMMANDS = ("evaluate", "simulate", "watch", "geoip", "credentials", "audit")

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


def build_parser() -> argparse.ArgumentParser:
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
    for name in SUBCOMMANDS:
        try:
            mod = importlib.import_module(f"hostguard.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"hostguard.cli.{name}":
                raise
            continue
        mod.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
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
