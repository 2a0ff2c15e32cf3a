"""Fixtures of the inspection form's tests: the real app, an inspector, a new draft."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD
from tests.gui.helpers import WAIT_MS, logged_in


def new_form(qtbot: Any, app: Any) -> Any:
    """Ctrl+N in the main window; the new draft's form once it is shown."""
    before = app.window.form
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.window.form is not None and app.window.form is not before,
                    timeout=WAIT_MS)
    return app.window.form


@pytest.fixture
def inspector(qtbot: Any, gui_app: Any) -> Any:
    """The app with the inspector logged in and the main window shown."""
    logged_in(qtbot, gui_app, INSPECTOR, INSPECTOR_PASSWORD)
    return gui_app


@pytest.fixture
def form(qtbot: Any, inspector: Any) -> Any:
    """A new draft open in the form (Ctrl+N)."""
    return new_form(qtbot, inspector)
