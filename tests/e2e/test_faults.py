"""Failures between the workstation and HQ: nothing lost, nothing duplicated."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from checkpoint.errors import NetworkError
from checkpoint.services.session import login
from checkpoint.services.sync import BackgroundSync, SyncEngine
from checkpoint.services.sync.push import read_items
from checkpoint.store import sync_tables as sync_state
from checkpoint.sync.client import HqClient
from checkpoint.sync.protocol.items import push_body
from hq.server import ServerThread
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import hq_journal, record_inspections
from tests.helpers import wait_until

ROOT = Path(__file__).resolve().parents[2]


def _journal(s: Any) -> list[tuple[int, str]]:
    return [(int(r[0]), str(r[1])) for r in s.database.query(
        "SELECT seq, hash FROM journal ORDER BY seq")]


def _exact(hq: Hq, s: Any, count: int) -> None:
    """HQ holds exactly this workstation's journal and ``count`` records, each once."""
    assert hq_journal(hq, s.device_id) == _journal(s)
    assert hq.scalar("SELECT count(*) FROM records WHERE device_id = ?", (s.device_id,)) == count
    assert hq.scalar("SELECT count(DISTINCT id) FROM records") == count


def _retry_until_done(engine: SyncEngine, attempts: int = 6) -> int:
    failures = 0
    for _ in range(attempts):
        try:
            engine.sync_now()
            return failures
        except NetworkError:
            failures += 1
    raise AssertionError("sync never completed")


@pytest.mark.parametrize("action", ["drop_after", "error500_after"])
def test_an_acknowledgement_lost_after_hq_committed_creates_no_duplicate(
        enrolled: Path, hq: Hq, action: str) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 60)
        hq.faults.add("/v1/push", action, skip=1)
        engine = SyncEngine.for_session(s, batch_count=25)
        with pytest.raises(NetworkError):
            engine.sync_now()
        committed = hq.scalar("SELECT count(*) FROM records")
        assert committed > 25  # the second batch was committed, its answer lost
        report = engine.sync_now()
        assert report.duplicates == 0  # HQ's head was adopted: nothing sent twice
        _exact(hq, s, 60)


def test_two_identical_pushes_at_once_make_one_row(enrolled: Path, hq: Hq) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 40)
        conn = s.database.conn
        items = read_items(conn, 0, 1000)
        body = push_body([i.text for i in items])
        head = sync_state.journal_head(conn)
        enrollment = sync_state.load_enrollment(conn)
        assert enrollment is not None
        ca = enrolled / "hq-ca.pem"
        answers: list[Any] = []

        def push() -> None:
            client = HqClient(hq.url, device=s.device_id, key=s.identity.signing_key,
                              hq_key=enrollment.hq_signing_key, ca_file=ca)
            answers.append(client.call("POST", "/v1/push", seq=head, body=body).body)

        threads = [threading.Thread(target=push) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(answers) == 2
    statuses = sorted(tuple(r["status"] for r in a["results"]) for a in answers)
    assert (set(statuses[0]) == {"applied"} and set(statuses[1]) == {"duplicate"}) or \
        (set(statuses[0]) == {"duplicate"} and set(statuses[1]) == {"applied"})
    assert hq.scalar("SELECT count(*) FROM records") == 40
    assert hq.scalar("SELECT count(*) FROM entries") == len(items)


@pytest.mark.parametrize("action", ["error500", "drop_before"])
def test_hq_failing_or_resetting_the_connection_only_delays_the_sync(
        enrolled: Path, hq: Hq, action: str) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 50)
        hq.faults.add("/v1/push", action, times=2, skip=1)
        engine = SyncEngine.for_session(s, batch_count=20)
        assert _retry_until_done(engine) == 2
        assert engine.status().state == "up_to_date"
        _exact(hq, s, 50)


def test_a_failure_shows_as_offline_with_the_reason(enrolled: Path, hq: Hq) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 3)
        hq.faults.add("/v1/head", "error500")
        engine = SyncEngine.for_session(s)
        with pytest.raises(NetworkError, match="HQ is failing"):
            engine.sync_now()
        status = engine.status()
        assert status.state == "offline" and "HQ is failing" in (status.reason or "")
        assert status.unacknowledged == 3


