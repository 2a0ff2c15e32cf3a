"""Expired and nearly expired documents are warned about and recorded; a specimen or a
forged document is recorded as presented, with a reason, instead of blocking."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from checkpoint.services import session
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD
from tests.gui.conftest import td3
from tests.gui.helpers import WAIT_MS, scan, settle, type_into
from tests.gui.inspection.test_finalize import ctrl_enter
from tests.gui.inspection.test_inspection_flow import fill_record

pytestmark = pytest.mark.timeout(120)


def yymmdd(day: date) -> str:
    return day.strftime("%y%m%d")


def rescan(qtbot: Any, form: Any, lines: tuple[str, str]) -> Any:
    person = form.persons.detail
    scan(qtbot, person.mrz.ui.mrzEdit, lines)
    return person


def test_an_expired_document_is_warned_at_scan_and_recorded_at_finalize(
        qtbot: Any, inspector: Any, form: Any, workstation: Any) -> None:
    fill_record(qtbot, form)
    expired = date.today() - timedelta(days=10)
    person = rescan(qtbot, form, td3("SHEVCHENKO", "TARAS", "FE1234567",
                                     expiry=yymmdd(expired)))
    assert "expired" in person.mrz.ui.mrzMessage.text()
    ctrl_enter(qtbot, form)
    qtbot.waitUntil(lambda: getattr(form, "summary_dialog", None) is not None
                    and form.summary_dialog.isVisible(), timeout=WAIT_MS)
    assert "expired on " + expired.isoformat() in form.summary_dialog.summary.text()
    qtbot.keyClick(form.summary_dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.read_only, timeout=WAIT_MS)
    settle(qtbot, inspector)
    record_id = form.insp.id
    inspector.tasks.run_now(inspector.tasks.close_session)
    with session.login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        entries = [e for e in s.journal.entries() if e.action == "inspection.finalize"
                   and e.subject.endswith(record_id)]
    assert [w["code"] for w in entries[0].payload_dict()["warnings"]] == ["document.expired"]


def test_a_document_expiring_soon_is_warned(qtbot: Any, inspector: Any, form: Any) -> None:
    fill_record(qtbot, form)
    soon = date.today() + timedelta(days=20)
    person = rescan(qtbot, form, td3("SHEVCHENKO", "TARAS", "FE1234567", expiry=yymmdd(soon)))
    assert "expires on " + soon.isoformat() in person.mrz.ui.mrzMessage.text()


def test_a_specimen_is_recorded_as_presented_with_a_reason(qtbot: Any, inspector: Any,
                                                           form: Any) -> None:
    fill_record(qtbot, form)
    person = rescan(qtbot, form, td3("ERIKSSON", "ANNA MARIA", "L898902C3", nationality="UTO"))
    form.finalize()
    qtbot.waitUntil(lambda: form.ui.problemsList.count() > 0, timeout=WAIT_MS)
    lines = [form.ui.problemsList.item(i).text() for i in range(form.ui.problemsList.count())]
    assert any("UTO" in line for line in lines), lines
    assert person.mrz.ui.overrideEdit.isVisibleTo(person)
    type_into(qtbot, person.mrz.ui.overrideEdit, "specimen passport shown by the traveller")
    assert form.ui.problemsList.count() == 0  # the list followed
    ctrl_enter(qtbot, form)
    qtbot.waitUntil(lambda: getattr(form, "summary_dialog", None) is not None
                    and form.summary_dialog.isVisible(), timeout=WAIT_MS)
    assert "recorded as presented" in form.summary_dialog.summary.text()
    qtbot.keyClick(form.summary_dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.read_only, timeout=WAIT_MS)
    doc = form.insp.persons[1].document  # a new person: another traveller's document
    assert doc.issuing_state == "UTO"
    assert doc.mrz.override_reason == "specimen passport shown by the traveller"
