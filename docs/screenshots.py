"""Take the README's screenshots from the real app on an X server (Xvfb).

Usage: ``python docs/screenshots.py [OUT_DIR] [--language uk]`` (``make screenshots``
takes both languages; the Ukrainian files end in ``-uk``). Without a
``DISPLAY`` it starts itself again under ``xvfb-run``. It sets up a throw-away
workstation with demo inspections, then drives the real windows as an officer
would (log in, scan a passport's MRZ, search) and grabs them from the screen:
``login.png``, ``main.png``, ``inspection-mrz.png``, ``search.png``,
``finalize-problems.png``. With the ``hq`` extra installed it also runs a throw-away
HQ on 127.0.0.1 and enrolls the workstation first, so the status bar shows the sync
"up to date", and takes ``sync.png`` (the Sync menu over the main window).

Then, on a 1366×768 screen, the supervisor's review of a shift in English and in
Ukrainian (``python docs/screenshots.py --review en|uk`` for one):
``review-en.png``, ``review-charts-en.png``, ``review-uk.png``, ``review-charts-uk.png``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SUPERVISOR, SUPERVISOR_PASSWORD = "chief", "correct horse battery"
USER, PASSWORD = "o.kovalenko", "inspector pass 1"
SIZE = (1280, 800)


def _under_xvfb(screen: str = "1400x900") -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("screenshots: no DISPLAY and no xvfb-run (apt-get install xvfb xauth)",
              file=sys.stderr)
        return 2
    cmd = [xvfb, "-a", "-s", f"-screen 0 {screen}x24 -dpi 96", sys.executable, *sys.argv]
    return subprocess.call(cmd)


def _setup(home: Path) -> None:
    from checkpoint.services import accounts, demo, session, settings, workstation

    workstation.init_workstation(home, SUPERVISOR, SUPERVISOR_PASSWORD)
    settings.save(home, settings.Settings(checkpoint_code="UA-YAHODYN", default_lane="2"))
    with session.login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        accounts.add_operator(s, USER, "inspector", PASSWORD)
    with session.login(home, USER, PASSWORD) as s:
        demo.fill(s, 240, seed=7, days=0)
        demo.fill(s, 2000, seed=8, days=30)


RELIEF, RELIEF_PASSWORD = "m.bondar", "relieving supervisor 1"


def review_scene(home: Path, *, language: str = "en") -> None:
    """A workstation whose last shift a supervisor reviews: 30 days of history, then a shift
    of 48 inspections with what a supervisor must notice (a failed login, an amendment, a
    check-digit override, many views of one record, an unfinished draft, a record made
    before the shift was opened), closed with a handover note."""
    import random
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    from checkpoint.domain import shift as shift_model
    from checkpoint.domain.ids import format_utc, new_id, utc_now
    from checkpoint.domain.search_terms import search_keys
    from checkpoint.errors import WrongPasswordError
    from checkpoint.formats import load_example
    from checkpoint.services import (
        accounts,
        demo,
        inspections,
        session,
        settings,
        shifts,
        workstation,
    )
    from checkpoint.services import journaled_records as records
    from checkpoint.services.shifts import lifecycle

    workstation.init_workstation(home, SUPERVISOR, SUPERVISOR_PASSWORD)
    settings.save(home, settings.Settings(checkpoint_code="UA-YAHODYN", default_lane="2",
                                          language=language))
    with session.login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        accounts.add_operator(s, USER, "inspector", PASSWORD)
        accounts.add_operator(s, RELIEF, "supervisor", RELIEF_PASSWORD)
    now = datetime.now(UTC)
    started = now - timedelta(hours=4)
    rnd = random.Random(12)  # noqa: S311 - synthetic training data

    def put(s: Any, when: datetime, shift_id: str | None) -> str:
        insp = replace(demo.generate(rnd, s.username, s.device_id, "UA-YAHODYN", when),
                       shift_id=shift_id)
        records.put(s, "inspection", insp.to_document(), search_keys(insp),
                    status="finalized", action="inspection.finalize", record_id=insp.id)
        return insp.id

    with session.login(home, USER, PASSWORD) as s, s.write():  # 30 days before this shift
        for _ in range(2000):
            put(s, now - timedelta(seconds=rnd.randint(30 * 3600, 30 * 86400)), None)
        put(s, started - timedelta(minutes=25), None)  # before the shift was opened
    with session.login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s, s.write():
        # opened four hours ago (the service opens a shift now; the scene needs its past)
        shift = shift_model.open_shift(
            supervisor=s.username, device_id=s.device_id, checkpoint="UA-YAHODYN",
            officers=[USER], lanes=["1", "2"], opened_after=lifecycle._head(s),
            opened_at=format_utc(started))
        lifecycle._save(s, shift, "shift.open")
    with contextlib.suppress(WrongPasswordError):
        session.login(home, USER, "a wrong password")
    with session.login(home, USER, PASSWORD) as s:
        with s.write():
            ids = [put(s, started + timedelta(minutes=4 * n + rnd.randint(0, 3)),
                       shift.shift_id) for n in range(58)]
        amendment = inspections.amend(s, ids[5], "plate mistyped: AA 1234 KB")
        inspections.finalize(s, amendment)
        doc = load_example("inspection")  # a worn passport: one check digit overridden
        doc.update(id=new_id(), device_id=s.device_id, author=s.username,
                   shift_id=shift.shift_id, created_at=utc_now(), checkpoint="UA-YAHODYN")
        mrz = doc["persons"][0]["document"]["mrz"]
        mrz["checks"][0].update(ok=False, found="7")
        mrz["override_reason"] = "worn passport, number compared with the data page"
        records.put(s, "inspection", doc, {}, status="finalized",
                    action="inspection.finalize", record_id=doc["id"])
        for _ in range(22):
            records.get(s, ids[20])
        inspections.start(s)  # left unfinished
    with session.login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        shifts.close_shift(s, note="Lane 2 closed from 14:00 for the X-ray service.",
                           open_items=["X-ray on lane 2 due for service",
                                       "Referral of the cigarettes case waits for the police"])


def _start_hq(folder: Path, home: Path) -> Any:
    """A throw-away HQ on loopback with this workstation enrolled (None without ``hq``)."""
    try:
        from hq import devices
        from hq.app import create_app
        from hq.config import init_hq
        from hq.server import ServerThread
    except ImportError:
        print("screenshots: no HQ (pip install -e '.[hq]'): the sync is shown not enrolled")
        return None
    from checkpoint.services import session
    from checkpoint.services.sync import enrollment

    config = init_hq(folder, ["127.0.0.1"], None)
    app = create_app(config)
    server = ServerThread(app, config).start()
    with app.state.hq.db.transaction() as tx:
        code = devices.issue_code(tx, "UA-YAHODYN")
    with session.login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        enrollment.enroll(s, server.url, code, config.ca_cert.read_bytes(), label="lane 2")
    return server


def review_shots(language: str, out: Path) -> int:
    """``review-<language>.png`` and ``review-charts-<language>.png``: the relieving
    supervisor's review of the last shift (:func:`review_scene`), on a 1366×768 screen."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from checkpoint.gui.app import App, prepare
    from checkpoint.services import session, shifts

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "ws"
        review_scene(home, language=language)
        with session.login(home, RELIEF, RELIEF_PASSWORD) as s:
            shifts.acknowledge_handover(s)
        qapp = QApplication(sys.argv[:1])
        prepare(qapp, language)
        app = App(home)
        app.start()

        def wait(pred: Callable[[], object], ms: int = 60_000) -> None:
            deadline = time.monotonic() + ms / 1000
            while not pred():
                if time.monotonic() > deadline:
                    raise SystemExit("screenshots: timed out")
                QTest.qWait(20)
            QTest.qWait(300)

        wait(lambda: app.login_dialog is not None and app.login_dialog.isVisible())
        login = app.login_dialog
        assert login is not None
        QTest.keyClicks(login.ui.userEdit, RELIEF)
        QTest.keyClicks(login.ui.passwordEdit, RELIEF_PASSWORD)
        QTest.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)
        wait(lambda: app.who is not None and app.tasks.pending == 0)
        review = app.window.shift_menu.open_review()
        wait(lambda: review.data is not None and review.check is not None
             and review.charts["days.per_day"].values and app.tasks.pending == 0)
        for tab, name in ((0, f"review-{language}.png"), (2, f"review-charts-{language}.png")):
            review.tabs.setCurrentIndex(tab)
            review.raise_()
            review.activateWindow()
            QTest.qWait(400)
            frame = review.frameGeometry()
            pixmap = review.screen().grabWindow(0, frame.x(), frame.y(), frame.width(),
                                                frame.height())
            pixmap.save(str(out / name))
            print(f"screenshots: {out / name} {pixmap.width()}x{pixmap.height()}")
        review.close()
        app.shutdown()
    return 0


