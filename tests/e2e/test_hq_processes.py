"""HQ as a country runs it: several `checkpoint-hq serve` processes over one PostgreSQL
behave as one HQ (enrollment codes, replays, rate limits, pushes), and concurrent
requests on one process do too (issue 9, item 1 and "HQ as a country would run it")."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from checkpoint.services import workstation
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine, enrollment
from checkpoint.sync.protocol import wire
from hq import devices
from hq.config import HqConfig
from hq.db import Database
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e import hq_process
from tests.e2e.balancer import Balancer
from tests.e2e.conftest import Hq
from tests.e2e.helpers import device_id, hq_journal, local_journal, record_inspections
from tests.e2e.raw_client import Answer, RawDevice


@pytest.fixture
def processes(hq: Hq, backend: str) -> Iterator[list[str]]:
    """Two more HQ processes over the ``hq`` fixture's database (PostgreSQL only: SQLite
    is HQ's embedded, single-server database)."""
    if backend != "postgres":
        pytest.skip("several HQ processes share one database on PostgreSQL")
    ports = [hq_process.free_port(), hq_process.free_port()]
    procs = [hq_process.start(hq.config.folder, port) for port in ports]
    yield [f"https://127.0.0.1:{port}" for port in ports]
    for proc in procs:
        proc.terminate()
        proc.wait(30)


def _all_at_once(calls: list[Callable[[], Answer]]) -> list[Answer]:
    barrier = threading.Barrier(len(calls))
    out: list[Answer | None] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        out[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert all(a is not None for a in out)
    return [a for a in out if a is not None]


def _enroll_race(hq: Hq, urls: list[str], rounds: int = 2) -> None:  # 16 < the rate limit
    for _ in range(rounds):
        code = hq.code()
        devices = [RawDevice(urls[i % len(urls)], str(hq.config.ca_cert)) for i in range(8)]
        try:
            answers = _all_at_once([lambda d=d, c=code: d.enroll(c) for d in devices])
        finally:
            for d in devices:
                d.close()
        assert sorted(a.status for a in answers) == [200] + [403] * 7
        assert {a.error for a in answers if a.status == 403} == {"code_used"}
    assert hq.scalar("SELECT count(*) FROM devices") == rounds


def test_one_code_enrolls_one_workstation_when_eight_ask_at_once(hq: Hq) -> None:
    _enroll_race(hq, [hq.url])


def test_one_code_enrolls_one_workstation_across_two_hq_processes(
        hq: Hq, processes: list[str]) -> None:
    _enroll_race(hq, processes)


def test_a_request_replayed_to_another_hq_process_is_refused(
        hq: Hq, processes: list[str]) -> None:
    dev = RawDevice(processes[0], str(hq.config.ca_cert))
    try:
        assert dev.enroll(hq.code()).status == 200
        body = wire.encode({"items": [dev.entry(), dev.entry()]})
        auth = dev.sign("POST", "/v1/push", body)
        answers = _all_at_once([lambda u=u: dev.send("POST", "/v1/push", body, auth, url=u)
                                for u in processes])
        assert sorted((a.status, a.error) for a in answers) == [(200, ""), (401, "replay")]
        assert hq.scalar("SELECT count(*) FROM entries") == 2
    finally:
        dev.close()


def test_enrollment_attempts_are_counted_across_hq_processes(hq: Hq, backend: str) -> None:
    if backend != "postgres":
        pytest.skip("several HQ processes share one database on PostgreSQL")
    settings = json.loads((hq.config.folder / "hq.json").read_text())
    settings["enroll_attempts"] = 4
    (hq.config.folder / "hq.json").write_text(json.dumps(settings))
    ports = [hq_process.free_port(), hq_process.free_port()]
    procs = [hq_process.start(hq.config.folder, port) for port in ports]
    try:
        devices = [RawDevice(f"https://127.0.0.1:{p}", str(hq.config.ca_cert)) for p in ports]
        errors = [devices[i % 2].enroll("NO-SUCH-CODE").error for i in range(6)]
        assert errors == ["code_unknown"] * 4 + ["too_many_attempts"] * 2
        for d in devices:
            d.close()
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(30)


def _new_workstation(root: Path, n: int, url: str, code: str, config: HqConfig,
                     count: int) -> Path:
    home = root / f"ws{n}"
    workstation.init_workstation(home, SUPERVISOR, SUPERVISOR_PASSWORD)
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        enrollment.enroll(s, url, code, config.ca_cert.read_bytes())
        record_inspections(s, count)
    return home


@pytest.mark.slow
def test_workstations_push_to_two_hq_processes_at_once_and_hq_behaves_as_one(
        hq: Hq, processes: list[str], tmp_path: Path) -> None:
    balancer = Balancer([int(u.rsplit(":", 1)[1]) for u in processes]).start()
    homes = [_new_workstation(tmp_path, n, balancer.url, hq.code(), hq.config, 150)
             for n in range(4)]
    errors: list[BaseException] = []

    def work(home: Path) -> None:
        try:
            with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
                for _ in range(3):  # each run opens new connections: the balancer alternates
                    SyncEngine.for_session(s, batch_count=40).sync_now()
                    record_inspections(s, 50)
                SyncEngine.for_session(s, batch_count=40).sync_now()
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=work, args=(h,)) for h in homes]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
    finally:
        balancer.stop()
    assert not errors, errors
    assert all(balancer.connections[int(u.rsplit(":", 1)[1])] >= 4 for u in processes)
    assert hq.scalar("SELECT count(*) FROM records") == 4 * 300
    assert hq.scalar("SELECT count(DISTINCT id) FROM records") == 4 * 300
    for home in homes:
        local = local_journal(home)
        at_hq = hq_journal(hq, device_id(home))
        # every entry once and in order, none missing (the last sync's own audit entry may
        # come after its push)
        assert at_hq == local[:len(at_hq)] and len(local) - len(at_hq) <= 2
    assert hq.alerts() == []


