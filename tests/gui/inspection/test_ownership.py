"""Another officer's draft on the form (issue 8, item 10): it opens read-only with a
banner naming its owner (no autosave refused on every keystroke, no typing lost), and a
supervisor takes it over at a shift handover (asked first, journaled)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from checkpoint.services import inspections, session
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.gui.helpers import WAIT_MS, logged_in, settle
from tests.gui.inspection.mnemonics import collisions


def draft_of(home: Path, name: str, password: str, remarks: str) -> str:
    """A draft started and saved by ``name`` (on this workstation, before the app)."""
    with session.login(home, name, password) as s:
        draft = inspections.start(s)
        inspections.autosave(s, draft.with_changes(remarks=remarks))
    return draft.id


def opened(qtbot: Any, app: Any, record_id: str) -> Any:
    """The record opened as the list opens it (Enter on its row)."""
    app.window.open_record(record_id)
    qtbot.waitUntil(lambda: app.window.form is not None and app.window.form.insp.id == record_id,
                    timeout=WAIT_MS)
    settle(qtbot, app)
    return app.window.form


def stored_remarks(home: Path, record_id: str) -> str | None:
    with session.login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        return inspections.open_record(s, record_id).record.remarks


def test_anothers_draft_opens_read_only_with_its_owner(qtbot: Any, gui_app: Any,
                                                       workstation: Path) -> None:
    record_id = draft_of(workstation, SUPERVISOR, SUPERVISOR_PASSWORD, "seal checked")
    logged_in(qtbot, gui_app, INSPECTOR, INSPECTOR_PASSWORD)
    form = opened(qtbot, gui_app, record_id)
    banner = form.ui.readOnlyBanner
    assert banner.isVisible() and SUPERVISOR in banner.text()
    assert not form.ownership.button.isVisible()  # an inspector takes nothing over
    remarks = form.general.ui.remarksEdit
    remarks.setFocus()
    QTest.keyClicks(remarks, " and opened")
    qtbot.wait(2 * gui_app.conf.autosave_delay_ms + 100)
    settle(qtbot, gui_app)
    assert remarks.toPlainText() == "seal checked"
    assert getattr(gui_app.window, "error_box", None) is None  # no "your role…" popping up
    assert not form.ui.finalizeButton.isVisible() and not form.print_button.isVisible()
    assert not form.ui.amendButton.isVisible()
    gui_app.window.leave_editor()
    settle(qtbot, gui_app)
    assert stored_remarks(workstation, record_id) == "seal checked"


def test_a_supervisor_takes_a_draft_over(qtbot: Any, gui_app: Any, workstation: Path) -> None:
    record_id = draft_of(workstation, INSPECTOR, INSPECTOR_PASSWORD, "truck at lane 2")
    logged_in(qtbot, gui_app, SUPERVISOR, SUPERVISOR_PASSWORD)
    form = opened(qtbot, gui_app, record_id)
    assert INSPECTOR in form.ui.readOnlyBanner.text() and form.read_only
    button = form.ownership.button
    assert button.isVisible()
    assert not collisions(gui_app.window)  # its Alt+letter means nothing else here

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ownership.box is not None and form.ownership.box.isVisible(),
                    timeout=WAIT_MS)
    QTest.keyClick(form.ownership.box, Qt.Key.Key_Escape)  # Escape keeps it as it is
    settle(qtbot, gui_app)
    assert form.read_only and button.isVisible()

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ownership.box is not None and form.ownership.box.isVisible(),
                    timeout=WAIT_MS)
    box = form.ownership.box
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.read_only, timeout=WAIT_MS)
    assert not form.ui.readOnlyBanner.isVisible() and not button.isVisible()
    assert form.insp.author == SUPERVISOR and form.ui.finalizeButton.isVisible()
    remarks = form.general.ui.remarksEdit
    # found using the app: the fields stayed drawn grey as read-only after the take-over
    form.ui.tabs.setCurrentIndex(0)
    qtbot.wait(20)
    lane = form.general.ui.laneEdit
    image = lane.grab().toImage()
    assert image.pixelColor(image.width() - 6, image.height() // 2).name() == "#ffffff"
    remarks.setFocus()
    remarks.moveCursor(remarks.textCursor().MoveOperation.End)
    QTest.keyClicks(remarks, ", seal 123")
    gui_app.window.leave_editor()
    settle(qtbot, gui_app)
    assert stored_remarks(workstation, record_id) == "truck at lane 2, seal 123"
    with session.login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        entries = [e for e in s.journal.entries() if e.action == "inspection.take_over"]
    assert [e.payload_dict()["from"] for e in entries] == [INSPECTOR]
