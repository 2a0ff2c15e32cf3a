"""HQ's database layer: locks, error kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

from hq.db import Database, HqConflictError, HqDataError


def test_database_errors_are_told_apart(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'hq.db'}")
    db.create_schema()
    try:
        with db.transaction() as tx:
            tx.execute("INSERT INTO meta (key, value) VALUES ('a', 'b')")
        with pytest.raises(HqConflictError), db.transaction() as tx:  # retried by HQ
            tx.execute("INSERT INTO meta (key, value) VALUES ('a', 'c')")
        with pytest.raises(HqDataError), db.transaction() as tx:  # a defect, not "retry"
            tx.execute("INSERT INTO meta (key, value) VALUES (?, 'c')", (2**70,))
    finally:
        db.close()
