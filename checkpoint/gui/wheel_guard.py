"""The mouse wheel scrolls the form; it changes a combo or spin box only with focus.

Qt lets the wheel change a combo box (or spin box) under the pointer even when it
does not have the focus, so scrolling a long form through the Direction, Role or
Unit combos changed them, and the autosave kept the change. :func:`guard_wheel`
gives those widgets ``StrongFocus`` (a click or Tab focuses them, the wheel does
not) and a filter that hands the wheel to the scroll area around them unless the
widget has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)


class WheelGuard(QObject):
    """Ignores wheel events on an unfocused combo or spin box, so that they go to the
    parent (the scroll area) instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget)
                or not isinstance(event, QWheelEvent) or watched.hasFocus()):
            return False
        area = _scroll_area(watched)
        if area is not None:  # scroll it (Qt propagates only spontaneous wheel events)
            viewport = area.viewport()
            pos = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
            QApplication.sendEvent(viewport, QWheelEvent(
                pos, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                event.buttons(), event.modifiers(), event.phase(), event.inverted()))
        return True  # the combo or spin box itself never sees it


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def guard_wheel(root: QWidget) -> WheelGuard:
    """Guard every combo and spin box under ``root`` (made before this call)."""
    guard = WheelGuard(root)
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QComboBox | QAbstractSpinBox):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(guard)
    return guard
