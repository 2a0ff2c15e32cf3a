"""The wheel scrolls the form; it never changes a combo box it passes over."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.gui.helpers import choose

pytestmark = pytest.mark.timeout(120)


def wheel(widget: Any, steps: int = -1) -> None:
    """Turn the wheel over ``widget`` (negative: towards the user, scrolling down)."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def scroll_area_of(widget: Any) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def test_the_wheel_over_a_combo_scrolls_the_form(qtbot: Any, inspector: Any, form: Any) -> None:
    inspector.window.resize(900, 420)  # short enough for the General tab to scroll
    qtbot.wait(20)
    g = form.general.ui
    choose(g.directionCombo, "exit")
    form.general.ui.laneEdit.setFocus()
    area = scroll_area_of(g.directionCombo)
    assert area.verticalScrollBar().maximum() > 0
    before = area.verticalScrollBar().value()
    for combo, value in ((g.directionCombo, "exit"), (g.modeCombo, None),
                         (g.outcomeCombo, None)):
        wheel(combo)
        wheel(combo, +1)
        wheel(combo)
        assert combo.currentData() == value, combo.objectName()
    assert area.verticalScrollBar().value() != before
    assert form.collect().direction.value == "exit"
    assert not form.pending_save or form.collect().conveyance_mode is None


def test_the_wheel_over_the_role_and_unit_combos_changes_nothing(qtbot: Any, inspector: Any,
                                                                 form: Any) -> None:
    form.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.persons.ui.addButton, Qt.MouseButton.LeftButton)
    role = form.persons.detail.ui.roleCombo
    form.persons.detail.ui.surnameEdit.setFocus()
    wheel(role)
    wheel(role)
    assert role.currentData() == "driver"
    form.ui.tabs.setCurrentIndex(4)
    qtbot.mouseClick(form.goods.ui.addButton, Qt.MouseButton.LeftButton)
    unit = form.goods.detail.ui.unitCombo
    form.goods.detail.ui.hsEdit.setFocus()
    wheel(unit)
    assert unit.currentIndex() == 0


def test_a_focused_combo_still_takes_the_wheel(qtbot: Any, inspector: Any, form: Any) -> None:
    g = form.general.ui
    inspector.window.activateWindow()
    g.directionCombo.setFocus()
    if not g.directionCombo.hasFocus():
        pytest.skip("no focus on this platform")
    wheel(g.directionCombo)
    assert g.directionCombo.currentIndex() == 1
