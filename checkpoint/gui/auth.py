"""The dialogs before work starts: set up the workstation, log in, choose a password.

They only collect input and show messages; the controller runs the work on the
database thread and tells the dialog how it went (``show_error``, ``busy``).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from checkpoint.gui.forms.ui_change_password import Ui_ChangePasswordDialog
from checkpoint.gui.forms.ui_login import Ui_LoginDialog
from checkpoint.gui.forms.ui_setup import Ui_SetupDialog


class _Busy:
    """Disables a dialog's inputs while its work runs."""

    def busy(self, on: bool) -> None:
        assert isinstance(self, QWidget)
        for child in self.findChildren(QWidget):
            if child.objectName() not in ("messageLabel",):
                child.setEnabled(not on)


class SetupDialog(_Busy, QDialog):
    """First run: the first supervisor's name and password, HQ's recovery key (optional)."""

    submitted = Signal(str, str, str)  # supervisor, password, recovery key path ("" for none)

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/checkpoint.svg"))
        self.ui.folderValue.setText(str(home))
        self.ui.browseButton.clicked.connect(self._browse)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Set up"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self._submit)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("HQ's recovery public key"), "", self.tr("PEM files (*.pem);;All (*)"))
        if path:
            self.ui.recoveryEdit.setText(path)

    def _submit(self) -> None:
        name = self.ui.supervisorEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not name:
            self.show_error(self.tr("Give the supervisor's user name."))
            self.ui.supervisorEdit.setFocus()
            return
        if password != self.ui.confirmEdit.text():
            self.show_error(self.tr("The two passwords differ; type them again."))
            self.ui.confirmEdit.clear()
            self.ui.confirmEdit.setFocus()
            return
        self.show_error("")
        self.submitted.emit(name, password, self.ui.recoveryEdit.text().strip())

    def show_error(self, text: str) -> None:
        self.ui.messageLabel.setText(text)


class LoginDialog(_Busy, QDialog):
    """The login screen; also the way back in after the workstation locked itself.

    After too many failed attempts on a name it counts down the wait and keeps Log in
    disabled for that name (another name may log in at once); Enter does nothing
    until the countdown ends, so pressing it again never lengthens the wait.
    """

    submitted = Signal(str, str)  # user name, password

    def __init__(self, workstation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/checkpoint.svg"))
        self.ui.logoLabel.setPixmap(QIcon(":/icons/checkpoint.svg").pixmap(96, 96))
        self.ui.workstationLabel.setText(workstation)
        self.ok_button = ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Log in"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Quit"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self._submit)
        self._waiting_name: str | None = None  # casefolded name the countdown is for
        self._error_text = ""
        self._until = 0.0
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._count_down)
        self.ui.userEdit.textEdited.connect(lambda _t: self._count_down())
        self._name_typed = False
        self.ui.userEdit.textEdited.connect(self._typed)

    def _typed(self, _text: str) -> None:
        self._name_typed = True

    def set_locked(self, username: str | None) -> None:
        """Show the "workstation was locked" note and offer the name that was logged in."""
        self.ui.lockedLabel.setVisible(username is not None)
        if username:
            self.offer_name(username)

    def offer_name(self, username: str) -> None:
        """Put ``username`` in the name field and the cursor in the password field, unless
        the officer has typed a name already."""
        if self._name_typed or self.ui.userEdit.text():
            return
        self.ui.userEdit.setText(username)
        self.ui.passwordEdit.setFocus()

    def _submit(self) -> None:
        name = self.ui.userEdit.text().strip()
        if not name:
            self.show_error(self.tr("Type your user name."))
            self.ui.userEdit.setFocus()
            return
        if self.waiting() > 0:
            return  # the button is disabled; Enter in a field lands here
        if not self.ui.passwordEdit.text():  # not an attempt: it would count as a failure
            self.show_error(self.tr("Type your password."))
            return
        self.show_error("")
        self.submitted.emit(name, self.ui.passwordEdit.text())

    def show_error(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        if text:
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()

    def clear_password(self) -> None:
        self.ui.passwordEdit.clear()

    # -- the failed-login delay ----------------------------------------------------------

    def wait_for(self, name: str, seconds: float, error_text: str = "") -> None:
        """Count ``seconds`` down for ``name`` before Log in is possible again."""
        self._error_text = error_text
        self._waiting_name = name.strip().casefold()
        self._until = time.monotonic() + seconds
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
        self._tick.start()
        self._count_down()

    def waiting(self) -> float:
        """Seconds left for the name in the field (0 when it may log in)."""
        if self._waiting_name is None:
            return 0.0
        if self.ui.userEdit.text().strip().casefold() != self._waiting_name:
            return 0.0
        return max(0.0, self._until - time.monotonic())

    def _count_down(self) -> None:
        if self._waiting_name is None:
            return
        left = self.waiting()
        same_name = self.ui.userEdit.text().strip().casefold() == self._waiting_name
        self.ok_button.setEnabled(left <= 0)
        if not same_name:
            self.ui.messageLabel.setText("")  # another name may log in at once
            if time.monotonic() >= self._until:
                self._stop_waiting()
        elif left > 0:
            seconds = max(1, int(left + 0.999))
            text = self.tr("Too many failed attempts on this name: you can log in again "
                           "in %n second(s).", "", seconds)
            self.ui.messageLabel.setText(" ".join(t for t in (self._error_text, text) if t))
        else:
            self.ui.messageLabel.setText(self.tr("You can log in again now."))
            self._stop_waiting()

    def _stop_waiting(self) -> None:
        self._tick.stop()
        self._waiting_name = None

    def busy(self, on: bool) -> None:
        super().busy(on)
        if not on and self.waiting() > 0:
            self.ok_button.setEnabled(False)


class ChangePasswordDialog(_Busy, QDialog):
    """The operator must choose their own password (a supervisor set the first one)."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self._submit)

    def _submit(self) -> None:
        new = self.ui.newEdit.text()
        if new != self.ui.confirmEdit.text():
            self.show_error(self.tr("The two passwords differ; type them again."))
            self.ui.confirmEdit.clear()
            self.ui.confirmEdit.setFocus()
            return
        self.show_error("")
        self.submitted.emit(new)

    def show_error(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
