"""Goods, cash, findings and the photos that document them.

Declared versus found: a :class:`GoodsLine` carries a *pair* of quantities in one
unit. ``declared_quantity`` is what the declaration or the traveller stated (``None``:
the goods were not declared at all); ``found_quantity`` is what the officer counted or
weighed (``None``: not verified, e.g. a documentary control only). A discrepancy is
their difference; an undeclared line has only a found quantity.

:class:`CashDeclaration` follows Reg. (EU) 2018/1672: cash of 10,000 EUR or more
must be declared. :class:`Finding` is the enforcement view of what was detected (risk
area, commodity, concealment, detection method, photos); an offence case links to it
by ``id``. :class:`Attachment` describes a photo whose bytes live encrypted in the
store, never in the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Self

from checkpoint.domain.reader import FromDocument, Reader

#: Reg. (EU) 2018/1672 art. 3: cash of this EUR value or more must be declared.
CASH_THRESHOLD_EUR = 10_000


class Unit(StrEnum):
    KILOGRAM = "kg"
    GRAM = "g"
    TONNE = "t"
    LITRE = "l"
    MILLILITRE = "ml"
    METRE = "m"
    SQUARE_METRE = "m2"
    CUBIC_METRE = "m3"
    PIECE = "pcs"
    PAIR = "pair"
    PACK = "pack"


class RiskArea(StrEnum):
    DRUGS = "drugs"
    TOBACCO_ALCOHOL_FUEL = "tobacco_alcohol_fuel"
    IPR_HEALTH_SAFETY = "ipr_health_safety"
    WEAPONS_STRATEGIC = "weapons_strategic"
    ENVIRONMENT_CITES_WASTE = "environment_cites_waste"
    CULTURAL_HERITAGE = "cultural_heritage"
    CURRENCY = "currency"


class ConcealmentMethod(StrEnum):
    NONE = "none"  # carried openly, simply not declared
    BAGGAGE = "baggage"
    ON_BODY = "on_body"
    IN_BODY = "in_body"
    VEHICLE_NATURAL_VOID = "vehicle_natural_void"  # spare wheel, door panels, ...
    VEHICLE_MODIFIED_STRUCTURE = "vehicle_modified_structure"  # false floor, built cavity
    FUEL_TANK = "fuel_tank"
    MIXED_WITH_CARGO = "mixed_with_cargo"
    CONTAINER_STRUCTURE = "container_structure"
    POSTAL_ITEM = "postal_item"
    OTHER = "other"


class DetectionMethod(StrEnum):
    DOCUMENTARY = "documentary"
    PHYSICAL = "physical"
    XRAY = "xray"
    CANINE = "canine"
    DENSITY_METER = "density_meter"
    RADIATION_DETECTOR = "radiation_detector"
    TRACE_DETECTOR = "trace_detector"
    INTELLIGENCE = "intelligence"
    OTHER = "other"


class AttachmentKind(StrEnum):
    PHOTO = "photo"


@dataclass(frozen=True, slots=True)
class GoodsLine(FromDocument):
    hs_code: str | None = None
    description: str | None = None
    declared_quantity: float | None = None
    found_quantity: float | None = None
    unit: Unit | None = None
    value: float | None = None
    currency: str | None = None
    origin: str | None = None

    @property
    def undeclared(self) -> bool:
        """Found but not declared at all."""
        return self.declared_quantity is None and self.found_quantity is not None

    @property
    def discrepancy(self) -> float | None:
        """Found minus declared, when both are known."""
        if self.declared_quantity is None or self.found_quantity is None:
            return None
        return self.found_quantity - self.declared_quantity

    def to_document(self) -> dict[str, Any]:
        return {
            "hs_code": self.hs_code,
            "description": self.description,
            "declared_quantity": self.declared_quantity,
            "found_quantity": self.found_quantity,
            "unit": None if self.unit is None else self.unit.value,
            "value": self.value,
            "currency": self.currency,
            "origin": self.origin,
        }

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(
            hs_code=r.opt_text("hs_code"),
            description=r.opt_text("description"),
            declared_quantity=r.opt_number("declared_quantity"),
            found_quantity=r.opt_number("found_quantity"),
            unit=r.opt_enum("unit", Unit),
            value=r.opt_number("value"),
            currency=r.opt_text("currency"),
            origin=r.opt_text("origin"),
        )


@dataclass(frozen=True, slots=True)
class CashAmount(FromDocument):
    """Cash in one currency and its value in EUR."""

    amount: float | None = None
    currency: str | None = None
    eur_equivalent: float | None = None

    def to_document(self) -> dict[str, Any]:
        return {"amount": self.amount, "currency": self.currency,
                "eur_equivalent": self.eur_equivalent}

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(amount=r.opt_number("amount"), currency=r.opt_text("currency"),
                   eur_equivalent=r.opt_number("eur_equivalent"))


@dataclass(frozen=True, slots=True)
class CashDeclaration(FromDocument):
    """Cash carried; ``person_id`` names the carrier among the inspection's persons.

    Cash in one currency is ``amount`` and ``currency``. Cash in several currencies
    lists each in ``currencies`` (the first is also in ``amount`` and ``currency``, so
    a reader of the one-currency form sees it). ``eur_equivalent`` is always the
    **total** in EUR, what the 10,000 EUR threshold is checked against.
    ``currencies`` is written only when it holds something, so the documents of
    one-currency declarations keep the bytes they had before it existed.
    """

    amount: float | None = None
    currency: str | None = None
    eur_equivalent: float | None = None
    declared: bool | None = None
    person_id: str | None = None
    currencies: tuple[CashAmount, ...] = ()

    @property
    def amounts(self) -> tuple[CashAmount, ...]:
        """Every currency carried (one, from ``amount`` and ``currency``, when
        ``currencies`` is empty)."""
        if self.currencies:
            return self.currencies
        if self.amount is None and self.currency is None:
            return ()
        return (CashAmount(self.amount, self.currency, self.eur_equivalent),)

    @classmethod
    def of(cls, amounts: tuple[CashAmount, ...], *, declared: bool | None,
           person_id: str | None, eur_total: float | None = None) -> CashDeclaration:
        """A declaration of ``amounts`` (the EUR total summed unless given)."""
        known = [a.eur_equivalent for a in amounts if a.eur_equivalent is not None]
        total = eur_total if eur_total is not None else (
            round(sum(known), 2) if known and len(known) == len(amounts) else None)
        first = amounts[0] if amounts else CashAmount()
        return cls(amount=first.amount, currency=first.currency, eur_equivalent=total,
                   declared=declared, person_id=person_id,
                   currencies=amounts if len(amounts) > 1 else ())

    @property
    def over_threshold(self) -> bool:
        return self.eur_equivalent is not None and self.eur_equivalent >= CASH_THRESHOLD_EUR

    def to_document(self) -> dict[str, Any]:
        return {
            "amount": self.amount,
            "currency": self.currency,
            "eur_equivalent": self.eur_equivalent,
            "declared": self.declared,
            "person_id": self.person_id,
        } | ({"currencies": [c.to_document() for c in self.currencies]}
             if self.currencies else {})

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(
            amount=r.opt_number("amount"),
            currency=r.opt_text("currency"),
            eur_equivalent=r.opt_number("eur_equivalent"),
            declared=r.opt_bool("declared"),
            person_id=r.opt_text("person_id"),
            currencies=r.records("currencies", CashAmount),
        )


@dataclass(frozen=True, slots=True)
class Finding(FromDocument):
    """What was detected; ``attachment_ids`` name the inspection's photos of it."""

    id: str
    risk_area: RiskArea | None = None
    commodity: str | None = None
    quantity: float | None = None
    unit: Unit | None = None
    concealment_method: ConcealmentMethod | None = None
    concealment_details: str | None = None
    detection_method: DetectionMethod | None = None
    attachment_ids: tuple[str, ...] = ()

    def to_document(self) -> dict[str, Any]:
        concealment = self.concealment_method
        detection = self.detection_method
        return {
            "id": self.id,
            "risk_area": None if self.risk_area is None else self.risk_area.value,
            "commodity": self.commodity,
            "quantity": self.quantity,
            "unit": None if self.unit is None else self.unit.value,
            "concealment_method": None if concealment is None else concealment.value,
            "concealment_details": self.concealment_details,
            "detection_method": None if detection is None else detection.value,
            "attachment_ids": list(self.attachment_ids),
        }

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(
            id=r.text("id"),
            risk_area=r.opt_enum("risk_area", RiskArea),
            commodity=r.opt_text("commodity"),
            quantity=r.opt_number("quantity"),
            unit=r.opt_enum("unit", Unit),
            concealment_method=r.opt_enum("concealment_method", ConcealmentMethod),
            concealment_details=r.opt_text("concealment_details"),
            detection_method=r.opt_enum("detection_method", DetectionMethod),
            attachment_ids=r.text_list("attachment_ids"),
        )


@dataclass(frozen=True, slots=True)
class Attachment(FromDocument):
    """A reference to encrypted bytes in the store: digest and size, never the bytes."""

    id: str
    kind: AttachmentKind
    media_type: str
    sha256: str
    size: int
    caption: str | None = None

    def to_document(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "media_type": self.media_type,
            "sha256": self.sha256,
            "size": self.size,
            "caption": self.caption,
        }

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(
            id=r.text("id"),
            kind=r.enum("kind", AttachmentKind),
            media_type=r.text("media_type"),
            sha256=r.text("sha256"),
            size=r.integer("size"),
            caption=r.opt_text("caption"),
        )
