"""The record kinds a shift review shows, each through a small provider.

The review works over records generically: kind, status, author, time and flags.
What is particular to a kind (its one-line label, outcome, flags, and the facts its
charts count) comes from a :class:`ReviewKind` registered here. Inspections are
registered below; offence cases, referrals and hits register theirs from their own
service packages (``register(ReviewKind(...))`` at import), and they then appear in
the review's lists, highlights and charts with no change to the review.

Flags a provider may set, and what the review makes of them (:data:`FLAG_HIGHLIGHTS`):
``amendment`` (a correction of a finalized record), ``check_digit_override`` (an MRZ
check digit failed and the officer accepted it), ``draft`` (not finalized),
``overdue`` (a referral past its deadline), ``untriaged`` (a hit nobody triaged),
``covert`` (a discreet-check hit).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from checkpoint.store.records import StoredRecord

#: flag → highlight code (see :mod:`checkpoint.services.shifts.review`)
FLAG_HIGHLIGHTS = {
    "amendment": "amendment_after_finalize",
    "check_digit_override": "check_digit_override",
    "draft": "unfinished_draft",
    "overdue": "overdue_referral",
    "untriaged": "untriaged_hit",
}


@dataclass(frozen=True)
class Summary:
    """What a provider tells about one record."""

    label: str = ""
    outcome: str | None = None
    flags: tuple[str, ...] = ()
    detail: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReviewKind:
    """How the review shows and counts one kind of record.

    ``summarize`` reads a stored record; ``fact_paths`` are JSON paths SQLite extracts
    from a document (without parsing it in Python) and ``facts`` turns those values
    into the ``(metric, key)`` pairs the charts count; ``doc_facts`` does the same from
    a whole document (the shift's own charts, whose records are loaded anyway).
    """

    kind: str
    summarize: Callable[[StoredRecord], Summary]
    fact_paths: tuple[str, ...] = ()
    facts: Callable[[Sequence[Any]], list[tuple[str, str]]] = lambda _v: []
    personal: bool = True  # viewing one is a view of a personal record

    def doc_facts(self, document: dict[str, Any]) -> list[tuple[str, str]]:
        values = [_at(document, p) for p in self.fact_paths]
        return self.facts(values)


_KINDS: dict[str, ReviewKind] = {}


def register(provider: ReviewKind) -> None:
    """Add (or replace) the provider of a record kind."""
    _KINDS[provider.kind] = provider


def providers() -> list[ReviewKind]:
    return list(_KINDS.values())


def provider(kind: str) -> ReviewKind | None:
    return _KINDS.get(kind)


def _at(document: dict[str, Any], path: str) -> Any:
    """The value at a simple JSON path ``$.a.b``, as SQLite's json_extract returns it
    (objects and arrays as JSON text)."""
    value: Any = document
    for part in path.removeprefix("$.").split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, dict | list):
        return json.dumps(value)
    return value


# -- inspections ---------------------------------------------------------------------------


def _person_name(doc: dict[str, Any]) -> str:
    persons = doc.get("persons") or []
    if not persons:
        vehicle = doc.get("vehicle") or {}
        return str(vehicle.get("plate") or "")
    p = persons[0]
    surname = p.get("surname_latin") or p.get("surname") or ""
    given = p.get("given_names_latin") or p.get("given_names") or ""
    return " ".join(x for x in (surname, given) if x)


def check_digit_overrides(doc: dict[str, Any]) -> int:
    """How many persons' MRZs had a failed check digit the officer accepted."""
    n = 0
    for p in doc.get("persons") or []:
        mrz = ((p.get("document") or {}).get("mrz")) or {}
        failed = [c for c in mrz.get("checks") or [] if not c.get("ok")]
        if failed and mrz.get("override_reason"):
            n += 1
    return n


def _inspection(rec: StoredRecord) -> Summary:
    doc = rec.document
    flags: list[str] = []
    detail: dict[str, str] = {}
    if rec.amends:
        flags.append("amendment")
        detail["amends"] = rec.amends
        detail["reason"] = str(doc.get("amendment_reason") or "")
    if check_digit_overrides(doc):
        flags.append("check_digit_override")
        reasons = [str(((p.get("document") or {}).get("mrz") or {}).get("override_reason"))
                   for p in doc.get("persons") or []
                   if ((p.get("document") or {}).get("mrz") or {}).get("override_reason")]
        detail["override_reason"] = "; ".join(reasons)
    if rec.status == "draft":
        flags.append("draft")
    if doc.get("findings"):
        detail["findings"] = str(len(doc["findings"]))
    if doc.get("lane"):
        detail["lane"] = str(doc["lane"])
    return Summary(label=_person_name(doc), outcome=doc.get("outcome"), flags=tuple(flags),
                   detail=detail)


def _inspection_facts(values: Sequence[Any]) -> list[tuple[str, str]]:
    outcome, findings_json = values
    out = [("inspections", "all"), ("outcome", str(outcome or "none"))]
    if findings_json:
        for f in json.loads(findings_json):
            if isinstance(f, dict) and f.get("risk_area"):
                out.append(("risk_area", str(f["risk_area"])))
    return out


INSPECTIONS = ReviewKind("inspection", _inspection, ("$.outcome", "$.findings"),
                         _inspection_facts)
register(INSPECTIONS)
