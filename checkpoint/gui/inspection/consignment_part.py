"""The consignment of the inspection: containers and seals, transport document, MRN, EORI."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from checkpoint.domain.conveyance import (
    Consignment,
    Container,
    TransportDocument,
    TransportDocumentType,
)
from checkpoint.gui.forms.ui_consignment import Ui_ConsignmentPart
from checkpoint.gui.forms.ui_container import Ui_ContainerPart
from checkpoint.gui.inspection import field_checks as fc
from checkpoint.gui.inspection import field_values as f
from checkpoint.gui.inspection.item_list import Detail, ItemList
from checkpoint.gui.inspection.part import Part


class ContainerPart(Detail[Container]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_ContainerPart()
        u.setupUi(self)
        self.checks = [fc.FieldCheck(u.numberEdit, u.numberEditMessage, fc.CHECK_CONTAINER)]
        self.watch()
        self.field_widgets = {"number": u.numberEdit, "seals": u.sealsEdit}

    def load(self, item: Container) -> None:
        f.set_text(self.ui.numberEdit, item.number)
        f.set_text(self.ui.sealsEdit, ", ".join(item.seals))

    def collect(self) -> Container:
        seals = [s.strip() for s in self.ui.sealsEdit.text().split(",")]
        number = (f.upper(self.ui.numberEdit) or "").replace(" ", "")
        return Container(number=number, seals=tuple(s for s in seals if s))


class ConsignmentPart(Part):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_ConsignmentPart()
        u.setupUi(self)
        f.fill_combo(u.transportTypeCombo, TransportDocumentType)
        self.checks = [
            fc.FieldCheck(u.mrnEdit, u.mrnEditMessage, fc.CHECK_MRN),
            fc.FieldCheck(u.consignorEoriEdit, u.consignorEoriEditMessage, fc.CHECK_EORI),
            fc.FieldCheck(u.consigneeEoriEdit, u.consigneeEoriEditMessage, fc.CHECK_EORI),
        ]
        self.watch()
        self.containers: ItemList[Container] = ItemList(
            ContainerPart(), lambda: Container(number=""),
            lambda n, c: f"{n}. {c.number or '—'}", self, scroll=False)
        u.containersLayout.addWidget(self.containers)
        self.containers.changed.connect(self._emit)
        self.field_widgets = {
            "transport_document": u.transportNumberEdit,
            "transport_document.type": u.transportTypeCombo,
            "transport_document.number": u.transportNumberEdit, "declaration_mrn": u.mrnEdit,
            "consignor_eori": u.consignorEoriEdit, "consignee_eori": u.consigneeEoriEdit}

    def load(self, c: Consignment | None) -> None:
        c = c or Consignment()
        u = self.ui
        t = c.transport_document or TransportDocument()
        f.set_combo(u.transportTypeCombo, t.type)
        f.set_text(u.transportNumberEdit, t.number)
        for edit, value in ((u.mrnEdit, c.declaration_mrn), (u.consignorNameEdit, c.consignor_name),
                            (u.consignorEoriEdit, c.consignor_eori),
                            (u.consigneeNameEdit, c.consignee_name),
                            (u.consigneeEoriEdit, c.consignee_eori)):
            f.set_text(edit, value)
        self.containers.load(c.containers)

    def collect(self) -> Consignment | None:
        u = self.ui
        t = TransportDocument(type=f.combo_value(u.transportTypeCombo, TransportDocumentType),
                              number=f.text(u.transportNumberEdit))
        c = Consignment(
            containers=self.containers.collect(),
            transport_document=None if t == TransportDocument() else t,
            declaration_mrn=f.upper(u.mrnEdit), consignor_name=f.text(u.consignorNameEdit),
            consignor_eori=f.upper(u.consignorEoriEdit), consignee_name=f.text(u.consigneeNameEdit),
            consignee_eori=f.upper(u.consigneeEoriEdit))
        return None if c == Consignment() else c
