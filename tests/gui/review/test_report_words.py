"""The review's and the report's words come from the app's one catalogue, in Ukrainian too."""

from __future__ import annotations

import re
from typing import Any

from checkpoint.gui.language import translator
from checkpoint.gui.review.report_text import WORDS, Words
from tests.gui.test_problems import _ukrainian


def test_every_word_of_the_report_and_the_review_has_ukrainian() -> None:
    uk = _ukrainian()
    missing = [source for source in WORDS.values() if not uk.get(("Report", source))]
    assert missing == []
    for source in WORDS.values():
        placeholders = sorted(set(re.findall(r"\{\w+\}", source)))
        assert sorted(set(re.findall(r"\{\w+\}", uk[("Report", source)] or ""))) == (
            placeholders), source


def test_the_report_is_in_its_own_language_whatever_the_app_shows(qapp: Any) -> None:
    assert Words.of("uk").text("title") == "Звіт про зміну"
    assert Words.of("uk").label("refused_entry") == "відмовлено у в'їзді"
    assert Words.of("uk").text("page", n="2/3") == "Сторінка 2/3"
    found = translator("uk")
    assert found is not None
    qapp.installTranslator(found)
    try:
        assert Words.app().text("title") == "Звіт про зміну"  # the screen: the app's language
        assert Words.of("en").text("title") == "Shift report"  # the paper: the one asked for
        assert Words.of("en").label("inspection", "kind.") == "inspection"
    finally:
        qapp.removeTranslator(found)
    assert Words.app().text("title") == "Shift report"


def test_an_unknown_code_is_shown_not_lost() -> None:
    words = Words.of("en")
    assert words.text("hl.some_new_code") == "hl.some_new_code"
    assert words.label("seized_goods", "kind.") == "seized goods"


def test_the_app_in_ukrainian_words_qts_own_buttons_too(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from checkpoint.gui.language import qt_translator

    found = qt_translator("uk")
    assert found is not None
    qapp.installTranslator(found)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == "Скасувати"
    finally:
        qapp.removeTranslator(found)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_review_times_carry_the_year_first_never_month_day_alone() -> None:
    from datetime import datetime

    from checkpoint.gui.review.models import local_time

    shown = local_time("2026-12-06T15:37:04.000Z")
    expected = datetime.fromisoformat("2026-12-06T15:37:04+00:00").astimezone()
    assert shown == expected.strftime("%Y-%m-%d %H:%M:%S")  # not "12-06 …" (12 June?)
    assert shown.startswith("2026-12-0")
    assert local_time("not a time") == "not a time"


def test_a_hit_row_of_the_review_names_its_match_type_in_ukrainian(qapp: Any) -> None:
    """The supervisor's review listed a hit as "UA-STOLEN · pp-1 · identifier" in the
    Ukrainian app: the match type (and the triage, the outcome column) are worded."""
    from checkpoint.gui.review.models import ItemsModel
    from checkpoint.services.shifts.hit_kinds import HITS
    from checkpoint.services.shifts.kinds import KindRow
    from checkpoint.services.shifts.review import ReviewItem

    values = {"$.candidate.list": "UA-STOLEN", "$.candidate.alert_id": "pp-1",
           "$.candidate.match": "identifier", "$.candidate.score": 1.0, "$.triage": None,
           "$.candidate.covert": False}
    row = KindRow("h1", "hit", "finalized", "2026-03-14T07:41:09.512Z", "anna", None, values)
    s = HITS.summarize(row)  # the service's summary, as the review reads it
    item = ReviewItem("hit", "h1", "finalized", "anna", "2026-03-14T07:41:09.512Z", s.label,
                      s.outcome, s.flags, s.detail, None, "this")
    found = translator("uk")
    assert found is not None
    qapp.installTranslator(found)
    try:
        model = ItemsModel([""] * 8, Words.app())
        model.set_rows([item])
        cells = [model.data(model.index(0, c)) for c in range(8)]
    finally:
        qapp.removeTranslator(found)
    assert "UA-STOLEN · pp-1 · збіг за ідентифікатором" in cells
    assert "без оцінки" in cells and not any("identifier" in str(c) for c in cells)
