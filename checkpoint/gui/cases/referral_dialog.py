"""The referral dialog: the letter to an agency, the two-person rule, the agency's answer.

The agency is chosen from HQ's directory (pulled data). The author edits the reason,
deadline and markings of an open or refused draft and submits it; a supervisor who is
not the author approves or refuses it. Once approved the dialog shows what HQ sent
back: sent, received, accepted with the agency's reference, declined with the reason,
closed with the outcome, the history and messages, and an overdue flag when the
deadline passed without an answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from checkpoint.domain.cases.referral import AgencyKind, Referral
from checkpoint.domain.cases.review import ReviewState
from checkpoint.domain.ids import format_utc, parse_utc
from checkpoint.errors import ValidationError
from checkpoint.gui.cases import widgets as w
from checkpoint.gui.forms.ui_referral import Ui_ReferralDialog
from checkpoint.gui.messages import message_for
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services.cases import referrals


class ReferralDialog(QDialog):
    changed = Signal(object)

    def __init__(self, tasks: TaskManager, status: referrals.Status, *, username: str,
                 role: str, agencies: dict[str, dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.username, self.role = tasks, username, role
        self.agencies = agencies
        self.status = status
        self.shown_digest = ""
        self.ui = Ui_ReferralDialog()
        self.ui.setupUi(self)
        self.marking = w.MarkingFields(self.ui)
        w.fill_combo(self.ui.agencyCombo, [("—", None)] + [
            (f"{code} — {a.get('name', '')} ({a.get('kind', '')})", code)
            for code, a in sorted(agencies.items())])
        self.ui.deadlineEdit.setTimeZone(QTimeZone.utc())
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.submitButton.clicked.connect(self.submit)
        self.ui.approveButton.clicked.connect(self.approve)
        self.ui.refuseButton.clicked.connect(self.refuse)
        self.ui.printButton.clicked.connect(
            lambda: w.print_protocol(self, tasks, "referral", self.referral.id))
        self.ui.closeButton.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.show_status(status)

    @property
    def referral(self) -> Referral:
        return self.status.referral

    def show_status(self, status: referrals.Status) -> None:
        self.status = status
        ref = status.referral
        self.shown_digest = referrals.digest(ref)
        ui = self.ui
        state = w.translate("Cases", w.STATES[ref.review.state])
        reason = f" — {ref.review.reason}" if ref.review.reason else ""
        ui.statusLabel.setText(f"{state}{reason} · {ref.author} · {ref.created_at}")
        w.choose(ui.agencyCombo, ref.agency)
        ui.reasonEdit.setPlainText(ref.reason or "")
        if ref.deadline:
            ui.deadlineEdit.setDateTime(QDateTime.fromSecsSinceEpoch(
                int(parse_utc(ref.deadline).timestamp()), QTimeZone.utc()))
        self.marking.show(ref.marking)
        ui.handedList.clear()
        for p in ref.persons:
            ui.handedList.addItem(f"{w.translate('Cases', w.ROLES[p.role])}: "
                                  f"{p.surname or ''} {p.given_names or ''}")
        for g in ref.goods:
            ui.handedList.addItem(f"{g.description}: {g.quantity or ''} "
                                  f"{g.unit.value if g.unit else ''}")
        if ref.cash is not None:
            money = QLocale()  # the user's language: 10 000,00 in Ukrainian
            ui.handedList.addItem(self.tr("%1 %2 (%3 EUR)").replace(
                "%1", money.toString(float(ref.cash.amount), "f", 2)).replace(
                "%2", ref.cash.currency).replace(
                "%3", money.toString(float(ref.cash.eur_equivalent or 0), "f", 2)))
        self._show_answer(status)
        editable = ref.review.editable and ref.is_draft and (
            ref.author.casefold() == self.username.casefold())
        for widget in [ui.agencyCombo, ui.reasonEdit, ui.deadlineEdit, ui.saveButton,
                       ui.submitButton, *self.marking.widgets()]:
            widget.setEnabled(editable)
        decides = (self.role == "supervisor" and ref.review.state is ReviewState.SUBMITTED
                   and ref.author.casefold() != self.username.casefold())
        ui.approveButton.setVisible(decides)
        ui.refuseButton.setVisible(decides)

    def _show_answer(self, st: referrals.Status) -> None:
        text = w.translate("Cases", w.ANSWERS[st.status])
        if st.agency_reference:
            text += " · " + w.translate("Cases", "their reference") + f" {st.agency_reference}"
        if st.reason:
            text += " · " + st.reason
        if st.outcome:
            text += " · " + st.outcome
        if st.overdue:
            text = w.translate("Cases", "OVERDUE: no answer by the deadline") + " · " + text
        self.ui.answerLabel.setText(text)
        self.ui.answerLabel.setProperty("overdue", st.overdue)
        self.ui.eventsList.clear()
        for e in st.events:
            note = f": {e['note']}" if e.get("note") else ""
            self.ui.eventsList.addItem(f"{e.get('at')} {e.get('status')} — {e.get('by')}{note}")

    def collected(self) -> Referral:
        ui = self.ui
        agency = ui.agencyCombo.currentData()
        kind = (self.agencies.get(agency) or {}).get("kind") if agency else None
        moment = ui.deadlineEdit.dateTime().toSecsSinceEpoch()
        return replace(self.referral, agency=agency,
                       agency_kind=AgencyKind(kind) if kind in set(AgencyKind) else None,
                       reason=ui.reasonEdit.toPlainText().strip() or None,
                       deadline=format_utc(datetime.fromtimestamp(moment, UTC)),
                       marking=self.marking.read())

    def _run(self, work: Callable[[Any], Referral]) -> None:
        def fetched(st: referrals.Status) -> None:
            self.ui.problemsList.clear()
            self.show_status(st)
            self.changed.emit(st)

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError) and error.problems:
                w.show_problems(self.ui.problemsList, error.problems, "referral")
            else:
                QMessageBox.warning(self, w.translate("Cases", "Referral"), message_for(error))

        def job(s: Any) -> referrals.Status:
            return referrals.status(s, work(s).id)
        Op(self.tasks, job, parent=self).success(fetched).failure(failed).run()

    def save(self) -> None:
        ref = self.collected()
        self._run(lambda s: referrals.save_draft(s, ref))

    def submit(self) -> None:
        ref = self.collected()
        self._run(lambda s: referrals.submit(s, referrals.save_draft(s, ref)))

    def approve(self) -> None:
        rid, digest = self.referral.id, self.shown_digest
        self._run(lambda s: referrals.approve(s, rid, digest))

    def refuse(self) -> None:
        reason, ok = QInputDialog.getMultiLineText(
            self, w.translate("Cases", "Refuse the referral"),
            w.translate("Cases", "Why (the author reads this):"))
        if ok and reason.strip():
            rid, digest = self.referral.id, self.shown_digest
            self._run(lambda s: referrals.refuse(s, rid, digest, reason))
