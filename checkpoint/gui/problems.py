"""How the app words a :class:`~checkpoint.errors.Problem`: place, field and code, translated.

The core says *where* (a path into the record's document, ``persons[0].nationality``)
and *what* (a code with params); this module turns that into the officer's
language through Qt's translation, e.g. ``Person 1: nationality is missing.`` or
``Особа 1: громадянство — не вказано.``. Going to the field uses the path, never
these words.

The tables hold English source text that lupdate collects
(``QT_TRANSLATE_NOOP``) and :func:`tr` translates when it is shown:

- :data:`PLACES`: a path's named parts without indexes (``persons.document``) → the
  place's name, ``%n`` for its number (the last index + 1);
- :data:`FIELDS`: a field's name in the document (``birth_date``) → its name for a person;
- :data:`SENTENCES`: a code → the sentence, ``{field}`` and the params as placeholders;
  :data:`FIELD_SENTENCES` overrides it for one field.

:func:`problem_text` words a problem (``record`` names the record as a whole for a kind
other than the inspection); :func:`value_sentence` words a validator's error next to a
field; :func:`mrz_text` a finding of the MRZ reader.

A new record kind adds its places and any new fields here; a new code adds its sentence
(``tests/gui/test_problems.py`` fails when a code has no sentence, or a sentence no
Ukrainian).
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter
from typing import Any

from PySide6.QtCore import QCoreApplication

from checkpoint.errors import Code, Param, Problem

CONTEXT = "Problems"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context``; :func:`tr` translates it when shown."""
    return source


PLACES: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("Problems", "Inspection"),
    "handover": QT_TRANSLATE_NOOP("Problems", "Handover"),
    "targets": QT_TRANSLATE_NOOP("Problems", "Target %n"),
    "persons": QT_TRANSLATE_NOOP("Problems", "Person %n"),
    "persons.document": QT_TRANSLATE_NOOP("Problems", "Person %n document"),
    "persons.document.mrz": QT_TRANSLATE_NOOP("Problems", "Person %n document MRZ"),
    "vehicle": QT_TRANSLATE_NOOP("Problems", "Vehicle"),
    "consignment": QT_TRANSLATE_NOOP("Problems", "Consignment"),
    "consignment.containers": QT_TRANSLATE_NOOP("Problems", "Container %n"),
    "consignment.transport_document": QT_TRANSLATE_NOOP("Problems", "Transport document"),
    "goods": QT_TRANSLATE_NOOP("Problems", "Goods line %n"),
    "cash": QT_TRANSLATE_NOOP("Problems", "Cash"),
    "findings": QT_TRANSLATE_NOOP("Problems", "Finding %n"),
    # offence cases and referrals (their persons are "persons" too)
    "items": QT_TRANSLATE_NOOP("Problems", "Seized item %n"),
    "finding_ids": QT_TRANSLATE_NOOP("Problems", "Linked finding %n"),
    "marking": QT_TRANSLATE_NOOP("Problems", "Marking"),
    "review": QT_TRANSLATE_NOOP("Problems", "Decision"),
}

