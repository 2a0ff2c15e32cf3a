"""A workaround for PySide6 6.12.0 on Python 3.11: keep None, True and False alive.

PySide6 6.12.0 (the pinned version) gives back one reference too few on some paths:
``SignalInstance.emit()`` loses a reference to ``True`` on every call, and a QVariant
converted to ``None`` (``QComboBox.currentData()`` of an empty choice,
``QListWidgetItem.data()``), ``processEvents()`` and ``QEventLoop.exec()`` lose one to
``None``. On Python 3.11 those objects are ordinary reference-counted objects with a
few hundred to a few thousand references, so after some hundred signals the
interpreter aborts with "bool_dealloc: deallocating True or False". Python 3.12 made
them immortal, which hides the bug there. :func:`immortalize` does what 3.12 does,
for these three objects only, before any Qt object exists.

``tests/gui/test_refcounts.py`` checks that the workaround holds (and shows, on a
PySide6 release that fixes the bug, that it is no longer needed).
"""

from __future__ import annotations

import ctypes
import sys

#: Added to each reference count: more than any program could ever lose.
BOOST = 1 << 48

_done = False


def immortalize() -> None:
    """Make None, True and False effectively immortal (a no-op on Python 3.12+)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object (Include/object.h)
        ctypes.c_ssize_t.from_address(id(obj)).value += BOOST
    _done = True
