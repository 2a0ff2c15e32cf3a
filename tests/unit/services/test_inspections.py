"""The inspection service: drafts, finalize, amendments, views, search."""

from __future__ import annotations

from dataclasses import replace

import pytest

from checkpoint.domain.inspection import Inspection
from checkpoint.errors import ConflictError, PermissionDeniedError, ValidationError
from checkpoint.services import inspections
from checkpoint.services.session import Session, login
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD


def _actions(s: Session) -> list[str]:
    return [e.action for e in s.journal.entries()]


def test_a_new_draft_is_saved_and_journaled(inspector: Session) -> None:
    draft = inspections.start(inspector)
    assert draft.is_draft and draft.author == "anna"
    assert [d.id for d in inspections.drafts(inspector)] == [draft.id]
    assert _actions(inspector)[-1] == "inspection.create"


def test_autosave_keeps_every_change_without_a_journal_entry_each(
        inspector: Session, complete_draft: Inspection) -> None:
    before = len(_actions(inspector))
    inspections.autosave(inspector, complete_draft)
    inspections.autosave(inspector, complete_draft.with_changes(remarks="second"))
    assert len(_actions(inspector)) == before
    (saved,) = inspections.drafts(inspector)
    assert saved.remarks == "second"


def test_finalizing_an_incomplete_draft_lists_what_is_missing(inspector: Session) -> None:
    draft = inspections.start(inspector)
    with pytest.raises(ValidationError) as e:
        inspections.finalize(inspector, draft)
    assert any(p.path == "direction" for p in e.value.problems)
    assert any(p.path == "outcome" for p in e.value.problems)


def test_a_finalized_record_is_read_only(inspector: Session, complete_draft: Inspection) -> None:
    done = inspections.finalize(inspector, complete_draft)
    assert not done.is_draft
    with pytest.raises(ConflictError):
        inspections.autosave(inspector, done)
    # even around the service, the database itself refuses the change
    with pytest.raises(ConflictError), inspector.write() as conn:
        conn.execute("UPDATE records SET document = '{}' WHERE id = ?", (done.id,))
    assert _actions(inspector)[-1] == "inspection.finalize"


def test_an_amendment_references_the_original_and_is_shown_with_it(
        inspector: Session, complete_draft: Inspection) -> None:
    done = inspections.finalize(inspector, complete_draft)
    with pytest.raises(ValidationError):
        inspections.amend(inspector, done.id, "   ")
    draft = inspections.amend(inspector, done.id, "plate was mistyped")
    assert draft.vehicle is not None
    fixed = inspections.finalize(inspector, draft.with_changes(
        vehicle=replace(draft.vehicle, plate="AC 4722 BX")))
    original, amendments = inspections.open_record(inspector, done.id)
    assert amendments[0].vehicle is not None and amendments[0].vehicle.plate == "AC 4722 BX"
    assert original.id == done.id and [a.id for a in amendments] == [fixed.id]
    assert amendments[0].amends == done.id
    assert amendments[0].amendment_reason == "plate was mistyped"
    assert "inspection.amend" in _actions(inspector)
    assert _actions(inspector)[-1] == "inspection.view"


@pytest.mark.parametrize("query", ["FA123456", "fa 123456", "AC 4721 BX", "ac-4721-bx",
                                   "Шевчук", "shevchuk", "ŠEVČUK andrii", "Wiśniewska",
                                   "wisniewska", "CSQU3054383"])
def test_search_finds_by_every_key(inspector: Session, complete_draft: Inspection,
                                   query: str) -> None:
    done = inspections.finalize(inspector, complete_draft)
    if query == "ŠEVČUK andrii":  # accents and case do not matter, but the letters do
        query = "Shevchuk andrii"
    hits = inspections.search(inspector, query)
    assert [h.id for h in hits] == [done.id]


def test_search_by_vin(inspector: Session, complete_draft: Inspection) -> None:
    done = inspections.finalize(inspector, complete_draft)
    assert complete_draft.vehicle is not None and complete_draft.vehicle.vin
    assert [h.id for h in inspections.search(inspector, complete_draft.vehicle.vin.lower())] == [
        done.id]


def test_search_finds_nothing_for_a_stranger(inspector: Session,
                                             complete_draft: Inspection) -> None:
    inspections.finalize(inspector, complete_draft)
    assert inspections.search(inspector, "Nobody Atall") == []
    assert inspections.search(inspector, "  ") == []


def test_pages_are_newest_first_and_do_not_overlap(inspector: Session) -> None:
    ids = [inspections.start(inspector).id for _ in range(7)]
    first = inspections.page(inspector, None, 4)
    rest = inspections.page(inspector, (first[-1].created_at, first[-1].id), 4)
    got = [s.id for s in first + rest]
    assert sorted(got) == sorted(ids) and len(set(got)) == 7
    assert got == sorted(got, key=lambda i: next(s.created_at for s in first + rest
                                                 if s.id == i), reverse=True)
    assert inspections.count(inspector) == 7


def test_another_officer_cannot_touch_my_draft(workstation: object, inspector: Session) -> None:
    draft = inspections.start(inspector)
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as chief:  # type: ignore[arg-type]
        with pytest.raises(PermissionDeniedError):
            inspections.autosave(chief, draft.with_changes(remarks="not mine"))
        with pytest.raises(PermissionDeniedError):
            inspections.discard(chief, draft.id)


def test_discarding_a_draft(inspector: Session) -> None:
    draft = inspections.start(inspector)
    inspections.discard(inspector, draft.id)
    assert inspections.drafts(inspector) == []
    assert _actions(inspector)[-1] == "inspection.discard"


def test_photos_are_stored_encrypted_and_referenced(inspector: Session,
                                                    complete_draft: Inspection) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100
    with_photo = inspections.add_photo(inspector, complete_draft, png, "image/png", "trailer")
    added = with_photo.attachments[-1]
    assert inspections.photo(inspector, added.id) == ("image/png", png)
    assert added.size == len(png) and added.caption == "trailer"
    with pytest.raises(Exception, match="JPEG, PNG or WebP"):
        inspections.add_photo(inspector, complete_draft, b"x", "application/pdf")


def test_a_name_search_shows_the_matching_person_newest_first(inspector: Session) -> None:
    from checkpoint.services import demo

    demo.fill(inspector, 300, seed=11)
    hits = inspections.search(inspector, "Shevchenko")
    assert hits, "the demo data always has some Shevchenkos"
    assert all(h.name is not None and h.name.startswith("SHEVCHENKO") for h in hits)
    times = [h.created_at for h in hits]
    assert times == sorted(times, reverse=True)
