"""A keyboard-wedge reader at a busy lane: it types the zone into whatever has the
focus; the scan goes to the right person and never over another traveller."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import td3
from tests.gui.helpers import WAIT_MS, choose, scan, settle, type_into

pytestmark = pytest.mark.timeout(120)

SHEVCHENKO = td3("SHEVCHENKO", "TARAS", "FE1234567")
KOVAL = td3("KOVAL", "OLHA", "FK7654321", sex="F", birth="900421")


def wedge(qtbot: Any, widget: Any, lines: tuple[str, ...]) -> None:
    """The reader types into ``widget`` (whatever has the focus): each line, then Enter
    (after the moment it takes to put the document on the reader)."""
    qtbot.wait(100)
    for line in lines:
        qtbot.keyClicks(widget, line)
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_second_scan_starts_a_new_person(qtbot: Any, inspector: Any, form: Any) -> None:
    form.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.persons.ui.addButton, Qt.MouseButton.LeftButton)
    person = form.persons.detail
    scan(qtbot, person.mrz.ui.mrzEdit, SHEVCHENKO)
    type_into(qtbot, person.ui.surnameEdit, "Шевченко")
    type_into(qtbot, person.ui.givenNamesEdit, "Тарас")
    scan(qtbot, person.mrz.ui.mrzEdit, KOVAL)  # into the same, filled, person
    persons = form.collect().persons
    assert [(p.surname_latin, p.surname, p.document.number) for p in persons] == [
        ("SHEVCHENKO", "Шевченко", "FE1234567"), ("KOVAL", None, "FK7654321")]
    assert form.persons.current() == 1
    assert person.ui.surnameLatinEdit.text() == "KOVAL"
    assert person.ui.surnameEdit.text() == ""
    # the same passport scanned again refreshes its holder, keeping the typed names
    form.persons.select(1)
    scan(qtbot, person.mrz.ui.mrzEdit, SHEVCHENKO)
    persons = form.collect().persons
    assert len(persons) == 2 and form.persons.current() == 0
    assert persons[0].surname == "Шевченко"


def test_a_scan_right_after_ctrl_n_goes_to_a_new_person_not_the_checkpoint(
        qtbot: Any, inspector: Any, form: Any) -> None:
    g = form.general.ui
    assert g.checkpointEdit.hasFocus() or not form.isActiveWindow()
    type_into(qtbot, g.checkpointEdit, "UA-YAH")
    wedge(qtbot, g.checkpointEdit, SHEVCHENKO)
    assert g.checkpointEdit.text() == "UA-YAH"
    insp = form.collect()
    assert insp.checkpoint == "UA-YAH"
    assert [p.surname_latin for p in insp.persons] == ["SHEVCHENKO"]
    assert form.ui.tabs.currentIndex() == 1
    settle(qtbot, inspector)
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS, raising=False):
        pass
    qtbot.waitUntil(lambda: form.insp.checkpoint == "UA-YAH" and len(form.insp.persons) == 1,
                    timeout=WAIT_MS)


def test_a_scan_into_the_role_combo_leaves_the_role(qtbot: Any, inspector: Any,
                                                    form: Any) -> None:
    form.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.persons.ui.addButton, Qt.MouseButton.LeftButton)
    role = form.persons.detail.ui.roleCombo
    assert role.currentData() == "driver"
    wedge(qtbot, role, SHEVCHENKO)  # "P<UKR…": the P would pick "passenger"
    assert role.currentData() == "driver"
    assert [(p.role.value, p.surname_latin) for p in form.collect().persons] == [
        ("driver", "SHEVCHENKO")]


def test_a_scan_into_a_combo_or_list_elsewhere_restores_it(qtbot: Any, inspector: Any,
                                                           form: Any) -> None:
    g = form.general.ui
    choose(g.directionCombo, "exit")
    wedge(qtbot, g.directionCombo, KOVAL)  # the E of … would pick "entry"
    wedge(qtbot, g.remarksEdit, SHEVCHENKO)
    assert g.directionCombo.currentData() == "exit"
    assert g.remarksEdit.toPlainText() == ""
    assert [p.surname_latin for p in form.collect().persons] == ["KOVAL", "SHEVCHENKO"]
    form.ui.tabs.setCurrentIndex(1)
    form.persons.select(0)
    wedge(qtbot, form.persons.ui.items, KOVAL)  # the list's keyboard search would move
    assert form.persons.current() == 0
    assert len(form.collect().persons) == 2


def test_a_scan_into_the_search_field_searches_by_the_document(qtbot: Any,
                                                                inspector: Any) -> None:
    window = inspector.window
    window.focus_search()
    wedge(qtbot, window.ui.searchEdit, KOVAL)
    assert window.ui.searchEdit.text() == "FK7654321"
    qtbot.waitUntil(lambda: window.records.last_search == "FK7654321", timeout=WAIT_MS)
    assert window.form is None


def test_a_person_typing_fast_is_not_taken_for_a_reader(qtbot: Any, inspector: Any,
                                                         form: Any) -> None:
    remarks = form.general.ui.remarksEdit
    remarks.setFocus()
    qtbot.keyClicks(remarks, "P<UKRSHEVCHENKO", delay=70)  # a quick typist, not a reader
    qtbot.keyClicks(remarks, "X" * 29)  # 44 characters but not all at a reader's pace
    qtbot.keyClick(remarks, Qt.Key.Key_Return)
    assert remarks.toPlainText().startswith("P<UKRSHEVCHENKO")
    assert form.collect().persons == ()


def test_new_persons_do_not_all_default_to_driver(qtbot: Any, inspector: Any,
                                                  form: Any) -> None:
    form.ui.tabs.setCurrentIndex(1)
    for _ in range(3):
        qtbot.mouseClick(form.persons.ui.addButton, Qt.MouseButton.LeftButton)
    assert [p.role.value for p in form.collect().persons] == ["driver", "passenger",
                                                               "passenger"]
    form.ui.tabs.setCurrentIndex(0)
    choose(form.general.ui.modeCombo, "pedestrian")
    form.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.persons.ui.addButton, Qt.MouseButton.LeftButton)
    assert form.collect().persons[-1].role.value == "pedestrian"


def test_a_reader_that_ends_lines_with_a_line_feed_is_recognized(qtbot: Any, inspector: Any,
                                                                 form: Any) -> None:
    """Found using the app under X: xdotool (and readers set to LF) end a line with a key
    Qt has no name for, whose text is a line feed."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    edit = form.general.ui.checkpointEdit
    before = edit.text()
    qtbot.wait(100)
    for line in SHEVCHENKO:
        qtbot.keyClicks(edit, line)
        QApplication.sendEvent(edit, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                               Qt.KeyboardModifier.NoModifier, "\n"))
    assert edit.text() == before
    assert [p.surname_latin for p in form.collect().persons] == ["SHEVCHENKO"]


