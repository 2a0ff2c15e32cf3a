"""The workstation killed with SIGKILL mid-push and mid-pull resumes where it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from checkpoint.store import sync_tables as sync_state
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import hq_journal, record_inspections
from tests.helpers import wait_until

ROOT = Path(__file__).resolve().parents[2]


def _sync_process(home: Path) -> Any:
    return subprocess.Popen(
        [sys.executable, "-m", "checkpoint.cli", "--home", str(home), "sync", "now", "--as",
         SUPERVISOR, "--password-stdin"], cwd=ROOT, stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True)


def _kill_when(proc: Any, hq: Hq, path: str) -> None:
    """SIGKILL the client once HQ is holding one of its requests to ``path``."""
    assert proc.stdin is not None
    proc.stdin.write(SUPERVISOR_PASSWORD + "\n")
    proc.stdin.close()
    def held() -> bool:
        assert proc.poll() is None, "the client ended before it was killed"
        return (path, "delay_before") in hq.faults.hits

    wait_until(held, what="HQ to hold the client's request")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def _wait_for(hq: Hq, path: str, what: str) -> None:
    wait_until(lambda: (path, what) in hq.faults.hits, what=f"HQ to reach {what}")


@pytest.mark.slow
def test_a_client_killed_mid_push_resumes_without_restarting_from_zero(
        enrolled: Path, hq: Hq) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 1400)
    hq.faults.add("/v1/push", "delay_before", skip=1, seconds=2)  # hold the second batch
    _kill_when(_sync_process(enrolled), hq, "/v1/push")
    _wait_for(hq, "/v1/push", "delay_before_done")  # HQ applies it although its client is gone
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        acked = sync_state.load_progress(s.database.conn).acked_seq
        assert acked > 0  # the first batch's acknowledgement was saved before the kill
        report = SyncEngine.for_session(s).sync_now()
        local = [(int(r[0]), str(r[1])) for r in s.database.query(
            "SELECT seq, hash FROM journal ORDER BY seq")]
        assert report.duplicates == 0  # nothing re-sent: HQ's head was adopted
        assert report.pushed < len(local) - acked  # the held batch was not sent again
        assert hq_journal(hq, s.device_id) == local
    assert hq.scalar("SELECT count(*) FROM records") == 1400
    with hq.tx() as tx:
        firsts = [r[0] for r in tx.all("SELECT detail FROM requests ORDER BY id")]
    assert '"first":1,' in firsts[0] and all('"first":1,' not in f for f in firsts[1:])


@pytest.mark.slow
def test_a_client_killed_mid_pull_resumes_after_the_last_page_it_applied(
        enrolled: Path, hq: Hq) -> None:
    page = SyncEngine.__init__.__kwdefaults__["page_limit"]  # what the CLI pulls per page
    total = 2 * page + page // 2
    hq.publish_reference("hs_tariff", [{"key": f"{i:06d}", "rate": i % 17}
                                       for i in range(total)])
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        SyncEngine.for_session(s).sync_now()  # nothing pending to push afterwards
        s.database.execute("BEGIN IMMEDIATE")
        s.database.execute("DELETE FROM hq_items")
        s.database.execute("UPDATE sync_state SET cursor = NULL")
        s.database.execute("COMMIT")
    hq.faults.add("/v1/pull", "delay_before", skip=1, seconds=2)  # hold the second page
    _kill_when(_sync_process(enrolled), hq, "/v1/pull")
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert s.database.query("SELECT count(*) FROM hq_items")[0][0] == page
        assert sync_state.load_progress(s.database.conn).cursor is not None
        report = SyncEngine.for_session(s).sync_now()
        assert report.pulled == total - page  # only the pages after the one applied
        assert s.database.query("SELECT count(*) FROM hq_items")[0][0] == total
