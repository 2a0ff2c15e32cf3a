"""A finding of the inspection: risk area, commodity, concealment, detection, photos."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from checkpoint.domain.goods import (
    Attachment,
    ConcealmentMethod,
    DetectionMethod,
    Finding,
    RiskArea,
    Unit,
)
from checkpoint.domain.ids import new_id
from checkpoint.gui.forms.ui_finding import Ui_FindingPart
from checkpoint.gui.inspection import field_values as f
from checkpoint.gui.inspection.item_list import Detail


class FindingPart(Detail[Finding]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_FindingPart()
        u.setupUi(self)
        f.fill_combo(u.riskCombo, RiskArea)
        f.fill_combo(u.unitCombo, Unit)
        f.fill_combo(u.concealmentCombo, ConcealmentMethod)
        f.fill_combo(u.detectionCombo, DetectionMethod)
        self._id = new_id()
        self._pressed: tuple[QListWidgetItem, Qt.CheckState] | None = None
        u.riskCombo.currentIndexChanged.connect(self._banknotes)
        u.photosList.itemPressed.connect(self._pressed_on)
        u.photosList.itemClicked.connect(self._clicked_on)
        self.watch()
        self.field_widgets = {
            "risk_area": u.riskCombo, "commodity": u.commodityEdit, "quantity": u.quantityEdit,
            "unit": u.unitCombo, "concealment_method": u.concealmentCombo,
            "detection_method": u.detectionCombo, "attachment_ids": u.photosList}

    def set_attachments(self, attachments: Sequence[Attachment]) -> None:
        """Offer the inspection's photos to tick (keeps what is ticked)."""
        ticked = self._ticked()
        self._loading = True
        try:
            self.ui.photosList.clear()
            for a in attachments:
                item = QListWidgetItem(a.caption or a.id[-8:])
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                item.setCheckState(Qt.CheckState.Checked if a.id in ticked
                                   else Qt.CheckState.Unchecked)
                self.ui.photosList.addItem(item)
        finally:
            self._loading = False

    def _currency(self) -> bool:
        return f.combo_value(self.ui.riskCombo, RiskArea) is RiskArea.CURRENCY

    def _banknotes(self) -> None:
        """Banknotes have an amount, not a unit: no unit for a currency finding."""
        cash = self._currency()
        self.ui.unitCombo.setVisible(not cash)
        self.ui.unitComboLabel.setVisible(not cash)
        self.ui.quantityEditLabel.setText(self.tr("&Amount:") if cash else self.tr("&Quantity:"))

    def _pressed_on(self, item: QListWidgetItem) -> None:
        self._pressed = (item, item.checkState())

    def _clicked_on(self, item: QListWidgetItem) -> None:
        """A click on the caption ticks the photo as a click on its box does (the box
        toggles it itself: then the state has changed since the press)."""
        pressed, self._pressed = self._pressed, None
        if pressed is None or pressed[0] is not item or not item.flags() & (
                Qt.ItemFlag.ItemIsUserCheckable):
            return
        if item.checkState() == pressed[1] and self.ui.photosList.isEnabled():
            item.setCheckState(Qt.CheckState.Unchecked if pressed[1] == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)

    def _ticked(self) -> set[str]:
        out = set()
        for row in range(self.ui.photosList.count()):
            item = self.ui.photosList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.add(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def load(self, item: Finding) -> None:
        u = self.ui
        self._id = item.id
        f.set_combo(u.riskCombo, item.risk_area)
        f.set_text(u.commodityEdit, item.commodity)
        f.show_number(u.quantityEdit, item.quantity)
        f.set_combo(u.unitCombo, item.unit)
        f.set_combo(u.concealmentCombo, item.concealment_method)
        f.set_text(u.concealmentDetailsEdit, item.concealment_details)
        f.set_combo(u.detectionCombo, item.detection_method)
        for row in range(u.photosList.count()):
            it = u.photosList.item(row)
            on = it.data(Qt.ItemDataRole.UserRole) in item.attachment_ids
            it.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def collect(self) -> Finding:
        u = self.ui
        ticked = self._ticked()
        order = [str(u.photosList.item(r).data(Qt.ItemDataRole.UserRole))
                 for r in range(u.photosList.count())]
        return Finding(
            id=self._id, risk_area=f.combo_value(u.riskCombo, RiskArea),
            commodity=f.text(u.commodityEdit), quantity=f.number(u.quantityEdit),
            unit=None if self._currency() else f.combo_value(u.unitCombo, Unit),
            concealment_method=f.combo_value(u.concealmentCombo, ConcealmentMethod),
            concealment_details=f.text(u.concealmentDetailsEdit),
            detection_method=f.combo_value(u.detectionCombo, DetectionMethod),
            attachment_ids=tuple(i for i in order if i in ticked))


def finding_label(number: int, x: Finding) -> str:
    area = f.enum_label(x.risk_area) if x.risk_area else ""
    return f"{number}. {x.commodity or area or '—'}"


def new_finding() -> Finding:
    return Finding(id=new_id())
