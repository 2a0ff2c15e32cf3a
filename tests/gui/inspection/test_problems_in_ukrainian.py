"""Finalize problems in the officer's language; Enter on one goes to its field by path."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from checkpoint.domain.goods import CashDeclaration, Finding
from checkpoint.domain.inspection import Inspection, finalize_problems
from checkpoint.formats.schema import load_example
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD
from tests.gui.helpers import WAIT_MS, logged_in

pytestmark = pytest.mark.timeout(120)



def _new_form(qtbot: Any, app: Any) -> Any:
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.window.form is not None, timeout=WAIT_MS)
    return app.window.form


def _problem_lines(form: Any) -> list[str]:
    lst = form.ui.problemsList
    return [lst.item(row).text() for row in range(lst.count())]


def test_finalize_problems_are_in_ukrainian_and_enter_goes_to_the_field(
        qtbot: Any, gui_app: Any, ukrainian: None) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = _new_form(qtbot, app)
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.ui.problemsList.count() > 0, timeout=WAIT_MS)
    lines = _problem_lines(form)
    assert "Огляд: напрямок — не вказано." in lines
    assert "Огляд: виберіть хоча б один вид контролю." in lines
    assert not any("missing" in line or "Inspection" in line for line in lines), lines
    assert form.ui.problemsTitle.text() == f"Залишилося до завершення: {len(lines)}"
    # Enter on "the outcome is missing" shows the general tab with the outcome combo focused
    row = lines.index("Огляд: результат — не вказано.")
    form.ui.tabs.setCurrentIndex(4)
    form.ui.problemsList.setCurrentRow(row)
    qtbot.keyClick(form.ui.problemsList, Qt.Key.Key_Return)
    assert form.ui.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.general.ui.outcomeCombo,
                    timeout=WAIT_MS)


def test_a_persons_problem_opens_the_person_and_focuses_the_field(
        qtbot: Any, gui_app: Any, ukrainian: None) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = _new_form(qtbot, app)
    example = Inspection.from_document(load_example("inspection"))
    second = replace(example.persons[1], nationality="UA")
    form.load(replace(form.insp, persons=(example.persons[0], second)))
    problems = [p for p in finalize_problems(form.collect()) if p.path.startswith("persons")]
    form.show_problems(problems)
    lines = _problem_lines(form)
    assert lines == ["Особа 2: громадянство: UA — дволітерний код; вкажіть трилітерний код UKR."]
    form.persons.select(0)
    qtbot.keyClick(form.ui.problemsList, Qt.Key.Key_Return)
    assert form.ui.tabs.currentIndex() == 1
    assert form.persons.current() == 1
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is form.persons.detail.ui.nationalityEdit,
        timeout=WAIT_MS)


def test_every_problem_path_leads_to_a_field(qtbot: Any, gui_app: Any) -> None:
    """However a record is wrong, "go to the field" finds a widget for each problem."""
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = _new_form(qtbot, app)
    example = Inspection.from_document(load_example("inspection"))
    assert example.vehicle is not None and example.consignment is not None
    wrong = replace(
        form.insp,
        persons=tuple(replace(p, surname_latin=None, sex=None, nationality="XX",
                              birth_date="1-2", document=None) for p in example.persons),
        vehicle=replace(example.vehicle, plate=None, vin="I" * 17, trailer_plate="AB",
                        trailer_registration_country=None),
        consignment=replace(example.consignment, declaration_mrn="1", consignor_eori="U"),
        goods=(replace(example.goods[0], hs_code="1", declared_quantity=-1),),
        cash=CashDeclaration(), findings=(Finding(id="01959399-0000-7000-8000-000000000001"),))
    form.load(wrong)
    problems = finalize_problems(form.collect())
    assert len(problems) > 20
    lost = [p.path for p in problems if not form.focus_path(p.path)]
    assert lost == []


def test_the_mrz_reader_explains_a_cyrillic_keyboard_in_ukrainian(
        qtbot: Any, gui_app: Any, ukrainian: None) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = _new_form(qtbot, app)
    form.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.persons.ui.addButton, Qt.MouseButton.LeftButton)
    panel = form.persons.detail.mrz
    panel.ui.mrzEdit.insertPlainText("З<UTOERIKSSON<<ANNA\nL898902C36UTO7408122F\n")
    assert panel.ui.mrzMessage.text().startswith("Зчитувач ввів кириличні літери")
