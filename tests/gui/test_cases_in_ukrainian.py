"""Cases in the officer's language: their problems and errors through the app's
translation, and a printed protocol in the workstation's language (its own
translator, whatever the screen shows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from checkpoint.errors import Code, ConflictError, Problem
from checkpoint.gui.cases import printing
from checkpoint.gui.messages import message_for
from checkpoint.gui.problems import problem_text
from checkpoint.services.cases.printing import Protocol, Table
from tests.gui.test_case_dialogs import inspection, inspector  # noqa: F401  (fixtures)


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


def _every_alt_letter(dialog: Any) -> dict[str, list[str]]:
    """Letter → the Alt+letter texts of the dialog: every button, label with a buddy and
    tab, shown now or not (Save, Submit, Approve, Close may stand together)."""
    import re
    from collections import defaultdict

    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

    out: dict[str, list[str]] = defaultdict(list)
    texts = [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    for tabs in dialog.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for text in texts:
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        if found:
            out[found.group(1).lower()].append(text)
    return {k: v for k, v in out.items() if len(v) > 1}


Clashes = dict[str, list[str]]


def _case_and_referral_clashes(qtbot: Any, insp: Any, tasks: Any) -> tuple[Any, Clashes, Clashes]:
    """A case opened from the inspection's finding and its Alt+letter clashes, then those
    of a referral written from it (a child of the case dialog, so looked at after it)."""
    from checkpoint.gui.cases import open_case, open_referral
    from tests.gui.test_case_dialogs import _opened

    case_dialog = _opened(qtbot, lambda shown: open_case(
        tasks, None, inspection_id=insp.id, finding_id=insp.findings[0].id,
        shown=shown))
    case_clashes = _every_alt_letter(case_dialog)
    found: list[Any] = []
    case_dialog.refer_requested.disconnect()
    case_dialog.refer_requested.connect(lambda c: open_referral(
        tasks, case_dialog, case_id=c.id, new=True, shown=found.append))
    qtbot.mouseClick(case_dialog.ui.referButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    return case_dialog, case_clashes, _every_alt_letter(found[0])


def test_no_alt_letter_means_two_things_in_the_ukrainian_case_and_referral_dialogs(
        ukrainian: None, qtbot: Any, inspection: Any, inspector: Any) -> None:  # noqa: F811
    """Seen in the Ukrainian case dialog: Alt+З was Зберегти, Затвердити, Закрити and
    Подати на затвердження at once, so a supervisor's Alt+З cycled instead of saving."""
    case_dialog, case_clashes, referral_clashes = _case_and_referral_clashes(
        qtbot, inspection, inspector)
    assert case_dialog.ui.saveButton.text() == "Збере&гти"
    assert case_clashes == {}
    assert referral_clashes == {}


def test_no_alt_letter_means_two_things_in_the_english_case_and_referral_dialogs(
        qtbot: Any, inspection: Any, inspector: Any) -> None:  # noqa: F811
    """The English source too: &Place and &Print protocol, &Risk area and Pe&rsons,
    &Save and Re&strictions, &Agency and &Approve shared their letters."""
    _, case_clashes, referral_clashes = _case_and_referral_clashes(qtbot, inspection, inspector)
    assert case_clashes == {}
    assert referral_clashes == {}
