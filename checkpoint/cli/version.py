"""``checkpoint --version``: the program, its database schema, SQLCipher, Qt, Python.

Computed only when asked (SQLCipher and QtCore are loaded then, never Qt's GUI
modules), so no other command pays for it.
"""

from __future__ import annotations

import argparse
import platform
from collections.abc import Sequence
from typing import Any, NoReturn


def version_text() -> str:
    from checkpoint.gui.about import qt_versions
    from checkpoint.services.about import versions

    v = versions()
    qt, pyside = qt_versions()
    return "\n".join([
        f"checkpoint {v.program}",
        f"schema {v.schema} ({v.schema_name})",
        f"SQLCipher {v.sqlcipher} (SQLite {v.sqlite})",
        f"Qt {qt} (PySide6 {pyside})",
        f"Python {platform.python_version()}",
    ])


class VersionAction(argparse.Action):
    """Print :func:`version_text` and exit 0, like argparse's own ``version`` action."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="print the versions of the program, its database schema, "
                              "SQLCipher and Qt, then exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> NoReturn:
        print(version_text())
        parser.exit(0)
