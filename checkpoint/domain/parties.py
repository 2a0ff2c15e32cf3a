"""People met at the checkpoint and the travel documents they present.

A :class:`Person` keeps names twice: as printed in the original script (``surname``,
``given_names``, e.g. Cyrillic or Polish with diacritics) and in the Latin form of
the machine-readable zone (``surname_latin``, ``given_names_latin``, ICAO 9303
transliteration). The birth date may be partial (``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``) because documents from some states carry only a year.

A :class:`TravelDocument` keeps the raw MRZ lines as the reader typed them and the
result of every check digit (:class:`MrzCheck`); a failed check is never silently
accepted: the officer must give an ``override_reason``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Self

from checkpoint.domain.ids import new_id
from checkpoint.domain.reader import FromDocument, Reader

if TYPE_CHECKING:
    from checkpoint.documents import MrzResult


class Role(StrEnum):
    DRIVER = "driver"
    PASSENGER = "passenger"
    CREW = "crew"
    PEDESTRIAN = "pedestrian"


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    UNSPECIFIED = "X"


class DocumentType(StrEnum):
    PASSPORT = "passport"
    ID_CARD = "id_card"
    VISA = "visa"
    RESIDENCE_PERMIT = "residence_permit"
    OTHER = "other"


class MrzFormat(StrEnum):
    """ICAO 9303 machine-readable zone formats: lines x characters."""

    TD1 = "TD1"  # 3 x 30, ID cards
    TD2 = "TD2"  # 2 x 36
    TD3 = "TD3"  # 2 x 44, passports
    MRVA = "MRVA"  # 2 x 44, visas
    MRVB = "MRVB"  # 2 x 36, visas

    @property
    def shape(self) -> tuple[int, int]:
        """Number of lines and characters per line."""
        return _MRZ_SHAPES[self]


_MRZ_SHAPES = {
    MrzFormat.TD1: (3, 30),
    MrzFormat.TD2: (2, 36),
    MrzFormat.TD3: (2, 44),
    MrzFormat.MRVA: (2, 44),
    MrzFormat.MRVB: (2, 36),
}


@dataclass(frozen=True, slots=True)
class MrzCheck(FromDocument):
    """One check digit: which field, whether it matched, the digit computed and read."""

    field: str
    ok: bool
    expected: str
    found: str

    def to_document(self) -> dict[str, Any]:
        return {"field": self.field, "ok": self.ok, "expected": self.expected, "found": self.found}

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(
            field=r.text("field"),
            ok=r.boolean("ok"),
            expected=r.text("expected"),
            found=r.text("found"),
        )


@dataclass(frozen=True, slots=True)
class MrzInfo(FromDocument):
    """The raw machine-readable zone and its check-digit results."""

    format: MrzFormat
    lines: tuple[str, ...]
    checks: tuple[MrzCheck, ...] = ()
    override_reason: str | None = None

    @property
    def failed_checks(self) -> tuple[MrzCheck, ...]:
        return tuple(check for check in self.checks if not check.ok)

    @classmethod
    def from_result(cls, result: MrzResult, override_reason: str | None = None) -> Self:
        """The raw lines and check results of a parsed MRZ (``checkpoint.documents``)."""
        checks = tuple(MrzCheck(c.field, c.ok, c.expected, c.found) for c in result.checks)
        return cls(MrzFormat(result.format), tuple(result.raw), checks, override_reason)

    def to_document(self) -> dict[str, Any]:
        return {
            "format": self.format.value,
            "lines": list(self.lines),
            "checks": [check.to_document() for check in self.checks],
            "override_reason": self.override_reason,
        }

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(
            format=r.enum("format", MrzFormat),
            lines=r.text_list("lines"),
            checks=r.records("checks", MrzCheck),
            override_reason=r.opt_text("override_reason"),
        )


def _document_type(code: str) -> DocumentType:
    """ICAO 9303 document code → type: P passport, V visa, I/A/C identity card."""
    first = code[:1]
    if first == "P":
        return DocumentType.PASSPORT
    if first == "V":
        return DocumentType.VISA
    if first in ("I", "A", "C"):
        return DocumentType.ID_CARD
    return DocumentType.OTHER


@dataclass(frozen=True, slots=True)
class TravelDocument(FromDocument):
    """The document a person presented; ``expiry`` is a full date, if the document has one."""

    type: DocumentType | None = None
    issuing_state: str | None = None
    number: str | None = None
    expiry: str | None = None
    mrz: MrzInfo | None = None

    def to_document(self) -> dict[str, Any]:
        return {
            "type": None if self.type is None else self.type.value,
            "issuing_state": self.issuing_state,
            "number": self.number,
            "expiry": self.expiry,
            "mrz": None if self.mrz is None else self.mrz.to_document(),
        }

    @classmethod
    def from_mrz(cls, result: MrzResult) -> Self:
        """The document as its parsed MRZ describes it; an unknown expiry is left empty."""
        return cls(
            type=_document_type(result.document_code),
            issuing_state=result.issuing_state or None,
            number=result.document_number or None,
            expiry=result.expiry_date if len(result.expiry_date) == len("YYYY-MM-DD") else None,
            mrz=MrzInfo.from_result(result),
        )

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(
            type=r.opt_enum("type", DocumentType),
            issuing_state=r.opt_text("issuing_state"),
            number=r.opt_text("number"),
            expiry=r.opt_text("expiry"),
            mrz=r.opt_record("mrz", MrzInfo),
        )


@dataclass(frozen=True, slots=True)
class Person(FromDocument):
    """A person in the inspection; ``id`` is stable across amendments of the record."""

    id: str
    role: Role
    surname: str | None = None
    given_names: str | None = None
    surname_latin: str | None = None
    given_names_latin: str | None = None
    birth_date: str | None = None
    sex: Sex | None = None
    nationality: str | None = None
    document: TravelDocument | None = None

    def to_document(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "role": self.role.value,
            "surname": self.surname,
            "given_names": self.given_names,
            "surname_latin": self.surname_latin,
            "given_names_latin": self.given_names_latin,
            "birth_date": self.birth_date,
            "sex": None if self.sex is None else self.sex.value,
            "nationality": self.nationality,
            "document": None if self.document is None else self.document.to_document(),
        }

    @classmethod
    def from_mrz(cls, result: MrzResult, role: Role, person_id: str | None = None) -> Self:
        """A person as the MRZ describes them (Latin names only; a new id unless given).

        The names in the original script are not in the MRZ: the officer types them
        from the data page.
        """
        return cls(
            id=person_id or new_id(),
            role=role,
            surname_latin=result.surname or None,
            given_names_latin=result.given_names or None,
            birth_date=result.birth_date or None,
            sex=Sex(result.sex) if result.sex in ("M", "F", "X") else None,
            nationality=result.nationality or None,
            document=TravelDocument.from_mrz(result),
        )

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(
            id=r.text("id"),
            role=r.enum("role", Role),
            surname=r.opt_text("surname"),
            given_names=r.opt_text("given_names"),
            surname_latin=r.opt_text("surname_latin"),
            given_names_latin=r.opt_text("given_names_latin"),
            birth_date=r.opt_text("birth_date"),
            sex=r.opt_enum("sex", Sex),
            nationality=r.opt_text("nationality"),
            document=r.opt_record("document", TravelDocument),
        )
