"""The record kinds a shift review shows, each through a small provider.

The review works over records generically: kind, status, author, time and flags.
What is particular to a kind (the JSON paths to read, its one-line label, outcome,
flags, and the facts its charts count) comes from a :class:`ReviewKind` registered
here. Inspections are
registered below; offence cases, referrals and hits register theirs from their own
service packages (``register(ReviewKind(...))`` at import), and they then appear in
the review's lists, highlights and charts with no change to the review.

Flags a provider may set, and what the review makes of them (:data:`FLAG_HIGHLIGHTS`):
``amendment`` (a correction of a finalized record), ``check_digit_override`` (an MRZ
check digit failed and the officer accepted it), ``draft`` (not finalized),
``overdue`` (a referral past its deadline), ``untriaged`` (a hit nobody triaged),
``covert`` (a discreet-check hit), and from HQ's answers to hits (:attr:`ReviewKind.
pulled`): ``provisional`` (the owning authority has not answered), ``answer_overdue``
(nor by its deadline), ``owner_confirmed`` / ``owner_not_confirmed``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: flag → highlight code (see :mod:`checkpoint.services.shifts.review`)
FLAG_HIGHLIGHTS = {
    "amendment": "amendment_after_finalize",
    "check_digit_override": "check_digit_override",
    "draft": "unfinished_draft",
    "overdue": "overdue_referral",
    "untriaged": "untriaged_hit",
    "answer_overdue": "overdue_hit_answer",
}


@dataclass(frozen=True)
class KindRow:
    """A stored record's identity and the values of its kind's ``paths``."""

    id: str
    kind: str
    status: str
    created_at: str
    author: str
    amends: str | None
    values: dict[str, Any]

    def get(self, path: str) -> Any:
        return self.values.get(path)


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

    ``paths`` are JSON paths (``$.outcome``, ``$.persons[0].surname``) SQLite extracts
    from each document in one pass (one ``json_extract`` with every path), so Python
    never parses whole documents; keep them to small values (an object or array comes
    whole). ``summarize`` turns a stored row with those values (``row.get(path)``) into
    a :class:`Summary`; ``facts`` turns them into the ``(metric, key)`` pairs the charts
    count.
    """

    kind: str
    paths: tuple[str, ...]
    summarize: Callable[[KindRow], Summary]
    facts: Callable[[KindRow], list[tuple[str, str]]] = lambda _row: []
    personal: bool = True  # viewing one is a view of a personal record
    #: an amending version replaces the record in the counts (a hit's triage), instead
    #: of being counted as a correction; the replaced version's facts are taken back
    versions_replace: bool = False
    #: flags and detail from HQ-owned pulled data about the record's current version
    #: (a hit's confirmation): called with the open connection and the row
    pulled: Callable[[Any, KindRow], tuple[tuple[str, ...], dict[str, str]]] | None = None


_KINDS: dict[str, ReviewKind] = {}


def register(provider: ReviewKind) -> None:
    """Add (or replace) the provider of a record kind."""
    _KINDS[provider.kind] = provider


def providers() -> list[ReviewKind]:
    return list(_KINDS.values())


def provider(kind: str) -> ReviewKind | None:
    return _KINDS.get(kind)


# -- inspections ---------------------------------------------------------------------------


MAX_PERSONS = 6  # persons whose MRZ override is read (a car rarely carries more)
OVERRIDES = tuple(f"$.persons[{n}].document.mrz.override_reason" for n in range(MAX_PERSONS))


def _label(row: KindRow) -> str:
    surname = row.get("$.persons[0].surname_latin") or row.get("$.persons[0].surname") or ""
    given = (row.get("$.persons[0].given_names_latin") or row.get("$.persons[0].given_names")
             or "")
    name = " ".join(x for x in (surname, given) if x)
    return name or str(row.get("$.vehicle.plate") or "")


def _inspection(row: KindRow) -> Summary:
    flags: list[str] = []
    detail: dict[str, str] = {}
    if row.amends:
        flags.append("amendment")
        detail["amends"] = row.amends
        detail["reason"] = str(row.get("$.amendment_reason") or "")
    # a reason is required only when a check digit failed and the officer accepted it
    reasons = [str(row.get(p)) for p in OVERRIDES if row.get(p)]
    if reasons:
        flags.append("check_digit_override")
        detail["override_reason"] = "; ".join(reasons)
    if row.status == "draft":
        flags.append("draft")
    findings = row.get("$.findings") or []
    if findings:
        detail["findings"] = str(len(findings))
    if row.get("$.lane"):
        detail["lane"] = str(row.get("$.lane"))
    return Summary(label=_label(row), outcome=row.get("$.outcome"), flags=tuple(flags),
                   detail=detail)


def _inspection_facts(row: KindRow) -> list[tuple[str, str]]:
    out = [("inspections", "all"), ("outcome", str(row.get("$.outcome") or "none"))]
    for f in row.get("$.findings") or []:
        if isinstance(f, dict) and f.get("risk_area"):
            out.append(("risk_area", str(f["risk_area"])))
    return out


INSPECTIONS = ReviewKind(
    "inspection",
    ("$.shift_id", "$.outcome", "$.findings", "$.amendment_reason", "$.lane",
     "$.persons[0].surname", "$.persons[0].given_names", "$.persons[0].surname_latin",
     "$.persons[0].given_names_latin", "$.vehicle.plate", *OVERRIDES),
    _inspection, _inspection_facts)
register(INSPECTIONS)