def test_the_pace_is_measured_by_the_keys_own_time(qtbot: Any, inspector: Any,
                                                   form: Any) -> None:
    """Found using the app under X on a loaded machine: measured on arrival, a reader's
    keys that queued while the workstation was busy looked slow (or fast typing fast);
    the window system's timestamp of each key says when it was typed."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    remarks = form.general.ui.remarksEdit
    remarks.setFocus()
    stamp = 1_000_000
    for line in KOVAL:  # typed 10 ms apart by the reader
        for index, char in enumerate([*line, "\r"]):
            key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char))
            event = QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(stamp)
            stamp += 10
            QApplication.sendEvent(remarks, event)
            if index == 20:
                qtbot.wait(150)  # the workstation was busy: the rest arrives late
    assert remarks.toPlainText() == ""
    assert [p.surname_latin for p in form.collect().persons] == ["KOVAL"]


def test_a_scan_while_locked_is_no_password(qtbot: Any, inspector: Any) -> None:
    """Found using the app: a passport put on the reader while the workstation was locked
    typed its zone into the password field and Enter tried it as a password."""
    inspector.window.ui.actionLock.trigger()
    qtbot.waitUntil(lambda: inspector.login.login_dialog is not None
                    and inspector.login.login_dialog.isVisible(), timeout=WAIT_MS)
    dialog = inspector.login.login_dialog
    password = dialog.ui.passwordEdit
    wedge(qtbot, password, KOVAL)
    assert password.text() == ""
    settle(qtbot, inspector)
    assert inspector.login.login_dialog is dialog and dialog.ui.messageLabel.text() == ""
    assert inspector.window.form is None
