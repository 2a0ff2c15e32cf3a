"""What each part of an inspection needs before the record may be finalized.

The JSON Schema only says what a well-formed document looks like (a draft may be
almost empty); these rules say what a *finished* one must contain, and check every
identifier with the ``checkpoint.documents`` validators. Each function returns
sentences that start with the part they are about (``"Person 1: sex is missing."``)
so that the GUI can show them as a list the officer works through.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from checkpoint.documents import (
    parse_mrz,
    validate_container,
    validate_country,
    validate_currency,
    validate_eori,
    validate_hs,
    validate_vin,
)
from checkpoint.domain.conveyance import Consignment, Vehicle
from checkpoint.domain.dates import date_problem
from checkpoint.domain.goods import CashDeclaration, Finding, GoodsLine, RiskArea
from checkpoint.domain.names import unsafe_character
from checkpoint.domain.parties import MrzInfo, Person, TravelDocument
from checkpoint.errors import ValidationError

#: Movement Reference Number: year, country, 12 characters, procedure letter, check.
MRN_RE = re.compile(r"^[0-9]{2}[A-Z]{2}[A-Z0-9]{14}$")
#: The years a birth date or a document's expiry can plausibly fall in.
PLAUSIBLE_YEARS = range(1880, 2151)


class Problems:
    """Collects the sentences about one part of the record (its ``label``)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.items: list[str] = []

    def add(self, text: str) -> None:
        self.items.append(f"{self.label}: {text}")

    def missing(self, field: str, value: object) -> bool:
        """Add "<field> is missing." when ``value`` is empty; tell whether it was."""
        empty = value is None or (isinstance(value, str) and not value.strip())
        if empty:
            self.add(f"{field} is missing.")
        return empty

    def required(self, field: str, value: str | None, check: Callable[[str], object]) -> None:
        """Require ``value`` and validate it with ``check``."""
        if not self.missing(field, value):
            self.valid(field, value, check)

    def valid(self, field: str, value: str | None, check: Callable[[str], object]) -> None:
        """Validate ``value`` with ``check`` when it is given."""
        if value is None or not value.strip():
            return
        try:
            check(value)
        except ValidationError as e:
            self.invalid(field, str(e))

    def invalid(self, field: str, reason: str) -> None:
        """Add "<field> is invalid. <Reason>." (the reason is the validator's sentence)."""
        reason = reason.strip()
        reason = reason[:1].upper() + reason[1:]
        end = "" if reason.endswith((".", "?", "!")) else "."
        self.add(f"{field} is invalid. {reason}{end}")


def _check_date(p: Problems, field: str, text: str | None, *, partial: bool = False) -> None:
    if text:
        reason = date_problem(text, partial=partial)
        if reason:
            p.invalid(field, reason)
        elif int(text[:4]) not in PLAUSIBLE_YEARS:
            p.invalid(field, f"the year is outside {PLAUSIBLE_YEARS[0]}-{PLAUSIBLE_YEARS[-1]}")


def _check_characters(p: Problems, fields: dict[str, str | None]) -> None:
    """Refuse control and bidirectional-override characters in names (see domain.names)."""
    for field, text in fields.items():
        found = unsafe_character(text) if text else None
        if found is not None:
            p.invalid(field, f"it holds the control character {found}")


def person_problems(person: Person, number: int) -> list[str]:
    p = Problems(f"Person {number}")
    p.missing("surname in Latin script", person.surname_latin)
    _check_characters(p, {"surname": person.surname, "given names": person.given_names,
                          "surname in Latin script": person.surname_latin,
                          "given names in Latin script": person.given_names_latin})
    _check_date(p, "birth date", person.birth_date, partial=True)
    birth = person.birth_date
    known = birth is not None and date_problem(birth, partial=True) is None
    if known and str(birth) > date.today().isoformat()[: len(str(birth))]:
        p.add("birth date is in the future.")
    p.missing("sex", person.sex)
    p.required("nationality", person.nationality, validate_country)
    if person.document is None:
        p.add("travel document is missing.")
        return p.items
    return p.items + document_problems(person.document, f"Person {number} document")


def document_problems(document: TravelDocument, label: str) -> list[str]:
    p = Problems(label)
    p.missing("type", document.type)
    p.required("issuing state", document.issuing_state, validate_country)
    p.missing("number", document.number)
    _check_date(p, "expiry", document.expiry)
    if document.mrz is not None:
        p.items += mrz_problems(document.mrz, f"{label} MRZ")
    return p.items