def test_answers_slower_than_the_timeout_are_retried_without_duplicates(
        enrolled: Path, hq: Hq) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 30)
        hq.faults.add("/v1/push", "delay_after", seconds=1.5)
        engine = SyncEngine.for_session(s, timeout=(5.0, 0.4))
        with pytest.raises(NetworkError, match="did not answer in time"):
            engine.sync_now()
        # let HQ finish the slow answer before syncing again (not a timing test)
        wait_until(lambda: ("/v1/push", "delay_after_done") in hq.faults.hits,
                   what="HQ to finish the slow answer")
        engine.sync_now()
        _exact(hq, s, 30)


def test_background_sync_retries_with_backoff_until_hq_recovers(enrolled: Path,
                                                                hq: Hq) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 10)
        hq.faults.add("/v1/push", "error500", times=3)
        background = BackgroundSync(SyncEngine.for_session(s), interval=3600,
                                    backoff_base=0.05, backoff_cap=0.2)
        background.start()
        try:
            wait_until(lambda: background.status().state == "up_to_date",
                       what="the background sync to recover")
        finally:
            background.stop()
        assert background.runs >= 4
        _exact(hq, s, 10)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _hits(path: Path) -> str:
    return path.read_text() if path.exists() else ""


def _start_hq_process(folder: Path, port: int, faults: list[dict[str, Any]],
                      hits: Path | None = None) -> Any:
    args = [str(folder), str(port), json.dumps(faults)] + ([str(hits)] if hits else [])
    proc = subprocess.Popen([sys.executable, "-m", "tests.e2e.hq_process", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    proc.stdout.close()
    def accepts() -> bool:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            return False

    wait_until(accepts, 30, what="HQ to accept connections")
    return proc


def _count(db: Any) -> int:
    with db.transaction(write=False) as tx:
        return int(tx.one("SELECT count(*) FROM records")[0])


@pytest.mark.slow
def test_hq_killed_mid_batch_loses_nothing(workstation: Path, hq: Hq) -> None:
    from checkpoint.services.sync import enrollment

    port = _free_port()
    hq.stop()  # the same HQ folder and database, served by a process we can kill
    hits = hq.config.folder / "fault-hits.txt"
    proc = _start_hq_process(hq.config.folder, port,
                             [{"path": "/v1/push", "action": "delay_before", "skip": 1,
                               "seconds": 30}], hits)
    url = f"https://127.0.0.1:{port}"
    try:
        with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
            from hq import devices
            from hq.db import Database

            db = Database(hq.config.database_url)
            with db.transaction() as tx:
                code = devices.issue_code(tx, "UA-PL-01")
            enrollment.enroll(s, url, code, hq.config.ca_cert.read_bytes())
            record_inspections(s, 80)
            engine = SyncEngine.for_session(s, batch_count=30)
            errors: list[Exception] = []

            def run() -> None:
                try:
                    engine.sync_now()
                except NetworkError as e:
                    errors.append(e)

            t = threading.Thread(target=run)
            t.start()
            wait_until(lambda: _count(db) > 0, what="the first batch at HQ")
            # the second batch is inside HQ (held before its commit) when HQ says so
            wait_until(lambda: "/v1/push delay_before" in _hits(hits),
                       what="HQ to hold the second batch")
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            t.join(60)
            assert errors, "the sync should have failed when HQ died"
            assert 0 < _count(db) < 80  # the first batch survived the kill, the rest did not
            proc = _start_hq_process(hq.config.folder, port, [])
            engine.sync_now()
            local = _journal(s)
            with db.transaction() as tx:
                got = [(int(r[0]), str(r[1])) for r in tx.all(
                    "SELECT seq, hash FROM entries WHERE device_id = ? ORDER BY seq",
                    (s.device_id,))]
                records = tx.one("SELECT count(*), count(DISTINCT id) FROM records")
            db.close()
            assert got == local
            assert tuple(records) == (80, 80)
    finally:
        proc.kill()
        proc.wait()


def test_background_sync_runs_at_once_when_hq_is_back(enrolled: Path, hq: Hq) -> None:
    port = hq.server.port
    hq.server.stop()
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 5)
        engine = SyncEngine.for_session(s)
        # a long backoff: only the reachability probe can bring the next run early
        background = BackgroundSync(engine, interval=3600, backoff_base=600, backoff_cap=600,
                                    probe_interval=0.05)
        background.start()
        try:
            wait_until(lambda: background.runs >= 1, what="a first (failed) run")
            assert background.status().state == "offline"
            hq.server = ServerThread(hq.app, hq.config, port=port).start()
            wait_until(lambda: background.status().state == "up_to_date",
                       what="the sync to run when HQ came back")
        finally:
            background.stop()
        assert background.scheduler.woken_by_probe == 1
        _exact(hq, s, 5)
