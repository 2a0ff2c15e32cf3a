"""A list of record parts edited one at a time: persons, containers, goods, findings.

:class:`ItemList` shows the items on the left and a :class:`Detail` part for the
current one on the right; every edit in the detail writes the item back and
emits ``changed``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

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
    """Items on the left, the current one's detail on the right."""

    current_changed = Signal(int)

    def __init__(self, detail: Detail[T], make: Callable[[], T], label: Callable[[int, T], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemList()
        self.ui.setupUi(self)
        self.detail = detail
        self._make, self._label = make, label
        self._items: list[T] = []
        self.ui.detailLayout.addWidget(detail)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.removeButton.clicked.connect(self.remove)
        self.ui.items.currentRowChanged.connect(self._show)
        detail.changed.connect(self._detail_changed)
        self._update()

    # -- the items -----------------------------------------------------------------------

    def load(self, items: Sequence[T]) -> None:
        self._items = list(items)
        self._loading = True
        try:
            self.ui.items.clear()
            for number, item in enumerate(self._items, 1):
                self.ui.items.addItem(QListWidgetItem(self._label(number, item)))
            self.ui.items.setCurrentRow(0 if self._items else -1)
        finally:
            self._loading = False
        self._update()

    def collect(self) -> tuple[T, ...]:
        return tuple(self._items)

    def current(self) -> int:
        return int(self.ui.items.currentRow())

    def select(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.ui.items.setCurrentRow(row)

    def add(self) -> None:
        self._items.append(self._make())
        self.ui.items.addItem(QListWidgetItem(self._label(len(self._items), self._items[-1])))
        self.ui.items.setCurrentRow(len(self._items) - 1)
        self._update()
        self.changed.emit()
        self.detail.setFocus()
        self.detail.focusNextChild()

    def remove(self) -> None:
        row = self.current()
        if row < 0:
            return
        del self._items[row]
        self.ui.items.takeItem(row)
        self._relabel()
        self._update()
        self.changed.emit()

    def replace_current(self, item: T) -> None:
        row = self.current()
        if row >= 0:
            self._items[row] = item
            self._show(row)
            self._relabel()
            self.changed.emit()

    # -- internals -----------------------------------------------------------------------

    def _show(self, row: int) -> None:
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

    def _update(self) -> None:
        has = bool(self._items)
        self.ui.removeButton.setEnabled(has and self.ui.addButton.isEnabled())
        self.detail.setVisible(has)
