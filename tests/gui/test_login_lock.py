"""Login, lock and the last operator in the real windows (issue 8, items 8, 9, 11)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from checkpoint.errors import WrongPasswordError
from checkpoint.services import session
from checkpoint.store import throttle
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.gui.helpers import WAIT_MS, log_in, logged_in, settle


def _fail(home: Path, name: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(WrongPasswordError):
            session.login(home, name, "wrong password!!")


# -- 8: the failed-login delay -------------------------------------------------------------

def test_the_login_window_counts_the_wait_down_and_disables_log_in(
        qtbot: Any, gui_app: Any, workstation: Path) -> None:
    app = gui_app
    _fail(workstation, INSPECTOR, throttle.FREE_ATTEMPTS - 1)
    log_in(qtbot, app, INSPECTOR, "wrong password!!")  # the third: now a wait
    dialog = app.login.login_dialog
    qtbot.waitUntil(lambda: "again in" in dialog.ui.messageLabel.text(), timeout=WAIT_MS)
    assert "Wrong user name or password" in dialog.ui.messageLabel.text()
    assert not dialog.ok_button.isEnabled()
    # Enter during the wait does nothing (and so cannot make the wait longer)
    qtbot.keyClicks(dialog.ui.passwordEdit, INSPECTOR_PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    settle(qtbot, app)
    assert app.who is None
    assert throttle.load(app_layout(workstation)).failure_count(_key(workstation)) == 3
    # another officer may log in meanwhile: the button comes back for another name
    dialog.ui.userEdit.selectAll()
    qtbot.keyClicks(dialog.ui.userEdit, SUPERVISOR)
    assert dialog.ok_button.isEnabled() and "again in" not in dialog.ui.messageLabel.text()
    dialog.ui.userEdit.selectAll()
    qtbot.keyClicks(dialog.ui.userEdit, INSPECTOR)
    assert not dialog.ok_button.isEnabled()
    # the countdown ends by itself, and then the right password is accepted
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT_MS)
    assert "again now" in dialog.ui.messageLabel.text()
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, INSPECTOR_PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.who is not None, timeout=WAIT_MS)


def app_layout(home: Path) -> Any:
    from checkpoint.store.layout import Layout

    return Layout(home)


def _key(home: Path) -> str:
    from checkpoint.store import slotfile

    return slotfile.candidates(app_layout(home))[0].user_hash(INSPECTOR)


def test_after_login_the_officer_is_told_of_failed_attempts(
        qtbot: Any, gui_app: Any, workstation: Path) -> None:
    app = gui_app
    _fail(workstation, INSPECTOR, 2)
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    qtbot.waitUntil(lambda: getattr(app, "failed_attempts_box", None) is not None
                    and app.failed_attempts_box.isVisible(), timeout=WAIT_MS)
    assert "2 failed login attempts" in app.failed_attempts_box.text()
    app.failed_attempts_box.accept()


# -- 9: locked means nothing but the login ------------------------------------------------

def test_the_lock_screen_stays_over_the_main_window_and_nothing_else_works(
        qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    window = app.window
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.login.login_dialog is not None
                    and app.login.login_dialog.isVisible(), timeout=WAIT_MS)
    settle(qtbot, app)
    dialog = app.login.login_dialog
    # the login belongs to the main window and blocks it: a click there cannot hide it
    assert dialog.parentWidget() is window and dialog.isModal()
    QTest.mouseClick(window.centralWidget(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(20, 20))
    window.activateWindow()
    assert QApplication.activeModalWidget() is dialog and dialog.isVisible()
    # menus, toolbar and shortcuts do nothing
    assert not window.menuBar().isEnabled() and not window.ui.toolBar.isEnabled()
    QTest.mouseClick(window.menuBar(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(10, 5))
    assert QApplication.activePopupWidget() is None
    for key, mods in ((Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_F9, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)):
        qtbot.keyClick(window, key, mods)
    settle(qtbot, app)
    assert window.form is None and app.guard.dropped > 0
    assert not any(isinstance(w, QMessageBox) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    # the login itself still works by keyboard
    log_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    qtbot.waitUntil(lambda: app.login.login_dialog is None, timeout=WAIT_MS)
    assert window.menuBar().isEnabled() and not app.guard.locked


def test_dialogs_over_the_main_window_close_when_it_locks(qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    app.window.ui.actionAccounts.trigger()
    qtbot.waitUntil(lambda: app.accounts.dialog is not None and app.accounts.dialog.isVisible(),
                    timeout=WAIT_MS)
    settle(qtbot, app)
    app.lock()
    assert not app.accounts.dialog.isVisible()


# -- 11: the last operator's name after a restart -------------------------------------------

def test_after_a_restart_the_password_goes_into_the_password_field(
        qtbot: Any, launch: Any, workstation: Path) -> None:
    session.login(workstation, INSPECTOR, INSPECTOR_PASSWORD).close()
    app = launch(workstation)
    qtbot.waitUntil(lambda: app.login.login_dialog is not None
                    and app.login.login_dialog.ui.userEdit.text() == INSPECTOR, timeout=WAIT_MS)
    dialog = app.login.login_dialog
    assert dialog.focusWidget() is dialog.ui.passwordEdit
    # the officer types at once, into whatever has the focus
    qtbot.keyClicks(dialog.focusWidget(), INSPECTOR_PASSWORD)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.who is not None, timeout=WAIT_MS)
    assert app.who.username == INSPECTOR


def test_after_the_lock_the_keyboard_is_back_in_the_main_window(
        qtbot: Any, gui_app: Any) -> None:
    """Found under Xvfb: after logging in again, Ctrl+F and typing went nowhere until the
    officer clicked the window (the login window that had the keyboard was gone)."""
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    window = app.window
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.login.login_dialog is not None
                    and app.login.login_dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.login.login_dialog,
                    timeout=WAIT_MS)
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    assert QApplication.focusWidget() is window.ui.searchEdit
    with qtbot.waitSignal(window.records.results_shown, timeout=WAIT_MS):
        QTest.keyClicks(QApplication.focusWidget(), "AA1234BK")
    assert window.ui.searchEdit.text() == "AA1234BK"
    settle(qtbot, app)


def test_enter_with_no_password_is_not_a_failed_attempt(
        qtbot: Any, gui_app: Any, workstation: Path) -> None:
    """Found under Xvfb: Enter pressed again on the emptied password field (after a wrong
    one) was tried as a password, counted, and lengthened the wait."""
    app = gui_app
    log_in(qtbot, app, INSPECTOR, "")
    dialog = app.login.login_dialog
    settle(qtbot, app)
    assert dialog.ui.messageLabel.text() == "Type your password."
    assert QApplication.focusWidget() is dialog.ui.passwordEdit
    assert throttle.load(app_layout(workstation)).failure_count(_key(workstation)) == 0
