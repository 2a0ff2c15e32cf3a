"""Referrals: create (from a case, hits, persons; the FIU one from cash), edit, submit,
approve or refuse, and the status HQ sends back.

The record stays on the workstation until a supervisor approves it; the next push
takes it to HQ, which addresses it to the agency. Status from then on (sent,
received, accepted with the agency's reference, declined with a reason, closed with
an outcome) arrives as pulled ``referral_status`` items; :func:`status` merges it
with the local state, and :func:`overdue` lists referrals past their deadline
without an answer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from checkpoint.domain.cases import referral as model
from checkpoint.domain.cases import review
from checkpoint.domain.cases.offence import CasePerson, PersonRole
from checkpoint.domain.cases.referral import (
    AGENCIES_COLLECTION,
    STATUS_COLLECTION,
    AgencyKind,
    HandedOver,
    Referral,
    ReferralStatus,
)
from checkpoint.domain.goods import CASH_THRESHOLD_EUR
from checkpoint.domain.ids import utc_now
from checkpoint.domain.inspection import Inspection
from checkpoint.errors import Code, NotFoundError, UsageError
from checkpoint.services import settings
from checkpoint.services.cases import approval, offences, store
from checkpoint.services.session import Session

KIND = model.KIND


@dataclass(frozen=True)
class Status:
    """A referral as the post sees it: local state merged with HQ's answer."""

    referral: Referral
    status: ReferralStatus
    agency_reference: str | None
    reason: str | None
    outcome: str | None
    overdue: bool
    events: tuple[dict[str, Any], ...]


def agencies(session: Session) -> dict[str, dict[str, Any]]:
    """HQ's directory of agencies (pulled ``agencies``), by code."""
    return store.pulled_items(session, AGENCIES_COLLECTION)


def _save(session: Session, ref: Referral, action: str | None) -> Referral:
    ref = replace(ref, updated_at=utc_now())
    store.save(session, KIND, ref.to_document(), status=ref.status.value, action=action,
               amends=ref.amends)
    return ref


def _terms(ref: Referral) -> dict[str, set[str]]:
    return {"referral_case": {ref.case_id} if ref.case_id else set()}


def load(session: Session, referral_id: str, *, audit: bool = True) -> Referral:
    return Referral.from_document(store.load(session, referral_id, KIND, audit=audit).document)


def _agency_kind(session: Session, code: str | None) -> AgencyKind | None:
    entry = agencies(session).get(code or "")
    try:
        return AgencyKind(str(entry.get("kind"))) if entry else None
    except ValueError:
        return None


def create(session: Session, *, agency: str | None = None, reason: str | None = None,
           case_id: str | None = None, hit_ids: tuple[str, ...] = (),
           persons: tuple[CasePerson, ...] = (), deadline: str | None = None) -> Referral:
    """A new referral draft (journaled ``referral.create``). From a case it takes the
    case's suspects and seized items and its markings."""
    conf = settings.load(session.layout.home)
    ref = model.new_referral(session.username, session.device_id,
                             checkpoint=conf.checkpoint_code or None)
    goods: tuple[HandedOver, ...] = ()
    marking = ref.marking
    inspection_id = None
    if case_id is not None:
        case = offences.load(session, case_id, audit=False)
        persons = persons or tuple(p for p in case.persons if p.role is PersonRole.SUSPECT)
        goods = tuple(HandedOver(i.description or "-", i.id, i.quantity, i.unit)
                      for i in case.items)
        marking, inspection_id = case.marking, case.inspection_id
    ref = replace(ref, agency=agency, agency_kind=_agency_kind(session, agency), reason=reason,
                  case_id=case_id, hit_ids=tuple(hit_ids), persons=persons, goods=goods,
                  marking=marking, inspection_id=inspection_id,
                  deadline=deadline or ref.deadline)
    return _save(session, ref, "referral.create")


