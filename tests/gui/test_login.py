"""First run, login messages and the must-change-password flow in the real dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from checkpoint.gui.app import App, prepare
from checkpoint.services import accounts, session
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.gui.helpers import WAIT_MS, log_in, logged_in, type_into


def _start(home: Path) -> App:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    prepare(qapp, "en")
    app = App(home)
    app.start()
    return app


def test_first_run_sets_up_the_workstation_then_logs_in(qtbot: Any, home: Path) -> None:
    app = _start(home)
    try:
        qtbot.waitUntil(lambda: app.login.setup_dialog is not None, timeout=WAIT_MS)
        dialog = app.login.setup_dialog
        type_into(qtbot, dialog.ui.supervisorEdit, "chief")
        type_into(qtbot, dialog.ui.passwordEdit, "correct horse battery")
        type_into(qtbot, dialog.ui.confirmEdit, "correct horse batterY")
        qtbot.keyClick(dialog.ui.confirmEdit, Qt.Key.Key_Return)
        assert "differ" in dialog.ui.messageLabel.text()
        type_into(qtbot, dialog.ui.confirmEdit, "correct horse battery")
        qtbot.keyClick(dialog.ui.confirmEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: app.login.login_dialog is not None, timeout=WAIT_MS)
        assert app.login.login_dialog.ui.userEdit.text() == "chief"
        logged_in(qtbot, app, "chief", "correct horse battery")
        assert app.window.role_label.text() == "Role: Supervisor"
    finally:
        app.shutdown()
        app.window.close()


def test_a_short_password_is_refused_at_set_up(qtbot: Any, home: Path) -> None:
    app = _start(home)
    try:
        qtbot.waitUntil(lambda: app.login.setup_dialog is not None, timeout=WAIT_MS)
        dialog = app.login.setup_dialog
        type_into(qtbot, dialog.ui.supervisorEdit, "chief")
        type_into(qtbot, dialog.ui.passwordEdit, "short")
        type_into(qtbot, dialog.ui.confirmEdit, "short")
        qtbot.keyClick(dialog.ui.confirmEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "12 characters" in dialog.ui.messageLabel.text(),
                        timeout=WAIT_MS)
        assert app.login.login_dialog is None
    finally:
        app.shutdown()


def test_throttled_logins_say_how_long_to_wait(qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    for _ in range(4):
        log_in(qtbot, app, SUPERVISOR, "wrong password!!")
        qtbot.waitUntil(lambda: app.login.login_dialog.ui.messageLabel.text() != ""
                        and app.login.login_dialog.ui.userEdit.isEnabled(), timeout=WAIT_MS)
        text = app.login.login_dialog.ui.messageLabel.text()
        if "again in" in text:
            break
        app.login.login_dialog.ui.messageLabel.clear()
    assert "again in" in text and "second" in text


def test_an_operator_must_choose_a_new_password(qtbot: Any, gui_app: Any,
                                                workstation: Path) -> None:
    with session.login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        accounts.add_operator(s, "newbie", "inspector", "temporary pass 1",
                              must_change_password=True)
    app = gui_app
    log_in(qtbot, app, "newbie", "temporary pass 1")
    qtbot.waitUntil(lambda: app.login.password_dialog is not None, timeout=WAIT_MS)
    dialog = app.login.password_dialog
    type_into(qtbot, dialog.ui.newEdit, "my own secret 42")
    type_into(qtbot, dialog.ui.confirmEdit, "my own secret 42")
    qtbot.keyClick(dialog.ui.confirmEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.login.password_dialog is None and app.window.isVisible(),
                    timeout=WAIT_MS)
    app.tasks.run_now(app.tasks.close_session)
    with session.login(workstation, "newbie", "my own secret 42") as s:
        assert not s.operator.must_change_password
