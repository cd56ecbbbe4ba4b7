"""The state directory's database: the durable outbox and the audit log (SQLite, WAL).

``<state_dir>/hostguard.sqlite3`` holds two tables:

* ``outbox``: one row per action HostGuard decided to send, keyed by its idempotency key
  (a stable hash of service, meeting, participant id and action, so every HostGuard that
  decides the same action uses the same key and the service applies it once). ``person`` is
  a hash of the service's person key (stable across a leave and rejoin where the service
  gives one), so a rejoin is recognised after a restart without storing e-mails. States:
  ``queued`` -> ``sending`` -> ``applied`` | ``failed`` | ``unsupported`` | ``manual``.
  A row is committed before it is sent; a row left in ``sending`` by a crash is sent again
  with the same key (the service recognises the key, so the effect stays at most once).
* ``audit``: one row per decision acted on (or flagged): who decided, when, which rule, the
  reason, the evidence (country, continent, geo status, database and its date, the matched
  network prefix; never the full address; the service-reported location where the service
  gives one, and whether it agrees with the database), and the outcome, updated when it settles.

The file is marked with an application id and a schema version (``PRAGMA user_version``):
a file that is not an SQLite database, or another program's database, is reported clearly
and never overwritten.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DB_NAME = "hostguard.sqlite3"
SCHEMA_VERSION = 2  # 2: outbox.person; audit.service_location/service_country/location_check
APPLICATION_ID = 0x48475244  # "HGRD"

QUEUED, SENDING, APPLIED, FAILED, UNSUPPORTED, MANUAL = (
    "queued",
    "sending",
    "applied",
    "failed",
    "unsupported",
    "manual",
)
OPEN_STATES = (QUEUED, SENDING)
SETTLED_STATES = (APPLIED, FAILED, UNSUPPORTED, MANUAL)

_SCHEMA = """
CREATE TABLE outbox (
    key            TEXT PRIMARY KEY,
    service        TEXT NOT NULL,
    meeting_id     TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    action         TEXT NOT NULL,
    reason         TEXT NOT NULL DEFAULT '',
    rule           TEXT,
    actor          TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL,
    detail         TEXT NOT NULL DEFAULT '',
    attempts       INTEGER NOT NULL DEFAULT 0,
    created        REAL NOT NULL,
    updated        REAL NOT NULL,
    person         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_open ON outbox(service, meeting_id, state);
CREATE INDEX outbox_participant ON outbox(service, meeting_id, participant_id);
CREATE TABLE audit (
    id               INTEGER PRIMARY KEY,
    key              TEXT UNIQUE,
    at               REAL NOT NULL,
    actor            TEXT NOT NULL,
    service          TEXT NOT NULL,
    meeting_id       TEXT NOT NULL,
    participant_id   TEXT NOT NULL,
    participant_name TEXT NOT NULL DEFAULT '',
    role             TEXT NOT NULL DEFAULT '',
    action           TEXT NOT NULL,
    rule             TEXT,
    reason           TEXT NOT NULL DEFAULT '',
    country          TEXT,
    continent        TEXT,
    geo_status       TEXT,
    database         TEXT,
    database_date    TEXT,
    network          TEXT,
    outcome          TEXT NOT NULL,
    detail           TEXT NOT NULL DEFAULT '',
    settled_at       REAL,
    service_location TEXT,
    service_country  TEXT,
    location_check   TEXT
);
CREATE INDEX audit_meeting ON audit(service, meeting_id, at);
"""

# Schema 1 -> 2: columns added (old rows keep their defaults; nothing is rewritten).
_MIGRATE_1_TO_2 = (
    "ALTER TABLE outbox ADD COLUMN person TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE audit ADD COLUMN service_location TEXT",
    "ALTER TABLE audit ADD COLUMN service_country TEXT",
    "ALTER TABLE audit ADD COLUMN location_check TEXT",
)

AUDIT_COLUMNS = (
    "at",
    "actor",
    "service",
    "meeting_id",
    "participant_id",
    "participant_name",
    "role",
    "action",
    "rule",
    "reason",
    "country",
    "continent",
    "geo_status",
    "database",
    "database_date",
    "network",
    "outcome",
    "detail",
    "settled_at",
    "service_location",
    "service_country",
    "location_check",
)


# Audit columns declared NOT NULL (read from the schema): a missing value is written as ""
# (with INSERT OR IGNORE, a NULL there would drop the row silently).
_NOT_NULL = frozenset(
    re.findall(r"^\s+(\w+)\s+TEXT NOT NULL", _SCHEMA.split("CREATE TABLE audit")[1], re.M)
)


class StoreError(Exception):
    """The state database cannot be used; the message says which file and what to do."""


def idempotency_key(
    service: str, meeting_id: str, participant_id: str, action: str, nonce: str = ""
) -> str:
    """The same for every HostGuard deciding the same action on the same participant."""
    raw = json.dumps([service, meeting_id, participant_id, action, nonce], separators=(",", ":"))
    return "hg1-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:48]


@dataclass(frozen=True, slots=True)
class _ActionFields:
    """What an outbox row and a decision about to be written have in common."""

    key: str
    service: str
    meeting_id: str
    participant_id: str
    action: str
    reason: str
    rule: str | None
    actor: str
    state: str
    detail: str
    # a hash of the service's person key (see `person_hash`); "" when unknown
    person: str = field(default="", kw_only=True)


@dataclass(frozen=True, slots=True)
class OutboxRow(_ActionFields):
    attempts: int
    created: float
    updated: float


@dataclass(frozen=True, slots=True)
class NewAction(_ActionFields):
    """A decision to write: the outbox row plus its audit row (``audit`` holds the evidence).

    ``state`` is queued, or unsupported/manual (settled at once, never sent)."""

    audit: dict[str, object]


@functools.lru_cache(maxsize=100_000)  # asked for each enforcing decision: keep it cheap
def person_hash(service: str, meeting_id: str, person_key: str) -> str:
    """The outbox's ``person``: equal for one person's sessions, without storing who it is."""
    if not person_key:
        return ""
    raw = json.dumps([service, meeting_id, person_key], separators=(",", ":"))
    return "p1-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


class Store:
    """Thread-safe access to one state database (one SQLite connection per thread)."""

    def __init__(self, state_dir: str | os.PathLike[str]) -> None:
        self.state_dir = Path(state_dir)
        self.path = self.state_dir / DB_NAME
        try:
            self.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreError(
                f"{self.state_dir}: cannot create the state directory ({exc.strerror or exc})"
            ) from None
        if self.path.exists() and not self.path.is_file():
            raise StoreError(f"{self.path}: exists and is not a file; choose another --state-dir")
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False
        self._check_and_init()

    # -- connections ---------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(
                self.path, timeout=15.0, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open ({exc})") from None
        conn.row_factory = sqlite3.Row
        return conn

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self._closed:
                raise StoreError(f"{self.path}: the state database is closed")
            conn = self._connect()
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")  # a queued decision survives a power cut
                conn.execute("PRAGMA busy_timeout=15000")
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise self._unusable(exc) from None
            self._local.conn = conn
            with self._lock:
                self._conns.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            self._closed = True
            conns, self._conns = self._conns, []
        for c in conns:
            with contextlib.suppress(sqlite3.Error):
                c.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _unusable(self, exc: Exception) -> StoreError:
        return StoreError(
            f"{self.path}: not a usable HostGuard state database ({exc}); it was left untouched - "
            "move it away or choose another --state-dir"
        )

    def _check_and_init(self) -> None:
        conn = self._connect()
        try:
            try:
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                tables = [
                    r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                ]
            except sqlite3.DatabaseError as exc:
                raise self._unusable(exc) from None
            if app_id == 0 and not tables:
                try:
                    conn.execute("PRAGMA journal_mode=WAL")
                    conn.execute("BEGIN IMMEDIATE")
                    # Another process may have initialised it between our check and the lock.
                    if conn.execute("PRAGMA application_id").fetchone()[0] == 0:
                        for stmt in _SCHEMA.split(";"):
                            if stmt.strip():
                                conn.execute(stmt)
                        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                    conn.execute("COMMIT")
                except sqlite3.DatabaseError as exc:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise self._unusable(exc) from None
                return
            if app_id != APPLICATION_ID:
                raise StoreError(
                    f"{self.path}: this database belongs to another program (it has tables "
                    f"{', '.join(sorted(tables)[:5]) or 'none'}); it was left untouched - choose another --state-dir"
                )
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: written by a newer HostGuard (schema {version}, this version reads "
                    f"{SCHEMA_VERSION}); update HostGuard or choose another --state-dir"
                )
            if version < 1 or not {"outbox", "audit"} <= set(tables):
                raise StoreError(
                    f"{self.path}: an incomplete HostGuard database (schema {version}); it was left untouched"
                )
            if version < SCHEMA_VERSION:
                self._migrate(conn)
            try:
                ok = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                raise self._unusable(exc) from None
            if ok != "ok":
                raise self._unusable(Exception(f"integrity check: {ok}"))
        finally:
            conn.close()

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Bring a schema-1 database to schema 2 in one transaction (another process may race)."""
        try:
            conn.execute("BEGIN IMMEDIATE")
            if conn.execute("PRAGMA user_version").fetchone()[0] == 1:
                for stmt in _MIGRATE_1_TO_2:
                    conn.execute(stmt)
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise self._unusable(exc) from None

    def _write(self):
        return _Transaction(self._conn())

    # -- outbox ------------------------------------------------------------------------
    def enqueue(self, actions: Sequence[NewAction]) -> list[str]:
        """Write decisions (outbox + audit) in one transaction; return the keys that were new.

        A key already present (decided before, by this or another HostGuard sharing the
        directory) is left as it is.
        """
        if not actions:
            return []
        now = time.time()
        new: list[str] = []
        with self._write() as c:
            for a in actions:
                cur = c.execute(
                    "INSERT OR IGNORE INTO outbox(key, service, meeting_id, participant_id, action, reason, rule, actor,"
                    " state, detail, attempts, created, updated, person) VALUES (?,?,?,?,?,?,?,?,?,?,0,?,?,?)",
                    (
                        a.key,
                        a.service,
                        a.meeting_id,
                        a.participant_id,
                        a.action,
                        a.reason,
                        a.rule,
                        a.actor,
                        a.state,
                        a.detail,
                        now,
                        now,
                        a.person,
                    ),
                )
                if cur.rowcount:
                    new.append(a.key)
                    self._insert_audit(
                        c,
                        a.key,
                        now,
                        a.state,
                        a.detail,
                        a.audit,
                        settled=now if a.state in SETTLED_STATES else None,
                    )
        return new

    def record(self, key: str, audit: dict[str, object], outcome: str, detail: str = "") -> bool:
        """An audit-only entry (a flag, a guard refusal): once per key."""
        now = time.time()
        with self._write() as c:
            return self._insert_audit(c, key, now, outcome, detail, audit, settled=now)

    def record_many(
        self, items: Sequence[tuple[str, dict[str, object]]], outcome: str, detail: str = ""
    ) -> int:
        """Audit-only entries [(key, evidence)] in one transaction; return how many were new."""
        now = time.time()
        n = 0
        with self._write() as c:
            for key, audit in items:
                n += self._insert_audit(c, key, now, outcome, detail, audit, settled=now)
        return n

    @staticmethod
    def _insert_audit(
        c: sqlite3.Connection,
        key: str,
        now: float,
        outcome: str,
        detail: str,
        audit: dict[str, object],
        settled: float | None,
    ) -> bool:
        cols = [k for k in AUDIT_COLUMNS if k not in ("at", "outcome", "detail", "settled_at")]
        vals = [
            audit.get(k) if audit.get(k) is not None or k not in _NOT_NULL else "" for k in cols
        ]
        cur = c.execute(
            f"INSERT OR IGNORE INTO audit(key, at, outcome, detail, settled_at, {', '.join(cols)}) "
            f"VALUES (?,?,?,?,?,{','.join('?' * len(cols))})",
            [key, now, outcome, detail, settled, *vals],
        )
        return bool(cur.rowcount)

    def recover(self, service: str, meeting_id: str) -> int:
        """After a crash: rows left in 'sending' go back to 'queued' (same key, same body)."""
        with self._write() as c:
            cur = c.execute(
                "UPDATE outbox SET state=?, updated=? WHERE service=? AND meeting_id=? AND state=?",
                (QUEUED, time.time(), service, meeting_id, SENDING),
            )
            return cur.rowcount

    def claim(self, service: str, meeting_id: str, limit: int) -> list[OutboxRow]:
        """Move up to ``limit`` queued rows to 'sending' (committed) and return them."""
        with self._write() as c:
            rows = c.execute(
                "SELECT * FROM outbox WHERE service=? AND meeting_id=? AND state=? ORDER BY created, rowid LIMIT ?",
                (service, meeting_id, QUEUED, limit),
            ).fetchall()
            if not rows:
                return []
            now = time.time()
            c.executemany(
                "UPDATE outbox SET state=?, attempts=attempts+1, updated=? WHERE key=? AND state=?",
                [(SENDING, now, r["key"], QUEUED) for r in rows],
            )
        return [_row(r, state=SENDING, attempts=r["attempts"] + 1) for r in rows]

    def settle(self, outcomes: Iterable[tuple[str, str, str]]) -> None:
        """Record final outcomes [(key, state, detail)] in the outbox and the audit log."""
        now = time.time()
        items = list(outcomes)
        if not items:
            return
        with self._write() as c:
            c.executemany(
                "UPDATE outbox SET state=?, detail=?, updated=? WHERE key=?",
                [(state, detail, now, key) for key, state, detail in items],
            )
            c.executemany(
                "UPDATE audit SET outcome=?, detail=?, settled_at=? WHERE key=?",
                [(state, detail, now, key) for key, state, detail in items],
            )

    def requeue(self, keys: Iterable[tuple[str, str]]) -> None:
        """Put rows back to 'queued' [(key, why)] to be sent again later with the same key."""
        now = time.time()
        with self._write() as c:
            c.executemany(
                "UPDATE outbox SET state=?, detail=?, updated=? WHERE key=? AND state=?",
                [(QUEUED, why, now, key, SENDING) for key, why in keys],
            )

    def get(self, key: str) -> OutboxRow | None:
        r = self._conn().execute("SELECT * FROM outbox WHERE key=?", (key,)).fetchone()
        return _row(r) if r is not None else None

    def get_many(self, keys: Iterable[str]) -> list[OutboxRow]:
        """The rows for these keys (missing ones left out), a few hundred keys per query."""
        keys = list(keys)
        out: list[OutboxRow] = []
        conn = self._conn()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out.extend(_row(r) for r in conn.execute(f"SELECT * FROM outbox WHERE key IN ({marks})", chunk))
        order = {k: i for i, k in enumerate(keys)}
        out.sort(key=lambda r: order[r.key])  # the callers' order, as one query per key gave
        return out

    def rows(
        self, service: str, meeting_id: str, states: Iterable[str] | None = None
    ) -> list[OutboxRow]:
        q = "SELECT * FROM outbox WHERE service=? AND meeting_id=?"
        args: list[object] = [service, meeting_id]
        if states is not None:
            st = list(states)
            q += f" AND state IN ({','.join('?' * len(st))})"
            args += st
        return [_row(r) for r in self._conn().execute(q + " ORDER BY created, rowid", args)]

    def counts(self, service: str, meeting_id: str) -> dict[str, int]:
        out = dict.fromkeys((QUEUED, SENDING, *SETTLED_STATES), 0)
        for r in self._conn().execute(
            "SELECT state, COUNT(*) FROM outbox WHERE service=? AND meeting_id=? GROUP BY state",
            (service, meeting_id),
        ):
            out[r[0]] = r[1]
        return out

    def open_count(self, service: str, meeting_id: str) -> int:
        r = (
            self._conn()
            .execute(
                "SELECT COUNT(*) FROM outbox WHERE service=? AND meeting_id=? AND state IN (?,?)",
                (service, meeting_id, QUEUED, SENDING),
            )
            .fetchone()
        )
        return int(r[0])

    # -- audit ------------------------------------------------------------------------
    def audit_values(self, keys: Iterable[str], column: str) -> dict[str, object]:
        """key -> one audit column's value for these decision keys."""
        if column not in AUDIT_COLUMNS:
            raise ValueError(f"not an audit column: {column!r}")
        out: dict[str, object] = {}
        wanted = list(keys)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            q = f"SELECT key, {column} FROM audit WHERE key IN ({','.join('?' * len(chunk))})"
            out.update((r[0], r[1]) for r in self._conn().execute(q, chunk))
        return out

    def audit_rows(
        self,
        service: str | None = None,
        meeting_id: str | None = None,
        *,
        since: float | None = None,
        limit: int | None = None,
        actions: Iterable[str] | None = None,
    ) -> list[dict[str, object]]:
        q = f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit WHERE 1=1"
        args: list[object] = []
        if actions is not None:
            wanted = list(actions)
            q += f" AND action IN ({','.join('?' * len(wanted))})"
            args += wanted
        if service is not None:
            q += " AND service=?"
            args.append(service)
        if meeting_id is not None:
            q += " AND meeting_id=?"
            args.append(meeting_id)
        if since is not None:
            q += " AND at>=?"
            args.append(since)
        q += " ORDER BY at, id"
        if limit is not None:
            q += " LIMIT ?"
            args.append(int(limit))
        return [dict(r) for r in self._conn().execute(q, args)]


def default_state_dir(service: str, meeting: str) -> Path:
    """The per-user folder of one meeting's state database, shared by the app and the CLI (so
    a host can follow with one and look with the other): "<service>-<meeting id>" under the
    platform's state directory, the id reduced to letters, digits, "._-" (and hashed if long)."""
    import platformdirs

    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", meeting).strip("._") or "meeting"
    if len(safe) > 80:
        safe = safe[:60] + "-" + hashlib.sha256(meeting.encode()).hexdigest()[:12]
    return Path(platformdirs.user_state_dir("HostGuard")) / f"{service}-{safe}"


def read_audit_rows(state_dir: str | os.PathLike[str]) -> list[dict[str, object]]:
    """The audit rows of a state directory, read without changing anything on disk.

    For a command that only reads (``hostguard audit export``): the database is opened
    read-only (``mode=ro``), never created, initialised or migrated. A zero-byte file or an
    SQLite file without tables has nothing recorded (``[]``); another program's database, a
    file that is not SQLite or one written by a newer HostGuard is a `StoreError`. Columns a
    schema-1 database lacks come back as None.

    A database no one has open (no ``-wal``/``-shm`` beside it) is read as immutable, so that
    SQLite does not leave those two files behind; if a writer appeared meanwhile, it is read
    again the ordinary read-only way (the writer's files exist then anyway).
    """
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
            rows = _read_audit(path, uri + "&immutable=1")
        except StoreError:
            if fingerprint() == before:
                raise
        else:
            if fingerprint() == before:
                return rows
    return _read_audit(path, uri)


def _read_audit(path: Path, uri: str) -> list[dict[str, object]]:
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
            return [
                dict(r)
                for r in conn.execute(f"SELECT {', '.join(cols)} FROM audit ORDER BY at, id")
            ]
        except sqlite3.DatabaseError as exc:
            raise unusable(exc) from None
    finally:
        conn.close()


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error): one writer at a time, across processes."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")


def _row(r: sqlite3.Row, **override: object) -> OutboxRow:
    d = {k: r[k] for k in r.keys()}  # noqa: SIM118 - sqlite3.Row is not a mapping
    d.update(override)
    return OutboxRow(**d)  # type: ignore[arg-type]
