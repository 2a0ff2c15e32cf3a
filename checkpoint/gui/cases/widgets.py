"""Pieces the case and referral dialogs share: choice lists, markings, problems, print."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QListWidget, QMessageBox, QWidget

from checkpoint.domain.cases.markings import HandlingCode, InformationGrade, Marking, SourceGrade
from checkpoint.domain.cases.offence import CaseKind, PersonRole
from checkpoint.domain.cases.referral import ReferralStatus
from checkpoint.domain.cases.review import ReviewState
from checkpoint.domain.goods import RiskArea
from checkpoint.errors import Problem
from checkpoint.gui.messages import message_for
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.gui.problems import QT_TRANSLATE_NOOP, problem_text
from checkpoint.services.cases import printing

translate = QCoreApplication.translate
E = TypeVar("E", bound=StrEnum)

# Module-level words are marked with QT_TRANSLATE_NOOP (lupdate collects them) and
# translated in the "Cases" context when shown.
HANDLING = {HandlingCode.H0: QT_TRANSLATE_NOOP("Cases", "H0 — only to fight crime"),
            HandlingCode.H1: QT_TRANSLATE_NOOP(
                "Cases", "H1 — not in judicial proceedings without consent"),
            HandlingCode.H2: QT_TRANSLATE_NOOP("Cases",
                                               "H2 — not to be passed on without consent"),
            HandlingCode.H3: QT_TRANSLATE_NOOP("Cases", "H3 — other restrictions")}
SOURCE = {SourceGrade.A: QT_TRANSLATE_NOOP("Cases", "A — reliable"),
          SourceGrade.B: QT_TRANSLATE_NOOP("Cases", "B — mostly reliable"),
          SourceGrade.C: QT_TRANSLATE_NOOP("Cases", "C — not reliable"),
          SourceGrade.X: QT_TRANSLATE_NOOP("Cases", "X — cannot be judged")}
INFORMATION = {
    InformationGrade.KNOWN_TRUE: QT_TRANSLATE_NOOP("Cases", "1 — known to be true"),
    InformationGrade.KNOWN_TO_SOURCE: QT_TRANSLATE_NOOP("Cases",
                                                        "2 — known personally to the source"),
    InformationGrade.CORROBORATED: QT_TRANSLATE_NOOP("Cases", "3 — corroborated"),
    InformationGrade.UNKNOWN: QT_TRANSLATE_NOOP("Cases", "4 — cannot be judged")}
STATES = {ReviewState.OPEN: QT_TRANSLATE_NOOP("Cases", "Draft"),
          ReviewState.SUBMITTED: QT_TRANSLATE_NOOP("Cases", "Waiting for a supervisor"),
          ReviewState.REFUSED: QT_TRANSLATE_NOOP("Cases", "Refused by the supervisor"),
          ReviewState.APPROVED: QT_TRANSLATE_NOOP("Cases", "Approved")}
KINDS = {CaseKind.ADMINISTRATIVE: QT_TRANSLATE_NOOP(
             "Cases", "administrative violation of customs rules"),
         CaseKind.CRIMINAL: QT_TRANSLATE_NOOP("Cases", "criminal smuggling")}
ROLES = {PersonRole.SUSPECT: QT_TRANSLATE_NOOP("Cases", "suspect"),
         PersonRole.OWNER: QT_TRANSLATE_NOOP("Cases", "owner"),
         PersonRole.CARRIER: QT_TRANSLATE_NOOP("Cases", "carrier"),
         PersonRole.WITNESS: QT_TRANSLATE_NOOP("Cases", "witness")}
RISK_AREAS = {
    RiskArea.DRUGS: QT_TRANSLATE_NOOP("Cases", "drugs"),
    RiskArea.TOBACCO_ALCOHOL_FUEL: QT_TRANSLATE_NOOP("Cases", "tobacco, alcohol, fuel"),
    RiskArea.IPR_HEALTH_SAFETY: QT_TRANSLATE_NOOP("Cases", "IPR, health and safety"),
    RiskArea.WEAPONS_STRATEGIC: QT_TRANSLATE_NOOP("Cases", "weapons, strategic goods"),
    RiskArea.ENVIRONMENT_CITES_WASTE: QT_TRANSLATE_NOOP("Cases",
                                                        "environment, CITES, waste"),
    RiskArea.CULTURAL_HERITAGE: QT_TRANSLATE_NOOP("Cases", "cultural heritage"),
    RiskArea.CURRENCY: QT_TRANSLATE_NOOP("Cases", "currency")}
ANSWERS = {ReferralStatus.DRAFT: QT_TRANSLATE_NOOP("Cases", "not sent yet"),
           ReferralStatus.APPROVED: QT_TRANSLATE_NOOP("Cases",
                                                      "approved; goes to HQ at the next sync"),
           ReferralStatus.SENT: QT_TRANSLATE_NOOP("Cases", "sent (HQ has it)"),
           ReferralStatus.RECEIVED: QT_TRANSLATE_NOOP("Cases", "received by the agency"),
           ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("Cases", "accepted by the agency"),
           ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("Cases", "declined by the agency"),
           ReferralStatus.CLOSED: QT_TRANSLATE_NOOP("Cases", "closed")}
#: What a record is called as a whole in its problems ("Offence case: place is missing.").
RECORDS = {"offence": QT_TRANSLATE_NOOP("Cases", "Offence case"),
           "referral": QT_TRANSLATE_NOOP("Cases", "Referral")}


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


def show_problems(widget: QListWidget, found: Iterable[Problem], kind: str) -> None:
    """List ``found`` in the officer's language (the record of ``kind`` names itself as a
    whole); each line keeps its problem's path (``Qt.UserRole``)."""
    widget.clear()
    record = translate("Cases", RECORDS[kind])
    for p in found:
        widget.addItem(problem_text(p, record=record))
        widget.item(widget.count() - 1).setData(256, p.path)


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
