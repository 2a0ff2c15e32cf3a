"""Sync in the real app against the real HQ (TLS on 127.0.0.1): enroll, background sync,
the status bar, Sync now, offline and back, cancel, the clock warning, lock."""

from __future__ import annotations

import gc
import time
import weakref
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from checkpoint.gui.sync.controller import SyncOptions
from checkpoint.services import accounts, maintenance
from checkpoint.services import workstation as workstation_service
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine, enrollment
from checkpoint.sync.client import Clock
from hq.app import create_app
from hq.config import init_hq
from hq.server import ServerThread, bind
from tests.conftest import (
    INSPECTOR,
    INSPECTOR_PASSWORD,
    SUPERVISOR,
    SUPERVISOR_PASSWORD,
)
from tests.e2e.conftest import Hq
from tests.e2e.helpers import hq_journal, record_inspections
from tests.gui.helpers import WAIT_MS, logged_in, settle, type_into
from tests.gui.inspection.test_inspection_flow import fill_record, new_form

pytestmark = pytest.mark.timeout(180)

#: Short timeouts and retries, so that "HQ is down" is noticed and left quickly.
FAST = SyncOptions(backoff_base=0.2, backoff_cap=1.0, engine={"timeout": (2.0, 10.0)})


def state(app: Any) -> str | None:
    status = app.sync.controller.status
    return None if status is None else str(status.state)


def unacked(app: Any) -> int | None:
    status = app.sync.controller.status
    return None if status is None else int(status.unacknowledged)


def up_to_date(qtbot: Any, app: Any) -> None:
    qtbot.waitUntil(lambda: state(app) == "up_to_date" and unacked(app) == 0, timeout=WAIT_MS)


def watch_states(app: Any) -> list[str]:
    """Every state the status bar is given, in order."""
    seen: list[str] = []

    def note() -> None:
        s = state(app)
        if s is not None and (not seen or seen[-1] != s):
            seen.append(s)

    app.sync.controller.changed.connect(note)
    return seen


def stop_hq(hq: Hq) -> int:
    port = hq.server.port
    hq.server.stop()
    return port


def start_hq(hq: Hq, port: int) -> None:
    hq.server = ServerThread(hq.app, hq.config, port=port).start()


def hq_records(hq: Hq) -> int:
    return int(hq.scalar("SELECT count(*) FROM records"))


