"""The workstation folder: where it is, whether it is set up, where its logs go.

Light on purpose (no database or crypto imports): the app asks it before the login
window shows, and the CLI before it knows what it will do.
"""

from __future__ import annotations

from pathlib import Path

from checkpoint.store.layout import Layout
from checkpoint.store.layout import default_home as _default_home


def default_home() -> Path:
    """The workstation folder when none is given: ``$CHECKPOINT_HOME`` or the user data dir."""
    return _default_home()


def is_initialized(home: Path) -> bool:
    """Tell whether a workstation has been set up in ``home``."""
    return Layout(home).is_initialized()


def logs_folder(home: Path) -> Path:
    """The folder of the log files of the workstation in ``home``."""
    return Layout(home).logs
