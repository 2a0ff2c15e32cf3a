"""The sync part of the status bar, and the words it uses.

One button shows the state with its icon (offline, syncing with the phase and the
counts, up to date with the time of the last success, error with the reason; click
it for the details and the action to take); a Cancel button is there while a sync
runs; a warning appears when this workstation's clock is more than 300 s off HQ's;
the count of records HQ has not acknowledged (and of items it refused) is on the
right. Nothing here reads anything: :meth:`SyncBar.show_status` is given what the
:class:`~checkpoint.gui.sync.controller.SyncController` read.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from checkpoint.errors import CheckpointError
from checkpoint.gui import messages
from checkpoint.gui.list_model import local_time
from checkpoint.services.sync import SyncState, SyncStatus

OFFLINE, SYNCING = SyncState.OFFLINE, SyncState.SYNCING
UP_TO_DATE, ERROR = SyncState.UP_TO_DATE, SyncState.ERROR

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")

#: The state text is elided past this width (the whole sentence is in the tooltip).
STATE_WIDTH_PX = 360
ICONS = {UP_TO_DATE: ":/icons/ok.svg", SYNCING: ":/icons/sync.svg",
         OFFLINE: ":/icons/offline.svg", ERROR: ":/icons/fail.svg"}



def _fill(text: str, *values: object) -> str:
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", str(value))
    return text


def duration(seconds: float) -> str:
    """``42 s``, ``7 min``, ``1 h 05 min``."""
    s = round(abs(seconds))
    if s < 60:
        return _fill(translate("Sync", "%1 s"), s)
    if s < 3600:
        return _fill(translate("Sync", "%1 min"), s // 60)
    return _fill(translate("Sync", "%1 h %2 min"), s // 3600, f"{s % 3600 // 60:02d}")


def skew_text(status: SyncStatus, *, short: bool = False) -> str:
    """The clock warning, or "" when the clocks agree well enough."""
    if not status.skew_warning or status.clock_skew is None:
        return ""
    # clock_skew is HQ's clock minus ours: positive means this workstation is behind
    behind = status.clock_skew > 0
    if short:
        text = (translate("Sync", "Clock %1 behind HQ") if behind
                else translate("Sync", "Clock %1 ahead of HQ"))
    elif behind:
        text = translate("Sync", "This workstation's clock is %1 behind HQ's. Sync still works, "
                                 "but the times on new records are wrong: set the clock right.")
    else:
        text = translate("Sync", "This workstation's clock is %1 ahead of HQ's. Sync still works, "
                                 "but the times on new records are wrong: set the clock right.")
    return text.replace("%1", duration(status.clock_skew))


def progress_text(status: SyncStatus) -> str:
    p = status.progress
    if p is None:
        return translate("Sync", "Syncing…")
    if p.phase == "push":
        if p.total:
            return _fill(translate("Sync", "Syncing: sending %1 of %2…"), p.done, p.total)
        return translate("Sync", "Syncing: sending…")
    return _fill(translate("Sync", "Syncing: receiving %1…"), p.done)


def state_text(status: SyncStatus, problem: CheckpointError | None) -> str:
    """The one line the status bar shows for the sync."""
    if not status.enrolled:
        return translate("Sync", "Offline – not enrolled with HQ")
    if status.state == SYNCING:
        return progress_text(status)
    if status.state == UP_TO_DATE:
        return _fill(translate("Sync", "Up to date – last sync %1"),
                     local_time(status.last_success or ""))
    if status.state == OFFLINE:
        if status.last_success is None and status.reason and problem is None:
            return translate("Sync", "Offline – not synchronised with HQ yet")
        return translate("Sync", "Offline – HQ cannot be reached; retrying")
    return _fill(translate("Sync", "Sync error: %1"), reason_of(status, problem))


def reason_of(status: SyncStatus, problem: CheckpointError | None) -> str:
    """Why the sync is not up to date, in the officer's language (by code)."""
    if problem is not None:
        return messages.reason_text(problem.code, problem.params, str(problem))
    return messages.reason_text(status.code, status.params, status.reason)