def test_a_supervisor_enrolls_through_the_dialog(qtbot: Any, launch: Any, workstation: Path,
                                                 hq: Hq, tmp_path: Path) -> None:
    app = launch(workstation, sync=FAST)
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    bar = app.window.sync_bar
    qtbot.waitUntil(lambda: "not enrolled" in bar.state_text, timeout=WAIT_MS)
    assert app.window.ui.actionEnroll.isEnabled()
    assert not app.window.ui.actionQuarantine.isEnabled()
    app.window.ui.actionEnroll.trigger()
    dialog = app.sync.enroll_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    ca = str(hq.config.ca_cert)
    other_ca = str(init_hq(tmp_path / "other-hq", ["127.0.0.1"], None).ca_cert)
    used = hq.code()
    second = tmp_path / "ws2"  # another workstation of the post takes ``used`` first
    workstation_service.init_workstation(second, SUPERVISOR, SUPERVISOR_PASSWORD)
    with login(second, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        enrollment.enroll(s, hq.url, used, hq.config.ca_cert.read_bytes())
    enroll_button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def attempt(url: str, code: str, ca_file: str, expected: str) -> None:
        type_into(qtbot, dialog.ui.urlEdit, url)
        type_into(qtbot, dialog.ui.codeEdit, code)
        type_into(qtbot, dialog.ui.caEdit, ca_file)
        dialog.ui.messageLabel.clear()
        qtbot.mouseClick(enroll_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.ui.urlEdit.isEnabled()
                        and expected in dialog.ui.messageLabel.text(), timeout=WAIT_MS)

    sock = bind("127.0.0.1", 0)  # a port that refuses connections once closed
    closed = sock.getsockname()[1]
    sock.close()
    attempt(f"https://127.0.0.1:{closed}", hq.code(), ca, "cannot be reached")
    attempt(hq.url, hq.code(), other_ca, "could not be verified")
    attempt(hq.url, used, ca, "already been used")
    attempt(hq.url, hq.code(hours=-1), ca, "expired")
    attempt(hq.url, hq.code(), str(tmp_path / "missing.pem"), "Cannot read the CA file")
    assert hq.scalar("SELECT count(*) FROM devices") == 1  # only the other workstation

    seen = watch_states(app)
    type_into(qtbot, dialog.ui.codeEdit, hq.code())
    type_into(qtbot, dialog.ui.caEdit, ca)
    qtbot.mouseClick(enroll_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.sync.enroll_dialog is None and not dialog.isVisible(),
                    timeout=WAIT_MS)
    box = app.sync.message_box
    assert box is not None and "Enrolled with HQ" in box.text() and "UA-PL-01" in box.text()
    up_to_date(qtbot, app)
    assert seen[-1] == "up_to_date"
    assert "Up to date" in bar.state_text and "0" in bar.count_label.text()
    assert not app.window.ui.actionEnroll.isEnabled()
    assert app.window.ui.actionQuarantine.isEnabled()
    assert hq.scalar("SELECT count(*) FROM devices") == 2


def test_a_finalized_inspection_reaches_hq_and_the_status_says_so(
        qtbot: Any, launch: Any, enrolled: Path, hq: Hq) -> None:
    app = launch(enrolled, sync=FAST)
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    up_to_date(qtbot, app)
    assert app.window.ui.actionSyncNow.isEnabled()
    assert not app.window.ui.actionEnroll.isEnabled()  # an inspector, and enrolled anyway
    seen = watch_states(app)
    hq.faults.add("/v1/push", "delay_before", seconds=0.6)  # a sync long enough to watch
    form = new_form(qtbot, app)
    fill_record(qtbot, form)
    qtbot.mouseClick(form.ui.finalizeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.read_only, timeout=WAIT_MS)
    record_id = form.insp.id
    qtbot.waitUntil(lambda: "syncing" in seen, timeout=WAIT_MS)
    up_to_date(qtbot, app)
    assert seen[seen.index("syncing"):][-1] == "up_to_date"
    assert "Up to date – last sync" in app.window.sync_bar.state_text
    assert app.window.sync_bar.count_label.text() == "Not yet acknowledged by HQ: 0"
    assert hq.scalar("SELECT count(*) FROM records WHERE id = ?", (record_id,)) == 1
    assert app.sync.message_box is None


def test_sync_now_with_hq_down_shows_offline_then_up_to_date_when_hq_is_back(
        qtbot: Any, launch: Any, enrolled: Path, hq: Hq) -> None:
    app = launch(enrolled, sync=FAST)
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    up_to_date(qtbot, app)
    port = stop_hq(hq)
    app.tasks.run_now(lambda: record_inspections(app.tasks.session(), 3))
    qtbot.keyClick(app.window, Qt.Key.Key_F9)  # Sync now
    qtbot.waitUntil(lambda: state(app) == "offline" and unacked(app) == 3, timeout=WAIT_MS)
    bar = app.window.sync_bar
    assert "Offline – HQ cannot be reached" in bar.state_text
    assert "cannot be reached" in bar.state_button.toolTip()
    assert bar.count_label.text() == "Not yet acknowledged by HQ: 3"
    assert app.sync.message_box is None  # a network failure is quiet
    qtbot.waitUntil(lambda: app.sync.controller.background.scheduler.runs >= 3,
                    timeout=WAIT_MS)  # retried (backoff), never given up
    start_hq(hq, port)
    up_to_date(qtbot, app)  # the next retry gets through without a click
    assert hq_records(hq) == 3
    assert app.sync.message_box is None


def test_cancel_during_a_long_sync_leaves_a_consistent_state(
        qtbot: Any, launch: Any, enrolled: Path, hq: Hq) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 600)
    hq.faults.add("/v1/push", "delay_before", times=1000, seconds=0.05)
    app = launch(enrolled, sync=SyncOptions(engine={"batch_count": 20}))
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    bar = app.window.sync_bar
    qtbot.waitUntil(lambda: state(app) == "syncing" and bar.cancel_button.isVisible()
                    and "sending" in bar.state_text, timeout=WAIT_MS)
    assert app.window.ui.actionCancelSync.isEnabled()
    qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state(app) not in (None, "syncing"), timeout=WAIT_MS)
    report = app.sync.controller.background.last_report
    assert report is not None and report.cancelled
    sent = hq_records(hq)
    assert 0 < sent < 600
    qtbot.waitUntil(lambda: unacked(app) == 600 - sent, timeout=WAIT_MS)
    assert state(app) != "error" and app.sync.message_box is None  # silent
    assert not bar.cancel_button.isVisible()
    device = hq.scalar("SELECT id FROM devices")
    at_hq = hq_journal(hq, device)
    assert at_hq == app.tasks.run_now(lambda: [tuple(r) for r in app.tasks.session().database
                                              .query("SELECT seq, hash FROM journal "
                                                     "ORDER BY seq")])[:len(at_hq)]
    hq.faults.clear()
    qtbot.keyClick(app.window, Qt.Key.Key_F9)
    up_to_date(qtbot, app)
    assert hq_records(hq) == 600
    assert hq.scalar("SELECT count(DISTINCT id) FROM records") == 600
    assert hq_journal(hq, device)[-1][0] >= 600


