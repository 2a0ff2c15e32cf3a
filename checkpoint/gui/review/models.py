"""Table models of the review: the shift's records and its audit trail.

Thin adapters over the service's rows (:class:`ReviewItem`, :class:`AuditEvent`): a
shift has a few hundred to a few thousand of each, all loaded with the review, so
these are plain list models (the million-record lists elsewhere page lazily).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from checkpoint.gui.review.report_text import Words
from checkpoint.services.shifts.review import ReviewItem
from checkpoint.services.shifts.trail import AuditEvent

T = TypeVar("T")
FLAGGED = QColor("#fde7e4")
OUTSIDE = QColor("#fff4d6")
Index = QModelIndex | QPersistentModelIndex


def local_time(stamp: str) -> str:
    """``2026-03-14T07:41:09.512Z`` as local ``2026-03-14 09:41:09`` (the year first, as in
    the main list: ``12-06`` reads as the 12th of June at a European post)."""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    return when.strftime("%Y-%m-%d %H:%M:%S")


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of one type, shown through one function per column."""

    def __init__(self, headers: Sequence[str], columns: Sequence[Callable[[T], str]]) -> None:
        super().__init__()
        self.headers = list(headers)
        self.columns = list(columns)
        self.rows: list[T] = []
        self._cells: list[list[str]] = []
        self._brushes: list[QBrush | None] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show ``rows``; their texts are made once here, not at every paint."""
        self.beginResetModel()
        self.rows = list(rows)
        self._cells = [[column(r) for column in self.columns] for r in self.rows]
        self._brushes = [self.background(r) for r in self.rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[index.row()]
        return None

    def background(self, row: T) -> QBrush | None:
        return None


def _label(words: Words, item: ReviewItem) -> str:
    """What the row is; a hit's (list · alert · match type) with its match type in words."""
    match = item.detail.get("match") if item.kind == "hit" else None
    if not match:
        return item.label
    parts = (item.detail.get("list"), item.detail.get("alert"), words.label(match, "match."))
    return " · ".join(str(x) for x in parts if x)


class ItemsModel(RowsModel[ReviewItem]):
    def __init__(self, headers: Sequence[str], words: Words) -> None:
        w = self.words = words
        super().__init__(headers, [
            lambda i: local_time(i.time), lambda i: w.label(i.kind, "kind."),
            lambda i: i.author, lambda i: w.label(i.status, "status."),
            lambda i: w.label(i.outcome) if i.outcome else "",
            lambda i: _label(w, i), lambda i: ", ".join(w.label(f, "flag.") for f in i.flags + (
                ("outside",) if i.shift_mark == "outside" else ())),
            lambda i: i.detail.get("reason") or i.detail.get("override_reason") or "",
        ])

    def background(self, row: ReviewItem) -> QBrush | None:
        if {"amendment", "check_digit_override", "overdue", "untriaged",
            "answer_overdue"} & set(row.flags):
            return QBrush(FLAGGED)
        if row.shift_mark == "outside":
            return QBrush(OUTSIDE)
        return None


class EventsModel(RowsModel[AuditEvent]):
    def __init__(self, headers: Sequence[str], words: Words) -> None:
        super().__init__(headers, [
            lambda e: str(e.seq), lambda e: local_time(e.time), lambda e: e.actor,
            lambda e: words.label(e.category, "category."), lambda e: e.action,
            lambda e: e.subject,
        ])

    def background(self, row: AuditEvent) -> QBrush | None:
        return QBrush(FLAGGED) if row.category == "login_failed" else None
