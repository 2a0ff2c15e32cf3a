"""The Shift menu of the main window: open, close and hand over, acknowledge, review.

Installed by the main window with one line (``ShiftMenu(self, tasks)``), which also
puts up the joint-operation banner (:class:`~checkpoint.gui.operations.bar.NoticeBar`). What it
offers comes from the service each time it opens (``shifts.status``: whether a
shift is open, what waits for acknowledgement or review, whether the operator may
manage shifts), so it needs no hook into login or lock: a locked workstation has no
session and the menu's entries stay disabled.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox

from checkpoint.gui.messages import message_for
from checkpoint.gui.operations.bar import NoticeBar
from checkpoint.gui.operations.report import OperationReportDialog
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.gui.review.dialogs import CloseShiftDialog, OpenShiftDialog
from checkpoint.gui.review.models import local_time
from checkpoint.services import operations, settings, shifts


class ShiftMenu(QMenu):
    changed = Signal()  # a shift was opened, closed or acknowledged here
    operation_reported = Signal(str)  # the id of the operation report record made
    acknowledged = Signal(str)  # the shift whose handover was acknowledged here

    def __init__(self, window: QMainWindow, tasks: TaskManager) -> None:
        # no Alt+letter: every letter of "Shift" and "Зміна" already leads to a field of the
        # form (tests/gui/inspection/test_keyboard_and_screen.py); F10 or Alt reaches it
        super().__init__(QCoreApplication.translate("ShiftMenu", "Shift"), window)
        self.window_ = window
        self.tasks = tasks
        self.status: shifts.Status | None = None
        self.open_action = QAction(self.tr("&Open shift…"), self)
        self.close_action = QAction(self.tr("&Close shift and hand over…"), self)
        self.ack_action = QAction(self.tr("&Acknowledge handover"), self)
        self.review_action = QAction(self.tr("&Review shift…"), self)
        self.review_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.operation_report_action = QAction(self.tr("Joint &operation report…"), self)
        self.status_action = QAction(self.tr("Shift status"), self)
        self.status_action.setEnabled(False)
        for action in (self.status_action, None, self.open_action, self.close_action,
                       self.ack_action, None, self.review_action, None,
                       self.operation_report_action):
            if action is None:
                self.addSeparator()
            else:
                self.addAction(action)
        self._enable(None)
        self.open_action.triggered.connect(self.ask_open)
        self.close_action.triggered.connect(self.ask_close)
        self.ack_action.triggered.connect(self.acknowledge)
        self.review_action.triggered.connect(lambda: self.open_review())
        self.operation_report_action.triggered.connect(self.ask_operation_report)
        self.aboutToShow.connect(self.refresh)
        window.addAction(self.review_action)  # the shortcut works with the menu closed
        bar = window.menuBar()
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], self)  # before Help
        else:
            bar.addMenu(self)
        self.review: Any = None
        self.notices = NoticeBar(window, tasks)  # the joint-operation banner beside it

    def refresh(self) -> None:
        Op(self.tasks, shifts.status).success(self._enable).failure(
            lambda _e: self._enable(None)).run()

    def _enable(self, status: shifts.Status | None) -> None:
        self.status = status
        manage = status is not None and status.may_manage
        self.open_action.setEnabled(manage and status is not None and status.current is None)
        self.close_action.setEnabled(manage and status is not None
                                     and status.current is not None)
        self.ack_action.setEnabled(manage and status is not None
                                   and status.awaiting_acknowledgement is not None)
        # without a status (not asked yet, or locked) the shortcut still tries; the service
        # answers (an inspector is refused, a locked workstation says so)
        self.review_action.setEnabled(status is None or (manage and status.last is not None))
        self.operation_report_action.setEnabled(manage)
        if status is None:
            self.status_action.setText(self.tr("Shift status"))
        elif status.current is None:
            self.status_action.setText(self.tr("No shift open: records are outside a shift"))
        else:
            self.status_action.setText(self.tr("Shift open since %1 (%2)").replace(
                "%1", local_time(status.current.opened_at)).replace(
                "%2", status.current.supervisor))

    def message(self, error: BaseException) -> str:
        """The service's refusal in words; a problem names the shift as its record."""
        return message_for(error, record=self.tr("Shift"))

    def _error(self, error: BaseException) -> None:
        QMessageBox.warning(self.window_, self.tr("Shift"), self.message(error))

    def ask_open(self) -> None:
        def show(code: str) -> None:
            dialog = OpenShiftDialog(code, self.window_)
            dialog.submitted.connect(lambda officers, lanes, cp: self.open_shift(
                dialog, officers, lanes, cp))
            dialog.open()
            self.dialog: QDialog = dialog

        Op(self.tasks, lambda s: settings.load(s.layout.home).checkpoint_code).success(
            show).run()

    def open_shift(self, dialog: OpenShiftDialog, officers: list[str], lanes: list[str],
                   checkpoint: str) -> None:
        Op(self.tasks, lambda s: shifts.open_shift(s, officers=officers, lanes=lanes,
                                                   checkpoint=checkpoint or None)).success(
            lambda _s: self._done(dialog)).failure(
            lambda e: dialog.show_error(self.message(e))).run()

    def _done(self, dialog: QDialog) -> None:
        dialog.accept()
        self.refresh()
        self.changed.emit()

    def ask_close(self) -> None:
        dialog = CloseShiftDialog(self.window_)
        dialog.submitted.connect(lambda note, items: Op(
            self.tasks, lambda s: shifts.close_shift(s, note=note, open_items=items)).success(
            lambda _s: self._done(dialog)).failure(
            lambda e: dialog.show_error(self.message(e))).run())
        dialog.open()
        self.dialog = dialog

    def acknowledge(self) -> None:
        """Show the relieving supervisor what is handed over (the note, the open items),
        and acknowledge it when they confirm."""
        def ask(status: shifts.Status) -> None:
            shift = status.awaiting_acknowledgement
            if shift is None or shift.handover is None:
                self._enable(status)
                return
            h = shift.handover
            text = self.tr("Shift of %1 at %2, closed by %3 at %4.").replace(
                "%1", shift.supervisor).replace("%2", shift.checkpoint).replace(
                "%3", h.closed_by).replace("%4", local_time(h.closed_at))
            details = "\n".join([self.tr("Handover note:"), h.note, "",
                                  self.tr("Open items:")] + (
                [f"• {item}" for item in h.open_items] or [self.tr("none")]))
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Acknowledge the handover"),
                              text + "\n\n" + details, QMessageBox.StandardButton.Cancel,
                              self.window_)
            accept = box.addButton(self.tr("&Acknowledge"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(accept)
            box.buttonClicked.connect(
                lambda button: self._acknowledge(shift.shift_id) if button is accept else None)
            box.open()
            self.handover_box = box

        Op(self.tasks, shifts.status).success(ask).failure(self._error).run()

    def _acknowledge(self, shift_id: str) -> None:
        def done(shift: Any) -> None:
            self.changed.emit()
            self.refresh()
            self.acknowledged.emit(shift.shift_id)

        Op(self.tasks, lambda s: shifts.acknowledge_handover(s, shift_id)).success(done).failure(
            self._error).run()

    def ask_operation_report(self) -> None:
        """The post's report on a joint operation (its linked inspections and remarks)."""
        def show(held: list[operations.PostNotice]) -> None:
            dialog = OperationReportDialog(held, self.window_)
            dialog.submitted.connect(lambda operation_id, remarks: self.report_operation(
                dialog, operation_id, remarks))
            dialog.open()
            self.dialog = dialog

        Op(self.tasks, lambda s: operations.notices(s, include_past=True)).success(
            show).failure(self._error).run()

    def report_operation(self, dialog: OperationReportDialog, operation_id: str,
                         remarks: str) -> None:
        def done(doc: dict[str, Any]) -> None:
            dialog.accept()
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Joint operation report"),
                              self.tr("The operation report is made: %1 linked inspection(s). "
                                      "It goes to HQ with the next sync.").replace(
                                  "%1", str(len(doc["linked"]))),
                              QMessageBox.StandardButton.Ok, self.window_)
            box.open()
            self.message_box = box
            self.operation_reported.emit(str(doc["id"]))

        Op(self.tasks, lambda s: operations.report(s, operation_id, remarks)).success(
            done).failure(lambda e: dialog.show_error(message_for(e))).run()

    def open_review(self, shift_id: str | None = None) -> Any:
        from checkpoint.gui.review.window import ReviewWindow

        window = ReviewWindow(self.tasks, shift_id, self.window_)
        window.show()
        window.fit_to_screen()
        window.load()
        self.review = window
        return window