def main() -> int:
    if "--review" in sys.argv:  # one language's review, on a laptop's screen
        if not os.environ.get("DISPLAY"):
            return _under_xvfb("1366x768")
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        os.environ.setdefault("CHECKPOINT_KDF_CALIBRATION", "floor")
        sys.path.insert(0, str(ROOT))
        language = sys.argv[sys.argv.index("--review") + 1]
        OUT.mkdir(parents=True, exist_ok=True)
        return review_shots(language, OUT)
    if not os.environ.get("DISPLAY"):
        code = _under_xvfb()
        for language in ("en", "uk"):  # each in a program of its own (its translator)
            code = code or subprocess.call([sys.executable, __file__, "--review", language],
                                           env={k: v for k, v in os.environ.items()
                                                if k != "DISPLAY"})
        return code
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ.setdefault("CHECKPOINT_KDF_CALIBRATION", "floor")
    sys.path.insert(0, str(ROOT))
    args = sys.argv[1:]
    language = "en"
    if "--language" in args:
        at = args.index("--language")
        language = args[at + 1]
        del args[at:at + 2]
    out = Path(args[0]) if args else OUT
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "ws"
        _setup(home)
        hq = _start_hq(Path(tmp) / "hq", home)
        try:
            return _shoot(home, out, enrolled=hq is not None, language=language)
        finally:
            if hq is not None:
                hq.stop()


