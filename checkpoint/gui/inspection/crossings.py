"""Previous crossings on the form (issue 8, item 15): under the persons, the other
finalized inspections of each traveller's document; under the vehicle, those of its
plates (:func:`checkpoint.services.inspections.previous_crossings`).

Each crossing is a link (date, direction, outcome, lane) that opens that record. The
lines are read again only when the record's document numbers or plates change (after
an autosave or a scan), not at every keystroke.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLayout

from checkpoint.domain.inspection import Inspection
from checkpoint.gui.enum_words import WORDS
from checkpoint.gui.list_model import local_time
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services import inspections
from checkpoint.services.inspections import Crossings, Summary

#: crossings shown per document or plate (the newest; the count says how many more)
SHOWN = 5


def _word(value: str | None) -> str:
    if not value:
        return ""
    return QCoreApplication.translate("Enum", WORDS.get(value, value.replace("_", " ")))


def crossing_link(summary: Summary) -> str:
    """One crossing as a link: ``2026-11-30 14:02 entry · released · lane 3``."""
    translate = QCoreApplication.translate
    words = [local_time(summary.created_at)]
    if summary.direction:
        words[0] += " " + _word(summary.direction)
    if summary.outcome:
        words.append(_word(summary.outcome))
    if summary.lane:
        words.append(translate("Crossings", "lane %1").replace("%1", summary.lane))
    return f'<a href="{html.escape(summary.id)}">{html.escape(" · ".join(words))}</a>'


def crossing_lines(found: dict[str, list[Summary]], heading: str) -> str:
    """``heading`` (with %1 for the number) and its crossings, one line per number."""
    translate = QCoreApplication.translate
    lines = []
    for number, rows in found.items():
        head = html.escape(heading.replace("%1", number))
        if not rows:
            lines.append(f"{head} " + translate("Crossings", "none on this workstation."))
            continue
        links = ", ".join(crossing_link(r) for r in rows[:SHOWN])
        more = len(rows) - SHOWN
        if more > 0:
            links += " " + translate("Crossings", "and %1 older").replace("%1", str(more))
        lines.append(f"{head} {links}")
    return "<br>".join(lines)


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                  | Qt.TextInteractionFlag.LinksAccessibleByMouse)
    label.hide()
    return label


class CrossingsView(QObject):
    """The two lines of previous crossings of one form."""

    open_requested = Signal(str)  # a crossing's record id

    def __init__(self, tasks: TaskManager, persons_layout: QLayout, vehicle_layout: QLayout,
                 gone: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.gone = gone
        self.persons_label = _label("personCrossings")
        self.vehicle_label = _label("vehicleCrossings")
        persons_layout.addWidget(self.persons_label)
        vehicle_layout.addWidget(self.vehicle_label)
        for label in (self.persons_label, self.vehicle_label):
            label.linkActivated.connect(self.open_requested)
        self._key: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        self.reads = 0  # how many times they were read (tests look)

    def refresh(self, insp: Inspection) -> None:
        """Read the crossings again if the record's numbers or plates changed."""
        numbers = tuple(p.document.number for p in insp.persons
                        if p.document is not None and p.document.number)
        vehicle = insp.vehicle
        plates = tuple(p for p in ((vehicle.plate, vehicle.trailer_plate) if vehicle else ())
                       if p)
        key = (numbers, plates)
        if key == self._key or self.tasks.stopped:  # (a save's result after the app stopped)
            return
        self._key = key
        if not numbers and not plates:
            self._show(Crossings({}, {}))
            return
        self.reads += 1
        Op(self.tasks, lambda s: inspections.previous_crossings(s, insp, limit=SHOWN + 20)
           ).success(self._show).run()

    def _show(self, found: Crossings) -> None:
        if self.gone():
            return
        translate = QCoreApplication.translate
        for label, rows, heading in (
                (self.persons_label, found.documents,
                 translate("Crossings", "Previous crossings of document %1:")),
                (self.vehicle_label, found.plates,
                 translate("Crossings", "Previous crossings of plate %1:"))):
            text = crossing_lines(rows, heading)
            label.setText(text)
            label.setVisible(bool(text))