FIELDS: dict[str, str] = {
    "checkpoint": QT_TRANSLATE_NOOP("Problems", "checkpoint"),
    "lane": QT_TRANSLATE_NOOP("Problems", "lane"),
    "direction": QT_TRANSLATE_NOOP("Problems", "direction"),
    "conveyance_mode": QT_TRANSLATE_NOOP("Problems", "conveyance mode"),
    "control_types": QT_TRANSLATE_NOOP("Problems", "control type"),
    "trigger": QT_TRANSLATE_NOOP("Problems", "trigger"),
    "started_at": QT_TRANSLATE_NOOP("Problems", "start time"),
    "outcome": QT_TRANSLATE_NOOP("Problems", "outcome"),
    "amendment_reason": QT_TRANSLATE_NOOP("Problems", "amendment reason"),
    "author": QT_TRANSLATE_NOOP("Problems", "author"),
    "device_id": QT_TRANSLATE_NOOP("Problems", "device id"),
    "surname_latin": QT_TRANSLATE_NOOP("Problems", "surname in Latin script"),
    "birth_date": QT_TRANSLATE_NOOP("Problems", "birth date"),
    "sex": QT_TRANSLATE_NOOP("Problems", "sex"),
    "nationality": QT_TRANSLATE_NOOP("Problems", "nationality"),
    "document": QT_TRANSLATE_NOOP("Problems", "travel document"),
    "type": QT_TRANSLATE_NOOP("Problems", "type"),
    "issuing_state": QT_TRANSLATE_NOOP("Problems", "issuing state"),
    "number": QT_TRANSLATE_NOOP("Problems", "number"),
    "expiry": QT_TRANSLATE_NOOP("Problems", "expiry"),
    "plate": QT_TRANSLATE_NOOP("Problems", "plate"),
    "registration_country": QT_TRANSLATE_NOOP("Problems", "registration country"),
    "vin": QT_TRANSLATE_NOOP("Problems", "VIN"),
    "trailer_registration_country": QT_TRANSLATE_NOOP("Problems",
                                                      "trailer registration country"),
    "seals": QT_TRANSLATE_NOOP("Problems", "seals"),
    "declaration_mrn": QT_TRANSLATE_NOOP("Problems", "declaration MRN"),
    "consignor_eori": QT_TRANSLATE_NOOP("Problems", "consignor EORI"),
    "consignee_eori": QT_TRANSLATE_NOOP("Problems", "consignee EORI"),
    "hs_code": QT_TRANSLATE_NOOP("Problems", "HS code"),
    "description": QT_TRANSLATE_NOOP("Problems", "description"),
    "declared_quantity": QT_TRANSLATE_NOOP("Problems", "declared quantity"),
    "found_quantity": QT_TRANSLATE_NOOP("Problems", "found quantity"),
    "unit": QT_TRANSLATE_NOOP("Problems", "unit"),
    "currency": QT_TRANSLATE_NOOP("Problems", "currency"),
    "origin": QT_TRANSLATE_NOOP("Problems", "origin"),
    "amount": QT_TRANSLATE_NOOP("Problems", "amount"),
    "eur_equivalent": QT_TRANSLATE_NOOP("Problems", "EUR equivalent"),
    "declared": QT_TRANSLATE_NOOP("Problems", "declared"),
    "person_id": QT_TRANSLATE_NOOP("Problems", "carrier"),
    "risk_area": QT_TRANSLATE_NOOP("Problems", "risk area"),
    "commodity": QT_TRANSLATE_NOOP("Problems", "commodity"),
    "quantity": QT_TRANSLATE_NOOP("Problems", "quantity"),
    "concealment_method": QT_TRANSLATE_NOOP("Problems", "concealment method"),
    "detection_method": QT_TRANSLATE_NOOP("Problems", "detection method"),
    "attachment_ids": QT_TRANSLATE_NOOP("Problems", "photos"),
    # offence cases, custody and referrals
    "id": QT_TRANSLATE_NOOP("Problems", "id"),
    "kind": QT_TRANSLATE_NOOP("Problems", "kind of case"),
    "legal_basis": QT_TRANSLATE_NOOP("Problems", "legal basis"),
    "occurred_at": QT_TRANSLATE_NOOP("Problems", "time of the offence"),
    "place": QT_TRANSLATE_NOOP("Problems", "place"),
    "persons": QT_TRANSLATE_NOOP("Problems", "persons"),
    "surname": QT_TRANSLATE_NOOP("Problems", "surname"),
    "given_names": QT_TRANSLATE_NOOP("Problems", "given names"),
    "holder": QT_TRANSLATE_NOOP("Problems", "holder"),
    "value": QT_TRANSLATE_NOOP("Problems", "value"),
    "seal_numbers": QT_TRANSLATE_NOOP("Problems", "seal numbers"),
    "restrictions": QT_TRANSLATE_NOOP("Problems", "restrictions"),
    "agency": QT_TRANSLATE_NOOP("Problems", "agency"),
    "reason": QT_TRANSLATE_NOOP("Problems", "reason"),
    "deadline": QT_TRANSLATE_NOOP("Problems", "deadline"),
    "agency_reference": QT_TRANSLATE_NOOP("Problems", "agency's reference"),
    "status": QT_TRANSLATE_NOOP("Problems", "status"),
    "from_custodian": QT_TRANSLATE_NOOP("Problems", "handed over by"),
    "to_custodian": QT_TRANSLATE_NOOP("Problems", "taken over by"),
    "sequence": QT_TRANSLATE_NOOP("Problems", "entry number"),
    "action": QT_TRANSLATE_NOOP("Problems", "action"),
    "item_id": QT_TRANSLATE_NOOP("Problems", "seized item"),
    "officers": QT_TRANSLATE_NOOP("Problems", "officers on duty"),
    "lanes": QT_TRANSLATE_NOOP("Problems", "lanes"),
    "supervisor": QT_TRANSLATE_NOOP("Problems", "supervisor"),
    "note": QT_TRANSLATE_NOOP("Problems", "note"),
    "open_items": QT_TRANSLATE_NOOP("Problems", "open items"),
    "remarks": QT_TRANSLATE_NOOP("Problems", "remarks"),
}

