"""Drive the real app in its own process for the kill -9 test (not a test module).

Usage: python -m tests.gui.drive_app HOME USER PASSWORD

Logs in through the login dialog, starts a new inspection, types into it like an
officer, waits until the autosave has committed, prints ``SAVED <record id>`` and
then keeps the app running (the test kills it with SIGKILL).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CHECKPOINT_KDF_CALIBRATION", "floor")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkpoint.gui.app import App, prepare

TYPED = {"checkpoint": "UA-KILL-9", "lane": "42", "plate": "KL0009AA"}


def wait(pred: Callable[[], bool], ms: int = 30_000) -> None:
    """Process events until ``pred()`` holds (QTest.qWaitFor is not in PySide6)."""
    deadline = time.monotonic() + ms / 1000
    while not pred():
        if time.monotonic() > deadline:
            print("TIMEOUT", flush=True)
            raise SystemExit(3)
        QTest.qWait(10)


def main() -> int:
    home, user, password = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    qapp = QApplication(sys.argv[:1])
    prepare(qapp, "en")
    app = App(home)
    app.start()
    wait(lambda: app.login.login_dialog is not None)
    dialog = app.login.login_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.ui.userEdit, user)
    QTest.keyClicks(dialog.ui.passwordEdit, password)
    QTest.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    wait(lambda: app.who is not None and app.tasks.pending == 0)
    app.window.new_inspection()
    wait(lambda: app.window.form is not None)
    form = app.window.form
    assert form is not None
    form.general.ui.checkpointEdit.clear()
    QTest.keyClicks(form.general.ui.checkpointEdit, TYPED["checkpoint"])
    form.general.ui.laneEdit.clear()
    QTest.keyClicks(form.general.ui.laneEdit, TYPED["lane"])
    form.ui.tabs.setCurrentIndex(2)
    QTest.keyClicks(form.vehicle.ui.plateEdit, TYPED["plate"])
    wait(lambda: not form.pending_save and form.saves_in_flight == 0 and app.tasks.pending == 0)
    print(f"SAVED {form.insp.id}", flush=True)
    QTest.keyClicks(form.general.ui.remarksEdit, "typed after the last autosave")
    wait(lambda: False, 600_000)  # killed long before
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
