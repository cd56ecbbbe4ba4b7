"""`hostguard audit export`: the audit trail (decisions, rules, evidence, outcomes) to stdout.

Exporting only reads: each state database is opened read-only and nothing on disk is created
or changed (an empty database file exports nothing).

With --state-dir, the audit log of that state directory; without it, every meeting's state
directory under HostGuard's default state folder, oldest entry first.

--meeting (repeatable) keeps the rows of those meetings, matched as `hostguard forget --meeting`
matches: the id exactly as `watch` or the app was given it (the export's ``meeting_id``), on
any service. Nothing maps a Zoom meeting's number to its UUID offline, so a meeting followed
once by number and once by UUID is two ids here, as it is in the state. An id without audit
entries there is invalid input (exit 2) that names the meetings that do have entries.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hostguard.cli import EXIT_OK, UsageError, terminal_safe
from hostguard.engine.audit import EXPORT_FORMATS, export_rows, iso_time, read_audit_rows
from hostguard.engine.store import DB_NAME, StoreError
from hostguard.services import SERVICES

# Meetings named in the error for an unknown --meeting (the rest are counted).
SHOWN_MEETINGS = 5


def add_parser(sub) -> None:
    p = sub.add_parser("audit", help="the audit trail of decisions and their outcomes")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    e = asub.add_parser("export", help="write the audit trail to stdout (CSV or JSON)")
    e.add_argument("--format", choices=EXPORT_FORMATS, default="csv")
    e.add_argument(
        "--state-dir",
        metavar="DIR",
        help="a state directory (default: all under HostGuard's state folder)",
    )
    e.add_argument(
        "--participant",
        metavar="ID",
        help="only what is kept about this participant (for a person's access request): rows "
        "with this participant id and, where HostGuard linked them to the same person, that "
        "person's other sessions in the same meeting",
    )
    e.add_argument(
        "--meeting",
        metavar="ID",
        action="append",
        help="only the rows of this meeting (repeat for several): its id exactly as watch or the "
        "app was given it, as hostguard forget takes it and the meeting_id column shows it; an id "
        "without audit entries is an error (exit 2) that lists the meetings that have some",
    )
    e.add_argument(
        "--service",
        choices=SERVICES,
        help="only the rows of this service's meetings (a meeting id kept for two services "
        "names two meetings; with --meeting, the one on this service)",
    )
    e.set_defaults(run=run)


def _state_dirs(arg: str | None) -> list[Path]:
    if arg:
        d = Path(arg)
        if not d.is_dir():
            raise UsageError(
                f"--state-dir {d}: no HostGuard state database ({DB_NAME}) there (no such directory)"
            )
        if not (d / DB_NAME).is_file():
            raise UsageError(f"--state-dir {d}: no HostGuard state database ({DB_NAME}) there")
        return [d]
    root = _state_root()
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / DB_NAME).is_file())


def _state_root() -> Path:
    import platformdirs

    return Path(platformdirs.user_state_dir("HostGuard"))


def _read(
    dirs: list[Path], participant: str | None = None, meetings: list[str] | None = None
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for d in dirs:
        # Read-only: exporting never creates, initialises or migrates a state database.
        try:
            rows.extend(read_audit_rows(d, participant, meetings=meetings))
        except StoreError as exc:
            raise UsageError(str(exc)) from None
    return rows


def _compact(meeting: str) -> str:
    """A meeting id without spaces and dashes: "85 1234 5678" and "8512345678" alike."""
    return re.sub(r"[\s-]", "", meeting)


def _check_meetings(
    wanted: list[str],
    rows: list[dict[str, object]],
    dirs: list[Path],
    participant: str | None,
    state_dir: str | None,
    service: str | None = None,
) -> None:
    """UsageError naming the --meeting ids without audit entries (on ``service``, when given),
    and the meetings with some."""
    found = {str(r["meeting_id"]) for r in rows}
    missing = [m for m in wanted if m not in found]
    if missing and participant is not None:
        # A meeting where this participant has no rows is an empty export, not an unknown id.
        found = {str(r["meeting_id"]) for r in _of_service(_read(dirs, None, missing), service)}
        missing = [m for m in missing if m not in found]
    if not missing:
        return
    kept = sorted({(str(r["service"]), str(r["meeting_id"])) for r in _read(dirs)})
    where = f"in {state_dir}" if state_dir else f"under HostGuard's state folder ({_state_root()})"
    ids = ", ".join(repr(m) for m in missing)
    on = f" on {service}" if service else ""
    text = f"--meeting: no audit entries for meeting{'s' * (len(missing) > 1)} {ids}{on} {where}"
    if kept:
        listed = ", ".join(f"{s} {m!r}" for s, m in kept[:SHOWN_MEETINGS])
        more = f" and {len(kept) - SHOWN_MEETINGS} more" if len(kept) > SHOWN_MEETINGS else ""
        text += (
            f"; there are entries for {len(kept)} meeting{'s' * (len(kept) != 1)}: {listed}{more}"
        )
        near = sorted({m for _s, m in kept for w in missing if _compact(m) == _compact(w)})
        if near:
            text += f"; did you mean {' or '.join(repr(m) for m in near)}?"
    else:
        text += "; there are no audit entries there at all"
    raise UsageError(
        f"{text} (ids are matched exactly as watch or the app was given them, as by forget)"
    )


def _of_service(rows: list[dict[str, object]], service: str | None) -> list[dict[str, object]]:
    return rows if service is None else [r for r in rows if r["service"] == service]


def run(args) -> int:
    participant = getattr(args, "participant", None)
    wanted = getattr(args, "meeting", None)
    service = getattr(args, "service", None)
    if wanted is not None:
        wanted = list(dict.fromkeys(wanted))
    dirs = _state_dirs(args.state_dir)
    rows = _of_service(_read(dirs, participant, wanted), service)
    if wanted is not None:
        _check_meetings(wanted, rows, dirs, participant, args.state_dir, service)  # before any output
    if participant is not None:
        meetings = sorted({(str(r["service"]), str(r["meeting_id"])) for r in rows})
        if len(meetings) > 1:
            # Participant ids are given per meeting: the same id elsewhere may be someone else.
            listed = ", ".join(f"{s} {terminal_safe(m)!r}" for s, m in meetings[:10])
            # (one id on several services: their states are in different directories by default)
            choose = "--meeting" if len({m for _s, m in meetings}) > 1 else "--service"
            print(
                f"hostguard: warning: rows from {len(meetings)} meetings ({listed}); participant ids "
                f"are per meeting: check they are the same person, or choose one with {choose}",
                file=sys.stderr,
            )
    rows.sort(key=lambda r: (r["at"], r["service"], r["meeting_id"]))
    for r in rows:
        r["at"] = iso_time(r["at"])
        r["settled_at"] = iso_time(r["settled_at"])
    export_rows(rows, sys.stdout, args.format)
    return EXIT_OK
