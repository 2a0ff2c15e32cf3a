"""Finalize shows a summary to confirm; the problem list follows the form, scrolls to the
field, and its header fits in Ukrainian."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.gui.helpers import WAIT_MS, choose, settle
from tests.gui.inspection.test_inspection_flow import fill_record

pytestmark = pytest.mark.timeout(120)


def ctrl_enter(qtbot: Any, form: Any) -> None:
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_enter_shows_a_summary_before_anything_is_frozen(qtbot: Any, inspector: Any,
                                                             form: Any) -> None:
    fill_record(qtbot, form)
    ctrl_enter(qtbot, form)
    qtbot.waitUntil(lambda: getattr(form, "summary_dialog", None) is not None
                    and form.summary_dialog.isVisible(), timeout=WAIT_MS)
    summary = form.summary_dialog
    text = summary.summary.text()
    assert "SHEVCHENKO" in text and "FE1234567" in text and "AA1234BC" in text
    assert "CSQU3054383" in text and "released" in text
    qtbot.keyClick(summary, Qt.Key.Key_Escape)  # back to the form: nothing is frozen
    settle(qtbot, inspector)
    assert not form.read_only and form.insp.is_draft
    ctrl_enter(qtbot, form)
    qtbot.waitUntil(lambda: form.summary_dialog is not summary
                    and form.summary_dialog.isVisible(), timeout=WAIT_MS)
    qtbot.keyClick(form.summary_dialog, Qt.Key.Key_Return)  # Enter finalizes
    qtbot.waitUntil(lambda: form.read_only, timeout=WAIT_MS)


def test_the_problem_list_follows_the_form_and_scrolls_to_the_field(
        qtbot: Any, inspector: Any, form: Any) -> None:
    inspector.window.resize(1000, 460)
    ctrl_enter(qtbot, form)
    lst = form.ui.problemsList
    qtbot.waitUntil(lambda: lst.count() > 0, timeout=WAIT_MS)
    before = lst.count()
    lines = [lst.item(i).text() for i in range(before)]
    assert "Inspection: outcome is missing." in lines
    lst.setCurrentRow(lines.index("Inspection: outcome is missing."))
    qtbot.keyClick(lst, Qt.Key.Key_Return)
    outcome = form.general.ui.outcomeCombo
    qtbot.wait(20)
    assert not outcome.visibleRegion().isEmpty()  # scrolled into view
    choose(outcome, "released")
    choose(form.general.ui.directionCombo, "entry")
    lines = [lst.item(i).text() for i in range(lst.count())]
    assert lst.count() == before - 2
    assert "Inspection: outcome is missing." not in lines
    assert form.ui.problemsTitle.text() == f"To do before finalizing: {before - 2}"


def test_the_problem_header_fits_in_ukrainian(qtbot: Any, inspector: Any, form: Any,
                                              ukrainian: None) -> None:
    inspector.window.resize(1366, 740)
    ctrl_enter(qtbot, form)
    qtbot.waitUntil(lambda: form.ui.problemsList.count() > 0, timeout=WAIT_MS)
    qtbot.wait(20)
    title = form.ui.problemsTitle
    assert title.text().startswith("Залишилося до завершення")
    assert title.width() >= title.minimumSizeHint().width()
    assert title.height() >= title.heightForWidth(title.width())
    assert title.geometry().right() <= form.ui.problemsBox.contentsRect().right()
