"""Fixtures of the GUI tests: the real app on a fresh workstation, offscreen; the real
HQ server (the e2e tests' ``Hq``, on SQLite) for the sync tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from checkpoint.documents import check_digit
from tests.e2e.conftest import Hq, enrolled  # noqa: F401  (the fixture, on this ``hq``)


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


def _stop(app: Any) -> None:
    if app.window.form is not None:
        app.window.form.save_now()
    app.shutdown()
    app.window.close()
    for dialog in (app.login.login_dialog, app.drafts_dialog):
        if dialog is not None:
            dialog.close()


@pytest.fixture
def launch(qtbot: object) -> Iterator[Callable[..., Any]]:
    """``launch(home, sync=SyncOptions(...))``: the app started on ``home``, stopped after."""
    from PySide6.QtWidgets import QApplication

    from checkpoint.gui.app import App, prepare

    started: list[App] = []

    def start(home: Path, **options: Any) -> App:
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        prepare(qapp, "en")
        app = App(home, **options)
        app.start()
        started.append(app)
        return app

    yield start
    for app in started:
        _stop(app)


@pytest.fixture
def gui_app(launch: Callable[..., Any], workstation: Path) -> object:
    """The app started on a workstation with a supervisor and an inspector."""
    return launch(workstation)


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Hq]:
    """The real HQ on 127.0.0.1 over TLS with its own CA (SQLite; the e2e tests cover
    PostgreSQL)."""
    from hq.config import init_hq
    from hq.faults import Faults

    server = Hq(init_hq(tmp_path / "hq", ["127.0.0.1", "localhost"], None), Faults())
    yield server
    server.stop()


@pytest.fixture
def ukrainian(qtbot: object) -> Iterator[None]:
    """The app's Ukrainian translation installed, as ``prepare(app, "uk")`` does."""
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from checkpoint.gui.language import TRANSLATIONS

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = QTranslator()
    assert translator.load(QLocale("uk"), "checkpoint", "_", str(TRANSLATIONS))
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)
