"""Amendments form one chain: a second correction starts from the first, and lists show
each record once, in its current version."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.gui.helpers import WAIT_MS, settle, type_into
from tests.gui.inspection.test_inspection_flow import fill_record

pytestmark = pytest.mark.timeout(180)


def amend_through_the_dialog(qtbot: Any, app: Any, reason: str) -> Any:
    form = app.window.form
    qtbot.mouseClick(form.ui.amendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(app.window, "amend_dialog", None) is not None
                    and app.window.amend_dialog.isVisible(), timeout=WAIT_MS)
    dialog = app.window.amend_dialog
    qtbot.keyClicks(dialog.ui.reasonEdit, reason)
    qtbot.mouseClick(dialog.ui.buttonBox.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.window.form is not form and app.window.form is not None
                    and app.window.form.insp.amends is not None, timeout=WAIT_MS)
    return app.window.form


def open_and_wait(qtbot: Any, app: Any, record_id: str) -> Any:
    app.window.open_record(record_id)
    qtbot.waitUntil(lambda: app.window.form is not None and app.window.form.insp.id == record_id,
                    timeout=WAIT_MS)
    return app.window.form


def test_amending_the_original_again_keeps_the_first_correction(qtbot: Any, inspector: Any,
                                                               form: Any) -> None:
    app = inspector
    fill_record(qtbot, form)
    form.finalize()
    qtbot.waitUntil(lambda: form.read_only, timeout=WAIT_MS)
    original = form.insp.id
    first = amend_through_the_dialog(qtbot, app, "Lane was 4")
    type_into(qtbot, first.general.ui.laneEdit, "4")
    first.finalize()
    qtbot.waitUntil(lambda: first.read_only, timeout=WAIT_MS)
    # the original again: it says a later version corrects it, and Amend amends that one
    again = open_and_wait(qtbot, app, original)
    qtbot.waitUntil(lambda: bool(again.related), timeout=WAIT_MS)
    assert "open the current version" in again.ui.relatedLabel.text()
    second = amend_through_the_dialog(qtbot, app, "Remarks missing")
    assert second.insp.amends == first.insp.id
    assert second.general.ui.laneEdit.text() == "4"  # the first correction is kept
    type_into(qtbot, second.general.ui.remarksEdit, "checked twice")
    second.finalize()
    qtbot.waitUntil(lambda: second.read_only, timeout=WAIT_MS)
    settle(qtbot, app)
    # the lists show the record once, in its current version
    app.window.leave_editor()
    app.window.show_scope(1)
    settle(qtbot, app)
    model = app.window.ui.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
    assert model.record_id(0) == second.insp.id
    app.window.focus_search()
    type_into(qtbot, app.window.ui.searchEdit, "SHEVCHENKO")
    qtbot.keyClick(app.window.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.records.last_search == "SHEVCHENKO", timeout=WAIT_MS)
    assert app.window.records.results.rowCount() == 1
    assert app.window.records.results.record_id(0) == second.insp.id
    # and the original shows its whole history
    history = open_and_wait(qtbot, app, original)
    qtbot.waitUntil(lambda: len(history.related) == 2, timeout=WAIT_MS)
    text = history.ui.relatedLabel.text()
    assert "Lane was 4" in text and "Remarks missing" in text
