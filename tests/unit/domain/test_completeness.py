"""Finalize problems: each is a path into the document, a code and params, never a sentence."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from checkpoint.documents import parse_mrz
from checkpoint.domain.conveyance import Vehicle
from checkpoint.domain.goods import CashDeclaration, Finding, RiskArea
from checkpoint.domain.inspection import Inspection, finalize_problems, new_draft
from checkpoint.domain.parties import MrzFormat, MrzInfo
from checkpoint.errors import Code, Problem, path, path_parts
from checkpoint.formats.schema import load_example, load_schema


@pytest.fixture
def example() -> Inspection:
    return Inspection.from_document(load_example("inspection"))


def _draft() -> Inspection:
    return new_draft("anna", "ws-01")


def _where(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.path, p.code) for p in problems]


def test_the_example_is_complete(example: Inspection) -> None:
    assert finalize_problems(example) == []


def test_an_empty_draft_lists_what_is_missing() -> None:
    problems = _where(finalize_problems(_draft()))
    assert problems == [
        ("checkpoint", "missing"),
        ("lane", "missing"),
        ("direction", "missing"),
        ("conveyance_mode", "missing"),
        ("control_types", "missing"),
        ("trigger", "missing"),
        ("persons", "inspection.no_subject"),
        ("outcome", "missing"),
    ]  # started_at is not missing: new_draft sets it


def test_a_person_must_be_identified(example: Inspection) -> None:
    person = replace(example.persons[0], nationality=None, sex=None, document=None)
    problems = finalize_problems(replace(example, persons=(person, example.persons[1])))
    assert problems == [
        Problem("persons[0].sex", Code.MISSING),
        Problem("persons[0].nationality", Code.MISSING),
        Problem("persons[0].document", Code.MISSING),
    ]


def test_identifiers_are_validated_with_the_validators_codes(example: Inspection) -> None:
    person = replace(example.persons[1], nationality="QQQ", birth_date="1991-02-30")
    goods = replace(example.goods[0], hs_code="7700000000", currency=None)
    insp = replace(example, persons=(example.persons[0], person), goods=(goods,))
    problems = finalize_problems(insp)
    assert Problem("persons[1].nationality", Code.COUNTRY_UNKNOWN, {"value": "QQQ"}) in problems
    assert Problem("persons[1].birth_date", Code.DATE_UNREAL,
                   {"value": "1991-02-30", "partial": "yes"}) in problems
    assert Problem("goods[0].hs_code", Code.HS_CHAPTER,
                   {"value": "7700000000", "chapter": "77"}) in problems
    assert Problem("goods[0].currency", Code.MISSING) in problems


def test_a_birth_date_in_the_future_is_a_problem(example: Inspection) -> None:
    person = replace(example.persons[0], birth_date="2999")
    problems = finalize_problems(replace(example, persons=(person, example.persons[1])))
    assert problems == [Problem("persons[0].birth_date", Code.DATE_FUTURE, {"value": "2999"})]


def test_a_failed_mrz_check_needs_an_override_reason(example: Inspection) -> None:
    driver = example.persons[0]
    passport = driver.document
    assert passport is not None and passport.mrz is not None
    mrz = passport.mrz
    line2 = mrz.lines[1]
    wrong = "8" if line2[19] != "8" else "7"  # the birth date's check digit
    lines = (mrz.lines[0], line2[:19] + wrong + line2[20:])
    failed = MrzInfo.from_result(parse_mrz("\n".join(lines)))

    def with_mrz(new_mrz: MrzInfo) -> Inspection:
        document = replace(passport, mrz=new_mrz)
        return replace(example, persons=(replace(driver, document=document), example.persons[1]))

    assert finalize_problems(with_mrz(failed)) == [
        Problem("persons[0].document.mrz.override_reason", Code.MRZ_CHECKS_FAILED,
                {"fields": "birth_date, composite"}),
    ]
    forged = replace(failed, checks=mrz.checks, override_reason=None)
    assert finalize_problems(with_mrz(forged))[-1] == Problem(
        "persons[0].document.mrz.checks", Code.MRZ_CHECKS_MISMATCH)
    overridden = replace(failed, override_reason="Worn page; birth date checked on the data page.")
    assert finalize_problems(with_mrz(overridden)) == []


def test_mrz_lines_must_fit_the_format(example: Inspection) -> None:
    driver = example.persons[0]
    assert driver.document is not None and driver.document.mrz is not None
    short = replace(driver.document.mrz, format=MrzFormat.TD1)
    document = replace(driver.document, mrz=short)
    insp = replace(example, persons=(replace(driver, document=document),))
    assert finalize_problems(insp) == [Problem("persons[0].document.mrz.lines", Code.MRZ_SHAPE,
                                               {"format": "TD1", "lines": 3, "width": 30})]


def test_undeclared_cash_over_the_threshold_needs_a_currency_finding(example: Inspection) -> None:
    cash = CashDeclaration(amount=15000, currency="EUR", eur_equivalent=15000, declared=False)
    problems = finalize_problems(replace(example, cash=cash))
    assert problems == [Problem("cash.declared", Code.UNDECLARED_CASH, {"threshold": 10_000})]
    currency = Finding(
        id="019593b9-3ae6-7950-b996-b49510446934",
        risk_area=RiskArea.CURRENCY,
        commodity="Undeclared cash",
        quantity=15000,
        unit=example.findings[0].unit,
        concealment_method=example.findings[0].concealment_method,
        detection_method=example.findings[0].detection_method,
    )
    findings = (*example.findings, currency)
    assert finalize_problems(replace(example, cash=cash, findings=findings)) == []


def test_cash_below_the_threshold_need_not_be_declared(example: Inspection) -> None:
    cash = CashDeclaration(amount=9999.99, currency="EUR", eur_equivalent=9999.99, declared=False)
    assert finalize_problems(replace(example, cash=cash)) == []


def test_the_cash_carrier_must_be_one_of_the_persons(example: Inspection) -> None:
    cash = CashDeclaration(amount=10, currency="EUR", eur_equivalent=10, declared=True,
                           person_id="01959399-0000-7000-8000-000000000000")
    assert finalize_problems(replace(example, cash=cash)) == [
        Problem("cash.person_id", Code.UNKNOWN_CARRIER)]


def test_a_finding_must_name_photos_that_are_attached(example: Inspection) -> None:
    finding = replace(example.findings[0], attachment_ids=("01959399-0000-7000-8000-000000000000",))
    problems = finalize_problems(replace(example, findings=(finding,)))
    assert problems == [Problem("findings[0].attachment_ids", Code.PHOTOS_NOT_ATTACHED,
                                {"count": 1})]


def test_invalid_vehicle_and_consignment_identifiers_are_problems(example: Inspection) -> None:
    assert example.vehicle is not None and example.consignment is not None
    vehicle = replace(example.vehicle, registration_country=None, vin="XLRTEH43I0G254817")
    containers = (replace(example.consignment.containers[0], number="CSQU3054384"),)
    consignment = replace(example.consignment, containers=containers, consignor_eori="U",
                          declaration_mrn="25UA2050")
    problems = finalize_problems(replace(example, vehicle=vehicle, consignment=consignment))
    assert _where(problems) == [
        ("vehicle.registration_country", "missing"),
        ("vehicle.vin", "vin.letter"),
        ("consignment.containers[0].number", "container.check"),
        ("consignment.declaration_mrn", "mrn.form"),
        ("consignment.consignor_eori", "eori.country"),
    ]
    assert problems[1].params == {"value": "XLRTEH43I0G254817", "letter": "I", "position": 9}
    assert problems[2].params == {"value": "CSQU3054384", "found": "4", "expected": "3"}


def test_goods_need_a_quantity_that_is_not_negative(example: Inspection) -> None:
    none = replace(example.goods[0], declared_quantity=None, found_quantity=None)
    negative = replace(example.goods[0], declared_quantity=None, found_quantity=-1)
    assert _where(finalize_problems(replace(example, goods=(none, negative)))) == [
        ("goods[0].declared_quantity", "goods.no_quantity"),
        ("goods[1].found_quantity", "negative"),
    ]


# --- one vocabulary with the schema ----------------------------------------------------


def _schema_at(schema: dict[str, Any], parts: tuple[str | int, ...]) -> dict[str, Any] | None:
    """The subschema of inspection.v1 that describes the value at ``parts`` (or None)."""
    defs = schema.get("$defs", {})
    node: Any = schema
    for part in parts:
        node = _resolve(node, defs)
        if node is None:
            return None
        node = node.get("items") if isinstance(part, int) else node.get("properties", {}).get(part)
        if node is None:
            return None
    return _resolve(node, defs)


def _resolve(node: Any, defs: dict[str, Any]) -> Any:
    while isinstance(node, dict):
        if "$ref" in node and node["$ref"].startswith("#/$defs/"):
            node = defs[node["$ref"].removeprefix("#/$defs/")]
        elif "anyOf" in node or "oneOf" in node:
            options = [o for o in node.get("anyOf", node.get("oneOf")) if o != {"type": "null"}]
            node = options[0] if options else None
        else:
            return node
    return node


def test_every_problem_path_names_a_field_of_the_schema(example: Inspection) -> None:
    """The completeness rules and the JSON Schema speak of the same fields."""
    assert example.vehicle is not None and example.consignment is not None
    everything_wrong = replace(
        _draft(), amends="01959399-0000-7000-8000-000000000000", amendment_reason=" ",
        persons=tuple(replace(p, surname_latin=None, sex=None, nationality="XX",
                              birth_date="1-2") for p in example.persons),
        vehicle=replace(example.vehicle, vin="I" * 17, trailer_plate="AB",
                        trailer_registration_country=None),
        consignment=example.consignment, goods=example.goods, cash=CashDeclaration(),
        findings=(Finding(id="01959399-0000-7000-8000-000000000001"),))
    problems = finalize_problems(everything_wrong)
    assert len(problems) > 20
    schema = load_schema("inspection.v1")
    for problem in problems:
        assert _schema_at(schema, problem.parts) is not None, problem


def test_paths_are_written_and_read_back() -> None:
    assert path("persons", 0, "document", "number") == "persons[0].document.number"
    assert path_parts("consignment.containers[2].seals") == ("consignment", "containers", 2,
                                                             "seals")
    assert Problem("goods[10].unit", Code.MISSING).pointer == "/goods/10/unit"
    assert Problem("", Code.NO_SUBJECT).pointer == "/"


def test_a_vin_gets_its_warnings_from_the_domain_however_it_is_made() -> None:
    european = "WVWZZZ1JZXW000001"  # position 9 is not the check digit; allowed in Europe
    assert Vehicle(vin=european).vin_warnings  # the form, an import, the demo alike
    assert Vehicle(vin="1M8GDM9AXKP042788").vin_warnings == ()  # a correct check digit
    assert Vehicle(vin=european, vin_warnings=("kept",)).vin_warnings == ("kept",)


def test_an_impossible_mrz_field_needs_an_override_reason(example: Inspection) -> None:
    driver = example.persons[0]
    assert driver.document is not None and driver.document.mrz is not None
    mrz = driver.document.mrz
    line2 = mrz.lines[1]
    sex = "Q" if line2[20] != "Q" else "Z"
    lines = (mrz.lines[0], line2[:20] + sex + line2[21:])  # the sex has no check digit
    read = MrzInfo.from_result(parse_mrz("\n".join(lines)))
    document = replace(driver.document, mrz=read)
    insp = replace(example, persons=(replace(driver, document=document), example.persons[1]))
    assert finalize_problems(insp) == [Problem(
        "persons[0].document.mrz.override_reason", Code.MRZ_SEX,
        {"value": sex, "mrz_field": "sex"})]
    overridden = replace(read, override_reason="Sex field misprinted; checked on the data page.")
    document = replace(driver.document, mrz=overridden)
    insp = replace(example, persons=(replace(driver, document=document), example.persons[1]))
    assert finalize_problems(insp) == []