def fiu_from_inspection(session: Session, inspection_id: str, *, suspicious: bool = False,
                        agency: str | None = None) -> Referral:
    """A referral to the financial intelligence unit prefilled from the inspection's cash
    declaration. Raises UsageError when the cash does not call for one (declared, or
    under 10,000 EUR and not marked suspicious)."""
    insp = Inspection.from_document(store.load(session, inspection_id, "inspection",
                                               audit=False).document)
    if not model.cash_needs_fiu(insp.cash, suspicious=suspicious):
        raise UsageError("This cash was declared or is under 10,000 EUR: mark it suspicious "
                         "to refer it to the financial intelligence unit.",
                         code=Code.CASH_NOT_FIU, params={"threshold": CASH_THRESHOLD_EUR})
    assert insp.cash is not None
    fiu = agency or next((code for code, a in sorted(agencies(session).items())
                          if a.get("kind") == AgencyKind.FIU.value), None)
    carrier = next((CasePerson(p.id, PersonRole.CARRIER, p.surname_latin or p.surname,
                               p.given_names_latin or p.given_names, p.birth_date,
                               p.nationality, p.document.number if p.document else None)
                    for p in insp.persons if p.id == insp.cash.person_id), None)
    conf = settings.load(session.layout.home)
    ref = model.new_referral(session.username, session.device_id,
                             checkpoint=conf.checkpoint_code or insp.checkpoint)
    ref = replace(model.fiu_prefill(ref, insp.cash, carrier, fiu), inspection_id=insp.id)
    return _save(session, ref, "referral.create")


def save_draft(session: Session, ref: Referral) -> Referral:
    approval.require_editable(session, ref)
    return _save(session, replace(ref, agency_kind=_agency_kind(session, ref.agency)
                                  or ref.agency_kind), None)


def submit(session: Session, ref: Referral) -> Referral:
    """Hand the referral to a supervisor. Raises ValidationError with every problem."""
    return approval.submit(session, KIND, ref, model.referral_problems(ref, agencies(session)))


def decide(session: Session, referral_id: str, decision: review.Decision, seen_digest: str,
           reason: str | None = None) -> Referral:
    ref = load(session, referral_id, audit=False)
    return approval.decide(session, KIND, ref, decision, seen_digest, reason,
                           ReferralStatus.APPROVED, _terms)


def approve(session: Session, referral_id: str, seen_digest: str) -> Referral:
    return decide(session, referral_id, review.Decision.APPROVE, seen_digest)


def refuse(session: Session, referral_id: str, seen_digest: str, reason: str) -> Referral:
    return decide(session, referral_id, review.Decision.REFUSE, seen_digest, reason)


def digest(ref: Referral) -> str:
    return review.content_digest(ref.to_document())


def _merge(ref: Referral, pulled: dict[str, Any] | None, now: str) -> Status:
    status = ref.status
    data = pulled or {}
    try:
        if data:
            status = ReferralStatus(str(data.get("status")))
    except ValueError:
        pass
    deadline = data.get("deadline") or ref.deadline
    overdue = ref.status is ReferralStatus.APPROVED and model.is_overdue(deadline, status, now)
    return Status(ref, status, data.get("agency_reference"), data.get("reason"),
                  data.get("outcome"), overdue, tuple(data.get("events") or ()))


def status(session: Session, referral_id: str) -> Status:
    """The referral with HQ's latest answer (the view journaled)."""
    ref = load(session, referral_id)
    return _merge(ref, store.pulled_item(session, STATUS_COLLECTION, ref.id), utc_now())


def page(session: Session, limit: int = 1000) -> list[Status]:
    """Referrals newest first with their status."""
    refs = [Referral.from_document(r.document)
            for r in store.page(session, KIND, None, limit)]
    answers = store.pulled_items(session, STATUS_COLLECTION, [r.id for r in refs])
    now = utc_now()
    return [_merge(r, answers.get(r.id), now) for r in refs]


def of_case(session: Session, case_id: str) -> list[Status]:
    """The referrals of a case (shown on the case) with their status."""
    return [s for s in page(session) if s.referral.case_id == case_id]


def overdue(session: Session) -> list[Status]:
    """Approved referrals past their deadline without the agency's answer."""
    return [s for s in page(session) if s.overdue]


def require(session: Session, referral_id: str) -> Referral:
    try:
        return load(session, referral_id, audit=False)
    except NotFoundError:
        raise NotFoundError("There is no such referral.", code=Code.RECORD_NOT_FOUND,
                            params={"kind": KIND}) from None
