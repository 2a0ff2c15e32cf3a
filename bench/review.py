"""Benchmark: the supervisor's review with a million inspections in the store (issue 12).

Prints one JSON object. The big store is made once with the demo generator
(``bench/gui.py``'s ``make_store``: inspector ``bench``, supervisor ``chief``) and kept
in ``--data``; a shift of ``--shift`` inspections is added to it (opened, recorded,
closed) unless one is there. Figures, each with a baseline measured in the same run:

- ``review_first_paint``: a new review window for the shift, from ``load()`` to the
  window painted with its lists, highlights and the shift's charts (child process);
  baseline: a bare QDialog with a QTableView painting the same number of rows;
- ``charts_30_days``: the 30-day charts (hourly counts brought up to date from the
  journal, then read); baseline: the same numbers computed from the records with
  ``json_extract`` (what it would cost without the counts);
- ``report_pdf``: the signed report (content, signatures, PDF with charts, seal,
  kept as a record); baseline: QPdfWriter + QTextDocument writing one page of text;
- ``rss``: the review process's resident memory with the window and the 30-day
  charts shown; baseline: a bare PySide6 window.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from _util import ROOT, emit, percentiles, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from bench.gui import PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD, USER, make_store


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def top_up(home: Path, records: int, *, templates: int = 2000) -> dict[str, Any]:
    """Bring the store to ``records`` inspections quickly: copies of ``templates`` records
    from the demo generator, each with a new id and a random time in the last 365 days
    (the generator itself makes ~250 a second on this machine when it is shared)."""
    import random

    from checkpoint.domain.ids import format_utc, new_id
    from checkpoint.domain.search_terms import search_keys
    from checkpoint.services import demo, inspections, session
    from checkpoint.services import journaled_records as recs

    with session.login(home, USER, PASSWORD) as s:
        have = inspections.count(s)
        if have >= records:
            return {"copies": 0}
        rnd = random.Random(7)
        now = datetime.now(UTC)
        made = [demo.generate(rnd, USER, s.device_id, "UA-DEMO", now) for _ in range(templates)]
        docs = [m.to_document() for m in made]
        keys = [search_keys(m) for m in made]
        done, start = 0, time.perf_counter()
        while have + done < records:
            with s.write():
                for _ in range(min(5000, records - have - done)):
                    i = rnd.randrange(templates)
                    when = format_utc(now - timedelta(seconds=rnd.randint(0, 365 * 86400)))
                    doc = {**docs[i], "id": new_id(), "created_at": when, "updated_at": when,
                           "started_at": when, "finalized_at": when}
                    recs.put(s, "inspection", doc, keys[i], status="finalized",
                             action="inspection.demo", record_id=doc["id"])
                    done += 1
    (home / "BENCH_READY").write_text(str(records))
    return {"generated": have, "copies": done, "seconds": round(time.perf_counter() - start)}


def prepare_shift(home: Path, size: int) -> dict[str, Any]:
    """A closed shift of ``size`` inspections by USER (made once); the one-time build of
    the chart counts."""
    import random
    from dataclasses import replace

    from checkpoint.domain.search_terms import search_keys
    from checkpoint.services import demo, session, shifts
    from checkpoint.services import journaled_records as records
    from checkpoint.services.shifts import stats
    from checkpoint.store import record_table as rows

    out: dict[str, Any] = {}
    with session.login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        if not shifts.list_shifts(s):
            # the shift before, closed just before: shifts back to back, as at a post that
            # runs them (otherwise the demo's last 24 h would be "outside a shift" records)
            shifts.open_shift(s, officers=[USER], lanes=["1"], checkpoint="UA-DEMO")
            shifts.close_shift(s, note="The shift before.")
            shift = shifts.open_shift(s, officers=[USER], lanes=["1", "2", "3"],
                                      checkpoint="UA-DEMO")
            rnd = random.Random(12)
            start = datetime.now(UTC)
            with s.write():
                for n in range(size):
                    insp = demo.generate(rnd, USER, s.device_id, "UA-DEMO",
                                         start + timedelta(milliseconds=n))
                    insp = replace(insp, shift_id=shift.shift_id)
                    records.put(s, "inspection", insp.to_document(), search_keys(insp),
                                status="finalized", action="inspection.finalize",
                                record_id=insp.id)
            ids = [r.id for r in rows.page(s.database.conn, "inspection", None, 40)]
            for rid in ids[:25]:
                records.get(s, rid)  # views of personal records
            shifts.close_shift(s, note="Bench shift.", open_items=["none"])
        t = time.perf_counter()
        out["counted_records"] = stats.catch_up(s)
        out["first_count_s"] = round(time.perf_counter() - t, 1)
    return out


def charts(home: Path, n: int) -> dict[str, Any]:
    from checkpoint.services import session
    from checkpoint.services.shifts import review, stats

    since = (datetime.now(UTC) - timedelta(days=30)).strftime("%Y-%m-%dT%H")
    naive = ("SELECT substr(created_at, 1, 10), json_extract(document, '$.outcome'), "
             "count(*) FROM records WHERE kind = 'inspection' AND created_at >= ? "
             "GROUP BY 1, 2")
    with session.login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        stats.days(s)
        ours = percentiles(timed(lambda: stats.days(s), n))
        base = percentiles(timed(lambda: s.database.conn.execute(naive, (since,)).fetchall(), 3))
        load = percentiles(timed(lambda: review.load(s), n))
        t = time.perf_counter()
        check = review.check_journal(s)
        verify_s = time.perf_counter() - t
        total = s.database.query("SELECT count(*) FROM records WHERE kind = 'inspection'")[0][0]
    return {"inspections": total, "charts_30_days": ours,
            "baseline_json_extract_30_days": base, "review_load_service": load,
            "journal_verify": {"seconds": round(verify_s, 2), "entries": check.entries,
                               "intact": check.intact}}


def report_pdf(home: Path, n: int) -> dict[str, Any]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from checkpoint.gui.review.report_pdf import ensure_app, render
    from checkpoint.services import session
    from checkpoint.services.shifts import report

    ensure_app()

    def bare() -> None:
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buf)
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        doc.setHtml("<h1>Shift report</h1>" + "<p>Line of the report text.</p>" * 60)
        doc.print_(writer)
        buf.close()

    with session.login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        report.make(s, render)  # warm: fonts
        made = percentiles(timed(lambda: report.make(s, render), n))
        body = report.content(s, None, "uk")
        only = percentiles(timed(lambda: render(body, "A" * 88, "ABCD-EFGH-IJKL-MNOP"), n))
        size = len(report.make(s, render).pdf)
    return {"report_made_signed_kept": made, "render_only": only, "pdf_bytes": size,
            "baseline_one_page_text": percentiles(timed(bare, n))}


def gui_child(home: Path, n: int) -> dict[str, Any]:
    """In this process: open the review window ``n`` times; then RSS with charts shown."""
    from PySide6.QtCore import QAbstractTableModel, QEventLoop, QModelIndex, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QTableView, QVBoxLayout

    from checkpoint.gui.app import prepare
    from checkpoint.gui.ops import TaskManager
    from checkpoint.gui.review.window import ReviewWindow
    from checkpoint.services import session

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    prepare(qapp, "en")  # type: ignore[arg-type]
    tasks = TaskManager()
    tasks.submit(lambda: tasks.set_session(session.login(home, SUPERVISOR,
                                                         SUPERVISOR_PASSWORD)),
                 lambda _r, _e: None).result()
    rss_login = _rss_mb()

    def wait(signal: Any, timeout_ms: int = 600_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    def settle() -> None:
        while tasks.pending:
            wait(tasks.settled, 600_000)

    first: list[float] = []
    rows = 0
    for i in range(n + 1):
        w = ReviewWindow(tasks)
        start = time.perf_counter()
        w.show()
        w.load()
        wait(w.loaded)
        w.repaint()
        took = time.perf_counter() - start
        rows = w.items_model.rowCount()
        if i:
            first.append(took)  # the first opening warms imports and fonts
        settle()
        w.close()
        w.deleteLater()
        qapp.processEvents()

    class Rows(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return rows

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return 8

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return f"{index.row()}:{index.column()}" if role == 0 else None

    bare: list[float] = []
    for _ in range(n):
        start = time.perf_counter()
        d = QDialog()
        table = QTableView()
        table.setModel(Rows())
        QVBoxLayout(d).addWidget(table)
        d.resize(1200, 760)
        d.show()
        d.repaint()
        bare.append(time.perf_counter() - start)
        d.close()
        d.deleteLater()
        qapp.processEvents()

    w = ReviewWindow(tasks)
    w.show()
    w.load()
    wait(w.charts_loaded)
    w.tabs.setCurrentIndex(2)
    w.repaint()
    result = {"review_first_paint": percentiles(first), "rows_in_review": rows,
              "baseline_bare_table_dialog": percentiles(bare),
              "rss_after_login_mb": round(rss_login, 1),
              "rss_reviewing_with_charts_mb": round(_rss_mb(), 1)}
    w.close()
    tasks.shutdown()
    return result


def bare_rss() -> float:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    w = QWidget()
    w.show()
    app.processEvents()
    return round(_rss_mb(), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--shift", type=int, default=500)
    parser.add_argument("--data", type=Path, default=Path("/tmp/checkpoint-bench-gui"))
    parser.add_argument("--home", type=Path, help="an existing bench store (default: "
                        "DATA/ws-RECORDS, made if missing)")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--top-up", action="store_true",
                        help="fill a partly made store up to RECORDS with copies (see top_up)")
    parser.add_argument("--child", choices=["gui", "bare"])
    args = parser.parse_args()
    home = args.home or args.data / f"ws-{args.records}"
    if args.child == "gui":
        print(json.dumps(gui_child(home, args.repeat)))
        return
    if args.child == "bare":
        print(json.dumps({"rss_mb": bare_rss()}))
        return
    figures: dict[str, Any] = {"records": args.records, "shift": args.shift}
    if args.top_up:
        figures["top_up"] = top_up(home, args.records)
    figures["store_made_s"] = round(make_store(home, args.records), 1)
    figures["prepare"] = prepare_shift(home, args.shift)
    figures.update(charts(home, args.repeat))
    figures["report"] = report_pdf(home, max(5, args.repeat // 2))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for kind in ("bare", "gui"):
        out = subprocess.run([sys.executable, __file__, "--child", kind, "--home", str(home),
                              "--repeat", str(args.repeat)], capture_output=True, text=True,
                             env=env, check=True)
        figures[f"gui_{kind}"] = json.loads(out.stdout.strip().splitlines()[-1])
    emit(figures)


if __name__ == "__main__":
    main()
