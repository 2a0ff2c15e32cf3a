"""A 1366×768 lane screen, keyboard first: tabs from anywhere, no Alt+letter that means
two things, Enter answers a one-line dialog, values in words."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import WAIT_MS
from tests.gui.inspection.mnemonics import collisions

pytestmark = pytest.mark.timeout(120)


def test_no_alt_letter_means_two_things(qtbot: Any, inspector: Any, form: Any) -> None:
    assert_no_collisions(qtbot, inspector, form)
    # Alt+V and Alt+H are the View and Help menus only
    from tests.gui.inspection.mnemonics import mnemonics

    letters = mnemonics(inspector.window)
    assert letters["v"] == ["menu &View"] and letters["h"] == ["menu &Help"]


def test_no_alt_letter_means_two_things_in_ukrainian(qtbot: Any, ukrainian: None,
                                                     inspector: Any, form: Any) -> None:
    assert inspector.window.menuBar().actions()[0].text() == "&Файл"
    assert_no_collisions(qtbot, inspector, form)


def assert_no_collisions(qtbot: Any, inspector: Any, form: Any) -> None:
    window = inspector.window
    window.resize(1366, 740)
    lists = {1: form.persons, 3: form.consignment.containers, 4: form.goods, 6: form.findings}
    for tab in range(form.ui.tabs.count()):
        form.ui.tabs.setCurrentIndex(tab)
        if tab in lists:
            qtbot.mouseClick(lists[tab].ui.addButton, Qt.MouseButton.LeftButton)
        if tab == 5:
            form.cash.ui.presentCheck.setChecked(True)
        qtbot.wait(10)
        assert collisions(window) == {}, tab
    form.ui.tabs.setCurrentIndex(0)


def test_ctrl_tab_and_ctrl_pgdn_switch_tabs_from_a_field(qtbot: Any, inspector: Any,
                                                         form: Any) -> None:
    lane = form.general.ui.laneEdit
    lane.setFocus()
    qtbot.keyClick(lane, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert form.ui.tabs.currentIndex() == 1
    remarks = form.general.ui.remarksEdit
    form.ui.tabs.setCurrentIndex(0)
    qtbot.keyClick(remarks, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.ui.tabs.currentIndex() == 1
    qtbot.keyClick(form.persons.ui.addButton, Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.ControlModifier)
    assert form.ui.tabs.currentIndex() == 0
    qtbot.keyClick(lane, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert form.ui.tabs.currentIndex() == 5


def test_values_are_words(qtbot: Any, inspector: Any, form: Any) -> None:
    combo = form.consignment.ui.transportTypeCombo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "TIR carnet" in texts and "tir carnet" not in texts
    controls = form.general.ui
    assert "X-ray" in controls.xrayCheck.text() or controls.xrayCheck.text()
    risk = form.findings.detail.ui.riskCombo
    assert "IPR, health and safety" in [risk.itemText(i) for i in range(risk.count())]


def test_enter_gives_the_amendment_reason(qtbot: Any, inspector: Any, form: Any) -> None:
    from checkpoint.gui.dialogs import AmendDialog

    dialog = AmendDialog(inspector.window)
    qtbot.addWidget(dialog)
    got: list[str] = []
    dialog.submitted.connect(got.append)
    dialog.show()
    qtbot.keyClicks(dialog.ui.reasonEdit, "Lane was 4")
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    assert got == ["Lane was 4"]


def test_the_window_fits_1366_by_768_with_its_status_bar(qtbot: Any, inspector: Any,
                                                         form: Any) -> None:
    window = inspector.window
    window.resize(1366, 738)  # 768 less a title bar
    qtbot.wait(20)
    for tab in range(form.ui.tabs.count()):
        form.ui.tabs.setCurrentIndex(tab)
        assert window.minimumSizeHint().height() <= 738, tab
        assert window.minimumSizeHint().width() <= 1366, tab
    assert window.statusBar().isVisible()
    assert window.statusBar().geometry().bottom() <= window.height()
    qtbot.waitUntil(lambda: True, timeout=WAIT_MS)


def test_the_general_tab_has_no_gaps_between_rows(qtbot: Any, inspector: Any,
                                                  form: Any) -> None:
    inspector.window.resize(1366, 1000)  # taller than the tab's rows need
    qtbot.wait(20)
    g = form.general.ui
    rows = (g.checkpointEdit, g.laneEdit, g.directionCombo, g.modeCombo, g.controlsBox,
            g.triggerCombo, g.startedValue, g.outcomeCombo, g.remarksEdit)
    tops = [w.mapTo(form.general, w.rect().topLeft()).y() for w in rows]
    bottoms = [w.mapTo(form.general, w.rect().bottomLeft()).y() for w in rows]
    gaps = [top - bottom for bottom, top in zip(bottoms[:-1], tops[1:], strict=True)]
    assert max(gaps) <= 16, gaps  # the form's spacing, not spare height spread between rows
    for widget in (g.controlsBox, g.startedValue):  # nor spare height inside a row
        assert widget.height() <= widget.sizeHint().height() + 4, widget.objectName()


def test_the_finalized_banner_is_compact_and_the_record_legible(qtbot: Any, inspector: Any,
                                                                form: Any) -> None:
    """Found using the app: once the tabs kept their rows at the top, the banner of a
    finalized record took all the spare height."""
    from tests.gui.inspection.test_inspection_flow import fill_record

    inspector.window.resize(1366, 738)
    fill_record(qtbot, form)
    form.finalize()
    qtbot.waitUntil(lambda: form.read_only, timeout=WAIT_MS)
    form.ui.tabs.setCurrentIndex(0)
    qtbot.wait(20)
    banner = form.ui.readOnlyBanner
    assert banner.isVisible()
    assert banner.height() <= 3 * banner.fontMetrics().height() + 16
    combo = form.general.ui.directionCombo
    assert not combo.isEnabled()
    image = combo.grab().toImage()  # the value is drawn dark, not greyed out
    text_area = [image.pixelColor(x, y).lightness() for x in range(4, image.width() // 3)
                 for y in range(2, image.height() - 2)]
    assert min(text_area) < 90


def test_alt_digit_puts_the_cursor_in_the_tabs_first_field(qtbot: Any, inspector: Any,
                                                           form: Any) -> None:
    """Found using the app: after Alt+3 the plate typed went nowhere (the focus stayed on
    the tab page)."""
    inspector.window.activateWindow()
    lane = form.general.ui.laneEdit
    lane.setFocus()
    if not lane.hasFocus():
        pytest.skip("no focus on this platform")
    qtbot.keyClick(lane, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    plate = form.vehicle.ui.plateEdit
    assert plate.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "AA1234BK")
    assert plate.text() == "AA1234BK"


def test_the_role_is_a_word_of_the_language(inspector: Any) -> None:
    """Found using the app: the status bar said "Роль: inspector" in Ukrainian."""
    assert inspector.window.role_label.text() == "Role: Inspector"
