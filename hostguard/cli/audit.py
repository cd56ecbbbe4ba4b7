"""`hostguard audit export`: the audit trail (decisions, rules, evidence, outcomes) to stdout.

Exporting only reads: each state database is opened read-only and nothing on disk is created
or changed (an empty database file exports nothing).

With --state-dir, the audit log of that state directory; without it, every meeting's state
directory under HostGuard's default state folder, oldest entry first.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hostguard.cli import EXIT_OK, UsageError, terminal_safe
from hostguard.engine.audit import EXPORT_FORMATS, export_rows, iso_time, read_audit_rows
from hostguard.engine.store import DB_NAME, StoreError


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
    import platformdirs

    root = Path(platformdirs.user_state_dir("HostGuard"))
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / DB_NAME).is_file())


def run(args) -> int:
    rows: list[dict[str, object]] = []
    for d in _state_dirs(args.state_dir):
        # Read-only: exporting never creates, initialises or migrates a state database.
        try:
            rows.extend(read_audit_rows(d, getattr(args, "participant", None)))
        except StoreError as exc:
            raise UsageError(str(exc)) from None
    if getattr(args, "participant", None) is not None:
        meetings = sorted({(str(r["service"]), str(r["meeting_id"])) for r in rows})
        if len(meetings) > 1:
            # Participant ids are given per meeting: the same id elsewhere may be someone else.
            listed = ", ".join(f"{s} {terminal_safe(m)!r}" for s, m in meetings[:10])
            print(
                f"hostguard: warning: rows from {len(meetings)} meetings ({listed}); participant ids "
                "are per meeting: check they are the same person, or choose one with --state-dir",
                file=sys.stderr,
            )
    rows.sort(key=lambda r: (r["at"], r["service"], r["meeting_id"]))
    for r in rows:
        r["at"] = iso_time(r["at"])
        r["settled_at"] = iso_time(r["settled_at"])
    export_rows(rows, sys.stdout, args.format)
    return EXIT_OK
