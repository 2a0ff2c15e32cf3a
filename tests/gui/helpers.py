"""Driving the app as an officer would: typing, clicking, waiting (never sleeping)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

WAIT_MS = 20_000


def settle(qtbot: Any, app: Any) -> None:
    """Wait until every piece of database work has delivered its result."""
    qtbot.waitUntil(lambda: app.tasks.pending == 0, timeout=WAIT_MS)


def log_in(qtbot: Any, app: Any, name: str, password: str) -> None:
    qtbot.waitUntil(lambda: app.login.login_dialog is not None
                    and app.login.login_dialog.isVisible(), timeout=WAIT_MS)
    dialog = app.login.login_dialog
    dialog.ui.userEdit.clear()
    qtbot.keyClicks(dialog.ui.userEdit, name)
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)


def logged_in(qtbot: Any, app: Any, name: str, password: str) -> None:
    log_in(qtbot, app, name, password)
    qtbot.waitUntil(lambda: app.who is not None and app.login.login_dialog is None, timeout=WAIT_MS)
    settle(qtbot, app)


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # QTest types ASCII only; an input method delivers other scripts as one commit
        widget.insert(text)


def scan(qtbot: Any, edit: Any, lines: tuple[str, ...]) -> None:
    """Type an MRZ as a keyboard-wedge reader does: each line, then Enter."""
    edit.setFocus()
    for line in lines:
        qtbot.keyClicks(edit, line)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
