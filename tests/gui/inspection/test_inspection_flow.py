"""The inspector's day in the real app: log in, scan, fill, finalize, find, amend."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from checkpoint.errors import ConflictError
from checkpoint.services import inspections, session
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD
from tests.gui.conftest import td3
from tests.gui.helpers import WAIT_MS, choose, logged_in, scan, settle, type_into

pytestmark = pytest.mark.timeout(120)

MRZ = td3("SHEVCHENKO", "TARAS", "FE1234567")
CONTAINER = "CSQU3054383"
VIN = "WVWZZZ1JZXW000001"
PLATE = "AA1234BC"


def new_form(qtbot: Any, app: Any) -> Any:
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.window.form is not None, timeout=WAIT_MS)
    return app.window.form


def fill_record(qtbot: Any, form: Any) -> None:
    g = form.general.ui
    type_into(qtbot, g.checkpointEdit, "UA-YAHODYN")
    type_into(qtbot, g.laneEdit, "3")
    choose(g.directionCombo, "entry")
    choose(g.modeCombo, "road")
    g.documentaryCheck.setChecked(True)
    g.physicalCheck.setChecked(True)
    choose(g.triggerCombo, "random")
    choose(g.outcomeCombo, "released")
    # the person: a scanned passport, the name in Cyrillic typed from the data page
    form.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.persons.ui.addButton, Qt.MouseButton.LeftButton)
    person = form.persons.detail
    scan(qtbot, person.mrz.ui.mrzEdit, MRZ)
    assert person.ui.surnameLatinEdit.text() == "SHEVCHENKO"
    assert person.ui.docNumberEdit.text() == "FE1234567"
    assert person.ui.nationalityEdit.text() == "UKR"
    assert person.ui.birthDateEdit.text() == "1985-03-09"
    assert person.mrz.ui.checksTable.rowCount() == 5
    assert "every check digit is correct" in person.mrz.ui.mrzMessage.text()
    type_into(qtbot, person.ui.surnameEdit, "Шевченко")
    type_into(qtbot, person.ui.givenNamesEdit, "Тарас")
    # the vehicle and a container
    form.ui.tabs.setCurrentIndex(2)
    v = form.vehicle.ui
    type_into(qtbot, v.plateEdit, PLATE)
    type_into(qtbot, v.countryEdit, "UKR")
    type_into(qtbot, v.vinEdit, VIN)
    form.ui.tabs.setCurrentIndex(3)
    qtbot.mouseClick(form.consignment.containers.ui.addButton, Qt.MouseButton.LeftButton)
    type_into(qtbot, form.consignment.containers.detail.ui.numberEdit, CONTAINER)


def confirm_summary(qtbot: Any, form: Any) -> None:
    """Enter on the summary that Finalize shows first."""
    qtbot.waitUntil(lambda: getattr(form, "summary_dialog", None) is not None
                    and form.summary_dialog.isVisible(), timeout=WAIT_MS)
    qtbot.keyClick(form.summary_dialog, Qt.Key.Key_Return)


def test_record_scan_finalize_find_and_amend(qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    assert app.window.operator_label.text().endswith(INSPECTOR)
    assert "not enrolled" in app.window.sync_bar.state_text
    form = new_form(qtbot, app)
    fill_record(qtbot, form)
    qtbot.mouseClick(form.ui.finalizeButton, Qt.MouseButton.LeftButton)
    confirm_summary(qtbot, form)
    qtbot.waitUntil(lambda: form.read_only, timeout=WAIT_MS)
    record_id = form.insp.id
    assert form.ui.readOnlyBanner.isVisible() or not form.isVisible()
    settle(qtbot, app)

    # found by each search key (and by the name in either script)
    for key in ("FE1234567", "shevchenko", "Шевченко", "aa 1234 bc", VIN, CONTAINER):
        app.window.focus_search()
        type_into(qtbot, app.window.ui.searchEdit, key)
        qtbot.keyClick(app.window.ui.searchEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda k=key: app.window.records.last_search == k, timeout=WAIT_MS)
        assert app.window.records.results.record_id(0) == record_id, key

    # open it from the results: the full record, read-only
    app.window.ui.table.setCurrentIndex(app.window.records.results.index(0, 0))
    qtbot.keyClick(app.window.ui.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.form is not None and app.window.form.insp.id == record_id,
                    timeout=WAIT_MS)
    form = app.window.form
    assert form.read_only
    assert form.vehicle.ui.plateEdit.isReadOnly()
    assert form.persons.detail.ui.surnameEdit.text() == "Шевченко"

    # amend it with a reason; the amendment names the original
    qtbot.mouseClick(form.ui.amendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(app.window, "amend_dialog", None) is not None, timeout=WAIT_MS)
    dialog = app.window.amend_dialog
    qtbot.keyClicks(dialog.ui.reasonEdit, "Lane was 4, not 3")
    qtbot.mouseClick(dialog.ui.buttonBox.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.window.form is not None
                    and app.window.form.insp.amends == record_id, timeout=WAIT_MS)
    amendment = app.window.form
    assert "the original record" in amendment.ui.relatedLabel.text()
    type_into(qtbot, amendment.general.ui.laneEdit, "4")
    qtbot.mouseClick(amendment.ui.finalizeButton, Qt.MouseButton.LeftButton)
    confirm_summary(qtbot, amendment)
    qtbot.waitUntil(lambda: amendment.read_only, timeout=WAIT_MS)
    assert amendment.insp.lane == "4"

    # the original, opened again, shows its amendment
    app.window.open_record(record_id)
    qtbot.waitUntil(lambda: app.window.form is not None and app.window.form.insp.id == record_id
                    and bool(app.window.form.related), timeout=WAIT_MS)
    assert "Lane was 4, not 3" in app.window.form.ui.relatedLabel.text()
    assert app.window.form.insp.lane == "3"


def test_a_finalized_record_cannot_be_edited(qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = new_form(qtbot, app)
    fill_record(qtbot, form)
    form.finalize()
    qtbot.waitUntil(lambda: form.read_only, timeout=WAIT_MS)
    settle(qtbot, app)
    for edit in form.findChildren(QLineEdit):
        assert edit.isReadOnly(), edit.objectName()
    assert not form.general.ui.directionCombo.isEnabled()
    assert not form.persons.ui.addButton.isEnabled()
    assert not form.ui.finalizeButton.isVisible()
    # typing changes nothing and saves nothing
    form.general.ui.laneEdit.setText("99")
    assert not form.pending_save
    # and the service refuses a change even if one were attempted
    insp = form.insp
    with pytest.raises(ConflictError):
        app.tasks.run_now(lambda: inspections.autosave(app.tasks.session(), insp))


def test_finalize_lists_what_is_missing_and_goes_to_the_field(qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = new_form(qtbot, app)
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.ui.problemsList.count() > 0, timeout=WAIT_MS)
    problems = [form.ui.problemsList.item(i).text() for i in range(form.ui.problemsList.count())]
    assert "Inspection: direction is missing." in problems
    row = problems.index("Inspection: direction is missing.")
    form.ui.tabs.setCurrentIndex(3)
    form.ui.problemsList.setCurrentRow(row)
    qtbot.keyClick(form.ui.problemsList, Qt.Key.Key_Return)  # Enter on the line
    assert form.ui.tabs.currentIndex() == 0
    assert form.general.ui.directionCombo.hasFocus() or not form.isActiveWindow()
    assert not form.read_only


def test_a_failed_check_digit_needs_an_override_reason(qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = new_form(qtbot, app)
    fill_record(qtbot, form)
    person = form.persons.detail
    scan(qtbot, person.mrz.ui.mrzEdit, td3("SHEVCHENKO", "TARAS", "FE1234567", corrupt=True))
    assert "Check digit failed" in person.mrz.ui.mrzMessage.text()
    assert person.mrz.ui.overrideEdit.isVisibleTo(person.mrz)
    form.finalize()
    qtbot.waitUntil(lambda: form.ui.problemsList.count() > 0, timeout=WAIT_MS)
    text = form.ui.problemsList.item(0).text()
    assert "override reason" in text
    assert form.focus_path("persons[0].document.mrz.override_reason")
    type_into(qtbot, person.mrz.ui.overrideEdit, "Checked by eye; the document is genuine")
    form.finalize()
    qtbot.waitUntil(lambda: form.read_only, timeout=WAIT_MS)
    doc = form.insp.persons[0].document
    assert doc is not None and doc.mrz is not None
    assert doc.mrz.override_reason == "Checked by eye; the document is genuine"


def test_fields_are_validated_as_typed(qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = new_form(qtbot, app)
    form.ui.tabs.setCurrentIndex(3)
    qtbot.mouseClick(form.consignment.containers.ui.addButton, Qt.MouseButton.LeftButton)
    c = form.consignment.containers.detail.ui
    type_into(qtbot, c.numberEdit, "CSQU3054384")
    assert "check digit" in c.numberEditMessage.text().lower()
    type_into(qtbot, c.numberEdit, CONTAINER)
    assert c.numberEditMessage.text() == ""
    v = form.vehicle.ui
    type_into(qtbot, v.vinEdit, "WVWZZZ1JZXW000002")  # a European VIN: warn, don't reject
    assert v.vinEditMessage.property("severity") in ("warning", "error")
    type_into(qtbot, v.countryEdit, "XYZ")
    assert v.countryEditMessage.text()
    type_into(qtbot, form.consignment.ui.consignorEoriEdit, "DE1234567890123")
    assert form.consignment.ui.consignorEoriEditMessage.text() == ""
    form.ui.tabs.setCurrentIndex(4)
    qtbot.mouseClick(form.goods.ui.addButton, Qt.MouseButton.LeftButton)
    goods = form.goods.detail.ui
    type_into(qtbot, goods.hsEdit, "2402")
    assert goods.hsEditMessage.text()
    type_into(qtbot, goods.currencyEdit, "EUR")
    assert goods.currencyEditMessage.text() == ""


def test_wrong_password_is_refused_with_a_message(qtbot: Any, gui_app: Any) -> None:
    from tests.gui.helpers import log_in

    app = gui_app
    log_in(qtbot, app, INSPECTOR, "not the password")
    qtbot.waitUntil(
        lambda: "Wrong user name or password" in app.login.login_dialog.ui.messageLabel.text(),
        timeout=WAIT_MS)
    assert app.who is None
    assert not app.window.isVisible()


def test_the_draft_is_saved_as_it_is_typed(qtbot: Any, gui_app: Any, workstation: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = new_form(qtbot, app)
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        type_into(qtbot, form.general.ui.laneEdit, "7")
    settle(qtbot, app)
    record_id = form.insp.id
    app.tasks.run_now(app.tasks.close_session)
    with session.login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        drafts = inspections.drafts(s)
    assert [d.lane for d in drafts if d.id == record_id] == ["7"]


def test_a_photo_is_attached_encrypted_and_linked_to_a_finding(qtbot: Any, gui_app: Any,
                                                               tmp_path: Any) -> None:
    from PySide6.QtGui import QColor, QImage

    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = new_form(qtbot, app)
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("darkred"))
    path = tmp_path / "spare-wheel.png"
    assert image.save(str(path))
    form.ui.tabs.setCurrentIndex(7)
    type_into(qtbot, form.photos.ui.captionEdit, "cigarettes in the spare wheel")
    form.photos.add_file(path)
    qtbot.waitUntil(lambda: len(form.insp.attachments) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: form.photos.ui.photoList.count() == 1, timeout=WAIT_MS)
    settle(qtbot, app)
    assert form.insp.attachments[0].caption == "cigarettes in the spare wheel"
    # the finding offers the photo to tick
    form.ui.tabs.setCurrentIndex(6)
    qtbot.mouseClick(form.findings.ui.addButton, Qt.MouseButton.LeftButton)
    photos = form.findings.detail.ui.photosList
    assert photos.count() == 1
    photos.item(0).setCheckState(Qt.CheckState.Checked)
    assert form.collect().findings[0].attachment_ids == (form.insp.attachments[0].id,)
    stored = app.tasks.run_now(
        lambda: inspections.photo(app.tasks.session(), form.insp.attachments[0].id))
    assert stored[1] == path.read_bytes()


def td1(number: str = "AB1234567") -> tuple[str, str, str]:
    """An ID card MRZ (TD1, 3 lines of 30) with correct check digits."""
    from checkpoint.documents import check_digit

    l1 = ("I<POL" + number + check_digit(number)).ljust(30, "<")
    birth, expiry = "900115", "310630"
    l2 = birth + check_digit(birth) + "F" + expiry + check_digit(expiry) + "POL" + "<" * 11
    l2 += check_digit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = "WISNIEWSKA<<ANNA<MARIA".ljust(30, "<")
    return l1, l2, l3


def test_an_id_card_waits_for_its_third_line(qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = new_form(qtbot, app)
    form.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.persons.ui.addButton, Qt.MouseButton.LeftButton)
    person = form.persons.detail
    lines = td1()
    scan(qtbot, person.mrz.ui.mrzEdit, lines[:2])
    assert "waiting for the next line" in person.mrz.ui.mrzMessage.text()
    assert person.ui.docNumberEdit.text() == ""
    scan(qtbot, person.mrz.ui.mrzEdit, lines[2:])
    assert person.ui.surnameLatinEdit.text() == "WISNIEWSKA"
    assert person.ui.givenNamesLatinEdit.text() == "ANNA MARIA"
    assert person.ui.docNumberEdit.text() == "AB1234567"
    assert person.ui.docTypeCombo.currentData() == "id_card"
    assert "TD1" in person.mrz.ui.mrzMessage.text()


def test_garbage_from_the_reader_gives_a_message(qtbot: Any, gui_app: Any) -> None:
    app = gui_app
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = new_form(qtbot, app)
    form.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.persons.ui.addButton, Qt.MouseButton.LeftButton)
    person = form.persons.detail
    scan(qtbot, person.mrz.ui.mrzEdit, ("HELLO WORLD", "SOMETHING ELSE"))
    assert "Scan the machine-readable zone again" in person.mrz.ui.mrzMessage.text()
    assert person.mrz.ui.mrzEdit.toPlainText() == ""
    assert person.ui.docNumberEdit.text() == ""
