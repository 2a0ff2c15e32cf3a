"""Qt's versions, for ``checkpoint --version`` (loads QtCore only: no GUI, no display)."""

from __future__ import annotations


def qt_versions() -> tuple[str, str]:
    """The Qt library's runtime version and the PySide6 bindings' version."""
    import PySide6
    from PySide6.QtCore import qVersion

    return qVersion(), PySide6.__version__
