"""Small questions the desktop app asks that the other services do not answer (yet)."""

from __future__ import annotations

from pathlib import Path

from checkpoint.store.layout import Layout


def is_initialized(home: Path) -> bool:
    """Tell whether a workstation has been set up in ``home``."""
    return Layout(home).is_initialized()

