"""Operator accounts in the app: the supervisor's accounts window and everyone's
"Change my password" (File menu). :class:`AccountsUi` wires the two actions of the
main window, as :class:`~checkpoint.gui.sync.menu.SyncUi` does for the Sync menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from checkpoint.errors import ThrottledError, WrongPasswordError
from checkpoint.gui.accounts.dialogs import MyPasswordDialog
from checkpoint.gui.accounts.window import AccountsDialog
from checkpoint.gui.main_window import MainWindow
from checkpoint.gui.messages import message_for
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services import accounts

__all__ = ["AccountsDialog", "AccountsUi", "MyPasswordDialog"]


class AccountsUi(QObject):
    def __init__(self, window: MainWindow, tasks: TaskManager, home: Path) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = tasks
        self.home = home
        self.dialog: AccountsDialog | None = None
        self.password_dialog: MyPasswordDialog | None = None
        window.ui.actionAccounts.triggered.connect(self.show_accounts)
        window.ui.actionChangePassword.triggered.connect(self.change_my_password)

    def start(self, role: str) -> None:
        """After a login: accounts for supervisors, my password for everyone."""
        self.window.ui.actionAccounts.setEnabled(role == "supervisor")
        self.window.ui.actionChangePassword.setEnabled(True)

    def show_accounts(self) -> None:
        dialog = AccountsDialog(self.tasks, self.window.username, self.window)
        self.dialog = dialog
        dialog.open()

    def change_my_password(self) -> None:
        dialog = MyPasswordDialog(self.window)
        self.password_dialog = dialog

        def done(_r: None) -> None:
            dialog.busy(False)
            dialog.accept()
            self.window.statusBar().showMessage(self.tr("Your password was changed."), 8000)

        def failed(e: BaseException) -> None:
            dialog.busy(False)
            if isinstance(e, WrongPasswordError):
                dialog.wrong_current(self.tr("That is not your current password."))
            elif isinstance(e, ThrottledError):
                dialog.wrong_current(message_for(e))
            else:
                dialog.show_error(message_for(e))

        def submit(current: str, new: str) -> None:
            dialog.busy(True)
            Op(self.tasks, lambda s: accounts.change_own_password(s, current, new),
               parent=dialog).success(done).failure(failed).run()

        dialog.submitted.connect(submit)
        dialog.open()
