"""The login window comes first: starting the app imports nothing heavy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlcipher3", "sqlite_utils", "pycountry", "stdnum", "checkpoint.gui.main_window",
         "checkpoint.services.inspections")


def test_importing_the_app_leaves_the_store_and_the_form_for_later() -> None:
    code = ("import sys, checkpoint.gui.app; "
            f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=60, check=True)
    assert out.stdout.strip() == ""
