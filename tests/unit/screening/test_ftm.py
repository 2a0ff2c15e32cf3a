"""FollowTheMoney JSON lines → alerts: the envelope, and clear line-numbered errors."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from checkpoint.formats.ftm import FTM_SCHEMAS, parse_lines
from tests.unit.screening.conftest import LIST, SAMPLE


def _line(ent_id: str, schema: str, **props: Any) -> str:
    return json.dumps({"id": ent_id, "schema": schema,
                       "properties": {k: v if isinstance(v, list) else [v]
                                      for k, v in props.items()}}, ensure_ascii=False)


def _codes(lines: list[str]) -> list[tuple[int, str]]:
    parsed = parse_lines(lines, LIST, today=date(2026, 12, 6))
    return [(p.line, p.code) for p in parsed.errors]


def test_the_sample_list_reads_into_alerts() -> None:
    with SAMPLE.open(encoding="utf-8") as f:
        parsed = parse_lines(f, LIST, default_action="specific_check", authority="HQ")
    assert parsed.errors == []
    assert [(w.line, w.code) for w in parsed.warnings] == [(11, "schema_skipped")]
    alerts = {a.alert_id: a for a in parsed.alerts}
    assert set(alerts) == {"p-shevchenko", "p-khabibullin", "doc-stolen", "v-audi", "c-1",
                           "ves-1"}
    shev = alerts["p-shevchenko"]
    assert (shev.action, shev.authority, shev.valid_until) == (
        "arrest", "National Police of Ukraine", "2027-01-10")
    assert shev.names[0].surname == "Шевченко" and shev.names[0].patronymic == "Григорович"
    assert (shev.birth_dates, shev.nationalities, shev.sex) == (("1961-03-09",), ("UKR",), "M")
    assert [(i.kind, i.value, i.country) for i in shev.identifiers] == [
        ("document", "FE 123456", "UKR")]
    assert alerts["p-khabibullin"].covert
    assert alerts["doc-stolen"].subject == "document"
    assert {i.kind for i in alerts["v-audi"].identifiers} == {"plate", "vin"}
    assert alerts["c-1"].subject == "container"
    assert alerts["ves-1"].identifiers[0].country == "PAN"
    assert alerts["ves-1"].action == "specific_check" and alerts["ves-1"].authority == "HQ"


def test_alerts_round_trip_through_the_alert_document() -> None:
    from checkpoint.domain.alert import Alert

    with SAMPLE.open(encoding="utf-8") as f:
        for alert in parse_lines(f, LIST).alerts:
            assert Alert.from_document(alert.to_document()) == alert


@pytest.mark.parametrize("bad,code", [
    ("{not json", "malformed_json"),
    ('["a list"]', "not_an_entity"),
    ('{"id": "x", "schema": "Persn", "properties": {}}', "unknown_schema"),
    ('{"schema": "Person", "properties": {"name": ["A B"]}}', "bad_id"),
    ('{"id": "x", "schema": "Person", "properties": {"name": "A B"}}', "bad_properties"),
    ('{"op": "ADD", "entity": {"id": "x"}}', "delta_line"),
    (_line("x", "Person", name="A B", birthDate="1700-01-01"), "absurd_date"),
    (_line("x", "Person", name="A B", birthDate="2999"), "absurd_date"),
    (_line("x", "Person", name="A B", birthDate="1980-13-45"), "absurd_date"),
    (_line("x", "Person", name="A B", birthDate="yesterday"), "absurd_date"),
    (_line("x", "Person", name="   "), "empty_name"),
    (_line("x", "Person", name="1234"), "empty_name"),
    (_line("x", "Person", name="A" * 10_000), "name_too_long"),
    (_line("x", "Person"), "nothing_to_match"),
    (_line("x", "Passport", holder="nobody", number="1"), "dangling_link"),
    (_line("x", "Passport", country="ua"), "no_number"),
    (_line("x", "Sanction", entity="nobody"), "dangling_link"),
])
def test_a_bad_line_is_named_and_nothing_is_read(bad: str, code: str) -> None:
    good = _line("ok", "Person", name="Good Person")
    parsed = parse_lines([good, "", bad], LIST, today=date(2026, 12, 6))
    assert [(p.line, p.code) for p in parsed.errors] == [(3, code)]
    assert str(parsed.errors[0]).startswith("line 3: ")
    assert parsed.alerts == []


def test_a_duplicate_id_names_both_lines() -> None:
    parsed = parse_lines([_line("x", "Person", name="A B"), _line("x", "Person", name="C D")],
                         LIST)
    [problem] = parsed.errors
    assert (problem.line, problem.code) == (2, "duplicate_id") and "line 1" in problem.detail


def test_every_error_is_reported_not_only_the_first() -> None:
    assert _codes(["{", _line("a", "Persn"), "[]"]) == [
        (1, "malformed_json"), (2, "unknown_schema"), (3, "not_an_entity")]


def test_hostile_lines_never_crash() -> None:
    hostile = ["[" * 100_000, '{"id": "' + "x" * 2_000_000 + '"}', "\x00\x01",
               '{"id": "x", "schema": "Person", "properties": {"name": [' + ",".join(
                   ['"a b"'] * 1000) + "]}}", "null", "1e999", '{"id": 5, "schema": []}']
    parsed = parse_lines(hostile, LIST)
    assert len(parsed.errors) == len(hostile) and parsed.alerts == []


def test_unknown_countries_and_skipped_schemas_are_warnings() -> None:
    parsed = parse_lines([_line("x", "Person", name="A B", nationality="suhh"),
                          _line("c", "Company", name="Acme")], LIST)
    assert parsed.errors == [] and len(parsed.alerts) == 1
    assert {w.code for w in parsed.warnings} == {"unknown_country", "schema_skipped"}


def test_the_schema_names_are_followthemoneys() -> None:
    model = pytest.importorskip("followthemoney").model
    assert set(model.schemata) == FTM_SCHEMAS
    person = model.get("Person")
    for prop in ("name", "alias", "weakAlias", "firstName", "middleName", "secondName",
                 "fatherName", "lastName", "birthDate", "nationality", "citizenship", "gender",
                 "passportNumber", "idNumber"):
        assert person.get(prop) is not None, prop
    for schema, props in {"Passport": ("holder", "number", "country", "type"),
                          "Identification": ("holder", "number", "country", "type"),
                          "Vehicle": ("registrationNumber", "country", "type"),
                          "Vessel": ("imoNumber", "flag", "name"),
                          "Sanction": ("entity", "authority", "provisions", "reason",
                                       "summary", "startDate", "endDate", "status"),
                          "Risk": ("entity", "topics", "reason", "startDate", "endDate")}.items():
        for prop in props:
            assert model.get(schema).get(prop) is not None, (schema, prop)


def test_a_stolen_document_takes_its_action_from_a_linked_sanction() -> None:
    parsed = parse_lines([_line("doc", "Passport", number="XP1", country="pl"),
                          _line("s", "Sanction", entity="doc", provisions="seize")], LIST)
    assert parsed.errors == []
    [alert] = parsed.alerts
    assert (alert.subject, alert.action) == ("document", "seize_object")


def test_a_document_cannot_hold_another_document() -> None:
    assert _codes([_line("doc", "Passport", number="XP1"),
                   _line("id", "Identification", holder="doc", number="2")]) == [
        (2, "dangling_link")]
