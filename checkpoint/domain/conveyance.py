"""The means of transport and the consignment it carries.

:class:`Vehicle` is the conveyance: a road vehicle's plate and VIN (ISO 3779; the
validator's warnings are kept, a non-North-American VIN is never rejected for its
check digit), the trailer, and for ships and trains/flights the IMO number and the
journey (voyage, train or flight) number. :class:`Consignment` holds the ISO 6346
containers with their seals, the transport document, the customs declaration's MRN
and the EORI numbers of consignor and consignee.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Self

from checkpoint.documents import validate_vin
from checkpoint.domain.reader import FromDocument, Reader
from checkpoint.errors import ValidationError


class TransportDocumentType(StrEnum):
    CMR = "cmr"  # road consignment note
    CIM = "cim"  # rail, COTIF
    SMGS = "smgs"  # rail, OSJD
    BILL_OF_LADING = "bill_of_lading"
    SEA_WAYBILL = "sea_waybill"
    AIR_WAYBILL = "air_waybill"
    POSTAL = "postal"  # CN 22 / CN 23
    TIR_CARNET = "tir_carnet"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Vehicle(FromDocument):
    """The conveyance. Plates are kept as written; search keys normalise them.

    ``vin_warnings`` are the VIN validator's warnings (a check digit that only North
    America requires): given none, a vehicle with a VIN gets them from the rule
    (:func:`vin_warnings`), however it was made (the form, an import, the demo).
    """

    plate: str | None = None
    registration_country: str | None = None
    vin: str | None = None
    vin_warnings: tuple[str, ...] = ()
    make_model: str | None = None
    trailer_plate: str | None = None
    trailer_registration_country: str | None = None
    imo_number: str | None = None
    journey_number: str | None = None

    def __post_init__(self) -> None:
        if self.vin and not self.vin_warnings:
            object.__setattr__(self, "vin_warnings", vin_warnings(self.vin))

    def to_document(self) -> dict[str, Any]:
        return {
            "plate": self.plate,
            "registration_country": self.registration_country,
            "vin": self.vin,
            "vin_warnings": list(self.vin_warnings),
            "make_model": self.make_model,
            "trailer_plate": self.trailer_plate,
            "trailer_registration_country": self.trailer_registration_country,
            "imo_number": self.imo_number,
            "journey_number": self.journey_number,
        }

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(
            plate=r.opt_text("plate"),
            registration_country=r.opt_text("registration_country"),
            vin=r.opt_text("vin"),
            vin_warnings=r.text_list("vin_warnings"),
            make_model=r.opt_text("make_model"),
            trailer_plate=r.opt_text("trailer_plate"),
            trailer_registration_country=r.opt_text("trailer_registration_country"),
            imo_number=r.opt_text("imo_number"),
            journey_number=r.opt_text("journey_number"),
        )


def vin_warnings(vin: str) -> tuple[str, ...]:
    """The warnings the VIN rule gives for ``vin`` (none for an invalid VIN: that is a
    finalize problem, not a warning)."""
    try:
        return validate_vin(vin).warnings
    except ValidationError:
        return ()


@dataclass(frozen=True, slots=True)
class Container(FromDocument):
    """An ISO 6346 container and the numbers of the seals found on it."""

    number: str
    seals: tuple[str, ...] = ()

    def to_document(self) -> dict[str, Any]:
        return {"number": self.number, "seals": list(self.seals)}

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(number=r.text("number"), seals=r.text_list("seals"))


@dataclass(frozen=True, slots=True)
class TransportDocument(FromDocument):
    type: TransportDocumentType | None = None
    number: str | None = None

    def to_document(self) -> dict[str, Any]:
        return {"type": None if self.type is None else self.type.value, "number": self.number}

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(type=r.opt_enum("type", TransportDocumentType), number=r.opt_text("number"))


@dataclass(frozen=True, slots=True)
class Consignment(FromDocument):
    containers: tuple[Container, ...] = ()
    transport_document: TransportDocument | None = None
    declaration_mrn: str | None = None
    consignor_name: str | None = None
    consignor_eori: str | None = None
    consignee_name: str | None = None
    consignee_eori: str | None = None

    def to_document(self) -> dict[str, Any]:
        transport = self.transport_document
        return {
            "containers": [container.to_document() for container in self.containers],
            "transport_document": None if transport is None else transport.to_document(),
            "declaration_mrn": self.declaration_mrn,
            "consignor_name": self.consignor_name,
            "consignor_eori": self.consignor_eori,
            "consignee_name": self.consignee_name,
            "consignee_eori": self.consignee_eori,
        }

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(
            containers=r.records("containers", Container),
            transport_document=r.opt_record("transport_document", TransportDocument),
            declaration_mrn=r.opt_text("declaration_mrn"),
            consignor_name=r.opt_text("consignor_name"),
            consignor_eori=r.opt_text("consignor_eori"),
            consignee_name=r.opt_text("consignee_name"),
            consignee_eori=r.opt_text("consignee_eori"),
        )
