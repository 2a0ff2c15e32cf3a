"""The cash declaration of the inspection (EU threshold 10,000 EUR, Reg. (EU) 2018/1672).

Cash may be in several currencies: each is a line of the list (amount, currency, its
EUR equivalent), the threshold is checked against their total. The EUR equivalent is
computed from the rates HQ publishes (:mod:`checkpoint.services.exchange_rates`,
given to :meth:`CashPart.set_rates`); for a currency without a published rate the
officer types it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from PySide6.QtWidgets import QWidget

from checkpoint.domain.goods import CASH_THRESHOLD_EUR, CashAmount, CashDeclaration
from checkpoint.domain.parties import Person
from checkpoint.gui.forms.ui_cash import Ui_CashPart
from checkpoint.gui.forms.ui_cash_amount import Ui_CashAmountPart
from checkpoint.gui.inspection import field_checks as fc
from checkpoint.gui.inspection import field_values as f
from checkpoint.gui.inspection.item_list import Detail, ItemList
from checkpoint.gui.inspection.part import Part
from checkpoint.services.exchange_rates import Rate, eur_equivalent


class CashAmountPart(Detail[CashAmount]):
    """One currency: amount, ISO 4217 code, EUR equivalent (from HQ's rate if any)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_CashAmountPart()
        u.setupUi(self)
        self.rates: Mapping[str, Rate] = {}
        self.checks = [fc.FieldCheck(u.currencyEdit, u.currencyEditMessage, fc.CHECK_CURRENCY)]
        self.watch()
        u.amountEdit.textChanged.connect(self._convert)
        u.currencyEdit.textChanged.connect(self._convert)
        self.field_widgets = {"amount": u.amountEdit, "currency": u.currencyEdit,
                              "eur_equivalent": u.eurEdit}

    def _rate(self) -> Rate | None:
        return self.rates.get(f.upper(self.ui.currencyEdit) or "")

    def _convert(self) -> None:
        """With a published rate the EUR equivalent is computed (and not typed)."""
        rate, u = self._rate(), self.ui
        if rate is None:
            u.eurEdit.setReadOnly(u.amountEdit.isReadOnly())
            u.rateLabel.setText(self.tr("No rate published by HQ for this currency: type the "
                                        "EUR equivalent.") if f.text(u.currencyEdit) else "")
            return
        u.eurEdit.setReadOnly(True)
        value = eur_equivalent(f.number(u.amountEdit), rate)
        u.eurEdit.setText("" if value is None else f"{value:.2f}")
        u.rateLabel.setText("" if not rate.date else self.tr("HQ rate of %1: 1 %2 = %3 EUR")
                            .replace("%1", rate.date).replace("%2", f.upper(u.currencyEdit) or "")
                            .replace("%3", f"{rate.eur_per_unit:g}"))

    def load(self, item: CashAmount) -> None:
        u = self.ui
        f.show_number(u.amountEdit, item.amount)
        f.set_text(u.currencyEdit, item.currency)
        f.show_number(u.eurEdit, item.eur_equivalent)
        self._convert()

    def collect(self) -> CashAmount:
        u = self.ui
        return CashAmount(amount=f.number(u.amountEdit), currency=f.upper(u.currencyEdit),
                          eur_equivalent=f.number(u.eurEdit))


def amount_label(number: int, a: CashAmount) -> str:
    amount = "" if a.amount is None else f"{a.amount:,.2f}".rstrip("0").rstrip(".")
    eur = "" if a.eur_equivalent is None or a.currency == "EUR" else \
        f" ≈ {a.eur_equivalent:,.0f} EUR"
    return f"{number}. {amount} {a.currency or ''}{eur}".rstrip() if (amount or a.currency) \
        else f"{number}. —"


class CashPart(Part):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_CashPart()
        u.setupUi(self)
        u.declaredCombo.addItem("", None)
        u.declaredCombo.addItem(self.tr("declared"), "yes")
        u.declaredCombo.addItem(self.tr("not declared"), "no")
        self.watch()
        self.amount_part = CashAmountPart()
        self.currencies: ItemList[CashAmount] = ItemList(
            self.amount_part, CashAmount, amount_label, self, scroll=False)
        self.currencies.ui.addButton.setText(self.tr("Add a c&urrency"))
        u.currenciesLayout.addWidget(self.currencies)
        self.currencies.changed.connect(self._emit)
        self.currencies.changed.connect(self._threshold)
        u.presentCheck.toggled.connect(self._enable)
        u.presentCheck.clicked.connect(lambda on: on and self.amount_part.ui.amountEdit.setFocus())
        a = self.amount_part.ui  # Tab goes through the amounts before the declaration
        order = (u.presentCheck, a.amountEdit, a.currencyEdit, a.eurEdit, u.declaredCombo,
                 u.carrierCombo, self.currencies.ui.items, self.currencies.ui.addButton,
                 self.currencies.ui.removeButton)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self._enable(False)
        self._carrier: str | None = None
        u.carrierCombo.currentIndexChanged.connect(self._carrier_chosen)
        self.field_widgets = {"amount": self.amount_part.ui.amountEdit,
                              "currency": self.amount_part.ui.currencyEdit,
                              "eur_equivalent": self.amount_part.ui.eurEdit,
                              "currencies": self.currencies.ui.items,
                              "declared": u.declaredCombo, "person_id": u.carrierCombo}

    def set_rates(self, rates: Mapping[str, Rate]) -> None:
        """The EUR rates HQ published (by currency code)."""
        self.amount_part.rates = dict(rates)

    def focus_path(self, path: str) -> bool:
        head, _, rest = path.partition(".")
        if head.startswith("currencies"):  # cash.currencies[1].amount: the line, its field
            return self.amount_part.focus_path(rest) if rest else super().focus_path(head)
        return super().focus_path(path)

    def _enable(self, on: bool) -> None:
        self.currencies.setEnabled(on)
        for w in (self.ui.declaredCombo, self.ui.carrierCombo):
            w.setEnabled(on)
        if on and not self._loading and not self.currencies.collect():
            self.currencies.append(CashAmount())

    def _threshold(self) -> None:
        cash = self.collect()
        total = cash.eur_equivalent if cash is not None else None
        lines = len(cash.amounts) if cash is not None else 0
        text = ""
        if total is not None and lines > 1:
            text = self.tr("Total: %1 EUR").replace("%1", f"{total:,.2f}")
        self.ui.totalLabel.setText(text)
        over = total is not None and total >= CASH_THRESHOLD_EUR
        self.ui.thresholdLabel.setText(self.tr(
            "10,000 EUR or more: must be declared (Reg. (EU) 2018/1672); undeclared cash "
            "needs a finding with risk area currency.") if over else "")

    def _carrier_chosen(self) -> None:
        if not self._loading:
            self._carrier = self.ui.carrierCombo.currentData()

    def set_persons(self, persons: Sequence[Person]) -> None:
        """Offer the inspection's persons as the carrier. The chosen carrier is
        remembered by id: a person removed and put back (undo) is the carrier again."""
        combo = self.ui.carrierCombo
        keep = self._carrier
        loading, self._loading = self._loading, True
        try:
            combo.clear()
            combo.addItem("", None)
            for n, p in enumerate(persons, 1):
                combo.addItem(f"{n}. {p.surname_latin or p.surname or '—'}", p.id)
            f.set_combo(combo, keep)
        finally:
            # as it was: while the form loads a record this is called in the middle of it
            # (resetting it made the loading look like an edit: "Editing…", a save)
            self._loading = loading

    def load(self, cash: CashDeclaration | None) -> None:
        u = self.ui
        u.presentCheck.setChecked(cash is not None)
        c = cash or CashDeclaration()
        amounts = c.amounts
        if len(amounts) == 1 and amounts[0].eur_equivalent is None:
            amounts = (CashAmount(amounts[0].amount, amounts[0].currency, c.eur_equivalent),)
        self.currencies.load(amounts)
        declared = None if c.declared is None else ("yes" if c.declared else "no")
        f.set_combo(u.declaredCombo, declared)
        self._carrier = c.person_id
        f.set_combo(u.carrierCombo, c.person_id)
        self._threshold()

    def collect(self) -> CashDeclaration | None:
        u = self.ui
        if not u.presentCheck.isChecked():
            return None
        amounts = tuple(a for a in self.currencies.collect() if a != CashAmount())
        return CashDeclaration.of(
            amounts, declared={"yes": True, "no": False}.get(str(u.declaredCombo.currentData())),
            person_id=u.carrierCombo.currentData())
