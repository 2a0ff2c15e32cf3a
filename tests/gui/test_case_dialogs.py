"""The case and referral dialogs with real events: an inspector opens a case from a
finding, is told what is missing, submits it; a supervisor approves it; a referral is
written from the case; HQ's answer and an overdue deadline are shown."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from checkpoint.domain.inspection import Inspection, Status
from checkpoint.formats import load_example
from checkpoint.gui.cases import open_case, open_referral
from checkpoint.gui.ops import TaskManager
from checkpoint.services import inspections, session
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.gui.helpers import WAIT_MS, choose


def _tasks(home: Path, user: str, password: str) -> TaskManager:
    manager = TaskManager()
    manager.run_now(lambda: manager.set_session(session.login(home, user, password)))
    return manager


@pytest.fixture
def inspection(workstation: Path) -> Inspection:
    with session.login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        draft = inspections.start(s)
        example = Inspection.from_document(load_example("inspection"))
        done = inspections.finalize(s, replace(
            example, id=draft.id, status=Status.DRAFT, created_at=draft.created_at,
            updated_at=draft.updated_at, device_id=draft.device_id, author=draft.author,
            finalized_at=None))
        with s.write() as conn:  # HQ's directory and article table, as a pull leaves them
            for collection, key, data in (
                    ("agencies", "UA-NPU", {"key": "UA-NPU", "name": "National Police",
                                            "kind": "police", "accepts": ["case", "goods",
                                                                          "person"]}),
                    ("offence_codes", "UA-CC-483", {"key": "UA-CC-483",
                                                    "title": "Undeclared goods"})):
                conn.execute("INSERT INTO hq_items (collection, key, version, data, generation) "
                             "VALUES (?, ?, 1, ?, 0)", (collection, key, json.dumps(data)))
        return done


@pytest.fixture
def inspector(workstation: Path) -> Iterator[TaskManager]:
    manager = _tasks(workstation, INSPECTOR, INSPECTOR_PASSWORD)
    yield manager
    manager.shutdown()


@pytest.fixture
def supervisor(workstation: Path) -> Iterator[TaskManager]:
    manager = _tasks(workstation, SUPERVISOR, SUPERVISOR_PASSWORD)
    yield manager
    manager.shutdown()


def _opened(qtbot: Any, opener: Any) -> Any:
    found: list[Any] = []
    opener(found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT_MS)
    qtbot.addWidget(found[0])
    return found[0]


def _settled(qtbot: Any, tasks: TaskManager) -> None:
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=WAIT_MS)


def test_a_case_from_a_finding_is_submitted_then_approved_by_a_supervisor(
        qtbot: Any, inspection: Inspection, inspector: TaskManager,
        supervisor: TaskManager) -> None:
    dialog = _opened(qtbot, lambda shown: open_case(
        inspector, None, inspection_id=inspection.id, finding_id=inspection.findings[0].id,
        shown=shown))
    ui = dialog.ui
    assert ui.personsTable.rowCount() == 2 and ui.itemsTable.rowCount() == 1
    assert ui.riskCombo.currentData() == "tobacco_alcohol_fuel"
    assert not ui.approveButton.isVisible()  # an inspector never sees it
    qtbot.mouseClick(ui.submitButton, Qt.MouseButton.LeftButton)
    _settled(qtbot, inspector)
    problems = [ui.problemsList.item(i).text() for i in range(ui.problemsList.count())]
    assert "Offence case: kind of case is missing." in problems
    assert "Offence case: legal basis is missing." in problems
    paths = [ui.problemsList.item(i).data(256) for i in range(ui.problemsList.count())]
    assert "kind" in paths and "legal_basis" in paths  # each line keeps its problem's path

    choose(ui.kindCombo, "administrative")
    choose(ui.legalCombo, "UA-CC-483")
    ui.itemsTable.item(0, 1).setText("2402.20")  # the HS code, typed in the table
    qtbot.keyClicks(ui.summaryEdit, "Cigarettes in a cavity of the trailer floor.")
    qtbot.mouseClick(ui.submitButton, Qt.MouseButton.LeftButton)
    _settled(qtbot, inspector)
    assert ui.problemsList.count() == 0, ui.problemsList.item(0).text()
    assert dialog.case.review.state.value == "submitted"
    assert "Waiting for a supervisor" in ui.statusLabel.text()
    assert not ui.saveButton.isEnabled()  # frozen while waiting
    case_id = dialog.case.id

    boss = _opened(qtbot, lambda shown: open_case(supervisor, None, case_id=case_id,
                                                  shown=shown))
    assert boss.ui.approveButton.isVisibleTo(boss)
    qtbot.mouseClick(boss.ui.approveButton, Qt.MouseButton.LeftButton)
    _settled(qtbot, supervisor)
    assert boss.case.status.value == "approved" and "Approved" in boss.ui.statusLabel.text()
    assert boss.case.items[0].hs_code == "2402.20"


def test_a_referral_from_the_case_shows_hq_answer_and_overdue(
        qtbot: Any, workstation: Path, inspection: Inspection, inspector: TaskManager) -> None:
    case_dialog = _opened(qtbot, lambda shown: open_case(
        inspector, None, inspection_id=inspection.id, finding_id=inspection.findings[0].id,
        shown=shown))
    found: list[Any] = []
    case_dialog.refer_requested.disconnect()
    case_dialog.refer_requested.connect(lambda c: open_referral(
        inspector, case_dialog, case_id=c.id, new=True, shown=found.append))
    qtbot.mouseClick(case_dialog.ui.referButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT_MS)
    ref_dialog = found[0]
    assert ref_dialog.ui.handedList.count() == 3  # two suspects and the seized item
    choose(ref_dialog.ui.agencyCombo, "UA-NPU")
    qtbot.keyClicks(ref_dialog.ui.reasonEdit, "Smuggling of excise goods.")
    qtbot.mouseClick(ref_dialog.ui.submitButton, Qt.MouseButton.LeftButton)
    _settled(qtbot, inspector)
    assert ref_dialog.referral.review.state.value == "submitted", [
        ref_dialog.ui.problemsList.item(i).text()
        for i in range(ref_dialog.ui.problemsList.count())]
    assert ref_dialog.referral.agency_kind is not None

    rid = ref_dialog.referral.id
    answer = {"schema": "referral_status.v1", "referral_id": rid, "agency": "UA-NPU",
              "status": "received", "agency_reference": None, "reason": None,
              "outcome": None, "deadline": "2020-01-01T00:00:00.000Z",
              "updated_at": "2020-01-01T00:00:00.000Z",
              "events": [{"at": "2020-01-01T00:00:00.000Z", "status": "received",
                          "by": "UA-NPU/duty", "note": None}]}
    with session.login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        from checkpoint.services.cases import referrals

        ref = referrals.load(s, rid, audit=False)
        referrals.approve(s, rid, referrals.digest(ref))
        with s.write() as conn:
            conn.execute("INSERT INTO hq_items (collection, key, version, data, generation) "
                         "VALUES ('referral_status', ?, 2, ?, 0)", (rid, json.dumps(answer)))
    again = _opened(qtbot, lambda shown: open_referral(inspector, None, referral_id=rid,
                                                       shown=shown))
    assert again.ui.answerLabel.text().startswith("OVERDUE")
    assert "received by the agency" in again.ui.answerLabel.text()
    assert again.ui.eventsList.count() == 1
    assert not again.ui.saveButton.isEnabled()


def test_a_finalized_inspection_opens_a_case_from_the_finding_shown(
        qtbot: Any, gui_app: Any, inspection: Inspection) -> None:
    from checkpoint.gui.cases.case_dialog import CaseDialog
    from tests.gui.helpers import logged_in

    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    app.window.open_record(inspection.id)
    qtbot.waitUntil(lambda: app.window.form is not None, timeout=WAIT_MS)
    form = app.window.form
    assert form.read_only and not form.ui.openCaseButton.isHidden()
    form.ui.tabs.setCurrentIndex(6)
    form.findings.select(0)
    qtbot.mouseClick(form.ui.openCaseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(app.window.findChildren(CaseDialog)), timeout=WAIT_MS)
    (dialog,) = app.window.findChildren(CaseDialog)
    assert dialog.case.inspection_id == inspection.id
    assert dialog.case.finding_ids == (inspection.findings[0].id,)
    assert dialog.ui.itemsTable.rowCount() == 1  # the finding's goods, seized
    dialog.close()
