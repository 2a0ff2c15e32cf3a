"""checkpoint.gui: the desktop program (the only package that imports PySide6)."""

from checkpoint.gui.refcounts import immortalize

immortalize()  # before any Qt object: see refcounts.py
