"""Rules of offence cases, custody chains, the two-person rule and referrals."""

from __future__ import annotations

from dataclasses import replace

import pytest

from checkpoint.domain.cases import custody, offence, referral, review
from checkpoint.domain.cases.markings import HandlingCode, Marking
from checkpoint.domain.chain import document_digest
from checkpoint.domain.goods import CashDeclaration
from checkpoint.domain.inspection import Inspection
from checkpoint.errors import Code, ConflictError, PermissionDeniedError, Problem, ValidationError
from checkpoint.formats import load_example


def _case() -> offence.OffenceCase:
    return offence.OffenceCase.from_document(load_example("offence"))


def _codes(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.path, p.code) for p in problems]


# -- offence case ---------------------------------------------------------------------------

def test_a_case_from_a_finding_is_prefilled() -> None:
    insp = Inspection.from_document(load_example("inspection"))
    finding = insp.findings[0]
    case = offence.from_finding("olena", "ws-01", insp, finding.id)
    assert case.risk_area is finding.risk_area and case.finding_ids == (finding.id,)
    assert case.inspection_id == insp.id and len(case.persons) == 2
    (item,) = case.items
    assert (item.description, item.quantity, item.unit) == (finding.commodity, 600, finding.unit)
    assert item.holder == "olena" and item.attachment_ids == finding.attachment_ids
    assert [a.id for a in case.attachments] == list(finding.attachment_ids)
    with pytest.raises(ValidationError) as caught:
        offence.from_finding("olena", "ws-01", insp, "no-such-finding")
    assert caught.value.code == Code.UNKNOWN_FINDING


def test_the_example_case_has_no_problems() -> None:
    assert offence.case_problems(_case(), articles={"UA-CC-483"}) == []


def test_an_empty_case_lists_every_missing_part_by_path() -> None:
    case = offence.new_case("olena", "ws-01")
    assert _codes(offence.case_problems(case)) == [
        ("kind", Code.MISSING), ("legal_basis", Code.MISSING), ("risk_area", Code.MISSING),
        ("place", Code.MISSING), ("persons", Code.CASE_NO_PERSONS)]


def test_item_and_person_problems_have_paths_and_codes() -> None:
    case = _case()
    bad_item = replace(case.items[0], hs_code="12", quantity=0.0, currency=None)
    person = replace(case.persons[0], nationality="XXXX", surname=None,
                     role=offence.PersonRole.OWNER)
    case = replace(case, items=(bad_item,), persons=(person, case.persons[1]),
                   kind=offence.CaseKind.CRIMINAL, legal_basis="UA-CC-999",
                   marking=Marking(HandlingCode.H3))
    found = offence.case_problems(case, articles={"UA-CC-483"})
    assert _codes(found) == [
        ("legal_basis", Code.UNKNOWN_ARTICLE), ("persons", Code.CASE_NEEDS_SUSPECT),
        ("persons[0].surname", Code.MISSING), ("persons[0].nationality", Code.COUNTRY_UNKNOWN),
        ("items[0].quantity", Code.NOT_POSITIVE), ("items[0].hs_code", Code.HS_LENGTH),
        ("items[0].currency", Code.MISSING), ("marking.restrictions", Code.H3_RESTRICTIONS)]
    assert found[0].params == {"value": "UA-CC-999"}
    assert found[3].params == {"value": "XXXX"}


# -- chain of custody -----------------------------------------------------------------------

def _event(seq: int, frm: str, to: str, seals: tuple[str, ...] = ("S1",), **kw: object
           ) -> custody.CustodyEvent:
    fields: dict[str, object] = {"seal_intact": True, **kw}
    return custody.CustodyEvent(f"e{seq}", "case", "item", seq,
                                custody.CustodyAction.TRANSFERRED, frm, to,
                                "2025-03-14T10:00:00.000Z", "2025-03-14T10:00:00.000Z",
                                "ws-01", "olena", seal_numbers=seals, **fields)  # type: ignore[arg-type]


