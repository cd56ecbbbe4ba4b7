"""Forgetting a meeting: everything HostGuard keeps about it in a state directory (the outbox,
the audit trail, the records of its country policy, its binding to a service address) deleted,
the database compacted so the deleted rows are not left readable in free pages, and the
state directory's files removed when nothing else is left in them.

A running HostGuard on the same directory would write again what was just deleted, and one
sending an action would lose track of it: forgetting refuses (`MeetingInUse`) while

* an engine has the directory open (each `Engine` holds a shared ``flock`` on the state
  *directory* while open; Linux only. Not on the database file: closing any descriptor of
  that file would drop the POSIX locks SQLite holds on it in the same process), or
* another process holds live leases on rows of that meeting (any platform).
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from hostguard.engine.host import PID_FILE, STOP_FILE
from hostguard.engine.store import DB_NAME, Store, StoreError

_FLOCK = sys.platform.startswith("linux")
if _FLOCK:
    import fcntl

# What each table holds, in words (one, several).
TABLE_WORDS = {
    "outbox": ("decision in the outbox", "decisions in the outbox"),
    "audit": ("audit entry", "audit entries"),
    "meeting_policy": ("record of the meeting's country policy", "records of the meeting's country policy"),
    "binding": ("binding to a service address", "bindings to a service address"),
}


class MeetingInUse(Exception):
    """Another HostGuard is working on this state directory or meeting now."""


@dataclass
class ForgetResult:
    state_dir: Path
    service: str
    meeting_id: str
    removed: dict[str, int] = field(default_factory=dict)  # rows deleted per table
    files_removed: list[str] = field(default_factory=list)  # the state files deleted, if emptied

    def describe(self, *, done: bool = True) -> str:
        parts = [f"{n} {TABLE_WORDS[t][n != 1]}" for t, n in self.removed.items() if n]
        what = ", ".join(parts) or "nothing"
        verb = "removed" if done else "will remove"
        return f"{verb} {what} about {self.service} meeting {self.meeting_id!r} in {self.state_dir}"


def _open_dir(state_dir: Path) -> int:
    return os.open(state_dir, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))


class Presence:
    """A shared advisory lock on a state directory while an engine has it open (Linux)."""

    def __init__(self, state_dir: Path) -> None:
        self._fd: int | None = None
        if not _FLOCK:
            return
        try:
            fd = _open_dir(state_dir)
        except OSError:
            return
        try:
            # Waits while a forget holds the directory (it takes seconds): an engine must never
            # open a database that a forget is deleting.
            fcntl.flock(fd, fcntl.LOCK_SH)
        except OSError:
            os.close(fd)
            return
        self._fd = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    def __del__(self) -> None:  # an engine stopped and dropped without close()
        self.release()


@contextlib.contextmanager
def _exclusive(state_dir: Path):
    """Hold the state directory exclusively against engines (Linux); MeetingInUse if one has
    it open."""
    if not _FLOCK:
        yield
        return
    fd = _open_dir(state_dir)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise MeetingInUse(
                f"{state_dir}: a HostGuard (watch or the app) has this state directory open; "
                "stop it first, then forget"
            ) from None
        yield
    finally:
        os.close(fd)


def kept_meetings(state_dir: Path) -> list[tuple[str, str]]:
    """(service, meeting id) pairs a state directory keeps anything about ([] if no database)."""
    db = Path(state_dir) / DB_NAME
    if not db.is_file():
        return []
    with Store(state_dir) as store:
        return store.meetings()


def forget_meeting(
    state_dir: str | os.PathLike[str], service: str, meeting_id: str, *, dry_run: bool = False
) -> ForgetResult:
    """Delete what the state directory keeps about one meeting (see the module docstring).

    ``dry_run``: only count what would be removed. Raises MeetingInUse while another
    HostGuard works on it, StoreError for an unusable database."""
    d = Path(state_dir)
    db = d / DB_NAME
    result = ForgetResult(d, service, meeting_id)
    if not db.is_file():
        return result
    with _exclusive(d):
        store = Store(d)
        try:
            leases = store.live_leases(service, meeting_id)
            if leases:
                raise MeetingInUse(
                    f"another HostGuard is sending {leases} action(s) of this meeting now "
                    "(live leases in the outbox); stop it first, then forget"
                )
            if dry_run:
                result.removed = store.meeting_counts(service, meeting_id)
                return result
            result.removed = store.forget_meeting(service, meeting_id)
            empty = store.is_empty()
        finally:
            store.close()
        if empty:
            result.files_removed = _remove_files(d)
    return result


def _remove_files(d: Path) -> list[str]:
    """The database and its side files, then the directory if nothing else is in it."""
    removed = []
    # (and the notes an engine process keeps there: which process has it, a request to stop)
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal", PID_FILE, STOP_FILE):
        p = d / name
        try:
            p.unlink()
            removed.append(str(p))
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise StoreError(f"{p}: cannot remove ({exc.strerror or exc})") from None
    with contextlib.suppress(OSError):
        d.rmdir()  # only when empty: files someone else put there stay
        removed.append(str(d))
    return removed
