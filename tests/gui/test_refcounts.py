"""PySide6 6.12.0 loses references to True and None; the app survives it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

import checkpoint.gui  # noqa: F401  (applies the workaround)

PROGRAM = """
import sys
{prelude}
from PySide6.QtCore import QObject, Signal
class O(QObject):
    s = Signal()
o = O()
for _ in range(20000):
    o.s.emit()
print("alive")
"""


ROOT = Path(__file__).resolve().parents[2]


class _Emitter(QObject):
    ping = Signal()


def test_many_signals_do_not_kill_the_app() -> None:
    emitter = _Emitter()
    for _ in range(20_000):  # far more than True's natural reference count
        emitter.ping.emit()
    assert sys.getrefcount(True) > 1_000_000


def test_the_workaround_is_what_keeps_it_alive() -> None:
    with_it = subprocess.run([sys.executable, "-c", PROGRAM.format(
        prelude="import checkpoint.gui")], capture_output=True, text=True, timeout=60,
        cwd=ROOT)
    assert with_it.stdout.strip() == "alive", with_it.stderr[-500:]
    if sys.version_info < (3, 12):
        without = subprocess.run([sys.executable, "-c", PROGRAM.format(prelude="")],
                                 capture_output=True, text=True, timeout=60)
        # if this starts to pass, PySide6 fixed the bug and refcounts.py can go
        assert without.returncode != 0 and "deallocating" in without.stderr
