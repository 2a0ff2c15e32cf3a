"""Whose record is on the form: the banner of a record the officer may not change, and a
supervisor's *Take over draft* (shift handover).

Another officer's draft opens read-only (:func:`checkpoint.services.ownership.access`
says so before the form is built), with a banner naming its owner, instead of looking
editable and refusing every autosave. A supervisor is offered the take-over; it asks
first (Escape keeps things as they are), then
:func:`checkpoint.services.ownership.take_over` makes the draft theirs (journaled with
the previous owner) and the form becomes editable.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from checkpoint.domain.inspection import Inspection
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services import ownership
from checkpoint.services.ownership import Access


def banner_text(insp: Inspection, access: Access | None) -> str:
    """What the banner says, or "" when the record is the officer's own draft."""
    translate = QCoreApplication.translate
    if not insp.is_draft:
        return translate("InspectionForm", "Finalized, read-only: correct it with Amend.")
    if access is None or access.editable:
        return ""
    owner = html.escape(access.owner)
    text = translate("InspectionForm", "The draft of <b>%1</b>, read-only: only %1 can change "
                     "or finalize it.").replace("%1", owner)
    if access.can_take_over:
        text += " " + translate("InspectionForm", "As the supervisor you may take it over "
                                "(shift handover).")
    return text


class OwnershipBar(QObject):
    """The banner's text and the *Take over draft* button of one form."""

    taken = Signal(object)  # the draft, now the supervisor's
    failed = Signal(object)  # an error to show

    def __init__(self, tasks: TaskManager, banner: QLabel, button_parent: QWidget) -> None:
        super().__init__(button_parent)
        self.tasks = tasks
        self.banner = banner
        self.parent_widget = button_parent
        self.button = QPushButton(self.tr("Ta&ke over draft…"), button_parent)
        self.button.setObjectName("takeOverButton")
        self.button.setToolTip(self.tr("Make this draft yours (shift handover); journaled "
                                       "with its previous owner"))
        self.button.clicked.connect(self.ask)
        self.button.hide()
        self.insp: Inspection | None = None
        self.access: Access | None = None
        self.box: QMessageBox | None = None

    def show_for(self, insp: Inspection, access: Access | None) -> None:
        self.insp, self.access = insp, access
        text = banner_text(insp, access)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.button.setVisible(bool(insp.is_draft and access is not None
                                    and access.can_take_over))

    def ask(self) -> None:
        """Ask whether to take the draft over; Yes takes it (Escape and No keep it)."""
        if self.insp is None or self.access is None or not self.access.can_take_over:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Take over draft"), self.tr(
            "Take over the draft of %1? It becomes yours to complete and finalize; %1 can "
            "no longer change it. The journal records the handover.").replace(
            "%1", self.access.owner),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.parent_widget)
        box.setObjectName("takeOverBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        record_id = self.insp.id
        box.buttonClicked.connect(lambda b: self._take(record_id) if box.standardButton(b)
                                  == QMessageBox.StandardButton.Yes else None)
        self.box = box
        box.open()

    def _take(self, record_id: str) -> None:
        if self.box is None:
            return
        self.box = None  # once
        Op(self.tasks, lambda s: ownership.take_over(s, record_id)).success(
            self.taken.emit).failure(self.failed.emit).run()
