"""The supervisor's shift in the real app: open it, record, review with every highlight,
mark reviewed, report, close with handover; an inspector is refused; tampering shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from checkpoint.domain.ids import utc_now
from checkpoint.errors import WrongPasswordError
from checkpoint.formats import report_seal
from checkpoint.services import accounts, inspections, shifts
from checkpoint.services import journaled_records as records
from checkpoint.services.session import login
from checkpoint.services.shifts import whole_check
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.helpers import inspection, record_inspections
from tests.gui.helpers import WAIT_MS, logged_in, settle

pytestmark = pytest.mark.timeout(180)


def ok(qtbot: Any, dialog: Any) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def current(app: Any) -> Any:
    return app.tasks.run_now(lambda: shifts.current(app.tasks.session()))


def open_shift_through_the_menu(qtbot: Any, app: Any) -> Any:
    menu = app.window.shift_menu
    menu.refresh()
    settle(qtbot, app)
    assert menu.open_action.isEnabled() and not menu.close_action.isEnabled()
    menu.open_action.trigger()
    qtbot.waitUntil(lambda: getattr(menu, "dialog", None) is not None
                    and menu.dialog.isVisible(), timeout=WAIT_MS)
    dialog = menu.dialog
    qtbot.keyClicks(dialog.officers, INSPECTOR)
    qtbot.keyClicks(dialog.lanes, "1, 2")
    dialog.checkpoint.clear()
    qtbot.keyClicks(dialog.checkpoint, "UA-PL-01")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    shift = current(app)
    assert shift is not None and shift.officers == (INSPECTOR,)
    return shift


def make_highlights(home: Path, shift_id: str) -> None:
    """What an inspector's shift leaves for the supervisor to notice (through the services,
    in a second session, as another program on the workstation would)."""
    with pytest.raises(WrongPasswordError):
        login(home, INSPECTOR, "a wrong password here")
    with login(home, INSPECTOR, INSPECTOR_PASSWORD) as s:
        record_inspections(s, 1, shift_id=None, created_at=utc_now())  # outside a shift
        ids = record_inspections(s, 3, shift_id=shift_id, created_at=utc_now())
        amendment = inspections.amend(s, ids[0], "plate mistyped")
        inspections.finalize(s, amendment)
        doc = inspection(s, shift_id=shift_id, created_at=utc_now())
        mrz = doc["persons"][0]["document"]["mrz"]
        mrz["checks"][0].update(ok=False, found="7")
        mrz["override_reason"] = "worn passport"
        records.put(s, "inspection", doc, {}, status="finalized", action="inspection.finalize",
                    record_id=doc["id"])
        for _ in range(20):
            records.get(s, ids[1])
        inspections.start(s)  # a draft left unfinished (the form drops an empty one it closes)


def test_open_record_review_mark_report_and_close(qtbot: Any, gui_app: Any, workstation: Path,
                                                  tmp_path: Path) -> None:
    app = gui_app
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    shift = open_shift_through_the_menu(qtbot, app)

    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.window.form is not None, timeout=WAIT_MS)
    assert app.window.form.insp.shift_id == shift.shift_id  # recorded during the shift
    app.window.leave_editor()
    settle(qtbot, app)
    make_highlights(workstation, shift.shift_id)

    menu = app.window.shift_menu
    menu.refresh()
    settle(qtbot, app)
    menu.close_action.trigger()
    dialog = menu.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    ok(qtbot, dialog)  # no note: the dialog says so and stays
    assert dialog.isVisible() and "handover note" in dialog.error.text()
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "Lane 2 closed from 14:00.")
    qtbot.keyClicks(dialog.items, "X-ray service due")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert current(app) is None

    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(app.window, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: menu.review is not None, timeout=WAIT_MS)
    review = menu.review
    with qtbot.waitSignals([review.journal_checked, review.charts_loaded], timeout=60_000):
        qtbot.waitUntil(lambda: review.data is not None, timeout=WAIT_MS)
    codes = {review.highlights.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(review.highlights.count())}
    assert {"amendment_after_finalize", "check_digit_override", "many_views", "failed_logins",
            "unacknowledged", "unfinished_draft", "outside_shift"} <= codes
    texts = [review.highlights.item(i).text() for i in range(review.highlights.count())]
    assert any("plate mistyped" in t for t in texts)
    assert "intact" in review.journal_label.text()
    assert "Lane 2 closed from 14:00." in review.summary.text()  # the handover, at a glance
    assert "X-ray service due" in review.summary.text()
    assert review.charts["shift.outcome"].values  # the shift's outcomes are drawn
    assert review.items_model.rowCount() >= 6

    # filter by officer: the inspector's records only (the supervisor's empty draft was
    # dropped when the form closed, so the supervisor has none)
    everything = review.items_model.rowCount()
    review.officer.setCurrentIndex(review.officer.findData(INSPECTOR))
    assert {review.items_model.rows[i].author for i in range(review.items_model.rowCount())} \
        == {INSPECTOR}
    assert review.items_model.rowCount() == everything
    review.officer.setCurrentIndex(review.officer.findData(SUPERVISOR))
    assert review.items_model.rowCount() == 0
    review.kind.setCurrentIndex(review.kind.findData("login_failed"))
    review.officer.setCurrentIndex(0)
    assert review.events_model.rowCount() == 1

    qtbot.mouseClick(review.mark_button, Qt.MouseButton.LeftButton)
    remarks = review.remarks_dialog
    qtbot.waitUntil(remarks.isVisible, timeout=WAIT_MS)
    qtbot.keyClicks(remarks.remarks, "Override checked with the officer.")
    with qtbot.waitSignal(review.reviewed, timeout=60_000):
        ok(qtbot, remarks)
    qtbot.waitUntil(lambda: review.data is not None and review.data.shift.review is not None,
                    timeout=60_000)
    assert review.data.shift.review.remarks == "Override checked with the officer."
    assert not review.mark_button.isEnabled()

    out = tmp_path / "shift.pdf"
    with qtbot.waitSignal(review.report_saved, timeout=60_000):
        review.save_report(str(out))
    check = report_seal.verify(out.read_bytes())
    assert check.valid, check.message()
    assert str(out) in review.saved_box.text()  # the supervisor is told where, and the code
    assert check.seal is not None
    code = report_seal.verification_code(check.seal["content_signature"])
    assert code in review.saved_box.text()
    review.close()


def test_an_inspector_cannot_manage_or_review_shifts(qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    menu = app.window.shift_menu
    menu.refresh()
    settle(qtbot, app)
    assert not any(a.isEnabled() for a in (menu.open_action, menu.close_action,
                                           menu.ack_action, menu.review_action))
    window = menu.open_review()
    qtbot.waitUntil(lambda: "supervisor" in window.title.text(), timeout=WAIT_MS)
    assert window.data is None
    window.close()


def test_journal_tampering_shows_in_the_review(qtbot: Any, gui_app: Any,
                                               workstation: Path) -> None:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        shift = shifts.open_shift(s, officers=[INSPECTOR], lanes=["1"], checkpoint="UA-PL-01")
        record_inspections(s, 2, shift_id=shift.shift_id, created_at=utc_now())
        shifts.close_shift(s, note="quiet")
        inside = shift.opened_after.seq + 2  # an entry of the shift
        with s.write() as conn:
            conn.execute("UPDATE journal SET actor = 'nobody' WHERE seq = ?", (inside,))
            conn.execute("UPDATE journal SET actor = 'nobody' WHERE seq = 2")  # before it
    app = gui_app
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    window = app.window.shift_menu.open_review()
    with qtbot.waitSignal(window.journal_checked, timeout=60_000):
        pass
    assert f"BROKEN from entry {inside}" in window.journal_label.text()
    assert window.highlights.item(0).data(Qt.ItemDataRole.UserRole) == "journal_broken"
    with qtbot.waitSignal(window.journal_checked, timeout=60_000):
        qtbot.mouseClick(window.verify_button, Qt.MouseButton.LeftButton)
    assert "BROKEN from entry 2" in window.journal_label.text()  # the whole chain
    window.close()


def test_the_whole_journal_is_verified_in_slices_with_progress_and_cancel(
        qtbot: Any, gui_app: Any, workstation: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(whole_check, "SLICE", 20)
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        shift = shifts.open_shift(s, officers=[INSPECTOR], lanes=["1"], checkpoint="UA-PL-01")
        record_inspections(s, 40, shift_id=shift.shift_id, created_at=utc_now())
        shifts.close_shift(s, note="quiet")
    app = gui_app
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    window = app.window.shift_menu.open_review()
    with qtbot.waitSignal(window.journal_checked, timeout=60_000):
        pass
    seen: list[int] = []
    window.walk_progress.connect(seen.append)
    with qtbot.waitSignal(window.journal_checked, timeout=60_000):
        qtbot.mouseClick(window.verify_button, Qt.MouseButton.LeftButton)
        assert window.walk_bar.isVisible() and window.cancel_walk_button.isVisible()
        assert not window.verify_button.isEnabled()
    assert "Whole journal verified: intact" in window.journal_label.text()
    assert len(seen) >= 3 and seen == sorted(seen)  # one database turn a slice, shown
    assert not window.walk_bar.isVisible() and window.verify_button.isEnabled()

    seen.clear()
    window.walk_progress.connect(  # cancel once the check has begun
        lambda n: n >= 20 and qtbot.mouseClick(window.cancel_walk_button,
                                               Qt.MouseButton.LeftButton))
    with qtbot.waitSignal(window.journal_checked, timeout=60_000):
        qtbot.mouseClick(window.verify_button, Qt.MouseButton.LeftButton)
    assert "cancelled after" in window.journal_label.text()
    assert max(seen) < window.walk_bar.maximum()
    window.close()
    settle(qtbot, app)
    audits = app.tasks.run_now(lambda: [
        e.payload_dict() for e in app.tasks.session().journal.entries()
        if e.action == "audit.verify"])
    assert audits[-1]["cancelled"] is True and audits[-2]["intact"] is True


def test_the_relieving_supervisor_reads_the_handover_before_acknowledging(
        qtbot: Any, gui_app: Any, workstation: Path) -> None:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        accounts.add_operator(s, "relief", "supervisor", "relieving supervisor 1")
        shifts.open_shift(s, officers=[INSPECTOR], lanes=["1"], checkpoint="UA-PL-01")
        shifts.close_shift(s, note="Lane 2 closed from 14:00.", open_items=["X-ray due"])
    app = gui_app
    logged_in(qtbot, app, "relief", "relieving supervisor 1")
    menu = app.window.shift_menu
    menu.refresh()
    qtbot.waitUntil(menu.ack_action.isEnabled, timeout=WAIT_MS)

    def ask() -> Any:
        menu.handover_box = None
        menu.ack_action.trigger()
        qtbot.waitUntil(lambda: menu.handover_box is not None and menu.handover_box.isVisible(),
                        timeout=WAIT_MS)
        return menu.handover_box

    box = ask()
    assert "Lane 2 closed from 14:00." in box.text() and "X-ray due" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    assert app.tasks.run_now(lambda: shifts.status(app.tasks.session())
                             ).awaiting_acknowledgement is not None  # nothing acknowledged
    box = ask()
    accept = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(menu.acknowledged, timeout=WAIT_MS):
        qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    last = app.tasks.run_now(lambda: shifts.status(app.tasks.session()).last)
    assert last is not None and last.handover is not None
    assert last.handover.acknowledged_by == "relief"


def test_the_review_fits_the_screen_and_its_columns_fit_their_texts(
        qtbot: Any, gui_app: Any, workstation: Path) -> None:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        shift = shifts.open_shift(s, officers=[INSPECTOR], lanes=["1"], checkpoint="UA-PL-01")
        record_inspections(s, 3, shift_id=shift.shift_id, created_at=utc_now())
        shifts.close_shift(s, note="quiet")
    app = gui_app
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    window = app.window.shift_menu.open_review()
    qtbot.waitUntil(lambda: window.data is not None, timeout=WAIT_MS)
    room, frame = window.screen().availableGeometry(), window.frameGeometry()
    assert room.top() <= frame.top() and frame.bottom() <= room.bottom()  # the buttons show
    assert frame.width() <= max(room.width(), window.minimumSizeHint().width() + 20)
    for view in (window.items_view, window.events_view):
        model, fm = view.model(), view.fontMetrics()
        for column in range(model.columnCount() - 1):  # the last one stretches
            for row in range(model.rowCount()):
                shown = str(model.data(model.index(row, column)) or "")
                if column in (5,) and view is window.items_view:
                    continue  # names and plates: as wide as a long name, then elided
                assert fm.horizontalAdvance(shown) < view.columnWidth(column), (column, shown)
    window.close()


def test_a_bar_label_is_as_wide_as_its_text_and_stays_in_the_chart(qapp: Any) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QFontMetricsF

    from checkpoint.gui.review.charts import label_rect

    fm = QFontMetricsF(QFont("DejaVu Sans", 8))
    body = QRectF(10, 0, 300, 100)
    for centre in (11.0, 160.0, 309.0):  # the first bar, one in the middle, the last
        rect = label_rect(fm, body, centre, 90, 10, "11-07")
        assert rect.width() > fm.horizontalAdvance("11-07")
        assert body.left() <= rect.left() and rect.right() <= body.right()
