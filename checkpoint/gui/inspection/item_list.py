"""A list of record parts edited one at a time: persons, containers, goods, findings.

:class:`ItemList` shows the items on the left and a :class:`Detail` part for the
current one on the right; every edit in the detail writes the item back and
emits ``changed``.

The detail always shows the current item: after a removal the new current item is
loaded explicitly (Qt does not report a current row that keeps its number, so
relying on ``currentRowChanged`` left the removed item's data in the detail, and the
next keystroke wrote it over the item that took its place).

Remove offers **undo** rather than asking first: at a busy lane a confirmation box
is answered by reflex and breaks the keyboard flow, while undo (the button beside
the list, ``Alt+U``) puts the item back where it was, with its id, so links to it
(the cash carrier, photos of a finding) come back too. It is offered until the next
add or removal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QListWidgetItem, QScrollArea, QWidget

from checkpoint.gui.forms.ui_item_list import Ui_ItemList
from checkpoint.gui.inspection.part import Part

T = TypeVar("T")


class Detail(Part, Generic[T]):
    """A part that edits one item of a list."""

    def load(self, item: T) -> None:
        raise NotImplementedError

    def collect(self) -> T:
        raise NotImplementedError


class ItemList(Part, Generic[T]):
    """Items on the left, the current one's detail on the right.

    ``scroll``: the detail scrolls on its own, so the list and its Add/Remove buttons
    never scroll out of view (a list inside an already scrolling part says False).
    """

    current_changed = Signal(int)

    def __init__(self, detail: Detail[T], make: Callable[[], T], label: Callable[[int, T], str],
                 parent: QWidget | None = None, *, scroll: bool = True) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemList()
        self.ui.setupUi(self)
        self.detail = detail
        self._make, self._label = make, label
        self._items: list[T] = []
        self._removed: tuple[int, T] | None = None
        if scroll:
            self.scroll_area: QScrollArea | None = QScrollArea()
            self.scroll_area.setWidgetResizable(True)
            self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.scroll_area.setWidget(detail)
            self.ui.detailLayout.addWidget(self.scroll_area)
        else:
            self.scroll_area = None
            self.ui.detailLayout.addWidget(detail)
        self.ui.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.removeButton.clicked.connect(self.remove)
        self.ui.undoButton.clicked.connect(self.undo)
        self.ui.items.currentRowChanged.connect(self._show)
        detail.changed.connect(self._detail_changed)
        self.ui.undoBar.hide()
        self._update()

    # -- the items -----------------------------------------------------------------------

    def load(self, items: Sequence[T]) -> None:
        self._items = list(items)
        self._forget_removed()
        self._loading = True
        try:
            self.ui.items.clear()
            for number, item in enumerate(self._items, 1):
                self.ui.items.addItem(QListWidgetItem(self._label(number, item)))
            self.ui.items.setCurrentRow(0 if self._items else -1)
        finally:
            self._loading = False
        self._show(self.current())
        self._update()

    def collect(self) -> tuple[T, ...]:
        return tuple(self._items)

    def current(self) -> int:
        return int(self.ui.items.currentRow())

    def select(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.ui.items.setCurrentRow(row)

    def add(self) -> None:
        self.append(self._make())
        self.detail.setFocus()
        self.detail.focusNextChild()

    def append(self, item: T) -> int:
        """Add ``item`` at the end and make it current; its row."""
        self._forget_removed()
        self._items.append(item)
        self.ui.items.addItem(QListWidgetItem(self._label(len(self._items), item)))
        self._set_current(len(self._items) - 1)
        self._update()
        self.changed.emit()
        return len(self._items) - 1

    def remove(self) -> None:
        """Remove the current item; the next one (or the last) becomes current, shown in
        the detail; undo is offered."""
        row = self.current()
        if row < 0:
            return
        item = self._items.pop(row)
        self._loading = True
        try:
            self.ui.items.takeItem(row)
        finally:
            self._loading = False
        self._relabel()
        self._set_current(min(row, len(self._items) - 1))
        self._removed = (row, item)
        self.ui.undoLabel.setText(self.tr("Removed: %1").replace(
            "%1", self._label(row + 1, item).partition(" ")[2]))
        self.ui.undoBar.show()
        self._update()
        self.changed.emit()

    def undo(self) -> None:
        """Put the last removed item back where it was."""
        if self._removed is None:
            return
        row, item = self._removed
        self._forget_removed()
        row = min(row, len(self._items))
        self._items.insert(row, item)
        self._loading = True
        try:
            self.ui.items.insertItem(row, QListWidgetItem(""))
        finally:
            self._loading = False
        self._relabel()
        self._set_current(row)
        self._update()
        self.changed.emit()
        self.ui.items.setFocus()

    def replace_current(self, item: T) -> None:
        row = self.current()
        if row >= 0:
            self._items[row] = item
            self._show(row)
            self._relabel()
            self.changed.emit()

    def set_editable(self, on: bool) -> None:
        """Allow or refuse adding and removing (a finalized record refuses)."""
        self.ui.addButton.setEnabled(on)
        if not on:
            self._forget_removed()
        self._update()

    # -- internals -----------------------------------------------------------------------

    def _set_current(self, row: int) -> None:
        """Make ``row`` current and show it, whether or not Qt reports a change."""
        self._loading = True
        try:
            self.ui.items.setCurrentRow(row)
        finally:
            self._loading = False
        self._show(row)

    def _show(self, row: int) -> None:
        if self._loading:
            return
        self.detail.setEnabled(row >= 0)
        if 0 <= row < len(self._items):
            self.detail._loading = True
            try:
                self.detail.load(self._items[row])
            finally:
                self.detail._loading = False
        self.current_changed.emit(row)

    def _detail_changed(self) -> None:
        row = self.current()
        if row < 0 or self._loading:
            return
        self._items[row] = self.detail.collect()
        self._relabel()
        self.changed.emit()

    def _relabel(self) -> None:
        for row, item in enumerate(self._items):
            self.ui.items.item(row).setText(self._label(row + 1, item))

    def _forget_removed(self) -> None:
        self._removed = None
        self.ui.undoBar.hide()

    def _update(self) -> None:
        has = bool(self._items)
        self.ui.removeButton.setEnabled(has and self.ui.addButton.isEnabled())
        self.detail.setVisible(has)
        if self.scroll_area is not None:
            self.scroll_area.setVisible(has)
