"""Desktop app figures (issue 3), each with its same-run baseline; prints one JSON object.

    python bench/gui.py [--records 1000000] [--data DIR] [--starts 9] [--finalize 60]
                        [--searches 60]

- cold start to the login window painted, against a bare PySide6 window started the
  same way (a new interpreter, offscreen platform, until its first paint): ratio;
- finalize of a full inspection from the click on "Finalize" to the form showing the
  committed record, against the bare service call for the same kind of record;
- search by document number, name and plate among ``--records`` inspections: the
  query (service call on the database thread) and the first screen (Enter pressed to
  results painted in the table), against a bare QTableView painting the same rows;
- resident memory of the app while the whole "All inspections" list is scrolled to
  its end (every row fetched through the lazy model), in its own process, against a
  bare PySide6 window's resident memory.

The big store is made once with the demo generator and kept in ``--data``.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import ROOT, emit, percentiles

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CHECKPOINT_KDF_CALIBRATION", "floor")
SUPERVISOR, SUPERVISOR_PASSWORD = "chief", "correct horse battery"
USER, PASSWORD = "bench", "benchmark password"

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
class First(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("SHOWN", flush=True); sys.stdout.flush(); import os; os._exit(0)
        return False
app = QApplication(sys.argv[:1])
w = QWidget(); w.resize(420, 200); f = First(); w.installEventFilter(f); w.show()
app.exec()
"""
APP = """
import sys, os
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
class First(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("SHOWN", flush=True); os._exit(0)
        return False
from checkpoint.gui.app import App, prepare
from checkpoint.services import settings
home = Path(sys.argv[1])
QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
app = QApplication(sys.argv[:1])
prepare(app, settings.load(home).language)
main = App(home); main.start()
f = First(); main.login.login_dialog.installEventFilter(f)
app.exec()
"""


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def make_store(home: Path, records: int) -> float:
    """A workstation with ``records`` demo inspections by USER; returns seconds taken."""
    from checkpoint.services import accounts, demo, session, workstation

    ready = home / "BENCH_READY"
    if ready.exists() and int(ready.read_text()) >= records:
        return 0.0
    start = time.perf_counter()
    if not home.exists():
        workstation.init_workstation(home, SUPERVISOR, SUPERVISOR_PASSWORD)
        with session.login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
            accounts.add_operator(s, USER, "inspector", PASSWORD)
    with session.login(home, USER, PASSWORD) as s:
        demo.fill(s, records, seed=3, days=365)
    ready.write_text(str(records))
    return time.perf_counter() - start


def cold_starts(home: Path, n: int) -> dict[str, Any]:
    def once(code: str, *args: str) -> float:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        start = time.perf_counter()
        with subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True, env=env) as p:
            assert p.stdout is not None
            line = p.stdout.readline()
            took = time.perf_counter() - start
            p.wait(30)
        assert line.strip() == "SHOWN", line
        return took

    once(BARE), once(APP, str(home))  # warm the page cache for both
    bare, app = [], []
    for _ in range(n):  # interleaved, so drift affects both alike
        bare.append(once(BARE))
        app.append(once(APP, str(home)))
    b, a = percentiles(bare), percentiles(app)
    return {"bare_window": b, "app_login": a, "ratio_p50": round(a["p50_ms"] / b["p50_ms"], 2)}


