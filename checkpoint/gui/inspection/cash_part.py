"""The cash declaration of the inspection (EU threshold 10,000 EUR, Reg. (EU) 2018/1672)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from checkpoint.domain.goods import CASH_THRESHOLD_EUR, CashDeclaration
from checkpoint.domain.parties import Person
from checkpoint.gui.forms.ui_cash import Ui_CashPart
from checkpoint.gui.inspection import field_checks as fc
from checkpoint.gui.inspection import field_values as f
from checkpoint.gui.inspection.part import Part


class CashPart(Part):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_CashPart()
        u.setupUi(self)
        u.declaredCombo.addItem("", None)
        u.declaredCombo.addItem(self.tr("declared"), "yes")
        u.declaredCombo.addItem(self.tr("not declared"), "no")
        self.checks = [fc.FieldCheck(u.currencyEdit, u.currencyEditMessage, fc.CHECK_CURRENCY)]
        self.watch()
        u.presentCheck.toggled.connect(self._enable)
        u.eurEdit.textChanged.connect(self._threshold)
        self._enable(False)
        self.field_widgets = {"amount": u.amountEdit, "currency": u.currencyEdit,
                              "eur_equivalent": u.eurEdit, "declared": u.declaredCombo,
                              "person_id": u.carrierCombo}

    def _enable(self, on: bool) -> None:
        for w in (self.ui.amountEdit, self.ui.currencyEdit, self.ui.eurEdit,
                  self.ui.declaredCombo, self.ui.carrierCombo):
            w.setEnabled(on)

    def _threshold(self) -> None:
        eur = f.number(self.ui.eurEdit)
        over = eur is not None and eur >= CASH_THRESHOLD_EUR
        self.ui.thresholdLabel.setText(self.tr(
            "10,000 EUR or more: must be declared (Reg. (EU) 2018/1672); undeclared cash "
            "needs a finding with risk area currency.") if over else "")

    def set_persons(self, persons: Sequence[Person]) -> None:
        combo = self.ui.carrierCombo
        keep = combo.currentData()
        self._loading = True
        try:
            combo.clear()
            combo.addItem("", None)
            for n, p in enumerate(persons, 1):
                combo.addItem(f"{n}. {p.surname_latin or p.surname or '—'}", p.id)
            f.set_combo(combo, keep)
        finally:
            self._loading = False

    def load(self, cash: CashDeclaration | None) -> None:
        u = self.ui
        u.presentCheck.setChecked(cash is not None)
        c = cash or CashDeclaration()
        f.show_number(u.amountEdit, c.amount)
        f.set_text(u.currencyEdit, c.currency)
        f.show_number(u.eurEdit, c.eur_equivalent)
        declared = None if c.declared is None else ("yes" if c.declared else "no")
        f.set_combo(u.declaredCombo, declared)
        f.set_combo(u.carrierCombo, c.person_id)

    def collect(self) -> CashDeclaration | None:
        u = self.ui
        if not u.presentCheck.isChecked():
            return None
        return CashDeclaration(
            amount=f.number(u.amountEdit), currency=f.upper(u.currencyEdit),
            eur_equivalent=f.number(u.eurEdit),
            declared={"yes": True, "no": False}.get(str(u.declaredCombo.currentData())),
            person_id=u.carrierCombo.currentData())
