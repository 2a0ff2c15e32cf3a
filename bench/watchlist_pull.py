"""From HQ's publication to the post's screening: a watchlist pulled whole, then a delta.

The real HQ runs in its own process over TLS on 127.0.0.1 (``bench/sync.py``'s
``HqProcess``); the workstation is enrolled for real and pulls in a child process of its
own (peak RSS is that process's). Phases, one run:

1. HQ publishes N synthetic entries (``bench/watchlist_gen.py`` as FollowTheMoney JSON
   lines, through ``checkpoint-hq publish-watchlist``);
2. a fresh workstation pulls them all and builds its index: the **baseline**, what a post
   that never held the list (or fell too far behind) pays;
3. HQ republishes the list with 10,000 entries different (5,000 changed, 2,500 added,
   2,500 removed; ``--replace``): only the difference is published;
4. the workstation's next sync pulls and applies the delta: the time from the link
   coming back to screening answering from the new version (the issue's target: within
   a minute);
5. checks that the new version answers: an added entry's passport hits, a removed
   entry's no longer does, the list's version is 2.

usage: python bench/watchlist_pull.py [--n 100000] [--delta 10000] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _util import ROOT, emit
from sync import PASSWORD, HqProcess, timed_sync, workstation
from watchlist_gen import alerts, ftm_lines

LIST = "SYNTH"


def _write_ftm(path: Path, items: Any) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for alert in items:
            out.writelines(line + "\n" for line in ftm_lines(alert))
            count += 1
    return count


def _delta_list(n: int, delta: int) -> tuple[list[Any], set[str], list[Any]]:
    """The list after the change: (every entry, ids removed, entries added)."""
    changes, adds, removes = delta // 2, delta // 4, delta - delta // 2 - delta // 4
    changed = {f"e{i * 97 % n}": a for i, a in enumerate(alerts(changes, seed=2))}
    removed = {f"e{(i * 389 + 7) % n}" for i in range(removes * 2)} - set(changed)
    removed = set(sorted(removed)[:removes])
    added = list(alerts(adds, seed=3, start=n))
    out: list[Any] = []
    for a in alerts(n, seed=1):
        if a.entity_id in removed:
            continue
        new = changed.get(a.entity_id)
        out.append(a if new is None else new.__class__(
            **{**new.__dict__, "alert_id": a.alert_id, "entity_id": a.entity_id}))
    return out + added, removed, added


def _publish(hq: HqProcess, path: Path) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "hq", "--dir", str(hq.config.folder), "publish-watchlist",
         str(path), "--list", LIST, "--authority", "Synthetic authority", "--replace"],
        cwd=ROOT, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, done.stdout.strip()


def _child_sync(home: Path) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child-sync", str(home)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def child_sync(home: str) -> None:
    seconds, report = timed_sync(Path(home))
    print(json.dumps({"seconds": seconds, "pulled": report.pulled,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def _hits(home: Path, alert: Any) -> bool:
    from checkpoint.screening import IdentifierQuery, Query
    from checkpoint.services import screening
    from checkpoint.services.session import login

    ident = alert.identifiers[0]
    with login(home, "bench", PASSWORD) as s:
        result = screening.screen(s, Query((), (IdentifierQuery(
            ident.kind, ident.value, ident.country or ""),)))
    return any(c.hit and c.alert.entity_id == alert.entity_id for c in result.candidates)


def _version(home: Path) -> int:
    from checkpoint.services import screening
    from checkpoint.services.session import login

    with login(home, "bench", PASSWORD) as s:
        return next(int(x.version) for x in screening.status(s) if x.list_code == LIST)


def run(work: Path, n: int, delta: int) -> dict[str, Any]:
    first, second = work / "list-v1.ftm.jsonl", work / "list-v2.ftm.jsonl"
    _write_ftm(first, alerts(n, seed=1))
    entries, removed, added = _delta_list(n, delta)
    _write_ftm(second, entries)
    hq = HqProcess(work / "hq")
    try:
        home = work / "ws"
        workstation(home, hq)
        publish_s, publish_out = _publish(hq, first)
        full = _child_sync(home)
        republish_s, republish_out = _publish(hq, second)
        step = _child_sync(home)
        probe_added = next(a for a in added if a.identifiers)
        probe_removed = next(a for a in alerts(n, seed=1)
                             if a.entity_id in removed and a.identifiers)
        checks = {"version_after_delta": _version(home),
                  "added_entry_hits": _hits(home, probe_added),
                  "removed_entry_hits": _hits(home, probe_removed)}
    finally:
        hq.stop()
    return {
        "entries": n, "delta_entries": delta,
        "hq_publish_s": round(publish_s, 1), "hq_publish": publish_out,
        "full_pull": {"seconds": round(full["seconds"], 1), "pulled": full["pulled"],
                      "entries_per_s": round(n / full["seconds"]),
                      "peak_rss_mb": round(full["peak_rss_mb"])},
        "hq_republish_s": round(republish_s, 1), "hq_republish": republish_out,
        "delta_pull": {"seconds": round(step["seconds"], 1), "pulled": step["pulled"],
                       "peak_rss_mb": round(step["peak_rss_mb"])},
        "checks": checks,
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=100_000)
    p.add_argument("--delta", type=int, default=10_000)
    p.add_argument("--dir", help="work folder (default: a temporary one)")
    p.add_argument("--child-sync", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child_sync:
        child_sync(args.child_sync)
        return
    if args.dir:
        work = Path(args.dir)
        work.mkdir(parents=True, exist_ok=True)
        emit({"watchlist_pull": run(work, args.n, args.delta)})
        return
    with tempfile.TemporaryDirectory(prefix="checkpoint-bench-") as tmp:
        emit({"watchlist_pull": run(Path(tmp), args.n, args.delta)})


if __name__ == "__main__":
    main()
