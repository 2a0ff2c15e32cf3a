"""The dialogs before work starts: log in, choose a password (the first run is
``checkpoint.gui.setup``'s wizard).

They only collect input and show messages; the controller runs the work on the
database thread and tells the dialog how it went (``show_error``, ``busy``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from checkpoint.gui.forms.ui_change_password import Ui_ChangePasswordDialog
from checkpoint.gui.forms.ui_login import Ui_LoginDialog


class _Busy:
    """Disables a dialog's inputs while its work runs."""

    def busy(self, on: bool) -> None:
        assert isinstance(self, QWidget)
        for child in self.findChildren(QWidget):
            if child.objectName() not in ("messageLabel",):
                child.setEnabled(not on)


class LoginDialog(_Busy, QDialog):
    """The login screen; also the way back in after the workstation locked itself."""

    submitted = Signal(str, str)  # user name, password

    def __init__(self, workstation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/checkpoint.svg"))
        self.ui.logoLabel.setPixmap(QIcon(":/icons/checkpoint.svg").pixmap(96, 96))
        self.ui.workstationLabel.setText(workstation)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Log in"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Quit"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self._submit)

    def set_locked(self, username: str | None) -> None:
        """Show the "workstation was locked" note and offer the name that was logged in."""
        self.ui.lockedLabel.setVisible(username is not None)
        if username:
            self.ui.userEdit.setText(username)
            self.ui.passwordEdit.setFocus()

    def _submit(self) -> None:
        name = self.ui.userEdit.text().strip()
        if not name:
            self.show_error(self.tr("Type your user name."))
            self.ui.userEdit.setFocus()
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
