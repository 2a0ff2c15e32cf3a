"""Fixtures of the GUI tests: the real app on a fresh workstation, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from checkpoint.documents import check_digit


def td3(surname: str, given: str, number: str, nationality: str = "UKR",
        birth: str = "850309", sex: str = "M", expiry: str = "300115",
        *, corrupt: bool = False) -> tuple[str, str]:
    """A passport MRZ (TD3) with correct check digits (or a wrong number digit)."""
    name = f"{surname}<<{given.replace(' ', '<')}"
    line1 = f"P<{nationality}{name}".ljust(44, "<")[:44]
    num = number.ljust(9, "<")
    num_cd = check_digit(num)
    if corrupt:
        num_cd = str((int(num_cd) + 1) % 10)
    optional = "<" * 14
    body = (num + num_cd + nationality + birth + check_digit(birth) + sex + expiry
            + check_digit(expiry) + optional + "<")
    composite = check_digit(body[0:10] + body[13:20] + body[21:43])
    return line1, body + composite


@pytest.fixture
def gui_app(qtbot: object, workstation: Path) -> Iterator[object]:
    """The app started on a workstation with a supervisor and an inspector."""
    from PySide6.QtWidgets import QApplication

    from checkpoint.gui.app import App, prepare

    app = App(workstation)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    prepare(qapp, "en")
    app.start()
    yield app
    if app.window.form is not None:
        app.window.form.save_now()
    app.shutdown()
    app.window.close()
    for dialog in (app.login_dialog, app.drafts_dialog):
        if dialog is not None:
            dialog.close()