ITEM = offence.SeizedItem("item", "cigarettes", quantity=1.0, seal_numbers=("S1",),
                          holder="olena")


def test_a_handover_chain_follows_the_holder() -> None:
    first = _event(1, "olena", "store")
    assert custody.chain_problems(ITEM, [], first) == []
    second = _event(2, "Store", "police lab")  # names compare case-insensitively
    assert custody.chain_problems(ITEM, [first], second) == []
    assert custody.current(ITEM, [first, second]).holder == "police lab"


def test_a_handover_from_someone_who_does_not_hold_the_item_is_a_break() -> None:
    first = _event(1, "olena", "store")
    assert _codes(custody.chain_problems(ITEM, [first], _event(2, "olena", "lab"))) == [
        ("from_custodian", Code.CUSTODY_NOT_HOLDER)]


def test_a_seal_changed_without_a_reason_is_a_break() -> None:
    changed = _event(1, "olena", "store", ("S2",))
    assert _codes(custody.chain_problems(ITEM, [], changed)) == [
        ("seal_numbers", Code.CUSTODY_SEAL_CHANGED)]
    broken = _event(1, "olena", "store", seal_intact=False)
    assert _codes(custody.chain_problems(ITEM, [], broken)) == [
        ("reason", Code.CUSTODY_SEAL_BROKEN)]
    explained = _event(1, "olena", "store", ("S2",), seal_intact=False,
                       reason="opened for sampling by the lab, resealed")
    assert custody.chain_problems(ITEM, [], explained) == []


def test_nothing_follows_a_destruction_and_sequence_numbers_do_not_skip() -> None:
    gone = replace(_event(1, "olena", "olena"), action=custody.CustodyAction.DESTROYED)
    assert _codes(custody.chain_problems(ITEM, [gone], _event(2, "olena", "x"))) == [
        ("action", Code.CUSTODY_CLOSED)]
    assert _codes(custody.chain_problems(ITEM, [], _event(3, "olena", "x"))) == [
        ("sequence", Code.CUSTODY_SEQUENCE)]


# -- two-person rule ------------------------------------------------------------------------

def test_the_author_cannot_decide_and_a_refusal_needs_a_reason() -> None:
    submitted = review.submit(review.Review(), "d1", "2025-03-14T08:00:00.000Z")
    kw = {"seen_digest": "d1", "current_digest": "d1", "now": "2025-03-14T08:01:00.000Z"}
    with pytest.raises(PermissionDeniedError) as own:
        review.decide(submitted, author="olena", supervisor="OLENA",
                      decision=review.Decision.APPROVE, reason=None, **kw)
    assert own.value.code == Code.REVIEW_OWN
    with pytest.raises(ValidationError) as bare:
        review.decide(submitted, author="olena", supervisor="chief",
                      decision=review.Decision.REFUSE, reason="  ", **kw)
    assert bare.value.code == Code.REFUSAL_REASON
    assert bare.value.problems == [Problem("review.reason", Code.MISSING)]
    refused = review.decide(submitted, author="olena", supervisor="chief",
                            decision=review.Decision.REFUSE, reason="seal missing", **kw)
    assert refused.state is review.ReviewState.REFUSED and refused.editable
    again = review.submit(refused, "d2", "2025-03-14T08:02:00.000Z")
    assert again.reason is None and again.content_digest == "d2"


def test_an_approval_covers_only_the_content_that_was_shown() -> None:
    submitted = review.submit(review.Review(), "d1", "2025-03-14T08:00:00.000Z")
    with pytest.raises(ConflictError) as changed:
        review.decide(submitted, author="olena", supervisor="chief",
                      decision=review.Decision.APPROVE, seen_digest="d0",
                      current_digest="d1", now="2025-03-14T08:01:00.000Z", reason=None)
    assert changed.value.code == Code.REVIEW_CHANGED
    with pytest.raises(ConflictError):
        review.decide(review.Review(), author="olena", supervisor="chief",
                      decision=review.Decision.APPROVE, seen_digest="d1",
                      current_digest="d1", now="2025-03-14T08:01:00.000Z", reason=None)


