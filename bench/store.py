"""Store figures: commit latency of a ~5 KB record with its journal entry, indexed lookup
among 1,000,000 records, and unlock time with the calibrated KDF.

Baseline in the same run: plain sqlite3 doing the same insert with the same settings
(WAL, synchronous=FULL, same table and index shapes, no encryption, no journal).

usage: python bench/store.py [--records 1000000] [--commits 300] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _util import emit, percentiles

from checkpoint.domain.ids import new_id, utc_now
from checkpoint.services import accounts, workstation
from checkpoint.services import journaled_records as records
from checkpoint.services.session import login
from checkpoint.store import kdf
from checkpoint.store import record_table as record_rows
from checkpoint.store.record_table import StoredRecord

PASSWORD = "benchmark password"


def inspection_doc(i: int) -> dict[str, object]:
    """About 5 KB of JSON shaped like an inspection."""
    rnd = random.Random(i)
    persons = [{
        "role": "driver" if p == 0 else "passenger",
        "surname": "".join(rnd.choices(string.ascii_uppercase, k=9)),
        "given_names": "".join(rnd.choices(string.ascii_uppercase, k=7)),
        "birth_date": f"19{rnd.randint(50, 99)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}",
        "sex": rnd.choice("MF"), "nationality": rnd.choice(["UKR", "POL", "DEU", "LTU"]),
        "document": {"type": "passport", "number": f"X{i:08d}{p}", "issuing_state": "UKR",
                     "expiry": "2031-05-01",
                     "mrz": {"lines": ["P<UKR" + "<" * 39, "X" * 44],
                             "checks": [{"field": f, "ok": True} for f in
                                        ("document_number", "birth_date", "expiry_date")]}},
    } for p in range(3)]
    goods = [{"hs_code": f"{rnd.randint(100000, 999999)}", "description": "goods " * 12,
              "quantity": rnd.randint(1, 500), "unit": "kg", "value": rnd.randint(10, 9000),
              "currency": "EUR", "origin": "CHN", "declared": True} for _ in range(8)]
    doc = {"schema": "inspection.v1", "id": new_id(), "status": "finalized",
           "lane": "3", "direction": "entry", "persons": persons, "goods": goods,
           "vehicle": {"plate": f"AA{i:06d}", "registration_country": "UKR",
                       "vin": "WVWZZZ1JZXW000001"},
           "remarks": "Routine inspection; nothing to report. " * 20}
    return doc


def terms(doc: dict[str, object]) -> dict[str, set[str]]:
    persons = doc["persons"]
    assert isinstance(persons, list)
    return {"document": {p["document"]["number"] for p in persons},
            "name": {p["surname"] for p in persons},
            "plate": {doc["vehicle"]["plate"]}}  # type: ignore[index]


def plain_sqlite(path: Path, docs: list[dict[str, object]]) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                   "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE records (id TEXT PRIMARY KEY, kind TEXT, status TEXT, "
                 "created_at TEXT, updated_at TEXT, author TEXT, device_id TEXT, amends TEXT, "
                 "document TEXT)")
    conn.execute("CREATE TABLE search_terms (kind TEXT, term TEXT, record_id TEXT, "
                 "PRIMARY KEY (kind, term, record_id)) WITHOUT ROWID")
    out = []
    for doc in docs:
        start = time.perf_counter()
        conn.execute("BEGIN")
        now = utc_now()
        conn.execute("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (doc["id"], "inspection", "finalized", now, now, "bench", "dev", None,
                      json.dumps(doc, sort_keys=True, separators=(",", ":"))))
        conn.executemany("INSERT INTO search_terms VALUES (?, ?, ?)",
                         [(k, t, doc["id"]) for k, ts in terms(doc).items() for t in ts])
        conn.execute("COMMIT")
        out.append(time.perf_counter() - start)
    conn.close()
    return out


def checkpoint_commits(home: Path, docs: list[dict[str, object]]) -> list[float]:
    out = []
    with login(home, "bench", PASSWORD) as s:
        for doc in docs:
            start = time.perf_counter()
            records.put(s, "inspection", doc, terms(doc), status="finalized",
                        action="inspection.finalize")
            out.append(time.perf_counter() - start)
    return out


def bulk_fill(home: Path, count: int) -> None:
    """Fill the store directly through the repository (the benchmark is the lookup)."""
    with login(home, "bench", PASSWORD) as s:
        conn = s.database.conn
        batch = 20_000
        for start in range(0, count, batch):
            with s.write():
                for i in range(start, min(count, start + batch)):
                    rid = new_id()
                    now = utc_now()
                    doc = {"schema": "inspection.v1", "id": rid, "n": i,
                           "persons": [{"surname": f"S{i}", "document": {"number": f"D{i:09d}"}}]}
                    record_rows.put(conn, StoredRecord(rid, "inspection", "finalized", now, now,
                                                       "bench", s.device_id, None, doc),
                                    {"document": {f"D{i:09d}"}, "name": {f"S{i}"}},
                                    is_new=True)


def lookups(home: Path, count: int, n: int) -> list[float]:
    rnd = random.Random(7)
    out = []
    with login(home, "bench", PASSWORD) as s:
        conn = s.database.conn
        for _ in range(n):
            term = f"D{rnd.randrange(count):09d}"
            start = time.perf_counter()
            ids = record_rows.find_ids(conn, "document", term)
            found = record_rows.get_many(conn, ids)
            out.append(time.perf_counter() - start)
            assert len(found) == 1
    return out


def plain_lookups(path: Path, count: int, n: int) -> list[float]:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS t (kind TEXT, term TEXT, record_id TEXT, "
                 "PRIMARY KEY (kind, term, record_id)) WITHOUT ROWID")
    with conn:
        conn.executemany("INSERT INTO t VALUES ('document', ?, ?)",
                         ((f"D{i:09d}", str(i)) for i in range(count)))
    rnd = random.Random(7)
    out = []
    for _ in range(n):
        term = f"D{rnd.randrange(count):09d}"
        start = time.perf_counter()
        conn.execute("SELECT record_id FROM t WHERE kind = 'document' AND term = ?",
                     (term,)).fetchall()
        out.append(time.perf_counter() - start)
    conn.close()
    return out


def no_memory_security(base: Path, commits: int) -> None:
    """Commit figures with cipher_memory_security left OFF (a bench-only patch)."""
    from checkpoint.store import connection

    os.environ[kdf.CALIBRATION_ENV] = "floor"
    connection._SETUP = tuple(s for s in connection._SETUP if "memory_security" not in s)
    connection.REQUIRED.pop("cipher_memory_security")
    home = base / "ws"
    workstation.init_workstation(home, "bench", PASSWORD)
    print(json.dumps(percentiles(checkpoint_commits(
        home, [inspection_doc(i) for i in range(commits)]))))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--commits", type=int, default=300)
    parser.add_argument("--dir", default=None)
    parser.add_argument("--variant", choices=["no-memsec"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        no_memory_security(Path(args.dir), args.commits)
        return
    base = Path(args.dir or tempfile.mkdtemp(prefix="cp-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    try:
        # unlock with the calibrated KDF (the real set-up, not the test floor)
        os.environ.pop(kdf.CALIBRATION_ENV, None)
        calib_home = base / "calibrated"
        t0 = time.perf_counter()
        workstation.init_workstation(calib_home, "bench", PASSWORD)
        init_s = time.perf_counter() - t0
        unlock = []
        for _ in range(5):
            t0 = time.perf_counter()
            login(calib_home, "bench", PASSWORD).close()
            unlock.append(time.perf_counter() - t0)
        params = json.loads((calib_home / "keyslots.json").read_text())["kdf_defaults"]

        os.environ[kdf.CALIBRATION_ENV] = "floor"  # the rest measures the store, not the KDF
        home = base / "ws"
        workstation.init_workstation(home, "bench", PASSWORD)
        with login(home, "bench", PASSWORD) as s:
            accounts.list_operators(s)
        docs = [inspection_doc(i) for i in range(args.commits)]
        size = sum(len(json.dumps(d)) for d in docs) / len(docs)
        base_docs = [{**d, "id": new_id()} for d in docs]
        # interleave warm-up so neither side gets a cold cache advantage
        plain = plain_sqlite(base / "plain.db", base_docs)
        ours = checkpoint_commits(home, docs)
        p_plain, p_ours = percentiles(plain), percentiles(ours)
        # what cipher_memory_security=ON costs (informational: the product keeps it ON).
        # The setting is process-wide in SQLCipher, so the variant runs in its own process.
        variant = subprocess.run(
            [sys.executable, __file__, "--variant", "no-memsec", "--commits", str(args.commits),
             "--dir", str(base / "variant")], capture_output=True, text=True, check=True)
        no_memsec = json.loads(variant.stdout)

        big = base / "big"
        workstation.init_workstation(big, "bench", PASSWORD)
        t0 = time.perf_counter()
        bulk_fill(big, args.records)
        fill_s = time.perf_counter() - t0
        look = percentiles(lookups(big, args.records, 2000))
        plain_look = percentiles(plain_lookups(base / "plain-big.db", args.records, 2000))
        emit({
            "benchmark": "store",
            "commit_record_bytes": round(size),
            "commit_checkpoint": p_ours,
            "commit_plain_sqlite3": p_plain,
            "commit_ratio_p50": round(p_ours["p50_ms"] / p_plain["p50_ms"], 2),
            "commit_ratio_p95": round(p_ours["p95_ms"] / p_plain["p95_ms"], 2),
            "commit_without_memory_security_informational": no_memsec,
            "lookup_records": args.records,
            "lookup_by_document_number": look,
            "lookup_plain_sqlite3": plain_look,
            "bulk_fill_seconds": round(fill_s, 1),
            "unlock_seconds": [round(u, 3) for u in unlock],
            "kdf_params": params,
            "init_seconds_with_calibration": round(init_s, 2),
        })
    finally:
        if not args.dir:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