def _shoot(home: Path, out: Path, *, enrolled: bool, language: str) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from checkpoint.gui.app import App, prepare
    from checkpoint.services import inspections

    qapp = QApplication(sys.argv[:1])
    prepare(qapp, language)
    suffix = "" if language == "en" else f"-{language}"

    def wait(pred: Callable[[], object], ms: int = 30_000) -> None:
        deadline = time.monotonic() + ms / 1000
        while not pred():
            if time.monotonic() > deadline:
                shot = QApplication.primaryScreen().grabWindow(0)
                shot.save(str(out / "timed-out.png"))
                raise SystemExit(f"screenshots: timed out at line {sys._getframe(1).f_lineno}"
                                 f" (the screen then: {out / 'timed-out.png'})")
            QTest.qWait(20)
        QTest.qWait(150)  # let the window repaint before it is grabbed

    def grab(widget: QWidget, name: str) -> None:
        widget.raise_()
        widget.activateWindow()
        QTest.qWait(300)
        screen = widget.screen()
        pixmap = screen.grabWindow(widget.winId())
        path = out / name.replace(".png", f"{suffix}.png")
        pixmap.save(str(path))
        print(f"screenshots: {path} {pixmap.width()}x{pixmap.height()}")

    app = App(home)
    app.start()
    wait(lambda: app.login.login_dialog is not None and app.login.login_dialog.isVisible())
    login = app.login.login_dialog
    assert login is not None
    login.ui.userEdit.selectAll()  # the last operator's name may be offered
    QTest.keyClicks(login.ui.userEdit, USER)
    QTest.keyClicks(login.ui.passwordEdit, PASSWORD)
    grab(login, "login.png")
    QTest.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)
    wait(lambda: app.who is not None and app.login.login_dialog is None and app.tasks.pending == 0)
    window = app.window
    window.resize(*SIZE)
    wait(lambda: window.records.today.rowCount() > 0 and app.tasks.pending == 0)
    if enrolled:  # the start-up sync sends the demo records
        def up_to_date() -> bool:
            status = app.sync.controller.status if app.sync else None
            return status is not None and status.state == "up_to_date" \
                and status.unacknowledged == 0
        wait(up_to_date, 120_000)
    grab(window, "main.png")
    if enrolled:
        menu = window.ui.menuSync
        menu.popup(window.mapToGlobal(window.ui.menubar.actionGeometry(
            menu.menuAction()).bottomLeft() + window.ui.menubar.pos()))
        wait(menu.isVisible)
        QTest.qWait(300)
        frame = window.frameGeometry()
        pixmap = window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(),
                                            frame.height())
        path = out / f"sync{suffix}.png"
        pixmap.save(str(path))
        print(f"screenshots: {path} {pixmap.width()}x{pixmap.height()}")
        menu.hide()

    # a new inspection, the passport scanned by a wedge reader
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait(lambda: window.form is not None and app.tasks.pending == 0)
    form = window.form
    assert form is not None
    g = form.general.ui
    g.directionCombo.setCurrentIndex(g.directionCombo.findData("entry"))
    g.modeCombo.setCurrentIndex(g.modeCombo.findData("road"))
    g.documentaryCheck.setChecked(True)
    form.ui.tabs.setCurrentIndex(1)
    QTest.mouseClick(form.persons.ui.addButton, Qt.MouseButton.LeftButton)
    person = form.persons.detail
    for line in _td3():
        QTest.keyClicks(person.mrz.ui.mrzEdit, line)
        QTest.keyClick(person.mrz.ui.mrzEdit, Qt.Key.Key_Return)
    person.ui.surnameEdit.insert("Шевченко")
    person.ui.givenNamesEdit.insert("Тарас")
    wait(lambda: app.tasks.pending == 0 and not form.pending_save)
    grab(window, "inspection-mrz.png")

    form.finalize()
    wait(lambda: form.ui.problemsList.count() > 0 and app.tasks.pending == 0)
    QTest.keyClick(form.ui.problemsList, Qt.Key.Key_Return)  # go to the first problem's field
    form.ui.tabs.setCurrentIndex(0)
    grab(window, "finalize-problems.png")

    # search: a surname from the demo data, in Cyrillic
    window.leave_editor()
    found = app.tasks.run_now(lambda: inspections.page(app.tasks.session(), None, 1))
    assert found and found[0].name
    record = app.tasks.run_now(lambda: inspections.open_record(app.tasks.session(), found[0].id))
    query = record[0].persons[0].surname or found[0].name.split()[0]
    window.focus_search()
    window.ui.searchEdit.insert(query)
    window.records.search_now()
    wait(lambda: window.records.last_search == query and app.tasks.pending == 0)
    window.ui.table.resizeColumnsToContents()
    window.ui.table.selectRow(0)
    grab(window, "search.png")
    app.shutdown()
    window.close()
    return 0


def _td3() -> tuple[str, str]:
    from checkpoint.documents import check_digit

    line1 = "P<UKRSHEVCHENKO<<TARAS<<<<<<<<<<<<<<<<<<<<<<"
    number, birth, expiry = "FE1234567", "850309", "300115"
    body = (number + check_digit(number) + "UKR" + birth + check_digit(birth) + "M" + expiry
            + check_digit(expiry) + "<" * 14 + "<")
    return line1, body + check_digit(body[0:10] + body[13:20] + body[21:43])


if __name__ == "__main__":
    raise SystemExit(main())
