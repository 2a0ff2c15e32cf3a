"""The offence case and its seizure (``offence.v1``).

A case is opened from an inspection's finding (prefilled with the finding's risk
area, commodity, quantity, the inspection's persons) or on its own. It names its
kind (an administrative violation of customs rules or criminal smuggling), its legal
basis (a key of the ``offence_codes`` table HQ publishes), the risk area, the findings
and persons it concerns (each person with a role) and the seized items. Record status
is ``draft`` until a supervisor approves it (:mod:`.review`), then ``approved``:
frozen, and corrected only by amendments. Custody of the items after seizure is a
chain of separate records (:mod:`.custody`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Self

from checkpoint.documents import validate_country, validate_currency, validate_hs
from checkpoint.domain.cases.markings import Marking, marking_problems
from checkpoint.domain.cases.review import Review
from checkpoint.domain.completeness import Problems
from checkpoint.domain.dates import check_date
from checkpoint.domain.goods import Attachment, Finding, RiskArea, Unit
from checkpoint.domain.ids import new_id, utc_now
from checkpoint.domain.reader import FromDocument, Reader
from checkpoint.errors import Code, Problem, ValidationError, path

SCHEMA = "offence.v1"
KIND = "offence"


class CaseStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class CaseKind(StrEnum):
    ADMINISTRATIVE = "administrative"  # violation of customs rules
    CRIMINAL = "criminal"              # smuggling


class PersonRole(StrEnum):
    SUSPECT = "suspect"
    OWNER = "owner"
    CARRIER = "carrier"
    WITNESS = "witness"


@dataclass(frozen=True, slots=True)
class CasePerson(FromDocument):
    """A person in a case or a referral; ``id`` is the inspection person's when linked."""

    id: str
    role: PersonRole
    surname: str | None = None
    given_names: str | None = None
    birth_date: str | None = None
    nationality: str | None = None
    document_number: str | None = None

    def to_document(self) -> dict[str, Any]:
        return {"id": self.id, "role": self.role.value, "surname": self.surname,
                "given_names": self.given_names, "birth_date": self.birth_date,
                "nationality": self.nationality, "document_number": self.document_number}

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(id=r.text("id"), role=r.enum("role", PersonRole),
                   surname=r.opt_text("surname"), given_names=r.opt_text("given_names"),
                   birth_date=r.opt_text("birth_date"), nationality=r.opt_text("nationality"),
                   document_number=r.opt_text("document_number"))


@dataclass(frozen=True, slots=True)
class SeizedItem(FromDocument):
    """One seized item; ``holder`` and ``seal_numbers`` start its chain of custody."""

    id: str
    description: str | None = None
    hs_code: str | None = None
    quantity: float | None = None
    unit: Unit | None = None
    value: float | None = None
    currency: str | None = None
    seal_numbers: tuple[str, ...] = ()
    attachment_ids: tuple[str, ...] = ()
    finding_id: str | None = None
    holder: str | None = None

    def to_document(self) -> dict[str, Any]:
        return {"id": self.id, "description": self.description, "hs_code": self.hs_code,
                "quantity": self.quantity, "unit": None if self.unit is None else self.unit.value,
                "value": self.value, "currency": self.currency,
                "seal_numbers": list(self.seal_numbers),
                "attachment_ids": list(self.attachment_ids), "finding_id": self.finding_id,
                "holder": self.holder}

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(id=r.text("id"), description=r.opt_text("description"),
                   hs_code=r.opt_text("hs_code"), quantity=r.opt_number("quantity"),
                   unit=r.opt_enum("unit", Unit), value=r.opt_number("value"),
                   currency=r.opt_text("currency"), seal_numbers=r.text_list("seal_numbers"),
                   attachment_ids=r.text_list("attachment_ids"),
                   finding_id=r.opt_text("finding_id"), holder=r.opt_text("holder"))


