"""What this program is made of: its version, its database schema and SQLCipher's
(for ``checkpoint --version`` and the app's About box)."""

from __future__ import annotations

from typing import NamedTuple

import checkpoint


class Versions(NamedTuple):
    program: str
    schema: int  # migrations known to this program
    schema_name: str  # the newest of them
    sqlcipher: str
    sqlite: str


def versions() -> Versions:
    """Loads SQLCipher (no database is opened)."""
    from checkpoint.store.connection import engine_versions
    from checkpoint.store.migrations import MIGRATIONS

    cipher, sqlite = engine_versions()
    return Versions(checkpoint.__version__, len(MIGRATIONS), MIGRATIONS[-1][0], cipher, sqlite)
