"""The offence case dialog: the case and its seizure, the two-person rule, referrals.

Opened on a case the caller has (``open_from_finding`` / ``open_case`` do the database
work first). The author edits an open or refused draft (persons with their role,
seized items, kind, article, risk area, markings), saves (``Ctrl+S``) and submits it;
the problems that keep it from being submitted are listed by field. A supervisor who
is not the author approves it or refuses it with a reason; the approval names the
digest of the content the dialog showed. Every database call runs on the database
thread through :class:`~checkpoint.gui.ops.Op`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QInputDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from checkpoint.domain.cases.offence import (
    CaseKind,
    CasePerson,
    OffenceCase,
    PersonRole,
    SeizedItem,
)
from checkpoint.domain.cases.review import ReviewState
from checkpoint.domain.goods import RiskArea, Unit
from checkpoint.domain.ids import new_id
from checkpoint.errors import ValidationError
from checkpoint.gui.cases import widgets as w
from checkpoint.gui.forms.ui_case import Ui_CaseDialog
from checkpoint.gui.messages import message_for
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services.cases import offences, referrals

PERSON_COLUMNS = ("surname", "given_names", "birth_date", "nationality", "document_number")


class CaseDialog(QDialog):
    changed = Signal(object)  # the case as saved / decided
    refer_requested = Signal(object)  # the case, for a referral dialog

    def __init__(self, tasks: TaskManager, case: OffenceCase, *, username: str, role: str,
                 articles: dict[str, dict[str, Any]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.username, self.role = tasks, username, role
        self.case = case
        self.shown_digest = ""
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        self.marking = w.MarkingFields(self.ui)
        w.fill_combo(self.ui.kindCombo, w.enum_choices(CaseKind, w.KINDS))
        w.fill_combo(self.ui.riskCombo, w.enum_choices(RiskArea, w.RISK_AREAS))
        w.fill_combo(self.ui.legalCombo, [("—", None)] + [
            (f"{key} — {entry.get('title') or entry.get('name') or ''}".rstrip(" —"), key)
            for key, entry in sorted((articles or {}).items())])
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.submitButton.clicked.connect(self.submit)
        self.ui.approveButton.clicked.connect(self.approve)
        self.ui.refuseButton.clicked.connect(self.refuse)
        self.ui.printButton.clicked.connect(
            lambda: w.print_protocol(self, tasks, "case", self.case.id))
        self.ui.referButton.clicked.connect(lambda: self.refer_requested.emit(self.case))
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.addPersonButton.clicked.connect(lambda: self._add_person(None))
        self.ui.removePersonButton.clicked.connect(
            lambda: self.ui.personsTable.removeRow(self.ui.personsTable.currentRow()))
        self.ui.addItemButton.clicked.connect(lambda: self._add_item(None))
        self.ui.removeItemButton.clicked.connect(
            lambda: self.ui.itemsTable.removeRow(self.ui.itemsTable.currentRow()))
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.show_case(case)
        self.load_referrals()

    # -- showing --------------------------------------------------------------------------

    def show_case(self, case: OffenceCase) -> None:
        self.case = case
        self.shown_digest = offences.digest(case)
        ui = self.ui
        state = w.translate("Cases", w.STATES[case.review.state])
        reason = f" — {case.review.reason}" if case.review.reason else ""
        by = f" ({case.review.decided_by})" if case.review.decided_by else ""
        ui.statusLabel.setText(f"{state}{by}{reason} · {case.author} · {case.created_at}")
        w.choose(ui.kindCombo, case.kind and case.kind.value)
        w.choose(ui.legalCombo, case.legal_basis)
        w.choose(ui.riskCombo, case.risk_area and case.risk_area.value)
        ui.placeEdit.setText(case.place or "")
        ui.summaryEdit.setPlainText(case.summary or "")
        self.marking.show(case.marking)
        ui.personsTable.setRowCount(0)
        for p in case.persons:
            self._add_person(p)
        ui.itemsTable.setRowCount(0)
        for i in case.items:
            self._add_item(i)
        editable = case.review.editable and case.is_draft and (
            case.author.casefold() == self.username.casefold())
        for widget in [ui.kindCombo, ui.legalCombo, ui.riskCombo, ui.placeEdit, ui.summaryEdit,
                       ui.personsTable, ui.itemsTable, ui.addPersonButton,
                       ui.removePersonButton, ui.addItemButton, ui.removeItemButton,
                       ui.saveButton, ui.submitButton, *self.marking.widgets()]:
            widget.setEnabled(editable)
        decides = (self.role == "supervisor" and case.review.state is ReviewState.SUBMITTED
                   and case.author.casefold() != self.username.casefold())
        ui.approveButton.setVisible(decides)
        ui.refuseButton.setVisible(decides)

    def _add_person(self, person: CasePerson | None) -> None:
        table = self.ui.personsTable
        row = table.rowCount()
        table.insertRow(row)
        role = QComboBox()
        w.fill_combo(role, w.enum_choices(PersonRole, w.ROLES, empty=False))
        w.choose(role, (person.role if person else PersonRole.SUSPECT).value)
        table.setCellWidget(row, 0, role)
        values = [getattr(person, f) if person else None for f in PERSON_COLUMNS]
        for col, value in enumerate(values, 1):
            cell = QTableWidgetItem(value or "")
            cell.setData(256, person.id if person else new_id())  # Qt.UserRole
            table.setItem(row, col, cell)

    def _add_item(self, item: SeizedItem | None) -> None:
        table = self.ui.itemsTable
        row = table.rowCount()
        table.insertRow(row)
        item = item or SeizedItem(new_id(), holder=self.username)
        values = [item.description, item.hs_code, _num(item.quantity),
                  item.unit and item.unit.value, _num(item.value), item.currency,
                  ", ".join(item.seal_numbers), item.holder]
        for col, value in enumerate(values):
            cell = QTableWidgetItem(value or "")
            cell.setData(256, item.id)
            table.setItem(row, col, cell)

    def load_referrals(self) -> None:
        def shown(found: list[referrals.Status]) -> None:
            self.ui.referralsList.clear()
            for st in found:
                late = " — " + w.translate("Cases", "OVERDUE") if st.overdue else ""
                ref = f", {st.agency_reference}" if st.agency_reference else ""
                self.ui.referralsList.addItem(
                    f"{st.referral.agency}: {w.translate('Cases', w.ANSWERS[st.status])}{ref} · "
                    f"{st.referral.deadline}{late}")
        Op(self.tasks, lambda s: referrals.of_case(s, self.case.id)).success(shown).run()

    # -- reading the form ------------------------------------------------------------------

    def collected(self) -> OffenceCase:
        ui = self.ui
        persons = []
        for row in range(ui.personsTable.rowCount()):
            role = ui.personsTable.cellWidget(row, 0)
            cells = [ui.personsTable.item(row, c) for c in range(1, 6)]
            texts = [(c.text().strip() or None) if c else None for c in cells]
            pid = cells[0].data(256) if cells[0] else new_id()
            assert isinstance(role, QComboBox)
            persons.append(CasePerson(str(pid), w.chosen(role, PersonRole) or PersonRole.SUSPECT,
                                      *texts))
        old = {i.id: i for i in self.case.items}
        items = []
        for row in range(ui.itemsTable.rowCount()):
            cells = [ui.itemsTable.item(row, c) for c in range(8)]
            t = [(c.text().strip() or None) if c else None for c in cells]
            iid = str(cells[0].data(256)) if cells[0] else new_id()
            base = old.get(iid, SeizedItem(iid, holder=self.username))
            items.append(replace(base, description=t[0], hs_code=t[1], quantity=_float(t[2]),
                                 unit=_unit(t[3]), value=_float(t[4]), currency=t[5],
                                 seal_numbers=tuple(x.strip() for x in (t[6] or "").split(",")
                                                    if x.strip())))
        legal = ui.legalCombo.currentData() or (ui.legalCombo.currentText().strip() or None)
        if legal == "—":
            legal = None
        return replace(self.case, kind=w.chosen(ui.kindCombo, CaseKind),
                       legal_basis=legal, risk_area=w.chosen(ui.riskCombo, RiskArea),
                       place=ui.placeEdit.text().strip() or None,
                       summary=ui.summaryEdit.toPlainText().strip() or None,
                       marking=self.marking.read(), persons=tuple(persons), items=tuple(items))

    # -- actions ---------------------------------------------------------------------------

    def _run(self, work: Callable[[Any], OffenceCase]) -> None:
        def done(case: OffenceCase) -> None:
            self.ui.problemsList.clear()
            self.show_case(case)
            self.changed.emit(case)

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError) and error.problems:
                w.show_problems(self.ui.problemsList, error.problems, "offence")
            else:
                QMessageBox.warning(self, w.translate("Cases", "Offence case"),
                                    message_for(error))
        Op(self.tasks, work, parent=self).success(done).failure(failed).run()

    def save(self) -> None:
        case = self.collected()
        self._run(lambda s: offences.save_draft(s, case))

    def submit(self) -> None:
        case = self.collected()
        self._run(lambda s: offences.submit(s, offences.save_draft(s, case)))

    def approve(self) -> None:
        case_id, digest = self.case.id, self.shown_digest
        self._run(lambda s: offences.approve(s, case_id, digest))

    def refuse(self) -> None:
        reason, ok = QInputDialog.getMultiLineText(
            self, w.translate("Cases", "Refuse the case"),
            w.translate("Cases", "Why (the author reads this):"))
        if ok and reason.strip():
            case_id, digest = self.case.id, self.shown_digest
            self._run(lambda s: offences.refuse(s, case_id, digest, reason))


def _num(value: float | None) -> str | None:
    return None if value is None else f"{value:g}"


def _float(text: str | None) -> float | None:
    try:
        return None if text is None else float(text.replace(",", "."))
    except ValueError:
        return None


def _unit(text: str | None) -> Unit | None:
    try:
        return None if text is None else Unit(text)
    except ValueError:
        return None
