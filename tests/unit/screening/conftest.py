"""Fixtures: the sample FtM list parsed, and a workstation whose index holds it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from checkpoint.domain.alert import Alert
from checkpoint.formats.ftm import parse_lines
from checkpoint.services import screening
from checkpoint.services.session import Session, login
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD

SAMPLE = Path(__file__).with_name("sample.ftm.jsonl")
LIST = "UA-NAT"


@pytest.fixture(scope="session")
def sample_alerts() -> list[Alert]:
    with SAMPLE.open(encoding="utf-8") as f:
        parsed = parse_lines(f, LIST)
    assert parsed.errors == []
    return parsed.alerts


@pytest.fixture
def loaded(workstation: Path, sample_alerts: list[Alert]) -> Path:
    """The workstation with the sample list at version 1."""
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        screening.replace_list(s, LIST, 1, sample_alerts, pulled_at="2026-12-01T08:00:00.000Z")
    return workstation


@pytest.fixture
def officer(loaded: Path) -> Iterator[Session]:
    s = login(loaded, INSPECTOR, INSPECTOR_PASSWORD)
    yield s
    s.close()
