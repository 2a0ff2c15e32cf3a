"""The status bar's warning when a watchlist held is older than its maximum age.

A list's age is the time since the workstation last got it current from HQ (a pull that
reached the end of HQ's feed, or an offline file imported); its maximum age comes from
HQ with the list (48 h unless HQ set another). :class:`WatchlistAgeWatcher` reads the
ages on the database thread (``screening.ages``) after every sync run, at login, and
every minute, with the clock it is given, and hands them to
:class:`WatchlistAgeWarning`, which stays visible, naming the list(s) and their age, for
as long as any list is too old.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QToolButton, QWidget

from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services import screening
from checkpoint.services.screening import ListAge

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")

#: How often the ages are read again between syncs.
CHECK_MS = 60_000
#: The line is elided past this width, so the status bar never widens the window (the
#: whole text is in the tooltip).
TEXT_WIDTH_PX = 420


def _fill(text: str, *values: object) -> str:
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", str(value))
    return text


def age_words(hours: float) -> str:
    """``30 h``, ``3 d 04 h``; ``unknown`` when the time cannot be read."""
    if hours != hours or hours == float("inf"):
        return translate("Watchlists", "unknown")
    whole = max(0, int(hours))
    if whole < 48:
        return _fill(translate("Watchlists", "%1 h"), whole)
    return _fill(translate("Watchlists", "%1 d %2 h"), whole // 24, f"{whole % 24:02d}")


def hours_words(hours: int) -> str:
    """A maximum age as HQ set it: ``48 h``."""
    return _fill(translate("Watchlists", "%1 h"), hours)


def short_text(old: Sequence[ListAge]) -> str:
    """The status bar's line: the oldest list first, how many others."""
    first = max(old, key=lambda a: a.age_hours - a.max_age_hours)
    text = _fill(translate("Watchlists", "Watchlist %1 is %2 old (maximum %3)"),
                 first.list_code, age_words(first.age_hours), hours_words(first.max_age_hours))
    if len(old) > 1:
        text += _fill(translate("Watchlists", " and %1 more"), len(old) - 1)
    return text


def long_text(old: Sequence[ListAge]) -> str:
    """Every list too old, and what to do (the tooltip)."""
    lines = [_fill(translate("Watchlists", "Watchlist %1 (version %2) is %3 old; its maximum "
                                           "age is %4."),
                   a.list_code, a.version, age_words(a.age_hours), hours_words(a.max_age_hours))
             for a in old]
    lines.append(translate("Watchlists", "Screening still uses it, but it may miss what HQ "
                                         "listed since. Sync with HQ, or, with no link, have a "
                                         "supervisor import HQ's watchlist file."))
    return "\n".join(lines)


class WatchlistAgeWarning(QToolButton):
    """A warning in the status bar, visible while a list is older than its maximum age."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchlistAgeWarning")
        self.setIcon(QIcon(":/icons/warning.svg"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setProperty("severity", "warning")
        self.old: list[ListAge] = []
        self.line = ""  # the whole line (the button may show it elided)
        self.hide()

    def show_ages(self, ages: Sequence[ListAge]) -> None:
        self.old = [a for a in ages if a.overdue]
        if not self.old:
            self.clear()
            return
        self.line = short_text(self.old)
        self.setText(self.fontMetrics().elidedText(self.line, Qt.TextElideMode.ElideRight,
                                                   TEXT_WIDTH_PX))
        self.setToolTip(self.line + "\n\n" + long_text(self.old))
        self.show()

    def clear(self) -> None:
        self.old = []
        self.line = ""
        self.setText("")
        self.setToolTip("")
        self.hide()


class WatchlistAgeWatcher(QObject):
    """Reads the ages of the lists held and shows them on ``warning``.

    ``clock`` gives the time the ages are measured at (tests pass their own).
    """

    def __init__(self, tasks: TaskManager, warning: WatchlistAgeWarning, *,
                 interval_ms: int = CHECK_MS,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.warning, self.clock = tasks, warning, clock
        self._generation = 0
        self.active = False  # a session is open
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """After login: read now and then periodically."""
        self._generation += 1
        self.active = True
        self.timer.start()
        self.check()

    def stop(self) -> None:
        """Locked or logged out: nothing is shown or read."""
        self._generation += 1
        self.active = False
        self.timer.stop()
        self.warning.clear()

    def check(self) -> None:
        """Read the ages again (after a sync run, on the timer)."""
        if not self.active:
            return
        generation, now = self._generation, self.clock()
        Op(self.tasks, lambda s: screening.ages(s, now)).success(
            lambda ages: self._show(generation, ages)).failure(
            lambda e: log.warning("reading the watchlists' ages failed: %s",
                                  type(e).__name__)).run()

    def _show(self, generation: int, ages: list[ListAge]) -> None:
        if generation == self._generation:
            self.warning.show_ages(ages)