@dataclass(frozen=True, slots=True)
class OffenceCase(FromDocument):
    id: str
    status: CaseStatus
    created_at: str
    updated_at: str
    device_id: str
    author: str
    amends: str | None = None
    amendment_reason: str | None = None
    checkpoint: str | None = None
    kind: CaseKind | None = None
    legal_basis: str | None = None
    risk_area: RiskArea | None = None
    inspection_id: str | None = None
    finding_ids: tuple[str, ...] = ()
    occurred_at: str | None = None
    place: str | None = None
    summary: str | None = None
    persons: tuple[CasePerson, ...] = ()
    items: tuple[SeizedItem, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    marking: Marking = field(default_factory=Marking)
    review: Review = field(default_factory=Review)

    @property
    def is_draft(self) -> bool:
        return self.status is CaseStatus.DRAFT

    def item(self, item_id: str) -> SeizedItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def with_changes(self, **changes: Any) -> OffenceCase:
        return replace(self, **changes)

    def to_document(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA, "id": self.id, "status": self.status.value,
            "created_at": self.created_at, "updated_at": self.updated_at,
            "device_id": self.device_id, "author": self.author, "amends": self.amends,
            "amendment_reason": self.amendment_reason, "checkpoint": self.checkpoint,
            "kind": None if self.kind is None else self.kind.value,
            "legal_basis": self.legal_basis,
            "risk_area": None if self.risk_area is None else self.risk_area.value,
            "inspection_id": self.inspection_id, "finding_ids": list(self.finding_ids),
            "occurred_at": self.occurred_at, "place": self.place, "summary": self.summary,
            "persons": [p.to_document() for p in self.persons],
            "items": [i.to_document() for i in self.items],
            "attachments": [a.to_document() for a in self.attachments],
            "marking": self.marking.to_document(), "review": self.review.to_document(),
        }

    @classmethod
    def read(cls, r: Reader) -> Self:
        schema = r.text("schema")
        if schema != SCHEMA:
            raise ValidationError(f"Expected an {SCHEMA} document, not {schema!r}.",
                              [Problem("schema", Code.INVALID, {"detail": f"not {SCHEMA}"})])
        return cls(
            id=r.text("id"), status=r.enum("status", CaseStatus),
            created_at=r.text("created_at"), updated_at=r.text("updated_at"),
            device_id=r.text("device_id"), author=r.text("author"),
            amends=r.opt_text("amends"), amendment_reason=r.opt_text("amendment_reason"),
            checkpoint=r.opt_text("checkpoint"), kind=r.opt_enum("kind", CaseKind),
            legal_basis=r.opt_text("legal_basis"), risk_area=r.opt_enum("risk_area", RiskArea),
            inspection_id=r.opt_text("inspection_id"), finding_ids=r.text_list("finding_ids"),
            occurred_at=r.opt_text("occurred_at"), place=r.opt_text("place"),
            summary=r.opt_text("summary"), persons=r.records("persons", CasePerson),
            items=r.records("items", SeizedItem),
            attachments=r.records("attachments", Attachment),
            marking=r.opt_record("marking", Marking) or Marking(),
            review=r.opt_record("review", Review) or Review(),
        )


def new_case(author: str, device_id: str, *, checkpoint: str | None = None) -> OffenceCase:
    now = utc_now()
    return OffenceCase(new_id(), CaseStatus.DRAFT, now, now, device_id, author,
                       checkpoint=checkpoint, occurred_at=now)


def item_from_finding(finding: Finding, holder: str, description: str | None = None,
                      ) -> SeizedItem:
    return SeizedItem(new_id(), description=description or finding.commodity,
                      quantity=finding.quantity, unit=finding.unit,
                      attachment_ids=finding.attachment_ids, finding_id=finding.id,
                      holder=holder)


def from_finding(author: str, device_id: str, inspection: Any, finding_id: str) -> OffenceCase:
    """A new case prefilled from one finding of ``inspection`` (an Inspection): risk area,
    a seized item with the finding's commodity and quantity, the finding's photos, the
    inspection's persons (as suspects; the officer changes roles), place and time.

    Raises ValidationError when the inspection has no such finding.
    """
    finding = next((f for f in inspection.findings if f.id == finding_id), None)
    if finding is None:
        raise ValidationError("The inspection has no such finding.",
                              code=Code.UNKNOWN_FINDING, params={"value": finding_id})
    case = new_case(author, device_id, checkpoint=inspection.checkpoint)
    persons = tuple(
        CasePerson(p.id, PersonRole.SUSPECT, p.surname_latin or p.surname,
                   p.given_names_latin or p.given_names, p.birth_date, p.nationality,
                   p.document.number if p.document is not None else None)
        for p in inspection.persons)
    photos = {a.id for a in inspection.attachments}
    return replace(case, risk_area=finding.risk_area, inspection_id=inspection.id,
                   finding_ids=(finding.id,), occurred_at=inspection.started_at or case.created_at,
                   place=inspection.checkpoint, persons=persons,
                   items=(item_from_finding(finding, author),),
                   attachments=tuple(a for a in inspection.attachments
                                     if a.id in photos and a.id in finding.attachment_ids))


def _duplicates(p: Problems, where: str, ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for n, i in enumerate(ids):
        if i in seen:
            p.add(path(where, n, "id"), Code.DUPLICATE_ID, value=i)
        seen.add(i)


def person_problems(persons: tuple[CasePerson, ...]) -> list[Problem]:
    """The problems of ``persons[n]`` of a case or a referral."""
    out = Problems()
    for n, person in enumerate(persons):
        p = Problems("persons", n)
        p.missing("surname", person.surname)
        p.valid("nationality", person.nationality, validate_country)
        p.valid("birth_date", person.birth_date, _partial_date)
        out.extend(p.items)
    _duplicates(out, "persons", (p.id for p in persons))
    return out.items


def _partial_date(text: str) -> str:
    return check_date(text, partial=True)


def item_problems(item: SeizedItem, index: int) -> list[Problem]:
    """The problems of ``items[index]``, a seized item."""
    p = Problems("items", index)
    p.missing("description", item.description)
    if not p.missing("quantity", item.quantity) and (item.quantity or 0) <= 0:
        p.add("quantity", Code.NOT_POSITIVE)
    p.missing("unit", item.unit)
    p.missing("holder", item.holder)
    p.valid("hs_code", item.hs_code, validate_hs)
    if item.value is not None:
        if item.value < 0:
            p.add("value", Code.NEGATIVE)
        p.required("currency", item.currency, validate_currency)
    if any(not seal.strip() for seal in item.seal_numbers):
        p.add("seal_numbers", Code.EMPTY_ENTRY)
    return p.items


def case_problems(case: OffenceCase, articles: Collection[str] = (),
                  findings: Collection[str] | None = None) -> list[Problem]:
    """Everything that keeps ``case`` from being submitted for approval.

    ``articles`` are the keys of HQ's ``offence_codes`` table (not checked while the
    workstation has none); ``findings`` the finding ids of the linked inspection.
    """
    p = Problems()
    p.missing("kind", case.kind)
    if not p.missing("legal_basis", case.legal_basis) and articles and (
            case.legal_basis not in articles):
        p.add("legal_basis", Code.UNKNOWN_ARTICLE, value=str(case.legal_basis))
    p.missing("risk_area", case.risk_area)
    p.missing("occurred_at", case.occurred_at)
    p.missing("place", case.place)
    if case.amends is not None:
        p.missing("amendment_reason", case.amendment_reason)
    if findings is not None:
        for n, f in enumerate(case.finding_ids):
            if f not in findings:
                p.add(path("finding_ids", n), Code.UNKNOWN_FINDING, value=f)
    if not case.persons:
        p.add("persons", Code.CASE_NO_PERSONS)
    elif case.kind is CaseKind.CRIMINAL and not any(
            person.role is PersonRole.SUSPECT for person in case.persons):
        p.add("persons", Code.CASE_NEEDS_SUSPECT)
    p.extend(person_problems(case.persons))
    for n, item in enumerate(case.items):
        p.extend(item_problems(item, n))
    _duplicates(p, "items", (i.id for i in case.items))
    p.extend(marking_problems(case.marking))
    return p.items
