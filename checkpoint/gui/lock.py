"""While the workstation is locked, nothing but the login window takes input.

The login window of a locked workstation belongs to the main window and is
application-modal (so a click on the main window cannot raise it over the login, and
the window manager keeps the login on top). On top of that, :class:`LockGuard` is an
application event filter that drops every key, mouse, wheel, shortcut and context-menu
event whose receiver is not inside the login window: no menu, toolbar button or
shortcut of the main window (or of any dialog still on the screen) can act, whatever
state other modules left their actions in.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


class LockGuard(QObject):
    """Install on the application; :meth:`lock` with the login window, :meth:`unlock`."""

    INPUT: ClassVar[set[QEvent.Type]] = {
        QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.ContextMenu,
        QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.Drop,
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.allowed: QWidget | None = None
        self.dropped = 0  # events dropped since the lock (for tests and the log)

    @property
    def locked(self) -> bool:
        return self.allowed is not None

    def lock(self, allowed: QWidget) -> None:
        self.allowed = allowed
        self.dropped = 0

    def unlock(self) -> None:
        self.allowed = None

    def _inside(self, obj: QObject) -> bool:
        allowed = self.allowed
        node: QObject | None = obj
        while node is not None:
            if node is allowed:
                return True
            node = node.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.allowed is None or event.type() not in self.INPUT:
            return False
        if not isinstance(watched, QWidget | QAction):
            return False  # a window handle passes it on to a widget, checked then
        if self._inside(watched):
            return False
        self.dropped += 1
        return True
