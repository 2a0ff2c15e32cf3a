"""The referral to a law-enforcement agency and its lifecycle.

The record (``referral.v1``) is written at the post: the agency (a code of HQ's
``agencies`` directory), the reason, what is handed over (a case, hits, persons,
goods, cash), the markings and a deadline. Like a case it is ``draft`` until a
supervisor approves it (:mod:`.review`), then ``approved`` and frozen.

Its lifecycle after that is held by HQ and comes back as pulled
``referral_status`` items (``referral_status.v1``)::

    draft → approved → sent → received → accepted (agency reference) ─┐
                                       └→ declined (reason) ──────────┴→ closed (outcome)

(modelled on HL7 FHIR's Task: requester and performer are separate, the performer
acknowledges receipt before accepting or rejecting). :func:`transition_problems` is
the one rule both ends apply: a transition out of order (accepted before received)
or without what it needs is refused.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from enum import StrEnum
from typing import Any, Self

from checkpoint.domain.cases.markings import Marking, marking_problems
from checkpoint.domain.cases.offence import CasePerson, PersonRole, person_problems
from checkpoint.domain.cases.review import Review
from checkpoint.domain.completeness import Problems
from checkpoint.domain.goods import CASH_THRESHOLD_EUR, CashDeclaration, Unit
from checkpoint.domain.ids import new_id, parse_utc, utc_now
from checkpoint.domain.reader import FromDocument, Reader
from checkpoint.errors import Code, Problem, ValidationError

SCHEMA = "referral.v1"
KIND = "referral"
STATUS_SCHEMA = "referral_status.v1"
STATUS_COLLECTION = "referral_status"
AGENCIES_COLLECTION = "agencies"
ARTICLES_COLLECTION = "offence_codes"
DEFAULT_DEADLINE = timedelta(days=3)


class AgencyKind(StrEnum):
    POLICE = "police"
    BORDER_GUARD = "border_guard"
    SECURITY_SERVICE = "security_service"
    PROSECUTOR = "prosecutor"
    FIU = "fiu"
    INTERPOL_NCB = "interpol_ncb"


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    SENT = "sent"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CLOSED = "closed"


TRANSITIONS: Mapping[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.DRAFT: frozenset({ReferralStatus.APPROVED}),
    ReferralStatus.APPROVED: frozenset({ReferralStatus.SENT}),
    ReferralStatus.SENT: frozenset({ReferralStatus.RECEIVED}),
    ReferralStatus.RECEIVED: frozenset({ReferralStatus.ACCEPTED, ReferralStatus.DECLINED}),
    ReferralStatus.ACCEPTED: frozenset({ReferralStatus.CLOSED}),
    ReferralStatus.DECLINED: frozenset({ReferralStatus.CLOSED}),
    ReferralStatus.CLOSED: frozenset(),
}
#: States in which the agency has answered (a deadline no longer runs).
ANSWERED = frozenset({ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.CLOSED})


def transition_problems(current: ReferralStatus, target: ReferralStatus, *,
                        reference: str | None = None, reason: str | None = None,
                        outcome: str | None = None) -> list[Problem]:
    """Why ``current`` may not become ``target`` (empty: it may)."""
    if target not in TRANSITIONS[current]:
        return [Problem("status", Code.TRANSITION_ORDER,
                        {"current": current.value, "target": target.value})]
    if target is ReferralStatus.ACCEPTED and not (reference or "").strip():
        return [Problem("agency_reference", Code.NEEDS_REFERENCE)]
    if target is ReferralStatus.DECLINED and not (reason or "").strip():
        return [Problem("reason", Code.NEEDS_REASON)]
    if target is ReferralStatus.CLOSED and not (outcome or "").strip():
        return [Problem("outcome", Code.NEEDS_OUTCOME)]
    return []


@dataclass(frozen=True, slots=True)
class HandedOver(FromDocument):
    """Goods handed over with the referral (a seized item of the case, or described)."""

    description: str
    item_id: str | None = None
    quantity: float | None = None
    unit: Unit | None = None

    def to_document(self) -> dict[str, Any]:
        return {"description": self.description, "item_id": self.item_id,
                "quantity": self.quantity, "unit": None if self.unit is None else self.unit.value}

    @classmethod
    def read(cls, r: Reader) -> Self:
        return cls(description=r.text("description"), item_id=r.opt_text("item_id"),
                   quantity=r.opt_number("quantity"), unit=r.opt_enum("unit", Unit))


@dataclass(frozen=True, slots=True)
class Cash(FromDocument):
    amount: float
    currency: str
    eur_equivalent: float | None = None
    declared: bool | None = None

    def to_document(self) -> dict[str, Any]:
        return {"amount": self.amount, "currency": self.currency,
                "eur_equivalent": self.eur_equivalent, "declared": self.declared}

    @classmethod
    def read(cls, r: Reader) -> Self:
        amount = r.opt_number("amount")
        return cls(amount=0.0 if amount is None else amount, currency=r.text("currency"),
                   eur_equivalent=r.opt_number("eur_equivalent"),
                   declared=r.opt_bool("declared"))


@dataclass(frozen=True, slots=True)
class Referral(FromDocument):
    id: str
    status: ReferralStatus
    created_at: str
    updated_at: str
    device_id: str
    author: str
    amends: str | None = None
    amendment_reason: str | None = None
    checkpoint: str | None = None
    agency: str | None = None
    agency_kind: AgencyKind | None = None
    reason: str | None = None
    case_id: str | None = None
    inspection_id: str | None = None
    hit_ids: tuple[str, ...] = ()
    persons: tuple[CasePerson, ...] = ()
    goods: tuple[HandedOver, ...] = ()
    cash: Cash | None = None
    deadline: str | None = None
    marking: Marking = field(default_factory=Marking)
    review: Review = field(default_factory=Review)

    @property
    def is_draft(self) -> bool:
        return self.status is ReferralStatus.DRAFT

    def with_changes(self, **changes: Any) -> Referral:
        return replace(self, **changes)

    def to_document(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA, "id": self.id, "status": self.status.value,
            "created_at": self.created_at, "updated_at": self.updated_at,
            "device_id": self.device_id, "author": self.author, "amends": self.amends,
            "amendment_reason": self.amendment_reason, "checkpoint": self.checkpoint,
            "agency": self.agency,
            "agency_kind": None if self.agency_kind is None else self.agency_kind.value,
            "reason": self.reason, "case_id": self.case_id,
            "inspection_id": self.inspection_id, "hit_ids": list(self.hit_ids),
            "persons": [p.to_document() for p in self.persons],
            "goods": [g.to_document() for g in self.goods],
            "cash": None if self.cash is None else self.cash.to_document(),
            "deadline": self.deadline, "marking": self.marking.to_document(),
            "review": self.review.to_document(),
        }

    @classmethod
    def read(cls, r: Reader) -> Self:
        if r.text("schema") != SCHEMA:
            raise ValidationError(f"Expected a {SCHEMA} document.",
                                  [Problem("schema", Code.INVALID, {"detail": f"not {SCHEMA}"})])
        status = r.enum("status", ReferralStatus)
        if status not in (ReferralStatus.DRAFT, ReferralStatus.APPROVED):
            raise ValidationError("A referral record is draft or approved.",
                                  [Problem("status", Code.INVALID,
                                           {"detail": "a referral record is draft or approved"})])
        return cls(
            id=r.text("id"), status=status, created_at=r.text("created_at"),
            updated_at=r.text("updated_at"), device_id=r.text("device_id"),
            author=r.text("author"), amends=r.opt_text("amends"),
            amendment_reason=r.opt_text("amendment_reason"), checkpoint=r.opt_text("checkpoint"),
            agency=r.opt_text("agency"), agency_kind=r.opt_enum("agency_kind", AgencyKind),
            reason=r.opt_text("reason"), case_id=r.opt_text("case_id"),
            inspection_id=r.opt_text("inspection_id"), hit_ids=r.text_list("hit_ids"),
            persons=r.records("persons", CasePerson), goods=r.records("goods", HandedOver),
            cash=r.opt_record("cash", Cash), deadline=r.opt_text("deadline"),
            marking=r.opt_record("marking", Marking) or Marking(),
            review=r.opt_record("review", Review) or Review(),
        )


def new_referral(author: str, device_id: str, *, checkpoint: str | None = None,
                 deadline: timedelta = DEFAULT_DEADLINE) -> Referral:
    now = utc_now()
    due = parse_utc(now) + deadline
    return Referral(new_id(), ReferralStatus.DRAFT, now, now, device_id, author,
                    checkpoint=checkpoint, deadline=due.strftime("%Y-%m-%dT%H:%M:%S.000Z"))


def cash_needs_fiu(cash: CashDeclaration | None, *, suspicious: bool = False) -> bool:
    """Whether cash calls for a referral to the financial intelligence unit: undeclared
    at or over the threshold (Reg. (EU) 2018/1672), or judged suspicious at any amount."""
    if cash is None or cash.amount is None or not cash.currency:
        return False
    undeclared = cash.declared is False and (cash.eur_equivalent or 0) >= CASH_THRESHOLD_EUR
    return undeclared or suspicious


def referral_problems(ref: Referral, agencies: Mapping[str, Mapping[str, Any]],
                      now: str | None = None) -> list[Problem]:
    """What keeps ``ref`` from being submitted. ``agencies`` is HQ's directory by code
    (each entry's ``accepts`` lists the kinds of matter it takes: case, hit, person,
    goods, cash)."""
    p = Problems()
    if p.missing("agency", ref.agency):
        pass
    elif agencies and ref.agency not in agencies:
        p.add("agency", Code.UNKNOWN_AGENCY, value=str(ref.agency))
    elif ref.agency in agencies:
        accepts: Collection[str] = agencies[str(ref.agency)].get("accepts") or ()
        for what, present in (("case", ref.case_id), ("hit", ref.hit_ids),
                              ("cash", ref.cash), ("goods", ref.goods)):
            if present and accepts and what not in accepts:
                p.add("agency", Code.AGENCY_REFUSES, agency=str(ref.agency), what=what)
    p.missing("reason", ref.reason)
    if not (ref.case_id or ref.hit_ids or ref.persons or ref.goods or ref.cash):
        p.add(None, Code.NOTHING_REFERRED)
    if not p.missing("deadline", ref.deadline) and str(ref.deadline) <= (now or utc_now()):
        p.add("deadline", Code.DEADLINE_PAST)
    if ref.amends is not None:
        p.missing("amendment_reason", ref.amendment_reason)
    p.extend(person_problems(ref.persons))
    p.extend(marking_problems(ref.marking))
    return p.items


def is_overdue(deadline: str | None, status: ReferralStatus, now: str | None = None) -> bool:
    """Past its deadline without the agency's answer (accepted, declined or closed)."""
    return deadline is not None and status not in ANSWERED and deadline < (now or utc_now())


def fiu_prefill(ref: Referral, cash: CashDeclaration, carrier: CasePerson | None,
                fiu: str | None) -> Referral:
    """``ref`` filled as a referral of cash to the financial intelligence unit ``fiu``."""
    declared = "declared" if cash.declared else "not declared"
    reason = (f"Cash of {cash.amount:,.2f} {cash.currency} "
              f"({cash.eur_equivalent or 0:,.2f} EUR) {declared} at the border "
              "(Reg. (EU) 2018/1672).")
    persons = () if carrier is None else (replace(carrier, role=PersonRole.CARRIER),)
    return replace(ref, agency=fiu, agency_kind=AgencyKind.FIU, reason=reason,
                   cash=Cash(float(cash.amount or 0), str(cash.currency),
                             cash.eur_equivalent, cash.declared),
                   persons=persons)
