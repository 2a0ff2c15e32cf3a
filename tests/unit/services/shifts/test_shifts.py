"""Shifts through the services: who may do what, which shift a record belongs to, the
review's items, audit trail and highlights, the charts' counts."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from checkpoint.domain.ids import utc_now
from checkpoint.domain.inspection import Inspection
from checkpoint.errors import (
    Code,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    UsageError,
    WrongPasswordError,
)
from checkpoint.services import demo, inspections, shifts
from checkpoint.services import journaled_records as records
from checkpoint.services.session import Session, login
from checkpoint.services.shifts import review, stats
from checkpoint.store import record_table as rows
from checkpoint.store import review_stats
from tests.conftest import INSPECTOR, SUPERVISOR
from tests.e2e.helpers import inspection, record_inspections
from tests.unit.services.shifts.conftest import RELIEF

AsUser = Callable[[str], Session]


def _open(s: Session) -> shifts.lifecycle.Shift:
    return shifts.open_shift(s, officers=[INSPECTOR], lanes=["1", "2"], checkpoint="UA-PL-01")


def test_an_inspector_cannot_open_close_acknowledge_or_review(as_user: AsUser) -> None:
    chief = as_user(SUPERVISOR)
    _open(chief)
    anna = as_user(INSPECTOR)
    for attempt in (lambda: _open(anna), lambda: shifts.close_shift(anna, note="x"),
                    lambda: shifts.acknowledge_handover(anna), lambda: review.load(anna),
                    lambda: review.mark_reviewed(anna, None, "ok"),
                    lambda: stats.days(anna)):
        with pytest.raises(PermissionDeniedError) as refused:
            attempt()
        assert refused.value.code == Code.ROLE_REQUIRED
    assert shifts.status(anna).current is not None  # but may see that a shift is open


def test_one_shift_at_a_time_and_only_known_officers(as_user: AsUser) -> None:
    chief = as_user(SUPERVISOR)
    with pytest.raises(UsageError, match="olena") as unknown:
        shifts.open_shift(chief, officers=["olena"], lanes=[], checkpoint="UA-PL-01")
    assert (unknown.value.code, unknown.value.params) == (Code.OPERATOR_UNKNOWN,
                                                          {"username": "olena"})
    first = _open(chief)
    with pytest.raises(ConflictError, match="still open") as second:
        _open(chief)
    assert second.value.code == Code.SHIFT_STILL_OPEN
    assert second.value.params["supervisor"] == chief.username
    assert shifts.current(chief) == first
    with pytest.raises(NotFoundError):
        shifts.acknowledge_handover(as_user(RELIEF))


def test_records_made_during_a_shift_belong_to_it_and_others_are_outside(
        as_user: AsUser) -> None:
    anna = as_user(INSPECTOR)
    before = inspections.start(anna)
    assert before.shift_id is None  # no shift: the inspector works all the same
    chief = as_user(SUPERVISOR)
    shift = _open(chief)
    during = inspections.start(anna)
    assert during.shift_id == shift.shift_id
    shifts.close_shift(chief, note="quiet")
    assert inspections.start(anna).shift_id is None


def test_close_and_acknowledge_keep_both_names_and_times(as_user: AsUser) -> None:
    chief = as_user(SUPERVISOR)
    shift = _open(chief)
    shifts.close_shift(chief, note="Lane 2 closed.", open_items=["X-ray service due"])
    relief = as_user(RELIEF)
    acked = shifts.acknowledge_handover(relief)
    h = acked.handover
    assert h is not None
    assert (h.closed_by, h.acknowledged_by) == (SUPERVISOR, RELIEF)
    assert h.closed_at <= str(h.acknowledged_at)
    assert [v.version for v in shifts.history(relief, shift.shift_id)] == [1, 2, 3]
    actions = [e.action for e in relief.journal.entries()]
    assert actions.count("shift.open") == actions.count("shift.close") == 1
    assert actions.count("shift.acknowledge") == 1


def _override(s: Session, shift_id: str) -> str:
    doc = inspection(s, shift_id=shift_id, created_at=utc_now())
    mrz = doc["persons"][0]["document"]["mrz"]
    mrz["checks"][0].update(ok=False, found="7")
    mrz["override_reason"] = "worn passport, number checked by hand"
    records.put(s, "inspection", doc, {}, status="finalized", action="inspection.finalize",
                record_id=doc["id"])
    return str(doc["id"])


def test_the_review_shows_every_highlight(post: Path, as_user: AsUser) -> None:
    chief = as_user(SUPERVISOR)
    outside = record_inspections(chief, 1, created_at=utc_now(), shift_id=None)[0]
    shift = _open(chief)
    ids = record_inspections(chief, 3, shift_id=shift.shift_id, created_at=utc_now())
    amendment = inspections.amend(chief, ids[0], "wrong plate")
    inspections.finalize(chief, amendment)
    overridden = _override(chief, shift.shift_id)
    for _ in range(4):
        records.get(chief, ids[1])  # views of a personal record
    with pytest.raises(WrongPasswordError):
        login(post, INSPECTOR, "not the password at all")
    as_user(INSPECTOR)  # the failed attempt is journaled at this login
    shifts.close_shift(chief, note="quiet")

    data = review.load(chief, many_views=4)
    codes = {h.code for h in data.highlights}
    assert {"amendment_after_finalize", "check_digit_override", "many_views",
            "failed_logins", "unacknowledged", "outside_shift"} <= codes
    by_code = {h.code: h for h in data.highlights}
    assert by_code["amendment_after_finalize"].params["reason"] == "wrong plate"
    assert by_code["check_digit_override"].subject == f"inspection:{overridden}"
    assert by_code["many_views"].params["count"] == 4
    assert by_code["failed_logins"].actor == INSPECTOR
    marks = {i.record_id: i.shift_mark for i in data.items}
    assert marks[outside] == "outside" and marks[ids[2]] == "this"
    items, events = data.filtered(officer=SUPERVISOR, kind="view")
    assert len(events) == 4 and items == []
    assert {e.category for e in data.events} >= {"login", "login_failed", "view", "shift"}


def test_marking_reviewed_is_signed_and_journal_tampering_shows(as_user: AsUser) -> None:
    from checkpoint.domain import shift as model
    from checkpoint.formats.report_seal import canonical

    chief = as_user(SUPERVISOR)
    _open(chief)
    record_inspections(chief, 2, created_at=utc_now())
    shifts.close_shift(chief, note="quiet")
    assert review.check_journal(chief).intact
    done = review.mark_reviewed(chief, None, "all in order")
    r = done.review
    assert r is not None and r.journal_intact
    message = model.review_message(done, reviewed_by=r.reviewed_by, reviewed_at=r.reviewed_at,
                                   remarks=r.remarks, journal_head=r.journal_head,
                                   journal_intact=True, first_bad_entry=None)
    chief.identity.verify_key.verify(base64.b64decode(r.signature), canonical(message))
    with pytest.raises(ConflictError, match="already reviewed"):
        review.mark_reviewed(chief, None, "again")

    with chief.write() as conn:  # someone edits the journal behind the program's back
        conn.execute("UPDATE journal SET actor = 'nobody' WHERE seq = 3")
    check = review.check_journal(chief)
    assert not check.intact and check.first_bad == 3
    assert review.journal_highlight(check) is not None


def test_the_30_day_charts_count_what_the_journal_finalized(as_user: AsUser) -> None:
    chief = as_user(SUPERVISOR)
    demo.fill(chief, 120, days=10)
    assert stats.catch_up(chief, limit=50, batch=20) == 50  # in turns, a slice at a time
    charts = stats.days(chief)
    assert charts.get("per_day").total == 120 == charts.get("outcome").total
    assert len(charts.get("per_day").values) == 30
    today = datetime.now().astimezone()
    assert charts.get("per_day").labels[-1] == today.strftime("%d.%m")  # day.month
    assert charts.get("hour_of_day").total == 120
    findings = sum(len(r.document["findings"])
                   for r in rows.page(chief.database.conn, "inspection", None, 1000))
    assert charts.get("risk_area").total == findings
    assert stats.catch_up(chief) == 0  # nothing new: nothing read again
    record_inspections(chief, 2, created_at=utc_now())
    assert stats.catch_up(chief) == 2
    with chief.write() as conn:
        assert review_stats.mark(conn) > 0
    assert stats.days(chief).get("per_day").total == 122


def test_the_shift_charts_count_its_own_records(as_user: AsUser) -> None:
    chief = as_user(SUPERVISOR)
    shift = _open(chief)
    record_inspections(chief, 4, shift_id=shift.shift_id, created_at=utc_now())
    shifts.close_shift(chief, note="quiet")
    charts = stats.shift(review.load(chief))
    assert charts.get("per_hour").total == 4
    assert charts.get("outcome").total == 4


def test_the_shift_check_covers_its_entries_and_anchors_them(as_user: AsUser) -> None:
    chief = as_user(SUPERVISOR)
    record_inspections(chief, 60, created_at=utc_now())  # a signed checkpoint every 50
    _open(chief)
    record_inspections(chief, 3, created_at=utc_now())
    shifts.close_shift(chief, note="quiet")
    with chief.write():
        chief.journal.sign_head()
    data = review.load(chief)
    check = review.check_journal(chief, data)
    assert check.intact and check.scope == "shift" and check.anchor is not None
    assert check.first == data.after_seq + 1 and check.entries >= 5
    with chief.write() as conn:  # an entry of the shift edited
        conn.execute("UPDATE journal SET actor = 'nobody' WHERE seq = ?", (data.after_seq + 2,))
    bad = review.check_journal(chief, data)
    assert not bad.intact and bad.first_bad == data.after_seq + 2
    with chief.write() as conn:  # put back; now the checkpoint signature is broken
        conn.execute("UPDATE journal SET actor = ? WHERE seq = ?",
                     (SUPERVISOR, data.after_seq + 2))
        conn.execute("UPDATE journal_checkpoints SET signature = zeroblob(64) WHERE seq = ?",
                     (check.anchor,))
    forged = review.check_journal(chief, data)
    assert not forged.intact and "not signed by this workstation" in forged.message


def test_an_open_shift_is_checked_to_the_head_past_its_checkpoints(as_user: AsUser) -> None:
    chief = as_user(SUPERVISOR)
    _open(chief)
    record_inspections(chief, 70, created_at=utc_now())  # a signed checkpoint on the way
    data = review.load(chief)
    assert data.until_seq is None
    head = chief.journal.head()[0]
    with chief.write() as conn:
        conn.execute("UPDATE journal SET actor = 'nobody' WHERE seq = ?", (head,))
    check = review.check_journal(chief, data)
    assert not check.intact and check.first_bad == head


def test_cases_and_referrals_are_in_the_review_and_an_overdue_referral_is_highlighted(
        as_user: AsUser, inspector: Session, complete_draft: Inspection) -> None:
    from dataclasses import replace

    from checkpoint.domain.cases.offence import CaseKind
    from checkpoint.services.cases import offences, referrals
    from checkpoint.store import sync_tables

    chief, anna = as_user(SUPERVISOR), inspector
    _open(chief)
    insp = inspections.finalize(anna, complete_draft)
    case = offences.open_from_finding(anna, insp.id, insp.findings[0].id)
    case = offences.save_draft(anna, replace(case, kind=CaseKind.ADMINISTRATIVE,
                                             legal_basis="UA-CC-483"))
    ref = referrals.create(anna, agency="UA-NPU", reason="smuggling", case_id=case.id)
    ref = referrals.submit(anna, ref)
    referrals.approve(chief, ref.id, referrals.digest(ref))
    shifts.close_shift(chief, note="one referral waits")

    def hq_says(status: str) -> None:  # what the pull keeps of the agency's answer
        item = {"status": status, "referral_id": ref.id, "deadline": "2020-01-01T00:00:00Z"}
        with chief.write() as conn:
            sync_tables.apply_hq_changes(conn, sync_tables.HqChanges(1, [(
                "referral_status", ref.id, 1, json.dumps(item))], [], []))

    assert "overdue_referral" not in {h.code for h in review.load(chief).highlights}
    hq_says("received")  # received, with a deadline that has passed: overdue

    data = review.load(chief)
    by_id = {i.record_id: i for i in data.items}
    assert by_id[case.id].kind == "offence" and by_id[case.id].shift_mark == "this"
    assert "draft" in by_id[case.id].flags  # an unfinished case is flagged
    assert by_id[ref.id].kind == "referral" and by_id[ref.id].outcome == "review_approved"
    assert by_id[ref.id].label.startswith("UA-NPU")
    (overdue,) = [h for h in data.highlights if h.code == "overdue_referral"]
    assert (overdue.subject, overdue.actor) == (f"referral:{ref.id}", INSPECTOR)
    assert data.counts()["kind.referral"] == 1

    hq_says("accepted")  # the agency answered: no longer overdue
    assert "overdue_referral" not in {h.code for h in review.load(chief).highlights}


def test_hits_are_in_the_review_untriaged_ones_highlighted_and_counted_by_triage(
        as_user: AsUser, inspector: Session, complete_draft: Inspection) -> None:
    """A hit found at finalize belongs to the shift; until its current version is triaged
    it is a highlight; the charts count each hit once, by list and by its triage now."""
    from checkpoint.formats.ftm import parse_lines
    from checkpoint.services import hits, screening
    from tests.unit.screening.conftest import LIST, SAMPLE

    chief, anna = as_user(SUPERVISOR), inspector
    with SAMPLE.open(encoding="utf-8") as f:
        screening.replace_list(chief, LIST, 1, parse_lines(f, LIST).alerts,
                               pulled_at="2026-12-01T08:00:00.000Z")
    _open(chief)
    insp = inspections.finalize(anna, complete_draft)
    found = [hid for hid, _ in hits.hits_of(anna, insp.id)]
    assert found, "the example inspection's container is on the sample list"

    data = review.load(chief)
    in_review = [i for i in data.items if i.kind == "hit"]
    assert {i.record_id for i in in_review} == set(found)
    assert all(i.shift_mark == "this" and i.outcome == "hit_pending" for i in in_review)
    assert all(i.label.startswith(LIST) for i in in_review)
    untriaged = [h for h in data.highlights if h.code == "untriaged_hit"]
    assert {h.subject for h in untriaged} == {f"hit:{hid}" for hid in found}
    assert stats.shift(data).get("hit_triage").labels == ("pending",)
    assert stats.shift(data).get("hit_list").total == len(found)

    triaged = hits.triage(anna, found[0], "false_positive", reason="another person, checked")
    data = review.load(chief)
    assert f"hit:{found[0]}" not in {h.subject for h in data.highlights
                                     if h.code == "untriaged_hit"}
    by_id = {i.record_id: i for i in data.items}
    assert by_id[triaged].outcome == "hit_false_positive" and by_id[triaged].amends == found[0]
    triage = stats.shift(data).get("hit_triage")
    assert dict(zip(triage.labels, triage.values, strict=True)) == {
        **({"pending": len(found) - 1} if len(found) > 1 else {}), "false_positive": 1}

    stats.catch_up(chief)  # the 30-day counts: the triage replaces the pending count
    days = stats.days(chief).get("hit_triage")
    assert dict(zip(days.labels, days.values, strict=True)) == {
        **({"pending": len(found) - 1} if len(found) > 1 else {}), "false_positive": 1}


def test_a_hit_in_the_review_says_whether_its_owner_answered(
        as_user: AsUser, inspector: Session, complete_draft: Inspection) -> None:
    """Issue 10: a hit triaged possible stays provisional in the review until HQ's answer
    arrives; an unanswered request past its deadline is a highlight; the answer's
    instructions are the row's reason."""
    from checkpoint.domain.hit_answer import HitAnswer
    from checkpoint.formats.ftm import parse_lines
    from checkpoint.services import hits, screening
    from checkpoint.store import sync_tables
    from tests.unit.screening.conftest import LIST, SAMPLE

    chief, anna = as_user(SUPERVISOR), inspector
    with SAMPLE.open(encoding="utf-8") as f:
        screening.replace_list(chief, LIST, 1, parse_lines(f, LIST).alerts)
    _open(chief)
    insp = inspections.finalize(anna, complete_draft)
    first, _ = hits.hits_of(anna, insp.id)[0]
    triaged = hits.triage(anna, first, "possible")

    def hq_says(version: int, **fields: str) -> None:  # what the pull keeps
        doc = HitAnswer(first, LIST, "c-1", "Customs HQ", "information",
                        "2026-01-01T08:00:00.000Z", "2026-01-04T08:00:00.000Z", "awaiting")
        with chief.write() as conn:
            sync_tables.apply_hq_changes(conn, sync_tables.HqChanges(1, [(
                "hit_answer", first, version,
                json.dumps({**doc.to_document(), **fields}))], [], []))

    def row() -> tuple[review.ReviewItem, set[str]]:
        data = review.load(chief)
        return {i.record_id: i for i in data.items}[triaged], {h.code for h in data.highlights}

    item, codes = row()
    assert "provisional" in item.flags and "overdue_hit_answer" not in codes
    hq_says(1)  # awaiting, and the deadline has passed
    item, codes = row()
    assert {"provisional", "answer_overdue"} <= set(item.flags)
    assert "overdue_hit_answer" in codes and item.detail["authority"] == "Customs HQ"
    hq_says(2, state="confirmed", instructions="Hold the container.",
            answered_by="Customs HQ: analyst", answered_at="2026-01-01T09:00:00.000Z")
    item, codes = row()
    assert "owner_confirmed" in item.flags and "provisional" not in item.flags
    assert "overdue_hit_answer" not in codes
    assert item.detail["reason"] == "Customs HQ: Hold the container."