SENTENCES: dict[str, str] = {
    Code.INVALID: QT_TRANSLATE_NOOP("Problems", "{field} is invalid: {detail}"),
    Code.MISSING: QT_TRANSLATE_NOOP("Problems", "{field} is missing."),
    Code.DATE_FORM: QT_TRANSLATE_NOOP("Problems",
                                      "{field}: {value} is not a date of the form {form}."),
    Code.DATE_UNREAL: QT_TRANSLATE_NOOP("Problems", "{field}: {value} is not a real date."),
    Code.DATE_FUTURE: QT_TRANSLATE_NOOP("Problems", "{field} is in the future."),
    Code.COUNTRY_SPECIMEN: QT_TRANSLATE_NOOP(
        "Problems", "{field}: UTO (Utopia) is the ICAO specimen state, not a real country."),
    Code.COUNTRY_ALPHA2: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} is a two-letter code; use the three-letter code {alpha3}."),
    Code.COUNTRY_UNKNOWN: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} is not an ISO 3166-1 alpha-3 or ICAO country code."),
    Code.CURRENCY_FORM: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} is not 3 letters (ISO 4217), e.g. EUR."),
    Code.CURRENCY_UNKNOWN: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} is not an ISO 4217 currency code."),
    Code.HS_FORM: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} may hold only digits (and dots or spaces)."),
    Code.HS_LENGTH: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} has {digits} digits; give 6, 8 or 10."),
    Code.HS_CHAPTER: QT_TRANSLATE_NOOP(
        "Problems", "{field}: there is no chapter {chapter} (chapters run from 01 to 97, "
                    "and 77 is reserved)."),
    Code.EORI_COUNTRY: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} must start with a two-letter country code "
                    "(e.g. DE, FR, XI)."),
    Code.EORI_FORM: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} must be a country code and then 1 to 15 letters "
                    "or digits."),
    Code.CONTAINER_FORM: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} is not an ISO 6346 number (3-letter owner code, "
                    "category letter, 6-digit serial, check digit)."),
    Code.CONTAINER_CATEGORY: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} has category letter {category}; it must be U, J or Z."),
    Code.CONTAINER_CHECK: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} has check digit {found}; it should be {expected}. "
                    "Compare the number with the one on the container."),
    Code.VIN_LENGTH: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} has {length} characters; a VIN has 17."),
    Code.VIN_LETTER: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} has {letter} at position {position}; VINs never use "
                    "I, O or Q."),
    Code.VIN_CHARACTER: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} has {letter} at position {position}; a VIN holds only "
                    "A–Z and 0–9."),
    Code.VIN_CHECK: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} has check digit {found} at position 9; it should be "
                    "{expected}. North American VINs must carry a correct check digit."),
    Code.MRN_FORM: QT_TRANSLATE_NOOP(
        "Problems", "{field}: an MRN has 18 characters, like 25UA205050000123E0."),
    Code.NEGATIVE: QT_TRANSLATE_NOOP("Problems", "{field} is negative."),
    Code.TOO_LONG: QT_TRANSLATE_NOOP("Problems",
                                     "{field} is longer than {maximum} characters."),
    Code.TOO_MANY: QT_TRANSLATE_NOOP("Problems", "{field}: at most {maximum} may be named."),
    Code.NOT_ONE_OF: QT_TRANSLATE_NOOP("Problems",
                                       "{field}: {value} is not one of {choices}."),
    Code.EMPTY_ENTRY: QT_TRANSLATE_NOOP("Problems", "{field}: an entry is empty."),
    Code.NO_SUBJECT: QT_TRANSLATE_NOOP(
        "Problems", "record at least one person, the vehicle or the consignment."),
    Code.NO_VEHICLE_ID: QT_TRANSLATE_NOOP(
        "Problems", "plate, VIN, IMO number or journey number is missing."),
    Code.NO_QUANTITY: QT_TRANSLATE_NOOP("Problems", "declared or found quantity is missing."),
    Code.UNDECLARED_CASH: QT_TRANSLATE_NOOP(
        "Problems", "undeclared cash of {threshold} EUR or more (Reg. (EU) 2018/1672) needs "
                    "a finding with risk area currency."),
    Code.UNKNOWN_CARRIER: QT_TRANSLATE_NOOP(
        "Problems", "the carrier is not one of the inspection's persons."),
    Code.PHOTOS_NOT_ATTACHED: QT_TRANSLATE_NOOP(
        "Problems", "refers to {count} photo(s) that are not attached."),
    Code.MRZ_SHAPE: QT_TRANSLATE_NOOP("Problems",
                                      "{format} needs {lines} lines of {width} characters."),
    Code.MRZ_CHECKS_FAILED: QT_TRANSLATE_NOOP(
        "Problems", "check digits failed ({fields}); give an override reason to accept it."),
    Code.MRZ_CHECKS_MISMATCH: QT_TRANSLATE_NOOP(
        "Problems", "the recorded check-digit results do not match the lines."),
    Code.DOC_EXPIRED: QT_TRANSLATE_NOOP("Problems", "the document expired on {expiry}."),
    Code.DOC_EXPIRES_SOON: QT_TRANSLATE_NOOP(
        "Problems", "the document expires on {expiry}, in {days} day(s)."),
    Code.DOC_AS_PRESENTED: QT_TRANSLATE_NOOP(
        "Problems", "recorded as presented: {reason}."),
    Code.MRZ_NOTHING: QT_TRANSLATE_NOOP(
        "Mrz", "Nothing was read. Scan the machine-readable zone again."),
    Code.MRZ_CYRILLIC: QT_TRANSLATE_NOOP(
        "Mrz", "The reader typed Cyrillic letters: the keyboard layout is not English. "
               "Switch the layout to English and scan the document again."),
    Code.MRZ_LINE_COUNT: QT_TRANSLATE_NOOP(
        "Mrz", "Lines read: {count}. A machine-readable zone has 2 lines (passport, visa) "
               "or 3 (ID card). Scan the machine-readable zone again."),
    Code.MRZ_LINE_LENGTH: QT_TRANSLATE_NOOP(
        "Mrz", "Line {line} has {length} characters; a line of a machine-readable zone has "
               "44 (passport), 36 (TD2) or 30 (ID card). Scan the machine-readable zone "
               "again."),
    Code.MRZ_MIXED_LINES: QT_TRANSLATE_NOOP(
        "Mrz", "Line {line} has {length} characters but line {other_line} has "
               "{other_length}: the lines come from different documents or scans. Scan the "
               "document again."),
    Code.MRZ_CHARACTER: QT_TRANSLATE_NOOP(
        "Mrz", "Line {line}, position {position} holds {character}, which cannot appear in "
               "a machine-readable zone (only A–Z, 0–9 and <). If the reader typed it, check "
               "that the keyboard layout is English (US)."),
    Code.MRZ_NOT_LETTERS: QT_TRANSLATE_NOOP("Mrz", "{mrz_field}: {value} is not a code of "
                                                   "letters."),
    Code.MRZ_SEX: QT_TRANSLATE_NOOP("Mrz", "The sex field holds {value}; it must be M, F or <."),
    Code.MRZ_NAME_DIGITS: QT_TRANSLATE_NOOP("Mrz", "The name field {value} contains digits."),
    Code.MRZ_DATE: QT_TRANSLATE_NOOP("Mrz", "{mrz_field}: {value} is not a date (YYMMDD)."),
    Code.MRZ_MONTH: QT_TRANSLATE_NOOP("Mrz", "{mrz_field}: {value} has no month {month}."),
    Code.MRZ_DAY: QT_TRANSLATE_NOOP("Mrz",
                                    "{mrz_field}: {value} has no day {day} in month {month}."),
    Code.MRZ_NUMBER_FILLER: QT_TRANSLATE_NOOP(
        "Mrz", "The document number {value} has a filler (<) inside it."),
    Code.NOT_POSITIVE: QT_TRANSLATE_NOOP("Problems", "{field} must be more than zero."),
    Code.DUPLICATE_ID: QT_TRANSLATE_NOOP("Problems", "{field} {value} is used twice."),
    Code.CASE_NO_PERSONS: QT_TRANSLATE_NOOP("Problems", "name at least one person."),
    Code.CASE_NEEDS_SUSPECT: QT_TRANSLATE_NOOP(
        "Problems", "a criminal case needs at least one suspect."),
    Code.UNKNOWN_ARTICLE: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} is not an article of the customs code table from HQ."),
    Code.UNKNOWN_FINDING: QT_TRANSLATE_NOOP(
        "Problems", "the finding {value} is not in the inspection."),
    Code.H3_RESTRICTIONS: QT_TRANSLATE_NOOP(
        "Problems", "handling code H3 needs its restrictions spelled out."),
    Code.UNKNOWN_AGENCY: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {value} is not an agency in HQ's directory."),
    Code.AGENCY_REFUSES: QT_TRANSLATE_NOOP(
        "Problems", "{field}: {agency} does not accept {what}."),
    Code.NOTHING_REFERRED: QT_TRANSLATE_NOOP(
        "Problems", "refer a case, a hit, persons, goods or cash."),
    Code.DEADLINE_PAST: QT_TRANSLATE_NOOP("Problems", "{field} is in the past."),
    Code.TRANSITION_ORDER: QT_TRANSLATE_NOOP(
        "Problems", "a referral that is {current} cannot become {target}."),
    Code.NEEDS_REFERENCE: QT_TRANSLATE_NOOP("Problems",
                                            "accepting needs the agency's reference."),
    Code.NEEDS_REASON: QT_TRANSLATE_NOOP("Problems", "declining needs a reason."),
    Code.NEEDS_OUTCOME: QT_TRANSLATE_NOOP("Problems", "closing needs an outcome."),
    Code.CUSTODY_SEQUENCE: QT_TRANSLATE_NOOP(
        "Problems", "entry {value} does not follow entry {expected}."),
    Code.CUSTODY_NOT_HOLDER: QT_TRANSLATE_NOOP(
        "Problems", "{value} does not hold the item (it is with {holder})."),
    Code.CUSTODY_SEAL_CHANGED: QT_TRANSLATE_NOOP(
        "Problems", "the seal numbers changed without a reason."),
    Code.CUSTODY_SEAL_BROKEN: QT_TRANSLATE_NOOP(
        "Problems", "a seal that is not intact needs a reason."),
    Code.CUSTODY_CLOSED: QT_TRANSLATE_NOOP(
        "Problems", "the item's chain ended ({action}); nothing can follow."),
    Code.CUSTODY_UNKNOWN_ITEM: QT_TRANSLATE_NOOP(
        "Problems", "the case has no seized item {value}."),
}

