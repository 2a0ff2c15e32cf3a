"""Screening as a story: what to probe for a query, then rank what the probes found.

The service asks :func:`plan` which keys to probe, lets the store probe them, and hands
the rows back to :func:`rank`. Identifier matches rank above name matches (whatever
their scores); among name matches the higher score first, then the more urgent action.
Everything here is pure.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from checkpoint.domain.alert import ACTION_PRIORITY, Alert
from checkpoint.screening.identifiers import IdentifierKey, identifier_key, normalize_country
from checkpoint.screening.model import (
    HIT_THRESHOLD,
    Candidate,
    IdentifierQuery,
    PersonQuery,
    Query,
    Result,
    Snapshot,
)
from checkpoint.screening.names import keys_of_name
from checkpoint.screening.score import common_name, identifier_match, score_person

__all__ = [
    "KEYS_VERSION",
    "PER_KEY",
    "Found",
    "IndexKeys",
    "Plan",
    "alert_keys",
    "plan",
    "rank",
    "shortlist",
]

#: Bumped whenever name or identifier keys change: lists built with another are rebuilt.
KEYS_VERSION = "1"
#: A name key with more alerts than this is too common to probe (see store.find_names).
PER_KEY = 200
#: At most this many retrieved alerts are scored per person, those with the most
#: evidence first (pair keys before typo keys): it bounds the time of a common name.
MAX_SCORED = 60
#: Name candidates kept after scoring (the best first); identifier matches are all kept.
MAX_NAME_CANDIDATES = 20
#: Candidates below this score are not reported at all.
REPORT_MIN = 0.5


@dataclass(frozen=True)
class IndexKeys:
    ids: list[tuple[str, str, str, str]]  # (kind, key, country, listed value)
    names: set[str]


def alert_keys(alert: Alert) -> IndexKeys:
    """Every key an alert is indexed under (weak aliases included: they are shown)."""
    ids = []
    for ident in alert.identifiers:
        k = identifier_key(ident.kind, ident.value, ident.country)
        if k is not None:
            ids.append((k.kind, k.key, k.country, ident.value))
    names: set[str] = set()
    for name in alert.names:
        names |= keys_of_name(name.full)
    return IndexKeys(sorted(set(ids)), names)


@dataclass(frozen=True)
class PersonPlan:
    person: PersonQuery
    keys: set[str]


@dataclass(frozen=True)
class Plan:
    identifiers: list[tuple[IdentifierQuery, IdentifierKey]]
    persons: list[PersonPlan]
    notes: list[str] = field(default_factory=list)


def plan(query: Query) -> Plan:
    """The keys to probe; notes say what could not be screened (nothing usable in a field)."""
    ids, persons, notes = [], [], []
    for q in query.identifiers:
        k = identifier_key(q.kind, q.value, q.country)
        if k is None:
            notes.append(f"{q.kind}: nothing to look up")
        else:
            ids.append((q, k))
    for p in query.persons:
        person = PersonQuery(p.surname, p.given, p.birth_date.strip(),
                             normalize_country(p.nationality), p.sex.strip().upper()[:1])
        keys = keys_of_name(person.full)
        if keys:
            persons.append(PersonPlan(person, keys))
        elif person.full:
            notes.append("name: no letters that can be matched (a script without a Latin "
                         "transliteration?)")
    return Plan(ids, persons, notes)


@dataclass
class Found:
    """What the store returned: per identifier probe its rows, per person the name rows."""

    ids: list[tuple[IdentifierQuery, IdentifierKey, list[tuple[int, str, str, str, str]]]]
    names: list[tuple[PersonPlan, dict[int, set[str]], dict[str, int]]]  # + alerts per key
    alerts: Mapping[int, tuple[str, str]]  # rowid → (list, alert JSON)
    snapshots: Mapping[str, Snapshot]


def shortlist(found: Mapping[int, set[str]], limit: int = MAX_SCORED) -> dict[int, set[str]]:
    """The ``limit`` retrieved alerts with the most evidence: pair keys, then any keys."""
    if len(found) <= limit:
        return dict(found)
    ranked = sorted(found.items(), key=lambda kv: (-sum(k[0] == "P" for k in kv[1]),
                                                   -len(kv[1]), kv[0]))
    return dict(ranked[:limit])


_alert_cache: dict[str, Alert] = {}


def _alert(data: str) -> Alert:
    alert = _alert_cache.get(data)
    if alert is None:
        if len(_alert_cache) > 5_000:
            _alert_cache.clear()
        alert = _alert_cache[data] = Alert.from_document(json.loads(data))
    return alert


def rank(found: Found, threshold: float = HIT_THRESHOLD,
         notes: list[str] | None = None) -> Result:
    """Score and order the candidates (module docstring)."""
    by_alert: dict[int, Candidate] = {}
    for q, k, rows in found.ids:
        for rowid, list_code, data, country, value in rows:
            m = identifier_match(k.kind, q.value, k.country, value, country, k.key)
            if m is None:
                continue
            old = by_alert.get(rowid)
            by_alert[rowid] = Candidate(
                _alert(data), found.snapshots[list_code], "identifier", 1.0, True,
                (*(old.keys if old else ()), f"{k.kind}:{k.key}"),
                identifiers=(*(old.identifiers if old else ()), m))
    out = list(by_alert.values())
    named: list[Candidate] = []
    for person_plan, hits, counts in found.names:
        for rowid, keys in hits.items():
            list_code, data = found.alerts[rowid]
            alert = _alert(data)
            match = score_person(person_plan.person, alert)
            if match is None:
                continue
            namesakes = max((counts.get(k, 1) for k in keys if k[0] in "PS"), default=1)
            match = common_name(match, person_plan.person, alert, namesakes, threshold)
            if match.score < REPORT_MIN:
                continue
            named.append(Candidate(alert, found.snapshots[list_code], "name", match.score,
                                   match.score >= threshold, tuple(sorted(keys)), name=match))
    named.sort(key=_order)
    out.sort(key=_order)
    seen = {(c.alert.list_code, c.alert.alert_id) for c in out}
    out += [c for c in named[:MAX_NAME_CANDIDATES]
            if (c.alert.list_code, c.alert.alert_id) not in seen]
    return Result(tuple(out), tuple(found.snapshots.values()), threshold,
                  notes=tuple(notes or ()))


def _order(c: Candidate) -> tuple[float, int, str]:
    return (-c.score, ACTION_PRIORITY.get(c.alert.action, 99), c.alert.alert_id)
