"""What each part of an inspection needs before the record may be finalized.

The JSON Schema only says what a well-formed document looks like (a draft may be
almost empty); these rules say what a *finished* one must contain, and check every
identifier with the ``checkpoint.documents`` validators. Each function returns
:class:`~checkpoint.errors.Problem` values: the path of the value in the
``inspection.v1`` document (``persons[0].document.number``, the field names the
schema uses), a :class:`~checkpoint.errors.Code` and its params. Nothing here is a
sentence: the GUI words each code in the officer's language and goes to the field
by its path; the CLI words it for a terminal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from checkpoint.documents import (
    parse_mrz,
    validate_container,
    validate_country,
    validate_currency,
    validate_eori,
    validate_hs,
    validate_mrn,
    validate_vin,
)
from checkpoint.domain.conveyance import Consignment, Vehicle
from checkpoint.domain.dates import check_date, date_problem
from checkpoint.domain.goods import (
    CASH_THRESHOLD_EUR,
    CashDeclaration,
    Finding,
    GoodsLine,
    RiskArea,
)
from checkpoint.domain.parties import MrzInfo, Person, TravelDocument
from checkpoint.errors import Code, Param, Problem, ValidationError, path


class Problems:
    """Collects the problems of one part of the record, whose path is ``where``."""

    def __init__(self, *where: str | int) -> None:
        self.where = path(*where)
        self.items: list[Problem] = []

    def add(self, field: str | int | None, code: str, **params: Param) -> None:
        """A problem with ``field`` of this part (``None``: the part as a whole)."""
        at = self.where if field is None else path(self.where, field)
        self.items.append(Problem(at, code, params))

    def missing(self, field: str, value: object) -> bool:
        """Add a ``missing`` problem when ``value`` is empty; tell whether it was."""
        empty = value is None or (isinstance(value, str) and not value.strip())
        if empty:
            self.add(field, Code.MISSING)
        return empty

    def required(self, field: str, value: str | None, check: Callable[[str], object]) -> None:
        """Require ``value`` and validate it with ``check``."""
        if not self.missing(field, value):
            self.valid(field, value, check)

    def valid(self, field: str, value: str | None, check: Callable[[str], object]) -> None:
        """Validate ``value`` with ``check`` when it is given: its error becomes a problem
        with the validator's code and params."""
        if value is None or not value.strip():
            return
        try:
            check(value)
        except ValidationError as e:
            params = e.params if e.code != Code.INVALID else {**e.params, "detail": str(e)}
            self.add(field, e.code, **params)

    def extend(self, problems: Iterable[Problem]) -> None:
        self.items.extend(problems)


def _partial_date(text: str) -> str:
    return check_date(text, partial=True)


#: A document expiring within this many days is warned about: the Schengen Borders Code
#: (Art. 6(1)(a)) wants three months of validity beyond the intended departure.
EXPIRES_SOON_DAYS = 90


def as_presented(document: TravelDocument | None) -> str | None:
    """The reason the officer gave to record the document as presented (a specimen, a
    forgery, a damaged zone): the MRZ override reason. With it, the document's own
    codes (issuing state, nationality) and check digits warn instead of blocking."""
    if document is None or document.mrz is None:
        return None
    return (document.mrz.override_reason or "").strip() or None


def document_warnings(document: TravelDocument, where: str, today: date) -> list[Problem]:
    """What to warn about (and record) for a document: expired, expiring within
    :data:`EXPIRES_SOON_DAYS`, recorded as presented."""
    p = Problems(where)
    expiry = document.expiry
    if expiry and date_problem(expiry, partial=False) is None:
        days = (date.fromisoformat(expiry) - today).days
        if days < 0:
            p.add("expiry", Code.DOC_EXPIRED, expiry=expiry)
        elif days <= EXPIRES_SOON_DAYS:
            p.add("expiry", Code.DOC_EXPIRES_SOON, expiry=expiry, days=days)
    reason = as_presented(document)
    if reason:
        p.add("mrz.override_reason", Code.DOC_AS_PRESENTED, reason=reason)
    return p.items


def person_problems(person: Person, index: int) -> list[Problem]:
    """The problems of ``persons[index]``."""
    p = Problems("persons", index)
    p.missing("surname_latin", person.surname_latin)
    p.valid("birth_date", person.birth_date, _partial_date)
    birth = person.birth_date
    known = birth is not None and date_problem(birth, partial=True) is None
    if known and str(birth) > date.today().isoformat()[: len(str(birth))]:
        p.add("birth_date", Code.DATE_FUTURE, value=str(birth))
    p.missing("sex", person.sex)
    if as_presented(person.document):  # a specimen's UTO is what the document says
        p.missing("nationality", person.nationality)
    else:
        p.required("nationality", person.nationality, validate_country)
    if person.document is None:
        p.add("document", Code.MISSING)
    else:
        p.extend(document_problems(person.document, path("persons", index, "document")))
    return p.items


def document_problems(document: TravelDocument, where: str) -> list[Problem]:
    p = Problems(where)
    p.missing("type", document.type)
    if as_presented(document):
        p.missing("issuing_state", document.issuing_state)
    else:
        p.required("issuing_state", document.issuing_state, validate_country)
    p.missing("number", document.number)
    p.valid("expiry", document.expiry, check_date)
    if document.mrz is not None:
        p.extend(mrz_problems(document.mrz, path(where, "mrz")))
    return p.items


