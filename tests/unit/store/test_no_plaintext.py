"""No plaintext personal data on disk: not in the database files, slots, backups, logs or temp."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from checkpoint.domain.inspection import Inspection
from checkpoint.formats import load_example
from checkpoint.services import inspections, maintenance
from checkpoint.services.logs import configure
from checkpoint.services.session import Session, login
from checkpoint.store.layout import Layout
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD

CANARY_NAME = "Zqxwerttyname"
CANARY_CYRILLIC = "Жужжалкин"
CANARY_DOC = "QX9876543"


def _canary_inspection(s: Session, example: Inspection, i: int) -> None:
    """A complete inspection whose driver carries the canary name and document number."""
    draft = inspections.start(s)
    driver = example.persons[0]
    assert driver.document is not None
    person = replace(driver, surname=CANARY_CYRILLIC, surname_latin=f"{CANARY_NAME}{i}",
                     document=replace(driver.document, number=f"{CANARY_DOC}{i}", mrz=None))
    filled = replace(example, id=draft.id, status=draft.status, created_at=draft.created_at,
                     updated_at=draft.updated_at, author=draft.author,
                     device_id=draft.device_id, finalized_at=None,
                     persons=(person, *example.persons[1:]), remarks="x" * 3000)
    inspections.autosave(s, filled)
    inspections.finalize(s, filled)


def _open_fds() -> list[str]:
    out = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            out.append(os.readlink(f"/proc/self/fd/{fd}"))
    return out


def _needles() -> list[bytes]:
    return [s.encode(enc) for s in (CANARY_NAME, CANARY_DOC, CANARY_CYRILLIC)
            for enc in ("utf-8", "utf-16-le")]


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_canaries_never_reach_the_disk(workstation: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    layout = Layout(workstation)
    configure(layout.logs)
    before = set(_open_fds())  # pytest's own capture files are unlinked temp files too
    s = login(workstation, INSPECTOR, INSPECTOR_PASSWORD)
    example = Inspection.from_document(load_example("inspection"))
    for i in range(300):
        _canary_inspection(s, example, i)
    # a line lists every person's document, the one searched for first
    assert [str(h.document).split("; ")[0]
            for h in inspections.search(s, f"{CANARY_DOC}7")] == [f"{CANARY_DOC}7"]
    # a large sort while files are open: with temp_store=MEMORY nothing spills to disk
    cur = s.database.conn.execute("SELECT document FROM records ORDER BY document DESC")
    cur.fetchone()
    new = set(_open_fds()) - before
    assert [f for f in new if "(deleted)" in f or "etilqs" in f] == []
    cur.fetchall()
    # while the database is still open the -wal and -shm files exist too
    during = {p: p.read_bytes() for p in _files_under(workstation)}
    assert any(p.name.endswith("-wal") for p in during)
    backup = maintenance.backup(s, tmp_path / "backup.zip")
    s.close()
    configure(None)
    after = {p: p.read_bytes() for p in _files_under(workstation)}
    blobs = {**during, **after, backup: backup.read_bytes()}
    blobs.update({p: p.read_bytes() for p in _files_under(temp)})
    for path, data in blobs.items():
        for needle in _needles():
            assert needle not in data, f"{needle!r} found in {path.name}"


def test_the_leak_detector_itself_finds_a_spilled_sort(tmp_path: Path) -> None:
    """Control: a plain sqlite3 database with a file temp store does leave an unlinked file."""
    conn = sqlite3.connect(tmp_path / "plain.db")
    conn.execute("PRAGMA temp_store = FILE")
    conn.execute("PRAGMA cache_size = 10")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(os.urandom(200).hex(),) for _ in range(20000)])
    conn.commit()
    cur = conn.execute("SELECT x FROM t ORDER BY x")
    cur.fetchone()
    leaked = [f for f in _open_fds() if "(deleted)" in f]
    conn.close()
    assert leaked, "the control sort did not spill; the detector proves nothing"


def test_a_logged_traceback_does_not_carry_the_exception_message(tmp_path: Path) -> None:
    import logging

    configure(tmp_path / "logs")
    try:
        raise ValueError(f"unexpected {CANARY_NAME} {CANARY_DOC}")
    except ValueError:
        logging.getLogger("checkpoint.test").exception("unexpected error")
    finally:
        configure(None)
    text = (tmp_path / "logs" / "checkpoint.log").read_text(encoding="utf-8")
    assert "ValueError (message not logged)" in text and "test_no_plaintext.py" in text
    assert CANARY_NAME not in text and CANARY_DOC not in text
