"""The built bundle for the tests of this folder: ``make`` brings it up to date first.

``make test`` has built it already (then this is a no-op); a plain ``pytest`` builds it
once (about a minute), under a lock so that xdist's workers do not build it twice.
"""

from __future__ import annotations

import fcntl
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "build" / "dist" / "checkpoint"


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The bundle's folder (its program is ``bundle / "checkpoint"``), up to date."""
    lock = ROOT / "build" / ".bundle.lock"
    with lock.open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        out = subprocess.run(["make", "-s", "--no-print-directory",
                              "build/dist/checkpoint/checkpoint"], cwd=ROOT,
                             capture_output=True, text=True, timeout=1200)
    assert out.returncode == 0, f"make bundle failed:\n{out.stdout[-3000:]}{out.stderr[-3000:]}"
    return BUNDLE
