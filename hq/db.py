"""HQ's database: SQLite (embedded default) or PostgreSQL, behind one small interface.

SQL is written once with ``?`` placeholders; for PostgreSQL they become ``%s``.
Write transactions serialize per workstation: SQLite takes its write lock at
``BEGIN IMMEDIATE``; PostgreSQL locks the workstation's row (``FOR UPDATE``) and
takes an advisory lock when publishing, so change versions commit in order.
Errors of either driver are wrapped by kind: the database cannot be reached or
used (:class:`HqStoreError`, answered 503 "retry"), two transactions collided
(:class:`HqConflictError`: a unique key taken by a concurrent one, a serialization
failure; the caller retries the whole transaction), or HQ sent it something it
refuses (:class:`HqDataError`: a defect of HQ's own checks, never "retry").
"""

from __future__ import annotations

import contextlib
import os
import queue
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from checkpoint.errors import StoreBusyError, StoreError, UsageError

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS enroll_codes (
    code_hash TEXT PRIMARY KEY, post TEXT NOT NULL, created_at TEXT NOT NULL,
    expires_at DOUBLE PRECISION NOT NULL, used_at TEXT, used_by TEXT);
CREATE TABLE IF NOT EXISTS devices (
    id TEXT PRIMARY KEY, post TEXT NOT NULL, label TEXT, verify_key TEXT NOT NULL,
    box_key TEXT NOT NULL, enrolled_at TEXT NOT NULL, head_seq BIGINT NOT NULL,
    head_hash TEXT NOT NULL, last_seen TEXT, revoked_at TEXT);
CREATE TABLE IF NOT EXISTS nonces (
    device_id TEXT NOT NULL, nonce TEXT NOT NULL, seen_at DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (device_id, nonce));
CREATE INDEX IF NOT EXISTS nonces_seen ON nonces(seen_at);
CREATE TABLE IF NOT EXISTS entries (
    device_id TEXT NOT NULL, seq BIGINT NOT NULL, time TEXT NOT NULL, actor TEXT NOT NULL,
    action TEXT NOT NULL, subject TEXT NOT NULL, payload_digest TEXT NOT NULL,
    payload TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, received_at TEXT NOT NULL,
    PRIMARY KEY (device_id, seq));
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY, device_id TEXT NOT NULL, seq BIGINT NOT NULL, kind TEXT NOT NULL,
    status TEXT NOT NULL, author TEXT NOT NULL, amends TEXT, digest TEXT NOT NULL,
    document TEXT NOT NULL, received_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS records_device ON records(device_id, seq);
CREATE TABLE IF NOT EXISTS attachments (
    id TEXT PRIMARY KEY, record_id TEXT NOT NULL, media_type TEXT NOT NULL,
    sha256 TEXT NOT NULL, size BIGINT NOT NULL, data {blob} NOT NULL);
CREATE TABLE IF NOT EXISTS rejections (
    device_id TEXT NOT NULL, seq BIGINT NOT NULL, subject TEXT NOT NULL,
    reason TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (device_id, seq));
