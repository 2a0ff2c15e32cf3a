"""Issue 10 in the Ukrainian app: the hit dialog words the match type, the triage and the
whole explanation in the officer's language (the screening core writes its explanation
in English; the dialog words the structured explanation the hit carries)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from checkpoint.domain.alert import Alert, AlertName
from checkpoint.formats.ftm import parse_lines
from checkpoint.gui.inspection.hit_panel import HitDialog
from checkpoint.gui.ops import TaskManager
from checkpoint.screening import Candidate, PersonQuery, Snapshot
from checkpoint.screening.score import score_person
from checkpoint.services import screening
from checkpoint.services.session import login
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.gui.helpers import WAIT_MS, scan
from tests.gui.inspection.test_inspection_flow import MRZ

pytestmark = pytest.mark.timeout(120)

ENGLISH_WORD = re.compile(r"\b[a-z]{2,}\b")  # data (names, codes, lists) is upper case



@pytest.fixture
def passport_list(workstation: Path) -> None:
    """The passport the MRZ scan gives (FE1234567, UKR) reported stolen, no instructions
    (an alert's own text is shown as its owner wrote it)."""
    lines = [json.dumps({"id": "pp-1", "schema": "Passport", "properties": {
                "number": ["FE1234567"], "country": ["ua"], "type": ["passport"]}}),
             json.dumps({"id": "r-1", "schema": "Risk", "properties": {
                "entity": ["pp-1"], "topics": ["seize_object"]}})]
    parsed = parse_lines(lines, "UA-STOLEN")
    assert not parsed.errors, parsed.errors
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        screening.replace_list(s, "UA-STOLEN", 3, parsed.alerts)


def _text(dialog: HitDialog) -> str:
    items = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    return "\n".join([*items, dialog.confirmation.text()])


def test_an_identifier_hit_is_explained_in_ukrainian(
        ukrainian: None, passport_list: None, qtbot: Any, inspector: Any, form: Any,
        tmp_path: Path) -> None:
    """Scanned into a draft in the Ukrainian app: the header's button opens the dialog,
    whose every line is Ukrainian (it said "identifier … pending … document FE1234567 =
    listed FE1234567, UKR on both sides")."""
    form.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.persons.ui.addButton, Qt.MouseButton.LeftButton)
    scan(qtbot, form.persons.detail.mrz.ui.mrzEdit, MRZ)
    qtbot.waitUntil(form.hits.button.isVisible, timeout=WAIT_MS)
    qtbot.mouseClick(form.hits.button, Qt.MouseButton.LeftButton)
    dialog = form.hits.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    text = _text(dialog)
    english = dialog.found[0][1]["candidate"]["explanation"]["text"]
    assert "listed" in english  # what the core wrote, and the dialog no longer shows
    assert ENGLISH_WORD.findall(text) == [], text
    assert "UA-STOLEN · вилучити предмет · ідентифікатор 1.00 · без оцінки" in text
    assert "документ FE1234567 = у списку FE1234567, UKR з обох боків" in text
    dialog.grab().save(str(tmp_path / "identifier_hit_uk.png"))
    dialog.reject()


def _name_hit(birth: str) -> dict[str, Any]:
    """A name candidate as the screening core makes it: a Latin passport name against a
    Cyrillic listed one, with its birth date compared."""
    alert = Alert("p-1", "UA-NAT", "person", "p-1", names=(AlertName("Шевченко Тарас"),),
                  birth_dates=("1961-03-09",), nationalities=("UKR",), sex="M",
                  action="arrest")
    match = score_person(PersonQuery("SHEVCHENKO", "TARAS", birth, "RUS", "F"), alert)
    assert match is not None
    snapshot = Snapshot("UA-NAT", 4, "2026-12-01T08:00:00.000Z", 6)
    return Candidate(alert, snapshot, "name", match.score, match.score >= 0.8,
                     (), name=match).to_json()


def test_a_transliterated_name_hit_is_explained_in_ukrainian(
        ukrainian: None, qtbot: Any, tmp_path: Path) -> None:
    found = [("hit-1", {"candidate": _name_hit("1961-03-09"), "triage": "possible"}),
             ("hit-2", {"candidate": _name_hit("1961-03-19"), "triage": "false_positive"})]
    dialog = HitDialog(TaskManager(), found, False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = _text(dialog)
    for _id, doc in found:  # the core's English, in full, is not what the officer reads
        english = doc["candidate"]["explanation"]["text"]
        assert "transliteration" in english and "listed" in english
    assert ENGLISH_WORD.findall(text) == [], text
    assert "UA-NAT · затримати / заарештувати · ім'я" in text and "· можливо" in text
    assert "SHEVCHENKO ~ ШЕВЧЕНКО (SHEVCHENKO ~ SHEVCHENKO): транслітерація 1.00" in text
    assert "дата народження +0.05: вказано 1961-03-09, у списку 1961-03-09: та сама дата" in text
    assert ("дата народження -0.25: вказано 1961-03-19, у списку 1961-03-09: відрізняється "
            "одна частина (описка?)") in text
    assert "громадянство -0.10: RUS, у списку UKR" in text
    assert "стать -0.15: жіноча, у списку чоловіча" in text
    assert "хибний збіг" in text
    dialog.grab().save(str(tmp_path / "name_hit_uk.png"))
    dialog.close()
