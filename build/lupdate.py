"""Bring the translation sources up to date with the code: ``python build/lupdate.py``.

Every Qt Designer form (``ui/*.ui``) and every module of ``checkpoint/gui`` (at any depth,
generated forms excepted) is read by ``pyside6-lupdate``; new strings are added to
``resources/translations/checkpoint_*.ts`` as unfinished, strings gone from the code are
dropped. Translate the unfinished ones (Qt Linguist, or by hand), then ``make forms``.
``tests/i18n`` runs the same scan into a copy and fails on any unfinished Ukrainian entry.

Usage: ``python build/lupdate.py [--ts FILE ...]``
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compile_qt import ROOT, TS_SRC, _tool

GUI = ROOT / "checkpoint" / "gui"


def sources() -> list[Path]:
    """The files whose strings are translated: the forms and the GUI's own modules."""
    forms = sorted((ROOT / "ui").glob("*.ui"))
    modules = sorted(
        p for p in GUI.rglob("*.py")
        if "forms" not in p.relative_to(GUI).parts[:-1] and p.name != "resources_rc.py"
    )
    return forms + modules


def update(ts_files: list[Path]) -> None:
    cmd = [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", *map(str, sources()), "-ts",
           *map(str, ts_files)]
    subprocess.run(cmd, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts", nargs="*", type=Path, help="the .ts files (default: all)")
    args = parser.parse_args(argv)
    update(args.ts or sorted(TS_SRC.glob("*.ts")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
