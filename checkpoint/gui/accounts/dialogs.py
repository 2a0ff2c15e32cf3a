"""The small account dialogs: add an operator, reset one, change my password.

They collect and check input (two passwords that must match) and emit it; the
accounts window runs the service call on the database thread and tells the dialog
how it went (``show_error``, ``busy``, ``accept``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from checkpoint.gui.forms.ui_account_add import Ui_AddAccountDialog
from checkpoint.gui.forms.ui_account_reset import Ui_ResetAccountDialog
from checkpoint.gui.forms.ui_my_password import Ui_MyPasswordDialog
from checkpoint.gui.messages import role_name

ROLES = ("inspector", "supervisor")


def fill_roles(combo: QComboBox, current: str = "inspector") -> None:
    combo.clear()
    for role in ROLES:
        combo.addItem(role_name(role), role)
    combo.setCurrentIndex(ROLES.index(current) if current in ROLES else 0)


class _Form(QDialog):
    """Shared: a message line, a busy state, two passwords that must match."""

    message: object

    def show_error(self, text: str) -> None:
        self.message.setText(text)  # type: ignore[attr-defined]

    def busy(self, on: bool) -> None:
        for child in self.findChildren(QWidget):
            if child is not self.message:
                child.setEnabled(not on)

    def _same(self, first: QLineEdit, second: QLineEdit) -> bool:
        if first.text() == second.text():
            return True
        self.show_error(self.tr("The two passwords differ; type them again."))
        second.clear()
        second.setFocus()
        return False


class AddAccountDialog(_Form):
    submitted = Signal(str, str, str)  # name, role, temporary password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddAccountDialog()
        self.ui.setupUi(self)
        self.message = self.ui.messageLabel
        fill_roles(self.ui.roleCombo)
        self.ui.buttonBox.accepted.connect(self._submit)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _submit(self) -> None:
        name = self.ui.nameEdit.text().strip()
        if not name:
            self.show_error(self.tr("Give the operator's user name."))
            self.ui.nameEdit.setFocus()
            return
        if self._same(self.ui.passwordEdit, self.ui.confirmEdit):
            self.show_error("")
            self.submitted.emit(name, str(self.ui.roleCombo.currentData()),
                                self.ui.passwordEdit.text())


class ResetAccountDialog(_Form):
    """A temporary password for another operator, and maybe a new role (the role is part
    of the key slot, so a role change always comes with a temporary password)."""

    submitted = Signal(str, str)  # role, temporary password

    def __init__(self, username: str, role: str, parent: QWidget | None = None,
                 *, enable: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_ResetAccountDialog()
        self.ui.setupUi(self)
        self.message = self.ui.messageLabel
        fill_roles(self.ui.roleCombo, role)
        intro = (self.tr("Enable %1 again with a temporary password; they choose their own at "
                         "their next login.") if enable else
                 self.tr("Give %1 a temporary password (and a new role if needed); they choose "
                         "their own at their next login."))
        self.ui.introLabel.setText(intro.replace("%1", username))
        if enable:
            self.setWindowTitle(self.tr("Enable an account"))
        self.ui.buttonBox.accepted.connect(self._submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.passwordEdit.setFocus()

    def _submit(self) -> None:
        if self._same(self.ui.passwordEdit, self.ui.confirmEdit):
            self.show_error("")
            self.submitted.emit(str(self.ui.roleCombo.currentData()), self.ui.passwordEdit.text())


class MyPasswordDialog(_Form):
    """Everyone: change my own password (the current one proves it is me)."""

    submitted = Signal(str, str)  # current, new

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MyPasswordDialog()
        self.ui.setupUi(self)
        self.message = self.ui.messageLabel
        self.ui.buttonBox.accepted.connect(self._submit)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _submit(self) -> None:
        if not self.ui.currentEdit.text():
            self.show_error(self.tr("Type your current password."))
            self.ui.currentEdit.setFocus()
            return
        if self._same(self.ui.newEdit, self.ui.confirmEdit):
            self.show_error("")
            self.submitted.emit(self.ui.currentEdit.text(), self.ui.newEdit.text())

    def wrong_current(self, text: str) -> None:
        self.show_error(text)
        self.ui.currentEdit.clear()
        self.ui.currentEdit.setFocus()
