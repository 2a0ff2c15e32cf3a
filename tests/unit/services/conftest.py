"""Fixtures for the service tests: a logged-in inspector and a complete inspection."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from checkpoint.domain.inspection import Inspection, Status
from checkpoint.formats import load_example
from checkpoint.services import inspections
from checkpoint.services.session import Session, login
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD


@pytest.fixture
def inspector(workstation: Path) -> Iterator[Session]:
    s = login(workstation, INSPECTOR, INSPECTOR_PASSWORD)
    yield s
    s.close()


@pytest.fixture
def complete_draft(inspector: Session) -> Inspection:
    """A started draft filled with the content of the complete example."""
    draft = inspections.start(inspector)
    example = Inspection.from_document(load_example("inspection"))
    return replace(example, id=draft.id, status=Status.DRAFT, created_at=draft.created_at,
                   updated_at=draft.updated_at, device_id=draft.device_id, author=draft.author,
                   finalized_at=None)
