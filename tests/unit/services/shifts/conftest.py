"""Fixtures of the shift tests: a workstation with two supervisors and an inspector."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from checkpoint.services import accounts
from checkpoint.services.session import Session, login
from tests.conftest import (
    INSPECTOR,
    INSPECTOR_PASSWORD,
    SUPERVISOR,
    SUPERVISOR_PASSWORD,
)

RELIEF, RELIEF_PASSWORD = "relief", "relieving supervisor 1"


@pytest.fixture
def post(workstation: Path) -> Path:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        accounts.add_operator(s, RELIEF, "supervisor", RELIEF_PASSWORD)
    return workstation


@pytest.fixture
def as_user(post: Path) -> Iterator[Callable[[str], Session]]:
    """``as_user(name)``: a session of chief, relief or anna (closed after the test)."""
    opened: list[Session] = []
    passwords = {SUPERVISOR: SUPERVISOR_PASSWORD, RELIEF: RELIEF_PASSWORD,
                 INSPECTOR: INSPECTOR_PASSWORD}

    def open_as(name: str) -> Session:
        s = login(post, name, passwords[name])
        opened.append(s)
        return s

    yield open_as
    for s in opened:
        s.close()
