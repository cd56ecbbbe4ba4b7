"""`hostguard forget --meeting ID [--service S] [--state-dir DIR]`: delete everything HostGuard
keeps about one meeting (outbox, audit trail, country policy records, binding), then compact
the database so the deleted rows are not left in its free pages, and remove the state files
when nothing else is left in them.

It first says what it will remove, then removes it and says what it removed. On a terminal it
asks for confirmation first (``--yes`` skips the question); without a terminal (a script) it
goes ahead, as the command line asks. Export first if the data is needed:
``hostguard audit export --state-dir DIR``.

Which state: ``--state-dir``, else the meeting's own folder under HostGuard's state folder
(the one `watch` and the app use). Which service: ``--service``; without it, the one service
the state keeps that meeting id for; if several services keep the same meeting id, nothing is
removed and the command asks for ``--service`` (exit 2): a meeting id on one service says
nothing about another's.

Refused (exit 2, nothing removed) while a HostGuard works on that state: an engine (watch, the
app) has the directory open, or another process holds live leases on the meeting's actions.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hostguard.cli import EXIT_OK, UsageError, terminal_safe

HELP = "delete everything HostGuard keeps about one meeting (outbox, audit, state)"


def add_parser(sub) -> None:
    from hostguard.services import SERVICES

    p = sub.add_parser("forget", help=HELP, description=HELP + ". " + __doc__.split("\n\n")[1])
    p.add_argument("--meeting", required=True, metavar="ID", help="the meeting's id on the service")
    p.add_argument(
        "--service",
        choices=SERVICES,
        help="the meeting's service (default: the one service the state keeps this meeting for)",
    )
    p.add_argument(
        "--state-dir", metavar="DIR", help="the state directory (default: the meeting's own, per service)"
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation on a terminal")
    p.set_defaults(run=run)


def _candidates(args) -> list[tuple[Path, str]]:
    """(state directory, service) pairs that keep something about the meeting."""
    from hostguard.engine import StoreError, default_state_dir, kept_meetings
    from hostguard.services import SERVICES

    services = [args.service] if args.service else list(SERVICES)
    if args.state_dir:
        dirs = [Path(args.state_dir)]
        if not dirs[0].is_dir():
            raise UsageError(f"--state-dir {dirs[0]}: no such directory")
    else:
        dirs = list(dict.fromkeys(default_state_dir(s, args.meeting) for s in services))
    found = []
    for d in dirs:
        try:
            kept = kept_meetings(d)
        except StoreError as exc:
            raise UsageError(str(exc)) from None
        found += [(d, s) for s, m in kept if m == args.meeting and s in services]
    return found


def run(args) -> int:
    from hostguard.engine import MeetingInUse, StoreError, forget_meeting

    shown = terminal_safe(args.meeting)
    found = _candidates(args)
    if not found:
        where = f" in {args.state_dir}" if args.state_dir else ""
        print(f"hostguard: nothing is kept about meeting {shown!r}{where}; nothing removed")
        return EXIT_OK
    services = sorted({s for _d, s in found})
    if len(services) > 1:
        raise UsageError(
            f"meeting {shown!r} is kept for several services ({', '.join(services)}); "
            "say which with --service (nothing was removed)"
        )
    try:
        plans = [forget_meeting(d, s, args.meeting, dry_run=True) for d, s in found]
        for plan in plans:
            print(f"hostguard: {terminal_safe(plan.describe(done=False))}")
        if sys.stdin is not None and sys.stdin.isatty() and not args.yes:
            try:
                answer = input("Remove it for good? This cannot be undone [y/N] ").strip().lower()
            except EOFError:
                answer = ""
            if answer not in ("y", "yes"):
                print("hostguard: nothing removed")
                return EXIT_OK
        for d, s in found:
            res = forget_meeting(d, s, args.meeting)
            print(f"hostguard: {terminal_safe(res.describe())}")
            if res.files_removed:
                print(f"hostguard: nothing else was kept there: removed {', '.join(res.files_removed)}")
    except MeetingInUse as exc:
        raise UsageError(f"{exc} (nothing was removed)") from None
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    return EXIT_OK
