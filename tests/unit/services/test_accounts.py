"""Operator accounts (issue 8, item 12): a supervisor adds, disables, resets and changes
the role of an account; everyone changes their own password; an account a supervisor
made must choose its own password; Cyrillic names are accepted, mixed scripts and
look-alike names refused with a true message."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkpoint.errors import (
    Code,
    ConflictError,
    PermissionDeniedError,
    UsageError,
    WrongPasswordError,
)
from checkpoint.services import accounts
from checkpoint.services.session import Session, login
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.helpers import run_cli

TEMP = "temporary pass 9"


def test_the_cli_makes_a_new_account_choose_its_own_password(workstation: Path) -> None:
    code, _, err = run_cli(["user", "add", "bob", "--role", "inspector", "--as", SUPERVISOR,
                            "--password-stdin"], f"{SUPERVISOR_PASSWORD}\n{TEMP}\n", workstation)
    assert code == 0, err
    with login(workstation, "bob", TEMP) as s:
        assert s.operator.must_change_password
    # the command line refuses to work for bob until he has chosen his password
    code, _, err = run_cli(["user", "list", "--as", "bob", "--password-stdin"], f"{TEMP}\n",
                           workstation)
    assert code == 1 and "checkpoint user passwd bob" in err
    code, _, err = run_cli(["user", "passwd", "bob", "--password-stdin"],
                           f"{TEMP}\nbobs own password\n", workstation)
    assert code == 0, err
    with login(workstation, "bob", "bobs own password") as s:
        assert not s.operator.must_change_password


def test_a_supervisor_resets_a_password_and_the_operator_must_choose_a_new_one(
        supervisor_session: Session, workstation: Path) -> None:
    accounts.reset_password(supervisor_session, INSPECTOR, TEMP)
    with pytest.raises(WrongPasswordError):
        login(workstation, INSPECTOR, INSPECTOR_PASSWORD)
    with login(workstation, INSPECTOR, TEMP) as s:
        assert s.operator.must_change_password
    assert "operator.reset" in [e.action for e in supervisor_session.journal.entries()]


def test_a_role_change_comes_with_a_temporary_password(supervisor_session: Session,
                                                       workstation: Path) -> None:
    accounts.reset_password(supervisor_session, INSPECTOR, TEMP, role="supervisor")
    with login(workstation, INSPECTOR, TEMP) as s:
        assert s.role == "supervisor"


def test_a_supervisor_changes_their_own_password_not_by_a_reset(
        supervisor_session: Session) -> None:
    with pytest.raises(ConflictError) as e:
        accounts.reset_password(supervisor_session, SUPERVISOR, TEMP, role="inspector")
    assert e.value.code == Code.RESET_SELF  # Change my password; or another supervisor


def test_an_inspector_cannot_reset_anyone(workstation: Path) -> None:
    with login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s, \
            pytest.raises(PermissionDeniedError):
        accounts.reset_password(s, SUPERVISOR, TEMP)


def test_everyone_changes_their_own_password_with_the_current_one(workstation: Path) -> None:
    with login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        with pytest.raises(WrongPasswordError):
            accounts.change_own_password(s, "not my password", "anna's new password")
        accounts.change_own_password(s, INSPECTOR_PASSWORD, "anna's new password")
    login(workstation, INSPECTOR, "anna's new password").close()


def test_a_disabled_account_is_listed_and_can_be_enabled_again(
        supervisor_session: Session, workstation: Path) -> None:
    accounts.disable_operator(supervisor_session, INSPECTOR)
    with pytest.raises(WrongPasswordError):
        login(workstation, INSPECTOR, INSPECTOR_PASSWORD)
    listed = {a.username: a for a in accounts.list_accounts(supervisor_session)}
    assert not listed[INSPECTOR].active and listed[SUPERVISOR].active
    accounts.add_operator(supervisor_session, INSPECTOR, "inspector", TEMP,
                          must_change_password=True)
    with login(workstation, INSPECTOR, TEMP) as s:
        assert s.operator.must_change_password


def test_a_cyrillic_user_name_is_accepted_and_case_insensitive(
        supervisor_session: Session, workstation: Path) -> None:
    accounts.add_operator(supervisor_session, "Олена", "inspector", TEMP)
    with login(workstation, "олена", TEMP) as s:
        assert s.username == "Олена" and s.role == "inspector"


@pytest.mark.parametrize("name", ["Оlena", "аnna.k"])  # a Cyrillic О / а among Latin letters
def test_a_name_mixing_scripts_is_refused_saying_why(supervisor_session: Session,
                                                      name: str) -> None:
    with pytest.raises(UsageError, match="mixes Latin and Cyrillic") as e:
        accounts.add_operator(supervisor_session, name, "inspector", TEMP)
    assert (e.value.code, e.value.params) == (Code.USERNAME_MIXED_SCRIPT, {"name": name})


def test_a_name_that_looks_like_an_existing_one_is_refused(supervisor_session: Session) -> None:
    accounts.add_operator(supervisor_session, "APE", "inspector", TEMP)
    with pytest.raises(ConflictError, match="looks the same as") as e:
        accounts.add_operator(supervisor_session, "АРЕ", "inspector", TEMP)  # Cyrillic
    assert (e.value.code, e.value.params) == (Code.OPERATOR_LOOKALIKE,
                                              {"username": "АРЕ", "existing": "APE"})


def test_an_invalid_name_gets_a_true_message(supervisor_session: Session) -> None:
    with pytest.raises(UsageError) as e:
        accounts.add_operator(supervisor_session, "anna k", "inspector", TEMP)
    assert "Latin or Cyrillic letters" in str(e.value) and "space" in str(e.value)
    assert e.value.code == Code.USERNAME_FORM


def test_a_supervisor_unblocks_an_operator_from_the_command_line(workstation: Path) -> None:
    from checkpoint.errors import ThrottledError
    from checkpoint.store import throttle

    for _ in range(throttle.FREE_ATTEMPTS):
        with pytest.raises(WrongPasswordError):
            login(workstation, INSPECTOR, "wrong password!!")
    with pytest.raises(ThrottledError):
        login(workstation, INSPECTOR, INSPECTOR_PASSWORD)
    code, out, err = run_cli(["user", "unblock", INSPECTOR, "--as", SUPERVISOR,
                              "--password-stdin"], f"{SUPERVISOR_PASSWORD}\n", workstation)
    assert code == 0 and "cleared" in out, err
    login(workstation, INSPECTOR, INSPECTOR_PASSWORD).close()
