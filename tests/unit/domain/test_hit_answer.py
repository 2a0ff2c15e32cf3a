"""The confirmation rule both ends share (checkpoint.domain.hit_answer): deadlines by
action code, overdue, and answers that contradict themselves."""

from __future__ import annotations

import pytest

from checkpoint.domain import hit_answer as rule
from checkpoint.domain.alert import ACTIONS
from checkpoint.errors import ValidationError
from checkpoint.formats import load_example, validate_document

OPENED = "2026-03-14T07:45:00.000Z"


@pytest.mark.parametrize(("action", "deadline"), [
    ("arrest", "2026-03-14T08:45:00.000Z"),
    ("refuse_entry", "2026-03-14T09:45:00.000Z"),
    ("seize_object", "2026-03-14T11:45:00.000Z"),
    ("specific_check", "2026-03-14T19:45:00.000Z"),
    ("discreet_check", "2026-03-14T19:45:00.000Z"),
    ("information", "2026-03-17T07:45:00.000Z"),
    ("a_newer_code", "2026-03-14T08:45:00.000Z"),  # unknown: the shortest, to be safe
])
def test_the_deadline_follows_the_action_code(action: str, deadline: str) -> None:
    assert rule.deadline_for(action, OPENED) == deadline


def test_every_action_code_has_a_deadline_the_most_urgent_the_shortest() -> None:
    assert set(rule.DEADLINES) == set(ACTIONS)
    assert rule.DEADLINES["arrest"] == min(rule.DEADLINES.values())
    assert rule.DEADLINES["information"] == max(rule.DEADLINES.values())


def test_only_an_unanswered_request_past_its_deadline_is_overdue() -> None:
    deadline = rule.deadline_for("arrest", OPENED)
    later = "2026-03-14T09:00:00.000Z"
    assert rule.is_overdue(rule.AWAITING, deadline, later)
    assert not rule.is_overdue(rule.AWAITING, deadline, OPENED)
    assert not rule.is_overdue(rule.CONFIRMED, deadline, later)


def test_the_example_round_trips_and_validates() -> None:
    doc = load_example("hit_answer")
    assert validate_document(doc, rule.SCHEMA) == []
    answer = rule.HitAnswer.from_document(doc)
    assert answer.answered and answer.to_document() == doc


@pytest.mark.parametrize("change", [
    {"state": "awaiting"},  # awaiting, yet answered by someone
    {"answered_by": None},  # an answer by nobody
    {"state": "maybe"},
])
def test_an_answer_that_contradicts_itself_is_refused(change: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        rule.HitAnswer.from_document({**load_example("hit_answer"), **change})


def test_the_schema_refuses_a_wrong_shape() -> None:
    doc = {**load_example("hit_answer"), "state": "maybe", "extra": 1}
    problems = validate_document(doc, rule.SCHEMA, values=False)
    assert len(problems) == 2
