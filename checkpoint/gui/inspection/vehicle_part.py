"""The vehicle of the inspection: plate, VIN, trailer, IMO and journey numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from checkpoint.domain.conveyance import Vehicle
from checkpoint.gui.forms.ui_vehicle import Ui_VehiclePart
from checkpoint.gui.inspection import field_checks as fc
from checkpoint.gui.inspection import field_values as f
from checkpoint.gui.inspection.part import Part


class VehiclePart(Part):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_VehiclePart()
        u.setupUi(self)
        self.checks = [
            fc.FieldCheck(u.countryEdit, u.countryEditMessage, fc.CHECK_COUNTRY),
            fc.FieldCheck(u.vinEdit, u.vinEditMessage, fc.check_vin),
            fc.FieldCheck(u.trailerCountryEdit, u.trailerCountryEditMessage, fc.CHECK_COUNTRY),
        ]
        self.watch()
        self.field_widgets = {
            "plate": u.plateEdit, "registration_country": u.countryEdit, "vin": u.vinEdit,
            "trailer_registration_country": u.trailerCountryEdit}

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
        v = Vehicle(plate=f.upper(u.plateEdit), registration_country=f.upper(u.countryEdit),
                    vin=f.upper(u.vinEdit), make_model=f.text(u.makeModelEdit),
                    trailer_plate=f.upper(u.trailerPlateEdit),
                    trailer_registration_country=f.upper(u.trailerCountryEdit),
                    imo_number=f.text(u.imoEdit), journey_number=f.text(u.journeyEdit))
        return None if v == Vehicle() else v
