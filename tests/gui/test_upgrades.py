"""Issue 13, section 4, through the real app: a workstation folder made by each earlier
release (``tests/fixtures/schema-*``) opens in this one with its records and accounts,
and a database written by a newer release is refused with a clear message, nothing
changed (the login window says so; the command line too)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from checkpoint.services import accounts, session
from checkpoint.store import migrations
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.gui.helpers import WAIT_MS, log_in, logged_in, settle
from tests.helpers import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VERSIONS = sorted(p.name for p in FIXTURES.glob("schema-*"))
CHIEF, CHIEF_PASSWORD = "chief", "correct horse battery"
ANNA, ANNA_PASSWORD = "anna", "inspector pass 1"


def _rows(app: Any) -> int:
    return int(app.window.ui.table.model().rowCount())


@pytest.mark.parametrize("version", VERSIONS)
def test_a_workstation_of_an_earlier_release_opens_with_its_records(
        qtbot: Any, launch: Any, tmp_path: Path, version: str) -> None:
    home = tmp_path / "ws"
    shutil.copytree(FIXTURES / version, home)
    expected = (FIXTURES / version / "EXPECTED").read_text().split()
    app = launch(home)
    logged_in(qtbot, app, ANNA, ANNA_PASSWORD)  # the inspector's account came along
    for box in (app.drafts_dialog,):
        if box is not None:
            box.reject()
    window = app.window
    window.ui.scopeCombo.setFocus()
    qtbot.keyClick(window.ui.scopeCombo, Qt.Key.Key_Down)  # All inspections
    qtbot.waitUntil(lambda: _rows(app) == len(expected), timeout=WAIT_MS)
    edit = window.ui.searchEdit  # the search index came along (and was refolded)
    edit.setFocus()
    qtbot.keyClicks(edit, "FIX3")
    qtbot.waitUntil(lambda: _rows(app) == 1, timeout=WAIT_MS)
    settle(qtbot, app)
    app.shutdown()
    with session.login(home, CHIEF, CHIEF_PASSWORD) as s:  # and the supervisor's
        assert migrations.applied(s.database) == [n for n, _ in migrations.MIGRATIONS]
        names = {(o.username, o.role) for o in accounts.list_operators(s)}
        assert {(CHIEF, "supervisor"), (ANNA, "inspector")} <= names
        ids = [r[0] for r in s.database.query(
            "SELECT id FROM records WHERE kind = 'inspection' ORDER BY id")]
        assert ids == sorted(expected)
        assert s.journal.verify(s.identity.verify_key) > 0


def _newer(home: Path) -> dict[str, str]:
    """Make ``home`` a database written by a newer release; the digests of its files."""
    with session.login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s, s.write() as conn:
        conn.execute("INSERT INTO _migrations VALUES ('9999_future', 'x')")
    return _digests(home)


def _digests(home: Path) -> dict[str, str]:
    return {name: hashlib.sha256((home / name).read_bytes()).hexdigest()
            for name in ("checkpoint.db", "keyslots.json")}


def test_a_newer_database_is_refused_at_login_and_left_as_it_was(
        qtbot: Any, launch: Any, workstation: Path) -> None:
    before = _newer(workstation)
    app = launch(workstation)
    log_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    dialog = app.login.login_dialog
    qtbot.waitUntil(lambda: "newer version of Checkpoint" in dialog.ui.messageLabel.text(),
                    timeout=WAIT_MS)
    text = dialog.ui.messageLabel.text()
    assert "9999_future" in text and "changed nothing" in text
    assert app.who is None and dialog.isVisible()
    settle(qtbot, app)
    assert _digests(workstation) == before


def test_a_newer_database_is_refused_on_the_command_line(workstation: Path) -> None:
    before = _newer(workstation)
    code, out, err = run_cli(["audit", "verify", "--as", SUPERVISOR, "--password-stdin"],
                             SUPERVISOR_PASSWORD + "\n", workstation)
    assert code != 0 and out == ""
    assert "newer version of Checkpoint" in err and "checkpoint --version" in err, err
    assert _digests(workstation) == before
