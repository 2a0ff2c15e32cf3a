"""What a full resync costs the screening index, one JSON object.

A fresh workstation holds N synthetic alerts (bench/watchlist_gen.py) of generation 1.
In the same run:

- ``resend_unchanged``: the resync (generation 2) re-sends every alert unchanged, in
  pages of 5,000 (``index_delta``): each is only stamped;
- ``resend_rekeyed`` (the baseline: what every re-sent alert cost before, and what a
  changed one costs now): the same N alerts with one field changed, re-keyed;
- ``sweep``: 1 % of the alerts not re-sent (generation 3 re-sends 99 %), removed at the
  end by ``index_sweep``; and ``sweep_nothing``: the sweep when nothing is stale;
- ``generation_index_mb``: the size of the index on ``watchlist_alerts(generation)``
  (pages of the database after VACUUM with and without it).

usage: python bench/resync_sweep.py [--n 100000]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from _util import emit

os.environ.setdefault("CHECKPOINT_KDF_CALIBRATION", "floor")
PAGE = 5000


def _timed(fn: Any) -> tuple[Any, float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, round(time.perf_counter() - start, 2), round(time.process_time() - cpu, 2)


def _pages(conn_of: Any, alerts: list[Any], generation: int) -> int:
    from watchlist_gen import LIST

    from checkpoint.services import screening

    changed = 0
    for i in range(0, len(alerts), PAGE):
        with conn_of() as conn:
            added, mod, _ = screening.index_delta(conn, LIST, generation, "2026-12-06T00:00:00Z",
                                                  alerts[i:i + PAGE], [], generation)
            changed += added + mod
    return changed


def run(n: int, home: Path) -> dict[str, Any]:
    from watchlist_gen import LIST, alerts

    from checkpoint.services import screening, workstation
    from checkpoint.services.session import login

    workstation.init_workstation(home, "chief", "benchmark password")
    s = login(home, "chief", "benchmark password")
    held = list(alerts(n, seed=1))
    with s.write() as conn:
        screening.index_replace(conn, LIST, 1, "2026-12-06T00:00:00Z", held, 1)
    out: dict[str, Any] = {"entries": n}
    changed, wall, cpu = _timed(lambda: _pages(s.write, held, 2))
    out["resend_unchanged"] = {"rekeyed": changed, "seconds": wall, "cpu_s": cpu,
                               "per_alert_us": round(cpu / n * 1e6, 1)}
    edited = [replace(a, instructions=(a.instructions or "") + " (amended)") for a in held]
    changed, wall, cpu = _timed(lambda: _pages(s.write, edited, 3))
    out["resend_rekeyed_baseline"] = {"rekeyed": changed, "seconds": wall, "cpu_s": cpu,
                                      "per_alert_us": round(cpu / n * 1e6, 1)}
    stale = n // 100
    _pages(s.write, edited[stale:], 4)  # generation 4 re-sends all but the first 1 %

    def sweep(generation: int) -> tuple[list[str], int]:
        with s.write() as conn:
            return screening.index_sweep(conn, generation)

    (lists, removed), wall, cpu = _timed(lambda: sweep(4))
    out["sweep"] = {"stale": stale, "removed": removed, "lists_removed": lists,
                    "seconds": wall, "cpu_s": cpu}
    (lists, removed), wall, cpu = _timed(lambda: sweep(4))
    out["sweep_nothing"] = {"removed": removed, "seconds": wall, "cpu_s": cpu}
    db = s.database
    db.execute("VACUUM")
    def size() -> int:
        return int(db.query("PRAGMA page_count")[0][0]) * int(db.query("PRAGMA page_size")[0][0])

    with_index = size()
    db.execute("DROP INDEX watchlist_alerts_generation")
    db.execute("VACUUM")
    without = size()
    out["database_mb"] = round(with_index / 2**20, 1)
    out["generation_index_mb"] = round((with_index - without) / 2**20, 2)
    out["list"] = LIST
    s.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = run(args.n, Path(tmp) / "ws")
    result["date"] = date.today().isoformat()
    emit({"resync_sweep": result})


if __name__ == "__main__":
    main()
