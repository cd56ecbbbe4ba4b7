"""The state directory's database: the durable outbox and the audit log (SQLite, WAL).

Why about 900 lines in one module: it is one class over one SQLite schema, and every statement
here (the outbox's leases and states, the audit rows they update in the same transaction, the
binding, the meeting's policy, the migrations) is read against that schema and the transaction
helper at the bottom; split apart, a statement would live away from the columns and the
locking it relies on. What is not about the schema lives elsewhere: failures in words
(`hostguard.engine.store_errors`), reading and exporting the audit trail (`hostguard.engine.audit`).

``<state_dir>/hostguard.sqlite3`` holds these tables:

* ``outbox``: one row per action HostGuard decided to send, keyed by its idempotency key
  (a stable hash of service, meeting, participant id and action, so every HostGuard that
  decides the same action uses the same key and the service applies it once). ``person`` is
  a hash of the service's person key (stable across a leave and rejoin where the service
  gives one), so a rejoin is recognised after a restart without storing e-mails. States:
  ``queued`` -> ``sending`` -> ``applied`` | ``failed`` | ``unsupported`` | ``manual``.
  A row is committed before it is sent. A row taken for sending carries a lease: its holder
  (``lease_owner``: host, process id and a random id of one `Store`) and an expiry
  (``lease_until``), which the holder renews while it works. Any process on the directory
  takes back a row whose lease expired, or whose holder is known to be gone (a process on
  this host that no longer exists, a `Store` of this process that was closed), and sends it
  again with the same key (the service recognises the key, so the effect stays at most once).
* ``binding``: which service address and account each (service, meeting) of the directory
  belongs to (`Store.bind`): a directory is never used against another service that happens
  to have a meeting with the same id, where its outbox would count as done what that
  service never received.
* ``meeting_policy``: each change HostGuard made to the meeting's own policy (Zoom's country
  policy), with the previous policy as the adapter's record, and each restore
  (`hostguard.engine.policy`);
* ``audit``: one row per decision acted on (or flagged): who decided, when, which rule, the
  reason, the evidence (country, continent, geo status, database and its date, the matched
  network prefix; never the full address; the service-reported location where the service
  gives one, and whether it agrees with the database), and the outcome, updated when it settles.

The file is marked with an application id and a schema version (``PRAGMA user_version``):
a file that is not an SQLite database, or another program's database, is reported clearly
and never overwritten. A new database file is created readable by its owner only (0600; SQLite
gives its ``-wal`` and ``-shm`` files the same mode). Every SQLite failure comes out as a
`StoreError` naming the file and the cause in words (disk full, read-only file system, no
permission, locked by another process), never as a bare sqlite3 message.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hostguard.engine.store_errors import StoreError, _rollback, explain

DB_NAME = "hostguard.sqlite3"
SCHEMA_VERSION = 4  # 2: outbox.person; audit.service_location/service_country/location_check
# 3: outbox.lease_owner/lease_until; the binding table; 4: the meeting_policy table
LEASE_SECONDS = 30.0  # how long a row taken for sending stays its taker's without renewal
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
    person         TEXT NOT NULL DEFAULT '',
    lease_owner    TEXT NOT NULL DEFAULT '',
    lease_until    REAL NOT NULL DEFAULT 0
);
CREATE TABLE binding (
    service    TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    address    TEXT NOT NULL,
    account    TEXT NOT NULL DEFAULT '',
    created    REAL NOT NULL,
    PRIMARY KEY (service, meeting_id)
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
CREATE TABLE meeting_policy (
    id          INTEGER PRIMARY KEY,
    service     TEXT NOT NULL,
    meeting_id  TEXT NOT NULL,
    at          REAL NOT NULL,
    event       TEXT NOT NULL,
    previous    TEXT,
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_policy_meeting ON meeting_policy(service, meeting_id, id);
"""

# Schema 1 -> 2: columns added (old rows keep their defaults; nothing is rewritten).
_MIGRATE_1_TO_2 = (
    "ALTER TABLE outbox ADD COLUMN person TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE audit ADD COLUMN service_location TEXT",
    "ALTER TABLE audit ADD COLUMN service_country TEXT",
    "ALTER TABLE audit ADD COLUMN location_check TEXT",
)
# Schema 2 -> 3: leases (a row left 'sending' by an older version has none: free to take back)
# and the binding of each meeting to one service address and account.
_MIGRATE_2_TO_3 = (
    "ALTER TABLE outbox ADD COLUMN lease_owner TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE outbox ADD COLUMN lease_until REAL NOT NULL DEFAULT 0",
    "CREATE TABLE binding (service TEXT NOT NULL, meeting_id TEXT NOT NULL, address TEXT NOT NULL,"
    " account TEXT NOT NULL DEFAULT '', created REAL NOT NULL, PRIMARY KEY (service, meeting_id))",
)