def test_concurrent_pushes_to_one_hq_process_lose_nothing(hq: Hq) -> None:
    """Eight workstations pushing one record a request, all at once, into a fresh HQ
    process (its thread pool grows while transactions run). HQ once opened and closed
    a descriptor of its SQLite file beside SQLite's: that drops every POSIX lock the
    process holds on the file, and pushes were answered "applied" and lost."""
    port = hq_process.free_port()
    proc = hq_process.start(hq.config.folder, port)
    url = f"https://127.0.0.1:{port}"
    stations = [RawDevice(url, str(hq.config.ca_cert)) for _ in range(8)]
    try:
        for st in stations:
            assert st.enroll(hq.code()).status == 200

        def run(st: RawDevice) -> Answer:
            answer = Answer(0, None, {})
            for _ in range(40):
                answer = st.push([st.entry(st.record({"schema": "inspection.v1"}))])
                assert answer.status == 200, answer.body
            return answer

        answers = _all_at_once([lambda st=st: run(st) for st in stations])
        assert all(a.status == 200 for a in answers)
    finally:
        for st in stations:
            st.close()
        proc.terminate()
        proc.wait(30)
    assert hq.scalar("SELECT count(*) FROM entries") == 8 * 40
    assert hq.scalar("SELECT count(*) FROM records") == 8 * 40


def _scalar(config: HqConfig, sql: str) -> int:
    db = Database(config.database_url)  # opened and closed: HQ's process stays alone
    try:
        with db.transaction(write=False) as tx:
            return int(tx.one(sql)[0])
    finally:
        db.close()


def test_a_push_of_one_record_a_request_loses_nothing(workstation: Path,
                                                      hq_config: HqConfig) -> None:
    """The real client, one record a request, into `checkpoint-hq serve` in its own
    process, the only one with the database open: every acknowledged record is there.
    (bench/sync.py's naive client once lost a third of such pushes into a fresh
    `serve` process; this test did not reproduce that loss on the faulty commit, the
    benchmark's exactness check did: see the report of issue 9.)"""
    db = Database(hq_config.database_url)
    try:
        db.create_schema()
        with db.transaction() as tx:
            code, code2 = devices.issue_code(tx, "UA-PL-01"), devices.issue_code(tx, "UA-PL-01")
    finally:
        db.close()
    port = hq_process.free_port()
    proc = hq_process.start(hq_config.folder, port, serve=True)
    url = f"https://127.0.0.1:{port}"
    try:
        first = _new_workstation(workstation.parent, 9, url, code2, hq_config, 0)
        with login(first, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
            before = SyncEngine.for_session(s).sync_now().pushed  # another one came first
        with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
            enrollment.enroll(s, url, code, hq_config.ca_cert.read_bytes())
            record_inspections(s, 100)
            report = SyncEngine.for_session(s, batch_count=1).sync_now()
        assert report.applied == report.pushed > 100
    finally:
        proc.terminate()
        proc.wait(30)
    assert _scalar(hq_config, "SELECT count(*) FROM records") == 100
    assert _scalar(hq_config, "SELECT count(*) FROM entries") == report.pushed + before