#: The matters an agency may not accept (``referral.agency_refuses``'s ``what``) and the
#: statuses and custody actions a sentence may name.
WORDS: dict[str, str] = {
    "case": QT_TRANSLATE_NOOP("Problems", "cases"),
    "hit": QT_TRANSLATE_NOOP("Problems", "hits"),
    "goods": QT_TRANSLATE_NOOP("Problems", "goods"),
    "cash": QT_TRANSLATE_NOOP("Problems", "cash"),
    "draft": QT_TRANSLATE_NOOP("Problems", "a draft"),
    "approved": QT_TRANSLATE_NOOP("Problems", "approved"),
    "sent": QT_TRANSLATE_NOOP("Problems", "sent"),
    "received": QT_TRANSLATE_NOOP("Problems", "received"),
    "accepted": QT_TRANSLATE_NOOP("Problems", "accepted"),
    "declined": QT_TRANSLATE_NOOP("Problems", "declined"),
    "closed": QT_TRANSLATE_NOOP("Problems", "closed"),
    "returned": QT_TRANSLATE_NOOP("Problems", "returned"),
    "destroyed": QT_TRANSLATE_NOOP("Problems", "destroyed"),
}
_WORD_PARAMS = ("what", "current", "target", "action")

#: The context of each sentence that is not in ``Problems`` (the MRZ reader's are ``Mrz``).
_CONTEXTS: dict[str, str] = {
    code: "Mrz" for code in Code
    if code.startswith("mrz.")
    and code not in (Code.MRZ_SHAPE, Code.MRZ_CHECKS_FAILED, Code.MRZ_CHECKS_MISMATCH)
}

