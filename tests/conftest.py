"""Shared fixtures: a fresh workstation folder, a set-up workstation, a session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Key derivation at its floor (64 MiB, t=3) instead of the ~0.8 s calibration; never lower.
os.environ["CHECKPOINT_KDF_CALIBRATION"] = "floor"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CHECKPOINT_HOME", None)

SUPERVISOR = "chief"
SUPERVISOR_PASSWORD = "correct horse battery"
INSPECTOR = "anna"
INSPECTOR_PASSWORD = "inspector pass 1"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "ws"


@pytest.fixture
def workstation(home: Path) -> Path:
    """A set-up workstation with a supervisor and an inspector."""
    from checkpoint.services import accounts, session, workstation

    workstation.init_workstation(home, SUPERVISOR, SUPERVISOR_PASSWORD)
    with session.login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        accounts.add_operator(s, INSPECTOR, "inspector", INSPECTOR_PASSWORD)
    return home


@pytest.fixture
def supervisor_session(workstation: Path) -> Iterator[object]:
    from checkpoint.services.session import login

    s = login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD)
    yield s
    s.close()