# Schema 3 -> 4: the meeting's own policy as HostGuard changed and restored it, with the
# previous policy as the adapter's record (until 3 it was JSON in an audit row's detail, which
# is still read for a meeting that has no row here: `hostguard.engine.policy`).
_MIGRATE_3_TO_4 = (
    "CREATE TABLE meeting_policy (id INTEGER PRIMARY KEY, service TEXT NOT NULL,"
    " meeting_id TEXT NOT NULL, at REAL NOT NULL, event TEXT NOT NULL, previous TEXT,"
    " description TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX meeting_policy_meeting ON meeting_policy(service, meeting_id, id)",
)
# meeting_policy.event
POLICY_CHANGED, POLICY_RESTORED = "changed", "restored"

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


_LIVE_OWNERS: set[str] = set()  # lease owners of the Stores open in this process
_HOST = socket.gethostname()


def _owner_gone(owner: str) -> bool:
    """Whether the holder of a lease is known to be gone: a Store of this process that was
    closed, or a process on this host that no longer exists. Unknown (another host, a
    process of another user, a reused process id, or not POSIX) is not gone: the lease then
    runs out on its own."""
    host, sep, rest = owner.partition("/")
    pid_text, sep2, _nonce = rest.partition("/")
    if not (sep and sep2) or host != _HOST or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return owner not in _LIVE_OWNERS
    if os.name != "posix":  # os.kill(pid, 0) would terminate the process on Windows
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # EPERM: alive, another user's
        return False
    return False


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
    lease_owner: str = field(default="", kw_only=True)  # who holds it while 'sending'
    lease_until: float = field(default=0.0, kw_only=True)  # until when (time.time())


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
    """Thread-safe access to one state database (one SQLite connection per thread).

    ``lease_seconds``: how long rows this Store takes for sending stay its own without a
    `renew`; ``owner`` names it as their holder (made unique per Store)."""

    def __init__(
        self, state_dir: str | os.PathLike[str], *, lease_seconds: float = LEASE_SECONDS
    ) -> None:
        self.state_dir = Path(state_dir)
        self.path = self.state_dir / DB_NAME
        if not lease_seconds > 0:
            raise ValueError("lease_seconds must be positive")
        self.lease_seconds = float(lease_seconds)
        self.owner = f"{_HOST}/{os.getpid()}/{uuid.uuid4().hex[:12]}"
        try:
            self.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreError(
                f"{self.state_dir}: cannot create the state directory ({exc.strerror or exc})",
                explain(self.state_dir, exc).cause,
            ) from None
        if self.path.exists() and not self.path.is_file():
            raise StoreError(f"{self.path}: exists and is not a file; choose another --state-dir")
        self._create_private()
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False
        self._dead_owners: set[str] = set()
        self._check_and_init()
        _LIVE_OWNERS.add(self.owner)

    def _create_private(self) -> None:
        """Create the database file 0600 before SQLite does (it would use the umask, often
        0644, even inside a private directory; its -wal and -shm copy the file's mode)."""
        if self.path.exists():
            return
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return  # another process made it meanwhile
        except OSError as exc:
            raise explain(self.path, exc, "create") from None
        os.close(fd)

    # -- connections ---------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(
                self.path, timeout=15.0, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise explain(self.path, exc, "open") from None
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
                raise self._failure(exc, "open") from None
            self._local.conn = conn
            with self._lock:
                self._conns.append(conn)
        return conn

    def close(self) -> None:
        _LIVE_OWNERS.discard(self.owner)
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

    def _failure(self, exc: BaseException, doing: str = "write") -> StoreError:
        """What went wrong, in words: the condition (full, read-only, ...) where it is one,
        else the database itself is not usable."""
        err = explain(self.path, exc, doing)
        if err.cause or not isinstance(exc, sqlite3.DatabaseError):
            return err
        return self._unusable(exc)  # not a database, damaged, tables missing...

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
                raise self._failure(exc, "read") from None
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
                    # SQLite may have rolled back already (a full disk at COMMIT): a second
                    # rollback would hide the cause behind "no transaction is active".
                    _rollback(conn)
                    raise self._failure(exc, "initialise") from None
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
                raise self._failure(exc, "read") from None
            if ok != "ok":
                raise self._unusable(Exception(f"integrity check: {ok}"))
        finally:
            conn.close()

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Bring an older database to this schema in one transaction (another process may race)."""
        try:
            conn.execute("BEGIN IMMEDIATE")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 1:
                for stmt in _MIGRATE_1_TO_2:
                    conn.execute(stmt)
                version = 2
            if version == 2:
                for stmt in _MIGRATE_2_TO_3:
                    conn.execute(stmt)
                version = 3
            if version == 3:
                for stmt in _MIGRATE_3_TO_4:
                    conn.execute(stmt)
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            _rollback(conn)
            raise self._failure(exc, "upgrade") from None

    def _write(self, doing: str = "write") -> _Transaction:
        return _Transaction(self, doing)

    @contextlib.contextmanager
    def _reading(self, doing: str = "read"):
        try:
            yield self._conn()
        except sqlite3.Error as exc:
            raise self._failure(exc, doing) from None

    # -- which service a meeting's state belongs to ----------------------------------------------
    def bind(
        self, service: str, meeting_id: str, address: str, account: str = "", *, record: bool = True
    ) -> None:
        """Check that this directory's state for (service, meeting) belongs to the service at
        ``address`` and ``account``; with ``record``, note it the first time.

        Raises StoreError (cause "identity") when it belongs to another address or account, or
        when it holds decisions for that meeting from a HostGuard that did not note the
        address (they cannot be told apart from another service's)."""
        if not record:
            with self._reading() as c:
                self._check_binding(c, service, meeting_id, address, account)
            return
        with self._write("record the service of") as c:
            if self._check_binding(c, service, meeting_id, address, account):
                c.execute(
                    "INSERT INTO binding(service, meeting_id, address, account, created)"
                    " VALUES (?,?,?,?,?)",
                    (service, meeting_id, address, account, time.time()),
                )

    def _check_binding(
        self, c: sqlite3.Connection, service: str, meeting_id: str, address: str, account: str
    ) -> bool:
        """Raise as `bind` says; True when there is no binding yet (and nothing against one)."""
        row = c.execute(
            "SELECT address, account FROM binding WHERE service=? AND meeting_id=?",
            (service, meeting_id),
        ).fetchone()
        if row is not None:
            if (row["address"], row["account"]) == (address, account):
                return False
            what = "address" if row["address"] != address else "account"
            raise StoreError(
                f"{self.path}: this state directory holds meeting {meeting_id!r} on the "
                f"{service} service at {row['address'] or 'an unknown address'}"
                + (" under another account" if what == "account" else "")
                + f", not at {address or 'an unknown address'}"
                + (" under this account" if what == "account" else "")
                + "; its outbox would count as done what this service never received. "
                "Use another --state-dir for this service",
                "identity",
            )
        n = c.execute(
            "SELECT COUNT(*) FROM outbox WHERE service=? AND meeting_id=?",
            (service, meeting_id),
        ).fetchone()[0]
        if n:
            raise StoreError(
                f"{self.path}: this state directory holds {n} decision(s) for meeting "
                f"{meeting_id!r} on the {service} service, written by an earlier HostGuard "
                "that did not note the service's address; they cannot be told apart from "
                "another service's. Use another --state-dir (the service's idempotency keys "
                "still keep actions from being done twice)",
                "identity",
            )
        return True

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
        with self._write("record decisions in") as c:
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
        with self._write("record in") as c:
            return self._insert_audit(c, key, now, outcome, detail, audit, settled=now)

    def record_many(
        self, items: Sequence[tuple[str, dict[str, object]]], outcome: str, detail: str = ""
    ) -> int:
        """Audit-only entries [(key, evidence)] in one transaction; return how many were new."""
        now = time.time()
        n = 0
        with self._write("record in") as c:
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

    def _gone_owners(self, c: sqlite3.Connection, service: str, meeting_id: str) -> list[str]:
        """Holders of unexpired leases in this meeting that are known to be gone."""
        owners = [
            r[0]
            for r in c.execute(
                "SELECT DISTINCT lease_owner FROM outbox WHERE service=? AND meeting_id=? AND state=?",
                (service, meeting_id, SENDING),
            )
        ]
        gone = []
        for o in owners:
            if o == self.owner:
                continue
            if o in self._dead_owners or _owner_gone(o):
                self._dead_owners.add(o)
                gone.append(o)
        return gone

    def _takeable(self, c: sqlite3.Connection, service: str, meeting_id: str, now: float) -> tuple[str, list]:
        """SQL condition (and its arguments) for rows in 'sending' that may be taken back."""
        gone = self._gone_owners(c, service, meeting_id)
        cond = "(state=? AND (lease_until<? OR lease_owner IN (" + ",".join("?" * len(gone)) + ")))"
        return cond, [SENDING, now, *gone]

    def recover(self, service: str, meeting_id: str) -> int:
        """Rows left in 'sending' whose lease ran out, or whose holder is gone (a crash), go
        back to 'queued' (same key, same body). Rows another live process holds stay its own."""
        with self._write("recover in-flight actions in") as c:
            now = time.time()
            cond, args = self._takeable(c, service, meeting_id, now)
            cur = c.execute(
                "UPDATE outbox SET state=?, lease_owner='', lease_until=0, updated=? "
                f"WHERE service=? AND meeting_id=? AND {cond}",
                (QUEUED, now, service, meeting_id, *args),
            )
            return cur.rowcount

    def claim(self, service: str, meeting_id: str, limit: int) -> list[OutboxRow]:
        """Take up to ``limit`` rows for sending (committed before anything is sent) and return
        them: queued rows, and rows in 'sending' whose lease ran out or whose holder is gone.
        The rows are leased to this Store for ``lease_seconds`` (see `renew`)."""
        with self._write("take actions for sending from") as c:
            now = time.time()
            # Two queries, each along the (service, meeting, state) index: queued rows first,
            # then rows in flight that may be taken back.
            rows = c.execute(
                "SELECT * FROM outbox WHERE service=? AND meeting_id=? AND state=?"
                " ORDER BY created, rowid LIMIT ?",
                (service, meeting_id, QUEUED, limit),
            ).fetchall()
            if len(rows) < limit:
                cond, args = self._takeable(c, service, meeting_id, now)
                rows += c.execute(
                    f"SELECT * FROM outbox WHERE service=? AND meeting_id=? AND {cond}"
                    " ORDER BY created, rowid LIMIT ?",
                    (service, meeting_id, *args, limit - len(rows)),
                ).fetchall()
            if not rows:
                return []
            until = now + self.lease_seconds
            c.executemany(
                "UPDATE outbox SET state=?, attempts=attempts+1, updated=?, lease_owner=?,"
                " lease_until=? WHERE key=?",
                [(SENDING, now, self.owner, until, r["key"]) for r in rows],
            )
        return [
            _row(r, state=SENDING, attempts=r["attempts"] + 1, lease_owner=self.owner,
                 lease_until=until)
            for r in rows
        ]  # fmt: skip

    def renew(self, keys: Iterable[str] | None = None) -> int:
        """Extend this Store's leases (all of them, or those of ``keys``); return how many."""
        now = time.time()
        until = now + self.lease_seconds
        with self._write("renew the leases in") as c:
            if keys is None:
                return c.execute(
                    "UPDATE outbox SET lease_until=? WHERE lease_owner=? AND state=?",
                    (until, self.owner, SENDING),
                ).rowcount
            return sum(
                c.execute(
                    "UPDATE outbox SET lease_until=? WHERE key=? AND lease_owner=? AND state=?",
                    (until, k, self.owner, SENDING),
                ).rowcount
                for k in keys
            )

    def settle(self, outcomes: Iterable[tuple[str, str, str]]) -> None:
        """Record final outcomes [(key, state, detail)] in the outbox and the audit log.

        The service's answer settles a row whoever holds it now (a lease taken over while the
        answer was on its way: the same key got the same effect). A row already settled keeps
        its first outcome."""
        now = time.time()
        items = list(outcomes)
        if not items:
            return
        with self._write("record outcomes in") as c:
            for key, state, detail in items:
                cur = c.execute(
                    "UPDATE outbox SET state=?, detail=?, updated=?, lease_owner='', lease_until=0"
                    " WHERE key=? AND state IN (?,?)",
                    (state, detail, now, key, QUEUED, SENDING),
                )
                if cur.rowcount:
                    c.execute(
                        "UPDATE audit SET outcome=?, detail=?, settled_at=? WHERE key=?",
                        (state, detail, now, key),
                    )

    def requeue(self, keys: Iterable[tuple[str, str]]) -> None:
        """Put rows this Store holds back to 'queued' [(key, why)], to be sent again later with
        the same key (a row taken over by another process meanwhile is left to it)."""
        now = time.time()
        with self._write("put actions back in the queue of") as c:
            c.executemany(
                "UPDATE outbox SET state=?, detail=?, updated=?, lease_owner='', lease_until=0"
                " WHERE key=? AND state=? AND lease_owner=?",
                [(QUEUED, why, now, key, SENDING, self.owner) for key, why in keys],
            )

    def get(self, key: str) -> OutboxRow | None:
        with self._reading() as c:
            r = c.execute("SELECT * FROM outbox WHERE key=?", (key,)).fetchone()
        return _row(r) if r is not None else None

    def get_many(self, keys: Iterable[str]) -> list[OutboxRow]:
        """The rows for these keys (missing ones left out), a few hundred keys per query."""
        keys = list(keys)
        out: list[OutboxRow] = []
        with self._reading() as conn:
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
        with self._reading() as c:
            return [_row(r) for r in c.execute(q + " ORDER BY created, rowid", args)]

    def counts(self, service: str, meeting_id: str) -> dict[str, int]:
        out = dict.fromkeys((QUEUED, SENDING, *SETTLED_STATES), 0)
        with self._reading() as c:
            for r in c.execute(
                "SELECT state, COUNT(*) FROM outbox WHERE service=? AND meeting_id=? GROUP BY state",
                (service, meeting_id),
            ):
                out[r[0]] = r[1]
        return out

    def open_count(self, service: str, meeting_id: str) -> int:
        with self._reading() as c:
            r = c.execute(
                "SELECT COUNT(*) FROM outbox WHERE service=? AND meeting_id=? AND state IN (?,?)",
                (service, meeting_id, QUEUED, SENDING),
            ).fetchone()
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
            with self._reading() as c:
                out.update((r[0], r[1]) for r in c.execute(q, chunk))
        return out

    # -- the meeting's own policy ------------------------------------------------------------
    def record_policy(
        self, service: str, meeting_id: str, event: str, previous: str | None, description: str
    ) -> None:
        """A change (``POLICY_CHANGED``, with the adapter's record of the policy before it) or a
        restore (``POLICY_RESTORED``) of the meeting's own policy."""
        with self._write("record the meeting's policy in") as c:
            c.execute(
                "INSERT INTO meeting_policy(service, meeting_id, at, event, previous, description)"
                " VALUES (?,?,?,?,?,?)",
                (service, meeting_id, time.time(), event, previous, description),
            )

    def last_policy(self, service: str, meeting_id: str) -> dict[str, object] | None:
        """The meeting's latest policy row (event, previous, description, at); None if none."""
        with self._reading() as c:
            r = c.execute(
                "SELECT event, previous, description, at FROM meeting_policy"
                " WHERE service=? AND meeting_id=? ORDER BY id DESC LIMIT 1",
                (service, meeting_id),
            ).fetchone()
        return dict(r) if r is not None else None

    # -- forgetting a meeting ------------------------------------------------------------------
    FORGET_TABLES = ("outbox", "audit", "meeting_policy", "binding")

    def meetings(self) -> list[tuple[str, str]]:
        """Every (service, meeting id) this database keeps anything about, sorted."""
        found: set[tuple[str, str]] = set()
        with self._reading() as c:
            for table in self.FORGET_TABLES:
                found.update((r[0], r[1]) for r in c.execute(f"SELECT DISTINCT service, meeting_id FROM {table}"))
        return sorted(found)

    def meeting_counts(self, service: str, meeting_id: str) -> dict[str, int]:
        """Rows kept about one meeting, per table (outbox, audit, meeting_policy, binding)."""
        with self._reading() as c:
            return {
                t: c.execute(f"SELECT COUNT(*) FROM {t} WHERE service=? AND meeting_id=?", (service, meeting_id)).fetchone()[0]
                for t in self.FORGET_TABLES
            }

    def live_leases(self, service: str, meeting_id: str) -> int:
        """Rows of this meeting another HostGuard holds for sending now (an unexpired lease
        whose holder is not known to be gone)."""
        now = time.time()
        with self._reading() as c:
            owners = [
                r[0]
                for r in c.execute(
                    "SELECT lease_owner FROM outbox WHERE service=? AND meeting_id=? AND state=?"
                    " AND lease_until>=?",
                    (service, meeting_id, SENDING, now),
                )
            ]
        return sum(1 for o in owners if o and o != self.owner and not _owner_gone(o))

    def forget_meeting(self, service: str, meeting_id: str) -> dict[str, int]:
        """Delete everything kept about one meeting (outbox, audit, policy records, binding)
        in one transaction, then VACUUM so that the deleted rows do not stay readable in the
        file's free pages, and truncate the write-ahead log. Returns the rows deleted per table."""
        out: dict[str, int] = {}
        with self._reading("forget the meeting in") as c:
            c.execute("PRAGMA secure_delete=ON")  # before the DELETE: its pages are zeroed, WAL too
        with self._write("forget the meeting in") as c:
            for t in self.FORGET_TABLES:
                out[t] = c.execute(f"DELETE FROM {t} WHERE service=? AND meeting_id=?", (service, meeting_id)).rowcount
        with self._reading("compact") as c:
            c.execute("VACUUM")
            busy = c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise StoreError(
                f"{self.path}: the meeting's rows were deleted, but another process kept the write-ahead "
                "log open, so it may still hold them: close HostGuard elsewhere and run forget again"
            )
        return out

    def rule_counts(self, service: str, meeting_id: str, actions: Iterable[str]) -> dict[str, int]:
        """Rule name -> outbox rows of this meeting it decided, among ``actions``."""
        wanted = list(actions)
        q = (
            "SELECT rule, COUNT(*) FROM outbox WHERE service=? AND meeting_id=? AND rule IS NOT NULL"
            f" AND action IN ({','.join('?' * len(wanted))}) GROUP BY rule"
        )
        with self._reading() as c:
            return {r[0]: r[1] for r in c.execute(q, [service, meeting_id, *wanted])}

    def is_empty(self) -> bool:
        """Nothing kept at all (every table empty)."""
        with self._reading() as c:
            return all(
                c.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() is None for t in self.FORGET_TABLES
            )

    # -- retention -------------------------------------------------------------------------------
    def purge_audit(self, before: float) -> int:
        """Delete audit entries decided and settled before ``before`` (seconds since the
        epoch); return how many. Entries of actions still queued or in flight are kept (their
        outcome is not known yet); the outbox keeps its rows, so that nothing is sent twice."""
        with self._write("delete old audit entries from") as c:
            return c.execute(
                "DELETE FROM audit WHERE at < ? AND settled_at IS NOT NULL AND settled_at < ?",
                (before, before),
            ).rowcount

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
        with self._reading() as c:
            return [dict(r) for r in c.execute(q, args)]


def default_state_dir(service: str, meeting: str) -> Path:
    """The per-user folder of one meeting's state database, shared by the app and the CLI (so
    a host can follow with one and look with the other): "<service>-<meeting id>" under the
    platform's state directory, the id reduced to letters, digits, "._-" (and hashed if long)."""
    import platformdirs

    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", meeting).strip("._") or "meeting"
    if len(safe) > 80:
        safe = safe[:60] + "-" + hashlib.sha256(meeting.encode()).hexdigest()[:12]
    return Path(platformdirs.user_state_dir("HostGuard")) / f"{service}-{safe}"


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error): one writer at a time, across processes.
    SQLite errors come out as StoreError naming the file and the cause."""

    def __init__(self, store: Store, doing: str) -> None:
        self.store = store
        self.doing = doing
        self.conn: sqlite3.Connection | None = None

    def __enter__(self) -> sqlite3.Connection:
        self.conn = self.store._conn()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self.store._failure(exc, self.doing) from None
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> bool:
        conn = self.conn
        assert conn is not None
        if exc_type is None:
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as err:
                _rollback(conn)
                raise self.store._failure(err, self.doing) from None
            return False
        _rollback(conn)
        if isinstance(exc, sqlite3.Error):
            raise self.store._failure(exc, self.doing) from None
        return False


def _row(r: sqlite3.Row, **override: object) -> OutboxRow:
    d = {k: r[k] for k in r.keys()}  # noqa: SIM118 - sqlite3.Row is not a mapping
    d.update(override)
    return OutboxRow(**d)  # type: ignore[arg-type]
