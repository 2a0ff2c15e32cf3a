"""The inspection record: round trip, completeness rules, search keys, life cycle."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from typing import Any

import pytest

from checkpoint.documents import parse_mrz
from checkpoint.domain.conveyance import Vehicle
from checkpoint.domain.ids import is_id, parse_utc
from checkpoint.domain.inspection import (
    Inspection,
    Outcome,
    Status,
    amend,
    finalize,
    finalize_problems,
    new_draft,
    search_keys,
)
from checkpoint.domain.parties import Person, Role
from checkpoint.errors import Code, ConflictError, FormatError, ValidationError
from checkpoint.formats.schema import load_example

DRIVER_ID = "01959399-b901-75f0-9ee2-4cb8cd58f845"


@pytest.fixture
def example_doc() -> dict[str, Any]:
    return load_example("inspection")


@pytest.fixture
def example(example_doc: dict[str, Any]) -> Inspection:
    return Inspection.from_document(example_doc)


def _draft() -> Inspection:
    return new_draft("anna", "ws-01")


# --- documents -----------------------------------------------------------------------


def test_example_round_trips_exactly(example_doc: dict[str, Any]) -> None:
    original = copy.deepcopy(example_doc)
    again = Inspection.from_document(example_doc).to_document()
    assert again == original
    assert list(again) == list(original)
    assert json.dumps(again, ensure_ascii=False) == json.dumps(original, ensure_ascii=False)


def test_every_record_round_trips_through_its_document(example: Inspection) -> None:
    for record in (example, _draft(), replace(example, vehicle=Vehicle(plate="AA 1234 BB"))):
        assert Inspection.from_document(record.to_document()) == record


def test_a_sparse_draft_document_reads_with_defaults() -> None:
    doc = {
        "schema": "inspection.v1",
        "id": "01959399-9008-7c69-ad3f-a17f3979d11f",
        "status": "draft",
        "created_at": "2025-03-14T07:41:09.512Z",
        "updated_at": "2025-03-14T07:41:09.512Z",
        "device_id": "ws-01",
        "author": "anna",
    }
    insp = Inspection.from_document(doc)
    assert insp.persons == () and insp.vehicle is None and insp.outcome is None
    assert insp.to_document()["outcome"] is None


def test_an_unknown_field_is_refused_with_its_path(example_doc: dict[str, Any]) -> None:
    example_doc["persons"][1]["document"]["colour"] = "blue"
    with pytest.raises(FormatError) as caught:
        Inspection.from_document(example_doc)
    assert caught.value.problems == ["/persons/1/document/colour: unknown field."]


def test_a_wrong_enum_or_type_is_refused_with_its_path(example_doc: dict[str, Any]) -> None:
    bad_enum = copy.deepcopy(example_doc)
    bad_enum["persons"][0]["sex"] = "Q"
    with pytest.raises(FormatError, match=r"^/persons/0/sex: 'Q' is not one of M, F, X"):
        Inspection.from_document(bad_enum)
    bad_type = copy.deepcopy(example_doc)
    bad_type["goods"][0]["found_quantity"] = True
    with pytest.raises(FormatError, match=r"^/goods/0/found_quantity: expected a number"):
        Inspection.from_document(bad_type)


def test_another_schema_is_refused(example_doc: dict[str, Any]) -> None:
    example_doc["schema"] = "inspection.v2"
    with pytest.raises(FormatError, match="/schema"):
        Inspection.from_document(example_doc)


# --- search keys ----------------------------------------------------------------------


def test_search_keys_of_the_example(example: Inspection) -> None:
    keys = search_keys(example)
    assert keys["document"] == {"FA123456", "ZXA123456"}
    assert keys["plate"] == {"AC4721BX", "AC3390XF"}
    assert keys["vin"] == {"XLRTEH4310G254817"}
    assert keys["container"] == {"CSQU3054383", "MSKU6042354"}
    # Шевчук and SHEVCHUK, Wiśniewska and WISNIEWSKA give one key each.
    assert keys["name"] == {"SHEVCHUK", "ANDRII", "WISNIEWSKA", "MALGORZATA"}


def test_search_keys_include_each_word_of_a_name(example: Inspection) -> None:
    person = replace(example.persons[1], surname="Wiśniewska-Nowak", given_names="Anna Maria")
    keys = search_keys(replace(example, persons=(person,)))["name"]
    assert {"WISNIEWSKA NOWAK", "WISNIEWSKA", "NOWAK", "ANNA MARIA", "ANNA", "MARIA"} <= keys


def test_an_empty_draft_has_every_kind_of_key_empty() -> None:
    assert search_keys(_draft()) == {
        "document": set(),
        "plate": set(),
        "vin": set(),
        "container": set(),
        "name": set(),
    }


# --- life cycle -----------------------------------------------------------------------


def test_a_new_draft_has_identity_and_times() -> None:
    draft = _draft()
    assert is_id(draft.id) and draft.status is Status.DRAFT
    assert draft.created_at == draft.updated_at == draft.started_at
    parse_utc(draft.created_at)


def test_a_blank_author_is_refused() -> None:
    with pytest.raises(ValidationError):
        new_draft("  ", "ws-01")


def test_amending_creates_a_new_draft_that_names_the_original(example: Inspection) -> None:
    amendment = amend(example, "  Wrong lane recorded.  ", "chief", "ws-02")
    assert amendment.id != example.id and is_id(amendment.id)
    assert amendment.amends == example.id
    assert amendment.amendment_reason == "Wrong lane recorded."
    assert amendment.status is Status.DRAFT and amendment.finalized_at is None
    assert (amendment.author, amendment.device_id) == ("chief", "ws-02")
    assert amendment.persons == example.persons and amendment.findings == example.findings
    assert finalize_problems(amendment) == []


@pytest.mark.parametrize("reason", ["", "   "])
def test_an_amendment_needs_a_reason(example: Inspection, reason: str) -> None:
    with pytest.raises(ValidationError):
        amend(example, reason, "chief", "ws-02")


def test_a_draft_is_edited_not_amended() -> None:
    with pytest.raises(ConflictError):
        amend(_draft(), "typo", "anna", "ws-01")


def test_finalize_refuses_an_incomplete_draft_with_every_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        finalize(_draft())
    assert caught.value.problems == finalize_problems(_draft())
    assert caught.value.code == Code.NOT_COMPLETE
    assert caught.value.params == {"count": len(caught.value.problems)}


def test_a_finalized_record_cannot_change(example: Inspection) -> None:
    draft = replace(example, status=Status.DRAFT, finalized_at=None)
    done = finalize(draft)
    assert done.status is Status.FINALIZED and done.finalized_at == done.updated_at
    with pytest.raises(ConflictError):
        done.with_changes(outcome=Outcome.RELEASED)
    with pytest.raises(ConflictError):
        finalize(done)


def test_editing_a_draft_moves_updated_at() -> None:
    draft = replace(_draft(), updated_at="2000-01-01T00:00:00.000Z")
    edited = draft.with_changes(lane="3")
    assert edited.lane == "3" and edited.updated_at > draft.updated_at


def test_a_person_is_taken_from_a_parsed_mrz(example: Inspection) -> None:
    driver = example.persons[0]
    assert driver.document is not None and driver.document.mrz is not None
    result = parse_mrz("\n".join(driver.document.mrz.lines))
    person = Person.from_mrz(result, Role.DRIVER, person_id=driver.id)
    assert person == replace(driver, surname=None, given_names=None)
