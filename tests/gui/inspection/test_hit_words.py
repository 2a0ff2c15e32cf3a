"""The hit's words in English: the explanation worded from its structure says what the
screening core's English text says, and an old hit without the structure shows its text."""

from __future__ import annotations

from typing import Any

from checkpoint.domain.alert import Alert, AlertName
from checkpoint.gui.inspection.hit_words import (
    action_word,
    adjustment_text,
    explanation_text,
    how_word,
    match_word,
    triage_word,
)
from checkpoint.screening.model import Candidate, IdentifierMatch, PersonQuery, Snapshot
from checkpoint.screening.score import common_name, score_person

SNAPSHOT = Snapshot("UA-NAT", 4, "2026-12-01T08:00:00.000Z", 6)
ALERT = Alert("p-1", "UA-NAT", "person", "p-1", names=(AlertName("Шевченко Тарас Григорович"),),
              birth_dates=("1961-03-09",), nationalities=("UKR",), sex="M")


def _name(person: PersonQuery, namesakes: int = 1) -> Candidate:
    match = score_person(person, ALERT)
    assert match is not None
    match = common_name(match, person, ALERT, namesakes, 0.8)
    return Candidate(ALERT, SNAPSHOT, "name", match.score, match.score >= 0.8, (), name=match)


def test_a_name_explanation_in_english(qtbot: Any) -> None:
    candidate = _name(PersonQuery("SZEWCZENKO", "TARAS", "1961-03-09", "RUS", "F"))
    assert explanation_text(candidate.to_json()) == "\n".join([
        "name 'SZEWCZENKO TARAS' ~ listed 'Шевченко Тарас Григорович': name score 0.93",
        "  SZEWCZENKO ~ ШЕВЧЕНКО (SZEWCZENKO ~ SZEWCZENKO): transliteration 1.00",
        "  TARAS ~ ТАРАС (TARAS ~ TARAS): transliteration 1.00",
        "  not in the query: ГРИГОРОВИЧ",
        "  birth date +0.05: born 1961-03-09, listed 1961-03-09: same date",
        "  nationality -0.10: RUS, listed UKR",
        "  sex -0.15: female, listed male",
        "  score 0.73",
    ])


def test_every_adjustment_code_is_worded_as_the_cores_detail(qtbot: Any) -> None:
    """The English words of each code say what ``detail`` says (sex words it: M → male)."""
    people = [PersonQuery("SHEVCHENKO", "TARAS", b, n) for b, n in (
        ("1961-03-09", "UKR"), ("1961", "UKR"), ("1961-03-19", "RUS"), ("1970-01-01", ""))]
    candidates = [_name(p) for p in people] + [_name(people[1], 12), _name(people[1], 500)]
    seen = set()
    for c in candidates:
        for a in c.to_json()["explanation"]["name"]["adjustments"]:
            seen.add(a["code"])
            assert adjustment_text(a).endswith(": " + a["detail"]), a
    assert seen == {"same_date", "date_agrees", "date_near", "other_date",
                    "nationality_listed", "nationality_not_listed", "common_name",
                    "very_common_name"}


def test_an_identifier_explanation_in_english(qtbot: Any) -> None:
    matches = (IdentifierMatch("document", "FE1234567", "FE1234567", "FE1234567", True, "UKR"),
               IdentifierMatch("plate", "AA1234BC", "AA1234BC", "AA1234BC", False, ""))
    c = Candidate(ALERT, SNAPSHOT, "identifier", 1.0, True, (), identifiers=matches)
    assert explanation_text(c.to_json()) == c.explain()


def test_a_hit_recorded_without_the_structure_shows_its_text(qtbot: Any) -> None:
    old = {"explanation": {"text": "document FE1 = listed FE1"}}
    assert explanation_text(old) == "document FE1 = listed FE1"
    broken = {"explanation": {"text": "as recorded", "name": {"query_name": "X"}}}
    assert explanation_text(broken) == "as recorded"
    old_adjustment = {"factor": "birth_date", "effect": -0.4, "detail": "born 1, listed 2"}
    assert adjustment_text(old_adjustment) == "birth date -0.40: born 1, listed 2"


def test_codes_in_words_and_unknown_codes_as_they_are(qtbot: Any) -> None:
    assert match_word("identifier") == "identifier" and match_word("name") == "name"
    assert triage_word("pending") == "not triaged"
    assert triage_word("false_positive") == "false positive"
    assert action_word("seize_object") == "seize the object"
    assert how_word("longer name") == "longer name"
    assert action_word("new_code") == "new_code" and triage_word("later") == "later"
