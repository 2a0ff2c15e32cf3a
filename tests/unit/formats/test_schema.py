"""The inspection.v1 JSON Schema, its example, and the problems validation reports."""

from __future__ import annotations

import copy
from enum import StrEnum
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from checkpoint.domain import conveyance, goods, inspection, parties
from checkpoint.errors import FormatError
from checkpoint.formats.schema import (
    check_document,
    load_example,
    load_schema,
    schema_names,
    validate_document,
)


@pytest.fixture
def doc() -> dict[str, Any]:
    return load_example("inspection")


def _draft() -> dict[str, Any]:
    return {
        "schema": "inspection.v1",
        "id": "01959399-9008-7c69-ad3f-a17f3979d11f",
        "status": "draft",
        "created_at": "2025-03-14T07:41:09.512Z",
        "updated_at": "2025-03-14T07:41:09.512Z",
        "device_id": "ws-01",
        "author": "anna",
    }


def test_the_schema_is_shipped_and_is_valid_draft_2020_12() -> None:
    assert "inspection.v1" in schema_names()
    schema = load_schema("inspection.v1")
    Draft202012Validator.check_schema(schema)
    assert schema["$id"] == "https://schemas.checkpoint.example/inspection.v1.json"
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_every_object_refuses_unknown_fields() -> None:
    def objects(node: object) -> list[dict[str, Any]]:
        if isinstance(node, dict):
            found = [node] if node.get("type") == "object" else []
            return found + [o for value in node.values() for o in objects(value)]
        if isinstance(node, list):
            return [o for value in node for o in objects(value)]
        return []

    found = objects(load_schema("inspection.v1"))
    assert len(found) > 10
    assert all(o.get("additionalProperties") is False for o in found)


def test_the_example_is_valid(doc: dict[str, Any]) -> None:
    assert validate_document(doc) == []
    check_document(doc)


def test_a_minimal_draft_is_valid() -> None:
    assert validate_document(_draft()) == []


def test_a_draft_needs_its_identity_fields() -> None:
    problems = validate_document({"schema": "inspection.v1", "status": "draft"})
    assert problems == [
        "/id: is required.",
        "/created_at: is required.",
        "/updated_at: is required.",
        "/device_id: is required.",
        "/author: is required.",
    ]


def test_an_unknown_field_is_named_by_its_path(doc: dict[str, Any]) -> None:
    doc["vehicle"]["colour"] = "white"
    doc["nickname"] = "x"
    assert validate_document(doc) == [
        "/nickname: unknown field.",
        "/vehicle/colour: unknown field.",
    ]


def test_a_wrong_enum_is_named_by_its_path(doc: dict[str, Any]) -> None:
    doc["direction"] = "sideways"
    doc["findings"][0]["risk_area"] = "snacks"
    problems = validate_document(doc)
    assert len(problems) == 2
    assert problems[0].startswith('/direction: "sideways" is not one of "entry", "exit"')
    assert problems[1].startswith('/findings/0/risk_area: "snacks" is not one of "drugs"')


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("persons", 0, "document", "expiry"), "2030-02-30"),
        (("persons", 0, "birth_date"), "1985-13"),
        (("persons", 0, "birth_date"), "1985-02-29"),
        (("created_at",), "2025-03-14T07:41:09Z"),
        (("created_at",), "2025-03-14T25:41:09.512Z"),
        (("started_at",), "yesterday"),
    ],
)
def test_a_bad_date_is_named_by_its_path(
    doc: dict[str, Any], path: tuple[str | int, ...], value: str
) -> None:
    node: Any = doc
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    problems = validate_document(doc)
    pointer = "/" + "/".join(map(str, path))
    assert problems and all(p.startswith(f"{pointer}: ") for p in problems), problems


def test_partial_birth_dates_are_valid(doc: dict[str, Any]) -> None:
    for value in ("1985", "1985-03", "1984-02-29"):
        doc["persons"][0]["birth_date"] = value
        assert validate_document(doc) == []


