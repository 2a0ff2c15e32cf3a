"""Sync in the main window: the Sync menu, the toolbar's "Sync now", the status bar.

:class:`SyncUi` ties a :class:`~checkpoint.gui.sync.controller.SyncController` to the
main window: "Sync now" (F9), "Cancel sync" (Shift+F9, and the Cancel button in the
status bar while a sync runs), the status details, and for supervisors "Enroll with
HQ…" (while not enrolled) and "Items refused by HQ…". The app calls :meth:`start` after
a login and :meth:`stop` before the session closes (lock, quit).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from checkpoint.errors import CheckpointError
from checkpoint.gui.messages import sync_message
from checkpoint.gui.sync.controller import SyncController, SyncOptions
from checkpoint.gui.sync.dialogs import EnrollDialog, QuarantineDialog
from checkpoint.gui.sync.status_bar import details_text
from checkpoint.gui.sync.watchlist_age import WatchlistAgeWatcher

if TYPE_CHECKING:
    from checkpoint.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class SyncUi(QObject):
    def __init__(self, window: MainWindow, options: SyncOptions | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.controller = SyncController(window.tasks, options, self)
        self.ages = WatchlistAgeWatcher(window.tasks, window.watchlist_warning,
                                        interval_ms=self.controller.options.watchlist_check_ms,
                                        parent=self)
        self.role: str | None = None
        self.enroll_dialog: EnrollDialog | None = None
        self.quarantine_dialog: QuarantineDialog | None = None
        self.message_box: QMessageBox | None = None
        u, c = window.ui, self.controller
        u.actionSyncNow.triggered.connect(self.sync_now)
        u.actionCancelSync.triggered.connect(c.cancel)
        u.actionSyncStatus.triggered.connect(self.show_details)
        u.actionEnroll.triggered.connect(self.enroll)
        u.actionQuarantine.triggered.connect(self.show_quarantine)
        window.sync_bar.cancel_requested.connect(c.cancel)
        window.sync_bar.details_requested.connect(self.show_details)
        window.record_finalized.connect(c.record_finalized)
        c.changed.connect(self._changed)
        c.attention.connect(self.show_problem)
        c.run_finished.connect(self.ages.check)
        self._changed()

    # -- session ---------------------------------------------------------------------------

    def start(self, role: str) -> None:
        """After a login: sync in the background (if enrolled) and show its status."""
        self.role = role
        self.controller.start()
        self.ages.start()
        self._changed()

    def stop(self) -> None:
        """Before the session closes: stop the sync, close the sync dialogs."""
        self.role = None
        for dialog in (self.enroll_dialog, self.quarantine_dialog, self.message_box):
            if dialog is not None:
                dialog.close()
        self.enroll_dialog = self.quarantine_dialog = self.message_box = None
        self.ages.stop()
        self.controller.stop()
        self._changed()

    # -- what is shown -----------------------------------------------------------------------

    def _changed(self) -> None:
        c, u = self.controller, self.window.ui
        status = c.status
        self.window.sync_bar.show_status(status, c.problem)
        logged_in = self.role is not None
        supervisor = self.role == "supervisor"
        enrolled = status is not None and status.enrolled
        u.actionSyncNow.setEnabled(logged_in)
        u.actionSyncStatus.setEnabled(status is not None)
        u.actionCancelSync.setEnabled(c.syncing)
        u.actionEnroll.setEnabled(supervisor and status is not None and not enrolled)
        u.actionQuarantine.setEnabled(supervisor and enrolled)

    def sync_now(self) -> None:
        """"Sync now" (F9); when not enrolled, what to do instead."""
        status = self.controller.status
        if status is not None and not status.enrolled:
            self.show_details()
        else:
            self.controller.sync_now()

    def show_details(self) -> None:
        status = self.controller.status
        if status is None:
            return
        self._message(QMessageBox.Icon.Information, details_text(status, self.controller.problem))

    def show_problem(self, error: CheckpointError) -> None:
        """A sync the operator asked for failed in a way that needs them."""
        self._message(QMessageBox.Icon.Warning, sync_message(error))

    def _message(self, icon: QMessageBox.Icon, text: str) -> None:
        if self.message_box is not None:
            self.message_box.close()
        box = QMessageBox(icon, self.tr("Sync with HQ"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.open()
        self.message_box = box

    # -- supervisor ----------------------------------------------------------------------------

    def enroll(self) -> None:
        if self.role != "supervisor":
            return
        dialog = EnrollDialog(self.window.tasks, self.window)

        def enrolled() -> None:
            if self.enroll_dialog is not dialog or self.role is None:
                return  # locked meanwhile: the next login starts the sync
            self.enroll_dialog = None
            self._message(QMessageBox.Icon.Information, dialog.result_text)
            self.controller.start()  # now enrolled: the first sync runs at once

        dialog.enrolled.connect(enrolled)
        self.enroll_dialog = dialog
        dialog.open()

    def show_quarantine(self) -> None:
        if self.role != "supervisor" or not self.controller.enrolled:
            return
        dialog = QuarantineDialog(self.window.tasks, self.controller, self.window)
        self.quarantine_dialog = dialog
        dialog.open()
