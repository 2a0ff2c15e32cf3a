"""The app's small service questions; the unsent count counts finalized records only."""

from __future__ import annotations

from pathlib import Path

from checkpoint.services import demo, gui_support, inspections, session
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD


def test_unsent_count_agrees_with_the_inspection_service(workstation: Path) -> None:
    with session.login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        demo.fill(s, 12, seed=4, days=2)
        inspections.start(s)
        inspections.start(s)
        assert inspections.unsent_count(s) == 12
        assert gui_support.is_initialized(workstation)
    assert not gui_support.is_initialized(workstation / "elsewhere")
