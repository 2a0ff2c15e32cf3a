"""Recall and decoys on the transliteration test set, through the real encrypted index."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkpoint.domain.alert import Alert, AlertName
from checkpoint.screening import HIT_THRESHOLD, PersonQuery, Query
from checkpoint.services import screening
from checkpoint.services.session import Session, login
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.unit.screening.name_set import INNOCENTS, LISTED, QUERIES, NameQuery


def listed_alerts() -> list[Alert]:
    return [Alert(entry.key, "TEST", "person", entry.key, names=(AlertName(entry.name),),
                  birth_dates=(entry.birth,) if entry.birth else (),
                  nationalities=(entry.nationality,) if entry.nationality else (),
                  sex=entry.sex) for entry in LISTED]


@pytest.fixture(scope="module")
def name_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from checkpoint.services import workstation

    home = tmp_path_factory.mktemp("names") / "ws"
    workstation.init_workstation(home, SUPERVISOR, SUPERVISOR_PASSWORD)
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        screening.replace_list(s, "TEST", 1, listed_alerts())
    return home


def _hits(s: Session, q: NameQuery) -> set[str]:
    person = PersonQuery(q.surname, q.given, q.birth, q.nationality, q.sex)
    result = screening.screen(s, Query(persons=(person,)))
    return {c.alert.alert_id for c in result.candidates if c.hit}


def test_every_transliteration_is_found_and_no_decoy_is_hit(name_index: Path) -> None:
    missed, wrong = [], []
    with login(name_index, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        for q in QUERIES:
            hits = _hits(s, q)
            if q.expect and q.expect not in hits:
                missed.append(f"{q.rule}: {q.surname} {q.given}")
            wrong += [f"{q.surname} {q.given} hit {h}" for h in hits - {q.expect}]
    expected = sum(1 for q in QUERIES if q.expect)
    assert expected >= 60 and len(INNOCENTS) >= 8
    assert missed == [], f"found {expected - len(missed)}/{expected} at {HIT_THRESHOLD}"
    assert wrong == []


def test_the_set_covers_every_scheme_the_issue_names() -> None:
    rules = " ".join(q.rule for q in QUERIES)
    for scheme in ("UA 2010", "ICAO", "RU 1997", "RU 2010", "German", "French", "Polish",
                   "Czech", "swapped", "no birth date", "typo"):
        assert scheme in rules, scheme
    assert any(e.decoy for e in LISTED)


@pytest.mark.parametrize("surname,given", [
    ("", ""), ("<<<<", "1234"), ("X" * 10_000, "Y" * 10_000), ("Ж" * 5000, " ".join(["А"] * 3000)),
    ("\x00\x01\ufeff", "\u202e"), ("北京", "محمد"), ("A", "B"),
])
def test_hostile_names_never_crash(name_index: Path, surname: str, given: str) -> None:
    with login(name_index, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        result = screening.screen(s, Query(persons=(PersonQuery(surname, given, "9999-99-99",
                                                                "??", "Q"),)))
    assert not result.hit
