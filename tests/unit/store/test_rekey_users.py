"""Rekey and the other programs that use the store (issue 9, item 5): a rekey is refused
while another program has the database open, and one that opens it meanwhile waits and
then works with the new key; nobody loses a write or reads a false "damaged"."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from checkpoint.errors import StoreBusyError
from checkpoint.services import inspections, maintenance
from checkpoint.services.session import login
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD

ROOT = Path(__file__).resolve().parents[3]

#: Another program: logs in, says so, writes an autosave each time it reads a line.
_OTHER = """
import sys
from pathlib import Path
from checkpoint.services import inspections
from checkpoint.services.session import login
with login(Path(sys.argv[1]), sys.argv[2], sys.argv[3]) as s:
    print("open", flush=True)
    draft = inspections.start(s)
    for n, _ in enumerate(sys.stdin):
        draft = inspections.autosave(s, draft.with_changes(lane=f"L{n}"))
        print("saved", n, flush=True)
    print("done", len(inspections.drafts(s)), flush=True)
"""


def _other(home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", _OTHER, str(home), INSPECTOR,
                             INSPECTOR_PASSWORD], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _end(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait(30)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None and not stream.closed:
            stream.close()


def _line(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    return proc.stdout.readline().strip()


def test_rekey_is_refused_while_another_program_has_the_store_open(workstation: Path) -> None:
    other = _other(workstation)
    try:
        assert _line(other) == "open"
        assert other.stdin is not None
        other.stdin.write("1\n")
        other.stdin.flush()
        assert _line(other) == "saved 0"
        with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
            with pytest.raises(StoreBusyError, match="open in another program"):
                maintenance.rekey(s)
            inspections.drafts(s)  # this session still works
            backup = maintenance.backup(s, workstation.parent / "ws.backup")
        with pytest.raises(StoreBusyError, match="open in another program"):
            maintenance.restore(workstation, backup, force=True)  # it would write aside
        for _ in range(3):  # the other program's writes all land, none reads "damaged"
            other.stdin.write("1\n")
            other.stdin.flush()
        other.stdin.close()
        out = other.stdout.read() if other.stdout else ""
        assert other.wait(60) == 0, other.stderr.read() if other.stderr else ""
        assert "saved 3" in out and "done 1" in out
    finally:
        _end(other)
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        maintenance.rekey(s)  # with nobody else in, it goes through
    with login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        assert [d.lane for d in inspections.drafts(s)] == ["L3"]


def test_a_program_opening_the_store_during_a_rekey_waits_and_uses_the_new_key(
        workstation: Path) -> None:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        users = s.database.users
        assert users is not None
        with users.exclusive():  # a rekey has begun
            other = _other(workstation)
            time.sleep(1.5)  # it reads the old slot file, then waits for the database
            assert other.poll() is None
            maintenance._rekey(s)
        try:
            assert _line(other) == "open"  # the rekey ended: it opened with the new key
            assert other.stdin is not None
            other.stdin.write("1\n")
            other.stdin.close()
            assert _line(other) == "saved 0"
            assert other.wait(60) == 0, other.stderr.read() if other.stderr else ""
        finally:
            _end(other)
        assert inspections.drafts(s) == []  # the rekeying session goes on with the new key


def test_a_sync_of_the_same_process_also_blocks_a_rekey(workstation: Path) -> None:
    from checkpoint.services.session import open_database

    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        second = open_database(s.layout, bytes(s.data_key))  # what a sync run opens
        try:
            with pytest.raises(StoreBusyError):
                maintenance.rekey(s)
        finally:
            second.close()
        maintenance.rekey(s)
