"""A keyboard-wedge document reader, recognized wherever it types.

The reader types the machine-readable zone as keystrokes: two lines of 44 (passport)
or 36 characters, or three of 30 (ID card), each ending with Enter, far faster than a
person types. It types into whatever has the focus: the checkpoint field of a new
draft, the Role combo (whose ``P`` then picks "passenger"), the search field.

:class:`WedgeScanner` is an application-wide event filter. It watches the key
presses delivered to the widgets of every window of the program (the main window, the
login window of a locked workstation, a dialog) and recognizes a
**burst**: a line of exactly 30, 36 or 44 zone characters (``A``-``Z``, ``0``-``9``,
``<``) with no gap longer than :data:`MAX_GAP_S` between two keys, then Enter. No
person types 30 characters at that pace. The pace is measured with the window
system's time of each key (when the key was typed, not when a busy workstation got to
it), or the arrival time where there is none. The first line reaches the widget it hit
(nothing is held back from a person typing); when its Enter shows it was a burst,
the widget is put back as it was before the burst's first key (text and cursor,
the combo's or list's current item, the spin box's value), the Enter is swallowed,
and the following lines are swallowed as they come. The whole zone is then emitted
with :attr:`WedgeScanner.zone` for the window to route (a person of the open
inspection, or a search by the document).

Widgets made for the zone (:func:`is_zone_input`, the MRZ panel's field) are left
alone: they read the zone themselves.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

#: The longest pause between two keys of one scanned line (readers type a key every
#: 1-20 ms; a person, even a fast one, rarely keeps under 60 ms for 30 keys).
MAX_GAP_S = 0.06
#: After the last line of an incomplete zone, how long to wait for the rest.
ZONE_TIMEOUT_MS = 500
#: The line widths of the zone formats and how many lines each has.
LINES_BY_WIDTH = {30: 3, 36: 2, 44: 2}
ZONE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")


def is_zone_input(widget: QWidget) -> bool:
    """The MRZ panel's own field reads a zone itself."""
    return widget.objectName() == "mrzEdit"


def _owner(widget: QWidget) -> QWidget:
    """The widget whose state a key changes (a combo's or spin box's inner line edit
    belongs to the combo or spin box)."""
    parent = widget.parentWidget()
    if isinstance(parent, QComboBox | QAbstractSpinBox):
        return parent
    return widget


@dataclass
class _Snapshot:
    """What a widget showed before a burst hit it, and how to put it back."""

    widget: QWidget
    state: Any

    @classmethod
    def take(cls, widget: QWidget) -> _Snapshot:
        w = _owner(widget)
        state: Any = None
        if isinstance(w, QLineEdit):
            state = (w.text(), w.cursorPosition())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            state = w.toPlainText()
        elif isinstance(w, QComboBox):
            state = (w.currentIndex(), w.currentText() if w.isEditable() else None)
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            state = w.value()
        elif isinstance(w, QAbstractItemView):
            state = QPersistentModelIndex(w.currentIndex())
        return cls(w, state)

    def restore(self) -> None:
        w, state = self.widget, self.state
        if state is None or not shiboken6.isValid(w):
            return
        if isinstance(w, QLineEdit):
            w.setText(state[0])
            w.setCursorPosition(state[1])
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            w.setPlainText(state)
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(state[0])
            if state[1] is not None:
                w.setEditText(state[1])
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            w.setValue(state)
        elif isinstance(w, QAbstractItemView):
            w.setCurrentIndex(QModelIndex(state))


