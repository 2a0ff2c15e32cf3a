"""Lists of inspections as thin Qt models over the inspection service.

:class:`PagedSummaryModel` shows a list that may hold a million records without
loading it: it grows by pages through ``fetchMore`` (keyset pages, newest first)
and keeps only a window of recently used pages in memory plus one compact cursor
per page; a page that was dropped is read again when a row of it is painted.
:class:`SummaryListModel` shows a short list (search results) held whole.
All reads run on the database thread through :mod:`checkpoint.gui.ops`.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services import inspections
from checkpoint.services.inspections import Summary

Index = QModelIndex | QPersistentModelIndex
Cursor = tuple[str, str]

class Column(NamedTuple):
    """A column of the list: the summary's attribute and the header."""

    attr: str  # the RecordSummary attribute shown
    title: str  # the header (source text of the "List" context)


COLUMNS: tuple[Column, ...] = (
    Column("created_at", QCoreApplication.translate("List", "Time")),
    Column("status", QCoreApplication.translate("List", "Status")),
    Column("name", QCoreApplication.translate("List", "Name")),
    Column("document", QCoreApplication.translate("List", "Document")),
    Column("plate", QCoreApplication.translate("List", "Plate")),
    Column("lane", QCoreApplication.translate("List", "Lane")),
    Column("direction", QCoreApplication.translate("List", "Direction")),
    Column("outcome", QCoreApplication.translate("List", "Outcome")),
    Column("author", QCoreApplication.translate("List", "Officer")),
)
LOADING = "…"
_ROOT = QModelIndex()


def local_time(stamp: str) -> str:
    """A record timestamp shown in local time: ``HH:MM`` today, else the date too."""
    return _local_time(stamp, datetime.now(UTC).astimezone().date())


@functools.lru_cache(maxsize=4096)
def _local_time(stamp: str, today: date) -> str:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    if moment.date() == today:
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


_ICONS: dict[str, QIcon] = {}


def _icon(name: str) -> QIcon:
    """Icons are parsed once (an SVG per painted cell would cost milliseconds)."""
    icon = _ICONS.get(name)
    if icon is None:
        icon = _ICONS[name] = QIcon(f":/icons/{name}.svg")
    return icon


def _word(attr: str, value: str) -> str:
    """Direction and outcome as words of the user's language (not ``refused_entry``)."""
    words = {
        ("direction", "entry"): lambda: QCoreApplication.translate("List", "entry"),
        ("direction", "exit"): lambda: QCoreApplication.translate("List", "exit"),
        ("direction", "transit"): lambda: QCoreApplication.translate("List", "transit"),
        ("outcome", "released"): lambda: QCoreApplication.translate("List", "released"),
        ("outcome", "secondary_inspection"): lambda: QCoreApplication.translate(
            "List", "secondary inspection"),
        ("outcome", "refused_entry"): lambda: QCoreApplication.translate("List", "refused entry"),
        ("outcome", "detained"): lambda: QCoreApplication.translate("List", "detained"),
        ("outcome", "referred"): lambda: QCoreApplication.translate("List", "referred"),
    }
    word = words.get((attr, value))
    return word() if word is not None else value.replace("_", " ")


def _status_text(s: Summary) -> str:
    if s.status == "draft":
        return QCoreApplication.translate("List", "draft")
    if s.amends:
        return QCoreApplication.translate("List", "amendment")
    return QCoreApplication.translate("List", "finalized")


def cell(s: Summary, column: int, role: int) -> Any:
    """What a row shows in ``column`` for ``role``."""
    attr = COLUMNS[column].attr
    if role == Qt.ItemDataRole.DisplayRole:
        if attr == "created_at":
            return local_time(s.created_at)
        if attr == "status":
            return _status_text(s)
        value = getattr(s, attr)
        if value is None:
            return ""
        if attr in ("direction", "outcome"):
            return _word(attr, str(value))
        return str(value)
    if role == Qt.ItemDataRole.ToolTipRole and attr in ("name", "document"):
        value = getattr(s, attr)
        return None if value is None else str(value)
    if role == Qt.ItemDataRole.DecorationRole and attr == "status":
        return _icon("draft" if s.status == "draft" else "finalized")
    if role == Qt.ItemDataRole.UserRole:
        return s.id
    return None


def sort_key(s: Summary, column: int) -> tuple[int, str]:
    """How a row sorts by ``column``: empty cells last, text without case."""
    attr = COLUMNS[column][0]
    if attr == "created_at":
        return (0, s.created_at)
    text = cell(s, column, Qt.ItemDataRole.DisplayRole)
    return (0, str(text).casefold()) if text else (1, "")


class _Base(QAbstractTableModel):
    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("List", COLUMNS[section].title)
        return None

    def record_id(self, row: int) -> str | None:
        value = self.data(self.index(row, 0), Qt.ItemDataRole.UserRole)
        return str(value) if value else None


