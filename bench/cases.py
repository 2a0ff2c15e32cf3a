"""Figures of issue 11 (offence cases, printed protocols, the agency side of HQ).

- open: open a case from an inspection's finding and save it (the two commits a click
  on "Open case" makes: the journaled create, then the first save of the draft), p50/p95;
  baseline in the same run: plain ``sqlite3`` inserting and committing the same
  document (WAL, synchronous=FULL), twice.
- pdf: produce a two-page seizure protocol (content from the store + Qt's PDF writer),
  p50/p95; baseline in the same run: Qt alone printing the same HTML with
  ``QTextDocument.print_`` to a ``QPdfWriter``.
- agency: 1,000 referrals to one agency at HQ (its own process, TLS, on SQLite and on
  PostgreSQL); the agency lists them (pages of 200) and marks each received and
  accepted through the signed API with its certificate; calls/s and p50/p95 per call.
  Baseline in the same run: the same client session on the unsigned ``/healthz``.
- roundtrip: an agency accepts a referral; time until the workstation has "accepted",
  when a sync is triggered at once (baseline) and with the default schedule (a
  BackgroundSync left to itself: its quiet status pull while an answer is awaited);
  HQ's CPU per empty status pull against a bare TLS request.

usage: python bench/cases.py [--open 300] [--pdf 30] [--referrals 1000] [--only open,pdf,...]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from _util import emit, percentiles, timed

os.environ.setdefault("CHECKPOINT_KDF_CALIBRATION", "floor")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "benchmark password"


def _workstation(home: Path) -> Any:
    from checkpoint.domain.inspection import Inspection, Status
    from checkpoint.formats import load_example
    from checkpoint.services import inspections, workstation
    from checkpoint.services.session import login

    workstation.init_workstation(home, "bench", PASSWORD)
    s = login(home, "bench", PASSWORD)
    draft = inspections.start(s)
    example = Inspection.from_document(load_example("inspection"))
    insp = inspections.finalize(s, replace(
        example, id=draft.id, status=Status.DRAFT, created_at=draft.created_at,
        updated_at=draft.updated_at, device_id=draft.device_id, author=draft.author,
        finalized_at=None))
    return s, insp


def bench_open(n: int) -> dict[str, Any]:
    from checkpoint.domain.cases.offence import CaseKind
    from checkpoint.services.cases import offences

    with tempfile.TemporaryDirectory() as tmp:
        s, insp = _workstation(Path(tmp) / "ws")
        try:
            def click() -> None:
                case = offences.open_from_finding(s, insp.id, insp.findings[0].id)
                offences.save_draft(s, replace(case, kind=CaseKind.CRIMINAL))
            click()
            samples = timed(click, n)
            doc = offences.load(s, offences.page(s, limit=1)[0].id, audit=False).to_document()
        finally:
            s.close()
        conn = sqlite3.connect(Path(tmp) / "plain.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE records (id TEXT PRIMARY KEY, document TEXT)")
        text = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        counter = iter(range(10**9))

        def plain() -> None:
            for _ in range(2):
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO records VALUES (?, ?)", (str(next(counter)), text))
                conn.execute("COMMIT")
        baseline = timed(plain, n)
        conn.close()
    return {"open_case_from_finding_and_save": percentiles(samples),
            "baseline_plain_sqlite_two_commits": percentiles(baseline),
            "document_bytes": len(text.encode())}


def bench_pdf(n: int) -> dict[str, Any]:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from checkpoint.domain.cases.custody import CustodyAction
    from checkpoint.domain.cases.offence import CaseKind
    from checkpoint.gui.cases.printing import html, write_pdf
    from checkpoint.services.cases import custody, offences, printing

    with tempfile.TemporaryDirectory() as tmp:
        s, insp = _workstation(Path(tmp) / "ws")
        try:
            case = offences.open_from_finding(s, insp.id, insp.findings[0].id)
            case = offences.save_draft(s, replace(case, kind=CaseKind.CRIMINAL,
                                                  legal_basis="UA-CC-201", summary="x" * 400))
            for k in range(12):
                case, item = offences.add_item(s, case, description=f"Box {k}", quantity=50.0,
                                               hs_code="240220", seal_numbers=(f"S-{k}",))
                custody.handover(s, case.id, item.id, action=CustodyAction.TRANSFERRED,
                                 from_custodian="bench", to_custodian="store")
            first = write_pdf(printing.protocol(s, "case", case.id))
            pages = first.count(b"/Type /Page\n") or first.count(b"/Type /Page ")
            samples = timed(lambda: write_pdf(printing.protocol(s, "case", case.id)), n)
            text = html(printing.protocol(s, "case", case.id))
        finally:
            s.close()

    def bare() -> None:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        doc.setHtml(text)
        doc.print_(writer)
        buffer.close()
    baseline = timed(bare, n)
    return {"seizure_protocol_pdf": percentiles(samples), "pages": pages,
            "pdf_bytes": len(first), "baseline_qt_print_same_html": percentiles(baseline)}


def _file_referrals(hq: Any, count: int) -> list[str]:
    """``count`` approved referrals to agency BENCH-POL filed at HQ as a push files them."""
    from checkpoint.domain.ids import new_id, utc_now
    from checkpoint.formats import load_example
    from hq import desk
    from hq.devices import Device

    example = load_example("referral")
    device = Device("bench-ws", "BENCH-01", None, b"", 0, "")  # type: ignore[arg-type]
    ids, rows = [], []
    for _ in range(count):
        doc = dict(example, id=new_id(), agency="BENCH-POL",
                   deadline="2099-01-01T00:00:00.000Z")
        text = json.dumps(doc, sort_keys=True, separators=(",", ":"))
        ids.append(doc["id"])
        rows.append((doc["id"], "referral", text))
    db = hq.db()
    try:
        with db.transaction() as tx:
            tx.many("INSERT INTO records (id, device_id, seq, kind, status, author, amends, "
                    "digest, document, received_at) VALUES (?, 'bench-ws', ?, 'referral', "
                    "'approved', 'bench', NULL, '-', ?, ?)",
                    [(rid, n, text, utc_now()) for n, (rid, _, text) in enumerate(rows)])
            desk.on_intake(tx, device, rows)
    finally:
        db.close()
    return ids


def bench_agency(count: int, backend: str) -> dict[str, Any]:
    from sync import HqProcess

    from hq import agencies
    from hq.agency_client import AgencyClient

    with tempfile.TemporaryDirectory() as tmp:
        cluster = None
        url = None
        if backend == "postgres":
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
            from tests.e2e import pg

            bindir = pg.binaries()
            if bindir is None:
                return {"skipped": "PostgreSQL binaries are not installed"}
            cluster = pg.Cluster(bindir, durable=True).start()
            url = cluster.new_database()
        hq = HqProcess(Path(tmp) / "hq", url)
        try:
            db = hq.db()
            try:
                with db.transaction() as tx:
                    issued = agencies.add(tx, hq.config, "BENCH-POL", "Bench police", "police",
                                          Path(tmp) / "agency")
            finally:
                db.close()
            ids = _file_referrals(hq, count)
            client = AgencyClient(hq.url, "BENCH-POL", issued.cert_path, issued.key_path,
                                  hq.config.ca_cert, officer="bench")
            lats: list[float] = []

            def call(fn: Any, *a: Any) -> Any:
                start = time.perf_counter()
                out = fn(*a)
                lats.append(time.perf_counter() - start)
                return out
            started = time.perf_counter()
            cursor, listed = 0, []
            while True:
                page = call(client.referrals, cursor, 200)
                listed += [i["id"] for i in page["items"]]
                cursor = page["cursor"]
                if not page["more"]:
                    break
            for rid in listed:
                call(client.received, rid)
                call(client.accept, rid, f"REF-{rid[-6:]}")
            elapsed = time.perf_counter() - started
            healthz: list[float] = []
            for _ in range(500):
                start = time.perf_counter()
                client.session.get(hq.url + "/healthz", timeout=10)
                healthz.append(time.perf_counter() - start)
            client.close_session()
            assert sorted(listed) == sorted(ids)
            db = hq.db()
            try:
                with db.transaction() as tx:
                    accepted = tx.one("SELECT count(*) FROM referrals WHERE status = "
                                      "'accepted'")[0]
            finally:
                db.close()
            return {"referrals": count, "listed": len(listed), "accepted": int(accepted),
                    "calls": len(lats), "calls_per_s": round(len(lats) / elapsed, 1),
                    "per_call": percentiles(lats),
                    "baseline_healthz_same_session": {
                        "calls_per_s": round(len(healthz) / sum(healthz), 1),
                        **percentiles(healthz)}}
        finally:
            hq.stop()
            if cluster is not None:
                cluster.stop()


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _approved_referral(home: Path, s: Any, insp: Any) -> Any:
    from checkpoint.services.cases import offences, referrals
    from checkpoint.services.session import login

    case = offences.open_from_finding(s, insp.id, insp.findings[0].id)
    ref = referrals.submit(s, referrals.create(s, agency="BENCH-POL", reason="bench",
                                               case_id=case.id))
    with login(home, "second", PASSWORD) as sup:
        referrals.approve(sup, ref.id, referrals.digest(ref))
    return ref


def _until(done: Any, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out")
        time.sleep(0.02)


def _answer(s: Any, referral_id: str) -> str | None:
    from checkpoint.domain.cases.referral import STATUS_COLLECTION
    from checkpoint.services.cases import store

    item = store.pulled_item(s, STATUS_COLLECTION, referral_id)
    return None if item is None else str(item.get("status"))


def bench_roundtrip(rounds: int) -> dict[str, Any]:
    """The agency accepts; until the workstation has *accepted*: (1) when a sync is
    triggered at once (the same-run baseline: the network and HQ's part), (2) with the
    default schedule, a BackgroundSync left to itself (full sync every 300 s, a quiet
    status pull every 5 s while a referral awaits an answer). Then HQ's CPU time per
    empty status pull, against a bare TLS ``GET /healthz``."""
    import requests
    from sync import HqProcess, workstation

    from checkpoint.services import accounts
    from checkpoint.services.session import login
    from checkpoint.services.sync import BackgroundSync, SyncEngine
    from hq import agencies
    from hq.agency_client import AgencyClient

    with tempfile.TemporaryDirectory() as tmp:
        hq = HqProcess(Path(tmp) / "hq")
        try:
            db = hq.db()
            try:
                with db.transaction() as tx:
                    issued = agencies.add(tx, hq.config, "BENCH-POL", "Bench police", "police",
                                          Path(tmp) / "agency")
                    agencies.add_officer(tx, "BENCH-POL", "second")
            finally:
                db.close()
            client = AgencyClient(hq.url, "BENCH-POL", issued.cert_path, issued.key_path,
                                  hq.config.ca_cert)
            home = Path(tmp) / "ws"
            workstation(home, hq)
            with login(home, "bench", PASSWORD) as s:
                accounts.add_operator(s, "second", "supervisor", PASSWORD)
            triggered, scheduled = [], []
            with login(home, "bench", PASSWORD) as s, SyncEngine.for_session(s) as engine:
                engine.sync_now()
                insp = _workstation_inspection(s)
                for _ in range(rounds):  # (1) a sync right after the answer
                    ref = _approved_referral(home, s, insp)
                    engine.sync_now()
                    client.received(ref.id)
                    client.accept(ref.id, "R-1")
                    start = time.perf_counter()
                    engine.sync_now()
                    assert _answer(s, ref.id) == "accepted"
                    triggered.append(time.perf_counter() - start)

                background = BackgroundSync(engine)  # (2) the product's defaults
                background.start()
                try:
                    for _ in range(rounds):
                        ref = _approved_referral(home, s, insp)
                        background.trigger()  # the referral goes up (as at a finalize)
                        _until(lambda r=ref: _answer(s, r.id) == "sent")
                        client.received(ref.id)
                        client.accept(ref.id, "R-1")
                        start = time.perf_counter()
                        _until(lambda r=ref: _answer(s, r.id) == "accepted")
                        scheduled.append(time.perf_counter() - start)
                    status_pulls = background.status_pulls
                finally:
                    background.scheduler.stop()

                # (3) HQ's cost of a status pull that finds nothing, vs a bare TLS request
                ref = _approved_referral(home, s, insp)
                engine.sync_now()  # one referral awaits an answer; nothing else changes
                n = 100
                cpu = _cpu_seconds(hq.proc.pid)
                started = time.perf_counter()
                for _ in range(n):
                    engine.pull_now()
                pull_wall = (time.perf_counter() - started) / n
                pull_cpu = (_cpu_seconds(hq.proc.pid) - cpu) / n
                cpu = _cpu_seconds(hq.proc.pid)
                started = time.perf_counter()
                for _ in range(n):
                    requests.get(hq.url + "/healthz", verify=str(hq.config.ca_cert), timeout=10)
                healthz_wall = (time.perf_counter() - started) / n
                healthz_cpu = (_cpu_seconds(hq.proc.pid) - cpu) / n
            client.close_session()
        finally:
            hq.stop()
    per_hour = 3600 / (background.answer_interval or 1)
    return {"accept_to_shown_when_a_sync_runs": percentiles(triggered),
            "accept_to_shown_default_schedule": percentiles(scheduled),
            "default_full_period_s": background.interval,
            "default_answer_interval_s": background.answer_interval,
            "status_pulls_during_the_rounds": status_pulls,
            "hq_per_empty_status_pull": {"cpu_ms": round(pull_cpu * 1000, 2),
                                         "wall_ms": round(pull_wall * 1000, 1)},
            "hq_per_bare_tls_healthz": {"cpu_ms": round(healthz_cpu * 1000, 2),
                                        "wall_ms": round(healthz_wall * 1000, 1)},
            "hq_cpu_s_per_awaiting_post_hour": round(pull_cpu * per_hour, 2)}


def _workstation_inspection(s: Any) -> Any:
    from checkpoint.domain.inspection import Inspection, Status
    from checkpoint.formats import load_example
    from checkpoint.services import inspections

    draft = inspections.start(s)
    example = Inspection.from_document(load_example("inspection"))
    return inspections.finalize(s, replace(
        example, id=draft.id, status=Status.DRAFT, created_at=draft.created_at,
        updated_at=draft.updated_at, device_id=draft.device_id, author=draft.author,
        finalized_at=None))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--open", type=int, default=300)
    p.add_argument("--pdf", type=int, default=30)
    p.add_argument("--referrals", type=int, default=1000)
    p.add_argument("--rounds", type=int, default=20)
    p.add_argument("--only", default="open,pdf,agency,roundtrip")
    args = p.parse_args()
    only = set(args.only.split(","))
    figures: dict[str, Any] = {"date": time.strftime("%Y-%m-%d")}
    if "open" in only:
        figures["open"] = bench_open(args.open)
    if "pdf" in only:
        figures["pdf"] = bench_pdf(args.pdf)
    if "agency" in only:
        figures["agency_sqlite"] = bench_agency(args.referrals, "sqlite")
        figures["agency_postgres"] = bench_agency(args.referrals, "postgres")
    if "roundtrip" in only:
        figures["roundtrip"] = bench_roundtrip(args.rounds)
    emit(figures)


if __name__ == "__main__":
    main()
