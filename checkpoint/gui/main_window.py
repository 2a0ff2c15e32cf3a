"""The main window: today's inspections, search, the inspection being edited.

The central area is a stack of three pages: the list (today's inspections, all
inspections, or search results), the editor (one :class:`InspectionForm`) and the
locked page, which shows nothing of the records. The status bar shows the
operator, their role and the sync (:class:`~checkpoint.gui.sync.status_bar.SyncBar`: state,
progress, clock warning, how many records HQ has not acknowledged yet); the Sync
menu is wired by :class:`~checkpoint.gui.sync.menu.SyncUi`.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QMessageBox, QWidget

from checkpoint.domain.ids import format_utc
from checkpoint.domain.inspection import Inspection
from checkpoint.gui.dialogs import AmendDialog
from checkpoint.gui.forms.ui_main_window import Ui_MainWindow
from checkpoint.gui.inspection import InspectionForm
from checkpoint.gui.list_model import PagedSummaryModel, SummaryListModel
from checkpoint.gui.messages import message_for
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.gui.sync.status_bar import SyncBar
from checkpoint.services import inspections

log = logging.getLogger(__name__)

LIST, EDITOR, LOCKED = 0, 1, 2
SEARCH_DELAY_MS = 200
#: Search results asked for first: a screenful, shown before the rest arrives.
FIRST_SCREEN = 40


def start_of_today_utc() -> str:
    """Local midnight as a record timestamp (UTC), the lower bound of "today"."""
    local = datetime.now(UTC).astimezone()
    return format_utc(local.replace(hour=0, minute=0, second=0, microsecond=0))


class MainWindow(QMainWindow):
    closing = Signal()
    results_shown = Signal()  # a screen of search results is in the table
    record_finalized = Signal()

    def __init__(self, tasks: TaskManager, *, autosave_ms: int = 300,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.autosave_ms = autosave_ms
        self.ui = u = Ui_MainWindow()
        u.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/checkpoint.svg"))
        self.form: InspectionForm | None = None
        self.username = ""
        self.today = PagedSummaryModel(tasks, start_of_today_utc())
        self.everything = PagedSummaryModel(tasks, None)
        self.results = SummaryListModel()
        self.empty = SummaryListModel()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_now)
        self.last_search: str | None = None
        self._fitted = False
        self._status()
        self._connect()
        self.show_locked()

    def _status(self) -> None:
        bar = self.statusBar()
        self.operator_label = QLabel()
        self.role_label = QLabel()
        self.sync_bar = SyncBar()
        for w in (self.operator_label, self.role_label, self.sync_bar):
            bar.addWidget(w)
        bar.addPermanentWidget(self.sync_bar.count_label)

    def _connect(self) -> None:
        u = self.ui
        u.actionNew.triggered.connect(self.new_inspection)
        u.newButton.clicked.connect(self.new_inspection)
        u.actionFind.triggered.connect(self.focus_search)
        u.actionToday.triggered.connect(lambda: self.show_scope(0))
        u.actionAll.triggered.connect(lambda: self.show_scope(1))
        u.actionQuit.triggered.connect(self.close)
        u.scopeCombo.currentIndexChanged.connect(self.show_scope)
        u.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        u.searchEdit.returnPressed.connect(self.search_now)
        u.table.activated.connect(self._activated)
        u.openButton.clicked.connect(lambda: self._activated(u.table.currentIndex()))
        u.actionAbout.triggered.connect(self._about)
        self.today.page_loaded.connect(self._fit_columns)
        self.everything.page_loaded.connect(self._fit_columns)
        self.today.total_known.connect(self._count)
        self.everything.total_known.connect(self._count)
        self.tasks.error.connect(self.show_error)
        header = u.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("0000") + 12)
        u.table.verticalHeader().setDefaultSectionSize(u.table.fontMetrics().height() + 8)
        u.table.verticalHeader().hide()

    # -- who is logged in ----------------------------------------------------------------

    def unlock(self, username: str, role: str) -> None:
        self.username = username
        self.operator_label.setText(self.tr("Operator: %1").replace("%1", username))
        self.role_label.setText(self.tr("Role: %1").replace("%1", role))
        self.ui.stack.setCurrentIndex(LIST)
        for action in (self.ui.actionNew, self.ui.actionFind, self.ui.actionToday,
                       self.ui.actionAll, self.ui.actionDrafts, self.ui.actionLock):
            action.setEnabled(True)
        self.show_scope(self.ui.scopeCombo.currentIndex())
        self.ui.searchEdit.setFocus()

    def show_locked(self) -> None:
        """Hide every record: empty list, no form, the locked page."""
        if self.form is not None:
            self.ui.editorLayout.removeWidget(self.form)
            self.form.dispose()
            self.form = None
        self.ui.table.setModel(self.empty)
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self.results.set_rows([])
        self.ui.stack.setCurrentIndex(LOCKED)
        self.operator_label.clear()
        self.role_label.clear()
        self.sync_bar.clear()
        for action in (self.ui.actionNew, self.ui.actionFind, self.ui.actionToday,
                       self.ui.actionAll, self.ui.actionDrafts, self.ui.actionLock):
            action.setEnabled(False)

    # -- the list ------------------------------------------------------------------------

    def show_scope(self, index: int) -> None:
        u = self.ui
        u.scopeCombo.blockSignals(True)
        u.scopeCombo.setCurrentIndex(index)
        u.scopeCombo.blockSignals(False)
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        model = self.everything if index == 1 else self.today
        u.listTitle.setText(self.tr("All inspections") if index == 1
                            else self.tr("Today's inspections"))
        u.table.setModel(model)
        model.refresh()
        if self.ui.stack.currentIndex() != LOCKED:
            self.ui.stack.setCurrentIndex(LIST)

    def _fit_columns(self, page: int) -> None:
        """Size the columns to the first page once (later pages keep the widths)."""
        if page == 0 and not self._fitted:
            self.ui.table.resizeColumnsToContents()
            self._fitted = self.ui.table.model().rowCount() > 0

    def _count(self, n: int) -> None:
        self.ui.countLabel.setText(self.tr("%1 inspection(s)").replace("%1", str(n)))

    def focus_search(self) -> None:
        if self.ui.stack.currentIndex() == LOCKED:
            return
        self.leave_editor()
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def search_now(self) -> None:
        self._search_timer.stop()
        text = self.ui.searchEdit.text().strip()
        if not text:
            self.show_scope(self.ui.scopeCombo.currentIndex())
            return

        def rest() -> None:  # the officer scrolled past the first screen
            Op(self.tasks, lambda s: inspections.search(s, text)).success(more_shown).run()

        def more_shown(rows: list[inspections.Summary]) -> None:
            if self.last_search == text and self.ui.table.model() is self.results:
                self.results.extend(rows)
                self.ui.countLabel.setText(self.tr("%1 found").replace(
                    "%1", str(self.results.rowCount())))

        def show(rows: list[inspections.Summary]) -> None:
            if self.ui.searchEdit.text().strip() != text:
                return  # typed on since
            more = len(rows) >= FIRST_SCREEN
            self.results.set_rows(rows, rest if more else None)
            if self.ui.table.model() is not self.results:
                self.ui.table.setModel(self.results)
            self.ui.listTitle.setText(self.tr("Search: %1").replace("%1", text))
            self.ui.countLabel.setText(
                (self.tr("%1+ found") if more else self.tr("%1 found")).replace(
                    "%1", str(len(rows))))
            self.last_search = text
            self.results_shown.emit()

        Op(self.tasks, lambda s: inspections.search(s, text, limit=FIRST_SCREEN)).success(
            show).run()

    def _activated(self, index: QModelIndex) -> None:
        model = self.ui.table.model()
        if index.isValid() and isinstance(model, PagedSummaryModel | SummaryListModel):
            record_id = model.record_id(index.row())
            if record_id:
                self.open_record(record_id)

    # -- the editor ----------------------------------------------------------------------

    def new_inspection(self) -> None:
        if self.ui.stack.currentIndex() == LOCKED:
            return
        self.leave_editor()
        Op(self.tasks, inspections.start).success(lambda insp: self.edit(insp, [])).run()

    def open_record(self, record_id: str) -> None:
        self.leave_editor()
        Op(self.tasks, lambda s: inspections.open_record(s, record_id)).success(
            lambda opened: self.edit(opened.record, opened.amendments)).run()

    def edit(self, insp: Inspection, related: list[Inspection]) -> None:
        self.leave_editor()
        form = InspectionForm(self.tasks, insp, related, autosave_ms=self.autosave_ms)
        form.close_requested.connect(self.leave_editor)
        form.open_requested.connect(self.open_record)
        form.amend_requested.connect(self.amend)
        form.failed.connect(self.show_error)
        form.finalized.connect(lambda _i: self.record_finalized.emit())
        self.form = form
        self.ui.editorLayout.addWidget(form)
        self.ui.stack.setCurrentIndex(EDITOR)
        form.focus_first()

    def leave_editor(self) -> None:
        """Close the form (its draft saved) and go back to the list."""
        if self.form is None:
            return
        form, self.form = self.form, None
        self.ui.editorLayout.removeWidget(form)
        form.dispose()
        self.ui.stack.setCurrentIndex(LIST)
        model = self.ui.table.model()
        if isinstance(model, PagedSummaryModel):
            model.refresh()
        elif self.last_search:
            self.search_now()

    def amend(self, original_id: str) -> None:
        dialog = AmendDialog(self)
        dialog.submitted.connect(lambda reason: Op(
            self.tasks, lambda s: inspections.amend(s, original_id, reason)).success(
            lambda draft: self.open_amendment(draft, original_id)).run())
        dialog.open()
        self.amend_dialog = dialog

    def open_amendment(self, draft: Inspection, original_id: str) -> None:
        self.edit(draft, [])

    # -- messages ------------------------------------------------------------------------

    def show_error(self, error: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Checkpoint"), message_for(error),
                          QMessageBox.StandardButton.Ok, self)
        box.open()
        self.error_box = box

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Checkpoint"), self.tr(
            "Checkpoint: the workstation of the border and customs checkpoint. Records are "
            "kept encrypted on this workstation and sent to headquarters (Sync ▸ Sync now, "
            "F9, and in the background once the workstation is enrolled)."))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form is not None:
            self.form.save_now()
        self.closing.emit()
        super().closeEvent(event)