def test_the_content_digest_ignores_the_workflow_fields() -> None:
    doc = _case().to_document()
    other = dict(doc, status="draft", updated_at="2030-01-01T00:00:00.000Z", review={})
    assert review.content_digest(doc) == review.content_digest(other)
    assert review.content_digest(doc) != review.content_digest(dict(doc, place="elsewhere"))


def test_the_content_digest_is_the_journals_digest_rule() -> None:
    doc = _case().to_document()
    content = {k: v for k, v in doc.items() if k not in ("status", "updated_at", "review")}
    assert review.content_digest(doc) == document_digest(content)


# -- referral -------------------------------------------------------------------------------

R = referral.ReferralStatus


@pytest.mark.parametrize(("current", "target"), [
    (R.SENT, R.ACCEPTED), (R.APPROVED, R.RECEIVED), (R.CLOSED, R.ACCEPTED),
    (R.DRAFT, R.SENT), (R.ACCEPTED, R.DECLINED)])
def test_a_transition_out_of_order_is_refused(current: R, target: R) -> None:
    found = referral.transition_problems(current, target, reference="x", reason="x",
                                         outcome="x")
    assert _codes(found) == [("status", Code.TRANSITION_ORDER)]


def test_answers_need_their_reference_reason_or_outcome() -> None:
    assert _codes(referral.transition_problems(R.RECEIVED, R.ACCEPTED)) == [
        ("agency_reference", Code.NEEDS_REFERENCE)]
    assert _codes(referral.transition_problems(R.RECEIVED, R.DECLINED)) == [
        ("reason", Code.NEEDS_REASON)]
    assert _codes(referral.transition_problems(R.ACCEPTED, R.CLOSED)) == [
        ("outcome", Code.NEEDS_OUTCOME)]
    assert referral.transition_problems(R.RECEIVED, R.ACCEPTED, reference="NPU-1") == []


def test_overdue_is_past_the_deadline_without_an_answer() -> None:
    late = "2025-03-17T09:00:00.000Z"
    now = "2025-03-18T00:00:00.000Z"
    assert referral.is_overdue(late, R.SENT, now)
    assert referral.is_overdue(late, R.RECEIVED, now)
    assert not referral.is_overdue(late, R.ACCEPTED, now)
    assert not referral.is_overdue("2025-03-19T00:00:00.000Z", R.SENT, now)


def test_undeclared_cash_over_the_threshold_calls_for_the_fiu() -> None:
    undeclared = CashDeclaration(12500, "USD", 11462.5, False)
    assert referral.cash_needs_fiu(undeclared)
    assert not referral.cash_needs_fiu(replace(undeclared, declared=True))
    assert not referral.cash_needs_fiu(replace(undeclared, eur_equivalent=9999.99))
    assert referral.cash_needs_fiu(replace(undeclared, eur_equivalent=500), suspicious=True)
    ref = referral.fiu_prefill(referral.new_referral("olena", "ws-01"), undeclared, None,
                               "UA-FIU")
    assert ref.agency_kind is referral.AgencyKind.FIU and ref.cash is not None
    assert "not declared" in (ref.reason or "")
    assert referral.referral_problems(ref, {"UA-FIU": {"accepts": ["cash"]}}) == []


def test_a_referral_names_an_agency_of_the_directory_that_accepts_it() -> None:
    ref = referral.Referral.from_document(load_example("referral"))
    ref = replace(ref, deadline="2999-01-01T00:00:00.000Z")
    assert _codes(referral.referral_problems(ref, {"UA-SBU": {}})) == [
        ("agency", Code.UNKNOWN_AGENCY)]
    assert _codes(referral.referral_problems(ref, {"UA-NPU": {"accepts": ["hit"]}})) == [
        ("agency", Code.AGENCY_REFUSES), ("agency", Code.AGENCY_REFUSES)]
    empty = replace(referral.new_referral("olena", "ws-01"), reason="x")
    assert ("", Code.NOTHING_REFERRED) in _codes(referral.referral_problems(empty, {}))
