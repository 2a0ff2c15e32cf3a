"""Sync figures: push throughput against a naive client, a watchlist-sized pull, and HQ
under many workstations at once. HQ runs in its own process (``python -m hq serve``),
over TLS on 127.0.0.1, so client and server each have a core.

- push: N queued inspections (the shipped example, ~4.7 KB each) pushed by the real
  engine; baseline in the same run: a naive client (the same engine and server, one
  signed request per record) on a sample of M records.
- pull: P HQ-owned entries (watchlist-sized, ~300 B) pulled and applied by a client
  process; seconds and that process's peak resident memory.
- load: W simulated workstations (own keys, enrolled for real, each pushing batches
  of 20 chained records) for S seconds, on SQLite and on PostgreSQL (durable
  settings); accepted records/s, request latency p50/p95, lost and duplicated
  records. Baseline in the same run: the same connections on the unsigned
  ``/healthz`` endpoint (what the web stack alone does).

usage: python bench/sync.py [--records 100000] [--naive 2000] [--pull 1000000]
                            [--workstations 200] [--seconds 60] [--only push,pull,load]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _util import ROOT, emit

os.environ.setdefault("CHECKPOINT_KDF_CALIBRATION", "floor")

PASSWORD = "benchmark password"
POST = "BENCH-01"


# -- HQ in its own process ------------------------------------------------------------------

class HqProcess:
    def __init__(self, folder: Path, database_url: str | None = None) -> None:
        from hq.config import init_hq

        self.config = init_hq(folder, ["127.0.0.1"], database_url)
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "hq", "--dir", str(folder), "serve", "--port",
             str(self.port)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True)
        assert self.proc.stdout is not None
        self.proc.stdout.readline()
        self.url = f"https://127.0.0.1:{self.port}"
        self._wait()

    def _wait(self) -> None:
        import requests

        for _ in range(300):
            try:
                requests.get(self.url + "/healthz", verify=str(self.config.ca_cert), timeout=2)
                return
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("HQ did not start")

    def db(self) -> Any:
        from hq.db import Database

        return Database(self.config.database_url)

    def code(self) -> str:
        from hq import devices

        db = self.db()
        try:
            with db.transaction() as tx:
                return devices.issue_code(tx, POST)
        finally:
            db.close()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)


def workstation(home: Path, hq: HqProcess) -> None:
    from checkpoint.services import workstation as ws
    from checkpoint.services.session import login
    from checkpoint.services.sync import enrollment

    ws.init_workstation(home, "bench", PASSWORD)
    with login(home, "bench", PASSWORD) as s:
        enrollment.enroll(s, hq.url, hq.code(), hq.config.ca_cert.read_bytes())


def fill(home: Path, count: int) -> None:
    from checkpoint.domain.ids import new_id
    from checkpoint.formats import load_example
    from checkpoint.services import journaled_records as records
    from checkpoint.services.session import login

    example = load_example("inspection")
    with login(home, "bench", PASSWORD) as s:
        for start in range(0, count, 5000):
            with s.write():
                for _ in range(start, min(count, start + 5000)):
                    doc = {**example, "id": new_id(), "device_id": s.device_id}
                    records.put(s, "inspection", doc, {}, status="finalized",
                                action="inspection.finalize", record_id=doc["id"])


def timed_sync(home: Path, **options: Any) -> tuple[float, Any]:
    from checkpoint.services.session import login
    from checkpoint.services.sync import SyncEngine

    with login(home, "bench", PASSWORD) as s:
        engine = SyncEngine.for_session(s, **options)
        start = time.perf_counter()
        report = engine.sync_now()
        return time.perf_counter() - start, report


# -- push --------------------------------------------------------------------------------------

def bench_push(work: Path, records: int, naive: int) -> dict[str, Any]:
    hq = HqProcess(work / "hq-push")
    try:
        a, b = work / "ws-batched", work / "ws-naive"
        workstation(a, hq)
        workstation(b, hq)
        t = time.perf_counter()
        fill(a, records)
        fill(b, naive)
        fill_s = time.perf_counter() - t
        seconds, report = timed_sync(a)
        naive_s, naive_report = timed_sync(b, batch_count=1)
        db = hq.db()
        with db.transaction(write=False) as tx:
            stored, distinct = tx.one("SELECT count(*), count(DISTINCT id) FROM records")
        db.close()
    finally:
        hq.stop()
    rate = records / seconds
    naive_rate = naive / naive_s
    return {"records": records, "fill_seconds": round(fill_s, 1),
            "seconds": round(seconds, 2), "records_per_s": round(rate),
            "journal_entries_sent": report.pushed,
            "naive_records": naive, "naive_seconds": round(naive_s, 2),
            "naive_records_per_s": round(naive_rate, 1),
            "ratio_to_naive": round(rate / naive_rate, 1),
            "hq_records": stored, "hq_distinct": distinct,
            "exact": stored == distinct == records + naive
            and naive_report.applied == naive_report.pushed}


# -- pull --------------------------------------------------------------------------------------

def publish_watchlist(hq: HqProcess, count: int) -> None:
    from hq import feed

    db = hq.db()
    try:
        for start in range(0, count, 50_000):
            items = [(f"W{i:09d}", "put", {
                "key": f"W{i:09d}", "surname": f"SURNAME{i % 99991}", "given_names": "IVAN",
                "birth_date": f"19{50 + i % 50}-0{1 + i % 9}-1{i % 10}", "nationality": "UKR",
                "document": {"type": "P", "number": f"FX{i:08d}", "issuing_state": "UKR"},
                "action": "discreet_check", "source": "national", "valid_until": "2031-12-31"})
                for i in range(start, min(count, start + 50_000))]
            with db.transaction() as tx:
                feed.publish(tx, "watchlist.persons", items)
    finally:
        db.close()


def child_pull(home: str) -> None:
    seconds, report = timed_sync(Path(home))
    print(json.dumps({"seconds": seconds, "pulled": report.pulled,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def bench_pull(work: Path, count: int) -> dict[str, Any]:
    hq = HqProcess(work / "hq-pull")
    try:
        home = work / "ws-pull"
        workstation(home, hq)
        t = time.perf_counter()
        publish_watchlist(hq, count)
        publish_s = time.perf_counter() - t
        out = subprocess.run([sys.executable, __file__, "--child-pull", str(home)],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        child = json.loads(out.stdout.strip().splitlines()[-1])
        from checkpoint.services.session import login

        with login(home, "bench", PASSWORD) as s:
            held = s.database.query("SELECT count(*) FROM hq_items")[0][0]
    finally:
        hq.stop()
    return {"entries": count, "publish_seconds": round(publish_s, 1),
            "seconds": round(child["seconds"], 1), "entries_per_s": round(count / child["seconds"]),
            "peak_rss_mb": round(child["peak_rss_mb"]), "pulled": child["pulled"],
            "held_on_workstation": held}


# -- many workstations at once -----------------------------------------------------------------

def child_load(spec: str) -> None:
    """The load generator (its own process): enroll W devices, push for S seconds."""
    from sync_load import run_load

    print(json.dumps(run_load(json.loads(spec))))


def bench_load(work: Path, backend: str, stations: int, seconds: float,
               cluster: Any) -> dict[str, Any]:
    url = cluster.new_database() if backend == "postgres" else None
    hq = HqProcess(work / f"hq-load-{backend}", url)
    try:
        codes = [hq.code() for _ in range(stations)]
        spec = {"url": hq.url, "ca": str(hq.config.ca_cert), "codes": codes,
                "seconds": seconds, "batch": 20}
        out = subprocess.run([sys.executable, __file__, "--child-load", json.dumps(spec)],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        db = hq.db()
        with db.transaction(write=False) as tx:
            stored, distinct = tx.one("SELECT count(*), count(DISTINCT id) FROM records")
            per_device = dict(tx.all("SELECT device_id, count(*) FROM records GROUP BY device_id"))
        db.close()
    finally:
        hq.stop()
    acked: dict[str, int] = result.pop("acked")
    lost = sum(max(0, n - per_device.get(d, 0)) for d, n in acked.items())
    return {**result, "hq_records": stored, "lost": lost, "duplicated": stored - distinct,
            "unacknowledged_extra": stored - sum(acked.values())}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--records", type=int, default=100_000)
    p.add_argument("--naive", type=int, default=2_000)
    p.add_argument("--pull", type=int, default=1_000_000)
    p.add_argument("--workstations", type=int, default=200)
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--only", default="push,pull,load")
    p.add_argument("--child-pull")
    p.add_argument("--child-load")
    args = p.parse_args()
    if args.child_pull:
        child_pull(args.child_pull)
        return
    if args.child_load:
        child_load(args.child_load)
        return
    only = set(args.only.split(","))
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    figures: dict[str, Any] = {"date": time.strftime("%Y-%m-%d")}
    try:
        if "push" in only:
            figures["push"] = bench_push(work, args.records, args.naive)
        if "pull" in only:
            figures["pull"] = bench_pull(work, args.pull)
        if "load" in only:
            from tests.e2e import pg

            bindir = pg.binaries()
            cluster = pg.Cluster(bindir, durable=True).start() if bindir else None
            try:
                for backend in ("sqlite", "postgres"):
                    if backend == "postgres" and cluster is None:
                        figures["load_postgres"] = "skipped: no PostgreSQL binaries"
                        continue
                    figures[f"load_{backend}"] = bench_load(work, backend, args.workstations,
                                                            args.seconds, cluster)
            finally:
                if cluster is not None:
                    cluster.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    emit(figures)


if __name__ == "__main__":
    main()

