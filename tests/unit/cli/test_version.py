"""``checkpoint --version``: the program, schema, SQLCipher and Qt versions, cheaply."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import checkpoint
from checkpoint.store.migrations import MIGRATIONS

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import sys
from checkpoint.cli import main
try:
    main(["--version"])
except SystemExit as e:
    assert e.code == 0, e.code
gui = ("PySide6.QtGui", "PySide6.QtWidgets", "checkpoint.gui.app")
loaded = [m for m in gui if m in sys.modules]
print("LOADED", ",".join(loaded))
"""


def _run(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, check=True)
    return out.stdout.splitlines()


def test_version_names_the_program_schema_sqlcipher_and_qt() -> None:
    lines = _run(PROBE)[:-1]
    assert lines[0] == f"checkpoint {checkpoint.__version__}"
    assert lines[1] == f"schema {len(MIGRATIONS)} ({MIGRATIONS[-1][0]})"
    assert re.fullmatch(r"SQLCipher 4\.\d+\.\d+ community \(SQLite 3\.\d+\.\d+\)", lines[2])
    assert re.fullmatch(r"Qt 6\.\d+\.\d+ \(PySide6 6\.\d+\.\d+\)", lines[3])
    assert lines[4].startswith("Python 3.")


def test_version_loads_no_qt_gui_module() -> None:
    assert _run(PROBE)[-1] == "LOADED "


def test_the_program_version_is_the_distribution_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == checkpoint.__version__
