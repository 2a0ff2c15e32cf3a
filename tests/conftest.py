"""Shared fixtures: a fresh workstation folder, a set-up workstation, a session."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Key derivation at its floor (64 MiB, t=3) instead of the ~0.8 s calibration; never lower.
os.environ["CHECKPOINT_KDF_CALIBRATION"] = "floor"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CHECKPOINT_HOME", None)

SUPERVISOR = "chief"
SUPERVISOR_PASSWORD = "correct horse battery"
INSPECTOR = "anna"
INSPECTOR_PASSWORD = "inspector pass 1"


@pytest.fixture(autouse=True)
def _no_widget_outlives_its_test() -> Iterator[None]:
    """Delete every window a test left behind (closed is not deleted).

    The test process keeps one QApplication for all its tests; each left-over window
    kept its widgets alive (about 570 for an app's main window and form), and every
    later ``setStyleSheet`` and translator switch walks all living widgets: a GUI
    test's start-up grew from 0.3 s to 40 s within one worker and CI ran 82 minutes.
    """
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "ws"


@pytest.fixture
def workstation(home: Path) -> Path:
    """A set-up workstation with a supervisor and an inspector."""
    from checkpoint.services import accounts, session, workstation

    workstation.init_workstation(home, SUPERVISOR, SUPERVISOR_PASSWORD)
    with session.login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        accounts.add_operator(s, INSPECTOR, "inspector", INSPECTOR_PASSWORD)
    return home


@pytest.fixture
def supervisor_session(workstation: Path) -> Iterator[object]:
    from checkpoint.services.session import login

    s = login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD)
    yield s
    s.close()
