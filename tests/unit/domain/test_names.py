"""Account names: the one rule the workstation and HQ apply (checkpoint/domain/names.py)."""

from __future__ import annotations

import unicodedata

import pytest

from checkpoint.domain import names
from checkpoint.errors import Code, UsageError
from checkpoint.services import policy


@pytest.mark.parametrize("name", ["chief", "anna.k", "Петро", "олена_1", "x@post"])
def test_names_of_one_script_are_accepted(name: str) -> None:
    assert names.username_problem(name) is None
    assert policy.check_username(name) == name


@pytest.mark.parametrize(("name", "code"), [
    ("hq", Code.USERNAME_RESERVED),  # the journal's actor of HQ's changes
    ("HQ", Code.USERNAME_RESERVED),
    ("Unknown", Code.USERNAME_RESERVED),  # the journal's actor of failed logins
    ("аnna", Code.USERNAME_MIXED_SCRIPT),  # a Cyrillic а
    ("../evil", Code.USERNAME_FORM),
    ("x" * 65, Code.USERNAME_FORM),
    (7, Code.USERNAME_FORM),
])
def test_reserved_mixed_and_malformed_names_are_refused_with_their_code(
        name: object, code: Code) -> None:
    assert names.username_problem(name) is code
    if isinstance(name, str):
        with pytest.raises(UsageError) as err:
            policy.check_username(name)
        assert err.value.code is code


def test_a_name_is_judged_and_returned_in_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Йосип")
    assert decomposed != "Йосип"
    assert names.username_problem(decomposed) is None
    assert policy.check_username(decomposed) == "Йосип"


def test_look_alike_names_share_a_key_and_others_do_not() -> None:
    assert names.look_alike_key("ЕКНО") == names.look_alike_key("ekho")
    assert names.look_alike_key("АРЕ") == names.look_alike_key("Ape")
    assert names.look_alike_key("Петро") == names.look_alike_key("ПЕТРО")
    assert names.look_alike_key("chief") != names.look_alike_key("chef")
