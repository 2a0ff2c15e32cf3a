"""From the first window to an open session: set-up, login, the operator's own password.

:class:`LoginFlow` shows the set-up dialog on the first run, then the login window
(also the way back in after a lock), opens the session on the database thread and,
when a supervisor set the operator's password, asks for their own before they work.
A refused login starts the window's countdown when the name must wait (the core says
how long: ``ThrottledError.retry_after``, ``WrongPasswordError.retry_after``), so
Enter pressed again never lengthens the wait. The last operator's name is offered
when the settings allow it. What happens once the operator may work is the app's
(:mod:`checkpoint.gui.app`): it listens to the flow's signals.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from checkpoint.errors import ThrottledError, WrongPasswordError
from checkpoint.gui.auth import ChangePasswordDialog, LoginDialog, SetupDialog
from checkpoint.gui.messages import message_for
from checkpoint.gui.ops import Op, PlainOp, TaskManager

log = logging.getLogger(__name__)
PRELOAD_DELAY_MS = 150


@dataclass(frozen=True)
class Who:
    """The operator of the open session, as the app needs to know them."""

    username: str
    role: str
    must_change_password: bool
    failed_attempts: int = 0


class LoginFlow(QObject):
    """Set-up, login and first password; the app reacts to its signals."""

    #: a session is open for this operator (their own password may still be due)
    logged_in = Signal(object)  # Who
    #: the operator may work: the session is open and the password is their own
    ready = Signal()
    #: the operator closed the "choose your password" dialog: lock again
    declined = Signal()
    #: the set-up or login window was closed: quit
    closed = Signal()
    #: the login window is up: a good time to build the main window
    waiting = Signal()
    #: a new workstation was set up (its settings now exist)
    created = Signal()

    def __init__(self, home: Path, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.tasks = tasks
        self.setup_dialog: SetupDialog | None = None
        self.login_dialog: LoginDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self._preload = QTimer(self)  # a child: it dies with the flow, never fires after
        self._preload.setSingleShot(True)
        self._preload.setInterval(PRELOAD_DELAY_MS)
        self._preload.timeout.connect(self.waiting)

    # -- set-up ------------------------------------------------------------------------

    def show_setup(self) -> None:
        dialog = SetupDialog(self.home)
        dialog.submitted.connect(self._set_up)
        dialog.rejected.connect(self.closed)
        self.setup_dialog = dialog
        dialog.show()

    def _set_up(self, name: str, password: str, recovery: str) -> None:
        dialog = self.setup_dialog
        assert dialog is not None
        dialog.busy(True)
        home = self.home

        def work() -> str:
            from checkpoint.services import workstation

            key = None
            if recovery:
                key = workstation.load_public_key(Path(recovery).read_bytes())
            return workstation.init_workstation(home, name, password, key)

        def done(_device: str) -> None:
            dialog.busy(False)
            dialog.hide()
            self.setup_dialog = None
            self.created.emit()
            self.show_login(prefill=name)

        def failed(e: BaseException) -> None:
            dialog.busy(False)
            dialog.show_error(message_for(e))

        PlainOp(self.tasks, work, parent=dialog, label=self.tr("Setting up…")).success(
            done).failure(failed).run()

    # -- login -------------------------------------------------------------------------

    def show_login(self, *, prefill: str | None = None, locked: str | None = None,
                   owner: QWidget | None = None) -> LoginDialog:
        """The login window. When the workstation locked itself (``locked``: who was
        logged in) it belongs to ``owner``, the main window, and is application-modal:
        a click on the main window cannot bring the window over it."""
        dialog = LoginDialog(str(self.home), owner)
        if owner is not None:
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.submitted.connect(self._log_in)
        dialog.rejected.connect(self.closed)
        if prefill:
            dialog.offer_name(prefill)
        dialog.set_locked(locked)
        self.login_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        if not prefill and locked is None:
            self._offer_last_operator(dialog)
        self._preload.start()
        return dialog

    def _offer_last_operator(self, dialog: LoginDialog) -> None:
        """Fill in the name of the last operator (so the password goes where it belongs)."""
        home = self.home

        def work() -> str | None:
            from checkpoint.services import session

            return session.last_operator(home)

        def offer(name: str | None) -> None:
            if name and self.login_dialog is dialog:
                dialog.offer_name(name)

        PlainOp(self.tasks, work).success(offer).failure(
            lambda e: log.info("no login hint: %s", type(e).__name__)).run()

    def _log_in(self, name: str, password: str) -> None:
        dialog = self.login_dialog
        assert dialog is not None
        dialog.busy(True)
        tasks, home = self.tasks, self.home

        def work() -> Who:
            from checkpoint.services import session

            s = session.login(home, name, password)
            tasks.set_session(s)
            return Who(s.username, s.role, bool(s.operator.must_change_password),
                       s.failed_attempts)

        def failed(e: BaseException) -> None:
            dialog.busy(False)
            wait = e.retry_after if isinstance(e, ThrottledError | WrongPasswordError) else 0.0
            if wait > 0:  # the countdown says the wait; a wrong password is said before it
                dialog.wait_for(name, wait, "" if isinstance(e, ThrottledError)
                                else message_for(e))
            else:
                dialog.show_error(message_for(e))

        PlainOp(tasks, work, parent=dialog, label=self.tr("Unlocking…")).success(
            self._logged_in).failure(failed).run()

    def _logged_in(self, who: Who) -> None:
        if self.login_dialog is not None:
            self.login_dialog.hide()
            self.login_dialog.deleteLater()
            self.login_dialog = None
        self.logged_in.emit(who)
        if who.must_change_password:
            self._ask_password()
        else:
            self.ready.emit()

    # -- the operator's own password -----------------------------------------------------

    def _ask_password(self) -> None:
        dialog = ChangePasswordDialog()
        dialog.submitted.connect(self._change_password)
        dialog.rejected.connect(self.declined)
        self.password_dialog = dialog
        dialog.show()

    def _change_password(self, new: str) -> None:
        dialog = self.password_dialog
        assert dialog is not None

        def done(_r: None) -> None:
            dialog.hide()
            self.password_dialog = None
            self.ready.emit()

        from checkpoint.services import accounts

        Op(self.tasks, lambda s: accounts.set_password(s, new)).success(done).failure(
            lambda e: dialog.show_error(message_for(e))).run()

    def hide_password(self) -> None:
        """The workstation locks: the password is asked again after the next login."""
        if self.password_dialog is not None:
            self.password_dialog.hide()
