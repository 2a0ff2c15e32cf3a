"""The supervisor's sync dialogs: enroll with HQ, and the items HQ refused.

:class:`EnrollDialog` collects HQ's address, the one-time code and the CA file, runs
the enrollment service on the database thread (it needs the session: the workstation's
identity, a journal entry) and tells the supervisor, in words that say what to do, why
a code was refused, HQ could not be verified or reached. :class:`QuarantineDialog`
lists what HQ refused for good (what and why) and offers it to HQ again. Both check
the supervisor role in the services (``Session.require``), not only in the menu.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from checkpoint.errors import SyncError
from checkpoint.gui.forms.ui_enroll import Ui_EnrollDialog
from checkpoint.gui.forms.ui_quarantine import Ui_QuarantineDialog
from checkpoint.gui.list_model import local_time
from checkpoint.gui.messages import enrollment_message, message_for, sync_message
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.gui.sync.controller import SyncController
from checkpoint.services import sync
from checkpoint.services.sync import Quarantined, SyncEngine, SyncReport

if TYPE_CHECKING:
    from checkpoint.services.session import Session

log = logging.getLogger(__name__)


class EnrollDialog(QDialog):
    """Enroll this workstation with HQ (supervisors only)."""

    enrolled = Signal()  # done: the workstation is enrolled (the dialog has closed)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.ui = Ui_EnrollDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Enroll"))
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self._browse)
        self.result_text = ""  # what HQ answered, shown after success

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("HQ's CA certificate"), "",
            self.tr("Certificates (*.pem *.crt);;All files (*)"))
        if path:
            self.ui.caEdit.setText(path)

    def show_error(self, text: str) -> None:
        self.ui.messageLabel.setText(text)

    def busy(self, on: bool) -> None:
        for w in (self.ui.urlEdit, self.ui.codeEdit, self.ui.caEdit, self.ui.browseButton,
                  self.ui.nameEdit, self.ui.buttonBox):
            w.setEnabled(not on)

    def submit(self) -> None:
        url = self.ui.urlEdit.text().strip()
        code = self.ui.codeEdit.text().strip()
        ca = self.ui.caEdit.text().strip()
        label = self.ui.nameEdit.text().strip() or None
        u = self.ui
        for value, edit, text in (
                (url, u.urlEdit, self.tr("Give HQ's address, e.g. https://hq.example:8443.")),
                (code, u.codeEdit, self.tr("Give the one-time code HQ issued for this post.")),
                (ca, u.caEdit, self.tr("Choose HQ's CA certificate (the PEM file HQ gave)."))):
            if not value:
                self.show_error(text)
                edit.setFocus()
                return
        self.show_error(self.tr("Enrolling with HQ…"))
        self.busy(True)

        def work(session: Session) -> sync.Enrolled:  # on the database thread
            session.require("supervisor")
            pem = sync.read_ca(Path(ca))
            return sync.enroll(session, url, code, pem, label=label)

        Op(self.tasks, work, parent=self, label=self.tr("Enrolling with HQ…")).success(
            self._done).failure(self._failed).run()

    def _done(self, done: sync.Enrolled) -> None:
        self.busy(False)
        self.result_text = self.tr(
            "Enrolled with HQ %1 as a workstation of post %2. HQ's key fingerprint is %3: "
            "HQ can confirm it.").replace("%1", done.hq_id).replace("%2", done.post).replace(
            "%3", done.hq_key_fingerprint)
        log.info("enrolled from the app")
        self.accept()
        self.enrolled.emit()

    def _failed(self, error: BaseException) -> None:
        self.busy(False)
        self.show_error(enrollment_message(error))
        self.ui.codeEdit.setFocus()


class QuarantineDialog(QDialog):
    """What HQ refused for good, and why; "Offer to HQ again" (supervisors only)."""

    loaded = Signal()  # the list is on screen (tests wait on it)

    def __init__(self, tasks: TaskManager, sync: SyncController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.sync = tasks, sync
        self.ui = Ui_QuarantineDialog()
        self.ui.setupUi(self)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.retryButton.clicked.connect(self.retry)
        self.ui.closeButton.clicked.connect(self.reject)
        self.items: list[Quarantined] = []
        self.ui.retryButton.setEnabled(False)
        self.reload()

    def _as_supervisor(self, then: Callable[[], None]) -> None:
        """Check the role in the services, then go on (on the GUI thread)."""
        Op(self.tasks, lambda s: s.require("supervisor")).success(lambda _r: then()).failure(
            self._failed).run()

    def reload(self) -> None:
        self._as_supervisor(lambda: self.sync.in_background(
            SyncEngine.quarantined, self._show, self._failed))

    def _show(self, items: list[Quarantined]) -> None:
        self.items = items
        table = self.ui.table
        table.setRowCount(len(items))
        for row, q in enumerate(items):
            for col, text in enumerate((str(q.seq), q.subject, local_time(q.quarantined_at),
                                        q.reason)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if col == 0:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, cell)
        self.ui.retryButton.setEnabled(bool(items))
        if not items and not self.ui.messageLabel.text():
            self._say(self.tr("Nothing is quarantined: HQ accepted everything it was sent."))
        self.loaded.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setProperty("severity", "error" if error else "")
        label.style().unpolish(label)
        label.style().polish(label)

    def retry(self) -> None:
        self.ui.retryButton.setEnabled(False)
        self._say(self.tr("Offering the items to HQ again…"))
        self._as_supervisor(lambda: self.sync.in_background(
            SyncEngine.retry_quarantined, self._retried, self._failed))

    def _retried(self, report: SyncReport) -> None:
        self._say(self.tr(
            "Offered %1 again: %2 accepted by HQ, %3 still refused.").replace(
            "%1", str(report.pushed)).replace("%2", str(report.applied)).replace(
            "%3", str(report.rejected)))
        self.sync.refresh()
        self.reload()

    def _failed(self, error: BaseException) -> None:
        text = sync_message(error) if isinstance(error, SyncError) else message_for(error)
        self._say(text, error=True)
        self.ui.retryButton.setEnabled(bool(self.items))
        self.loaded.emit()
