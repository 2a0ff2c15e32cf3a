"""The shift record: its life cycle rules and its shift.v1 document."""

from __future__ import annotations

import pytest

from checkpoint.domain import shift as model
from checkpoint.domain.shift import JournalHead, Review, Shift, ShiftState
from checkpoint.errors import Code, ConflictError, FormatError, Problem, ValidationError
from checkpoint.formats import validate_document

HEAD = JournalHead(7, "a" * 64)


def opened() -> Shift:
    return model.open_shift(supervisor="chief", device_id="dev-1", checkpoint="UA-PL-01",
                            officers=["anna", "Anna", " bogdan "], lanes=["1", "2"],
                            opened_after=HEAD)


def review_of(s: Shift, by: str = "relief") -> Review:
    return Review(by, "2026-03-14T07:41:09.512Z", "fine", HEAD, True, None, "A" * 86 + "==")


def test_an_opened_shift_is_version_one_of_itself_with_its_team_deduplicated() -> None:
    s = opened()
    assert (s.version, s.previous, s.shift_id, s.state) == (1, None, s.id, ShiftState.OPEN)
    assert s.officers == ("anna", "bogdan")
    assert s.on_duty("ANNA") and s.on_duty("chief") and not s.on_duty("olena")
    assert validate_document(s.to_document(), "shift.v1") == []


def test_a_shift_needs_a_team_and_a_checkpoint() -> None:
    with pytest.raises(ValidationError) as no_team:
        model.open_shift(supervisor="chief", device_id="d", checkpoint="X", officers=[" "],
                         lanes=[], opened_after=HEAD)
    assert no_team.value.problems == [Problem("officers", Code.MISSING)]
    with pytest.raises(ValidationError) as no_post:
        model.open_shift(supervisor="chief", device_id="d", checkpoint=" ", officers=["a"],
                         lanes=[], opened_after=HEAD)
    assert no_post.value.problems == [Problem("checkpoint", Code.MISSING)]
    with pytest.raises(ValidationError) as long_post:
        model.open_shift(supervisor="chief", device_id="d", checkpoint="X" * 33,
                         officers=["a"], lanes=[], opened_after=HEAD)
    assert long_post.value.problems == [Problem("checkpoint", Code.TOO_LONG, {"maximum": 32})]
    assert str(long_post.value) == "The shift's checkpoint is longer than 32 characters."


def test_each_transition_is_a_new_version_naming_the_one_before() -> None:
    s = opened()
    closed = model.close(s, by="chief", note=" quiet ", open_items=["scanner", " "],
                         journal_head=HEAD)
    acked = model.acknowledge(closed, by="relief")
    done = model.reviewed(acked, review_of(acked))
    assert [v.version for v in (s, closed, acked, done)] == [1, 2, 3, 4]
    assert closed.previous == s.id and acked.previous == closed.id and done.previous == acked.id
    assert {v.shift_id for v in (s, closed, acked, done)} == {s.shift_id}
    assert closed.handover is not None and closed.handover.note == "quiet"
    assert closed.handover.open_items == ("scanner",)
    assert acked.handover is not None and acked.handover.acknowledged_by == "relief"
    assert done.state is ShiftState.REVIEWED
    for v in (closed, acked, done):
        assert validate_document(v.to_document(), "shift.v1") == []
        assert Shift.from_document(v.to_document()) == v


def test_closing_needs_a_note_and_an_open_shift() -> None:
    s = opened()
    with pytest.raises(ValidationError) as blank:
        model.close(s, by="chief", note="  ", open_items=[], journal_head=HEAD)
    assert blank.value.problems == [Problem("handover.note", Code.MISSING)]
    closed = model.close(s, by="chief", note="n", open_items=[], journal_head=HEAD)
    with pytest.raises(ConflictError, match="already closed") as again:
        model.close(closed, by="chief", note="n", open_items=[], journal_head=HEAD)
    assert again.value.code == Code.SHIFT_ALREADY_CLOSED


def test_the_handover_is_acknowledged_once_and_by_another_supervisor() -> None:
    s = opened()
    with pytest.raises(ConflictError, match="still open"):
        model.acknowledge(s, by="relief")
    closed = model.close(s, by="chief", note="n", open_items=[], journal_head=HEAD)
    with pytest.raises(ConflictError, match="relieving supervisor") as same:
        model.acknowledge(closed, by="CHIEF")
    assert same.value.code == Code.HANDOVER_SELF
    acked = model.acknowledge(closed, by="relief")
    with pytest.raises(ConflictError, match="already acknowledged by relief") as twice:
        model.acknowledge(acked, by="third")
    assert (twice.value.code, twice.value.params) == (Code.HANDOVER_DONE, {"name": "relief"})


def test_a_shift_is_reviewed_once_and_only_when_closed() -> None:
    s = opened()
    with pytest.raises(ConflictError, match="Close the shift"):
        model.reviewed(s, review_of(s))
    closed = model.close(s, by="chief", note="n", open_items=[], journal_head=HEAD)
    done = model.reviewed(closed, review_of(closed))
    with pytest.raises(ConflictError, match="already reviewed") as twice:
        model.reviewed(done, review_of(done))
    assert twice.value.code == Code.SHIFT_REVIEWED


def test_a_document_with_an_unknown_field_or_schema_is_refused() -> None:
    doc = opened().to_document()
    with pytest.raises(FormatError):
        Shift.from_document({**doc, "extra": 1})
    with pytest.raises(FormatError):
        Shift.from_document({**doc, "schema": "inspection.v1"})
    assert validate_document({**doc, "state": "half-open"}, "shift.v1")
