"""Search an officer can trust (issue 8, items 13-15): an identifier finds identifiers
only, Cyrillic look-alike letters find Latin ones and the reverse, the scope is honoured,
every person is shown, and a record shows the previous crossings of its document/plate."""

from __future__ import annotations

from dataclasses import replace

import pytest

from checkpoint.domain.conveyance import Container
from checkpoint.domain.inspection import Inspection
from checkpoint.domain.search_terms import container_key, document_key, plate_key
from checkpoint.services import inspections
from checkpoint.services.session import Session


def _record(inspector: Session, template: Inspection, *, surname: str = "SHEVCHUK",
            number: str = "FA123456", plate: str = "AC 4721 BX",
            container: str | None = None, second: bool = True) -> Inspection:
    """A finalized copy of the complete example with the given identifiers."""
    draft = inspections.start(inspector)
    first, other = template.persons[0], template.persons[1]
    assert first.document is not None and template.vehicle is not None
    persons = [replace(first, surname_latin=surname, surname=None,
                       document=replace(first.document, number=number, mrz=None))]
    if second:
        persons.append(other)
    changes: dict[str, object] = {"persons": tuple(persons),
                                  "vehicle": replace(template.vehicle, plate=plate)}
    if container is not None and template.consignment is not None:
        changes["consignment"] = replace(template.consignment,
                                         containers=(Container(number=container),))
    insp = replace(template, id=draft.id, created_at=draft.created_at,
                   updated_at=draft.updated_at, **changes)  # type: ignore[arg-type]
    return inspections.finalize(inspector, insp)


def _ids(hits: list[inspections.Summary]) -> set[str]:
    return {h.id for h in hits}


# -- 13: an identifier-shaped query searches identifiers only ------------------------------

def test_a_document_number_does_not_find_names_starting_with_its_letters(
        inspector: Session, complete_draft: Inspection) -> None:
    wanted = _record(inspector, complete_draft, surname="ERIKSSON", number="L898902C3")
    for surname in ("LOPEZ", "LINDQVIST", "FATMA"):
        _record(inspector, complete_draft, surname=surname, number=f"X{len(surname)}0000")
    assert _ids(inspections.search(inspector, "L898902C3")) == {wanted.id}
    assert inspections.search(inspector, "FA1234567") == []


def test_names_are_searched_with_an_identifier_only_when_asked(
        inspector: Session, complete_draft: Inspection) -> None:
    fatma = _record(inspector, complete_draft, surname="FATMA", number="X10000")
    assert inspections.search(inspector, "FA1234567") == []
    assert _ids(inspections.search(inspector, "FA1234567", names=True)) == {fatma.id}


def test_a_name_query_still_finds_names(inspector: Session,
                                        complete_draft: Inspection) -> None:
    lopez = _record(inspector, complete_draft, surname="LOPEZ", number="X10000")
    assert _ids(inspections.search(inspector, "lop")) == {lopez.id}


# -- 14: look-alike letters -----------------------------------------------------------------

@pytest.mark.parametrize(("stored", "typed", "key"), [
    ("AA 1234 BK", "АА 1234 ВК", plate_key),        # Cyrillic typed, Latin stored
    ("АА 5678 ВК", "AA5678BK", plate_key),          # and the reverse
    ("CO 0001 XM", "со-0001-хм", plate_key),        # lower case Cyrillic
    ("ВТ1234567", "BT1234567", document_key),
    ("MSKU9070323", "МSКU 907032 3", container_key),
])
def test_look_alike_letters_are_folded(stored: str, typed: str, key: object) -> None:
    assert callable(key)
    assert key(stored) == key(typed)
    assert key(typed).isascii()


def test_a_plate_typed_in_cyrillic_finds_the_latin_one_and_the_reverse(
        inspector: Session, complete_draft: Inspection) -> None:
    latin = _record(inspector, complete_draft, plate="AA 1234 BK")
    cyrillic = _record(inspector, complete_draft, plate="ВС 7777 АХ", number="FB000001")
    assert _ids(inspections.search(inspector, "АА 1234 ВК")) == {latin.id}
    assert _ids(inspections.search(inspector, "BC7777AX")) == {cyrillic.id}


def test_a_document_and_a_container_typed_in_cyrillic_are_found(
        inspector: Session, complete_draft: Inspection) -> None:
    done = _record(inspector, complete_draft, number="EK123456", container="MSKU9070323")
    assert _ids(inspections.search(inspector, "ЕК123456")) == {done.id}
    assert _ids(inspections.search(inspector, "МSКU9070323")) == {done.id}


# -- 15: scope, every person, previous crossings -------------------------------------------

def test_search_honours_the_since_bound(inspector: Session,
                                        complete_draft: Inspection) -> None:
    old = _record(inspector, complete_draft, number="FA000001")
    new = _record(inspector, complete_draft, number="FA000001")
    assert _ids(inspections.search(inspector, "FA000001")) == {old.id, new.id}
    assert _ids(inspections.search(inspector, "FA000001", since=new.created_at)) == {new.id}


def test_every_person_is_shown_in_a_list_line(inspector: Session,
                                              complete_draft: Inspection) -> None:
    done = _record(inspector, complete_draft, surname="SHEVCHUK")
    (line,) = inspections.search(inspector, done.persons[1].document.number)  # type: ignore[union-attr]
    assert line.name is not None and "WISNIEWSKA" in line.name and "SHEVCHUK" in line.name
    assert line.name.startswith("WISNIEWSKA")  # the person who matched comes first
    assert line.document is not None and "ZXA123456" in line.document
    assert line.persons == 2


def test_previous_crossings_of_a_document_and_a_plate(inspector: Session,
                                                      complete_draft: Inspection) -> None:
    first = _record(inspector, complete_draft, number="FA777777", plate="AA 1111 BB",
                    second=False)
    other = _record(inspector, complete_draft, number="FA888888", plate="АА 1111 ВВ",
                    second=False)
    draft = inspections.start(inspector)
    now = replace(complete_draft, id=draft.id, persons=first.persons, vehicle=first.vehicle)
    seen = inspections.previous_crossings(inspector, now)
    assert [s.id for s in seen.documents["FA777777"]] == [first.id]
    assert [s.id for s in seen.plates["AA 1111 BB"]] == [other.id, first.id]  # newest first
    # a record does not list itself among its previous crossings
    again = inspections.previous_crossings(inspector, first)
    assert again.documents.get("FA777777", []) == []
