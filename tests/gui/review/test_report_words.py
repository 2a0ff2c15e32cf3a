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
