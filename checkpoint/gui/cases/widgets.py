"""Pieces the case and referral dialogs share: choice lists, markings, problems, print."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QListWidget, QMessageBox, QWidget

from checkpoint.domain.cases.markings import HandlingCode, InformationGrade, Marking, SourceGrade
from checkpoint.domain.cases.problems import MESSAGES, Problem
from checkpoint.domain.cases.review import ReviewState
from checkpoint.gui.messages import message_for
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services.cases import printing

translate = QCoreApplication.translate
E = TypeVar("E", bound=StrEnum)

HANDLING = {HandlingCode.H0: "H0 — only to fight crime",
            HandlingCode.H1: "H1 — not in judicial proceedings without consent",
            HandlingCode.H2: "H2 — not to be passed on without consent",
            HandlingCode.H3: "H3 — other restrictions"}
SOURCE = {SourceGrade.A: "A — reliable", SourceGrade.B: "B — mostly reliable",
          SourceGrade.C: "C — not reliable", SourceGrade.X: "X — cannot be judged"}
INFORMATION = {InformationGrade.KNOWN_TRUE: "1 — known to be true",
               InformationGrade.KNOWN_TO_SOURCE: "2 — known personally to the source",
               InformationGrade.CORROBORATED: "3 — corroborated",
               InformationGrade.UNKNOWN: "4 — cannot be judged"}
STATES = {ReviewState.OPEN: "Draft", ReviewState.SUBMITTED: "Waiting for a supervisor",
          ReviewState.REFUSED: "Refused by the supervisor", ReviewState.APPROVED: "Approved"}


def fill_combo(combo: QComboBox, values: Iterable[tuple[str, str | None]]) -> None:
    combo.clear()
    for text, data in values:
        combo.addItem(text, data)


def enum_choices(kind: type[E], labels: dict[Any, str] | None = None,
                 empty: bool = True) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = [("—", None)] if empty else []
    return out + [(translate("Cases", (labels or {}).get(v, v.value.replace("_", " "))),
                   v.value) for v in kind]


def choose(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value)
    if index < 0 and value is not None and combo.isEditable():
        combo.setEditText(value)
        return
    combo.setCurrentIndex(max(index, 0))


def chosen(combo: QComboBox, kind: type[E]) -> E | None:
    data = combo.currentData()
    return None if data is None else kind(str(data))


class MarkingFields:
    """The handling code, its restrictions and the 4x4 evaluation, on a form's widgets."""

    def __init__(self, ui: Any) -> None:
        self.ui = ui
        fill_combo(ui.handlingCombo, enum_choices(HandlingCode, HANDLING, empty=False))
        fill_combo(ui.sourceCombo, enum_choices(SourceGrade, SOURCE, empty=False))
        fill_combo(ui.informationCombo, enum_choices(InformationGrade, INFORMATION,
                                                     empty=False))

    def show(self, marking: Marking) -> None:
        choose(self.ui.handlingCombo, marking.handling_code.value)
        self.ui.restrictionsEdit.setText(marking.restrictions or "")
        choose(self.ui.sourceCombo, marking.source.value)
        choose(self.ui.informationCombo, marking.information.value)

    def read(self) -> Marking:
        return Marking(chosen(self.ui.handlingCombo, HandlingCode) or HandlingCode.H0,
                       self.ui.restrictionsEdit.text().strip() or None,
                       chosen(self.ui.sourceCombo, SourceGrade) or SourceGrade.X,
                       chosen(self.ui.informationCombo, InformationGrade)
                       or InformationGrade.UNKNOWN)

    def widgets(self) -> list[QWidget]:
        return [self.ui.handlingCombo, self.ui.restrictionsEdit, self.ui.sourceCombo,
                self.ui.informationCombo]


def word(problem: Problem) -> str:
    """A problem in the officer's language (the GUI's wording of the core's codes)."""
    template = translate("Problems", MESSAGES.get(problem.code, problem.code))
    try:
        text = template.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        text = template
    return f"{problem.path}: {text}"


def show_problems(widget: QListWidget, found: Iterable[Problem]) -> None:
    widget.clear()
    for p in found:
        widget.addItem(word(p))


def print_protocol(parent: QWidget, tasks: TaskManager, kind: str, record_id: str,
                   done: Callable[[str], None] | None = None) -> None:
    """Ask where to save, read the content (database thread), draw the PDF (here), write
    it and journal the print (database thread)."""
    from checkpoint.gui.cases.printing import write_pdf

    name, _ = QFileDialog.getSaveFileName(parent, translate("Cases", "Save the protocol"),
                                          f"{kind}-{record_id[-8:]}.pdf", "PDF (*.pdf)")
    if not name:
        return
    path = Path(name)

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, translate("Cases", "Printing"), message_for(error))

    def drawn(proto: printing.Protocol) -> None:
        data = write_pdf(proto)

        def save(s: Any) -> str:
            tmp = path.with_name(f".{path.name}.part")
            tmp.write_bytes(data)
            tmp.replace(path)
            printing.record_print(s, proto, data)
            return proto.code
        Op(tasks, save, parent=parent).success(done or (lambda _c: None)).failure(
            failed).run()

    Op(tasks, lambda s: printing.protocol(s, kind, record_id), parent=parent).success(
        drawn).failure(failed).run()
