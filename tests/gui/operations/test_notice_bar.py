"""A joint-operation notice in the real app: the banner at login, a controlled delivery
that cannot be missed, linking the matching inspection, the supervisor's acknowledgement,
and the post's operation report from the Shift menu, received at HQ."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from checkpoint.gui.operations.report import OperationReportDialog
from checkpoint.services import operations
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import POST
from tests.e2e.helpers import record_inspections
from tests.gui.helpers import WAIT_MS, logged_in, settle

pytestmark = pytest.mark.timeout(180)


def test_notice_banner_controlled_delivery_link_and_acknowledge(
        qtbot: Any, launch: Any, enrolled: Path, hq: Any) -> None:
    from hq.operations import answers, publish_operation

    with hq.tx() as tx:
        notice = publish_operation(
            tx, title="Amber", valid_from="2020-01-01", valid_to="2099-12-31", posts=[POST],
            instructions="Report every crossing of the targets.",
            targets=[{"id": "courier", "kind": "person", "value": "SHEVCHUK ANDRII",
                      "action": "do_not_intercept", "note": "Report the route."}],
            reporting=["route"])
    with login(enrolled, INSPECTOR, INSPECTOR_PASSWORD) as s:
        SyncEngine.for_session(s).sync_now()
        inspection_id = record_inspections(s, 1)[0]  # SHEVCHUK ANDRII, the example

    app = launch(enrolled)
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    bar = app.window.shift_menu.notices
    qtbot.waitUntil(lambda: bar.isVisible() and "Amber" in bar.text.text(), timeout=WAIT_MS)
    assert "must NOT be intercepted" in bar.text.text()

    app.window.open_record(inspection_id)
    qtbot.waitUntil(lambda: bar.link_button.isVisible(), timeout=WAIT_MS)
    assert "DO NOT INTERCEPT" in bar.text.text()
    qtbot.waitUntil(lambda: getattr(bar, "warning", None) is not None
                    and bar.warning.isVisible(), timeout=WAIT_MS)
    assert "DO NOT INTERCEPT" in bar.warning.text()
    bar.warning.accept()

    qtbot.mouseClick(bar.link_button, Qt.MouseButton.LeftButton)
    dialog = bar.link_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.edits["route"], "Lviv - Warsaw")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    qtbot.mouseClick(bar.ack_button, Qt.MouseButton.LeftButton)  # an inspector may not
    qtbot.waitUntil(lambda: getattr(bar, "error_box", None) is not None, timeout=WAIT_MS)
    assert "supervisor" in bar.error_box.text()
    bar.error_box.accept()
    app.lock()
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    qtbot.waitUntil(lambda: bar.ack_button.isVisible(), timeout=WAIT_MS)
    qtbot.mouseClick(bar.ack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=WAIT_MS)
    settle(qtbot, app)
    done = app.tasks.run_now(lambda: operations.notices(app.tasks.session()))
    assert done[0].notice.id == notice.id
    assert done[0].acknowledged_by == SUPERVISOR and done[0].linked == 1

    # the post's operation report, from the Shift menu
    menu = app.window.shift_menu
    menu.refresh()
    qtbot.waitUntil(menu.operation_report_action.isEnabled, timeout=WAIT_MS)
    menu.operation_report_action.trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(menu, "dialog", None), OperationReportDialog)
                    and menu.dialog.isVisible(), timeout=WAIT_MS)
    dialog = menu.dialog
    assert dialog.ui.operationCombo.currentText().startswith("Amber")
    assert "Linked inspections: 1" in dialog.ui.detailsText.text()
    dialog.ui.remarksEdit.setFocus()
    qtbot.keyClicks(dialog.ui.remarksEdit, "One crossing, let pass.")
    with qtbot.waitSignal(menu.operation_reported, timeout=WAIT_MS) as made:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and "1 linked inspection(s)" in menu.message_box.text()
    menu.message_box.accept()
    settle(qtbot, app)
    held = app.tasks.run_now(lambda: operations.notices(app.tasks.session()))
    assert held[0].reported_at is not None
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        SyncEngine.for_session(s).sync_now()
    with hq.tx() as tx:  # the report reached HQ with the linked inspection and remarks
        report = answers(tx, notice.id)[POST].reports[-1]
    assert report["id"] == made.args[0] and report["remarks"] == "One crossing, let pass."
    assert [x["inspection_id"] for x in report["linked"]] == [inspection_id]
