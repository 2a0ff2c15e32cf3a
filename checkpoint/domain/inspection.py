"""The inspection record: what an officer checked at the checkpoint and what came of it.

An :class:`Inspection` is the Python form of an ``inspection.v1`` document (the JSON
Schema in ``checkpoint/formats/schemas``), which is also what the store keeps and
what is exported. ``to_document()`` always writes every field (``null`` or ``[]`` when
empty), so a document written by the program round-trips exactly through
``from_document``.

Life cycle: :func:`new_draft` → edits (:meth:`Inspection.with_changes`, refused once
finalized) → :func:`finalize`, which refuses while :func:`finalize_problems` lists
anything. A finalized record is never changed again: a correction is an
:func:`amend`-ment, a new draft that names the record it corrects and says why.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any, Self

from checkpoint.domain.completeness import (
    Problems,
    cash_problems,
    consignment_problems,
    document_warnings,
    finding_problems,
    goods_problems,
    person_problems,
    vehicle_problems,
)
from checkpoint.domain.conveyance import Consignment, Vehicle
from checkpoint.domain.goods import Attachment, CashDeclaration, Finding, GoodsLine
from checkpoint.domain.ids import new_id, utc_now
from checkpoint.domain.parties import Person
from checkpoint.domain.reader import FromDocument, Reader
from checkpoint.domain.search_terms import search_keys
from checkpoint.errors import Code, ConflictError, FormatError, Problem, ValidationError, path

__all__ = [
    "SCHEMA",
    "ControlType",
    "ConveyanceMode",
    "Direction",
    "Inspection",
    "Outcome",
    "Status",
    "Trigger",
    "amend",
    "finalize",
    "finalize_problems",
    "finalize_warnings",
    "has_content",
    "new_draft",
    "search_keys",
]

#: The schema name every inspection document carries in its ``schema`` field.
SCHEMA = "inspection.v1"


class Status(StrEnum):
    DRAFT = "draft"
    FINALIZED = "finalized"


class Direction(StrEnum):
    ENTRY = "entry"
    EXIT = "exit"
    TRANSIT = "transit"


class ConveyanceMode(StrEnum):
    ROAD = "road"
    RAIL = "rail"
    SEA = "sea"
    INLAND_WATERWAY = "inland_waterway"
    AIR = "air"
    PEDESTRIAN = "pedestrian"
    POST = "post"


class ControlType(StrEnum):
    DOCUMENTARY = "documentary"
    PHYSICAL = "physical"
    XRAY = "xray"
    CANINE = "canine"
    FULL = "full"


class Trigger(StrEnum):
    RANDOM = "random"
    RISK_PROFILE = "risk_profile"
    INTELLIGENCE = "intelligence"
    WATCHLIST_HIT = "watchlist_hit"
    SUSPICION = "suspicion"


class Outcome(StrEnum):
    RELEASED = "released"
    SECONDARY_INSPECTION = "secondary_inspection"
    REFUSED_ENTRY = "refused_entry"
    DETAINED = "detained"
    REFERRED = "referred"


def _value(member: StrEnum | None) -> str | None:
    return None if member is None else member.value


def _document(part: Vehicle | Consignment | CashDeclaration | None) -> dict[str, Any] | None:
    return None if part is None else part.to_document()


@dataclass(frozen=True, slots=True)
class Inspection(FromDocument):
    """One inspection record; the fields mirror the ``inspection.v1`` document."""

    id: str
    status: Status
    created_at: str
    updated_at: str
    device_id: str
    author: str
    amends: str | None = None
    amendment_reason: str | None = None
    shift_id: str | None = None
    checkpoint: str | None = None
    lane: str | None = None
    direction: Direction | None = None
    conveyance_mode: ConveyanceMode | None = None
    control_types: tuple[ControlType, ...] = ()
    trigger: Trigger | None = None
    started_at: str | None = None
    finalized_at: str | None = None
    persons: tuple[Person, ...] = ()
    vehicle: Vehicle | None = None
    consignment: Consignment | None = None
    goods: tuple[GoodsLine, ...] = ()
    cash: CashDeclaration | None = None
    findings: tuple[Finding, ...] = ()
    remarks: str | None = None
    attachments: tuple[Attachment, ...] = ()
    outcome: Outcome | None = None

    @property
    def is_draft(self) -> bool:
        return self.status is Status.DRAFT

    def person(self, person_id: str) -> Person | None:
        """The person with this id, if any."""
        return next((p for p in self.persons if p.id == person_id), None)

    def with_changes(self, **changes: Any) -> Inspection:
        """Return the draft with ``changes`` applied and ``updated_at`` set to now.

        Raises ``ConflictError`` when the record is finalized: correct it with
        :func:`amend` instead.
        """
        if not self.is_draft:
            raise ConflictError("A finalized inspection cannot be changed; amend it instead.",
                                code=Code.FINALIZED_READ_ONLY)
        changes.setdefault("updated_at", utc_now())
        return replace(self, **changes)

    def to_document(self) -> dict[str, Any]:
        """The ``inspection.v1`` document, every field present (``null``/``[]`` if empty)."""
        return {
            "schema": SCHEMA,
            "id": self.id,
            "status": self.status.value,
            "amends": self.amends,
            "amendment_reason": self.amendment_reason,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "device_id": self.device_id,
            "author": self.author,
            "shift_id": self.shift_id,
            "checkpoint": self.checkpoint,
            "lane": self.lane,
            "direction": _value(self.direction),
            "conveyance_mode": _value(self.conveyance_mode),
            "control_types": [control.value for control in self.control_types],
            "trigger": _value(self.trigger),
            "started_at": self.started_at,
            "finalized_at": self.finalized_at,
            "persons": [person.to_document() for person in self.persons],
            "vehicle": _document(self.vehicle),
            "consignment": _document(self.consignment),
            "goods": [line.to_document() for line in self.goods],
            "cash": _document(self.cash),
            "findings": [finding.to_document() for finding in self.findings],
            "remarks": self.remarks,
            "attachments": [attachment.to_document() for attachment in self.attachments],
            "outcome": _value(self.outcome),
        }

    @classmethod
    def read(cls, r: Reader) -> Self:
        schema = r.text("schema")
        if schema != SCHEMA:
            problem = f"/schema: expected {SCHEMA!r}, not {schema!r}."
            raise FormatError(problem, [problem])
        return cls(
            id=r.text("id"),
            status=r.enum("status", Status),
            amends=r.opt_text("amends"),
            amendment_reason=r.opt_text("amendment_reason"),
            created_at=r.text("created_at"),
            updated_at=r.text("updated_at"),
            device_id=r.text("device_id"),
            author=r.text("author"),
            shift_id=r.opt_text("shift_id"),
            checkpoint=r.opt_text("checkpoint"),
            lane=r.opt_text("lane"),
            direction=r.opt_enum("direction", Direction),
            conveyance_mode=r.opt_enum("conveyance_mode", ConveyanceMode),
            control_types=r.enum_list("control_types", ControlType),
            trigger=r.opt_enum("trigger", Trigger),
            started_at=r.opt_text("started_at"),
            finalized_at=r.opt_text("finalized_at"),
            persons=r.records("persons", Person),
            vehicle=r.opt_record("vehicle", Vehicle),
            consignment=r.opt_record("consignment", Consignment),
            goods=r.records("goods", GoodsLine),
            cash=r.opt_record("cash", CashDeclaration),
            findings=r.records("findings", Finding),
            remarks=r.opt_text("remarks"),
            attachments=r.records("attachments", Attachment),
            outcome=r.opt_enum("outcome", Outcome),
        )


def _require_text(what: str, field: str, value: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(f"{what} is required.", [Problem(field, Code.MISSING)],
                              code=Code.MISSING)
    return value


def new_draft(
    author: str,
    device_id: str,
    *,
    checkpoint: str | None = None,
    shift_id: str | None = None,
) -> Inspection:
    """Start a new draft inspection now. Raises ``ValidationError`` for a blank author/device."""
    now = utc_now()
    return Inspection(
        id=new_id(),
        status=Status.DRAFT,
        created_at=now,
        updated_at=now,
        device_id=_require_text("The device id", "device_id", device_id),
        author=_require_text("The author", "author", author),
        shift_id=shift_id,
        checkpoint=checkpoint,
        started_at=now,
    )


def amend(original: Inspection, reason: str, author: str, device_id: str) -> Inspection:
    """Start a draft that corrects the finalized ``original``.

    The draft has a new id, copies the original's content (persons, findings and
    attachments keep their ids, so links to them stay valid), names the original in
    ``amends`` and records the ``reason``. Amending an amendment points at that
    amendment, so the corrections form a chain.

    Raises ``ValidationError`` when the reason (or author, device) is blank and
    ``ConflictError`` when the original is still a draft (edit the draft instead).
    """
    reason = _require_text("The reason for the amendment", "amendment_reason", reason)
    if original.is_draft:
        raise ConflictError("A draft is corrected by editing it, not by an amendment.",
                            code=Code.AMEND_DRAFT)
    now = utc_now()
    return replace(
        original,
        id=new_id(),
        status=Status.DRAFT,
        amends=original.id,
        amendment_reason=reason,
        created_at=now,
        updated_at=now,
        finalized_at=None,
        device_id=_require_text("The device id", "device_id", device_id),
        author=_require_text("The author", "author", author),
    )


def finalize_problems(insp: Inspection) -> list[Problem]:
    """Everything that is missing or invalid for ``insp`` to be finalized.

    Each entry is a :class:`~checkpoint.errors.Problem`: the path of the value in the
    ``inspection.v1`` document, a code and its params (``Problem("persons[0].nationality",
    "missing")``); an empty list means the record may be finalized.
    """
    p = Problems()
    p.missing("checkpoint", insp.checkpoint)
    p.missing("lane", insp.lane)
    p.missing("direction", insp.direction)
    p.missing("conveyance_mode", insp.conveyance_mode)
    if not insp.control_types:
        p.add("control_types", Code.MISSING)
    p.missing("trigger", insp.trigger)
    p.missing("started_at", insp.started_at)
    if not (insp.persons or _filled(insp.vehicle) or _filled(insp.consignment)):
        p.add("persons", Code.NO_SUBJECT)
    p.missing("outcome", insp.outcome)
    if insp.amends is not None:
        p.missing("amendment_reason", insp.amendment_reason)
    for index, person in enumerate(insp.persons):
        p.extend(person_problems(person, index))
    if insp.vehicle is not None:
        p.extend(vehicle_problems(insp.vehicle))
    if insp.consignment is not None:
        p.extend(consignment_problems(insp.consignment))
    for index, line in enumerate(insp.goods):
        p.extend(goods_problems(line, index))
    if insp.cash is not None:
        p.extend(cash_problems(insp.cash, insp.findings))
        if insp.cash.person_id is not None and insp.person(insp.cash.person_id) is None:
            p.add("cash.person_id", Code.UNKNOWN_CARRIER)
    attachment_ids = {attachment.id for attachment in insp.attachments}
    for index, finding in enumerate(insp.findings):
        p.extend(finding_problems(finding, index, attachment_ids))
    return p.items


def has_content(insp: Inspection) -> bool:
    """Whether anything was recorded beyond where and when (the checkpoint and lane a new
    draft is given, its start): a draft without content is dropped when it is closed."""
    return any((insp.direction, insp.conveyance_mode, insp.control_types, insp.trigger,
                insp.persons, _filled(insp.vehicle), _filled(insp.consignment), insp.goods,
                insp.cash, insp.findings, insp.remarks, insp.attachments, insp.outcome,
                insp.amends))


def finalize_warnings(insp: Inspection, today: date | None = None) -> list[Problem]:
    """What the officer is warned about (and the finalize records) without blocking:
    expired or nearly expired documents, documents recorded as presented."""
    today = today or date.today()
    out: list[Problem] = []
    for index, person in enumerate(insp.persons):
        if person.document is not None:
            out += document_warnings(person.document, path("persons", index, "document"),
                                     today)
    return out


def _filled(part: Vehicle | Consignment | None) -> bool:
    return part is not None and part != type(part)()


def finalize(insp: Inspection) -> Inspection:
    """Return ``insp`` finalized now.

    Raises ``ConflictError`` when it is already finalized and ``ValidationError`` (with
    every problem in ``.problems``) when :func:`finalize_problems` finds any.
    """
    if not insp.is_draft:
        raise ConflictError("The inspection is already finalized.", code=Code.ALREADY_FINALIZED)
    problems = finalize_problems(insp)
    if problems:
        raise ValidationError(
            f"The inspection cannot be finalized yet: {len(problems)} problem(s).", problems,
            code=Code.NOT_COMPLETE, params={"count": len(problems)},
        )
    now = utc_now()
    return replace(insp, status=Status.FINALIZED, finalized_at=now, updated_at=now)
