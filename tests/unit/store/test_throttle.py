"""The failed-login delay (issue 8, item 8): attempts made during the wait are refused
without counting, the delay is short enough that typing a colleague's name cannot lock
them out for long, the officer learns how many attempts failed, a supervisor can clear
a delay, and what was typed into the name field is never kept on disk."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from checkpoint.errors import PermissionDeniedError, ThrottledError, WrongPasswordError
from checkpoint.services import accounts
from checkpoint.services.session import login
from checkpoint.store import slotfile, throttle
from checkpoint.store.layout import Layout
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD

WRONG = "wrong password!!"


def _fail(home: Path, name: str = INSPECTOR, times: int = 1,
          monkeypatch: pytest.MonkeyPatch | None = None) -> None:
    """Wrong passwords, each after the previous wait is over (the clock moved on)."""
    real, skew = time.time, 0.0
    for i in range(times):
        if monkeypatch is not None and i:
            skew += throttle.MAX_DELAY + 1
            monkeypatch.setattr(time, "time", lambda s=skew: real() + s)
        with pytest.raises(WrongPasswordError):
            login(home, name, WRONG)


def _hash(home: Path, name: str) -> str:
    return slotfile.candidates(Layout(home))[0].user_hash(name)


def test_attempts_during_the_wait_are_refused_without_counting(workstation: Path) -> None:
    _fail(workstation, times=throttle.FREE_ATTEMPTS)
    first = throttle.load(Layout(workstation)).retry_after(_hash(workstation, INSPECTOR))
    for _ in range(5):  # the officer keeps pressing Enter during the wait
        with pytest.raises(ThrottledError):
            login(workstation, INSPECTOR, INSPECTOR_PASSWORD)
    state = throttle.load(Layout(workstation))
    h = _hash(workstation, INSPECTOR)
    assert state.failure_count(h) == throttle.FREE_ATTEMPTS
    assert state.retry_after(h) <= first  # the wait did not grow


def test_the_right_password_works_once_the_announced_wait_is_over(
        workstation: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fail(workstation, times=throttle.FREE_ATTEMPTS + 2, monkeypatch=monkeypatch)
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now)  # right after the last failure
    with pytest.raises(ThrottledError) as e:
        login(workstation, INSPECTOR, INSPECTOR_PASSWORD)
    announced = e.value.retry_after
    assert 0 < announced <= throttle.MAX_DELAY
    for _ in range(10):
        with pytest.raises(ThrottledError):
            login(workstation, INSPECTOR, INSPECTOR_PASSWORD)
    monkeypatch.setattr(time, "time", lambda: now + announced + 0.5)
    login(workstation, INSPECTOR, INSPECTOR_PASSWORD).close()


def test_a_colleague_cannot_be_locked_out_for_long() -> None:
    """Worst case, simulated: someone types a colleague's name with wrong passwords as
    fast as the program answers, for eight hours. Whenever the colleague comes, they
    wait at most MAX_DELAY (30 s), and nothing the other does makes it longer."""
    state = throttle.AuthState()
    victim = "v" * 64
    now, longest = 0.0, 0.0
    while now < 8 * 3600:
        wait = state.retry_after(victim, now)
        longest = max(longest, wait)
        if wait > 0:
            state.refused(victim, "t")
        else:
            state.failed(victim, "wrong_password", "t", now)
        now += 0.25
    assert longest <= throttle.MAX_DELAY <= 30
    assert throttle.delay_after(10_000) == throttle.MAX_DELAY
    assert len(state.pending) <= throttle.MAX_PENDING


def test_a_clock_set_back_does_not_lengthen_the_wait() -> None:
    state = throttle.AuthState()
    for _ in range(throttle.FREE_ATTEMPTS + 1):
        state.failed("h", "wrong_password", "t", 1_000_000.0)
    assert state.retry_after("h", 1_000_000.0 - 86_400) <= throttle.MAX_DELAY


def test_the_officer_learns_how_many_attempts_failed_since_the_last_login(
        workstation: Path) -> None:
    _fail(workstation, times=2)
    with login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        assert s.failed_attempts == 2
    with login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        assert s.failed_attempts == 0


def test_a_supervisor_clears_an_operators_delay(workstation: Path) -> None:
    _fail(workstation, times=throttle.FREE_ATTEMPTS)
    with pytest.raises(ThrottledError):
        login(workstation, INSPECTOR, INSPECTOR_PASSWORD)
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert accounts.login_delay(s, INSPECTOR) > 0
        accounts.clear_login_delay(s, INSPECTOR)
        assert accounts.login_delay(s, INSPECTOR) == 0
        assert list(s.journal.entries())[-1].action == "auth.delay_cleared"
    with login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        # the delay is gone, the failed attempts are still reported
        assert s.failed_attempts == throttle.FREE_ATTEMPTS


def test_an_inspector_cannot_clear_a_delay(workstation: Path) -> None:
    with login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s, \
            pytest.raises(PermissionDeniedError):
        accounts.clear_login_delay(s, SUPERVISOR)


def test_a_password_typed_into_the_name_field_leaves_no_hash_of_it_on_disk(
        workstation: Path) -> None:
    secret = "my secret pass 42"
    _fail(workstation, secret)
    raw = Layout(workstation).auth_state.read_text()
    slots = slotfile.candidates(Layout(workstation))[0]
    assert slots.user_hash(secret) not in raw
    assert secret not in raw
    # but the attempt is still counted and journaled (as an unknown name)
    data = json.loads(raw)
    assert sum(int(r["count"]) for r in data["failures"].values()) == 1
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        failed = [e for e in s.journal.entries() if e.action == "auth.login_failed"]
    assert [e.actor for e in failed] == ["unknown"]
