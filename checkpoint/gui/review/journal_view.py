"""The journal's verification in the review window: its result, and the whole check.

The shift's own entries are verified when the review opens (milliseconds); the whole
journal on demand, a slice at a time (:mod:`checkpoint.services.shifts.whole_check`),
with a progress bar and a Cancel between slices, so the database thread keeps serving
the officers' work and the supervisor can go on reading the review meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from checkpoint.gui.messages import message_for
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services.shifts import whole_check
from checkpoint.services.shifts.review import JournalCheck


class JournalView(QObject):
    """The label, the *Verify the whole journal* button, its progress bar and Cancel."""

    checked = Signal(object)  # a JournalCheck was shown
    ended = Signal()          # a whole check ended without a result (cancelled, failed)
    progress = Signal(int)    # entries of the whole journal verified so far

    def __init__(self, tasks: TaskManager, window: QWidget) -> None:
        super().__init__(window)
        self.tasks = tasks
        self.window_ = window
        self.cancelled = False
        self.label = QLabel(self.tr("Verifying the journal…"))
        self.verify_button = QPushButton(self.tr("Verify the whole journal"))
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.bar.hide()
        self.cancel_button = QPushButton(self.tr("Cancel the verification"))
        self.cancel_button.hide()
        self.verify_button.clicked.connect(self.verify_whole)
        self.cancel_button.clicked.connect(self.cancel_whole)

    def show(self, check: JournalCheck) -> None:
        """Show a verification's result (the shift's or the whole journal's)."""
        if check.intact:
            if check.scope == "whole":
                shown = self.tr("Whole journal verified: intact (%1 entries).").replace(
                    "%1", str(check.entries))
            else:
                shown = self.tr("Journal of the shift verified: intact (entries %1 to %2%3)."
                                ).replace("%1", str(check.first)).replace(
                    "%2", str(check.first + check.entries - 1)).replace(
                    "%3", self.tr(", anchored at signed checkpoint %1").replace(
                        "%1", str(check.anchor)) if check.anchor else "")
            self.label.setText(shown)
            self.label.setStyleSheet("color: #1b6e20")
        else:
            self.label.setText(self.tr("Journal BROKEN from entry %1: %2").replace(
                "%1", str(check.first_bad)).replace("%2", check.message))
            self.label.setStyleSheet("color: #b3261e; font-weight: bold")
        self.checked.emit(check)

    def verify_whole(self) -> None:
        """Check every entry since the workstation was set up: half a minute at a million
        entries, so a slice at a time (:mod:`~checkpoint.services.shifts.whole_check`),
        with the progress shown and a Cancel between slices; the database thread serves
        the officers' work in between."""
        self.label.setText(self.tr("Verifying the whole journal…"))
        self.label.setStyleSheet("")
        self.verify_button.setEnabled(False)
        self.cancelled = False
        self.bar.setValue(0)
        self.bar.show()
        self.cancel_button.show()
        Op(self.tasks, whole_check.start).success(self._walk).failure(self._walk_failed).run()

    def cancel_whole(self) -> None:
        self.cancelled = True
        self.cancel_button.setEnabled(False)

    def _walk_ended(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self.verify_button.setEnabled(True)

    def _walk_failed(self, error: BaseException) -> None:
        self._walk_ended()
        self.label.setText(message_for(error))

    def _walk(self, walk: whole_check.Walk) -> None:
        if walk.result is not None:
            self._walk_ended()
            self.show(walk.result)
            return
        if self.cancelled or not self.window_.isVisible():
            self._walk_ended()
            self.label.setText(self.tr(
                "Verification of the whole journal cancelled after %1 of %2 entries.").replace(
                "%1", str(walk.checked)).replace("%2", str(walk.total)))
            Op(self.tasks, lambda s: whole_check.cancel(s, walk)).failure(
                lambda _e: None).run()
            self.ended.emit()
            return
        self.bar.setMaximum(max(walk.total, 1))
        self.bar.setValue(walk.checked)
        self.bar.setFormat(self.tr("%1 of %2 entries").replace(
            "%1", str(walk.checked)).replace("%2", str(walk.total)))
        self.progress.emit(walk.checked)
        Op(self.tasks, lambda s: whole_check.step(s, walk)).success(self._walk).failure(
            self._walk_failed).run()
