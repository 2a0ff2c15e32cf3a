"""The printed protocol (Qt's PDF writer) with the record's number and digest, journaled;
About shows the version and the workstation id; photos are picked from Pictures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from checkpoint import __version__
from checkpoint.services import session
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD
from tests.gui.helpers import WAIT_MS, settle
from tests.gui.inspection.test_inspection_flow import fill_record

pytestmark = pytest.mark.timeout(120)


def test_the_protocol_is_a_pdf_with_number_and_digest_and_the_print_is_journaled(
        qtbot: Any, inspector: Any, form: Any, tmp_path: Path, workstation: Path) -> None:
    from checkpoint.gui.inspection.protocol import protocol_html

    fill_record(qtbot, form)
    form.finalize()
    qtbot.waitUntil(lambda: form.read_only, timeout=WAIT_MS)
    assert form.print_button.isVisible() or not form.isVisible()
    target = tmp_path / "protocol.pdf"
    with qtbot.waitSignal(form.printed, timeout=WAIT_MS) as signal:
        form.print_protocol(target)
    assert signal.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    settle(qtbot, inspector)
    record_id = form.insp.id
    inspector.tasks.run_now(inspector.tasks.close_session)
    with session.login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        entries = [e for e in s.journal.entries() if e.subject == f"inspection:{record_id}"]
    finalized = next(e for e in entries if e.action == "inspection.finalize")
    printed = next(e for e in entries if e.action == "inspection.print")
    assert printed.payload_dict()["digest"] == finalized.payload_dict()["digest"]
    assert printed.payload_dict()["pages"] >= 1
    text = protocol_html(form.insp, printed.payload_dict()["digest"], INSPECTOR)
    assert record_id in text and printed.payload_dict()["digest"] in text


def test_a_draft_has_no_protocol_to_print(qtbot: Any, inspector: Any, form: Any,
                                          tmp_path: Path) -> None:
    assert not form.print_button.isVisible()
    qtbot.keyClick(form, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    form.print_protocol(tmp_path / "draft.pdf")
    settle(qtbot, inspector)
    assert not (tmp_path / "draft.pdf").exists()


def test_about_shows_the_version_and_the_workstation_id(qtbot: Any, inspector: Any) -> None:
    window = inspector.window
    device = inspector.tasks.run_now(lambda: inspector.tasks.session().device_id)
    window.ui.actionAbout.trigger()
    qtbot.waitUntil(lambda: getattr(window, "about_box", None) is not None, timeout=WAIT_MS)
    text = window.about_box.text()
    assert __version__ in text and device in text


def test_the_photo_dialog_opens_in_the_pictures_folder(monkeypatch: Any, tmp_path: Path) -> None:
    from checkpoint.gui.inspection.photos_part import pictures_folder

    (tmp_path / "Pictures").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_PICTURES_DIR", raising=False)
    assert Path(pictures_folder()) == tmp_path / "Pictures"