def test_mrz_lines_must_fit_their_format(doc: dict[str, Any]) -> None:
    mrz = doc["persons"][1]["document"]["mrz"]
    mrz["lines"][2] = mrz["lines"][2][:-1]
    problems = validate_document(doc)
    assert problems == [
        "/persons/1/document/mrz/lines/2: "
        '"WISNIEWSKA<<MALGORZATA<<<<<<<" is too short (at least 30 characters).'
    ]


def test_identifiers_have_their_form(doc: dict[str, Any]) -> None:
    doc["consignment"]["containers"][0]["number"] = "csqu 305438 3"
    doc["id"] = "01959399-9008-4c69-ad3f-a17f3979d11f"  # a UUIDv4
    problems = validate_document(doc)
    assert [p.split(":")[0] for p in problems] == ["/consignment/containers/0/number", "/id"]


def test_null_is_allowed_where_a_draft_may_be_empty() -> None:
    draft = _draft() | {"vehicle": None, "outcome": None, "lane": None, "cash": None}
    assert validate_document(draft) == []


def test_a_nullable_value_reports_its_real_problem(doc: dict[str, Any]) -> None:
    doc["persons"][0]["nationality"] = "ukr"
    (problem,) = validate_document(doc)
    assert problem.startswith('/persons/0/nationality: "ukr" does not have the expected form')


def test_finalized_needs_a_finalization_time_and_amendments_a_reason(doc: dict[str, Any]) -> None:
    doc["finalized_at"] = None
    doc["amends"] = "01959399-9008-7c69-ad3f-a17f3979d11e"
    problems = validate_document(doc)
    assert any(p.startswith("/finalized_at:") for p in problems)
    assert any(p.startswith("/amendment_reason:") for p in problems)


def test_check_document_raises_with_every_problem(doc: dict[str, Any]) -> None:
    doc["outcome"] = "pardoned"
    doc["lane"] = ""
    with pytest.raises(FormatError) as caught:
        check_document(doc)
    assert [p.split(":")[0] for p in caught.value.problems] == ["/lane", "/outcome"]


def test_an_unknown_schema_is_a_format_error(doc: dict[str, Any]) -> None:
    with pytest.raises(FormatError):
        validate_document(doc, "inspection.v0")


def test_loaded_schemas_are_copies() -> None:
    load_schema("inspection.v1")["title"] = "changed"
    assert load_schema("inspection.v1")["title"] != "changed"


def test_the_example_is_what_the_domain_model_writes(doc: dict[str, Any]) -> None:
    original = copy.deepcopy(doc)
    assert inspection.Inspection.from_document(doc).to_document() == original


def _enum_values(schema: dict[str, Any], *path: str) -> list[str]:
    node: Any = schema
    for part in path:
        node = node[part]
    return [value for value in node["enum"] if value is not None]


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (("properties", "status"), inspection.Status),
        (("properties", "direction"), inspection.Direction),
        (("properties", "conveyance_mode"), inspection.ConveyanceMode),
        (("properties", "control_types", "items"), inspection.ControlType),
        (("properties", "trigger"), inspection.Trigger),
        (("properties", "outcome"), inspection.Outcome),
        (("$defs", "person", "properties", "role"), parties.Role),
        (("$defs", "person", "properties", "sex"), parties.Sex),
        (("$defs", "travelDocument", "properties", "type"), parties.DocumentType),
        (("$defs", "mrz", "properties", "format"), parties.MrzFormat),
        (("$defs", "transportDocument", "properties", "type"), conveyance.TransportDocumentType),
        (("$defs", "unit"), goods.Unit),
        (("$defs", "finding", "properties", "risk_area"), goods.RiskArea),
        (("$defs", "finding", "properties", "concealment_method"), goods.ConcealmentMethod),
        (("$defs", "finding", "properties", "detection_method"), goods.DetectionMethod),
        (("$defs", "attachment", "properties", "kind"), goods.AttachmentKind),
    ],
)
def test_schema_enums_match_the_domain_model(path: tuple[str, ...], kind: type[StrEnum]) -> None:
    assert _enum_values(load_schema("inspection.v1"), *path) == [m.value for m in kind]
