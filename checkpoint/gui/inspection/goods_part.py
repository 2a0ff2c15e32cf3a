"""A goods line of the inspection: HS code, description, quantities, value, origin."""

from __future__ import annotations

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
        self.field_widgets = {
            "hs_code": u.hsEdit, "description": u.descriptionEdit,
            "declared_quantity": u.declaredEdit, "found_quantity": u.foundEdit,
            "unit": u.unitCombo, "currency": u.currencyEdit, "origin": u.originEdit}

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

    def collect(self) -> GoodsLine:
        u = self.ui
        return GoodsLine(
            hs_code=f.text(u.hsEdit), description=f.text(u.descriptionEdit),
            declared_quantity=f.number(u.declaredEdit), found_quantity=f.number(u.foundEdit),
            unit=f.combo_value(u.unitCombo, Unit), value=f.number(u.valueEdit),
            currency=f.upper(u.currencyEdit), origin=f.upper(u.originEdit))


def goods_label(number: int, g: GoodsLine) -> str:
    return f"{number}. {g.description or g.hs_code or '—'}"
