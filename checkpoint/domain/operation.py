"""Joint-operation notices: what HQ asks the posts to do together, and how a post answers.

A notice (``operation.v1``, published by HQ, pulled by the posts it names) has a
period, instructions, targets and the reporting fields each linked inspection must
fill. A target names what to look for (a person, a vehicle, goods, a route, a risk
area) and what to do: ``report`` (report only), ``intercept``, or
``do_not_intercept`` (a controlled delivery: let it pass, report only; this overrides
a local seize hit and must be impossible to miss).

The post answers with its own records: an acknowledgement (``operation_ack.v1``),
links of inspections to the operation with the reporting fields filled
(``operation_link.v1``), and the operation report (``operation_report.v1``).

Matching an inspection against targets is pure: :func:`matches`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checkpoint.domain.search_terms import (
    container_key,
    document_key,
    name_keys,
    plate_key,
    vin_key,
)
from checkpoint.errors import Code, Problem, ValidationError, path

SCHEMA = "operation.v1"
TARGET_KINDS = ("person", "document", "vehicle", "container", "goods", "route", "risk_area")
ACTIONS = ("report", "intercept", "do_not_intercept")


@dataclass(frozen=True)
class Target:
    id: str
    kind: str
    value: str
    action: str = "report"
    note: str = ""

    def to_document(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "value": self.value, "action": self.action,
                "note": self.note}

    @classmethod
    def from_document(cls, d: dict[str, Any]) -> Target:
        return cls(str(d["id"]), str(d["kind"]), str(d["value"]), str(d.get("action")
                                                                     or "report"),
                   str(d.get("note") or ""))


@dataclass(frozen=True)
class Notice:
    id: str
    title: str
    valid_from: str
    valid_to: str
    posts: tuple[str, ...]
    instructions: str
    targets: tuple[Target, ...]
    reporting: tuple[str, ...]
    published_at: str

    @property
    def controlled_delivery(self) -> bool:
        return any(t.action == "do_not_intercept" for t in self.targets)

    def to_document(self) -> dict[str, Any]:
        return {"schema": SCHEMA, "id": self.id, "title": self.title,
                "valid_from": self.valid_from, "valid_to": self.valid_to,
                "posts": list(self.posts), "instructions": self.instructions,
                "targets": [t.to_document() for t in self.targets],
                "reporting": list(self.reporting), "published_at": self.published_at}

    @classmethod
    def from_document(cls, d: dict[str, Any]) -> Notice:
        return cls(str(d["id"]), str(d["title"]), str(d["valid_from"]), str(d["valid_to"]),
                   tuple(d.get("posts") or ()), str(d.get("instructions") or ""),
                   tuple(Target.from_document(t) for t in d.get("targets") or ()),
                   tuple(d.get("reporting") or ()), str(d.get("published_at") or ""))


def check_targets(raw: Any) -> list[Target]:
    """Targets from a published file (a JSON list of objects). Raises ValidationError."""
    if not isinstance(raw, list):
        raise ValidationError("The targets must be a JSON list of objects.",
                              [Problem("targets", Code.INVALID, {"detail": "not a list"})])
    out: list[Target] = []
    problems: list[Problem] = []
    for n, t in enumerate(raw):
        if not isinstance(t, dict):
            problems.append(Problem(path("targets", n), Code.INVALID,
                                    {"detail": "not an object"}))
            continue
        kind, value, action = t.get("kind"), t.get("value"), t.get("action", "report")
        if kind not in TARGET_KINDS:
            problems.append(Problem(path("targets", n, "kind"), Code.NOT_ONE_OF,
                                    {"value": str(kind), "choices": ", ".join(TARGET_KINDS)}))
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(path("targets", n, "value"), Code.MISSING))
        if action not in ACTIONS:
            problems.append(Problem(path("targets", n, "action"), Code.NOT_ONE_OF,
                                    {"value": str(action), "choices": ", ".join(ACTIONS)}))
        if not problems:
            out.append(Target(str(t.get("id") or f"t{n + 1}"), str(kind), str(value).strip(),
                              str(action), str(t.get("note") or "")))
    if problems:
        raise ValidationError(f"The targets have {len(problems)} problem(s).", problems,
                              code=Code.NOT_COMPLETE, params={"count": len(problems)})
    return out


def _target_keys(t: Target) -> set[str]:
    v = t.value
    if t.kind == "person":
        return {" ".join(sorted(name_keys(v) - {k for k in name_keys(v) if " " in k}))}
    if t.kind == "vehicle":
        return {plate_key(v), vin_key(v)}
    if t.kind == "document":
        return {document_key(v)}
    if t.kind == "container":
        return {container_key(v)}
    return {v.strip().casefold()}


def _inspection_keys(doc: dict[str, Any]) -> dict[str, set[str]]:
    keys: dict[str, set[str]] = {k: set() for k in TARGET_KINDS}
    for p in doc.get("persons") or []:
        names: set[str] = set()
        for first, second in ((p.get("surname"), p.get("given_names")),
                              (p.get("surname_latin"), p.get("given_names_latin"))):
            words = name_keys(first, second)
            names.add(" ".join(sorted(words - {k for k in words if " " in k})))
        keys["person"] |= names
        number = (p.get("document") or {}).get("number")
        if number:
            keys["document"].add(document_key(str(number)))
    vehicle = doc.get("vehicle") or {}
    if vehicle.get("plate"):
        keys["vehicle"].add(plate_key(str(vehicle["plate"])))
    if vehicle.get("vin"):
        keys["vehicle"].add(vin_key(str(vehicle["vin"])))
    for c in (doc.get("consignment") or {}).get("containers") or []:
        if c.get("number"):
            keys["container"].add(container_key(str(c["number"])))
    for g in doc.get("goods") or []:
        hs = str(g.get("hs_code") or "")
        keys["goods"] |= {hs[:n] for n in (2, 4, 6, 8, 10) if len(hs) >= n}
    for f in doc.get("findings") or []:
        if f.get("risk_area"):
            keys["risk_area"].add(str(f["risk_area"]).casefold())
    return keys


def matches(notice: Notice, inspection: dict[str, Any]) -> list[Target]:
    """The targets of ``notice`` that the inspection document matches (identifiers,
    person names in either script, HS code prefixes, risk areas)."""
    keys = _inspection_keys(inspection)
    found = []
    for t in notice.targets:
        if _target_keys(t) & keys.get(t.kind, set()) - {""}:
            found.append(t)
    return found
