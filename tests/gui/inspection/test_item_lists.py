"""Lists of persons, goods lines, containers and findings: removing an item never leaves
its data in the form to be written over another; undo brings it back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.gui.helpers import WAIT_MS, settle, type_into

pytestmark = pytest.mark.timeout(120)


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: Any, box: Any) -> None:
    """Click a check box on its box (its centre may be past the caption)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_removing_a_person_shows_the_remaining_one_and_keeps_the_cash_link(
        qtbot: Any, inspector: Any, form: Any) -> None:
    persons = form.persons
    form.ui.tabs.setCurrentIndex(1)
    click(qtbot, persons.ui.addButton)
    type_into(qtbot, persons.detail.ui.surnameLatinEdit, "AAAA")
    click(qtbot, persons.ui.addButton)
    type_into(qtbot, persons.detail.ui.surnameLatinEdit, "BBBB")
    b_id = form.collect().persons[1].id
    form.ui.tabs.setCurrentIndex(5)
    cash = form.cash.ui
    tick(qtbot, cash.presentCheck)
    cash.carrierCombo.setCurrentIndex(cash.carrierCombo.findData(b_id))
    assert form.collect().cash.person_id == b_id
    # remove A (the first): the form must show B now
    form.ui.tabs.setCurrentIndex(1)
    persons.select(0)
    click(qtbot, persons.ui.removeButton)
    assert persons.ui.items.count() == 1
    assert persons.detail.ui.surnameLatinEdit.text() == "BBBB"
    # the next keystroke edits B, not a resurrected A
    persons.detail.ui.givenNamesLatinEdit.setFocus()
    qtbot.keyClicks(persons.detail.ui.givenNamesLatinEdit, "X")
    insp = form.collect()
    assert [(p.id, p.surname_latin, p.given_names_latin) for p in insp.persons] == [
        (b_id, "BBBB", "X")]
    assert insp.cash is not None and insp.cash.person_id == b_id


@pytest.mark.parametrize("tab, name", [(4, "goods"), (6, "findings")])
def test_removing_the_first_line_shows_the_second(qtbot: Any, inspector: Any, form: Any,
                                                   tab: int, name: str) -> None:
    items = getattr(form, name)
    form.ui.tabs.setCurrentIndex(tab)
    field = "descriptionEdit" if name == "goods" else "commodityEdit"
    for text in ("first", "second"):
        click(qtbot, items.ui.addButton)
        type_into(qtbot, getattr(items.detail.ui, field), text)
    items.select(0)
    click(qtbot, items.ui.removeButton)
    assert getattr(items.detail.ui, field).text() == "second"
    qtbot.keyClicks(getattr(items.detail.ui, field), "!")
    texts = [x.description if name == "goods" else x.commodity
             for x in getattr(form.collect(), name)]
    assert texts == ["second!"]


def test_removing_a_container_shows_the_remaining_one(qtbot: Any, inspector: Any,
                                                       form: Any) -> None:
    containers = form.consignment.containers
    form.ui.tabs.setCurrentIndex(3)
    for number in ("CSQU3054383", "MSCU1234566"):
        click(qtbot, containers.ui.addButton)
        type_into(qtbot, containers.detail.ui.numberEdit, number)
    containers.select(0)
    click(qtbot, containers.ui.removeButton)
    assert containers.detail.ui.numberEdit.text() == "MSCU1234566"
    containers.detail.ui.sealsEdit.setFocus()
    qtbot.keyClicks(containers.detail.ui.sealsEdit, "S1")
    consignment = form.collect().consignment
    assert [(c.number, c.seals) for c in consignment.containers] == [("MSCU1234566", ("S1",))]


def test_a_removed_person_comes_back_with_undo(qtbot: Any, inspector: Any, form: Any) -> None:
    persons = form.persons
    form.ui.tabs.setCurrentIndex(1)
    click(qtbot, persons.ui.addButton)
    type_into(qtbot, persons.detail.ui.surnameLatinEdit, "AAAA")
    a_id = form.collect().persons[0].id
    click(qtbot, persons.ui.addButton)
    type_into(qtbot, persons.detail.ui.surnameLatinEdit, "BBBB")
    form.ui.tabs.setCurrentIndex(5)
    tick(qtbot, form.cash.ui.presentCheck)
    form.cash.ui.carrierCombo.setCurrentIndex(form.cash.ui.carrierCombo.findData(a_id))
    form.ui.tabs.setCurrentIndex(1)
    persons.select(0)
    click(qtbot, persons.ui.removeButton)
    assert persons.ui.undoButton.isVisible()
    assert "AAAA" in persons.ui.undoLabel.text()
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        pass  # the removal is saved: the draft no longer has A
    assert [p.surname_latin for p in form.insp.persons] == ["BBBB"]
    click(qtbot, persons.ui.undoButton)
    assert not persons.ui.undoButton.isVisible()
    insp = form.collect()
    assert [p.surname_latin for p in insp.persons] == ["AAAA", "BBBB"]
    assert persons.current() == 0 and persons.detail.ui.surnameLatinEdit.text() == "AAAA"
    assert insp.cash is not None and insp.cash.person_id == a_id  # the carrier link is back
    settle(qtbot, inspector)


def test_the_add_and_remove_buttons_stay_in_view(qtbot: Any, inspector: Any,
                                                 form: Any) -> None:
    window = inspector.window
    window.resize(1366, 700)
    form.ui.tabs.setCurrentIndex(1)
    click(qtbot, form.persons.ui.addButton)
    person = form.persons.detail
    for widget in (person.ui.roleCombo, person.mrz.ui.mrzEdit, person.ui.expiryEdit):
        widget.setFocus()
        qtbot.wait(10)
        assert not form.persons.ui.addButton.visibleRegion().isEmpty(), widget.objectName()
        assert not form.persons.ui.removeButton.visibleRegion().isEmpty()


def test_a_click_on_a_photo_caption_links_it_to_the_finding(qtbot: Any, inspector: Any,
                                                            form: Any, tmp_path: Any) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    path = tmp_path / "boot.png"
    assert image.save(str(path))
    form.ui.tabs.setCurrentIndex(7)
    type_into(qtbot, form.photos.ui.captionEdit, "boot")
    form.photos.add_file(path)
    qtbot.waitUntil(lambda: len(form.insp.attachments) == 1, timeout=WAIT_MS)
    form.ui.tabs.setCurrentIndex(6)
    click(qtbot, form.findings.ui.addButton)
    photos = form.findings.detail.ui.photosList
    rect = photos.visualItemRect(photos.item(0))
    caption = QPoint(rect.right() - 10, rect.center().y())  # on the caption, far from the box
    qtbot.mouseClick(photos.viewport(), Qt.MouseButton.LeftButton, pos=caption)
    assert form.collect().findings[0].attachment_ids == (form.insp.attachments[0].id,)
    qtbot.mouseClick(photos.viewport(), Qt.MouseButton.LeftButton, pos=caption)
    assert form.collect().findings[0].attachment_ids == ()
    settle(qtbot, inspector)
