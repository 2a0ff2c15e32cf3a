"""The built program (not the source tree) starts and works: ``checkpoint --version``,
``init`` and ``audit verify`` in a temporary folder, the app's login window offscreen."""

from __future__ import annotations

import re
from pathlib import Path

from tests.bundle import smoke


def test_the_bundled_program_prints_its_versions(bundle: Path) -> None:
    lines = smoke.check_version(str(bundle / "checkpoint"))
    assert lines[0] == "checkpoint " + _source_version()


def test_the_bundled_program_makes_a_workstation_and_verifies_its_journal(
        bundle: Path, tmp_path: Path) -> None:
    assert smoke.check_init_and_audit(str(bundle / "checkpoint"), tmp_path / "ws").startswith(
        "journal intact")


def test_the_bundled_program_screens(bundle: Path, tmp_path: Path) -> None:
    program = str(bundle / "checkpoint")
    smoke.check_init_and_audit(program, tmp_path / "ws")
    assert smoke.check_screening(program, tmp_path / "ws")["snapshots"] == []


def test_the_bundled_app_paints_its_login_window_offscreen(bundle: Path, tmp_path: Path) -> None:
    program = str(bundle / "checkpoint")
    smoke.check_init_and_audit(program, tmp_path / "ws")
    assert smoke.check_login_window(program, tmp_path / "ws").wall_s > 0


def test_the_login_window_is_told_apart_from_another_window(bundle: Path, tmp_path: Path) -> None:
    """Without a workstation the app paints its set-up wizard, which must not pass for the
    login window."""
    (tmp_path / "empty").mkdir()
    proc = smoke.start_app(str(bundle / "checkpoint"), tmp_path / "empty" / "ws")
    painted = smoke.wait_for_paint(proc, re.compile(r"Drawing .* of (\w+Dialog|SetupWizard)\("))
    assert "of SetupWizard(" in painted.line
    assert not smoke.LOGIN_PAINTED.search(painted.line)


def _source_version() -> str:
    import checkpoint

    return checkpoint.__version__
