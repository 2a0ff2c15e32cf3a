"""Cases in the officer's language: their problems and errors through the app's
translation, and a printed protocol in the workstation's language (its own
translator, whatever the screen shows)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from checkpoint.errors import Code, ConflictError, Problem
from checkpoint.gui.cases import printing
from checkpoint.gui.language import TRANSLATIONS
from checkpoint.gui.messages import message_for
from checkpoint.gui.problems import problem_text
from checkpoint.services.cases.printing import Protocol, Table


@pytest.fixture
def ukrainian(qtbot: Any) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = QTranslator()
    assert translator.load(QLocale("uk"), "checkpoint", "_", str(TRANSLATIONS))
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_case_problems_and_errors_read_in_ukrainian(ukrainian: None) -> None:
    assert problem_text(Problem("items[0].quantity", Code.NOT_POSITIVE)) == (
        "Вилучений предмет 1: кількість — має бути більше нуля.")
    assert problem_text(Problem("agency", Code.AGENCY_REFUSES,
                                {"agency": "UA-NPU", "what": "cash"}), record="Направлення") == (
        "Направлення: орган: UA-NPU не приймає готівку.")
    assert message_for(ConflictError("changed", code=Code.REVIEW_CHANGED)) == (
        "Запис змінився відтоді, як його показали; відкрийте його знову.")


def _protocol(language: str) -> Protocol:
    return Protocol("offence", "0" * 36, "Seizure protocol", language, "a" * 64,
                    "ABCD-EFGH-IJKL-MNOP", "anna", "2025-03-14T10:00:00.000Z",
                    [("Place", "UA-YAHODYN")],
                    [Table("Seized items", ("Description", "Held by"), [("cigarettes", "anna")])])


def test_a_protocol_is_worded_in_the_workstations_language(qtbot: Any) -> None:
    page = printing.html(_protocol("uk"))  # no app translator installed: the screen is English
    assert "Протокол вилучення" in page and "Вилучені предмети" in page
    assert "Код перевірки" in page and "Seizure protocol" not in page
    english = printing.html(_protocol("en"))
    assert "Seizure protocol" in english and "Протокол" not in english


def test_the_status_bar_names_the_role_in_ukrainian(ukrainian: None, qtbot: Any) -> None:
    """Seen under Xvfb: "Роль: inspector" in the Ukrainian app's status bar."""
    from checkpoint.gui.main_window import MainWindow
    from checkpoint.gui.ops import TaskManager

    window = MainWindow(TaskManager())
    qtbot.addWidget(window)
    window.unlock("o.kovalenko", "inspector")
    assert window.role_label.text() == "Роль: Інспектор"
    window.unlock("chief", "supervisor")
    assert window.role_label.text() == "Роль: Керівник зміни"
