"""Joint-operation notices in the main window: a banner that cannot be overlooked.

:class:`NoticeBar` is a tool bar across the top of the main window. It shows every
current notice the post has not acknowledged (at once when the pull brings one, and
at login), with an *Acknowledge* button (the service lets only a supervisor). While
an inspection is open it also shows the operations whose targets the inspection
matches, with *Link to operation…*; a controlled-delivery target (``do not
intercept``) turns the bar red and, the first time it matches an inspection, stops
the officer with a warning that must be confirmed.

It polls the services every :data:`POLL_MS` while the workstation is unlocked (two
small index reads), so it needs no hook into the sync or the form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
    QWidget,
)

from checkpoint.gui.messages import message_for
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services import operations

POLL_MS = 3000
NOTICE_STYLE = "background: #fff4d6; color: #1d232b; padding: 4px"
STOP_STYLE = "background: #b3261e; color: white; font-weight: bold; padding: 4px"


class LinkDialog(QDialog):
    submitted = Signal(dict)

    def __init__(self, title: str, fields: tuple[str, ...], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to operation %1").replace("%1", title))
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        for name in fields:
            self.edits[name] = QLineEdit()
            form.addRow(name.replace("_", " ") + ":", self.edits[name])
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(
            lambda: self.submitted.emit({k: e.text().strip() for k, e in self.edits.items()}))
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)


class NoticeBar(QToolBar):
    changed = Signal()  # what the bar shows was updated (tests wait on it)

    def __init__(self, window: QMainWindow, tasks: TaskManager) -> None:
        super().__init__(QCoreApplication.translate("NoticeBar", "Joint operations"), window)
        self.window_ = window
        self.tasks = tasks
        self.setObjectName("noticeBar")
        self.setMovable(False)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.ack_button = QPushButton(self.tr("Acknowledge"))
        self.link_button = QPushButton(self.tr("Link to operation…"))
        self.addWidget(self.text)
        # in a tool bar a widget is shown and hidden through its action
        self.ack_action = self.addWidget(self.ack_button)
        self.link_action = self.addWidget(self.link_button)
        self.ack_button.clicked.connect(self.acknowledge)
        self.link_button.clicked.connect(self.ask_link)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.hide()
        self.pending: list[operations.PostNotice] = []
        self.matched: list[operations.Match] = []
        self.inspection_id: str | None = None
        self.warned: set[tuple[str, str]] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self._busy = False

    def _unlocked(self) -> bool:
        ui = getattr(self.window_, "ui", None)
        return ui is not None and ui.actionLock.isEnabled()

    def poll(self) -> None:
        if self._busy:
            return
        if not self._unlocked():
            self.pending, self.matched = [], []
            self._show()
            return
        form = getattr(self.window_, "form", None)
        doc = form.insp.to_document() if form is not None else None

        def work(s: Any) -> tuple[list[operations.PostNotice], list[operations.Match]]:
            found = operations.pending(s)
            return found, operations.match_inspection(s, doc) if doc else []

        def done(result: tuple[list[operations.PostNotice], list[operations.Match]]) -> None:
            self._busy = False
            self.pending, self.matched = result
            self.inspection_id = None if doc is None else str(doc["id"])
            self._show()
            self._warn()

        def failed(_e: BaseException) -> None:
            self._busy = False

        self._busy = True
        try:
            Op(self.tasks, work).success(done).failure(failed).run()
        except RuntimeError:  # the program is shutting down: its database thread is gone
            self.timer.stop()

    def _show(self) -> None:
        lines = []
        stop = False
        for m in self.matched:
            for t in m.targets:
                if t.action == "do_not_intercept":
                    stop = True
                    lines.append(self.tr("CONTROLLED DELIVERY — DO NOT INTERCEPT: this "
                                         "inspection matches target %1 of operation %2. "
                                         "Let it pass; report only. %3")
                                 .replace("%1", t.value).replace("%2", m.notice.title)
                                 .replace("%3", t.note))
                else:
                    lines.append(self.tr("This inspection matches target %1 of operation %2 "
                                         "(%3).").replace("%1", t.value)
                                 .replace("%2", m.notice.title).replace("%3", t.action))
        for p in self.pending:
            n = p.notice
            head = self.tr("Joint operation %1 (until %2): %3").replace("%1", n.title).replace(
                "%2", n.valid_to[:10]).replace("%3", n.instructions.splitlines()[0]
                                              if n.instructions else "")
            if n.controlled_delivery:
                head += " " + self.tr("Controlled delivery: some targets must NOT be "
                                      "intercepted.")
                stop = True
            lines.append(head)
        self.text.setText("\n".join(lines))
        self.text.setStyleSheet(STOP_STYLE if stop else NOTICE_STYLE)
        self.ack_action.setVisible(bool(self.pending))
        self.link_action.setVisible(bool(self.matched))
        self.setVisible(bool(lines))
        self.changed.emit()

    def _warn(self) -> None:
        for m in self.matched:
            key = (m.notice.id, self.inspection_id or "")
            if m.do_not_intercept and key not in self.warned:
                self.warned.add(key)
                box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Do not intercept"),
                                  self.text.text(), QMessageBox.StandardButton.Ok,
                                  self.window_)
                box.open()
                self.warning = box

    def acknowledge(self) -> None:
        if not self.pending:
            return
        notice = self.pending[0].notice
        Op(self.tasks, lambda s: operations.acknowledge(s, notice.id)).success(
            lambda _d: self.poll()).failure(self._error).run()

    def _error(self, error: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Joint operation"),
                          message_for(error), QMessageBox.StandardButton.Ok, self.window_)
        box.open()
        self.error_box = box

    def ask_link(self) -> None:
        if not self.matched or self.inspection_id is None:
            return
        m = self.matched[0]
        inspection_id = self.inspection_id
        dialog = LinkDialog(m.notice.title, m.notice.reporting, self.window_)

        def submit(fields: dict[str, str]) -> None:
            Op(self.tasks, lambda s: operations.link(s, m.notice.id, inspection_id, fields)
               ).success(lambda _d: dialog.accept()).failure(
                lambda e: dialog.error.setText(message_for(e))).run()

        dialog.submitted.connect(submit)
        dialog.open()
        self.link_dialog = dialog
