"""Watchlists in FollowTheMoney JSON lines → :class:`~checkpoint.domain.alert.Alert`.

Each line is one FtM entity, ``{"id", "schema", "properties": {prop: [values]}}``
(``followthemoney`` 4.x). What becomes an alert (the envelope is documented in
docs/formats.md, "Watchlists in FollowTheMoney"):

- ``Person``: name, alias, weakAlias, firstName, middleName, secondName, fatherName,
  lastName, birthDate (partial dates), nationality, citizenship, gender,
  passportNumber and idNumber (documents with no issuing state).
- ``Passport`` / ``Identification``: ``holder`` (the subject's id), number, country,
  type. ``type`` ``vin``, ``container`` or ``imo`` makes the number that kind of
  identifier; anything else is a travel or identity document. Without a holder the
  document itself is the alert (a stolen blank passport).
- ``Vehicle``: registrationNumber + country (a plate); ``type`` ``container`` makes it a
  container whose registrationNumber is the ISO 6346 number.
- ``Vessel``: imoNumber, name, flag.
- ``Sanction`` / ``Risk`` linked by ``entity`` (a subject, or a document without holder):
  the alert's fields. ``authority`` →
  owning authority; ``startDate``/``endDate`` → validity; ``reason`` and ``summary`` →
  instructions; an action code (see ``ACTIONS``) among ``provisions``, ``status`` or
  ``topics``; ``covert`` among them marks the alert covert (a discreet check always is).

Other FtM schemas (Company, Address…) are skipped with a warning; a schema FtM does not
know is an error. Every problem names its line; the caller publishes nothing when
:attr:`Parsed.errors` is not empty. Pure: reads lines, never files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pycountry

from checkpoint.domain.alert import ACTION_PRIORITY, Alert, AlertIdentifier, AlertName

__all__ = ["FTM_SCHEMAS", "LineProblem", "Parsed", "parse_lines"]

#: Every schema of followthemoney 4.11 (a test checks this against the package).
FTM_SCHEMAS = frozenset([
    "Address", "Airplane", "Analyzable", "Article", "Asset", "Associate", "Audio",
    "BankAccount", "Call", "CallForTenders", "Company", "Contract", "ContractAward",
    "Control", "CourtCase", "CourtCaseParty", "CryptoWallet", "Debt", "Directorship",
    "Document", "Documentation", "EconomicActivity", "Email", "Employment", "Event",
    "Family", "Folder", "HyperText", "Identification", "Image", "Interest", "Interval",
    "LegalEntity", "License", "Membership", "Mention", "Message", "Note", "Occupancy",
    "Organization", "Ownership", "Package", "Page", "Pages", "Passport", "Payment",
    "Person", "PlainText", "Position", "Project", "ProjectParticipant", "PublicBody",
    "RealEstate", "Representation", "Risk", "Sanction", "Security", "Similar", "Succession",
    "Table", "TaxRoll", "Territory", "Thing", "Trip", "UnknownLink", "UserAccount", "Value",
    "Vehicle", "Vessel", "Video", "Workbook"
])
SUBJECT_SCHEMAS = frozenset({"Person", "Vehicle", "Vessel"})
DOCUMENT_SCHEMAS = frozenset({"Passport", "Identification"})
ALERT_SCHEMAS = frozenset({"Sanction", "Risk"})
MAX_LINE = 1_000_000  # characters
MAX_NAME = 300  # characters of one name
MAX_VALUES = 200  # values of one property
_ID_KINDS = {"vin": "vin", "container": "container", "imo": "imo"}
_ACTION_WORDS = {**{a: a for a in ACTION_PRIORITY}, "detain": "arrest", "refuse": "refuse_entry",
                 "seize": "seize_object", "discreet": "discreet_check",
                 "specific": "specific_check", "information_only": "information"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class LineProblem:
    """One finding: the line (1-based), a code a program can act on, and what it was about."""

    line: int
    code: str  # e.g. "malformed_json", "unknown_schema", "absurd_date", "name_too_long"
    detail: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.detail}"


@dataclass
class Parsed:
    alerts: list[Alert] = field(default_factory=list)
    errors: list[LineProblem] = field(default_factory=list)
    warnings: list[LineProblem] = field(default_factory=list)


@dataclass
class _Entity:
    line: int
    id: str
    schema: str
    props: dict[str, list[str]]


def parse_lines(lines: Iterable[str], list_code: str, *, default_action: str = "information",
                authority: str = "", today: date | None = None) -> Parsed:
    """Read a whole list; alerts only when there is no error (``errors`` says why not)."""
    today = today or date.today()
    out = Parsed()
    entities: dict[str, _Entity] = {}
    for number, line in enumerate(lines, start=1):
        entity = _read_line(number, line, out)
        if entity is None:
            continue
        if entity.id in entities:
            out.errors.append(LineProblem(number, "duplicate_id",
                                          f"entity id {entity.id!r} already on line "
                                          f"{entities[entity.id].line}"))
            continue
        entities[entity.id] = entity
    if out.errors:
        return out
    builder = _Builder(entities, list_code, default_action, authority, today, out)
    out.alerts = builder.build()
    if out.errors:
        out.alerts = []
    return out


def _read_line(number: int, line: str, out: Parsed) -> _Entity | None:
    text = line.strip()
    if not text:
        return None
    if len(text) > MAX_LINE:
        out.errors.append(LineProblem(number, "line_too_long",
                                      f"the line has {len(text)} characters (at most {MAX_LINE})"))
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as e:
        out.errors.append(LineProblem(number, "malformed_json", f"not JSON ({e})"))
        return None
    if isinstance(data, dict) and "op" in data and "entity" in data:
        out.errors.append(LineProblem(number, "delta_line",
                                      "a delta operation in a full list (publish the full list)"))
        return None
    if not isinstance(data, dict):
        out.errors.append(LineProblem(number, "not_an_entity", "a line must be a JSON object"))
        return None
    ent_id, schema, props = data.get("id"), data.get("schema"), data.get("properties", {})
    if not isinstance(ent_id, str) or not ent_id.strip() or len(ent_id) > 200:
        out.errors.append(LineProblem(number, "bad_id", "the entity has no usable id"))
        return None
    if schema not in FTM_SCHEMAS:
        out.errors.append(LineProblem(number, "unknown_schema",
                                      f"{str(schema)[:60]!r} is not a FollowTheMoney schema"))
        return None
    if not isinstance(props, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and len(v) <= MAX_VALUES
            and all(isinstance(x, str) for x in v) for k, v in props.items()):
        out.errors.append(LineProblem(number, "bad_properties",
                                      "properties must map names to lists of strings"))
        return None
    if schema not in SUBJECT_SCHEMAS | DOCUMENT_SCHEMAS | ALERT_SCHEMAS:
        out.warnings.append(LineProblem(number, "schema_skipped",
                                        f"{schema} entities are not screened; skipped"))
        return None
    return _Entity(number, ent_id.strip(), str(schema), props)


class _Builder:
    """Second pass: documents and alert fields joined to their subjects."""

    def __init__(self, entities: Mapping[str, _Entity], list_code: str, default_action: str,
                 authority: str, today: date, out: Parsed) -> None:
        self.entities = entities
        self.list_code = list_code
        self.default_action = default_action
        self.authority = authority
        self.today = today
        self.out = out
        self.docs: dict[str, list[_Entity]] = {}
        self.terms: dict[str, list[_Entity]] = {}

    def build(self) -> list[Alert]:
        standalone = {e.id for e in self.entities.values()
                      if e.schema in DOCUMENT_SCHEMAS and not _first(e.props, "holder")}
        for ent in self.entities.values():
            if ent.id in standalone:
                continue
            if ent.schema in DOCUMENT_SCHEMAS:
                holder = _first(ent.props, "holder")
                if self._linked(ent, holder, "holder", set()):
                    self.docs.setdefault(holder, []).append(ent)
            elif ent.schema in ALERT_SCHEMAS:
                subject = _first(ent.props, "entity")
                if self._linked(ent, subject, "entity", standalone):
                    self.terms.setdefault(subject, []).append(ent)
        alerts = []
        for ent in self.entities.values():
            if ent.schema in SUBJECT_SCHEMAS or ent.id in standalone:
                alert = self._alert(ent)
                if alert is not None:
                    alerts.append(alert)
        return alerts

    def _linked(self, ent: _Entity, target: str, prop: str, documents: set[str]) -> bool:
        other = self.entities.get(target)
        if other is None or (other.schema not in SUBJECT_SCHEMAS and target not in documents):
            what = "a Person, Vehicle, Vessel" + (" or document" if documents else "")
            self.out.errors.append(LineProblem(
                ent.line, "dangling_link",
                f"{ent.schema} {ent.id!r}: {prop} {target[:60]!r} is not {what} of this file"))
            return False
        return True

    def _alert(self, ent: _Entity) -> Alert | None:
        errors_before = len(self.out.errors)
        p = ent.props
        subject, names, ids = self._subject(ent)
        for doc in self.docs.get(ent.id, []):
            ids += self._document_ids(doc)
        births = tuple(d for v in p.get("birthDate", []) if (d := self._date(ent, v, True)))
        nats = tuple(dict.fromkeys(c for v in p.get("nationality", []) + p.get("citizenship", [])
                                   if (c := self._country(ent, v))))
        gender = _first(p, "gender").lower()
        fields = self._terms(ent)
        if not names and not ids and len(self.out.errors) == errors_before:
            self.out.errors.append(LineProblem(ent.line, "nothing_to_match",
                                               f"{ent.schema} {ent.id!r} has no name and no "
                                               "identifier"))
        if len(self.out.errors) > errors_before:
            return None
        return Alert(alert_id=ent.id, list_code=self.list_code, subject=subject,
                     entity_id=ent.id, names=names, birth_dates=births, nationalities=nats,
                     sex={"male": "M", "female": "F"}.get(gender, ""),
                     identifiers=tuple(dict.fromkeys(ids)), **fields)

    def _subject(self, ent: _Entity) -> tuple[str, tuple[AlertName, ...], list[AlertIdentifier]]:
        p = ent.props
        if ent.schema == "Person":
            ids = [AlertIdentifier("document", v) for v in
                   p.get("passportNumber", []) + p.get("idNumber", []) if v.strip()]
            return "person", self._person_names(ent), ids
        if ent.schema in DOCUMENT_SCHEMAS:
            return "document", self._names(ent, ["name"]), self._document_ids(ent)
        if ent.schema == "Vessel":
            flag = self._country(ent, _first(p, "flag"))
            return "vessel", self._names(ent, ["name", "alias"]), [
                AlertIdentifier("imo", v, flag) for v in p.get("imoNumber", []) if v.strip()]
        country = self._country(ent, _first(p, "country"))
        kind = "container" if "container" in [t.lower() for t in p.get("type", [])] else "plate"
        ids = [AlertIdentifier(kind, v, "" if kind == "container" else country)
               for v in p.get("registrationNumber", []) if v.strip()]
        return ("container" if kind == "container" else "vehicle",
                self._names(ent, ["name", "alias"]), ids)

    def _person_names(self, ent: _Entity) -> tuple[AlertName, ...]:
        p = ent.props
        given = " ".join(p.get("firstName", []) + p.get("middleName", [])
                         + p.get("secondName", []))
        surname, patronymic = " ".join(p.get("lastName", [])), " ".join(p.get("fatherName", []))
        names = [AlertName(n, given, surname, patronymic) if (given or surname) and len(
            p.get("name", [])) == 1 else AlertName(n) for n in p.get("name", [])]
        names += [AlertName(n) for n in p.get("alias", [])]
        names += [AlertName(n, weak=True) for n in p.get("weakAlias", [])]
        if not names and (given or surname):
            names.append(AlertName(" ".join(x for x in (given, patronymic, surname) if x),
                                   given, surname, patronymic))
        return self._checked_names(ent, names)

    def _names(self, ent: _Entity, props: list[str]) -> tuple[AlertName, ...]:
        return self._checked_names(ent, [AlertName(n) for k in props for n in ent.props.get(k, [])])

    def _checked_names(self, ent: _Entity, names: list[AlertName]) -> tuple[AlertName, ...]:
        kept = []
        for name in names:
            full = " ".join(name.full.split())
            if len(full) > MAX_NAME:
                self.out.errors.append(LineProblem(ent.line, "name_too_long",
                                                   f"a name of {len(full)} characters (at most "
                                                   f"{MAX_NAME})"))
            elif not any(ch.isalpha() for ch in full):
                self.out.errors.append(LineProblem(ent.line, "empty_name",
                                                   "a name with no letters"))
            else:
                kept.append(AlertName(full, name.given, name.surname, name.patronymic, name.weak))
        return tuple(dict.fromkeys(kept))

    def _document_ids(self, ent: _Entity) -> list[AlertIdentifier]:
        types = [t.lower().strip() for t in ent.props.get("type", [])]
        kind = next((_ID_KINDS[t] for t in types if t in _ID_KINDS), "document")
        country = self._country(ent, _first(ent.props, "country"))
        numbers = ent.props.get("number", []) + ent.props.get("passportNumber", [])
        if not any(n.strip() for n in numbers):
            self.out.errors.append(LineProblem(ent.line, "no_number",
                                               f"{ent.schema} {ent.id!r} has no number"))
        return [AlertIdentifier(kind, n, "" if kind == "container" else country)
                for n in numbers if n.strip()]

    def _terms(self, ent: _Entity) -> dict[str, Any]:
        """The alert's fields from its Sanction/Risk entities (the most urgent action wins)."""
        actions, covert, texts, authorities = [], False, [], []
        starts, ends = [], []
        for term in self.terms.get(ent.id, []):
            words = [w.strip().lower().replace(" ", "_") for k in ("provisions", "status", "topics")
                     for w in term.props.get(k, [])]
            actions += [_ACTION_WORDS[w] for w in words if w in _ACTION_WORDS]
            covert = covert or "covert" in words
            texts += term.props.get("reason", []) + term.props.get("summary", [])
            authorities += term.props.get("authority", [])
            starts += [d for v in term.props.get("startDate", []) if (d := self._date(term, v))]
            ends += [d for v in term.props.get("endDate", []) if (d := self._date(term, v))]
        action = min(actions, key=ACTION_PRIORITY.__getitem__) if actions else self.default_action
        return {"action": action, "covert": covert or action == "discreet_check",
                "instructions": "\n".join(dict.fromkeys(texts))[:4000],
                "authority": "; ".join(dict.fromkeys(authorities)) or self.authority,
                "valid_from": min(starts, default=""), "valid_until": max(ends, default="")}

    def _date(self, ent: _Entity, value: str, birth: bool = False) -> str:
        m = _DATE.match(value.strip())
        parts = [int(g) for g in m.groups() if g] if m else []
        try:
            if not parts:
                raise ValueError
            date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
            if birth and not 1880 <= parts[0] <= self.today.year:
                raise ValueError
            if not 1880 <= parts[0] <= 2200:
                raise ValueError
        except ValueError:
            self.out.errors.append(LineProblem(ent.line, "absurd_date",
                                               f"{value[:40]!r} is not a plausible date"))
            return ""
        return "-".join(f"{x:04d}" if i == 0 else f"{x:02d}" for i, x in enumerate(parts))

    def _country(self, ent: _Entity, value: str) -> str:
        code = value.strip().upper()
        if not code:
            return ""
        country = (pycountry.countries.get(alpha_2=code) if len(code) == 2
                   else pycountry.countries.get(alpha_3=code) if len(code) == 3 else None)
        if country is None:
            self.out.warnings.append(LineProblem(ent.line, "unknown_country",
                                                 f"country {value[:20]!r} is unknown; ignored"))
            return ""
        return str(country.alpha_3)


def _first(props: Mapping[str, list[str]], key: str) -> str:
    values = props.get(key) or [""]
    return values[0].strip()
