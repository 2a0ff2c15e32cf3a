"""The main window: today's inspections, search, the inspection being edited.

The central area is a stack of three pages: the list (today's inspections, all
inspections, or search results: :class:`~checkpoint.gui.record_list.RecordList`), the
editor (one :class:`InspectionForm`) and the locked page, which shows nothing of the
records. The status bar shows the
operator, their role and the sync (:class:`~checkpoint.gui.sync.status_bar.SyncBar`: state,
progress, clock warning, how many records HQ has not acknowledged yet) and a warning
while a watchlist held is older than its maximum age; the Sync
menu is wired by :class:`~checkpoint.gui.sync.menu.SyncUi`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from checkpoint.domain.inspection import Inspection
from checkpoint.gui.about_box import show_about
from checkpoint.gui.dialogs import AmendDialog
from checkpoint.gui.forms.ui_main_window import Ui_MainWindow
from checkpoint.gui.inspection import InspectionForm
from checkpoint.gui.messages import message_for, role_name
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.gui.record_list import ALL, TODAY, RecordList
from checkpoint.gui.review.menu import ShiftMenu
from checkpoint.gui.scan_routing import ScanRouter
from checkpoint.gui.sync.status_bar import SyncBar
from checkpoint.gui.sync.watchlist_age import WatchlistAgeWarning
from checkpoint.services import inspections, ownership
from checkpoint.services.ownership import Access
from checkpoint.services.session import Session

log = logging.getLogger(__name__)

LIST, EDITOR, LOCKED = 0, 1, 2


class MainWindow(QMainWindow):
    closing = Signal()
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
        self.records = RecordList(u, tasks, self)
        self._status()
        self._connect()
        self.scans = ScanRouter(self, LOCKED)  # a document reader typing anywhere in here
        self.shift_menu = ShiftMenu(self, tasks)
        self.show_locked()

    def _status(self) -> None:
        bar = self.statusBar()
        self.operator_label = QLabel()
        self.role_label = QLabel()
        self.sync_bar = SyncBar()
        self.watchlist_warning = WatchlistAgeWarning()  # a list older than its maximum age
        for w in (self.operator_label, self.role_label, self.sync_bar, self.watchlist_warning):
            bar.addWidget(w)
        bar.addPermanentWidget(self.sync_bar.count_label)

    def _connect(self) -> None:
        u = self.ui
        u.actionNew.triggered.connect(self.new_inspection)
        u.newButton.clicked.connect(self.new_inspection)
        u.actionFind.triggered.connect(self.focus_search)
        u.actionToday.triggered.connect(lambda: self.show_scope(TODAY))
        u.actionAll.triggered.connect(lambda: self.show_scope(ALL))
        u.actionQuit.triggered.connect(self.close)
        u.actionAbout.triggered.connect(self._about)
        self.records.open_requested.connect(self.open_record)
        self.records.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.tasks.error.connect(self.show_error)

    # -- who is logged in ----------------------------------------------------------------

    def unlock(self, username: str, role: str) -> None:
        self.username = username
        self.operator_label.setText(self.tr("Operator: %1").replace("%1", username))
        self.role_label.setText(self.tr("Role: %1").replace("%1", role_name(role)))
        self.ui.stack.setCurrentIndex(LIST)
        self.menuBar().setEnabled(True)
        self.ui.toolBar.setEnabled(True)
        for action in (self.ui.actionNew, self.ui.actionFind, self.ui.actionToday,
                       self.ui.actionAll, self.ui.actionDrafts, self.ui.actionLock):
            action.setEnabled(True)
        self.show_scope(self.ui.scopeCombo.currentIndex())
        self.records.focus_search()

    def show_locked(self) -> None:
        """Hide every record: empty list, no form, the locked page."""
        if self.form is not None:
            self.ui.editorLayout.removeWidget(self.form)
            self.form.dispose()
            self.form = None
        self.records.hide_records()
        self.ui.stack.setCurrentIndex(LOCKED)
        self.operator_label.clear()
        self.role_label.clear()
        self.sync_bar.clear()
        self.watchlist_warning.clear()
        self.menuBar().setEnabled(False)  # locked means nothing but the login (gui/lock.py)
        self.ui.toolBar.setEnabled(False)
        for action in (self.ui.actionNew, self.ui.actionFind, self.ui.actionToday,
                       self.ui.actionAll, self.ui.actionDrafts, self.ui.actionLock):
            action.setEnabled(False)

    # -- the list (gui/record_list.py) ----------------------------------------------------

    def show_scope(self, index: int) -> None:
        """Today's (``TODAY``) or all (``ALL``) inspections on the list page."""
        self.records.show_scope(index)
        if self.ui.stack.currentIndex() != LOCKED:
            self.ui.stack.setCurrentIndex(LIST)

    def focus_search(self) -> None:
        if self.ui.stack.currentIndex() == LOCKED:
            return
        self.leave_editor()
        self.records.focus_search()

    # -- the editor ----------------------------------------------------------------------

    def new_inspection(self) -> None:
        if self.ui.stack.currentIndex() == LOCKED:
            return
        self.leave_editor()
        Op(self.tasks, inspections.start).success(lambda insp: self.edit(insp, [])).run()

    def open_record(self, record_id: str) -> None:
        self.leave_editor()

        def read(s: Session) -> tuple[inspections.OpenedRecord, Access]:
            opened = inspections.open_record(s, record_id)
            return opened, ownership.access(s, opened.record)  # another's draft: read-only

        Op(self.tasks, read).success(
            lambda found: self.edit(found[0].record, found[0].amendments, found[1])).run()

    def edit(self, insp: Inspection, related: list[Inspection],
             access: Access | None = None) -> None:
        self.leave_editor()
        form = InspectionForm(self.tasks, insp, related, autosave_ms=self.autosave_ms,
                              access=access)
        form.close_requested.connect(self.leave_editor)
        form.open_requested.connect(self.open_record)
        form.amend_requested.connect(self.amend)
        form.case_requested.connect(self.open_case)
        form.failed.connect(self.show_error)
        form.finalized.connect(lambda _i: self.record_finalized.emit())
        self.form = form
        self.ui.editorLayout.addWidget(form)
        self.ui.stack.setCurrentIndex(EDITOR)
        form.focus_first()

    def open_case(self, inspection_id: str, finding_id: str) -> None:
        """An offence case prefilled from a finding, in its own dialog."""
        from checkpoint.gui.cases import open_case  # the cases' GUI loads when first used

        open_case(self.tasks, self, inspection_id=inspection_id, finding_id=finding_id)

    def leave_editor(self) -> None:
        """Close the form (its draft saved) and go back to the list."""
        if self.form is None:
            return
        form, self.form = self.form, None
        self.ui.editorLayout.removeWidget(form)
        form.dispose(drop_if_empty=True)
        self.ui.stack.setCurrentIndex(LIST)
        self.records.refresh()

    def refresh_list(self) -> None:
        """Read the list shown again (a draft was discarded elsewhere)."""
        self.records.refresh()

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
        show_about(self, self.tasks, self.ui.stack.currentIndex() != LOCKED)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form is not None:
            self.form.save_now()
        self.closing.emit()
        super().closeEvent(event)
