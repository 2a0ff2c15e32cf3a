"""Never lose work: auto-lock keeps the draft; a killed app offers it at the next login."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from checkpoint.gui.main_window import LOCKED
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD
from tests.gui.drive_app import TYPED
from tests.gui.helpers import WAIT_MS, log_in, logged_in, settle, type_into

ROOT = Path(__file__).resolve().parents[2]


def test_auto_lock_hides_the_content_and_needs_the_password(qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    app.window.new_inspection()
    qtbot.waitUntil(lambda: app.window.form is not None, timeout=WAIT_MS)
    form = app.window.form
    draft_id = form.insp.id
    type_into(qtbot, form.general.ui.laneEdit, "5")
    type_into(qtbot, form.general.ui.checkpointEdit, "UA-LOCK")
    app.idle.timer.setInterval(50)  # the idle time from the settings, shortened
    app.idle.timer.start()
    qtbot.waitUntil(lambda: app.window.ui.stack.currentIndex() == LOCKED
                    and app.login.login_dialog is not None, timeout=WAIT_MS)
    app.idle.timer.setInterval(10 * 60_000)  # back to the default for the rest of the test
    settle(qtbot, app)
    # the content is gone, the session closed and its key dropped
    assert app.window.form is None
    assert app.window.ui.table.model().rowCount() == 0
    assert app.window.operator_label.text() == ""
    assert app.tasks.run_now(lambda: app.tasks._session) is None
    assert not app.window.ui.actionNew.isEnabled()
    assert app.login.login_dialog.ui.lockedLabel.isVisibleTo(app.login.login_dialog)
    # a wrong password does not open it
    log_in(qtbot, app, INSPECTOR, "wrong password!!")
    qtbot.waitUntil(lambda: "Wrong" in app.login.login_dialog.ui.messageLabel.text(),
                    timeout=WAIT_MS)
    assert app.window.ui.stack.currentIndex() == LOCKED
    # the right one brings back the draft as it was typed
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    qtbot.waitUntil(lambda: app.window.form is not None, timeout=WAIT_MS)
    form = app.window.form
    assert form.insp.id == draft_id
    assert form.general.ui.laneEdit.text() == "5"
    assert form.general.ui.checkpointEdit.text() == "UA-LOCK"


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_killed_app_offers_the_draft_at_the_next_login(qtbot: Any, workstation: Path,
                                                         tmp_path: Path, request: Any) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHECKPOINT_KDF_CALIBRATION": "floor",
           "PYTHONPATH": str(ROOT)}
    log = tmp_path / "drive_app.log"
    with log.open("w") as err, subprocess.Popen(
            [sys.executable, "-m", "tests.gui.drive_app", str(workstation), INSPECTOR,
             INSPECTOR_PASSWORD], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=err,
            text=True) as proc:
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line.startswith("SAVED "), (line, log.read_text())
            record_id = line.split()[1]
        finally:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(30)
    assert proc.returncode == -signal.SIGKILL

    gui_app = request.getfixturevalue("gui_app")
    logged_in(qtbot, gui_app, INSPECTOR, INSPECTOR_PASSWORD)
    qtbot.waitUntil(lambda: gui_app.drafts_dialog is not None, timeout=WAIT_MS)
    dialog = gui_app.drafts_dialog
    assert dialog.ui.draftList.count() == 1
    assert TYPED["plate"] in dialog.ui.draftList.item(0).text()
    qtbot.mouseClick(dialog.ui.resumeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui_app.window.form is not None, timeout=WAIT_MS)
    form = gui_app.window.form
    assert form.insp.id == record_id
    assert form.general.ui.checkpointEdit.text() == TYPED["checkpoint"]
    assert form.general.ui.laneEdit.text() == TYPED["lane"]
    assert form.vehicle.ui.plateEdit.text() == TYPED["plate"]