CREATE TABLE IF NOT EXISTS alerts (
    id {serial}, device_id TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL,
    at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS changes (
    version {serial}, collection TEXT NOT NULL, key TEXT NOT NULL, audience TEXT NOT NULL,
    op TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS changes_key ON changes(collection, key, audience);
CREATE TABLE IF NOT EXISTS requests (
    id {serial}, device_id TEXT NOT NULL, at TEXT NOT NULL, kind TEXT NOT NULL,
    detail TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS requests_device ON requests(device_id, id);
CREATE TABLE IF NOT EXISTS enroll_attempts (
    address TEXT PRIMARY KEY, window_start DOUBLE PRECISION NOT NULL, count BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS readmissions (
    device_id TEXT NOT NULL, epoch BIGINT NOT NULL, code_hash TEXT NOT NULL UNIQUE,
    reason TEXT NOT NULL, issued_at TEXT NOT NULL, expires_at DOUBLE PRECISION NOT NULL,
    used_at TEXT, head_at_readmit BIGINT, rebased_at TEXT, fork_seq BIGINT,
    old_head_seq BIGINT, old_head_hash TEXT, PRIMARY KEY (device_id, epoch));
CREATE TABLE IF NOT EXISTS superseded_entries (
    device_id TEXT NOT NULL, epoch BIGINT NOT NULL, seq BIGINT NOT NULL, time TEXT NOT NULL,
    actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL,
    payload_digest TEXT NOT NULL, payload TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
    received_at TEXT NOT NULL, PRIMARY KEY (device_id, epoch, seq));
CREATE TABLE IF NOT EXISTS agencies (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, accepts TEXT NOT NULL,
    cert_fingerprint TEXT, cert_pem TEXT, created_at TEXT NOT NULL, revoked_at TEXT);
CREATE TABLE IF NOT EXISTS agency_nonces (
    agency TEXT NOT NULL, nonce TEXT NOT NULL, seen_at DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (agency, nonce));
CREATE TABLE IF NOT EXISTS agency_officers (
    agency TEXT NOT NULL, username TEXT NOT NULL, password_hash TEXT NOT NULL,
    failures INTEGER NOT NULL, locked_until DOUBLE PRECISION NOT NULL, created_at TEXT NOT NULL,
    disabled_at TEXT, PRIMARY KEY (agency, username));
CREATE TABLE IF NOT EXISTS agency_sessions (
    token_hash TEXT PRIMARY KEY, agency TEXT NOT NULL, username TEXT NOT NULL,
    csrf TEXT NOT NULL, expires_at DOUBLE PRECISION NOT NULL);
CREATE TABLE IF NOT EXISTS referrals (
    id TEXT PRIMARY KEY, agency TEXT NOT NULL, device_id TEXT NOT NULL, post TEXT NOT NULL,
    status TEXT NOT NULL, agency_reference TEXT, reason TEXT, outcome TEXT, deadline TEXT,
    events TEXT NOT NULL, updated_at TEXT NOT NULL, version BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS referrals_agency ON referrals(agency, version);
CREATE TABLE IF NOT EXISTS hit_requests (
    id TEXT PRIMARY KEY, hit_record_id TEXT NOT NULL, device_id TEXT NOT NULL,
    post TEXT NOT NULL, list_code TEXT NOT NULL, alert_id TEXT NOT NULL,
    authority TEXT NOT NULL, action TEXT NOT NULL, triage TEXT NOT NULL,
    requested_at TEXT NOT NULL, deadline TEXT NOT NULL, state TEXT NOT NULL,
    instructions TEXT, answered_by TEXT, answered_at TEXT);
CREATE INDEX IF NOT EXISTS hit_requests_state ON hit_requests(state, deadline);
CREATE TABLE IF NOT EXISTS agency_audit (
    id {serial}, agency TEXT NOT NULL, officer TEXT, at TEXT NOT NULL, action TEXT NOT NULL,
    subject TEXT, outcome TEXT NOT NULL);
"""

#: The columns of a workstation's row that requests read (``hq.devices.load``).
DEVICE_COLUMNS = ("id, post, verify_key, box_key, head_seq, head_hash, revoked_at, epoch, "
                  "rebase_allowed")

#: Columns added after a table was first released: (table, column, SQL type and default).
#: ``create_schema`` adds each one a database lacks (an HQ folder made by older code).
ADDED_COLUMNS = (
    # issue 9, item 4: the workstation a record was imported from (a claim; NULL: its own)
    ("records", "origin_device_id", "TEXT"),
    # issue 9, item 6: the epoch a record arrived in, and whether it was written after the
    # restore that the readmission of its workstation recovered from
    ("records", "epoch", "BIGINT NOT NULL DEFAULT 0"),
    ("records", "after_restore", "INTEGER NOT NULL DEFAULT 0"),
    ("devices", "epoch", "BIGINT NOT NULL DEFAULT 0"),
    ("devices", "rebase_allowed", "INTEGER NOT NULL DEFAULT 0"),
    ("alerts", "resolved_at", "TEXT"),
    ("alerts", "resolution", "TEXT"),
)


def _columns(tx: Tx, table: str) -> set[str]:
    if tx.postgres:
        rows = tx.all("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                      "AND table_schema = current_schema()", (table,))
        return {str(r[0]) for r in rows}
    return {str(r[1]) for r in tx.all(f"PRAGMA table_info({table})")}


class HqStoreError(StoreError):
    """HQ's database is unavailable (the request is answered 503 and can be retried)."""


class HqConflictError(HqStoreError):
    """A concurrent transaction took a unique key first, or PostgreSQL could not serialize
    this one: run the whole transaction again (it then sees the other's work)."""


class HqDataError(Exception):
    """The database refused a value HQ gave it (a type, a size, a NUL): a gap in HQ's own
    checks of a request, so not a StoreError: retrying would fail the same way."""


class Tx:
    """One transaction: ``execute``/``many``/``one``/``all`` with ``?`` placeholders."""

    def __init__(self, conn: Any, postgres: bool) -> None:
        self.conn, self.postgres = conn, postgres

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.conn.cursor().executemany(self._sql(sql), [tuple(r) for r in rows])

    def one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.execute(sql, params).fetchone()

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(self.execute(sql, params).fetchall())

    def lock_device(self, device_id: str) -> Any:
        """The workstation's row, locked until the end of the transaction."""
        suffix = " FOR UPDATE" if self.postgres else ""
        return self.one(f"SELECT {DEVICE_COLUMNS} FROM devices WHERE id = ?" + suffix,
                        (device_id,))

    def lock_changes(self) -> None:
        """Serialize publishers so change versions commit in version order."""
        if self.postgres:
            self.execute("SELECT pg_advisory_xact_lock(7319001)")


def _owner_only(path: Path) -> None:
    """Create the SQLite file owner-only (0600) before SQLite does (it would use the umask:
    0644); its ``-wal`` and ``-shm`` files take the database file's mode. An existing
    file with wider permissions is narrowed, by its path only.

    Never open (and so close) an existing database file here: closing any descriptor of a
    file drops every POSIX lock this process holds on it, SQLite's included, and another
    thread's transaction would lose its lock (writes were lost that way). Called once,
    before this process connects.
    """
    try:
        if not path.exists():
            os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if p.exists() and p.stat().st_mode & 0o077:
                p.chmod(0o600)
    except FileExistsError:
        pass
    except OSError as e:
        raise HqStoreError(f"HQ cannot create its database file {path}: {e.strerror}") from e


class Database:
    """A connection source for one HQ database URL (``sqlite:///PATH`` or ``postgresql://…``)."""

    def __init__(self, url: str, pool_size: int = 16) -> None:
        self.url = url
        if url.startswith(("postgresql://", "postgres://")):
            self.postgres = True
            self._pool: queue.LifoQueue[Any] = queue.LifoQueue()
            self._pool_size, self._made = pool_size, 0
            self._pool_lock = threading.Lock()
        elif url.startswith("sqlite:///"):
            self.postgres = False
            self.path = Path(url.removeprefix("sqlite:///"))
            self._local = threading.local()
            _owner_only(self.path)
        else:
            raise UsageError(f"Unknown database URL {url!r}: use sqlite:///PATH or "
                             "postgresql://USER@HOST/DB.")
        self._all: list[Any] = []

    # -- connections ------------------------------------------------------------------------

    def _sqlite(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=60, isolation_level=None,
                                   check_same_thread=False)
            for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                           "busy_timeout = 60000"):
                conn.execute(f"PRAGMA {pragma}")
            self._local.conn = conn
            self._all.append(conn)
        return conn

    def _pg_get(self) -> Any:
        import psycopg

        try:
            return self._pool.get_nowait()
        except queue.Empty:
            pass
        with self._pool_lock:
            make = self._made < self._pool_size
            if make:
                self._made += 1
        if not make:
            return self._pool.get(timeout=60)
        try:
            conn = psycopg.connect(self.url, autocommit=True)
        except psycopg.Error as e:
            with self._pool_lock:
                self._made -= 1
            raise HqStoreError(f"HQ cannot connect to its PostgreSQL database: {e}") from e
        self._all.append(conn)
        return conn

    @contextlib.contextmanager
    def transaction(self, write: bool = True) -> Iterator[Tx]:
        """One transaction; commits on success, rolls back on any exception.

        Raises HqStoreError (or StoreBusyError when SQLite stays locked).
        """
        if self.postgres:
            yield from self._pg_transaction()
        else:
            yield from self._sqlite_transaction(write)

    def _sqlite_transaction(self, write: bool) -> Iterator[Tx]:
        conn = self._sqlite()
        try:
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        except sqlite3.OperationalError as e:
            raise StoreBusyError(f"HQ's database is busy: {e}") from e
        try:
            yield Tx(conn, False)
            conn.execute("COMMIT")
        except BaseException as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.IntegrityError):
                raise HqConflictError(f"HQ's database refused a duplicate: {e}") from e
            if isinstance(e, sqlite3.OperationalError):
                raise HqStoreError(f"HQ's database failed: {e}") from e
            if isinstance(e, (sqlite3.Error, OverflowError)):
                raise HqDataError(f"HQ's database refused a value: {type(e).__name__}") from e
            raise

    def _pg_transaction(self) -> Iterator[Tx]:
        import psycopg

        conn = self._pg_get()
        broken = False
        try:
            with conn.transaction():
                yield Tx(conn, True)
        except (psycopg.errors.UniqueViolation, psycopg.errors.SerializationFailure,
                psycopg.errors.DeadlockDetected) as e:
            raise HqConflictError(f"HQ's database transaction collided: {e}") from e
        except (psycopg.OperationalError, psycopg.InterfaceError) as e:
            broken = conn.closed or conn.broken
            raise HqStoreError(f"HQ's database failed: {e}") from e
        except psycopg.Error as e:
            raise HqDataError(f"HQ's database refused a value: {type(e).__name__}") from e
        finally:
            if broken or conn.closed or conn.broken:
                with self._pool_lock:
                    self._made -= 1
                with contextlib.suppress(Exception):
                    conn.close()
            else:
                self._pool.put(conn)

    # -- schema and life cycle ---------------------------------------------------------------

    def create_schema(self) -> None:
        blob, serial = (("BYTEA", "BIGSERIAL PRIMARY KEY") if self.postgres
                        else ("BLOB", "INTEGER PRIMARY KEY AUTOINCREMENT"))
        script = SCHEMA.format(blob=blob, serial=serial)
        with self.transaction() as tx:
            if tx.postgres:
                tx.execute("SELECT pg_advisory_xact_lock(7319000)")
            for statement in script.split(";"):
                if statement.strip():
                    tx.execute(statement)
            for table, column, kind in ADDED_COLUMNS:
                if column not in _columns(tx, table):
                    tx.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")

    def close(self) -> None:
        for conn in self._all:
            with contextlib.suppress(Exception):
                conn.close()
        self._all.clear()


@contextlib.contextmanager
def opened(url: str) -> Iterator[Database]:
    """The database at ``url`` with its schema made, closed afterwards (the commands)."""
    db = Database(url)
    try:
        db.create_schema()
        yield db
    finally:
        db.close()


@contextlib.contextmanager
def one_transaction(url: str, write: bool = True) -> Iterator[Tx]:
    """One transaction on the database at ``url`` (a command's whole work)."""
    with opened(url) as db, db.transaction(write) as tx:
        yield tx