class Driver:
    """The real app in this process, driven as an officer would."""

    def __init__(self, home: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from checkpoint.gui.app import App, prepare

        self.qapp = QApplication.instance() or QApplication(sys.argv[:1])
        prepare(self.qapp, "en")  # type: ignore[arg-type]
        self.app = App(home)
        self.app.start()
        self.wait(lambda: self.app.login.login_dialog is not None)
        dialog = self.app.login.login_dialog
        dialog.ui.userEdit.setText(USER)
        dialog.ui.passwordEdit.setText(PASSWORD)
        dialog._submit()
        self.wait(lambda: self.app.who is not None and self.app.tasks.pending == 0)
        if self.app.drafts_dialog is not None:
            self.app.drafts_dialog.reject()
        self.window = self.app.window

    def wait(self, pred: Callable[[], object], timeout: float = 120,
             also: Any = None) -> None:
        """Run the event loop (as the app does, blocked while idle) until ``pred()``.

        The loop re-checks when database work has been delivered (``settled``) and every
        10 ms; a busy-polling wait would hold the GIL and slow the database thread.
        """
        from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

        deadline = time.monotonic() + timeout
        while not pred():
            if time.monotonic() > deadline:
                raise TimeoutError("bench: timed out")
            loop = QEventLoop()
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            timer.start(10)
            self.app.tasks.settled.connect(loop.quit)
            if also is not None:
                also.connect(loop.quit)
            loop.exec()
            self.app.tasks.settled.disconnect(loop.quit)
            if also is not None:
                also.disconnect(loop.quit)
            timer.stop()
        # what the app's running event loop does: delete the widgets that were let go
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def db(self, work: Callable[[Any], Any]) -> Any:
        return self.app.tasks.run_now(lambda: work(self.app.tasks.session()), timeout=600)

    def close(self) -> None:
        self.app.shutdown()
        self.window.close()


def finalizes(d: Driver, n: int) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from checkpoint.domain.inspection import Status
    from checkpoint.services import demo, inspections

    rnd = random.Random(11)
    clicks, calls = [], []
    for i in range(n + 3):
        d.window.new_inspection()
        d.wait(lambda: d.window.form is not None and d.app.tasks.pending == 0)
        form = d.window.form
        full = demo.generate(rnd, USER, form.insp.device_id, "UA-BENCH", _now())
        draft = replace(full, id=form.insp.id, status=Status.DRAFT, finalized_at=None,
                        created_at=form.insp.created_at)
        form.load(draft)
        form._dirty = True
        form.save_now()
        d.wait(lambda f=form: f.saves_in_flight == 0 and d.app.tasks.pending == 0)
        form.repaint()  # the officer clicks a form that is on the screen, laid out
        start = time.perf_counter()
        QTest.mouseClick(form.ui.finalizeButton, Qt.MouseButton.LeftButton)
        d.wait(lambda f=form: f.read_only, also=form.finalized)
        if i >= 3:  # warm-up
            clicks.append(time.perf_counter() - start)
        other = inspections.start
        base = d.db(other)
        base_draft = replace(demo.generate(rnd, USER, base.device_id, "UA-BENCH", _now()),
                             id=base.id, status=Status.DRAFT, finalized_at=None,
                             created_at=base.created_at)
        d.db(lambda s, x=base_draft: inspections.autosave(s, x))
        t = time.perf_counter()
        d.db(lambda s, x=base_draft: inspections.finalize(s, x))
        if i >= 3:
            calls.append(time.perf_counter() - t)
    d.window.leave_editor()
    return {"click_to_committed": percentiles(clicks), "service_call": percentiles(calls)}


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def search_keys(d: Driver, n: int) -> dict[str, list[str]]:
    """Random existing document numbers, names (both scripts) and plates."""
    import json

    def sample(s: Any) -> list[dict[str, Any]]:
        conn = s.database.conn
        top = conn.execute("SELECT max(rowid) FROM records").fetchone()[0]
        rnd = random.Random(5)
        docs = []
        while len(docs) < n:
            row = conn.execute("SELECT document FROM records WHERE rowid = ? AND "
                               "status = 'finalized'", (rnd.randint(1, top),)).fetchone()
            if row:
                docs.append(json.loads(row[0]))
        return docs

    docs = d.db(sample)
    keys: dict[str, list[str]] = {"document": [], "name": [], "plate": []}
    for i, doc in enumerate(docs):
        p = doc["persons"][0]
        keys["document"].append(p["document"]["number"])
        keys["name"].append(p["surname"] if i % 2 else p["surname_latin"])
        keys["plate"].append(doc["vehicle"]["plate"])
    return keys


def searches(d: Driver, n: int) -> dict[str, Any]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from checkpoint.gui.list_model import COLUMNS, cell
    from checkpoint.gui.record_list import FIRST_SCREEN
    from checkpoint.services import inspections

    keys = search_keys(d, n)
    out: dict[str, Any] = {}
    table = d.window.ui.table
    bare = QTableView()
    bare.resize(table.size())
    bare.show()
    for kind, values in keys.items():
        query, query_all, screen, baseline, found = [], [], [], [], []
        for key in values:
            t = time.perf_counter()
            rows = d.db(lambda s, k=key: inspections.search(s, k, limit=FIRST_SCREEN))
            query.append(time.perf_counter() - t)
            t = time.perf_counter()
            d.db(lambda s, k=key: inspections.search(s, k))
            query_all.append(time.perf_counter() - t)
            found.append(len(rows))
            d.window.records.last_search = None
            d.window.ui.searchEdit.blockSignals(True)
            d.window.ui.searchEdit.setText(key)
            d.window.ui.searchEdit.blockSignals(False)
            t = time.perf_counter()
            d.window.records.search_now()  # what Enter does
            d.wait(lambda k=key: d.window.records.last_search == k,
                   also=d.window.records.results_shown)
            table.viewport().repaint()
            screen.append(time.perf_counter() - t)
            t = time.perf_counter()
            model = QStandardItemModel(len(rows), len(COLUMNS))
            for r, summary in enumerate(rows):
                for c in range(len(COLUMNS)):
                    model.setItem(r, c, QStandardItem(str(cell(summary, c, 0) or "")))
            bare.setModel(model)
            bare.viewport().repaint()
            baseline.append(time.perf_counter() - t)
        out[kind] = {"query_first_screen": percentiles(query),
                     "query_up_to_200": percentiles(query_all),
                     "first_screen": percentiles(screen),
                     "bare_table_same_rows": percentiles(baseline),
                     "results_median": sorted(found)[len(found) // 2]}
    bare.close()
    return out


def scroll_all(home: Path) -> dict[str, Any]:
    """In this (child) process: scroll the whole list to its end; peak RSS."""
    d = Driver(home)
    total = d.db(lambda s: __import__("checkpoint.services.inspections",
                                      fromlist=["count"]).count(s))
    after_login = _rss_mb()
    d.window.show_scope(1)
    model, table = d.window.records.everything, d.window.ui.table
    d.wait(lambda: model.rowCount() > 0)
    peak, rnd, start, rows = after_login, random.Random(3), time.perf_counter(), 0
    while not model.at_end:
        rows = model.rowCount()
        table.scrollToBottom()
        d.wait(lambda r=rows: model.rowCount() > r or model.at_end)
        if (model.rowCount() // model.page_size) % 500 == 0:  # jump back: evicted pages reload
            table.scrollTo(model.index(rnd.randrange(model.rowCount()), 0))
            d.wait(lambda: d.app.tasks.pending == 0)
            table.viewport().repaint()
            d.wait(lambda: d.app.tasks.pending == 0)
        peak = max(peak, _rss_mb())
    took = time.perf_counter() - start
    result = {"records": total, "rows_scrolled": model.rowCount(),
              "rss_after_login_mb": round(after_login, 1), "rss_peak_mb": round(peak, 1),
              "rows_cached_at_end": model.cached_rows, "seconds": round(took, 1)}
    d.close()
    return result


def bare_rss() -> float:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    w = QWidget()
    w.show()
    app.processEvents()
    return round(_rss_mb(), 1)


def child(kind: str, home: Path) -> None:
    import json

    print(json.dumps(scroll_all(home) if kind == "scroll" else {"rss_mb": bare_rss()}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path, default=Path("/tmp/checkpoint-bench-gui"))
    parser.add_argument("--starts", type=int, default=9)
    parser.add_argument("--finalize", type=int, default=60)
    parser.add_argument("--searches", type=int, default=60)
    parser.add_argument("--child", choices=["scroll", "bare"])
    args = parser.parse_args()
    home = args.data / f"ws-{args.records}"
    if args.child:
        child(args.child, home)
        return
    import json

    made = make_store(home, args.records)
    figures: dict[str, Any] = {"records": args.records, "store_made_s": round(made, 1)}
    figures["cold_start"] = cold_starts(home, args.starts)
    d = Driver(home)
    figures["search"] = searches(d, args.searches)
    figures["finalize"] = finalizes(d, args.finalize)
    d.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for kind in ("bare", "scroll"):
        out = subprocess.run([sys.executable, __file__, "--child", kind, "--records",
                              str(args.records), "--data", str(args.data)],
                             capture_output=True, text=True, env=env, check=True)
        figures[f"memory_{kind}"] = json.loads(out.stdout.strip().splitlines()[-1])
    emit(figures)


if __name__ == "__main__":
    main()
