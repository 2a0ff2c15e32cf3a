"""The shift, shift report and operation schemas and their shipped examples."""

from __future__ import annotations

import pytest

from checkpoint.domain.shift import Shift
from checkpoint.formats import load_example, validate_document


@pytest.mark.parametrize(("example", "schema"), [
    ("shift", "shift.v1"), ("shift_report", "shift_report.v1"),
    ("operation", "operation.v1"), ("operation_report", "operation_report.v1")])
def test_the_examples_are_valid(example: str, schema: str) -> None:
    assert validate_document(load_example(example), schema) == []


def test_the_shift_example_reads_back_exactly() -> None:
    doc = load_example("shift")
    assert Shift.from_document(doc).to_document() == doc


def test_unknown_fields_and_bad_states_are_named_by_their_path() -> None:
    doc = load_example("shift")
    assert validate_document({**doc, "extra": 1}, "shift.v1")
    problems = validate_document({**doc, "state": "lost"}, "shift.v1")
    assert problems and problems[0].startswith("/state")
    report = load_example("shift_report")
    problems = validate_document({**report, "seal": {**report["seal"],
                                                     "verification_code": "abc"}},
                                 "shift_report.v1")
    assert problems and problems[0].startswith("/seal/verification_code")