def test_hq_refusing_the_workstation_is_an_error_with_what_to_do(
        qtbot: Any, launch: Any, enrolled: Path, hq: Hq, tmp_path: Path) -> None:
    backup = tmp_path / "old.backup"  # a workstation restored from an old backup
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 2)
        SyncEngine.for_session(s).sync_now()
        maintenance.backup(s, backup)
        record_inspections(s, 2)
        SyncEngine.for_session(s).sync_now()
    maintenance.restore(enrolled, backup, force=True)
    app = launch(enrolled, sync=FAST)
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    qtbot.waitUntil(lambda: state(app) == "error", timeout=WAIT_MS)
    bar = app.window.sync_bar
    assert bar.state_text.startswith("Sync error:") and "old backup" in bar.state_text
    assert app.sync.message_box is None  # in the background: the status bar only
    qtbot.keyClick(app.window, Qt.Key.Key_F9)  # asked for: told what to do
    qtbot.waitUntil(lambda: app.sync.message_box is not None, timeout=WAIT_MS)
    text = app.sync.message_box.text()
    assert "HQ refused this workstation's request" in text and "administrators" in text
    assert "rollback" in hq.alerts()


def test_a_workstation_clock_far_from_hqs_is_warned_about(
        qtbot: Any, launch: Any, enrolled: Path, hq: Hq) -> None:
    wrong = Clock(lambda: time.time() + 3600)  # this workstation's clock, an hour fast
    app = launch(enrolled, sync=SyncOptions(engine={"clock": wrong}))
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    up_to_date(qtbot, app)  # signing uses HQ's time: sync still works
    warning = app.window.sync_bar.skew_button
    qtbot.waitUntil(warning.isVisible, timeout=WAIT_MS)
    assert warning.text().startswith("Clock ") and "ahead of HQ" in warning.text()
    assert "ahead of HQ's" in warning.toolTip() and "set the clock right" in warning.toolTip()


def test_lock_stops_the_background_sync_and_drops_the_engine(
        qtbot: Any, launch: Any, enrolled: Path, hq: Hq) -> None:
    app = launch(enrolled, sync=FAST)
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    up_to_date(qtbot, app)
    controller = app.sync.controller
    thread = controller.background.scheduler._thread
    engine = weakref.ref(controller.engine)
    assert thread.is_alive()
    qtbot.keyClick(app.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.login.login_dialog is not None, timeout=WAIT_MS)
    settle(qtbot, app)  # the sync stopped, then the session closed, on the database thread
    assert not thread.is_alive()
    assert controller.engine is None and controller.status is None
    qtbot.waitUntil(lambda: gc.collect() >= 0 and engine() is None, timeout=WAIT_MS)
    assert not app.window.sync_bar.state_button.isVisible()
    assert not app.window.ui.actionSyncNow.isEnabled()
    # nothing syncs while locked: a record made meanwhile stays at the post
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 1)
    assert hq_records(hq) == 0
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    up_to_date(qtbot, app)  # back in: syncing again
    assert controller.running and hq_records(hq) == 1


