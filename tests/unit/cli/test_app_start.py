"""``checkpoint`` with no subcommand goes straight to the app: the subcommands (which
import most of the program) are not loaded first."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from checkpoint.cli import _app_home

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("checkpoint.cli.accounts", "checkpoint.cli.sync", "checkpoint.services.session",
         "sqlcipher3", "sqlite_utils", "requests", "jsonschema")

PROBE = """
import sys
import checkpoint.cli as cli
homes = []
cli._launch_app = lambda home: homes.append(home) or 0
assert cli.main(sys.argv[1:]) == 0, "app not launched"
print(homes[0])
print(",".join(m for m in {heavy!r} if m in sys.modules))
"""


def test_launching_the_app_loads_no_subcommand(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), "--home",
                          str(tmp_path / "ws")], capture_output=True, text=True, cwd=ROOT,
                         timeout=60, check=True)
    home, loaded = out.stdout.splitlines()
    assert home == str(tmp_path / "ws")
    assert loaded == ""


@pytest.mark.parametrize("argv", [[], ["--home", "/x"], ["--home=/x", "--password-stdin"]])
def test_only_common_options_launch_the_app(argv: list[str]) -> None:
    assert _app_home(argv) is not None


@pytest.mark.parametrize("argv", [["--help"], ["-h"], ["--version"], ["init"], ["--home"],
                                  ["--home", "/x", "audit", "verify"], ["--hom", "/x"],
                                  ["--bogus"]])
def test_anything_else_goes_to_the_whole_parser(argv: list[str]) -> None:
    assert _app_home(argv) is None
