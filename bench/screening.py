"""Screening figures against a synthetic watchlist (bench/watchlist_gen.py), one JSON object.

Phases, each in its own process so that its memory is its own:

- ``build``: a fresh workstation; the index built from N entries in one transaction
  (seconds, peak RSS, size on disk), then a 10,000-entry delta (5,000 changed, 2,500
  added, 2,500 removed);
- ``query``: identifier p95 and name p95 (with candidate counts) over the index, the RSS
  with the index open against the same process before its first screening (baseline),
  and false alarms of 10,000 random demo travellers;
- ``peer``: nomenklatura's logic-v2 scoring the same candidates the index retrieved
  (time per query), and quality on the name test set for Checkpoint, logic-v2 and a naive
  rapidfuzz + unidecode matcher side by side (needs the ``bench`` extra);
- ``naive``: the naive baseline's time: a brute-force rapidfuzz scan of every name.

usage: python bench/screening.py [--n 1000000] [--dir DIR] [--phases build,query,peer,naive]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from _util import ROOT, emit, percentiles

os.environ.setdefault("CHECKPOINT_KDF_CALIBRATION", "floor")
PASSWORD = "benchmark password"
USER = "chief"


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _login(home: Path) -> Any:
    from checkpoint.services.session import login

    return login(home, USER, PASSWORD)


def phase_build(n: int, home: Path) -> dict[str, Any]:
    from watchlist_gen import LIST, alerts

    from checkpoint.services import screening, workstation

    if home.exists():
        shutil.rmtree(home)
    workstation.init_workstation(home, USER, PASSWORD)
    s = _login(home)
    s.database.conn.execute("PRAGMA cache_size = -32768")  # 32 MB page cache while building
    before = rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    count = screening.replace_list(s, LIST, 1, alerts(n, seed=1))
    build_s, build_cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = peak_mb()
    s.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = sum(p.stat().st_size for p in home.iterdir() if p.name.startswith("checkpoint.db"))
    rows = {t: s.database.query(f"SELECT count(*) FROM {t}")[0][0]
            for t in ("watchlist_alerts", "watchlist_ids", "watchlist_names")}
    # the delta: 5,000 changed (new names and documents), 2,500 added, 2,500 removed
    changed = [a.__class__(**{**a.__dict__, "alert_id": f"a{i * 97 % n}",
                              "entity_id": f"e{i * 97 % n}"})
               for i, a in enumerate(alerts(5000, seed=2))]
    added = list(alerts(2500, seed=3, start=n))
    removed = [f"a{(i * 389 + 7) % n}" for i in range(2500)]
    removed = [r for r in removed if r not in {c.alert_id for c in changed}]
    start, cpu = time.perf_counter(), time.process_time()
    counts = screening.apply_delta(s, LIST, 2, changed + added, removed)
    delta_s, delta_cpu = time.perf_counter() - start, time.process_time() - cpu
    s.close()
    return {"entries": count, "build_s": round(build_s, 1), "build_cpu_s": round(build_cpu, 1),
            "build_per_entry_us": round(build_s / n * 1e6, 1),
            "rss_before_build_mb": before, "peak_rss_mb": peak,
            "peak_rss_note": "ru_maxrss of the whole process: includes Argon2id's 64 MiB at login",
            "size_on_disk_mb": round(size / 2**20, 1), "rows": rows,
            "delta": {"added": counts[0], "changed": counts[1], "removed": counts[2],
                      "seconds": round(delta_s, 2), "cpu_s": round(delta_cpu, 2)}}


def _name_queries(n_list: int, count: int, seed: int) -> list[Any]:
    """Listed persons as a document of another scheme would show them (typos, swaps…)."""
    from watchlist_gen import alerts

    from checkpoint.screening import PersonQuery
    from checkpoint.screening.names import tokenize
    from checkpoint.screening.schemes import latin_spellings

    rnd = random.Random(seed)
    step = max(1, n_list // (count * 2))
    out = []
    for a in alerts(n_list, seed=1):
        if len(out) >= count:
            break
        if a.subject != "person" or int(a.alert_id[1:]) % step:
            continue
        name = a.names[0]
        words = []
        for part in (name.surname, name.given):
            tokens = tokenize(part)
            words.append(" ".join(rnd.choice(sorted(latin_spellings(t)) or [t]) for t in tokens))
        surname, given = words
        if rnd.random() < 0.2:
            surname, given = given, surname
        if rnd.random() < 0.2 and len(surname) > 4:
            i = rnd.randrange(1, len(surname) - 1)
            surname = surname[:i] + rnd.choice("AEIOUKLMNRST") + surname[i + 1:]
        birth = a.birth_dates[0] if a.birth_dates and rnd.random() < 0.7 else ""
        out.append((a.alert_id, PersonQuery(surname, given, birth, a.nationalities[0], a.sex)))
    return out


def _travellers(count: int) -> list[Any]:
    from checkpoint.domain.parties import Role
    from checkpoint.screening import PersonQuery
    from checkpoint.services.demo import _person

    rnd = random.Random(7)
    today = date(2026, 12, 6)
    out = []
    for _ in range(count):
        p = _person(rnd, Role.DRIVER, today)
        out.append(PersonQuery(p.surname or "", p.given_names or "", p.birth_date or "",
                               p.nationality or "", str(p.sex.value) if p.sex else ""))
    return out


def phase_query(n: int, home: Path) -> dict[str, Any]:
    from watchlist_gen import alerts

    from checkpoint.screening import IdentifierQuery, Query
    from checkpoint.services.screening import screen

    s = _login(home)
    baseline = rss_mb()
    ids: list[IdentifierQuery] = []
    rnd = random.Random(5)
    for a in alerts(min(n, 200_000), seed=1):
        if a.identifiers and rnd.random() < 0.02:
            i = a.identifiers[0]
            ids.append(IdentifierQuery(i.kind, i.value.lower(), i.country))
    ids = ids[:1000] + [IdentifierQuery("document", f"ZZ{i:07d}", "UKR") for i in range(1000)]
    id_times, id_cpu, id_hits = [], [], 0
    for q in ids:
        t, c = time.perf_counter(), time.process_time()
        r = screen(s, Query(identifiers=(q,)))
        id_times.append(time.perf_counter() - t)
        id_cpu.append(time.process_time() - c)
        id_hits += r.hit
    queries = _name_queries(n, 1000, seed=11)
    name_times, name_cpu, cands, found = [], [], [], 0
    for expect, person in queries:
        t, c = time.perf_counter(), time.process_time()
        r = screen(s, Query(persons=(person,)))
        name_times.append(time.perf_counter() - t)
        name_cpu.append(time.process_time() - c)
        cands.append(sum(len(rows) for _, rows in _retrieved(s, person)))
        found += any(c.hit and c.alert.alert_id == expect for c in r.candidates)
    open_rss = rss_mb()
    travellers = _travellers(10_000)
    alarms, alarm_examples, t_times = 0, [], []
    for person in travellers:
        t = time.perf_counter()
        r = screen(s, Query(persons=(person,)))
        t_times.append(time.perf_counter() - t)
        if r.hit:
            alarms += 1
            if len(alarm_examples) < 5:
                c = next(c for c in r.candidates if c.hit)
                alarm_examples.append(c.explain().splitlines()[0] + f" score {c.score}")
    s.close()
    cands.sort()
    return {
        "identifier": {**percentiles(id_times), "cpu": percentiles(id_cpu), "hits": id_hits,
                       "queries": len(ids)},
        "name": {**percentiles(name_times), "cpu": percentiles(name_cpu),
                 "queries": len(queries),
                 "retrieved_candidates": {"mean": round(sum(cands) / len(cands), 1),
                                          "p95": cands[int(len(cands) * 0.95)],
                                          "max": cands[-1]},
                 "found_as_hit": found},
        "rss_mb": {"logged_in_before_screening": baseline, "index_open_after_2000_queries":
                   open_rss},
        "false_alarms": {"travellers": len(travellers), "name_hits": alarms,
                         "per_1000": round(alarms / len(travellers) * 1000, 2),
                         "examples": alarm_examples, **percentiles(t_times)},
    }


def _retrieved(s: Any, person: Any) -> list[tuple[Any, dict[int, set[str]]]]:
    """What the index retrieves for a person (before the shortlist)."""
    from checkpoint.screening import PersonQuery, Query, plan
    from checkpoint.screening.match import PER_KEY
    from checkpoint.store import watchlist

    todo = plan(Query(persons=(PersonQuery(person.surname, person.given, person.birth_date,
                                           person.nationality, person.sex),)))
    return [(p, watchlist.find_names(s.database.conn, p.keys, PER_KEY)[0])
            for p in todo.persons]


def _ftm_person(ent_id: str, name: str, birth: str, nat: str, sex: str) -> Any:
    from followthemoney import model

    props: dict[str, list[str]] = {"name": [name]}
    if birth:
        props["birthDate"] = [birth]
    if nat:
        import pycountry

        c = pycountry.countries.get(alpha_3=nat)
        if c is not None:
            props["nationality"] = [c.alpha_2.lower()]
    if sex:
        props["gender"] = ["male" if sex == "M" else "female"]
    return model.get_proxy({"id": ent_id, "schema": "Person", "properties": props})


def phase_peer(n: int, home: Path) -> dict[str, Any]:
    from rapidfuzz import fuzz
    from unidecode import unidecode

    from checkpoint.domain.alert import Alert

    t = time.perf_counter()
    from nomenklatura.matching import get_algorithm
    from nomenklatura.matching.types import ScoringConfig

    algo = get_algorithm("logic-v2")
    assert algo is not None
    config = ScoringConfig.defaults()
    import_s = time.perf_counter() - t
    rss_after_import = rss_mb()
    t = time.perf_counter()
    algo.compare(_ftm_person("w1", "Щербак Олег", "", "", ""),
                 _ftm_person("w2", "SHCHERBAK OLEG", "", "", ""), config)
    first_s = time.perf_counter() - t
    counter = iter(range(10**9))

    def logic_v2(q: Any, name: str, birth: str, nat: str, sex: str) -> float:
        a = _ftm_person(f"q{next(counter)}", f"{q.surname} {q.given}", q.birth_date,
                        q.nationality, q.sex)
        b = _ftm_person(f"r{next(counter)}", name, birth, nat, sex)
        return float(algo.compare(a, b, config).score)

    # logic-v2 on the same candidates the index retrieved
    s = _login(home)
    times, cand_total = [], 0
    for _, person in _name_queries(n, 100, seed=11):
        rows = _retrieved(s, person)
        from checkpoint.store import watchlist

        wanted = {r for _, found in rows for r in found}
        docs = watchlist.load_alerts(s.database.conn, wanted)
        alerts = [Alert.from_document(json.loads(d)) for _, d in docs.values()]
        cand_total += len(alerts)
        t = time.perf_counter()
        for a in alerts:
            for nm in a.names:
                logic_v2(person, nm.full, (a.birth_dates or ("",))[0],
                         (a.nationalities or ("",))[0], a.sex)
        times.append(time.perf_counter() - t)
    s.close()
    # quality on the test set, side by side
    sys.path.insert(0, str(ROOT))
    from tests.unit.screening.name_set import LISTED, QUERIES

    def naive(q: Any, entry: Any) -> float:
        return float(fuzz.token_sort_ratio(unidecode(f"{q.surname} {q.given}").upper(),
                                           unidecode(entry.name).upper()) / 100)

    quality: dict[str, dict[str, int]] = {}
    for label, fn, threshold in (("logic-v2 (0.7)", None, 0.7),
                                 ("naive rapidfuzz+unidecode (0.8)", naive, 0.8)):
        found = wrong = 0
        for q in QUERIES:
            hits = set()
            for entry in LISTED:
                score = (logic_v2(_q(q), entry.name, entry.birth, entry.nationality, entry.sex)
                         if fn is None else fn(q, entry))
                if score >= threshold:
                    hits.add(entry.key)
            found += bool(q.expect) and q.expect in hits
            wrong += len(hits - {q.expect})
        quality[label] = {"found": found, "of": sum(1 for q in QUERIES if q.expect),
                          "wrong_hits": wrong}
    return {"logic_v2": {"import_s": round(import_s, 2), "rss_after_import_mb": rss_after_import,
                         "first_compare_s": round(first_s, 2), "rss_mb": rss_mb(),
                         "queries": len(times), "candidates": cand_total,
                         "per_query": percentiles(times)},
            "quality_peers": quality}


def _q(q: Any) -> Any:
    from checkpoint.screening import PersonQuery

    return PersonQuery(q.surname, q.given, q.birth, q.nationality, q.sex)


def phase_quality() -> dict[str, Any]:
    """Checkpoint on the test set, through a real index (same as the unit test)."""
    sys.path.insert(0, str(ROOT))
    from checkpoint.screening import HIT_THRESHOLD, Query
    from checkpoint.services import screening, workstation
    from tests.unit.screening.name_set import QUERIES
    from tests.unit.screening.test_name_set import listed_alerts

    home = Path(tempfile.mkdtemp()) / "ws"
    workstation.init_workstation(home, USER, PASSWORD)
    s = _login(home)
    screening.replace_list(s, "TEST", 1, listed_alerts())
    found = wrong = 0
    for q in QUERIES:
        r = screening.screen(s, Query(persons=(_q(q),)))
        hits = {c.alert.alert_id for c in r.candidates if c.hit}
        found += bool(q.expect) and q.expect in hits
        wrong += len(hits - {q.expect})
    s.close()
    shutil.rmtree(home.parent)
    return {f"checkpoint ({HIT_THRESHOLD})": {
        "found": found, "of": sum(1 for q in QUERIES if q.expect), "wrong_hits": wrong}}


def phase_naive(n: int) -> dict[str, Any]:
    from rapidfuzz import fuzz, process
    from unidecode import unidecode
    from watchlist_gen import alerts

    t = time.perf_counter()
    names = [unidecode(nm.full).upper() for a in alerts(n, seed=1) for nm in a.names]
    load_s = time.perf_counter() - t
    times = []
    for _, person in _name_queries(n, 20, seed=11):
        query = unidecode(f"{person.surname} {person.given}").upper()
        t = time.perf_counter()
        process.extract(query, names, scorer=fuzz.token_sort_ratio, limit=10, score_cutoff=80)
        times.append(time.perf_counter() - t)
    return {"names": len(names), "prepare_s": round(load_s, 1), "rss_mb": rss_mb(),
            "per_query": percentiles(times)}


def _run_phase(phase: str, n: int, home: Path) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--phase", phase, "--n", str(n),
                          "--dir", str(home)], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        return {"error": out.stderr[-2000:]}
    return dict(json.loads(out.stdout))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--dir", help="workstation folder (default: a temporary one)")
    parser.add_argument("--phases", default="build,query,quality,peer,naive")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    args = parser.parse_args()
    home = Path(args.dir) if args.dir else Path(tempfile.mkdtemp()) / "ws"
    sys.path.insert(0, str(Path(__file__).parent))
    if args.phase:
        result = {"build": lambda: phase_build(args.n, home),
                  "query": lambda: phase_query(args.n, home),
                  "quality": phase_quality,
                  "peer": lambda: phase_peer(args.n, home),
                  "naive": lambda: phase_naive(args.n)}[args.phase]()
        print(json.dumps(result))
        return
    with open("/proc/loadavg") as f:
        figures: dict[str, Any] = {"entries": args.n, "loadavg_at_start": f.read().split()[:3]}
    for phase in args.phases.split(","):
        figures[phase] = _run_phase(phase, args.n, home)
    emit(figures)


if __name__ == "__main__":
    main()
