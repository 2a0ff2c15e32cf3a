"""Opening the SQLCipher database: the only place a connection is made.

The data key goes in through ``set_key`` as SQLCipher's raw-key form, held in a
``bytearray`` that is wiped straight after; no SQL text ever contains a key.
Every connection gets the settings DESIGN.md requires (see ``REQUIRED``), and
sqlcipher3's own exception classes are mapped into ``checkpoint.errors`` here.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlite_utils

from checkpoint.crypto.wipe import wipe
from checkpoint.errors import (
    ConflictError,
    DamagedStoreError,
    StoreBusyError,
    StoreError,
)

log = logging.getLogger(__name__)

#: The PRAGMAs every connection runs with, and the value each must read back.
REQUIRED: dict[str, str] = {
    "cipher_memory_security": "1",
    "temp_store": "2",  # MEMORY: a file temp store would leak plaintext into unlinked files
    "secure_delete": "1",
    "journal_mode": "wal",
    "synchronous": "2",  # FULL: a record the officer saw saved survives power loss
    "foreign_keys": "1",
}
_SETUP = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
)
DAMAGED = (
    "The workstation database is damaged or has been tampered with. "
    "Restore it from a backup (checkpoint restore) and report this to your supervisor."
)


def raw_key(data_key: bytes) -> bytearray:
    """SQLCipher's raw key form (x'…'), which skips its passphrase KDF."""
    if len(data_key) != 32:
        raise StoreError("The data key must be 32 bytes.")
    return bytearray(b"x'" + data_key.hex().encode("ascii") + b"'")


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Map sqlcipher3's exceptions into ours at the store boundary."""
    try:
        yield
    except sqlcipher3.IntegrityError as e:
        raise ConflictError(f"The store refused the change: {e}") from e
    except sqlcipher3.OperationalError as e:
        text = str(e).lower()
        if "locked" in text or "busy" in text:
            raise StoreBusyError(
                "The workstation database is busy in another program; try again."
            ) from e
        if "disk i/o" in text or "malformed" in text or "not a database" in text:
            raise DamagedStoreError(DAMAGED) from e
        raise StoreError(f"The workstation database failed: {e}") from e
    except sqlcipher3.DatabaseError as e:
        raise DamagedStoreError(DAMAGED) from e
    except sqlcipher3.Error as e:
        raise StoreError(f"The workstation database failed: {e}") from e


def connect(path: Path, data_key: bytes, *, must_exist: bool = True) -> Any:
    """Open and key a connection with the required settings.

    Raises DamagedStoreError when the file cannot be decrypted or read with the key,
    StoreError when it cannot be opened at all.
    """
    if must_exist and not path.exists():
        raise StoreError(f"No workstation database at {path}.")
    with translate_errors():
        conn = sqlcipher3.connect(str(path), timeout=5.0, check_same_thread=True)
        conn.execute("PRAGMA cipher_log_level = NONE")
        key = raw_key(data_key)
        try:
            conn.set_key(key)
        finally:
            wipe(key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for statement in _SETUP:
                conn.execute(statement).fetchall()
        except BaseException:
            conn.close()
            raise
    return conn


def settings(conn: Any) -> dict[str, str]:
    """The live value of each required setting (what tests check on every connection)."""
    out = {}
    for name in REQUIRED:
        row = conn.execute(f"PRAGMA {name}").fetchone()
        out[name] = str(row[0]).lower() if row else ""
    return out


def check_settings(conn: Any) -> None:
    live = settings(conn)
    bad = {k: v for k, v in live.items() if v != REQUIRED[k]}
    if bad:
        raise StoreError(f"A database connection has unsafe settings: {sorted(bad)}")


class Database:
    """A keyed connection wrapped for sqlite-utils. One per thread."""

    def __init__(self, conn: Any) -> None:
        check_settings(conn)
        self.conn = conn
        self.db = sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False)
        self._thread = threading.get_ident()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One atomic unit of work; nests with savepoints."""
        if threading.get_ident() != self._thread:
            raise StoreError("A database connection was used from a thread that does not own it.")
        with translate_errors():
            if self.conn.in_transaction:
                with self.db.atomic():  # a savepoint inside the caller's transaction
                    yield self.db
                return
            # IMMEDIATE takes the write lock up front: with the sync engine writing from its
            # own connection, a deferred transaction could fail to upgrade its lock (busy)
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        with translate_errors():
            return list(self.conn.execute(sql, params).fetchall())

    def execute(self, sql: str, params: Any = ()) -> Any:
        with translate_errors():
            return self.conn.execute(sql, params)

    def integrity_problems(self) -> list[Any]:
        """What SQLCipher's page check and SQLite's quick check find (empty: none)."""
        with translate_errors():
            problems = self.query("PRAGMA cipher_integrity_check")
            return problems + [r for r in self.query("PRAGMA quick_check") if r[0] != "ok"]

    def close(self) -> None:
        with translate_errors():
            with contextlib.suppress(sqlcipher3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()


def engine_versions() -> tuple[str, str]:
    """SQLCipher's version (e.g. ``4.6.1 community``) and SQLite's, from an in-memory
    database that is never keyed and holds nothing (for ``checkpoint --version``)."""
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return (str(row[0]) if row else "unknown"), str(sqlcipher3.sqlite_version)
