"""The face of the sync wing: enrolled or not, unsent records, the quarantine's role check."""

from __future__ import annotations

from pathlib import Path

from checkpoint.domain.inspection import Inspection
from checkpoint.services import demo, inspections, session, sync
from checkpoint.services.folders import is_initialized
from checkpoint.services.session import Session
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD


def test_unsent_count_counts_finalized_records(inspector: Session,
                                               complete_draft: Inspection) -> None:
    assert sync.unsent_count(inspector) == 0
    inspections.finalize(inspector, complete_draft)
    assert sync.unsent_count(inspector) == 1
    assert not sync.is_enrolled(inspector)


def test_drafts_are_not_counted_and_a_folder_knows_if_it_is_set_up(workstation: Path) -> None:
    with session.login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        demo.fill(s, 12, seed=4, days=2)
        inspections.start(s)
        inspections.start(s)
        assert sync.unsent_count(s) == 12
    assert is_initialized(workstation)
    assert not is_initialized(workstation / "elsewhere")


def test_only_a_supervisor_sees_or_retries_the_quarantine(inspector: Session) -> None:
    import pytest

    from checkpoint.errors import PermissionDeniedError

    with sync.SyncEngine.for_session(inspector) as engine:
        with pytest.raises(PermissionDeniedError):
            engine.quarantined()
        with pytest.raises(PermissionDeniedError):
            engine.retry_quarantined()