FIELD_SENTENCES: dict[tuple[str, str], str] = {
    ("control_types", Code.MISSING): QT_TRANSLATE_NOOP(
        "Problems", "choose at least one control type."),
    ("declared", Code.MISSING): QT_TRANSLATE_NOOP(
        "Problems", "say whether the cash was declared."),
    ("seals", Code.EMPTY_ENTRY): QT_TRANSLATE_NOOP("Problems", "a seal number is empty."),
}

#: The MRZ fields whose check digits are named in ``mrz.checks_failed``.
MRZ_FIELDS: dict[str, str] = {
    "document_code": QT_TRANSLATE_NOOP("Mrz", "document code"),
    "issuing_state": QT_TRANSLATE_NOOP("Mrz", "issuing state"),
    "nationality": QT_TRANSLATE_NOOP("Mrz", "nationality"),
    "document_number": QT_TRANSLATE_NOOP("Mrz", "document number"),
    "birth_date": QT_TRANSLATE_NOOP("Mrz", "birth date"),
    "expiry_date": QT_TRANSLATE_NOOP("Mrz", "expiry date"),
    "optional_data": QT_TRANSLATE_NOOP("Mrz", "optional data"),
    "composite": QT_TRANSLATE_NOOP("Mrz", "composite (whole zone)"),
}

