"""Logging in: roles, password policy, throttling that survives a restart, everything journaled."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from checkpoint.errors import (
    Code,
    ConflictError,
    PasswordPolicyError,
    PermissionDeniedError,
    ThrottledError,
    WrongPasswordError,
)
from checkpoint.services import accounts
from checkpoint.services.session import login
from checkpoint.store import throttle
from checkpoint.store.layout import Layout
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD


def test_login_works_offline_and_is_journaled(workstation: Path) -> None:
    with login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        last = list(s.journal.entries())[-1]
    assert (last.actor, last.action) == (INSPECTOR, "auth.login")


def test_user_names_are_case_insensitive(workstation: Path) -> None:
    with login(workstation, "ANNA", INSPECTOR_PASSWORD) as s:
        assert s.role == "inspector"


def test_a_short_password_is_refused(supervisor_session: object) -> None:
    with pytest.raises(PasswordPolicyError, match="at least 12 characters"):
        accounts.add_operator(supervisor_session, "bob", "inspector", "short pass")  # type: ignore[arg-type]


def test_an_inspector_cannot_manage_accounts(workstation: Path) -> None:
    with login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s, \
            pytest.raises(PermissionDeniedError, match="Only a supervisor"):
        accounts.add_operator(s, "bob", "inspector", "long enough password")


def test_the_last_supervisor_cannot_be_removed(supervisor_session: object) -> None:
    with pytest.raises(ConflictError):
        accounts.remove_operator(supervisor_session, SUPERVISOR)  # type: ignore[arg-type]


def test_a_duplicate_operator_is_refused(supervisor_session: object) -> None:
    with pytest.raises(ConflictError, match="already exists"):
        accounts.add_operator(supervisor_session, INSPECTOR, "inspector",  # type: ignore[arg-type]
                              "another good password")


def test_failed_attempts_impose_a_growing_delay_that_survives_a_restart(
        workstation: Path) -> None:
    told = []
    for _ in range(throttle.FREE_ATTEMPTS):
        with pytest.raises(WrongPasswordError) as wrong:
            login(workstation, INSPECTOR, "wrong password!!")
        told.append(wrong.value.retry_after)
    assert wrong.value.code == Code.WRONG_PASSWORD
    # the failure that starts the delay says so (the login window counts it down)
    assert told[:-1] == [0.0] * (throttle.FREE_ATTEMPTS - 1) and told[-1] > 0
    # the state lives in a file: a fresh process (here: a fresh load) sees it
    state = throttle.load(Layout(workstation))
    h = __import__("checkpoint.store.slotfile", fromlist=["x"]).candidates(
        Layout(workstation))[0].user_hash(INSPECTOR)
    assert state.failure_count(h) == throttle.FREE_ATTEMPTS
    first_wait = state.retry_after(h)
    assert first_wait > 0
    with pytest.raises(ThrottledError) as e:
        login(workstation, INSPECTOR, INSPECTOR_PASSWORD)  # even the right password waits
    assert "wait" in str(e.value)
    assert (e.value.code, e.value.params) == (Code.THROTTLED,
                                              {"seconds": int(first_wait + 0.999)})
    assert throttle.delay_after(throttle.FREE_ATTEMPTS + 3) > throttle.delay_after(
        throttle.FREE_ATTEMPTS)


def test_every_attempt_is_journaled_at_the_next_unlock(workstation: Path) -> None:
    for _ in range(2):
        with pytest.raises(WrongPasswordError):
            login(workstation, INSPECTOR, "wrong password!!")
    with pytest.raises(WrongPasswordError):
        login(workstation, "ghost", "wrong password!!")
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        entries = list(s.journal.entries())
    failed = [(e.actor, e.payload_dict()["outcome"]) for e in entries
              if e.action == "auth.login_failed"]
    assert failed == [(INSPECTOR, "wrong_password"), (INSPECTOR, "wrong_password"),
                      ("unknown", "wrong_password")]
    assert entries[-1].action == "auth.login"


def test_a_successful_login_resets_the_counter(workstation: Path) -> None:
    with pytest.raises(WrongPasswordError):
        login(workstation, INSPECTOR, "wrong password!!")
    login(workstation, INSPECTOR, INSPECTOR_PASSWORD).close()
    state = throttle.load(Layout(workstation))
    assert state.failures == {}


def test_the_delay_expires(workstation: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(throttle.FREE_ATTEMPTS):
        with pytest.raises(WrongPasswordError):
            login(workstation, INSPECTOR, "wrong password!!")
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + throttle.MAX_DELAY + 1)
    login(workstation, INSPECTOR, INSPECTOR_PASSWORD).close()
