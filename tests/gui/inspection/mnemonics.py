"""The Alt+letter mnemonics a window offers at one moment (visible widgets and menus)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QMenuBar, QTabBar, QWidget


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Letter → the texts that use it, for what is visible in ``window`` now."""
    out: dict[str, list[str]] = defaultdict(list)
    if isinstance(window, QMainWindow):
        bar: QMenuBar = window.menuBar()
        for action in bar.actions():
            if action.isVisible() and (letter := _letter(action.text())):
                out[letter].append("menu " + action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        button = isinstance(widget, QAbstractButton) and widget.isEnabled()
        if button or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i) and (letter := _letter(widget.tabText(i))):
                    out[letter].append("tab " + widget.tabText(i))
            continue
        else:
            continue
        if letter := _letter(text):
            out[letter].append(text)
    return dict(out)


def collisions(window: Any) -> dict[str, list[str]]:
    return {k: v for k, v in mnemonics(window).items() if len(v) > 1}
