"""What a screening is asked and what it answers (plain dataclasses, JSON-ready).

The JSON form (:meth:`Result.to_json`) is documented in docs/formats.md
("Screening result"); the GUI and ``checkpoint screen --json`` show the same thing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from checkpoint.domain.alert import Alert

__all__ = [
    "HIT_THRESHOLD",
    "Adjustment",
    "Candidate",
    "IdentifierMatch",
    "IdentifierQuery",
    "NameMatch",
    "NamePair",
    "PersonQuery",
    "Query",
    "Result",
    "Snapshot",
]

#: A name candidate at or above this score is a hit (identifier matches always are).
HIT_THRESHOLD = 0.80
ALGORITHM = "checkpoint-names/1"


@dataclass(frozen=True)
class PersonQuery:
    surname: str = ""
    given: str = ""
    birth_date: str = ""  # YYYY, YYYY-MM or YYYY-MM-DD
    nationality: str = ""  # alpha-3
    sex: str = ""  # M, F or ""

    @property
    def full(self) -> str:
        return f"{self.surname} {self.given}".strip()


@dataclass(frozen=True)
class IdentifierQuery:
    kind: str  # document, plate, vin, container, imo
    value: str
    country: str = ""


@dataclass(frozen=True)
class Query:
    persons: tuple[PersonQuery, ...] = ()
    identifiers: tuple[IdentifierQuery, ...] = ()


@dataclass(frozen=True)
class Snapshot:
    """Which copy of a list answered: the list, its version and when it was pulled."""

    list_code: str
    version: int
    pulled_at: str
    entries: int = 0


@dataclass(frozen=True)
class NamePair:
    """One query token paired with one listed token, and why they are alike."""

    query: str
    listed: str
    query_spelling: str
    listed_spelling: str
    similarity: float
    how: str  # same spelling | transliteration | transcription | typo | longer name | different


@dataclass(frozen=True)
class Adjustment:
    """What one fact (birth date, nationality, sex, a common name) added or subtracted.

    ``detail`` is the English sentence the CLI prints; ``code`` and ``params`` say the same
    for a screen to word in its own language (docs/formats.md lists the codes): e.g.
    ``other_date`` with ``{"born": "1961-03-09", "listed": "1962-01-01"}``.
    """

    factor: str  # birth_date | nationality | sex | common_name
    effect: float
    detail: str
    code: str = ""
    # not compared: it says what detail says (and a dict is not hashable)
    params: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class NameMatch:
    query_name: str
    listed_name: str
    pairs: tuple[NamePair, ...]
    unmatched_query: tuple[str, ...]
    unmatched_listed: tuple[str, ...]
    name_score: float
    adjustments: tuple[Adjustment, ...]
    score: float


@dataclass(frozen=True)
class IdentifierMatch:
    kind: str
    query: str
    listed: str
    key: str
    country_compared: bool
    country: str


@dataclass(frozen=True)
class Candidate:
    alert: Alert
    snapshot: Snapshot
    match: str  # "identifier" or "name"
    score: float
    hit: bool
    keys: tuple[str, ...]  # the index keys that found it
    identifiers: tuple[IdentifierMatch, ...] = ()
    name: NameMatch | None = None

    def explain(self) -> str:
        """The explanation as a few lines a reviewer can check."""
        if self.identifiers:
            return "\n".join(
                f"{i.kind} {i.query} = listed {i.listed}"
                + (f", {i.country} on both sides" if i.country_compared
                   else " (the country was not compared: one side does not give it)")
                for i in self.identifiers)
        assert self.name is not None
        n = self.name
        lines = [f"name {n.query_name!r} ~ listed {n.listed_name!r}: "
                 f"name score {n.name_score:.2f}"]
        lines += [f"  {p.query} ~ {p.listed} ({p.query_spelling} ~ {p.listed_spelling}): "
                  f"{p.how} {p.similarity:.2f}" for p in n.pairs]
        if n.unmatched_query:
            lines.append(f"  not in the listed name: {' '.join(n.unmatched_query)}")
        if n.unmatched_listed:
            lines.append(f"  not in the query: {' '.join(n.unmatched_listed)}")
        lines += [f"  {a.factor} {a.effect:+.2f}: {a.detail}" for a in n.adjustments]
        lines.append(f"  score {n.score:.2f}")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        a = self.alert
        out: dict[str, Any] = {
            "alert_id": a.alert_id, "entity_id": a.entity_id, "list": a.list_code,
            "subject": a.subject, "action": a.action, "covert": a.covert,
            "authority": a.authority, "instructions": a.instructions,
            "valid_until": a.valid_until, "match": self.match,
            "score": round(self.score, 3), "hit": self.hit, "keys": list(self.keys),
            "snapshot": asdict(self.snapshot),
            "explanation": {"text": self.explain()},
        }
        if self.identifiers:
            out["explanation"]["identifiers"] = [asdict(i) for i in self.identifiers]
        if self.name is not None:
            out["explanation"]["name"] = asdict(self.name)
        return out


@dataclass(frozen=True)
class Result:
    candidates: tuple[Candidate, ...]
    snapshots: tuple[Snapshot, ...]  # every list consulted, hit or not
    threshold: float = HIT_THRESHOLD
    algorithm: str = ALGORITHM
    notes: tuple[str, ...] = field(default=())

    @property
    def hit(self) -> bool:
        return any(c.hit for c in self.candidates)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": "screening-result.v1",
            "hit": self.hit,
            "threshold": self.threshold,
            "algorithm": self.algorithm,
            "snapshots": [asdict(s) for s in self.snapshots],
            "candidates": [c.to_json() for c in self.candidates],
            "notes": list(self.notes),
        }