def test_locking_in_the_middle_of_a_sync_stops_it_cleanly_and_the_next_login_goes_on(
        qtbot: Any, launch: Any, enrolled: Path, hq: Hq) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 400)
    hq.faults.add("/v1/push", "delay_before", times=1000, seconds=0.05)
    app = launch(enrolled, sync=SyncOptions(engine={"batch_count": 20}))
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    controller = app.sync.controller
    qtbot.waitUntil(lambda: state(app) == "syncing" and controller.status.progress is not None
                    and controller.status.progress.done > 0, timeout=WAIT_MS)
    thread = controller.background.scheduler._thread
    app.lock()
    qtbot.waitUntil(lambda: app.login.login_dialog is not None, timeout=WAIT_MS)
    settle(qtbot, app)  # stopped at a batch boundary, then the session closed
    assert not thread.is_alive()
    sent = hq_records(hq)
    assert 0 < sent < 400
    assert app.sync.message_box is None  # stopping is not an error
    hq.faults.clear()
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    up_to_date(qtbot, app)
    assert hq_records(hq) == 400
    assert hq.scalar("SELECT count(DISTINCT id) FROM records") == 400


def test_the_supervisor_sees_refused_items_and_offers_them_again(
        qtbot: Any, launch: Any, workstation: Path, hq: Hq) -> None:
    strict = replace(hq.config, validate_documents=True)  # HQ refuses a bad document
    hq.server.stop()
    hq.server = ServerThread(create_app(strict, hq.db), strict).start()
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        enrollment.enroll(s, hq.url, hq.code(), hq.config.ca_cert.read_bytes())
        record_inspections(s, 2)
        bad = record_inspections(s, 1, lane=None, direction="sideways")[0]
    app = launch(workstation, sync=FAST)
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    up_to_date(qtbot, app)
    bar = app.window.sync_bar
    assert "refused by HQ: 1" in bar.count_label.text()
    app.window.ui.actionQuarantine.trigger()
    dialog = app.sync.quarantine_dialog
    qtbot.waitUntil(lambda: dialog.ui.table.rowCount() == 1, timeout=WAIT_MS)
    assert dialog.ui.table.item(0, 1).text() == f"inspection:{bad}"
    assert "direction" in dialog.ui.table.item(0, 3).text()
    # HQ relaxes its checks; the supervisor offers the item again
    port = stop_hq(hq)
    start_hq(hq, port)
    qtbot.mouseClick(dialog.ui.retryButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 accepted" in dialog.ui.messageLabel.text()
                    and dialog.ui.table.rowCount() == 0, timeout=WAIT_MS)
    assert hq.scalar("SELECT count(*) FROM records WHERE id = ?", (bad,)) == 1
    qtbot.waitUntil(lambda: "refused" not in bar.count_label.text(), timeout=WAIT_MS)


def test_an_inspector_has_no_supervisor_sync_actions(qtbot: Any, launch: Any,
                                                     workstation: Path) -> None:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        accounts.add_operator(s, "boris", "inspector", "inspector pass 2")
    app = launch(workstation)
    logged_in(qtbot, app, "boris", "inspector pass 2")
    qtbot.waitUntil(lambda: "not enrolled" in app.window.sync_bar.state_text, timeout=WAIT_MS)
    assert not app.window.ui.actionEnroll.isEnabled()
    assert not app.window.ui.actionQuarantine.isEnabled()
    qtbot.keyClick(app.window, Qt.Key.Key_F9)  # Sync now, not enrolled: says what to do
    qtbot.waitUntil(lambda: app.sync.message_box is not None, timeout=WAIT_MS)
    assert "not enrolled" in app.sync.message_box.text()
