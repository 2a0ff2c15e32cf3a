"""The app words a record's problems from their codes, in the officer's language."""

from __future__ import annotations

import re

from checkpoint.errors import Code, Problem
from checkpoint.gui import messages
from checkpoint.gui.problems import SENTENCES, problem_text, value_sentence

PROBLEM_CODES = list(Code)[: list(Code).index(Code.ERROR)]


def test_every_code_has_words_in_the_app() -> None:
    assert [code for code in PROBLEM_CODES if code not in SENTENCES] == []


def test_a_problem_reads_as_its_place_and_field() -> None:
    assert problem_text(Problem("direction", Code.MISSING)) == "Inspection: direction is missing."
    assert problem_text(Problem("persons[1].document.number", Code.MISSING)) == (
        "Person 2 document: number is missing.")
    assert problem_text(Problem("consignment.containers[0].number", Code.CONTAINER_CHECK,
                                {"value": "CSQU3054384", "found": "4", "expected": "3"})) == (
        "Container 1: number: CSQU3054384 has check digit 4; it should be 3. Compare the "
        "number with the one on the container.")
    assert problem_text(Problem("cash.declared", Code.MISSING)) == (
        "Cash: say whether the cash was declared.")
    assert problem_text(Problem("findings[2].attachment_ids", Code.PHOTOS_NOT_ATTACHED,
                                {"count": 2})) == (
        "Finding 3: refers to 2 photo(s) that are not attached.")


def test_a_typed_value_is_judged_without_a_field_name() -> None:
    assert value_sentence(Code.COUNTRY_ALPHA2, {"value": "UA", "alpha3": "UKR"}) == (
        "UA is a two-letter code; use the three-letter code UKR.")





def _ukrainian() -> dict[tuple[str, str], str | None]:
    """(context, source) → the finished Ukrainian translation (None when unfinished)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources/translations/checkpoint_uk.ts"
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            done = translation.get("type") is None and bool(translation.text)
            out[(name, message.findtext("source") or "")] = translation.text if done else None
    return out


def test_every_problem_and_error_has_ukrainian_words() -> None:
    from checkpoint.gui import problems

    uk = _ukrainian()
    wanted = [(problems._CONTEXTS.get(code, "Problems"), text)
              for code, text in problems.SENTENCES.items()]
    wanted += [("Problems", text) for text in (*problems.PLACES.values(),
                                               *problems.FIELDS.values(),
                                               *problems.FIELD_SENTENCES.values())]
    wanted += [("Mrz", text) for text in problems.MRZ_FIELDS.values()]
    wanted += [("Errors", text) for text in (*messages.ERRORS.values(),
                                             *messages.SETTINGS.values(),
                                             *messages.ROLES.values())]
    wanted += [("Sync", text) for text in messages.HQ_REFUSALS.values()]
    missing = [key for key in wanted if not uk.get(key)]
    assert missing == []
    for (_, source), text in ((key, uk[key]) for key in wanted):
        placeholders = sorted(set(re.findall(r"\{\w+\}|%n", source)))
        assert sorted(set(re.findall(r"\{\w+\}|%n", text or ""))) == placeholders, source


def test_another_kind_of_record_names_itself() -> None:
    assert problem_text(Problem("legal_basis", Code.MISSING), record="Offence case") == (
        "Offence case: legal basis is missing.")
