"""The single parts of the inspection form: general, vehicle, consignment, cash."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QWidget

from checkpoint.domain.conveyance import (
    Consignment,
    Container,
    TransportDocument,
    TransportDocumentType,
    Vehicle,
)
from checkpoint.domain.goods import CASH_THRESHOLD_EUR, CashDeclaration
from checkpoint.domain.inspection import ControlType, ConveyanceMode, Direction, Outcome, Trigger
from checkpoint.domain.parties import Person
from checkpoint.errors import ValidationError
from checkpoint.gui import fields as f
from checkpoint.gui.forms.ui_cash import Ui_CashPart
from checkpoint.gui.forms.ui_consignment import Ui_ConsignmentPart
from checkpoint.gui.forms.ui_container import Ui_ContainerPart
from checkpoint.gui.forms.ui_general import Ui_GeneralPart
from checkpoint.gui.forms.ui_vehicle import Ui_VehiclePart
from checkpoint.gui.items import Detail, ItemList
from checkpoint.gui.list_model import local_time


class GeneralPart(f.Part):
    """Where and how: checkpoint, lane, direction, conveyance, controls, trigger, outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_GeneralPart()
        u.setupUi(self)
        f.fill_combo(u.directionCombo, Direction)
        f.fill_combo(u.modeCombo, ConveyanceMode)
        f.fill_combo(u.triggerCombo, Trigger)
        f.fill_combo(u.outcomeCombo, Outcome)
        self.controls: dict[ControlType, QCheckBox] = {
            ControlType.DOCUMENTARY: u.documentaryCheck, ControlType.PHYSICAL: u.physicalCheck,
            ControlType.XRAY: u.xrayCheck, ControlType.CANINE: u.canineCheck,
            ControlType.FULL: u.fullCheck}
        self.watch()
        self.focus_map = [(r"checkpoint", u.checkpointEdit), (r"lane", u.laneEdit),
                          (r"direction", u.directionCombo), (r"conveyance", u.modeCombo),
                          (r"control type", u.documentaryCheck), (r"trigger", u.triggerCombo),
                          (r"outcome", u.outcomeCombo)]

    def load(self, checkpoint: str | None, lane: str | None, direction: Direction | None,
             mode: ConveyanceMode | None, controls: Sequence[ControlType],
             trigger: Trigger | None, started_at: str | None, outcome: Outcome | None,
             remarks: str | None) -> None:
        u = self.ui
        f.set_text(u.checkpointEdit, checkpoint)
        f.set_text(u.laneEdit, lane)
        f.set_combo(u.directionCombo, direction)
        f.set_combo(u.modeCombo, mode)
        for control, box in self.controls.items():
            box.setChecked(control in controls)
        f.set_combo(u.triggerCombo, trigger)
        u.startedValue.setText(local_time(started_at) if started_at else "")
        f.set_combo(u.outcomeCombo, outcome)
        f.set_text(u.remarksEdit, remarks)

    def control_types(self) -> tuple[ControlType, ...]:
        return tuple(c for c, box in self.controls.items() if box.isChecked())


class VehiclePart(f.Part):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_VehiclePart()
        u.setupUi(self)
        self.checks = [
            f.FieldCheck(u.countryEdit, u.countryEditMessage, f.CHECK_COUNTRY),
            f.FieldCheck(u.vinEdit, u.vinEditMessage, f.check_vin),
            f.FieldCheck(u.trailerCountryEdit, u.trailerCountryEditMessage, f.CHECK_COUNTRY),
        ]
        self.watch()
        self.focus_map = [(r"trailer", u.trailerCountryEdit),
                          (r"registration country", u.countryEdit),
                          (r"vin", u.vinEdit), (r"plate", u.plateEdit)]

    def load(self, v: Vehicle | None) -> None:
        v = v or Vehicle()
        u = self.ui
        for edit, value in ((u.plateEdit, v.plate), (u.countryEdit, v.registration_country),
                            (u.vinEdit, v.vin), (u.makeModelEdit, v.make_model),
                            (u.trailerPlateEdit, v.trailer_plate),
                            (u.trailerCountryEdit, v.trailer_registration_country),
                            (u.imoEdit, v.imo_number), (u.journeyEdit, v.journey_number)):
            f.set_text(edit, value)

    def collect(self) -> Vehicle | None:
        u = self.ui
        vin = f.upper(u.vinEdit)
        warnings: tuple[str, ...] = ()
        if vin:
            try:
                warnings = tuple(f.check_vin(vin))
            except ValidationError:
                warnings = ()
        v = Vehicle(plate=f.upper(u.plateEdit), registration_country=f.upper(u.countryEdit),
                    vin=vin, vin_warnings=warnings, make_model=f.text(u.makeModelEdit),
                    trailer_plate=f.upper(u.trailerPlateEdit),
                    trailer_registration_country=f.upper(u.trailerCountryEdit),
                    imo_number=f.text(u.imoEdit), journey_number=f.text(u.journeyEdit))
        return None if v == Vehicle() else v


class ContainerPart(Detail[Container]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_ContainerPart()
        u.setupUi(self)
        self.checks = [f.FieldCheck(u.numberEdit, u.numberEditMessage, f.CHECK_CONTAINER)]
        self.watch()
        self.focus_map = [(r"seal", u.sealsEdit), (r"number", u.numberEdit)]

    def load(self, item: Container) -> None:
        f.set_text(self.ui.numberEdit, item.number)
        f.set_text(self.ui.sealsEdit, ", ".join(item.seals))

    def collect(self) -> Container:
        seals = [s.strip() for s in self.ui.sealsEdit.text().split(",")]
        number = (f.upper(self.ui.numberEdit) or "").replace(" ", "")
        return Container(number=number, seals=tuple(s for s in seals if s))


class ConsignmentPart(f.Part):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_ConsignmentPart()
        u.setupUi(self)
        f.fill_combo(u.transportTypeCombo, TransportDocumentType)
        self.checks = [
            f.FieldCheck(u.mrnEdit, u.mrnEditMessage, f.check_mrn),
            f.FieldCheck(u.consignorEoriEdit, u.consignorEoriEditMessage, f.CHECK_EORI),
            f.FieldCheck(u.consigneeEoriEdit, u.consigneeEoriEditMessage, f.CHECK_EORI),
        ]
        self.watch()
        self.containers: ItemList[Container] = ItemList(
            ContainerPart(), lambda: Container(number=""),
            lambda n, c: f"{n}. {c.number or '—'}", self)
        u.containersLayout.addWidget(self.containers)
        self.containers.changed.connect(self._emit)
        self.focus_map = [(r"transport document: type", u.transportTypeCombo),
                          (r"transport document", u.transportNumberEdit), (r"mrn", u.mrnEdit),
                          (r"consignor", u.consignorEoriEdit), (r"consignee", u.consigneeEoriEdit)]

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


class CashPart(f.Part):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_CashPart()
        u.setupUi(self)
        u.declaredCombo.addItem("", None)
        u.declaredCombo.addItem(self.tr("declared"), "yes")
        u.declaredCombo.addItem(self.tr("not declared"), "no")
        self.checks = [f.FieldCheck(u.currencyEdit, u.currencyEditMessage, f.CHECK_CURRENCY)]
        self.watch()
        u.presentCheck.toggled.connect(self._enable)
        u.eurEdit.textChanged.connect(self._threshold)
        self._enable(False)
        self.focus_map = [(r"eur", u.eurEdit), (r"amount", u.amountEdit),
                          (r"currency", u.currencyEdit), (r"declared", u.declaredCombo),
                          (r"carrier", u.carrierCombo)]

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
