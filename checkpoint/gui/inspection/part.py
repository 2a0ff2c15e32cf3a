"""The base of the inspection form's parts, and going to the field a problem is about.

A :class:`Part` is a widget made from a ``ui/*.ui`` form that edits one piece of
the record: ``load(value)`` fills it, ``collect()`` builds the domain value back,
``changed`` fires on every edit the officer makes (never while loading), and
``focus_path(path)`` moves the cursor to the field of a finalize problem, found by
the problem's path (the document's field names, relative to the part) in
:attr:`Part.field_widgets`, never by its words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def input_widgets(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` that changes data (lists, for looking, are not)."""
    return [child for child in root.findChildren(QWidget)
            if isinstance(child, QLineEdit | QPlainTextEdit | QComboBox | QCheckBox | QSpinBox
                          | QAbstractButton)]


def _show(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it is in view."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 20, 40)
        parent = parent.parentWidget()


def keep_at_top(widget: QWidget) -> None:
    """Rows keep their own height and the spare height goes below them (a form that is
    shorter than its tab had gaps between every row)."""
    layout = widget.layout()
    if isinstance(layout, QVBoxLayout):
        layout.addStretch(1)


class Part(QWidget):
    """Base of the form's parts: change notification with a loading guard."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        #: A field's path in the part's value (``document.number``) → its widget; the
        #: widget of a path's longest listed prefix takes the focus.
        self.field_widgets: dict[str, QWidget] = {}

    def watch(self) -> None:
        """Connect every input under this part to :attr:`changed`."""
        for child in self.findChildren(QWidget):
            mrz = child.objectName() == "mrzEdit"
            if isinstance(child, QLineEdit) or (isinstance(child, QPlainTextEdit) and not mrz):
                child.textChanged.connect(self._emit)
            elif isinstance(child, QComboBox):
                child.currentIndexChanged.connect(self._emit)
            elif isinstance(child, QCheckBox):
                child.toggled.connect(self._emit)
            elif isinstance(child, QListWidget):
                child.itemChanged.connect(self._emit)

    def _emit(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit()

    def focus_path(self, path: str) -> bool:
        """Focus the field at ``path`` (relative to this part, list indexes left out);
        tell whether there is one."""
        key = path
        while key:
            widget = self.field_widgets.get(key)
            if widget is not None:
                _show(widget)
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
                return True
            key = key.rpartition(".")[0]
        return False