def details_text(status: SyncStatus, problem: CheckpointError | None) -> str:
    """Everything about the sync, with the action to take (the state button's dialog)."""
    lines = [state_text(status, problem)]
    if not status.enrolled:
        lines.append(translate("Sync", "A supervisor enrolls this workstation with HQ: Sync ▸ "
                                       "Enroll with HQ…, with the address, a one-time code "
                                       "and HQ's CA certificate."))
    else:
        when = (local_time(status.last_success) if status.last_success
                else translate("Sync", "never"))
        lines.append(_fill(translate("Sync", "Last successful sync: %1"), when))
        if problem is not None:
            lines.append(messages.sync_message(problem))
        elif status.state == ERROR and (status.reason or status.code):
            lines.append(reason_of(status, None))
    lines.append(count_text(status))
    skew = skew_text(status)
    if skew:
        lines.append(skew)
    return "\n\n".join(lines)


def count_text(status: SyncStatus) -> str:
    text = _fill(translate("Sync", "Not yet acknowledged by HQ: %1"), status.unacknowledged)
    if status.quarantined:
        text += " · " + _fill(translate("Sync", "refused by HQ: %1"), status.quarantined)
    return text


class SyncBar(QWidget):
    """State button, Cancel (while syncing), clock warning; the count is a separate label
    (:attr:`count_label`) for the status bar's permanent area."""

    details_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.state_button = QToolButton(self)
        self.state_button.setObjectName("syncState")
        self.state_button.setAutoRaise(True)
        self.state_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.state_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.state_button.clicked.connect(self.details_requested)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.setIcon(QIcon(":/icons/stop.svg"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the sync at the next safe point (Shift+F9)"))
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.skew_button = QToolButton(self)
        self.skew_button.setObjectName("clockWarning")
        self.skew_button.setIcon(QIcon(":/icons/warning.svg"))
        self.skew_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.skew_button.setAutoRaise(True)
        self.skew_button.clicked.connect(self.details_requested)
        for w in (self.state_button, self.cancel_button, self.skew_button):
            layout.addWidget(w)
        self.count_label = QLabel()
        self.count_label.setObjectName("unackedCount")
        self._icon: str | None = None
        self.state_text = ""  # the whole line (the button may show it elided)
        self.clear()

    def clear(self) -> None:
        """Locked: nothing about the sync is shown."""
        self.state_text = ""
        for w in (self.state_button, self.cancel_button, self.skew_button):
            w.hide()
        self.count_label.clear()

    def show_status(self, status: SyncStatus | None, problem: CheckpointError | None) -> None:
        if status is None:
            self.clear()
            return
        text = state_text(status, problem)
        self.state_text = text
        icon = ICONS[OFFLINE] if not status.enrolled else ICONS.get(status.state, ICONS[ERROR])
        if icon != self._icon:
            self.state_button.setIcon(QIcon(icon))
            self._icon = icon
        metrics = self.state_button.fontMetrics()
        self.state_button.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                     STATE_WIDTH_PX))
        tip = (reason_of(status, problem) or text) if status.state in (OFFLINE, ERROR) else text
        self.state_button.setToolTip(tip + "\n" + self.tr("Click for details."))
        severity = "error" if status.state == ERROR else ""
        if self.state_button.property("severity") != severity:
            self.state_button.setProperty("severity", severity)
            self.state_button.style().unpolish(self.state_button)
            self.state_button.style().polish(self.state_button)
        self.state_button.show()
        self.cancel_button.setVisible(status.state == SYNCING)
        self.skew_button.setText(skew_text(status, short=True))
        self.skew_button.setToolTip(skew_text(status))
        self.skew_button.setVisible(status.skew_warning)
        self.count_label.setText(count_text(status))
