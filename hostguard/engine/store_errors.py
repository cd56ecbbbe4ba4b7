"""The state database's failures in words: `StoreError` names the file, the condition (a
full disk, a read-only file system, no permission, locked by another process) and what to do,
never a bare sqlite3 message. Used by `hostguard.engine.store` and the audit reader."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path


class StoreError(Exception):
    """The state database cannot be used; the message says which file and what to do.

    ``cause`` names the condition for code that reacts to it: "full", "read-only",
    "permission", "locked", "io", "identity" (another service's directory), or "" (other)."""

    def __init__(self, message: str, cause: str = "") -> None:
        super().__init__(message)
        self.cause = cause

    @property
    def transient(self) -> bool:
        """Worth trying again soon (another process holds the lock); the rest is not."""
        return self.cause == "locked"


# SQLite primary result codes (the low byte of an extended code)
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 13, 14
_EDQUOT = getattr(errno, "EDQUOT", errno.ENOSPC)  # over the user's disk quota


def _space_left(path: Path) -> int | None:
    """Bytes free to this user on the file system holding ``path`` (None if unknown)."""
    for p in (path, path.parent):
        try:
            st = os.statvfs(p)
        except (OSError, AttributeError):
            continue
        return st.f_bavail * st.f_frsize
    return None


def _read_only_fs(path: Path) -> bool:
    for p in (path, path.parent):
        try:
            return bool(os.statvfs(p).f_flag & os.ST_RDONLY)
        except (OSError, AttributeError):
            continue
    return False


def explain(path: Path, exc: BaseException, doing: str = "write") -> StoreError:
    """A StoreError naming ``path`` and the cause of an SQLite or OS failure, in words.

    SQLite reports a full disk as "database or disk is full", but also, when the write of its
    shared-memory or journal file hits the limit, as a plain "disk I/O error": the free space
    on the file system decides between the two."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    os_errno = getattr(exc, "errno", None)
    raw = str(exc) or type(exc).__name__
    cause, words, advice = "", "", "choose another --state-dir"
    free = None
    if primary in (_SQLITE_FULL, _SQLITE_IOERR, _SQLITE_CANTOPEN) or os_errno in (
        errno.ENOSPC,
        errno.EIO,
        _EDQUOT,
    ):
        free = _space_left(path)
    if primary == _SQLITE_FULL or os_errno in (errno.ENOSPC, _EDQUOT) or (
        free is not None and free < 64 * 1024 and primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN)
    ):
        cause, words = "full", "the disk is full: no space left on the device"
        advice = "free some space or choose another --state-dir"
    elif primary == _SQLITE_READONLY or os_errno in (errno.EROFS, errno.EACCES, errno.EPERM) or (
        primary in (_SQLITE_CANTOPEN, _SQLITE_PERM, _SQLITE_IOERR) and _read_only_fs(path)
    ):
        if _read_only_fs(path) or os_errno == errno.EROFS:
            cause, words = "read-only", "its file system is mounted read-only"
        else:
            cause, words = "permission", "this user may not write it or its directory"
        advice = "make it writable or choose another --state-dir"
    elif primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        cause, words = "locked", "another process holds it locked"
        advice = "try again when the other HostGuard has finished"
    elif primary == _SQLITE_IOERR or os_errno == errno.EIO:
        cause, words = "io", "the operating system reported an input/output error"
    elif primary == _SQLITE_CANTOPEN:
        cause, words = "io", "it cannot be opened"
    detail = f"{words} ({raw})" if words else raw
    return StoreError(f"{path}: cannot {doing} the state database: {detail}; {advice}", cause)


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open (SQLite ends some itself, e.g. on a full disk);
    a failing rollback must not hide the error that caused it."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
