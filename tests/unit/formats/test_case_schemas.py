"""The offence, custody, referral and referral-status schemas and their examples."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from checkpoint.domain.cases.custody import CustodyEvent
from checkpoint.domain.cases.offence import OffenceCase
from checkpoint.domain.cases.referral import Referral
from checkpoint.formats.schema import load_example, load_schema, schema_names, validate_document

NAMES = ["offence", "custody_event", "referral", "referral_status"]
MODELS: dict[str, Any] = {"offence": OffenceCase, "custody_event": CustodyEvent,
                          "referral": Referral}


@pytest.mark.parametrize("name", NAMES)
def test_each_schema_is_shipped_valid_and_its_example_validates(name: str) -> None:
    assert f"{name}.v1" in schema_names()
    schema = load_schema(f"{name}.v1")
    Draft202012Validator.check_schema(schema)
    assert schema["$id"] == f"https://schemas.checkpoint.example/{name}.v1.json"
    assert validate_document(load_example(name), f"{name}.v1") == []


@pytest.mark.parametrize("name", ["offence", "custody_event", "referral"])
def test_the_example_round_trips_through_the_model(name: str) -> None:
    doc = load_example(name)
    assert MODELS[name].from_document(doc).to_document() == doc


@pytest.mark.parametrize("name", NAMES)
def test_every_object_refuses_unknown_fields(name: str) -> None:
    def objects(node: object) -> list[dict[str, Any]]:
        if isinstance(node, dict):
            found = [node] if node.get("type") == "object" else []
            return found + [o for value in node.values() for o in objects(value)]
        if isinstance(node, list):
            return [o for value in node for o in objects(value)]
        return []

    found = objects(load_schema(f"{name}.v1"))
    assert found and all(o.get("additionalProperties") is False for o in found)


def test_an_approved_case_needs_its_decision() -> None:
    doc = load_example("offence")
    doc["review"]["decided_by"] = None
    problems = validate_document(doc, "offence.v1")
    assert problems and problems[0].startswith("/review/decided_by")


def test_a_wrong_role_and_handling_code_are_named_by_path() -> None:
    doc = load_example("offence")
    doc["persons"][0]["role"] = "accomplice"
    doc["marking"]["handling_code"] = "H9"
    paths = [p.split(":")[0] for p in validate_document(doc, "offence.v1")]
    assert paths == ["/marking/handling_code", "/persons/0/role"]


def test_a_referral_status_outside_the_lifecycle_is_refused() -> None:
    doc = load_example("referral_status")
    doc["status"] = "approved"  # the post's state, never HQ's
    assert [p.split(":")[0] for p in validate_document(doc, "referral_status.v1")] == ["/status"]


def test_a_referral_uses_the_case_person_definition() -> None:
    doc = load_example("referral")
    doc["persons"][0]["nationality"] = "ukr"
    assert [p.split(":")[0] for p in validate_document(doc, "referral.v1")] == [
        "/persons/0/nationality"]
