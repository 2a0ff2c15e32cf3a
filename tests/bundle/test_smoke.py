"""The built program (not the source tree) starts and works: ``checkpoint --version``,
``init`` and ``audit verify`` in a temporary folder, the app's login window offscreen."""

from __future__ import annotations

from pathlib import Path

from tests.bundle import smoke


def test_the_bundled_program_prints_its_versions(bundle: Path) -> None:
    lines = smoke.check_version(str(bundle / "checkpoint"))
    assert lines[0] == "checkpoint " + _source_version()


def test_the_bundled_program_makes_a_workstation_and_verifies_its_journal(
        bundle: Path, tmp_path: Path) -> None:
    assert smoke.check_init_and_audit(str(bundle / "checkpoint"), tmp_path / "ws").startswith(
        "journal intact")


def test_the_bundled_app_paints_its_login_window_offscreen(bundle: Path, tmp_path: Path) -> None:
    program = str(bundle / "checkpoint")
    smoke.check_init_and_audit(program, tmp_path / "ws")
    assert smoke.check_login_window(program, tmp_path / "ws").wall_s > 0


def test_a_missing_login_window_is_noticed(bundle: Path, tmp_path: Path) -> None:
    """Without a workstation the app shows its set-up window: the wait must fail."""
    (tmp_path / "empty").mkdir()
    proc = smoke.start_app(str(bundle / "checkpoint"), tmp_path / "empty" / "ws")
    try:
        smoke.wait_for_paint(proc, smoke.LOGIN_PAINTED, timeout=20)
    except AssertionError as e:
        assert "no paint" in str(e)
    else:
        raise AssertionError("the set-up window was taken for the login window")


def _source_version() -> str:
    import checkpoint

    return checkpoint.__version__