def mrz_problems(mrz: MrzInfo, label: str) -> list[str]:
    p = Problems(label)
    count, width = mrz.format.shape
    if len(mrz.lines) != count or any(len(line) != width for line in mrz.lines):
        p.add(f"{mrz.format.value} needs {count} lines of {width} characters.")
        return p.items
    # the lines are the evidence: recompute the checks rather than trust the stored ones
    try:
        result = parse_mrz("\n".join(mrz.lines))
    except ValidationError as e:
        p.add(f"the lines cannot be read ({e}).")
        return p.items
    if not (mrz.override_reason or "").strip():
        failed = [check.field for check in result.checks if not check.ok]
        if failed:
            p.add(f"check digits failed ({', '.join(failed)}); give an override reason "
                  "to accept it.")
        for problem in result.problems:
            p.add(f"{problem} Give an override reason to accept it.")
    stored = {(c.field, c.ok) for c in mrz.checks}
    if stored and stored != {(c.field, c.ok) for c in result.checks}:
        p.add("the recorded check-digit results do not match the lines.")
    return p.items


def vehicle_problems(vehicle: Vehicle) -> list[str]:
    p = Problems("Vehicle")
    if not (vehicle.plate or vehicle.vin or vehicle.imo_number or vehicle.journey_number):
        p.add("plate, VIN, IMO number or journey number is missing.")
    if vehicle.plate:
        p.required("registration country", vehicle.registration_country, validate_country)
    p.valid("VIN", vehicle.vin, validate_vin)
    if vehicle.trailer_plate:
        p.required(
            "trailer registration country", vehicle.trailer_registration_country, validate_country
        )
    return p.items


def consignment_problems(consignment: Consignment) -> list[str]:
    p = Problems("Consignment")
    for index, container in enumerate(consignment.containers, 1):
        c = Problems(f"Container {index}")
        c.required("number", container.number, validate_container)
        if any(not seal.strip() for seal in container.seals):
            c.add("a seal number is empty.")
        p.items += c.items
    transport = consignment.transport_document
    if transport is not None:
        t = Problems("Transport document")
        t.missing("type", transport.type)
        t.missing("number", transport.number)
        p.items += t.items
    p.valid("declaration MRN", consignment.declaration_mrn, _validate_mrn)
    p.valid("consignor EORI", consignment.consignor_eori, validate_eori)
    p.valid("consignee EORI", consignment.consignee_eori, validate_eori)
    return p.items


def _validate_mrn(mrn: str) -> str:
    if MRN_RE.fullmatch(mrn) is None:
        raise ValidationError(f"{mrn!r} is not an 18-character MRN like 25UA205050000123E0")
    return mrn


def goods_problems(line: GoodsLine, number: int) -> list[str]:
    p = Problems(f"Goods line {number}")
    p.required("HS code", line.hs_code, validate_hs)
    p.missing("description", line.description)
    quantities = [q for q in (line.declared_quantity, line.found_quantity) if q is not None]
    if not quantities:
        p.add("declared or found quantity is missing.")
    elif line.unit is None:
        p.add("unit is missing.")
    if any(q < 0 for q in quantities):
        p.add("a quantity is negative.")
    if line.value is not None:
        p.required("currency", line.currency, validate_currency)
    p.valid("origin", line.origin, validate_country)
    return p.items


def cash_problems(cash: CashDeclaration, findings: Iterable[Finding]) -> list[str]:
    p = Problems("Cash")
    p.missing("amount", cash.amount)
    p.required("currency", cash.currency, validate_currency)
    p.missing("EUR equivalent", cash.eur_equivalent)
    if cash.declared is None:
        p.add("say whether the cash was declared.")
    elif not cash.declared and cash.over_threshold and not _has_currency_finding(findings):
        p.add(
            "undeclared cash of 10,000 EUR or more (Reg. (EU) 2018/1672) needs a finding "
            "with risk area currency."
        )
    return p.items


def _has_currency_finding(findings: Iterable[Finding]) -> bool:
    return any(finding.risk_area is RiskArea.CURRENCY for finding in findings)


def finding_problems(finding: Finding, number: int, attachment_ids: set[str]) -> list[str]:
    p = Problems(f"Finding {number}")
    p.missing("risk area", finding.risk_area)
    p.missing("commodity", finding.commodity)
    if not p.missing("quantity", finding.quantity) and finding.unit is None:
        p.add("unit is missing.")
    p.missing("concealment method", finding.concealment_method)
    p.missing("detection method", finding.detection_method)
    unknown = [ident for ident in finding.attachment_ids if ident not in attachment_ids]
    if unknown:
        p.add(f"refers to {len(unknown)} photo(s) that are not attached.")
    return p.items
