"""Operator accounts in the app (issue 8, items 8 and 12): a supervisor adds an operator,
resets a password, clears a login delay; everyone changes their own password — through
the real dialogs, with clicks and typing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkpoint.errors import WrongPasswordError
from checkpoint.services import session
from checkpoint.store import throttle
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.gui.helpers import WAIT_MS, logged_in, settle, type_into


def _accounts(qtbot: Any, app: Any) -> Any:
    app.window.ui.actionAccounts.trigger()
    qtbot.waitUntil(lambda: app.accounts.dialog is not None
                    and app.accounts.dialog.ui.accountList.topLevelItemCount() > 0,
                    timeout=WAIT_MS)
    return app.accounts.dialog


def _select(qtbot: Any, dialog: Any, name: str) -> None:
    tree = dialog.ui.accountList
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(0) == name:
            rect = tree.visualItemRect(item)
            QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, rect.center())
            return
    raise AssertionError(name)


def test_a_supervisor_adds_an_operator_who_must_choose_a_password(
        qtbot: Any, gui_app: Any, workstation: Path) -> None:
    app = gui_app
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    dialog = _accounts(qtbot, app)
    QTest.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    add = dialog.form
    type_into(qtbot, add.ui.nameEdit, "bohdan")
    type_into(qtbot, add.ui.passwordEdit, "temporary pass 9")
    type_into(qtbot, add.ui.confirmEdit, "temporary pass 9")
    qtbot.keyClick(add.ui.confirmEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "bohdan added" in dialog.ui.resultLabel.text(), timeout=WAIT_MS)
    assert not add.isVisible()
    with session.login(workstation, "bohdan", "temporary pass 9") as s:
        assert s.operator.must_change_password and s.role == "inspector"


def test_a_cyrillic_name_is_accepted_and_a_mixed_one_refused_in_words(
        qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    dialog = _accounts(qtbot, app)
    QTest.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    add = dialog.form
    type_into(qtbot, add.ui.nameEdit, "Оlena")  # a Cyrillic О, then Latin letters
    type_into(qtbot, add.ui.passwordEdit, "temporary pass 9")
    type_into(qtbot, add.ui.confirmEdit, "temporary pass 9")
    qtbot.keyClick(add.ui.confirmEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "mixes Latin and Cyrillic" in add.ui.messageLabel.text(),
                    timeout=WAIT_MS)
    type_into(qtbot, add.ui.nameEdit, "Олена")
    qtbot.keyClick(add.ui.confirmEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Олена added" in dialog.ui.resultLabel.text(), timeout=WAIT_MS)


def test_a_supervisor_resets_a_password_and_clears_a_delay(
        qtbot: Any, gui_app: Any, workstation: Path) -> None:
    for _ in range(throttle.FREE_ATTEMPTS):
        with pytest.raises(WrongPasswordError):
            session.login(workstation, INSPECTOR, "wrong password!!")
    app = gui_app
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    dialog = _accounts(qtbot, app)
    _select(qtbot, dialog, INSPECTOR)
    assert "delayed" in dialog.ui.accountList.currentItem().text(3)
    assert dialog.ui.clearDelayButton.isEnabled()
    QTest.mouseClick(dialog.ui.clearDelayButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "may log in again" in dialog.ui.resultLabel.text(),
                    timeout=WAIT_MS)
    settle(qtbot, app)
    session.login(workstation, INSPECTOR, INSPECTOR_PASSWORD).close()
    _select(qtbot, dialog, INSPECTOR)
    QTest.mouseClick(dialog.ui.resetButton, Qt.MouseButton.LeftButton)
    reset = dialog.form
    type_into(qtbot, reset.ui.passwordEdit, "temporary pass 9")
    type_into(qtbot, reset.ui.confirmEdit, "temporary pass 9")
    qtbot.keyClick(reset.ui.confirmEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "temporary password now" in dialog.ui.resultLabel.text(),
                    timeout=WAIT_MS)
    with pytest.raises(WrongPasswordError):
        session.login(workstation, INSPECTOR, INSPECTOR_PASSWORD)


def test_everyone_changes_their_own_password(qtbot: Any, gui_app: Any,
                                             workstation: Path) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    assert not app.window.ui.actionAccounts.isEnabled()
    app.window.ui.actionChangePassword.trigger()
    qtbot.waitUntil(lambda: app.accounts.password_dialog is not None, timeout=WAIT_MS)
    dialog = app.accounts.password_dialog
    type_into(qtbot, dialog.ui.currentEdit, "not my password")
    type_into(qtbot, dialog.ui.newEdit, "annas own password")
    type_into(qtbot, dialog.ui.confirmEdit, "annas own password")
    qtbot.keyClick(dialog.ui.confirmEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not your current password" in dialog.ui.messageLabel.text(),
                    timeout=WAIT_MS)
    type_into(qtbot, dialog.ui.currentEdit, INSPECTOR_PASSWORD)
    qtbot.keyClick(dialog.ui.confirmEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    settle(qtbot, app)
    session.login(workstation, INSPECTOR, "annas own password").close()
