"""HQ's database layer: locks, error kinds."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from hq.db import Database, HqConflictError, HqDataError


def _locked_for_another_process(path: Path) -> bool:
    probe = ("import sqlite3, sys\n"
             "c = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)\n"
             "c.execute('BEGIN IMMEDIATE')\n")
    out = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True,
                         text=True, timeout=60)
    return out.returncode != 0 and "locked" in out.stderr


def test_a_new_thread_connecting_keeps_another_threads_write_lock(tmp_path: Path) -> None:
    """HQ once opened and closed a descriptor of its SQLite file whenever a worker thread
    made its connection. Closing any descriptor of a file drops every POSIX lock the
    process holds on it, SQLite's included: another thread's transaction lost its lock,
    and bench/sync.py's naive client saw a third of its acknowledged pushes lost."""
    path = tmp_path / "hq.db"
    db = Database(f"sqlite:///{path}")
    db.create_schema()
    try:
        with db.transaction() as tx:
            tx.execute("INSERT INTO meta (key, value) VALUES ('a', 'b')")
            assert _locked_for_another_process(path)
            worker = threading.Thread(target=lambda: db.transaction(write=False)
                                      .__enter__())  # a new thread makes its connection
            worker.start()
            worker.join()
            assert _locked_for_another_process(path)
    finally:
        db.close()


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