class SummaryListModel(_Base):
    """A short list held whole (search results, which the service limits).

    ``set_rows(rows, more)``: when ``more`` is given, the view's ``fetchMore`` (the
    officer scrolled to the end) calls it once to ask for the rest, which arrives
    through :meth:`extend`.
    """

    def __init__(self, rows: Sequence[Summary] = ()) -> None:
        super().__init__()
        self._rows = list(rows)
        self._more: Callable[[], None] | None = None

    def set_rows(self, rows: Sequence[Summary], more: Callable[[], None] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._more = more
        self.endResetModel()

    def extend(self, rows: Sequence[Summary]) -> None:
        """Add the rows past the ones shown (``rows`` starts with those, in order)."""
        new = list(rows[len(self._rows):])
        if new:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(new) - 1)
            self._rows += new
            self.endInsertRows()

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._more is not None

    def fetchMore(self, parent: Index = _ROOT) -> None:
        more, self._more = self._more, None
        if more is not None and not parent.isValid():
            more()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return cell(self._rows[index.row()], index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows held (all of them: a short list) by ``column``."""
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        empty = [r for r in self._rows if sort_key(r, column)[0]]
        full = [r for r in self._rows if not sort_key(r, column)[0]]
        full.sort(key=lambda r: sort_key(r, column),
                  reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = full + empty
        self.layoutChanged.emit()


class PagedSummaryModel(_Base):
    """Inspections newest first, ``since`` a UTC timestamp (None: all), loaded by pages."""

    page_loaded = Signal(int)  # page number, after its rows are available
    total_known = Signal(int)
    #: a sort by a column other than the time: the view loads the rows to sort them
    sort_requested = Signal(int, Qt.SortOrder)

    def __init__(self, tasks: TaskManager, since: str | None = None, *,
                 page_size: int = 100, keep_pages: int = 30) -> None:
        super().__init__()
        self._tasks = tasks
        self._since = since
        self.page_size = page_size
        self.keep_pages = keep_pages
        self.ascending = False  # oldest first
        self.total: int | None = None
        self._generation = 0
        self._clear()

    def _clear(self) -> None:
        self._rows = 0
        self._cursors: list[Cursor | None] = [None]  # cursor of page k: key of page k-1's last
        self._pages: OrderedDict[int, list[Summary]] = OrderedDict()
        self._loading: set[int] = set()
        self._at_end = False

    # -- what is in memory (for tests and the benchmark) ---------------------------------

    @property
    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    @property
    def at_end(self) -> bool:
        return self._at_end

    # -- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._rows

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        if parent.isValid():
            return False
        return not self._at_end and (len(self._cursors) - 1) not in self._loading

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if self.canFetchMore(parent):
            self._load(len(self._cursors) - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._rows:
            return None
        number, offset = divmod(index.row(), self.page_size)
        page = self._pages.get(number)
        if page is None:
            self._load(number)
            return LOADING if role == Qt.ItemDataRole.DisplayRole and index.column() == 2 else None
        self._pages.move_to_end(number)
        if offset >= len(page):
            return None
        return cell(page[offset], index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By time: read again in that order (keyset pages both ways). By another column:
        ask the view (a million rows cannot be sorted lazily; a short list can)."""
        if column == 0:
            ascending = order == Qt.SortOrder.AscendingOrder
            if ascending != self.ascending:
                self.ascending = ascending
                self.refresh()
        elif 0 < column < len(COLUMNS):
            self.sort_requested.emit(column, order)

    @property
    def since(self) -> str | None:
        return self._since

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Forget everything and start again from the newest record."""
        self.beginResetModel()
        self._generation += 1
        self._clear()
        self.endResetModel()
        self.fetchMore()
        since = self._since
        generation = self._generation
        def counted(n: int) -> None:
            if generation == self._generation:
                self.total = n
                self.total_known.emit(n)

        Op(self._tasks, lambda s: inspections.count(s, since)).success(counted).failure(
            lambda _e: None).run()

    def _load(self, number: int) -> None:
        if number in self._loading or number >= len(self._cursors):
            return
        self._loading.add(number)
        cursor, since, limit = self._cursors[number], self._since, self.page_size
        generation, ascending = self._generation, self.ascending
        Op(self._tasks, lambda s: inspections.page(s, cursor, limit, since,
                                                   ascending=ascending)).success(
            lambda rows: self._loaded(generation, number, rows)
        ).failure(lambda _e: self._loading.discard(number)).run()

    def _loaded(self, generation: int, number: int, rows: list[Summary]) -> None:
        if generation != self._generation:
            return
        self._loading.discard(number)
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self.keep_pages:
            self._pages.popitem(last=False)
        if number == len(self._cursors) - 1:  # a new page at the end
            if len(rows) < self.page_size:
                self._at_end = True
            if rows:
                last = rows[-1]
                self._cursors.append((last.created_at, last.id))
                self.beginInsertRows(QModelIndex(), self._rows, self._rows + len(rows) - 1)
                self._rows += len(rows)
                self.endInsertRows()
        else:
            first = number * self.page_size
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(first + self.page_size - 1, len(COLUMNS) - 1))
        self.page_loaded.emit(number)