def mrz_problems(mrz: MrzInfo, where: str) -> list[Problem]:
    p = Problems(where)
    count, width = mrz.format.shape
    if len(mrz.lines) != count or any(len(line) != width for line in mrz.lines):
        p.add("lines", Code.MRZ_SHAPE, format=mrz.format.value, lines=count, width=width)
        return p.items
    # the lines are the evidence: recompute the checks rather than trust the stored ones
    try:
        result = parse_mrz("\n".join(mrz.lines))
    except ValidationError as e:
        p.add("lines", e.code, **e.params)
        return p.items
    if not (mrz.override_reason or "").strip():
        failed = [check.field for check in result.checks if not check.ok]
        if failed:
            p.add("override_reason", Code.MRZ_CHECKS_FAILED, fields=", ".join(failed))
        for finding in result.problems:  # the field is the MRZ's: it goes into the params
            p.add("override_reason", finding.code, **{**finding.params, "mrz_field": finding.path})
    stored = {(c.field, c.ok) for c in mrz.checks}
    if stored and stored != {(c.field, c.ok) for c in result.checks}:
        p.add("checks", Code.MRZ_CHECKS_MISMATCH)
    return p.items


def vehicle_problems(vehicle: Vehicle) -> list[Problem]:
    p = Problems("vehicle")
    if not (vehicle.plate or vehicle.vin or vehicle.imo_number or vehicle.journey_number):
        p.add("plate", Code.NO_VEHICLE_ID)
    if vehicle.plate:
        p.required("registration_country", vehicle.registration_country, validate_country)
    p.valid("vin", vehicle.vin, validate_vin)
    if vehicle.trailer_plate:
        p.required(
            "trailer_registration_country", vehicle.trailer_registration_country, validate_country
        )
    return p.items


def consignment_problems(consignment: Consignment) -> list[Problem]:
    p = Problems("consignment")
    for index, container in enumerate(consignment.containers):
        c = Problems("consignment", "containers", index)
        c.required("number", container.number, validate_container)
        if any(not seal.strip() for seal in container.seals):
            c.add("seals", Code.EMPTY_ENTRY)
        p.extend(c.items)
    transport = consignment.transport_document
    if transport is not None:
        t = Problems("consignment", "transport_document")
        t.missing("type", transport.type)
        t.missing("number", transport.number)
        p.extend(t.items)
    p.valid("declaration_mrn", consignment.declaration_mrn, validate_mrn)
    p.valid("consignor_eori", consignment.consignor_eori, validate_eori)
    p.valid("consignee_eori", consignment.consignee_eori, validate_eori)
    return p.items


def goods_problems(line: GoodsLine, index: int) -> list[Problem]:
    """The problems of ``goods[index]``."""
    p = Problems("goods", index)
    p.required("hs_code", line.hs_code, validate_hs)
    p.missing("description", line.description)
    quantities = {"declared_quantity": line.declared_quantity,
                  "found_quantity": line.found_quantity}
    given = {name: q for name, q in quantities.items() if q is not None}
    if not given:
        p.add("declared_quantity", Code.NO_QUANTITY)
    elif line.unit is None:
        p.add("unit", Code.MISSING)
    negative = [name for name, q in given.items() if q < 0]
    if negative:
        p.add(negative[0], Code.NEGATIVE)
    if line.value is not None:
        p.required("currency", line.currency, validate_currency)
    p.valid("origin", line.origin, validate_country)
    return p.items


def cash_problems(cash: CashDeclaration, findings: Iterable[Finding]) -> list[Problem]:
    p = Problems("cash")
    if cash.currencies:  # several currencies: each line, then the total
        for index, line in enumerate(cash.currencies):
            c = Problems("cash", "currencies", index)
            c.missing("amount", line.amount)
            c.required("currency", line.currency, validate_currency)
            p.extend(c.items)
    else:
        p.missing("amount", cash.amount)
        p.required("currency", cash.currency, validate_currency)
    p.missing("eur_equivalent", cash.eur_equivalent)
    if cash.declared is None:
        p.add("declared", Code.MISSING)
    elif not cash.declared and cash.over_threshold and not _has_currency_finding(findings):
        p.add("declared", Code.UNDECLARED_CASH, threshold=CASH_THRESHOLD_EUR)
    return p.items


def _has_currency_finding(findings: Iterable[Finding]) -> bool:
    return any(finding.risk_area is RiskArea.CURRENCY for finding in findings)


def finding_problems(finding: Finding, index: int, attachment_ids: set[str]) -> list[Problem]:
    """The problems of ``findings[index]``."""
    p = Problems("findings", index)
    p.missing("risk_area", finding.risk_area)
    p.missing("commodity", finding.commodity)
    banknotes = finding.risk_area is RiskArea.CURRENCY  # an amount: no unit to give
    if not p.missing("quantity", finding.quantity) and finding.unit is None and not banknotes:
        p.add("unit", Code.MISSING)
    p.missing("concealment_method", finding.concealment_method)
    p.missing("detection_method", finding.detection_method)
    unknown = [ident for ident in finding.attachment_ids if ident not in attachment_ids]
    if unknown:
        p.add("attachment_ids", Code.PHOTOS_NOT_ATTACHED, count=len(unknown))
    return p.items
