"""Small questions the desktop app asks before anyone has logged in."""

from __future__ import annotations

from pathlib import Path

from checkpoint.store.layout import Layout


def is_initialized(home: Path) -> bool:
    """Tell whether a workstation has been set up in ``home``."""
    return Layout(home).is_initialized()

