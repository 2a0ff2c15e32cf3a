"""Chain of custody of seized items (WCO COPES): append-only events per item.

Each event is its own record (``custody_event.v1``, status ``recorded``, never
changed). The chain of an item starts at the case's seized item (its ``holder`` and
``seal_numbers``); each event has the next ``sequence`` number and names who handed
the item over (``from_custodian``) and who took it (``to_custodian``; the same person
for an examination or a resealing in place). :func:`chain_problems` refuses a break:

- a handover from someone who does not hold the item (``Code.CUSTODY_NOT_HOLDER``);
- seal numbers that differ from the last ones without a reason
  (``CUSTODY_SEAL_CHANGED``), or a seal reported not intact without one
  (``CUSTODY_SEAL_BROKEN``);
- anything after the item was returned or destroyed (``CUSTODY_CLOSED``);
- a sequence number that does not follow the last one (``CUSTODY_SEQUENCE``).

Paths are the event document's fields (``from_custodian``, ``seal_numbers``…).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Self

from checkpoint.domain.cases.offence import SeizedItem
from checkpoint.domain.completeness import Problems
from checkpoint.domain.goods import Unit
from checkpoint.domain.reader import FromDocument, Reader
from checkpoint.errors import Code, Problem, ValidationError

SCHEMA = "custody_event.v1"
KIND = "custody_event"
STATUS = "recorded"


class CustodyAction(StrEnum):
    SEALED = "sealed"
    TRANSFERRED = "transferred"
    EXAMINED = "examined"
    STORED = "stored"
    RETURNED = "returned"
    DESTROYED = "destroyed"


FINAL = (CustodyAction.RETURNED, CustodyAction.DESTROYED)


@dataclass(frozen=True, slots=True)
class CustodyEvent(FromDocument):
    id: str
    case_id: str
    item_id: str
    sequence: int
    action: CustodyAction
    from_custodian: str
    to_custodian: str
    at: str
    created_at: str
    device_id: str
    author: str
    place: str | None = None
    witness: str | None = None
    seal_intact: bool | None = None
    seal_numbers: tuple[str, ...] = ()
    reason: str | None = None
    condition: str | None = None
    quantity: float | None = None
    unit: Unit | None = None
    attachment_ids: tuple[str, ...] = ()

    def to_document(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA, "id": self.id, "status": STATUS, "case_id": self.case_id,
            "item_id": self.item_id, "sequence": self.sequence, "action": self.action.value,
            "from_custodian": self.from_custodian, "to_custodian": self.to_custodian,
            "at": self.at, "created_at": self.created_at, "device_id": self.device_id,
            "author": self.author, "place": self.place, "witness": self.witness,
            "seal_intact": self.seal_intact, "seal_numbers": list(self.seal_numbers),
            "reason": self.reason, "condition": self.condition, "quantity": self.quantity,
            "unit": None if self.unit is None else self.unit.value,
            "attachment_ids": list(self.attachment_ids),
        }

    @classmethod
    def read(cls, r: Reader) -> Self:
        if r.text("schema") != SCHEMA or r.text("status") != STATUS:
            raise ValidationError(f"Expected a recorded {SCHEMA} document.",
                                  [Problem("schema", Code.INVALID,
                                           {"detail": f"not a recorded {SCHEMA}"})])
        return cls(
            id=r.text("id"), case_id=r.text("case_id"), item_id=r.text("item_id"),
            sequence=r.integer("sequence"), action=r.enum("action", CustodyAction),
            from_custodian=r.text("from_custodian"), to_custodian=r.text("to_custodian"),
            at=r.text("at"), created_at=r.text("created_at"), device_id=r.text("device_id"),
            author=r.text("author"), place=r.opt_text("place"), witness=r.opt_text("witness"),
            seal_intact=r.opt_bool("seal_intact"), seal_numbers=r.text_list("seal_numbers"),
            reason=r.opt_text("reason"), condition=r.opt_text("condition"),
            quantity=r.opt_number("quantity"), unit=r.opt_enum("unit", Unit),
            attachment_ids=r.text_list("attachment_ids"),
        )


@dataclass(frozen=True)
class Holding:
    """Where an item is now: who holds it, under which seals, whether its chain ended."""

    holder: str | None
    seal_numbers: tuple[str, ...]
    sequence: int
    ended_by: CustodyAction | None = None


def current(item: SeizedItem, history: Sequence[CustodyEvent]) -> Holding:
    """The item's state after ``history`` (its events in sequence order)."""
    state = Holding(item.holder, tuple(item.seal_numbers), 0)
    for e in sorted(history, key=lambda x: x.sequence):
        state = Holding(e.to_custodian, e.seal_numbers, e.sequence,
                        e.action if e.action in FINAL else None)
    return state


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").strip().casefold() == (b or "").strip().casefold()


def chain_problems(item: SeizedItem, history: Sequence[CustodyEvent],
                   event: CustodyEvent) -> list[Problem]:
    """Why ``event`` may not be appended to the item's chain (empty: it may)."""
    state = current(item, history)
    p = Problems()
    if state.ended_by is not None:
        p.add("action", Code.CUSTODY_CLOSED, action=state.ended_by.value)
    if event.sequence != state.sequence + 1:
        p.add("sequence", Code.CUSTODY_SEQUENCE, value=event.sequence,
              expected=state.sequence + 1)
    if not _same(event.from_custodian, state.holder):
        p.add("from_custodian", Code.CUSTODY_NOT_HOLDER, value=event.from_custodian,
              holder=state.holder or "-")
    p.missing("to_custodian", event.to_custodian)
    has_reason = bool((event.reason or "").strip())
    if sorted(event.seal_numbers) != sorted(state.seal_numbers) and not has_reason:
        p.add("seal_numbers", Code.CUSTODY_SEAL_CHANGED)
    if event.seal_intact is False and not has_reason:
        p.add("reason", Code.CUSTODY_SEAL_BROKEN)
    return p.items
