"""The inspection form at a busy lane (issue 8), each figure with its same-run baseline;
prints one JSON object.

    python bench/form.py [--records 20000] [--data DIR] [--keys 600] [--scans 40]
                         [--crossings 200]

- keystroke: what the scanner (an application-wide event filter that watches every key
  for a reader's burst, issue 8 item 3) adds to each key typed into the form: keys
  typed into the Remarks field of the real app with the scanner installed, against the
  same keys with it removed (blocks interleaved);
- scan to form: a reader's two TD3 lines typed into the Checkpoint field of a new draft
  (where a scan used to land) until the person is filled in the form, against the same
  90 keys typed into the Remarks field with the scanner removed (the keys alone);
- previous crossings (item 15): the query the form runs when a document number or plate
  changes, among ``--records`` inspections, for a record of three travellers and a
  plate, against the search by one document number (the list's identifier search).

The store is made once with the demo generator and kept in ``--data``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import emit, percentiles
from gui import USER, Driver, make_store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CHECKPOINT_KDF_CALIBRATION", "floor")


def _td3(surname: str, given: str, number: str) -> tuple[str, str]:
    from tests.gui.conftest import td3

    return td3(surname, given, number)


def _new_form(d: Driver) -> Any:
    d.window.new_inspection()
    before = d.window.form
    d.wait(lambda: d.window.form is not None and d.window.form is not before
           and d.app.tasks.pending == 0)
    return d.window.form


def keystrokes(d: Driver, keys: int) -> dict[str, Any]:
    from PySide6.QtTest import QTest

    form = _new_form(d)
    remarks = form.general.ui.remarksEdit
    remarks.setFocus()
    scanner = d.window.scans.scanner
    with_scanner: list[float] = []
    without: list[float] = []
    text = "seal intact, cargo as declared "
    for block in range(2 * (keys // 50) + 2):
        on = block % 2 == 0
        if not on:
            d.qapp.removeEventFilter(scanner)
        samples = with_scanner if on else without
        for i in range(50):
            key = text[i % len(text)]
            start = time.perf_counter()
            QTest.keyClicks(remarks, key)
            samples.append(time.perf_counter() - start)
        if not on:
            d.qapp.installEventFilter(scanner)
        remarks.clear()
    d.window.leave_editor()
    d.wait(lambda: d.app.tasks.pending == 0)
    w, wo = percentiles(with_scanner[50:]), percentiles(without[50:])  # first blocks: warm-up
    return {"with_scanner": w, "without_scanner": wo,
            "added_p50_us": round((w["p50_ms"] - wo["p50_ms"]) * 1000, 1)}


def scans(d: Driver, n: int) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    scanner = d.window.scans.scanner
    rnd = random.Random(5)
    routed: list[float] = []
    keys_only: list[float] = []
    for i in range(n + 2):
        number = f"FB{rnd.randrange(10**6, 10**7)}"
        lines = _td3("KOVAL", "OLHA", number)
        form = _new_form(d)
        field = form.general.ui.checkpointEdit
        field.setFocus()
        start = time.perf_counter()
        for line in lines:
            QTest.keyClicks(field, line)
            QTest.keyClick(field, Qt.Key.Key_Return)

        def filled(form: Any = form, number: str = number) -> bool:
            return any(p.document is not None and p.document.number == number
                       for p in form.persons.collect())

        d.wait(filled)
        took = time.perf_counter() - start
        assert field.text() == "", "the burst was not undone"
        remarks = form.general.ui.remarksEdit
        remarks.setFocus()
        d.qapp.removeEventFilter(scanner)
        start = time.perf_counter()
        for line in lines:
            QTest.keyClicks(remarks, line)
            QTest.keyClick(remarks, Qt.Key.Key_Return)
        plain = time.perf_counter() - start
        d.qapp.installEventFilter(scanner)
        remarks.clear()
        d.window.leave_editor()
        d.wait(lambda: d.app.tasks.pending == 0)
        if i >= 2:  # warm-up
            routed.append(took)
            keys_only.append(plain)
    r, k = percentiles(routed), percentiles(keys_only)
    return {"scan_to_person_filled": r, "same_keys_into_remarks_no_scanner": k,
            "added_p50_ms": round(r["p50_ms"] - k["p50_ms"], 2)}


def crossings(d: Driver, n: int) -> dict[str, Any]:
    from checkpoint.services import inspections

    def sample(s: Any) -> list[Any]:
        ids = [row.id for row in inspections.search(s, "SHEVCHENKO", limit=200)]
        rnd = random.Random(7)
        rnd.shuffle(ids)
        return [inspections.open_record(s, i).record for i in ids[: n]]

    records = d.db(sample)
    assert records, "the store has no SHEVCHENKO"
    found_sizes, cross, search = [], [], []
    for insp in records:
        numbers = [p.document.number for p in insp.persons if p.document and p.document.number]
        draft = replace(insp, id="bench-draft", amends=None)

        def one_cross(s: Any, draft: Any = draft) -> Any:
            start = time.perf_counter()
            found = inspections.previous_crossings(s, draft, limit=25)
            return time.perf_counter() - start, found

        def one_search(s: Any, number: str = numbers[0]) -> float:
            start = time.perf_counter()
            inspections.search(s, number, limit=40)
            return time.perf_counter() - start

        took, found = d.db(one_cross)
        cross.append(took)
        search.append(d.db(one_search))
        found_sizes.append(sum(len(v) for v in found.documents.values())
                           + sum(len(v) for v in found.plates.values()))
    c, s = percentiles(cross), percentiles(search)
    return {"previous_crossings": c, "search_one_document": s,
            "persons_per_record_mean": round(sum(len(r.persons) for r in records)
                                             / len(records), 2),
            "crossings_found_mean": round(sum(found_sizes) / len(found_sizes), 2)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--records", type=int, default=20_000)
    p.add_argument("--data", type=Path)
    p.add_argument("--keys", type=int, default=600)
    p.add_argument("--scans", type=int, default=40)
    p.add_argument("--crossings", type=int, default=200)
    a = p.parse_args()
    home = a.data or Path(tempfile.mkdtemp(prefix="bench-form-")) / "ws"
    made = make_store(home, a.records)
    d = Driver(home)
    try:
        figures = {"records": a.records, "store_made_s": round(made, 1),
                   "keystroke": keystrokes(d, a.keys), "scan": scans(d, a.scans),
                   "crossings": crossings(d, a.crossings), "user": USER}
    finally:
        d.close()
    emit(figures)


if __name__ == "__main__":
    main()
