"""The app words problems and errors from their codes, in the officer's language."""

from __future__ import annotations

import re

import pytest

from checkpoint.errors import (
    Code,
    ConflictError,
    LockedError,
    NotInitializedError,
    PermissionDeniedError,
    Problem,
    UsageError,
    ValidationError,
)
from checkpoint.gui import messages
from checkpoint.gui.problems import SENTENCES, problem_text, value_sentence

CODES = list(Code)
PROBLEM_CODES = CODES[: CODES.index(Code.ERROR)]
ERROR_CODES = CODES[CODES.index(Code.ERROR) + 1:]


def test_every_code_has_words_in_the_app() -> None:
    assert [code for code in PROBLEM_CODES if code not in SENTENCES] == []
    assert [code for code in ERROR_CODES if code not in messages.ERRORS] == []


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


def test_errors_are_worded_by_code_without_the_cores_english() -> None:
    restore = ConflictError("A workstation already exists in /x; replacing it needs force.",
                            code=Code.WORKSTATION_EXISTS, params={"home": "/x"})
    assert "force" not in messages.message_for(restore)
    role = PermissionDeniedError("Only a supervisor may do this; anna is an inspector.",
                                 code=Code.ROLE_REQUIRED,
                                 params={"role": "supervisor", "username": "anna",
                                         "actual": "inspector"})
    assert messages.message_for(role) == (
        "Your role does not allow this: only a supervisor may do it.")
    assert messages.message_for(UsageError("x", code=Code.SETTING_RANGE, params={
        "setting": "autosave_delay_ms", "minimum": 50, "maximum": 900})) == (
        "The setting autosave delay (ms) must be between 50 and 900.")
    assert "anna" not in messages.message_for(PermissionDeniedError("anna may not"))
    assert "--home" not in messages.message_for(NotInitializedError("use --home"))
    assert messages.message_for(LockedError()) == "The workstation is locked; log in again."
    photo = UsageError("A photo must be JPEG…", code=Code.PHOTO_TYPE,
                       params={"media_type": "image/gif"})
    assert messages.message_for(photo) == "A photo must be JPEG, PNG or WebP, not image/gif."
    assert messages.message_for(ValidationError("x", code=Code.MRN_FORM,
                                                params={"value": "1"})) == (
        "An MRN has 18 characters, like 25UA205050000123E0.")


def test_a_refused_record_names_its_problems() -> None:
    from checkpoint.domain.inspection import Inspection, amend, finalize, new_draft
    from checkpoint.formats.schema import load_example

    example = Inspection.from_document(load_example("inspection"))
    with pytest.raises(ValidationError) as blank:
        amend(example, "  ", "anna", "ws-01")
    assert messages.message_for(blank.value) == "Inspection: amendment reason is missing."
    with pytest.raises(ValidationError) as incomplete:
        finalize(new_draft("anna", "ws-01"))
    assert messages.message_for(incomplete.value) == (
        "The inspection cannot be finalized yet: 8 problem(s).")


def test_not_enrolled_names_the_menu_not_the_command() -> None:
    from checkpoint.errors import EnrollmentError

    coded = EnrollmentError("not enrolled", code=Code.NOT_ENROLLED)
    assert "checkpoint enroll" not in messages.sync_message(coded)
    assert "Enroll with HQ" in messages.sync_message(coded)
    legacy = EnrollmentError("This workstation is not enrolled with HQ yet: a supervisor "
                             "enrolls it (checkpoint enroll, or Sync ▸ Enroll with HQ… in "
                             "the app).")
    assert "checkpoint enroll" not in messages.sync_message(legacy)


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
    missing = [key for key in wanted if not uk.get(key)]
    assert missing == []
    for (_, source), text in ((key, uk[key]) for key in wanted):
        placeholders = sorted(set(re.findall(r"\{\w+\}|%n", source)))
        assert sorted(set(re.findall(r"\{\w+\}|%n", text or ""))) == placeholders, source
