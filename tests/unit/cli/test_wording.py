"""The command line words codes for a terminal: flags and commands are its words, not the core's."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkpoint.cli.wording import PROBLEMS, error_lines, error_text, problem_text
from checkpoint.domain.inspection import finalize, new_draft
from checkpoint.errors import (
    AuthError,
    Code,
    ConflictError,
    NotInitializedError,
    Problem,
    ThrottledError,
    ValidationError,
)
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD
from tests.helpers import run_cli

PROBLEM_CODES = list(Code)[: list(Code).index(Code.ERROR)]


def test_every_problem_code_has_terminal_words() -> None:
    assert [code for code in PROBLEM_CODES if code not in PROBLEMS] == []


def test_a_problem_reads_as_its_path_and_a_sentence() -> None:
    assert problem_text(Problem("persons[0].sex", Code.MISSING)) == "persons[0].sex: is missing."
    assert problem_text(Problem("persons[1].nationality", Code.COUNTRY_UNKNOWN,
                                {"value": "QQQ"})) == (
        "persons[1].nationality: 'QQQ' is not an ISO 3166-1 alpha-3 or ICAO country code.")
    assert problem_text(Problem("persons[0].birth_date", Code.DATE_FORM,
                                {"value": "1-2", "partial": "yes"})).endswith(
        "'1-2' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.")
    assert problem_text(Problem("", Code.NO_SUBJECT)).startswith("(the record): record at least")


def test_a_refused_finalize_lists_every_problem_on_its_own_line() -> None:
    with pytest.raises(ValidationError) as caught:
        finalize(new_draft("anna", "ws-01"))
    lines = error_lines(caught.value)
    assert lines[0] == "The inspection cannot be finalized yet: 8 problem(s)."
    assert "  direction: is missing." in lines
    assert len(lines) == 9


def test_the_core_names_no_flag_the_terminal_does(tmp_path: Path) -> None:
    exists = ConflictError("A workstation already exists.", code=Code.WORKSTATION_EXISTS,
                           params={"home": str(tmp_path)})
    assert "--force" not in str(exists)
    assert "add --force" in error_text(exists)
    missing = NotInitializedError(f"There is no workstation in {tmp_path} yet.",
                                  params={"home": str(tmp_path)})
    assert "--home" not in str(missing) and "checkpoint init" not in str(missing)
    assert "checkpoint init" in error_text(missing) and "--home" in error_text(missing)


def test_restore_onto_a_workstation_says_which_flag_replaces_it(workstation: Path,
                                                               tmp_path: Path) -> None:
    backup = tmp_path / "ws.backup"
    code, _, err = run_cli(["backup", str(backup), "--as", INSPECTOR, "--password-stdin"],
                           INSPECTOR_PASSWORD + "\n", workstation)
    assert code == 0, err
    code, _, err = run_cli(["restore", str(backup)], "", workstation)
    assert code == 1
    assert "add --force to replace it" in err


def test_login_refusals_say_what_a_terminal_user_can_do() -> None:
    first = AuthError("anna must choose their own password first.",
                      code=Code.MUST_CHANGE_PASSWORD, params={"username": "anna"})
    assert "checkpoint" not in str(first)
    assert error_text(first).endswith("checkpoint user passwd anna")
    waiting = ThrottledError(9.5)
    assert "unblock" not in str(waiting)
    assert "wait 10 s" in error_text(waiting) and "checkpoint user unblock" in error_text(waiting)
    own = ConflictError("Change your own password with Change my password…",
                        code=Code.RESET_SELF)
    assert "checkpoint user passwd" in error_text(own)
