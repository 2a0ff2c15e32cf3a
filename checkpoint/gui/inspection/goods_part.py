"""A goods line of the inspection: HS code, description, quantities, value, origin."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

from checkpoint.domain.goods import GoodsLine, Unit
from checkpoint.gui.forms.ui_goods_line import Ui_GoodsPart
from checkpoint.gui.inspection import field_checks as fc
from checkpoint.gui.inspection import field_values as f
from checkpoint.gui.inspection.item_list import Detail


class GoodsPart(Detail[GoodsLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_GoodsPart()
        u.setupUi(self)
        f.fill_combo(u.unitCombo, Unit)
        self.checks = [
            fc.FieldCheck(u.hsEdit, u.hsEditMessage, fc.CHECK_HS),
            fc.FieldCheck(u.currencyEdit, u.currencyEditMessage, fc.CHECK_CURRENCY),
            fc.FieldCheck(u.originEdit, u.originEditMessage, fc.CHECK_COUNTRY),
        ]
        self.watch()
        u.declaredEdit.textChanged.connect(self._compare)
        u.foundEdit.textChanged.connect(self._compare)
        self.field_widgets = {
            "hs_code": u.hsEdit, "description": u.descriptionEdit,
            "declared_quantity": u.declaredEdit, "found_quantity": u.foundEdit,
            "unit": u.unitCombo, "currency": u.currencyEdit, "origin": u.originEdit}

    def _compare(self) -> None:
        """Declared and found quantities that differ are highlighted, with the difference."""
        u = self.ui
        declared, found = f.number(u.declaredEdit), f.number(u.foundEdit)
        differ = declared is not None and found is not None and declared != found
        tip = self.tr("Declared %1, found %2: a difference of %3.").replace(
            "%1", f"{declared:g}").replace("%2", f"{found:g}").replace(
            "%3", f"{found - declared:+g}") if differ and declared is not None \
            and found is not None else ""
        for edit in (u.declaredEdit, u.foundEdit):
            edit.setProperty("warning", "true" if differ else "false")
            edit.setToolTip(tip)
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    def load(self, item: GoodsLine) -> None:
        u = self.ui
        f.set_text(u.hsEdit, item.hs_code)
        f.set_text(u.descriptionEdit, item.description)
        f.show_number(u.declaredEdit, item.declared_quantity)
        f.show_number(u.foundEdit, item.found_quantity)
        f.set_combo(u.unitCombo, item.unit)
        f.show_number(u.valueEdit, item.value)
        f.set_text(u.currencyEdit, item.currency)
        f.set_text(u.originEdit, item.origin)
        self._compare()

    def collect(self) -> GoodsLine:
        u = self.ui
        return GoodsLine(
            hs_code=normal_hs(f.text(u.hsEdit)), description=f.text(u.descriptionEdit),
            declared_quantity=f.number(u.declaredEdit), found_quantity=f.number(u.foundEdit),
            unit=f.combo_value(u.unitCombo, Unit), value=f.number(u.valueEdit),
            currency=f.upper(u.currencyEdit), origin=f.upper(u.originEdit))


def normal_hs(code: str | None) -> str | None:
    """An HS code as digits only: ``2402 20 90`` and ``2402.20.90`` are ``24022090``."""
    if code is None:
        return None
    digits = re.sub(r"[\s.]", "", code)
    return digits if digits.isdigit() else code


def goods_label(number: int, g: GoodsLine) -> str:
    differ = (g.declared_quantity is not None and g.found_quantity is not None
              and g.declared_quantity != g.found_quantity)
    return f"{number}. {g.description or g.hs_code or '—'}" + (" ≠" if differ else "")
