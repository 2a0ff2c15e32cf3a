"""The supervisor's accounts window: every operator of this workstation, its role,
state and login delay, with add, reset (password or role), disable, enable again and
clear the login delay. Every change is a service call on the database thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTreeWidgetItem, QWidget

from checkpoint.gui.accounts.dialogs import (
    AddAccountDialog,
    ResetAccountDialog,
    _Form,
)
from checkpoint.gui.forms.ui_accounts import Ui_AccountsDialog
from checkpoint.gui.messages import message_for, role_name
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services import accounts
from checkpoint.services.accounts import Account


class AccountsDialog(QDialog):
    def __init__(self, tasks: TaskManager, me: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.me = me.casefold()
        self.ui = u = Ui_AccountsDialog()
        u.setupUi(self)
        self.rows: list[Account] = []
        self.form: _Form | None = None
        u.buttonBox.rejected.connect(self.reject)
        u.addButton.clicked.connect(self.add)
        u.resetButton.clicked.connect(lambda: self.reset(enable=False))
        u.enableButton.clicked.connect(lambda: self.reset(enable=True))
        u.disableButton.clicked.connect(self.disable)
        u.clearDelayButton.clicked.connect(self.clear_delay)
        u.accountList.currentItemChanged.connect(lambda *_a: self._buttons())
        u.accountList.itemActivated.connect(lambda *_a: self.reset(enable=False))
        header = u.accountList.header()
        header.setStretchLastSection(True)
        self.resize(760, 420)
        self.refresh()

    # -- the list ------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        now = self.current()
        chosen = select or (now.username if now is not None else None)
        Op(self.tasks, accounts.list_accounts, parent=self).success(
            lambda rows: self._show(rows, chosen)).failure(self._failed).run()

    def _show(self, rows: list[Account], select: str | None) -> None:
        self.rows = rows
        tree = self.ui.accountList
        tree.clear()
        for account in rows:
            item = QTreeWidgetItem([account.username, role_name(account.role),
                                    self._state(account), self._login(account)])
            item.setData(0, Qt.ItemDataRole.UserRole, account.username)
            tree.addTopLevelItem(item)
            if select and account.username.casefold() == select.casefold():
                tree.setCurrentItem(item)
        if tree.currentItem() is None and tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        for column in range(3):
            tree.resizeColumnToContents(column)
        self._buttons()

    def _state(self, a: Account) -> str:
        if not a.active:
            return self.tr("disabled")
        if a.must_change_password:
            return self.tr("must choose a password")
        return self.tr("active")

    def _login(self, a: Account) -> str:
        parts = []
        if a.login_delay > 0:
            parts.append(self.tr("delayed %n s", "", int(a.login_delay + 0.999)))
        if a.failed_attempts:
            parts.append(self.tr("%n failed attempt(s)", "", a.failed_attempts))
        return ", ".join(parts)

    def current(self) -> Account | None:
        item = self.ui.accountList.currentItem()
        if item is None:
            return None
        name = item.data(0, Qt.ItemDataRole.UserRole)
        return next((a for a in self.rows if a.username == name), None)

    def _buttons(self) -> None:
        a = self.current()
        other = a is not None and a.username.casefold() != self.me
        u = self.ui
        u.resetButton.setEnabled(bool(other and a and a.active))
        u.disableButton.setEnabled(bool(other and a and a.active))
        u.enableButton.setEnabled(bool(a and not a.active))
        u.clearDelayButton.setEnabled(bool(a and a.active and a.login_delay > 0))

    # -- actions -------------------------------------------------------------------------

    def _run(self, work: Callable[[Any], object], done_text: str, select: str) -> None:
        form = self.form

        def done(_r: object) -> None:
            if form is not None:
                form.busy(False)
                form.accept()
            self.ui.resultLabel.setText(done_text)
            self.refresh(select)

        def failed(e: BaseException) -> None:
            if form is not None:
                form.busy(False)
                form.show_error(message_for(e))
            else:
                self._failed(e)

        if form is not None:
            form.busy(True)
        Op(self.tasks, work, parent=self).success(done).failure(failed).run()

    def _failed(self, e: BaseException) -> None:
        self.ui.resultLabel.setText(message_for(e))

    def add(self) -> None:
        dialog = AddAccountDialog(self)
        self.form = dialog

        def submit(name: str, role: str, password: str) -> None:
            self._run(lambda s: accounts.add_operator(s, name, role, password,
                                                      must_change_password=True),
                      self.tr("%1 added; they choose their own password at their first "
                              "login.").replace("%1", name), name)

        dialog.submitted.connect(submit)
        dialog.open()

    def reset(self, *, enable: bool) -> None:
        a = self.current()
        if a is None or (a.active == enable) or a.username.casefold() == self.me:
            return
        dialog = ResetAccountDialog(a.username, a.role, self, enable=enable)
        self.form = dialog
        name = a.username

        def submit(role: str, password: str) -> None:
            if enable:
                self._run(lambda s: accounts.add_operator(s, name, role, password,
                                                          must_change_password=True),
                          self.tr("%1 enabled again.").replace("%1", name), name)
            else:
                self._run(lambda s: accounts.reset_password(s, name, password, role),
                          self.tr("%1 has a temporary password now.").replace("%1", name), name)

        dialog.submitted.connect(submit)
        dialog.open()

    def disable(self) -> None:
        a = self.current()
        if a is None or not a.active or a.username.casefold() == self.me:
            return
        name = a.username
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Disable an account"),
                          self.tr("Disable %1? They can no longer log in on this workstation; "
                                  "their records stay attributed to them.").replace("%1", name),
                          QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton(self.tr("&Disable"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_button: object) -> None:
            if box.clickedButton() is yes:
                self.form = None
                self._run(lambda s: accounts.disable_operator(s, name),
                          self.tr("%1 disabled.").replace("%1", name), name)

        box.buttonClicked.connect(answered)
        box.open()
        self.confirm_box = box

    def clear_delay(self) -> None:
        a = self.current()
        if a is None:
            return
        name = a.username
        self.form = None
        self._run(lambda s: accounts.clear_login_delay(s, name),
                  self.tr("%1 may log in again at once.").replace("%1", name), name)