class WedgeScanner(QObject):
    """Recognizes a reader's burst typed into any window of the program (install it on
    the application with ``QApplication.installEventFilter``) and emits the zone it
    typed with the widget it hit; ``window`` is the program's main window (the owner)."""

    zone = Signal(str, object)  # the lines joined with "\n"; the widget the burst hit
    line_read = Signal(int, int)  # lines read so far, lines the zone has

    def __init__(self, window: QWidget, *, exempt: Callable[[QWidget], bool] = is_zone_input,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.exempt = exempt
        self.clock = clock
        self._line = ""
        self._last = 0.0
        self._snapshot: _Snapshot | None = None
        self._lines: list[str] = []  # complete lines of the zone being read
        self._target: QWidget | None = None
        self._seen: tuple[int, int, str] | None = None
        self._swallow_enter_until = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ZONE_TIMEOUT_MS)
        self._timer.timeout.connect(self._give_up)

    @property
    def reading(self) -> bool:
        """A zone is being read (its first line recognized, the rest to come)."""
        return bool(self._lines)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        # every window of the program: a burst into the login window (a document put on
        # the reader while the workstation is locked) must not become a password typed
        seen = (id(watched.window()), int(event.key()), event.text())
        if self._seen == seen and self._propagated(watched):
            return self.reading  # the same key, offered to a parent after the child ignored it
        self._seen = seen
        self._receiver = watched
        if self.exempt(watched) and not self.reading:
            self._reset_line()
            return False
        return self._key(watched, event)

    def _propagated(self, watched: QWidget) -> bool:
        receiver = getattr(self, "_receiver", None)
        return (isinstance(receiver, QWidget) and shiboken6.isValid(receiver)
                and watched is not receiver and watched.isAncestorOf(receiver))

    # -- the state machine ---------------------------------------------------------------

    def _key(self, widget: QWidget, event: QKeyEvent) -> bool:
        # the window system's time of the key when it has one (X11: when the key was
        # typed, however late a busy workstation gets to it); else when it arrives
        now = event.timestamp() / 1000 if event.timestamp() else self.clock()
        key = event.key()
        plain = not (event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                           | Qt.KeyboardModifier.KeypadModifier))
        # the end of a line: Return or Enter, or a line feed (readers configured to send
        # LF arrive as a key Qt has no name for, with the text "\n")
        if plain and (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.text() in ("\r", "\n")):
            if not self.reading and not self._line and now <= self._swallow_enter_until:
                return True  # the Enter after a last line that was complete at its width
            return self._enter(now)
        text = event.text()
        if not text:
            return self.reading  # Shift and other keys without text: part of the burst
        if len(text) == 1 and text in ZONE_CHARS and plain:
            if self._line and now - self._last > MAX_GAP_S:
                self._reset_line()
                if self.reading:
                    self._give_up()
            if not self._line and not self.reading:
                self._snapshot = _Snapshot.take(widget)
                self._target = widget
            self._line += text
            self._last = now
            if self.reading:
                self._timer.start()
                self._maybe_last_line()
                return True
            return False
        # any other key ends a burst
        self._reset_line()
        if self.reading:
            self._give_up()
        return False

    def _enter(self, now: float) -> bool:
        line, fast = self._line, bool(self._line) and now - self._last <= MAX_GAP_S
        self._reset_line()
        if self.reading:
            if line:
                self._lines.append(line)
                self._timer.start()
                self._after_line()
            return True  # swallowed, also the Enter after a last line without one
        if fast and len(line) in LINES_BY_WIDTH:
            if self._snapshot is not None:
                self._snapshot.restore()
            self._snapshot = None
            self._lines = [line]
            self._timer.start()
            self.line_read.emit(1, LINES_BY_WIDTH[len(line)])
            return True
        self._snapshot = None
        return False

    def _maybe_last_line(self) -> None:
        """A reader that ends the last line without Enter: complete at its width."""
        width = len(self._lines[0])
        if len(self._lines) == LINES_BY_WIDTH[width] - 1 and len(self._line) == width:
            self._lines.append(self._line)
            self._line = ""
            self._after_line()

    def _after_line(self) -> None:
        expected = LINES_BY_WIDTH.get(len(self._lines[0]), 2)
        self.line_read.emit(len(self._lines), expected)
        if len(self._lines) >= expected:
            self._finish()

    def _finish(self) -> None:
        lines, target = self._lines, self._target
        self._lines, self._target = [], None
        self._timer.stop()
        self._swallow_enter_until = self._last + 3 * MAX_GAP_S  # on the keys' clock
        self._reset_line()
        self.zone.emit("\n".join(lines), target)

    def _give_up(self) -> None:
        """The zone stopped coming: hand over what was read (the reader of the zone
        says what is missing)."""
        if self._lines:
            self._finish()

    def _reset_line(self) -> None:
        self._line = ""


def install(scanner: WedgeScanner) -> None:
    """Watch every key of the application (the scanner filters its window's)."""
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(scanner)
