"""Every connection the program opens has the settings DESIGN.md requires."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from checkpoint.errors import DamagedStoreError, StoreError
from checkpoint.services import maintenance
from checkpoint.services.session import login
from checkpoint.store import connection
from checkpoint.store.connection import REQUIRED, Database, connect, settings
from checkpoint.store.layout import Layout
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD

ROOT = Path(__file__).resolve().parents[3]


def test_a_session_connection_has_the_required_settings(workstation: Path) -> None:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert settings(s.database.conn) == REQUIRED


def test_every_connection_the_code_opens_has_the_required_settings(
        workstation: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Spy on connect() through set-up, login, backup and rekey; check each connection."""
    seen: list[object] = []
    real = connection.connect

    def spy(*args: object, **kwargs: object) -> object:
        conn = real(*args, **kwargs)  # type: ignore[arg-type]
        seen.append(conn)
        assert settings(conn) == REQUIRED
        return conn

    monkeypatch.setattr(connection, "connect", spy)
    import checkpoint.services.maintenance as m
    import checkpoint.services.session as sess

    monkeypatch.setattr(sess, "connect", spy)
    monkeypatch.setattr(m, "connect", spy)
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        maintenance.backup(s, tmp_path / "b.zip")
        maintenance.rekey(s)
    assert len(seen) >= 2


def test_only_the_connection_module_opens_databases() -> None:
    """No other module calls connect() on sqlcipher3 or sqlite3, nor sqlite_utils on a path."""
    out = subprocess.run(
        ["git", "grep", "-nE", r"(sqlcipher3|sqlite3)\.connect\(|sqlite_utils\.Database\(",
         "--", "checkpoint", "hq"],
        cwd=ROOT, capture_output=True, text=True,
    ).stdout.splitlines()
    # hq/db.py is HQ's own server database (SQLite or PostgreSQL on the HQ server, not
    # workstation data): it never opens a workstation's store.
    allowed = ("checkpoint/store/connection.py", "hq/db.py")
    offenders = [line for line in out if not line.startswith(allowed)]
    assert offenders == []


def test_no_key_in_sql_text() -> None:
    out = subprocess.run(["git", "grep", "-niE", r"pragma\s+(re)?key", "--", "checkpoint", "hq"],
                         cwd=ROOT, capture_output=True, text=True).stdout
    assert out == ""


def test_the_standard_sqlite3_cannot_read_the_database(workstation: Path) -> None:
    db = Layout(workstation).database
    assert not db.read_bytes().startswith(b"SQLite format 3")
    conn = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_a_wrong_key_reads_as_damaged(workstation: Path) -> None:
    with pytest.raises(DamagedStoreError, match="damaged or has been tampered"):
        Database(connect(Layout(workstation).database, b"\x01" * 32))


def test_a_missing_database_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="No workstation database"):
        connect(tmp_path / "none.db", b"\x01" * 32)


def test_a_process_that_unlocked_the_store_cannot_dump_core(workstation: Path,
                                                            tmp_path: Path) -> None:
    """Memory security: cipher_memory_security is OFF, the process protects itself.
    Checked in a fresh process (the test runner's own may have been protected already)."""
    script = (
        "import resource, sys\n"
        "from checkpoint.services.session import login\n"
        "from checkpoint.store import memory\n"
        "before = (resource.getrlimit(resource.RLIMIT_CORE)[0], memory.dumpable())\n"
        f"with login(__import__('pathlib').Path({str(workstation)!r}), {SUPERVISOR!r}, "
        f"{SUPERVISOR_PASSWORD!r}) as s:\n"
        "    row = s.database.query('PRAGMA cipher_memory_security')[0][0]\n"
        "    after = (resource.getrlimit(resource.RLIMIT_CORE)[0], memory.dumpable())\n"
        "print(before, after, row)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=120).stdout.split(")")
    assert "False" not in out[0]  # dumpable before any key was handled
    assert out[1].strip(" (,") == "0, False"
    assert out[2].strip() == "0"


def test_the_session_key_is_wiped_when_the_session_closes(workstation: Path) -> None:
    s = login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD)
    key = s.data_key
    assert any(key)
    s.close()
    assert not any(key)