_DATE_FORMS = {"yes": "YYYY, YYYY-MM or YYYY-MM-DD", "no": "YYYY-MM-DD"}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def mrz_field_name(field: str) -> str:
    """An MRZ field's name (``birth_date``) for the officer."""
    source = MRZ_FIELDS.get(field)
    return QCoreApplication.translate("Mrz", source) if source else field


class _Lenient(Formatter):
    """``{name}`` from the params; an unknown name (a translator's typo) shows as is."""

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        return kwargs.get(str(key), f"{{{key}}}")


def _fill(sentence: str, values: Mapping[str, Param]) -> str:
    try:
        return _Lenient().vformat(sentence, (), values)
    except (ValueError, IndexError):  # a broken translation: show it unfilled, not crash
        return sentence


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _values(field: str, code: str, params: Mapping[str, Param]) -> dict[str, Param]:
    values: dict[str, Param] = dict(params)
    values["field"] = tr(FIELDS[field]) if field in FIELDS else field.replace("_", " ")
    if code == Code.DATE_FORM:
        values["form"] = _DATE_FORMS.get(str(params.get("partial")), _DATE_FORMS["no"])
    if code == Code.MRZ_CHECKS_FAILED:
        names = str(params.get("fields", "")).split(", ")
        values["fields"] = ", ".join(mrz_field_name(name) for name in names)
    if "mrz_field" in params:
        values["mrz_field"] = mrz_field_name(str(params["mrz_field"]))
    if code == Code.UNDECLARED_CASH:
        values["threshold"] = f"{int(params.get('threshold', 0)):,}"
    for name in _WORD_PARAMS:
        word = WORDS.get(str(params.get(name)))
        if word is not None:
            values[name] = tr(word)
    return values


def sentence(field: str, code: str, params: Mapping[str, Param]) -> str:
    """What ``code`` says about ``field`` (a document field name), translated."""
    source = FIELD_SENTENCES.get((field, code)) or SENTENCES.get(code)
    if source is None:
        source = SENTENCES[Code.INVALID]
        params = {**params, "detail": params.get("detail", code)}
    text = QCoreApplication.translate(_CONTEXTS.get(code, CONTEXT), source)
    text = _fill(text, _values(field, code, params))
    if field == "override_reason" and code in _CONTEXTS:  # an impossible field of the MRZ
        text += " " + QCoreApplication.translate("Problems",
                                                 "Give an override reason to accept it.")
    return text


def mrz_text(problem: Problem) -> str:
    """A finding of the MRZ reader (``MrzResult.problems``, path: the MRZ field)."""
    return value_sentence(problem.code, {**problem.params, "mrz_field": problem.path})


def value_sentence(code: str, params: Mapping[str, Param]) -> str:
    """What a validator's code says about a value typed into a field (no field name)."""
    text = sentence("", code, params)
    return _capital(text.removeprefix(": ").strip())


def place(parts: tuple[str | int, ...], record: str = "") -> str:
    """The name of the place ``parts`` (without its last field) is in: ``Person 1``."""
    names = [p for p in parts if isinstance(p, str)]
    numbers = [p for p in parts if isinstance(p, int)]
    source = PLACES.get(".".join(names)) if names else None
    if source is None:
        return record or tr(PLACES[""])
    return tr(source).replace("%n", str(numbers[-1] + 1) if numbers else "")


def problem_text(problem: Problem, record: str = "") -> str:
    """The problem as one line for the officer: ``Person 1: nationality is missing.``.

    ``record`` names the record as a whole (default: "Inspection").
    """
    parts = problem.parts
    field, container = "", parts
    if parts and isinstance(parts[-1], str):
        field, container = parts[-1], parts[:-1]
    return f"{place(container, record)}: {sentence(field, problem.code, problem.params)}"
