"""Case, custody and referral use cases on a real encrypted workstation."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from checkpoint.domain.cases.custody import CustodyAction
from checkpoint.domain.cases.offence import CaseKind, CaseStatus
from checkpoint.domain.cases.referral import ReferralStatus
from checkpoint.domain.cases.review import ReviewState
from checkpoint.domain.inspection import Inspection
from checkpoint.errors import (
    Code,
    ConflictError,
    PermissionDeniedError,
    UsageError,
    ValidationError,
)
from checkpoint.services import inspections
from checkpoint.services.cases import custody, offences, referrals
from checkpoint.services.session import Session, login
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD


def _journal(s: Session, subject: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in s.database.query(
        "SELECT actor, action FROM journal WHERE subject = ? ORDER BY seq", (subject,))]


@pytest.fixture
def finalized(inspector: Session, complete_draft: Inspection) -> Inspection:
    return inspections.finalize(inspector, complete_draft)


@pytest.fixture
def supervisor(workstation: Path) -> Session:
    s = login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD)
    yield s  # type: ignore[misc]
    s.close()


def _ready_case(inspector: Session, insp: Inspection):  # type: ignore[no-untyped-def]
    case = offences.open_from_finding(inspector, insp.id, insp.findings[0].id)
    case = replace(case, kind=CaseKind.ADMINISTRATIVE, legal_basis="UA-CC-483")
    return offences.save_draft(inspector, case)


def test_finding_to_approved_case_is_journaled_and_frozen(
        inspector: Session, supervisor: Session, finalized: Inspection) -> None:
    case = _ready_case(inspector, finalized)
    assert case.items[0].holder == inspector.username and case.place == "UA-YAHODYN"
    case = offences.submit(inspector, case)
    assert case.review.state is ReviewState.SUBMITTED
    with pytest.raises(ConflictError) as waiting:  # submitted: frozen for the author too
        offences.save_draft(inspector, replace(case, summary="changed"))
    assert waiting.value.code == Code.REVIEW_WAITING
    done = offences.approve(supervisor, case.id, offences.digest(case))
    assert done.status is CaseStatus.APPROVED and done.review.decided_by == SUPERVISOR
    assert _journal(supervisor, f"offence:{case.id}") == [
        ("anna", "offence.create"), ("anna", "offence.submit"), ("chief", "offence.approve")]
    stored = supervisor.database.query("SELECT status FROM records WHERE id = ?", (case.id,))
    assert stored[0][0] == "approved"
    with pytest.raises(ConflictError) as frozen:
        offences.save_draft(inspector, done)
    assert frozen.value.code == Code.REVIEW_APPROVED
    amendment = offences.amend(inspector, case.id, "wrong seal number")
    assert amendment.amends == case.id and amendment.review.state is ReviewState.OPEN


def test_an_inspector_cannot_approve_and_nothing_changes(
        inspector: Session, finalized: Inspection) -> None:
    case = offences.submit(inspector, _ready_case(inspector, finalized))
    with pytest.raises(PermissionDeniedError, match="Only a supervisor") as caught:
        offences.approve(inspector, case.id, offences.digest(case))
    assert caught.value.code == Code.ROLE_REQUIRED and caught.value.params["role"] == "supervisor"
    assert offences.load(inspector, case.id).review.state is ReviewState.SUBMITTED


def test_an_author_cannot_approve_their_own_case(
        supervisor: Session, finalized: Inspection) -> None:
    case = _ready_case(supervisor, finalized)
    case = offences.submit(supervisor, case)
    with pytest.raises(PermissionDeniedError, match="author") as caught:
        offences.approve(supervisor, case.id, offences.digest(case))
    assert caught.value.code == Code.REVIEW_OWN
    assert offences.load(supervisor, case.id).status is CaseStatus.DRAFT


def test_a_refusal_returns_the_case_with_its_reason(
        inspector: Session, supervisor: Session, finalized: Inspection) -> None:
    case = offences.submit(inspector, _ready_case(inspector, finalized))
    refused = offences.refuse(supervisor, case.id, offences.digest(case), "photo of seal")
    assert refused.review.state is ReviewState.REFUSED and refused.review.reason
    again = offences.save_draft(inspector, replace(refused, summary="with the seal photo"))
    assert offences.submit(inspector, again).review.state is ReviewState.SUBMITTED


def test_an_incomplete_case_is_refused_with_paths(inspector: Session) -> None:
    case = offences.open_new(inspector)
    with pytest.raises(ValidationError) as caught:
        offences.submit(inspector, case)
    assert caught.value.code == Code.NOT_SUBMITTABLE
    assert caught.value.params == {"count": len(caught.value.problems)}
    assert ("kind", Code.MISSING) in [(p.path, p.code) for p in caught.value.problems]
    assert offences.load(inspector, case.id).review.state is ReviewState.OPEN


def test_custody_chain_breaks_are_refused_and_nothing_is_written(
        inspector: Session, finalized: Inspection) -> None:
    case = _ready_case(inspector, finalized)
    item = case.items[0]
    custody.handover(inspector, case.id, item.id, action=CustodyAction.TRANSFERRED,
                     from_custodian="anna", to_custodian="evidence store")
    with pytest.raises(ValidationError) as caught:
        custody.handover(inspector, case.id, item.id, action=CustodyAction.TRANSFERRED,
                         from_custodian="anna", to_custodian="police")
    assert caught.value.code == Code.HANDOVER_REFUSED
    assert caught.value.problems[0].code == Code.CUSTODY_NOT_HOLDER
    with pytest.raises(ValidationError) as caught:
        custody.handover(inspector, case.id, item.id, action=CustodyAction.TRANSFERRED,
                         from_custodian="evidence store", to_custodian="police",
                         seal_numbers=("NEW-1",))
    assert caught.value.problems[0].code == Code.CUSTODY_SEAL_CHANGED
    custody.handover(inspector, case.id, item.id, action=CustodyAction.TRANSFERRED,
                     from_custodian="evidence store", to_custodian="police",
                     seal_numbers=("NEW-1",), reason="resealed after sampling")
    chain = custody.chain(inspector, case.id, item.id)
    assert [(e.sequence, e.to_custodian) for e in chain] == [(1, "evidence store"),
                                                             (2, "police")]
    assert custody.holding(inspector, case.id, item.id).seal_numbers == ("NEW-1",)


def test_a_referral_from_a_case_goes_through_approval(
        inspector: Session, supervisor: Session, finalized: Inspection) -> None:
    case = _ready_case(inspector, finalized)
    ref = referrals.create(inspector, agency="UA-NPU", reason="smuggling", case_id=case.id)
    assert ref.goods and ref.persons and ref.inspection_id == finalized.id
    ref = referrals.submit(inspector, ref)
    with pytest.raises(PermissionDeniedError):
        referrals.approve(inspector, ref.id, referrals.digest(ref))
    done = referrals.approve(supervisor, ref.id, referrals.digest(ref))
    assert done.status is ReferralStatus.APPROVED
    (listed,) = referrals.of_case(supervisor, case.id)
    assert listed.status is ReferralStatus.APPROVED and not listed.overdue


def test_fiu_referral_is_offered_only_for_undeclared_or_suspicious_cash(
        inspector: Session, complete_draft: Inspection) -> None:
    declared = inspections.finalize(inspector, complete_draft)  # the example cash is declared
    with pytest.raises(UsageError):
        referrals.fiu_from_inspection(inspector, declared.id)
    ref = referrals.fiu_from_inspection(inspector, declared.id, suspicious=True)
    assert ref.cash is not None and ref.cash.amount == 12500
    assert ref.persons[0].role.value == "carrier" and ref.persons[0].surname == "SHEVCHUK"


def test_every_document_the_services_write_is_valid_against_its_schema(
        inspector: Session, supervisor: Session, finalized: Inspection) -> None:
    from checkpoint.formats import validate_document

    def stored(record_id: str) -> dict[str, object]:
        import json

        return json.loads(inspector.database.query(
            "SELECT document FROM records WHERE id = ?", (record_id,))[0][0])

    case = _ready_case(inspector, finalized)
    assert validate_document(stored(case.id), "offence.v1") == []
    event = custody.handover(inspector, case.id, case.items[0].id,
                             action=CustodyAction.STORED, from_custodian="anna",
                             to_custodian="safe", place="post store")
    assert validate_document(stored(event.id), "custody_event.v1") == []
    case = offences.submit(inspector, case)
    offences.approve(supervisor, case.id, offences.digest(case))
    assert validate_document(stored(case.id), "offence.v1") == []
    ref = referrals.submit(inspector, referrals.create(inspector, agency="UA-NPU",
                                                       reason="x", case_id=case.id))
    referrals.approve(supervisor, ref.id, referrals.digest(ref))
    assert validate_document(stored(ref.id), "referral.v1") == []
