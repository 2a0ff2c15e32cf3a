"""The database engine's versions: SQLCipher and the SQLite it is built on."""

from __future__ import annotations

import sqlcipher3


def versions() -> tuple[str, str]:
    """SQLCipher's version (e.g. ``4.6.1 community``) and SQLite's, from an in-memory
    database that is never keyed and holds nothing."""
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return (str(row[0]) if row else "unknown"), sqlcipher3.sqlite_version
