"""The audit trail: reading and exporting what HostGuard decided, why, on what evidence, and
what came of it (CSV that spreadsheets show as text, or JSON).

Rows are written by the engine into the state database (`hostguard.engine.store`); they hold
the matched network prefix, never a participant's full address, and never a secret.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import ipaddress
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from hostguard.core.spreadsheet import spreadsheet_safe
from hostguard.engine.store import APPLICATION_ID, AUDIT_COLUMNS, DB_NAME, SCHEMA_VERSION, Store
from hostguard.engine.store_errors import StoreError

EXPORT_FORMATS = ("csv", "json")
# Longest prefix kept as evidence: a database's "network" can be a single address.
MAX_PREFIX = {4: 24, 6: 48}


def coarse_network(network: str | None) -> str | None:
    """The matched network, widened to at most /24 (IPv4) or /48 (IPv6) so it never names one address."""
    if not network:
        return None
    try:
        net = ipaddress.ip_network(network, strict=False)
    except ValueError:
        return None
    limit = MAX_PREFIX[net.version]
    if net.prefixlen > limit:
        net = net.supernet(new_prefix=limit)
    return str(net)


def iso_time(ts: object) -> str | None:
    if ts is None or ts == "":
        return None
    return dt.datetime.fromtimestamp(float(ts), dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class AuditLog:
    """The audit rows of one state database, optionally limited to one service and meeting."""

    def __init__(
        self, store: Store, service: str | None = None, meeting_id: str | None = None
    ) -> None:
        self.store = store
        self.service = service
        self.meeting_id = meeting_id

    def query(
        self, *, since: float | None = None, limit: int | None = None
    ) -> list[dict[str, object]]:
        """Rows oldest first; ``at``/``settled_at`` as ISO 8601 UTC text."""
        rows = self.store.audit_rows(self.service, self.meeting_id, since=since, limit=limit)
        for r in rows:
            r["at"] = iso_time(r["at"])
            r["settled_at"] = iso_time(r["settled_at"])
        return rows

    def export(self, dest: str | os.PathLike[str] | IO[str], fmt: str = "csv") -> int:
        """Write every row to a path or text stream; return how many were written."""
        return export_rows(self.query(), dest, fmt)


def export_rows(
    rows: Iterable[dict[str, object]], dest: str | os.PathLike[str] | IO[str], fmt: str = "csv"
) -> int:
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (expected csv or json)")
    rows = list(rows)
    if fmt == "json":
        text = (
            json.dumps(
                [{k: r.get(k) for k in AUDIT_COLUMNS} for r in rows], ensure_ascii=False, indent=1
            )
            + "\n"
        )
    else:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(AUDIT_COLUMNS)
        for r in rows:
            w.writerow([spreadsheet_safe(r.get(c)) for c in AUDIT_COLUMNS])
        text = buf.getvalue()
    if isinstance(dest, (str, os.PathLike)):
        Path(dest).write_text(text, encoding="utf-8", newline="")
    else:
        dest.write(text)
    return len(rows)


def read_audit_rows(
    state_dir: str | os.PathLike[str],
    participant: str | None = None,
    *,
    meetings: Iterable[str] | None = None,
) -> list[dict[str, object]]:
    """The audit rows of a state directory, read without changing anything on disk.

    ``participant``: only the rows about that participant id and, where the outbox links
    sessions to one person (a one-way hash of the service's person key, kept for actions
    HostGuard decided), every row of that person's other sessions in the same meeting. A
    session HostGuard never acted on (only flagged or reported) has no such link: its rows
    come with its own participant id only.

    ``meetings``: only the rows whose meeting id is one of these, compared exactly (the id as
    `watch` or the app was given it, on any service); with ``participant``, both must hold.

    For a command that only reads (``hostguard audit export``): the database is opened
    read-only (``mode=ro``), never created, initialised or migrated. A zero-byte file or an
    SQLite file without tables has nothing recorded (``[]``); another program's database, a
    file that is not SQLite or one written by a newer HostGuard is a `StoreError`. Columns a
    schema-1 database lacks come back as None.

    A database no one has open (no ``-wal``/``-shm`` beside it) is read as immutable, so that
    SQLite does not leave those two files behind; if a writer appeared meanwhile, it is read
    again the ordinary read-only way (the writer's files exist then anyway).
    """
    if meetings is not None:
        meetings = list(dict.fromkeys(meetings))  # it may be read twice below
    path = Path(state_dir) / DB_NAME
    if not path.is_file():
        raise StoreError(f"{path}: no HostGuard state database there")
    try:
        if path.stat().st_size == 0:
            return []  # created and never written: nothing recorded
    except OSError as exc:
        raise StoreError(f"{path}: cannot read ({exc.strerror or exc})") from None
    uri = path.resolve().as_uri() + "?mode=ro"
    side = [path.with_name(DB_NAME + suffix) for suffix in ("-wal", "-shm")]

    def fingerprint() -> tuple[object, ...]:
        try:
            st = path.stat()
        except OSError:
            return ()
        return (st.st_size, st.st_mtime_ns, *(p.exists() for p in side))

    if not any(p.exists() for p in side):
        before = fingerprint()
        try:
            rows = _read_audit(path, uri + "&immutable=1", participant, meetings)
        except StoreError:
            if fingerprint() == before:
                raise
        else:
            if fingerprint() == before:
                return rows
    return _read_audit(path, uri, participant, meetings)


def _read_audit(
    path: Path, uri: str, participant: str | None = None, meetings: list[str] | None = None
) -> list[dict[str, object]]:
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=15.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open ({exc})") from None

    def unusable(exc: Exception) -> StoreError:
        return StoreError(
            f"{path}: not a usable HostGuard state database ({exc}); it was left untouched - "
            "move it away or choose another --state-dir"
        )

    try:
        try:
            conn.execute("PRAGMA busy_timeout=15000")
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = [
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ]
        except sqlite3.DatabaseError as exc:
            raise unusable(exc) from None
        if app_id == 0 and not tables:
            return []  # an empty SQLite database: nothing recorded
        if app_id != APPLICATION_ID:
            raise StoreError(
                f"{path}: this database belongs to another program (it has tables "
                f"{', '.join(sorted(tables)[:5]) or 'none'}); it was left untouched - choose another --state-dir"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path}: written by a newer HostGuard (schema {version}, this version reads "
                f"{SCHEMA_VERSION}); update HostGuard or choose another --state-dir"
            )
        if version < 1 or "audit" not in tables:
            raise StoreError(
                f"{path}: an incomplete HostGuard database (schema {version}); it was left untouched"
            )
        try:
            present = {r[1] for r in conn.execute("PRAGMA table_info(audit)")}
            cols = [c if c in present else f"NULL AS {c}" for c in AUDIT_COLUMNS]
            conn.row_factory = sqlite3.Row
            conds: list[str] = []
            args: list[object] = []
            if participant is not None:
                cond, args = "participant_id=?", [participant]
                outbox = {r[1] for r in conn.execute("PRAGMA table_info(outbox)")}
                if "person" in outbox:
                    # The person's sessions: rows of any session the outbox links to them
                    # (in the same meeting: the person hash is per meeting).
                    cond += (
                        " OR EXISTS (SELECT 1 FROM outbox o WHERE o.participant_id=audit.participant_id"
                        " AND o.service=audit.service AND o.meeting_id=audit.meeting_id AND o.person IN"
                        " (SELECT person FROM outbox WHERE participant_id=? AND person!=''))"
                    )
                    args.append(participant)
                conds.append(f"({cond})")
            if meetings is not None:
                conds.append(f"meeting_id IN ({', '.join('?' * len(meetings))})")
                args.extend(meetings)
            where = " WHERE " + " AND ".join(conds) if conds else ""
            return [
                dict(r)
                for r in conn.execute(
                    f"SELECT {', '.join(cols)} FROM audit{where} ORDER BY at, id", args
                )
            ]
        except sqlite3.DatabaseError as exc:
            raise unusable(exc) from None
    finally:
        conn.close()
