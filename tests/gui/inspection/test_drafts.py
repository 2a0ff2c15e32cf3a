"""Drafts: closing an empty new one leaves nothing behind; discarding asks; a draft is
labelled by what it holds."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from checkpoint.services import inspections
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD
from tests.gui.helpers import WAIT_MS, logged_in, settle, type_into
from tests.gui.inspection.conftest import new_form

pytestmark = pytest.mark.timeout(120)


def drafts(app: Any) -> list[Any]:
    return app.tasks.run_now(lambda: inspections.drafts(app.tasks.session()))


def test_ctrl_n_then_close_leaves_no_empty_draft(qtbot: Any, inspector: Any) -> None:
    window = inspector.window
    form = new_form(qtbot, inspector)
    settle(qtbot, inspector)
    qtbot.keyClick(form, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.form is None, timeout=WAIT_MS)
    settle(qtbot, inspector)
    assert drafts(inspector) == []
    qtbot.waitUntil(lambda: window.ui.table.model().rowCount() == 0, timeout=WAIT_MS)
    # a draft with something in it stays
    form = new_form(qtbot, inspector)
    type_into(qtbot, form.general.ui.remarksEdit, "driver nervous")
    qtbot.keyClick(form, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.form is None, timeout=WAIT_MS)
    settle(qtbot, inspector)
    assert [d.remarks for d in drafts(inspector)] == ["driver nervous"]


def test_discard_asks_and_the_list_follows(qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = new_form(qtbot, app)
    form.ui.tabs.setCurrentIndex(2)
    type_into(qtbot, form.vehicle.ui.vinEdit, "WVWZZZ1JZXW000001")
    form.ui.tabs.setCurrentIndex(0)
    type_into(qtbot, form.general.ui.remarksEdit, "spare wheel heavy")
    settle(qtbot, app)
    form.save_now()
    settle(qtbot, app)
    app.window.ui.actionLock.trigger()
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    qtbot.waitUntil(lambda: app.window.form is not None, timeout=WAIT_MS)  # resumed
    app.window.leave_editor()
    settle(qtbot, app)
    qtbot.waitUntil(lambda: app.window.ui.table.model().rowCount() == 1, timeout=WAIT_MS)
    app.window.ui.actionDrafts.trigger()
    qtbot.waitUntil(lambda: app.drafts_dialog is not None and app.drafts_dialog.isVisible(),
                    timeout=WAIT_MS)
    dialog = app.drafts_dialog
    label = dialog.ui.draftList.item(0).text()
    assert "(empty)" not in label
    assert "WVWZZZ1JZXW000001" in label and "spare wheel heavy" in label
    qtbot.mouseClick(dialog.ui.discardButton, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape keeps it
    settle(qtbot, app)
    assert len(drafts(app)) == 1 and dialog.ui.draftList.count() == 1
    qtbot.mouseClick(dialog.ui.discardButton, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    discard = next(b for b in box.buttons() if "Discard" in b.text())
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    assert drafts(app) == []
    qtbot.waitUntil(lambda: app.window.ui.table.model().rowCount() == 0, timeout=WAIT_MS)


def test_a_draft_with_photos_only_is_not_empty() -> None:
    from checkpoint.domain.goods import Attachment, AttachmentKind
    from checkpoint.domain.inspection import new_draft
    from checkpoint.gui.dialogs import draft_label

    draft = new_draft("anna", "dev")
    assert draft_label(draft).endswith("(empty)")
    photo = Attachment("a1", AttachmentKind.PHOTO, "image/png", "0" * 64, 10, None)
    label = draft_label(draft.with_changes(attachments=(photo,)))
    assert "(empty)" not in label and "1 photo(s)" in label


def test_opening_a_draft_with_cash_is_no_edit(qtbot: Any, inspector: Any) -> None:
    """Found using the app: a draft with cash opened saying "Editing…" (the list of
    currencies reported a change while it was being filled) and kept saying it."""
    window = inspector.window
    form = new_form(qtbot, inspector)
    form.ui.tabs.setCurrentIndex(5)
    present = form.cash.ui.presentCheck
    present.setFocus()
    qtbot.keyClick(present, Qt.Key.Key_Space)
    qtbot.keyClicks(form.cash.amount_part.ui.amountEdit, "1500")
    qtbot.keyClick(form.cash.amount_part.ui.amountEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.cash.amount_part.ui.currencyEdit, "USD")
    record_id = form.insp.id
    qtbot.keyClick(form, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.form is None, timeout=WAIT_MS)
    settle(qtbot, inspector)
    (saved,) = drafts(inspector)
    window.open_record(record_id)
    qtbot.waitUntil(lambda: window.form is not None, timeout=WAIT_MS)
    opened = window.form
    qtbot.wait(3 * inspector.conf.autosave_delay_ms)
    settle(qtbot, inspector)
    assert opened.ui.saveStateLabel.text() != "Editing…"
    assert not opened.pending_save
    (again,) = drafts(inspector)
    assert again.updated_at == saved.updated_at and again.cash == saved.cash
