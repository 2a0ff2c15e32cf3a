"""The list page of the main window: today's or all inspections, and search.

:class:`RecordList` drives the list page's widgets (the search field, Also names, the
Today/All selector, the table, its title and count). It shows today's or all
inspections as lazy pages, searches as the officer types (an identifier-shaped query
searches identifiers only unless Also names is ticked; the search honours Today/All),
sorts by any column (a paged list is read whole for that when it is short enough) and
gives the keyboard a path from the search field into the results (Down, Enter).
Opening a record is the window's: the list asks for it with :attr:`open_requested`.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from checkpoint.domain.ids import format_utc
from checkpoint.domain.search_terms import is_identifier_shaped
from checkpoint.gui import list_columns
from checkpoint.gui.forms.ui_main_window import Ui_MainWindow
from checkpoint.gui.list_model import PagedSummaryModel, SummaryListModel
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services import inspections

SEARCH_DELAY_MS = 200
#: Search results asked for first: a screenful, shown before the rest arrives.
FIRST_SCREEN = 40
# A list sorted by another column than the time is read whole, up to this many rows.
SORT_LIMIT = 2000
TODAY, ALL = 0, 1


def start_of_today_utc() -> str:
    """Local midnight as a record timestamp (UTC), the lower bound of "today"."""
    local = datetime.now(UTC).astimezone()
    return format_utc(local.replace(hour=0, minute=0, second=0, microsecond=0))


class RecordList(QObject):
    """The list page: scope, search, sorting and the keyboard path into the results."""

    open_requested = Signal(str)  # record id: the officer activated a row
    results_shown = Signal()  # a screen of search results is in the table
    message = Signal(str)  # a passing note for the status bar

    def __init__(self, ui: Ui_MainWindow, tasks: TaskManager,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.tasks = tasks
        self.today = PagedSummaryModel(tasks, start_of_today_utc())
        self.everything = PagedSummaryModel(tasks, None)
        self.results = SummaryListModel()
        self.empty = SummaryListModel()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_now)
        self.last_search: str | None = None
        self._focus_results = False  # Enter in the search field: go to the results when shown
        self._clearing = False
        self._connect()

    def _connect(self) -> None:
        u = self.ui
        u.scopeCombo.currentIndexChanged.connect(self._scope_chosen)
        u.searchEdit.textChanged.connect(self._typed)
        u.table.activated.connect(self._activated)
        u.openButton.clicked.connect(lambda: self._activated(u.table.currentIndex()))
        for model in (self.today, self.everything):
            model.page_loaded.connect(self._fit_columns)
            model.total_known.connect(self._count)
            model.sort_requested.connect(self._sort_whole_list)
        u.namesCheck.toggled.connect(lambda _on: self._search_again())
        u.searchEdit.installEventFilter(self)
        list_columns.set_up(u.table)
        u.table.horizontalHeader().sortIndicatorChanged.connect(self._sort)
        u.table.verticalHeader().setDefaultSectionSize(u.table.fontMetrics().height() + 8)
        u.table.verticalHeader().hide()

    def hide_records(self) -> None:
        """Locked: an empty table, no search."""
        self.ui.table.setModel(self.empty)
        self._clear_search()
        self.results.set_rows([])

    def refresh(self) -> None:
        """Show what changed (back from the editor): the page again, or the search."""
        model = self.ui.table.model()
        if isinstance(model, PagedSummaryModel):
            model.refresh()
        elif self.last_search:
            self.search_now()

    # -- today or all ----------------------------------------------------------------------

    def show_scope(self, index: int) -> None:
        u = self.ui
        u.scopeCombo.blockSignals(True)
        u.scopeCombo.setCurrentIndex(index)
        u.scopeCombo.blockSignals(False)
        self._clear_search()
        model = self.everything if index == ALL else self.today
        u.listTitle.setText(self.tr("All inspections") if index == ALL
                            else self.tr("Today's inspections"))
        self._sort_indicator(list_columns.TIME, Qt.SortOrder.DescendingOrder)
        model.ascending = False
        u.table.setModel(model)
        list_columns.new_model(u.table)
        model.refresh()

    def _fit_columns(self, _page: int = 0) -> None:
        """Widen the columns to the rows loaded (they never cut a date, a status or a
        document: see :mod:`checkpoint.gui.list_columns`)."""
        list_columns.widen_to_contents(self.ui.table)

    def _scope_chosen(self, index: int) -> None:
        """Today/All: a search on screen is run again in the chosen scope."""
        if self._query():
            self.search_now()
        else:
            self.show_scope(index)

    def _search_again(self) -> None:
        if self._query():
            self.search_now()

    def _since(self) -> str | None:
        return None if self.ui.scopeCombo.currentIndex() == ALL else self.today.since

    def _count(self, n: int) -> None:
        self.ui.countLabel.setText(self.tr("%1 inspection(s)").replace("%1", str(n)))

    # -- sorting -------------------------------------------------------------------------

    def _sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        header = self.ui.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        model = self.ui.table.model()
        if isinstance(model, PagedSummaryModel | SummaryListModel):
            model.sort(column, order)

    def _sort_whole_list(self, column: int, order: Qt.SortOrder) -> None:
        """Sort the paged list by another column than the time: read it whole when it is
        short enough, else say how to make it so."""
        model = self.ui.table.model()
        if not isinstance(model, PagedSummaryModel):
            return
        if model.total is not None and model.total > SORT_LIMIT:
            self._sort_indicator(list_columns.TIME, Qt.SortOrder.DescendingOrder)
            self.message.emit(self.tr(
                "More than %1 inspections: this list sorts by time only. Choose Today or "
                "search to sort by another column.").replace("%1", str(SORT_LIMIT)))
            return
        since, title = model.since, self.ui.listTitle.text()

        def show(rows: list[inspections.Summary]) -> None:
            if self.ui.table.model() is not model:
                return  # the officer moved on
            self.results.set_rows(rows)
            self.results.sort(column, order)
            self.ui.table.setModel(self.results)
            list_columns.new_model(self.ui.table)
            self.last_search = None
            self.ui.listTitle.setText(title)
            self._fit_columns()

        Op(self.tasks, lambda s: inspections.page(s, None, SORT_LIMIT, since)).success(
            show).run()

    # -- the keyboard path from the search field into the results ------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                return self.focus_results()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                text = self._query()
                if not text or (text == self.last_search and not self._search_timer.isActive()
                                and self.ui.table.model() is self.results):
                    self.focus_results()
                else:
                    self._focus_results = True
                    self.search_now()
                return True
        return super().eventFilter(watched, event)

    def _typed(self, _text: str) -> None:
        if not self._clearing:
            self._search_timer.start()

    def _clear_search(self) -> None:
        """Empty the search field without searching (signals stay on, so the field's own
        clear button hides as it should)."""
        self._clearing = True
        try:
            self.ui.searchEdit.clear()
        finally:
            self._clearing = False

    def _query(self) -> str:
        return str(self.ui.searchEdit.text()).strip()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def focus_results(self) -> bool:
        """Put the keyboard in the list, on its first row (or the row that was current)."""
        table = self.ui.table
        model = table.model()
        if model is None or model.rowCount() == 0:
            return False
        if not table.currentIndex().isValid():
            table.setCurrentIndex(model.index(0, 0))
        table.selectRow(table.currentIndex().row())
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    # -- search --------------------------------------------------------------------------

    def search_now(self) -> None:
        self._search_timer.stop()
        text = self._query()
        if not text:
            self.show_scope(self.ui.scopeCombo.currentIndex())
            return
        since = self._since()
        names = True if self.ui.namesCheck.isChecked() else None
        scope = self.ui.scopeCombo.currentIndex()

        def current() -> bool:
            return (self._query() == text and self.ui.scopeCombo.currentIndex() == scope
                    and (True if self.ui.namesCheck.isChecked() else None) == names)

        def rest() -> None:  # the officer scrolled past the first screen
            Op(self.tasks, lambda s: inspections.search(s, text, names=names, since=since)
               ).success(more_shown).run()

        def more_shown(rows: list[inspections.Summary]) -> None:
            if current() and self.ui.table.model() is self.results:
                self.results.extend(rows)
                self.ui.countLabel.setText(self.tr("%1 found").replace(
                    "%1", str(self.results.rowCount())))

        def show(rows: list[inspections.Summary]) -> None:
            if not current():
                return  # typed on since
            more = len(rows) >= FIRST_SCREEN
            self.results.set_rows(rows, rest if more else None)
            self._sort_indicator(list_columns.TIME, Qt.SortOrder.DescendingOrder)
            if self.ui.table.model() is not self.results:
                self.ui.table.setModel(self.results)
                list_columns.new_model(self.ui.table)
            title = (self.tr("Search in all inspections: %1") if scope == ALL
                     else self.tr("Search in today's inspections: %1"))
            self.ui.listTitle.setText(title.replace("%1", text))
            count = (self.tr("%1+ found") if more else self.tr("%1 found")).replace(
                "%1", str(len(rows)))
            if not rows and names is None and is_identifier_shaped(text):
                count += " " + self.tr("(identifiers only; tick Also names to search names)")
            self.ui.countLabel.setText(count)
            self.last_search = text
            self._fit_columns()
            if self._focus_results:
                self._focus_results = False
                self.focus_results()
            self.results_shown.emit()

        Op(self.tasks, lambda s: inspections.search(s, text, limit=FIRST_SCREEN, names=names,
                                                    since=since)).success(show).run()

    def _activated(self, index: QModelIndex) -> None:
        model = self.ui.table.model()
        if index.isValid() and isinstance(model, PagedSummaryModel | SummaryListModel):
            record_id = model.record_id(index.row())
            if record_id:
                self.open_requested.emit(record_id)
